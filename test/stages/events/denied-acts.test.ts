import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Teheran', ['iranischen', 'adjective']] },
  { id: 'iraq', type: 'GPE', forms: ['Irak', 'Iraq', 'Bagdad', 'Baghdad'] },
  { id: 'usa', type: 'GPE', forms: ['USA', 'United States'] },
  { id: 'georgia', type: 'GPE', forms: ['Georgia', 'Tbilisi'] },
  { id: 'azerbaijan', type: 'GPE', forms: ['Azerbaijan', 'Baku'] },
];
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });

describe('events: an evaluated act is one that was done, not one reported as not done', () => {
  it('de: "Bagdad werde keine Angriffe dulden … Die USA kritisierten den Angriff" blames the attacker', () => {
    const got = de('Iran griff am Mittwoch Stellungen im Irak an. Bagdad werde keine Angriffe auf sein Territorium dulden, sagte ein Sprecher. Die USA kritisierten den Angriff scharf.');
    assertHas(got, 'ACCUSE usa>iran asserted');
    assertLacks(got, /^ACCUSE usa>iraq/);
  });
  it('negative: with no other attack reported, the denied one is no deed to blame anyone for', () => {
    assertLacks(de('Bagdad werde keine Angriffe auf sein Territorium dulden, sagte ein Sprecher. Die USA kritisierten den Angriff scharf.'), /^ACCUSE usa>iraq/);
  });
});

describe('events (en): "want … to" is a demand only of an actor', () => {
  it('"did not want the incident to damage relations" is no request', () => {
    assertLacks(en('Tbilisi said it did not want the incident to damage relations with Baku.'), /^REQUEST/);
  });
  it('negative: "wants Azerbaijan to withdraw" is one', () => {
    assertHas(en('Georgia wants Azerbaijan to withdraw its guards.'), 'REQUEST georgia>azerbaijan asserted');
  });
});
