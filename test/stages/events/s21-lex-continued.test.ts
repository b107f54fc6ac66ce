import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21 (EV-LEX): a prisoner exchange the article already reported, named again by the bare noun ("Ende April
 * soll es einen weiteren Austausch geben", "Another exchange is planned"), had no trigger: "Austausch" and "exchange"
 * alone are no prisoner swap. Entry field `continues`: the bare noun is the act only after an event of the listed
 * entries in the same document, and takes that event's parties when its sentence names none; a doer who took no part
 * gives no event. The placeholder "es" of "es gibt" no longer stands for a state (cue `expletiveVerbs`). Sentences
 * written for these tests.
 */
const de = engineCoder('de', '2026-03-12');
const en = engineCoder('en', '2026-03-12');

/** Asserts an event starting with `want` (type, source and what follows). */
function has(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

const swapDe = 'Russland und die Ukraine haben am Freitag 200 Kriegsgefangene ausgetauscht.';
const swapEn = 'Russia and Ukraine swapped 200 prisoners of war on Friday.';

describe('events: a further exchange continues the reported prisoner swap', () => {
  it('German, no party named: both sides, planned', () => {
    const got = de(`${swapDe} Ende April soll es einen weiteren Austausch geben.`);
    has(got, 'RETREAT russia>ukraine planned');
    has(got, 'RETREAT ukraine>russia planned');
  });
  it('German, one side named: that side only', () => {
    // (three sentences apart: in the next two the same act between the same parties would be merged as a restatement)
    const got = de(`${swapDe} Die Männer kehrten am Abend nach Hause zurück. Viele von ihnen waren seit Jahren in Haft. Ihre Familien warteten an der Grenze. Kremlberater Juri Uschakow sagte, Moskau sei zu weiteren Austauschen bereit.`);
    assert.equal(got.filter((e) => e.startsWith('RETREAT russia>ukraine')).length, 2, got.join(', '));
    assert.equal(got.filter((e) => e.startsWith('RETREAT ukraine>russia')).length, 1, got.join(', '));
  });
  it('English, no party named: both sides, planned', () => {
    const got = en(`${swapEn} Another exchange is planned for late April.`);
    has(got, 'RETREAT russia>ukraine planned');
    has(got, 'RETREAT ukraine>russia planned');
  });
});

describe('events: an exchange that continues nothing', () => {
  it('German, no swap before', () => assertLacks(de('Ende April soll es einen weiteren Austausch geben.'), /^RETREAT/u));
  it('English, no swap before', () => assertLacks(en('Another exchange is planned for late April.'), /^RETREAT/u));
  it('a student exchange', () => assertLacks(de('Frankreich und Deutschland wollen den Austausch von Studenten ausbauen.'), /^RETREAT/u));
  it('an exchange of fire after a swap', () => {
    const got = en(`${swapEn} Later, the two armies traded an exchange of fire near Bakhmut.`);
    assert.equal(got.filter((e) => e.startsWith('RETREAT')).length, 2, got.join(', '));
  });
  it('talks about a larger exchange are talks, not the exchange', () => {
    const got = de(`${swapDe} Die Gespräche über einen größeren Austausch laufen seit Wochen, sagte Peskow.`);
    assert.equal(got.filter((e) => e.startsWith('RETREAT')).length, 2, got.join(', '));
  });
});

describe('events: "es" with a verb of existence names no actor', () => {
  it('no state behind "gab es"', () => assertLacks(de('Russland meldete am Montag neue Angriffe. Am Abend gab es Gespräche mit der Ukraine.'), /^CONSULT russia/u));
});
