import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engineCoder } from './helpers.js';

/**
 * Session 21 (EV-LEX): a second statement between the same two actors in the next sentence was merged into the first
 * as a restatement (reports.ts `mergeReports`), so "has accused … . Last week, Kenya filed a new complaint" gave one
 * ACCUSE. Each statement is an event of its own (dev README: statements are specific acts even when they repeat);
 * restated material acts and meetings ("empfing … bewirtete") stay one event. Sentences written for these tests.
 */
const de = engineCoder('de', '2026-03-12');
const en = engineCoder('en', '2026-03-12');

/** How many of the coded events start with `want`. */
const count = (got: readonly string[], want: string): number => got.filter((e) => e.startsWith(want)).length;

describe('events: two statements in consecutive sentences are two events', () => {
  const cases: readonly (readonly [(s: string) => string[], string, string])[] = [
    [en, 'Kenya has repeatedly accused Uganda of arming the rebels. Last week, Kenya filed a new complaint against Uganda at the UN.', 'ACCUSE kenya>uganda'],
    [en, 'Chile criticised Peru on Monday. In a statement, Chile said Peru was to blame for the crisis.', 'ACCUSE chile>peru'],
    [en, 'Canada summoned the Indian ambassador on Monday. Ottawa accused India of interfering in its elections.', 'ACCUSE canada>india'],
    [de, 'Spanien kritisierte Marokko scharf. Madrid warf Marokko am Freitag zudem vor, Migranten an die Grenze zu schicken.', 'ACCUSE spain>morocco'],
  ];
  for (const [code, s, want] of cases) it(s, () => assert.equal(count(code(s), want), 2, code(s).join(', ')));
});

describe('events: a restated meeting or attack stays one event', () => {
  it('a host who received and then entertained a guest met once', () => {
    const got = de('Kim empfing den russischen Außenminister Lawrow am Freitag. Kim bewirtete Lawrow persönlich auf seiner Jacht.');
    assert.equal(count(got, 'CONSULT kim-jong-un>sergey-lavrov'), 1, got.join(', '));
  });
  it('fire opened and soldiers wounded are one attack', () => {
    const got = en('Pakistan said Afghan forces opened fire on its troops on Tuesday. Two Pakistani soldiers were wounded by Afghan forces.');
    assert.equal(count(got, 'ASSAULT afghanistan>pakistan'), 1, got.join(', '));
  });
});
