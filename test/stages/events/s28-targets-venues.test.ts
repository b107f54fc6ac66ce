import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A town a consultation is held in or travelled to is its venue, not its partner (actors.ts `destinationsDropped`, as
 * for the destination of a deployment): "nach Genf reisen", "travel to Geneva" name no addressee. A state travelled to,
 * or a capital that stands for it, stays the addressee.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: a venue town is no consultation partner (s28)', () => {
  it('German: "kündigte an, nach Genf zu reisen"', () => {
    const got = events('Minister reist nach Genf\n\nDer griechische Außenminister Giorgos Gerapetritis kündigte am Montag an, nach Genf zu reisen.\n', 'de');
    assertLacks(got, /^CONSULT giorgos-gerapetritis>geneva/);
  });
  it('English: "will travel to Geneva"', () => {
    const got = events('Envoy to travel\n\nFormer New Zealand governor-general Jerry Mateparae will travel to Geneva next month, the secretariat said.\n', 'en');
    assertLacks(got, /^CONSULT [a-z-]+>geneva/);
  });
});

describe('events: a state or its capital travelled to stays the partner (s28 negatives)', () => {
  it('German: "nach Polen zu reisen" and "reiste nach Kiew"', () => {
    assertHas(events('Minister reist nach Polen\n\nDer griechische Außenminister Giorgos Gerapetritis kündigte am Montag an, nach Polen zu reisen.\n', 'de'), 'CONSULT giorgos-gerapetritis>poland planned');
    assertHas(events('Minister reist nach Kiew\n\nDer griechische Außenminister Giorgos Gerapetritis reiste am Montag nach Kiew.\n', 'de'), 'CONSULT giorgos-gerapetritis>ukraine asserted');
  });
  it('English: "will travel to Poland" and "travelled to Kyiv"', () => {
    assertHas(events('Envoy to travel\n\nGreek Foreign Minister Giorgos Gerapetritis will travel to Poland next month, the ministry said.\n', 'en'), 'CONSULT giorgos-gerapetritis>poland planned');
    assertHas(events('Envoy to travel\n\nGreek Foreign Minister Giorgos Gerapetritis travelled to Kyiv on Monday.\n', 'en'), 'CONSULT giorgos-gerapetritis>ukraine asserted');
  });
});
