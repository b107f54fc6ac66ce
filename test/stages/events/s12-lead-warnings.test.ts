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
