import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { assertLacks, engineCoder, sharedEngine } from './helpers.js';

/**
 * Session 18 (EV-ACT): the unnamed police. The entity layer makes a definite "die Polizei" / "the police" that no state
 * takes an organisation of its own, placed at the report's city (`localInstitutions`: "leipzig-polizei"), so that its
 * statements have a speaker; events do not see such an entity (view.ts `unnamedSeat`): an unnamed organ acting in a place
 * is that place's state, as before. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

/** The speakers of a text's quotes and its entity ids, through the whole engine. */
function analysed(lang: Lang, text: string): { speakers: (string | null)[]; entities: string[] } {
  const doc = sharedEngine().analyze(ingestPlainText(`${lang === 'de' ? 'Titel' : 'Title'}\n${text}\n`, lang), { id: 't', published: '2026-11-20' });
  return { speakers: doc.get('quotes').map((q) => q.speaker), entities: doc.get('entities').map((e) => e.id) };
}

describe('events (s18): an unnamed police force acting in a place is that place\'s state, though it is an entity of its own', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [de, 'Die Polizei nahm in Belgrad zwei Demonstranten fest.', /^COERCE serbia>\S+ asserted/u],
    [de, 'Die Polizei hat am Samstag in Belgrad 37 Demonstranten festgenommen.', /^COERCE serbia>\S+ asserted/u],
    [de, 'Die Polizei nahm am Samstag in Minsk zwei Journalisten fest.', /^COERCE belarus>\S+ asserted/u],
    [en, 'Police arrested two opposition leaders in Tbilisi.', /^COERCE georgia>\S+ asserted/u],
    [en, 'The police detained 40 protesters in Minsk on Sunday.', /^COERCE belarus>\S+ asserted/u],
    [en, 'On Sunday the police arrested two journalists in Minsk.', /^COERCE belarus>\S+ asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: no police entity stands as an actor ("unnamed-polizei", "<city>-police")', () => {
    assertLacks(de('Die Polizei nahm in Belgrad zwei Demonstranten fest.'), /-polizei\b/u);
    assertLacks(en('Police arrested two opposition leaders in Tbilisi.'), /-police\b/u);
    assertLacks(en('SPRINGFIELD - The police said they had arrested two men.'), /-police\b/u);
    assertLacks(de('Leipzig (dpa) - Die Polizei teilte mit, sie habe zwei Männer festgenommen.'), /-polizei\b/u);
  });
  it('negative: a named police force stays an actor of its own', () =>
    has(en('The Haitian National Police arrested two gang leaders in Port-au-Prince.'), /^COERCE haitian-national-police>/u));
});

describe('quotes (s18): the unnamed police speak as an organisation of the report\'s city', () => {
  const cases: readonly [Lang, string, string][] = [
    ['de', 'Leipzig (dpa) - Ein Mann ist festgenommen worden, teilte die Polizei mit.', 'leipzig-polizei'],
    ['de', 'In Leipzig ist ein Auto in eine Menschenmenge gefahren. Drei Menschen seien verletzt worden, teilte die Polizei mit.', 'leipzig-polizei'],
    ['de', 'In Dresden hat die Polizei am Samstag eine Demonstration aufgelöst. Die Polizei sagte, die Lage sei ruhig.', 'dresden-polizei'],
    ['en', 'A man was arrested in Springfield on Friday. The police said he had fled.', 'springfield-police'],
  ];
  for (const [lang, s, id] of cases) {
    it(s, () => {
      const got = analysed(lang, s);
      assert.ok(got.speakers.includes(id), `want speaker ${id}; got ${got.speakers.join(', ')}`);
    });
  }
  it('negative: a state\'s police stays its state (no police entity)', () => {
    const got = analysed('de', 'Die russische Polizei nahm in Moskau zehn Menschen fest. Die Polizei teilte mit, die Festnahmen seien rechtmäßig.');
    assert.ok(!got.entities.some((e) => e.endsWith('-polizei')), got.entities.join(', '));
    assert.ok(got.speakers.includes('russia'), got.speakers.join(', '));
  });
  it('negative: an indefinite police force is no institution', () => {
    const got = analysed('en', 'A police officer in Springfield said the road was closed.');
    assert.ok(!got.entities.some((e) => e.endsWith('-police')), got.entities.join(', '));
  });
});

describe('events (s18): German V2 inversion — a described subject right before a described object are two actors ("nahm die Polizei in Minsk zwei Journalisten fest")', () => {
  const cases: readonly [string, RegExp][] = [
    ['Am Samstag nahm die Polizei in Minsk zwei Journalisten fest.', /^COERCE belarus>unnamed-journalisten asserted/u],
    ['Am Samstag nahm die Regierung in Minsk zwei Journalisten fest.', /^COERCE belarus>unnamed-journalisten asserted/u],
    ['Gestern nahmen die Behörden in Teheran drei Journalisten fest.', /^COERCE iran>unnamed-journalisten asserted/u],
    ['In Belgrad nahm die Polizei zwei Demonstranten fest.', /^COERCE serbia>unnamed-demonstranten asserted/u],
    ['Am Montag kritisierte die Regierung in Warschau die Behörden in Minsk.', /^ACCUSE poland>belarus asserted/u],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
  it('negative: the object is no doer of its own act', () =>
    assertLacks(de('Am Samstag nahm die Polizei in Minsk zwei Journalisten fest.'), /^COERCE unnamed-journalisten>/u));
  it('a dative object with a genitive name after the subject keeps its state ("den Truppen Russlands")', () =>
    has(de('Am Montag warf die Regierung in Kiew den Truppen Russlands Kriegsverbrechen vor.'), /^ACCUSE ukraine>russia asserted/u));
});
