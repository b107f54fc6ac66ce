import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Talks one party holds in a foreign capital (session 31, issue 6, "no event in sentence"): the host state is the
 * talks' other side, as for a visit ("Besuch in Ankara"), which the development gold codes the same way. Lexicon slot
 * `host:in` (actors.ts `hostOnly`): a state or its seat only, every one the clause names, for a single party not of that
 * state. German "Gespräche führen" in verb-final order ("will … Gespräche führen") is a talks verb too.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events: talks held in a foreign capital go to the host state (CONSULT, s31)', () => {
  it('German: "führte in Peking Gespräche", "will in Peking und in Tokio Gespräche führen"', () => {
    assertHas(de('Außenminister Johann Wadephul führte am Montag in Peking Gespräche.'), 'CONSULT johann-wadephul>china asserted');
    const two = de('Außenminister Johann Wadephul will am Mittwoch in Peking und am Donnerstag in Tokio Gespräche führen.');
    assertHas(two, 'CONSULT johann-wadephul>china planned');
    assertHas(two, 'CONSULT johann-wadephul>japan planned');
    assertHas(de('Außenminister Johann Wadephul hat in Ankara Gespräche geführt.'), 'CONSULT johann-wadephul>turkey asserted');
  });
  it('English: "held talks in Beijing", "will hold talks in Ankara"', () => {
    assertHas(en('Secretary of State Antony Blinken held talks in Beijing on Monday.'), 'CONSULT antony-blinken>china asserted');
    assertHas(en('Secretary of State Antony Blinken will hold talks in Ankara next week.'), 'CONSULT antony-blinken>turkey planned');
  });
  it('a partner named in the sentence stays the target; two parties meeting in a third capital meet each other', () => {
    const partner = de('Chinas Außenminister Wang Yi führte in Peking Gespräche mit Johann Wadephul.');
    assertHas(partner, 'CONSULT wang-yi>johann-wadephul asserted');
    assertLacks(partner, /^CONSULT \S+>china/);
    const third = en('Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Abu Dhabi.');
    assertLacks(third, /united-arab-emirates/);
  });
  it('no host: a city that is no seat of government, or talks held at home', () => {
    assertLacks(de('Außenminister Johann Wadephul führte in Genf Gespräche.'), /switzerland|geneva/);
    assertLacks(en('Secretary of State Antony Blinken held talks in Geneva on Monday.'), /switzerland|geneva/);
    assertLacks(en("China's Foreign Minister Wang Yi held talks in Beijing on Monday."), /wang-yi>china/);
    assertLacks(de('Chinas Außenminister Wang Yi führte in Peking Gespräche.'), /wang-yi>china/);
  });
  it('talks that lead somewhere are no act of anyone: "Die Gespräche führen zu nichts"', () => {
    assertLacks(de('Die Gespräche in Peking führen zu nichts.'), /^CONSULT/);
  });
});
