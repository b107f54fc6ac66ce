import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'india', type: 'GPE', forms: ['Indien', 'Indiens', 'Neu-Delhi', ['indische', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad'] },
  { id: 'neighbour', type: 'GPE', forms: [['dem Nachbarland Pakistan', 'description'], ['das Nachbarland', 'description']] },
  { id: 'modi', type: 'PER', forms: ['Narendra Modi', 'Modi', ['Indiens Premier', 'description']] },
  { id: 'pm', type: 'PER', forms: [['den pakistanischen Premier', 'description']] },
];
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });

describe('events (de): a description with its own article after a name is another noun phrase', () => {
  it('"Am Montag hat Indien dem Nachbarland Pakistan … vorgeworfen": India accuses, the described neighbour is accused', () => {
    const got = de('Am Montag hat Indien dem Nachbarland Pakistan die Unterstützung von Terroristen vorgeworfen.');
    assertHas(got, 'ACCUSE india>neighbour asserted');
    assertLacks(got, /^ACCUSE (neighbour|pakistan)>/);
  });
  it('"Dort kritisierte Modi den pakistanischen Premier"', () => {
    assertHas(de('Dort kritisierte Modi den pakistanischen Premier scharf.'), 'ACCUSE modi>pm asserted');
  });
  it('negative: a name with a bare title before it stays one phrase', () => {
    assertHas(de('Indiens Premier Narendra Modi kritisierte Pakistan.'), 'ACCUSE modi>pakistan asserted');
  });
});
