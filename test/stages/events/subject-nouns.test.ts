import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'india', type: 'GPE', forms: ['India', "India's"] },
  { id: 'bangladesh', type: 'GPE', forms: ['Bangladesh'] },
  { id: 'nepal', type: 'GPE', forms: ['Nepal'] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });

describe('events (en): an act noun that is the subject of another predicate has only the actors of its own phrase', () => {
  it('"The attack was condemned by Bangladesh and Nepal": the condemners did not attack each other', () => {
    const got = en('The attack was condemned by Bangladesh and Nepal.');
    assertLacks(got, /^ASSAULT/);
    assertHas(got, 'ACCUSE bangladesh>- asserted');
  });
  it('negatives: its own doer and target still count ("India\'s attack on Pakistan was condemned …", "the attack by India")', () => {
    assertHas(en("India's attack on Pakistan was condemned by Bangladesh."), 'ASSAULT india>pakistan asserted');
    assertHas(en('The attack by India on Pakistan was condemned by Nepal.'), 'ASSAULT india>pakistan asserted');
  });
});
