import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 25: whom a crowd's protest is made to. A protest against something that is no actor ("gegen das Abkommen",
 * "against the new law") is made to the government of the state the sentence places it in ("In Tirana", "In Serbia");
 * a person named as the head of a government ("gegen die Regierung von Präsident X", "against the government of Prime
 * Minister X") stands for that state. Sentences written for these tests, with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Albanien und Italien\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Lebanon and Hungary\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: a protest against a policy is made to the government where it takes place', () => {
  it('de: "In Tirana protestierten … Anhänger der Demokratischen Partei gegen das Abkommen" is a protest to Albania', () =>
    assertHas(de('In Tirana protestierten am Dienstagabend mehrere Tausend Anhänger der oppositionellen Demokratischen Partei gegen das Abkommen.'), 'PROTEST democratic-party>albania asserted'));
  it('en: "In Budapest, thousands of opposition supporters marched against the new media law" is a protest to Hungary', () =>
    assertHas(en('Hungary passed a media law. In Budapest, thousands of opposition supporters marched against the new media law.'), 'PROTEST unnamed-supporters>hungary asserted'));
  it('negative: a protest for something ("für die Pressefreiheit") names no addressee', () =>
    assertLacks(de('In Tirana demonstrierten am Samstag Tausende Anhänger der Demokratischen Partei für die Pressefreiheit.'), /^PROTEST \S+>albania/u));
  it('negative: a state that protests is not its own addressee', () =>
    assertLacks(de('In Tirana protestierte Albanien gegen das Urteil.'), /^\w+ albania>albania/u));
});

describe('events: the head of a government named after the organ stands for the state', () => {
  it('de: "gegen die Regierung von Präsident Aleksandar Vučić auf die Straße gebracht" is a protest to Serbia', () => {
    const got = engineEvents('Proteste in Serbien\nIn Serbien hat die Studierendenbewegung Studenti u blokadi erneut Zehntausende Menschen gegen die Regierung von Präsident Aleksandar Vučić auf die Straße gebracht.\n', '2026-11-20', 'de').map(brief);
    assertHas(got, 'PROTEST studenti-u-blokadi>serbia asserted');
    assertLacks(got, /^PROTEST \S+>aleksandar-vucic/u);
  });
  it('en: "rallied against the government of Prime Minister Nawaf Salam" is a protest to Lebanon', () =>
    assertHas(en('In Beirut, hundreds of Hezbollah supporters rallied on Wednesday against the government of Prime Minister Nawaf Salam.'), 'PROTEST unnamed-supporters>lebanon asserted'));
  it('negative: a protest against the person alone stays against the person', () =>
    assertHas(en('In Beirut, hundreds of Hezbollah supporters rallied against Prime Minister Nawaf Salam.'), 'PROTEST unnamed-supporters>nawaf-salam asserted'));
});
