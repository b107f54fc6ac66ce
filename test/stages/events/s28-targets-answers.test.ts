import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A criticism whose addressee only the deed it judges gives (answers.ts `judgedDeeds`, paragraphs after the deed) can
 * be answered: a rejection of the criticism goes back to the critic's side (`answeredCharges`), a threat that continues
 * it goes to the side it judged (`exchangeTargets`). Both steps ran before the criticism had its addressee; they run
 * again for it. Charges or exchanges with several other sides leave it open whom the answer is for: no addressee.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

const DE_DEED = 'Serbien nimmt Oppositionspolitiker fest\n\nDie serbische Polizei hat am Samstag in Belgrad den Oppositionspolitiker Dragan Petrović festgenommen. Er wurde in ein Gefängnis gebracht. Die Stimmung in der Stadt war angespannt. Am Sonntag blieb es ruhig. Die Geschäfte waren geschlossen.\n\n';
const EN_DEED = 'Serbia detains opposition politician\n\nSerbian police detained the opposition politician Dragan Petrovic in Belgrade on Saturday. He was taken to a prison. The mood in the city was tense. On Sunday the streets were quiet. Shops stayed closed.\n\n';

describe('events: answers to a criticism addressed by the deed it judges (s28)', () => {
  it('German: a threat continues the criticism ("Man behalte sich Gegenmaßnahmen vor")', () => {
    const got = events(DE_DEED + 'Die Sprecherin des kroatischen Außenministeriums, Ana Horvat, sprach am Montag von einer Provokation. Man behalte sich Gegenmaßnahmen vor, sagte sie.\n', 'de');
    assertHas(got, 'ACCUSE ana-horvat>serbia asserted');
    assertHas(got, 'THREATEN ana-horvat>serbia asserted');
  });
  it('German: the criticism is rejected to the critic\'s state ("Belgrad wies die Kritik zurück")', () => {
    const got = events(DE_DEED + 'Die Sprecherin des kroatischen Außenministeriums, Ana Horvat, sprach am Montag von einer Provokation. Belgrad wies die Kritik zurück.\n', 'de');
    assertHas(got, 'REJECT serbia>croatia asserted');
  });
  it('English: the concern is rejected to the critic ("Serbia rejected the criticism")', () => {
    const got = events(EN_DEED + 'Croatian Foreign Ministry spokeswoman Ana Horvat on Monday said Croatia was deeply concerned. Serbia rejected the criticism.\n', 'en');
    assertHas(got, 'ACCUSE croatia>serbia asserted');
    assertHas(got, 'REJECT serbia>croatia asserted');
  });
});

describe('events: rejected words of a critic still waiting for the deed he judges (s28)', () => {
  // (code.ts: the speaker of the words a noun of speech names is looked for among those accusations too)
  it('German: "Belgrad wies die Darstellung zurück" three sentences after the minister spoke', () => {
    const got = events(DE_DEED + 'Der kroatische Außenminister Gordan Grlić Radman sprach am Montag von einer gezielten Provokation. Das hätte leicht eskalieren können, sagte er in Zagreb. Die Lage an der Grenze sei ruhig.\n\nBelgrad wies die Darstellung zurück.\n', 'de');
    assertHas(got, 'REJECT serbia>gordan-grlic-radman asserted');
  });
  it('English: "Serbia rejected the remarks" three sentences after the concern', () => {
    const got = events(EN_DEED + 'Croatian Foreign Minister Gordan Grlic Radman said on Monday Croatia was deeply concerned. The situation could easily escalate, he told reporters in Zagreb. The border was calm.\n\nSerbia rejected the remarks.\n', 'en');
    assertHas(got, 'REJECT serbia>croatia asserted');
  });
});

describe('events: answers to several critics name none of them (s28 negatives)', () => {
  it('German: two states criticise, the rejection has no addressee', () => {
    const got = events(DE_DEED + 'Kroatien sprach am Montag von einer Provokation. Slowenien sprach von einer Provokation. Belgrad wies die Kritik zurück.\n', 'de');
    assertHas(got, 'ACCUSE slovenia>serbia asserted');
    assertLacks(got, /^REJECT serbia>(croatia|slovenia) /);
  });
  it('English: two states are concerned, the rejection has no addressee', () => {
    const got = events(EN_DEED + 'Croatia said it was deeply concerned. Slovenia said it was deeply concerned. Serbia rejected the criticism.\n', 'en');
    assertHas(got, 'ACCUSE slovenia>serbia asserted');
    assertLacks(got, /^REJECT serbia>(croatia|slovenia) /);
  });
  it('English: no criticism before, the rejection keeps no addressee', () => {
    const got = events(EN_DEED + 'Serbia rejected the criticism.\n', 'en');
    assertLacks(got, /^REJECT serbia>[a-z]/);
  });
  it('German: no words before, "wies die Darstellung zurück" keeps no addressee', () => {
    const got = events(DE_DEED + 'Belgrad wies die Darstellung zurück.\n', 'de');
    assertLacks(got, /^REJECT serbia>[a-z]/);
  });
});
