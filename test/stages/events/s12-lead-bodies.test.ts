import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 12 (lead): a group of state agents takes the state a genitive attribute right after it names ("Diplomaten
 * der russischen Botschaft", "Soldaten Russlands") as its body, also when the entity layer gives the attribute a
 * mention of its own; and a pattern that opens with the agent noun takes the whole counted group ("Drei Diplomaten …
 * müssen … verlassen") as its subject. Sentences written for these tests; whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events (de): the state of a genitive attribute is the body of an unnamed group', () => {
  it('"Zwei Diplomaten der iranischen Botschaft müssen Deutschland verlassen"', () =>
    assertHas(de('Zwei Diplomaten der iranischen Botschaft müssen Deutschland innerhalb einer Woche verlassen.'), 'SANCTION germany>iran asserted'));
  it('past tense: "Vier Diplomaten der belarussischen Botschaft mussten Litauen verlassen"', () =>
    assertHas(de('Vier Diplomaten der belarussischen Botschaft mussten Litauen verlassen.'), 'SANCTION lithuania>belarus asserted'));
  it('a counted group with its state in the genitive: "Drei Diplomaten Russlands müssen Polen verlassen"', () =>
    assertHas(de('Drei Diplomaten Russlands müssen Polen verlassen.'), 'SANCTION poland>russia asserted'));
  it('negative: a state that is the object, not a genitive attribute, is not the group\'s body', () =>
    assertLacks(de('Zwei Diplomaten haben Russland im Mai verlassen.'), /^SANCTION \S+>russia/u));
  it('English: "expelled two diplomats of the Russian embassy"', () =>
    assertHas(en('Poland expelled two diplomats of the Belarusian embassy on Monday.'), 'SANCTION poland>belarus asserted'));
});
