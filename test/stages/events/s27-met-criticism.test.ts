import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * "Der Angriff stieß in Ägypten auf Kritik", "Die Angriffe stießen bei der Türkei auf scharfe Kritik": a deed that
 * meets with criticism somewhere is blamed by the state the "in"/"bei" phrase names, and the deed's doer is the
 * addressee (the German counterpart of "drew criticism from", beside "stieß auf Ablehnung" as REJECT).
 */
const events = (text: string): string[] => engineEvents(text, '2026-03-10', 'de').map(brief);
const DEED = 'Israel greift Ziele im Libanon an\n\nIsrael hat am Montag Ziele im Süden des Libanon bombardiert.\n\n';

describe('events: "stieß auf Kritik" (s27)', () => {
  it('stieß in Ägypten auf Kritik', () => assertHas(events(`${DEED}Der Angriff stieß in Ägypten auf Kritik.\n`), 'ACCUSE egypt>israel asserted'));
  it('stießen bei der Türkei auf scharfe Kritik', () => assertHas(events(`${DEED}Die Angriffe stießen bei der Türkei auf scharfe Kritik.\n`), 'ACCUSE turkey>israel asserted'));
});

describe('events: "stieß auf" without criticism (s27 negatives)', () => {
  it('a find is no criticism', () => assertLacks(events('Funde in Ägypten\n\nDas Team stieß in Ägypten auf ein altes Grab.\n'), /^ACCUSE/));
  it('approval is no criticism', () => assertLacks(events(`${DEED}Der Plan stieß in Ägypten auf Zustimmung.\n`), /^ACCUSE/));
});
