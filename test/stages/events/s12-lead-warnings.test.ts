import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 12 (lead): "warned that X would/could …" is a threat only when the announced act is the source's own (PLOVER
 * manual: THREATEN is a conditional coercive act of the source). A named other actor as the subject of the modal makes
 * it a warning of a risk. Sentences written for these tests; whole-engine runs.
 */
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events (en): a warning of another actor\'s act is no threat', () => {
  it('negative: "NATO warned that Russia could attack the Baltic states"', () =>
    assertLacks(en('NATO warned on Monday that Russia could attack the Baltic states within five years.'), /^THREATEN/u));
  it('negative: "Germany warned that China could invade Taiwan"', () =>
    assertLacks(en('Germany warned that China could invade Taiwan.'), /^THREATEN germany/u));
  it('the source\'s own act by pronoun: "China warned Japan that it would take countermeasures"', () =>
    assertHas(en('China warned Japan that it would take countermeasures.'), 'THREATEN china>japan asserted'));
  it('the source named again: "Moscow warned Kyiv that Russia would respond"', () =>
    assertHas(en('Moscow warned Kyiv that Russia would respond.'), 'THREATEN russia>ukraine asserted'));
  it('the addressee before "that" is not the subject: "warned Caracas that any aggression would …"', () =>
    assertHas(en('Brazil warned Caracas that any aggression would meet a firm answer.'), 'THREATEN brazil>venezuela asserted'));
});

const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): "warnte, dass … reagieren werde" (the pattern element "dass" carries the match into its clause)', () => {
  it('the source\'s own response by pronoun: "Polen warnte Belarus, dass es reagieren werde"', () =>
    assertHas(de('Polen warnte Belarus, dass es entschlossen reagieren werde.'), 'THREATEN poland>belarus asserted'));
  it('the source named by its capital: "Polen warnt Belarus, dass Warschau zurückschlagen werde"', () =>
    assertHas(de('Polen warnt Belarus, dass Warschau zurückschlagen werde.'), 'THREATEN poland>belarus asserted'));
  it('Perfekt: "hat Belarus gewarnt, dass …" (the addressee before the participle; s13: the object stays in the trigger\'s clause)', () =>
    assertHas(de('Polen hat Belarus gewarnt, dass Warschau zurückschlagen werde.'), 'THREATEN poland>belarus asserted'));
  it('negative: a third party\'s act is a risk, no threat: "Die Nato warnte, dass Russland angreifen könnte"', () =>
    assertLacks(de('Die Nato warnte, dass Russland angreifen könnte.'), /^THREATEN/u));
  it('negative: an element that names no clause opener still stops at the comma ("warnte, … vor" reads no "warnte … vor")', () =>
    assertLacks(de('Polen warnte, die Lage vor der Grenze sei ernst.'), /^THREATEN/u));
});
