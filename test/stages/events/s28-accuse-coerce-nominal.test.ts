import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * German nominal ban of a group ("das Verbot der Oppositionspartei Jabloko durch Russland"): COERCE by the doer of the
 * durch-phrase against the group named in the genitive (`de.coerce.verbot-gruppen`, the noun of `de.coerce.verbieten-gruppen`).
 * A ban of a thing ("das Verbot des Verkaufs von Alkohol") and the past tense verb "verbot" in lower case are not this
 * entry.
 */
const events = (text: string): string[] => engineEvents(text, '2026-03-10', 'de').map(brief);

describe('events: nominal ban of a group (s28)', () => {
  it('"Das Verbot der Oppositionspartei Jabloko durch Russland"', () => {
    const got = events('Parteiverbot\n\nMOSKAU (dpa) - Das Verbot der Oppositionspartei Jabloko durch Russland wurde von der EU verurteilt.\n');
    assertHas(got, 'COERCE russia>jabloko asserted');
    assertHas(got, 'ACCUSE european-union>russia asserted');
  });
  it('"Ein Verbot der Gruppe Memorial durch das Oberste Gericht" in reported speech', () => {
    const got = events('Memorial\n\nMOSKAU (dpa) - Ein Verbot der Gruppe Memorial durch das Oberste Gericht Russlands sei rechtswidrig, sagte die EU-Außenbeauftragte Kaja Kallas.\n');
    assertHas(got, 'COERCE oberste-gericht>memorial asserted');
  });
});

describe('events: nominal ban negatives (s28)', () => {
  it('a ban of a sale is no coercion of a group', () => {
    const got = events('Alkohol\n\nMOSKAU (dpa) - Das Verbot des Verkaufs von Alkohol in Moskau gilt ab Montag.\n');
    assertLacks(got, /^COERCE/);
  });
});
