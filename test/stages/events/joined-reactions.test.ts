import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'china', type: 'GPE', forms: ['China', 'Peking', 'Beijing', ['Chinese', 'adjective'], ['chinesischen', 'adjective']] },
  { id: 'philippines', type: 'GPE', forms: ['Philippines', 'Philippinen', 'Manila'] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'USA'] },
  { id: 'japan', type: 'GPE', forms: ['Japan'] },
  { id: 'australia', type: 'GPE', forms: ['Australia', 'Australien'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });

describe('events: a reaction that joins an earlier one ("also", "auch") has its addressee', () => {
  it('en: "… condemned the actions of the Chinese coast guard. Japan and Australia also voiced concern."', () => {
    const got = en('Manila reported the incident on Sunday.\n\nThe United States condemned the actions of China. Japan and Australia also voiced concern.');
    assertHas(got, 'ACCUSE japan>china asserted');
    assertHas(got, 'ACCUSE australia>china asserted');
  });
  it('de: "Die USA verurteilten das Vorgehen Chinas. Auch Japan zeigte sich besorgt."', () => {
    const got = de('Manila meldete den Vorfall am Sonntag.\n\nDie USA kritisierten China scharf. Auch Japan zeigte sich besorgt.');
    assertHas(got, 'ACCUSE japan>china asserted');
  });
  it('negatives: no additive particle, or the earlier reaction was aimed at the joiner\'s side', () => {
    assertLacks(en('Manila reported the incident on Sunday.\n\nThe United States criticised China. Japan voiced concern.'), /^ACCUSE japan>china/);
    assertLacks(en('Manila reported the incident on Sunday.\n\nThe United States criticised Japan. Japan also voiced concern.'), /^ACCUSE japan>/);
  });
});
