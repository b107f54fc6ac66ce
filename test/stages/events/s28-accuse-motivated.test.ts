import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Calling a deed "politically motivated" is an accusation against whoever did it (`en.accuse.called-politically-motivated`
 * with the judge as subject, `en.accuse.said-politically-motivated` in reported speech with the speaker as source;
 * German: the judged step after "sprach von einem politisch motivierten …" in `de.accuse.sprechen-von`). A denial ("was
 * not politically motivated") and the attribute in narration ("the politically motivated ban") are no accusation.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: "politically motivated" as a charge (s28)', () => {
  it('English: "called the ruling politically motivated" after the ruling', () => {
    const got = events('Court ruling\n\nASTANA (Reuters) - A Russian court on Tuesday suspended the CPC oil terminal for 30 days. Kazakhstan\'s energy minister Yerlan Akkenzhenov called the ruling politically motivated.\n', 'en');
    assertHas(got, 'ACCUSE yerlan-akkenzhenov>russia asserted');
  });
  it('English: "X\'s decision was politically driven", reported speech', () => {
    const got = events('Flights\n\nRussia\'s foreign ministry said Georgia\'s decision to bar Russian flights was politically driven.\n', 'en');
    assertHas(got, 'ACCUSE russia>georgia asserted');
  });
  it('German: "sprach von einem politisch motivierten Urteil Russlands"', () => {
    const got = events('Urteil\n\nASTANA (dpa) - Die kasachische Regierung sprach am Dienstag von einem politisch motivierten Urteil Russlands.\n', 'de');
    assertHas(got, 'ACCUSE kazakhstan>russia asserted');
  });
});

describe('events: "politically motivated" negatives (s28)', () => {
  it('English: a denial and the attribute in narration', () => {
    const got = events('Court ruling\n\nASTANA (Reuters) - A Russian court on Tuesday suspended the CPC oil terminal for 30 days. The ruling was not politically motivated, Kremlin spokesman Dmitry Peskov said. Analysts said the politically motivated ban hurt both sides.\n', 'en');
    assertLacks(got, /^ACCUSE/);
  });
  it('German: the attribute in narration', () => {
    const got = events('Urteil\n\nASTANA (dpa) - Das politisch motivierte Urteil eines russischen Gerichts trifft Kasachstan hart.\n', 'de');
    assertLacks(got, /^ACCUSE/);
  });
});
