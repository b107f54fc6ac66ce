import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A refusal whose object is a delivery or aid noun with a named recipient ("verweigerte die Zustimmung zur Lieferung
 * von Panzern an die Türkei", "rejected arms deliveries to Israel") is addressed to that recipient, as a refused
 * consultation is to its partner (code.ts `evaluationTargets`, the aid noun's own to-phrase frame). A delivery whose
 * recipient the sentence does not name gives the refusal no addressee.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: a refused delivery is refused to its recipient (s28)', () => {
  it('German: "verweigerten ihre Zustimmung zur Lieferung von 40 Kampfpanzern an die Türkei"', () => {
    const got = events('Die SPD lehnt Panzerlieferungen ab\n\nDie Ministerinnen und Minister der SPD verweigerten am Montag ihre Zustimmung zur Lieferung von 40 Kampfpanzern an die Türkei.\n', 'de');
    assertHas(got, 'REJECT spd>turkey asserted');
  });
  it('German: "lehnte die Lieferung von Marschflugkörpern an die Ukraine ab"', () => {
    const got = events('Kanzler lehnt Lieferung ab\n\nBundeskanzler Olaf Scholz lehnte die Lieferung von Marschflugkörpern an die Ukraine erneut ab.\n', 'de');
    assertHas(got, 'REJECT olaf-scholz>ukraine asserted');
  });
  it('English: "rejected arms deliveries to Israel"', () => {
    const got = events('Minister rejects arms sales\n\nThe Spanish defence minister Margarita Robles on Monday rejected arms deliveries to Israel.\n', 'en');
    assertHas(got, 'REJECT margarita-robles>israel asserted');
  });
  it('English: "opposed the delivery of tanks to Turkey"', () => {
    const got = events('Spain opposes arms sale\n\nSpain on Monday opposed the delivery of tanks to Turkey, officials said.\n', 'en');
    assertHas(got, 'REJECT spain>turkey asserted');
  });
});

describe('events: a refused delivery without a recipient keeps no addressee (s28 negatives)', () => {
  it('German: "lehnte die Lieferung von Marschflugkörpern ab"', () => {
    const got = events('Kanzler lehnt Lieferung ab\n\nBundeskanzler Olaf Scholz lehnte die Lieferung von Marschflugkörpern erneut ab.\n', 'de');
    assertHas(got, 'REJECT olaf-scholz>- asserted');
  });
  it('English: "opposed the delivery of tanks"', () => {
    const got = events('Spain opposes arms sale\n\nSpain on Monday opposed the delivery of tanks, officials said.\n', 'en');
    assertLacks(got, /^REJECT spain>[a-z]/);
  });
});
