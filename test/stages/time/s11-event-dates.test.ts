import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineEvents } from '../events/helpers.js';

/*
 * Event dates (src/stages/events/date.ts), session 11: an act told only inside a quote, with no time of
 * its own there, is dated by its report ("„…“, sagte er am Dienstagabend": a threat is the saying), and
 * the quote's own clauses ("if …") do not part it from the report's time. A time inside the quote still
 * wins. Articles written for this test; 2026-03-11 is a Wednesday.
 */

const dateOf = (text: string, lang: 'de' | 'en', type: string): (string | null)[] =>
  engineEvents(text, '2026-03-11', lang).filter((e) => e.type === type).map((e) => e.date);

describe('an act inside a quote without a time of its own takes its report\'s date', () => {
  test('German: "„Wer Gewalt sät, …“, sagte … am Dienstagabend"', () => {
    const text = 'Proteste in Tiflis\nIn Tiflis haben Tausende gegen die Regierung demonstriert.\n\n„Wer Gewalt sät, wird die volle Härte des Gesetzes spüren“, sagte Ministerpräsident Irakli Kobachidse am Dienstagabend.\n';
    assert.deepEqual(dateOf(text, 'de', 'THREATEN'), ['2026-03-10']);
  });
  test('English: a conditional threat in a quote, "… if …," Trump said on Tuesday', () => {
    const text = 'Tariffs\nThe EU announced new duties on Monday.\n\n"We will hit back hard if Brussels does not back down," Donald Trump said on Tuesday.\n';
    assert.deepEqual(dateOf(text, 'en', 'THREATEN'), ['2026-03-10']);
  });
  test('negative: reported speech without quotation marks tells a plan, which its announcement does not date', () => {
    const text = 'Air defence\nGermany will deliver two more air defence systems to Ukraine, Defence Minister Boris Pistorius announced on Tuesday.\n';
    assert.deepEqual(engineEvents(text, '2026-05-06', 'en').filter((e) => e.type === 'AID' && e.source === 'germany').map((e) => e.date), [null]);
  });
  test('negative: a time inside the quote dates the act, not the report', () => {
    const text = 'Tariffs\nThe EU announced new duties on Monday.\n\n"We will impose sanctions on Brussels in April if it does not back down," Donald Trump said on Tuesday.\n';
    assert.deepEqual(dateOf(text, 'en', 'CONCEDE'), ['2026-04']);
  });
});
