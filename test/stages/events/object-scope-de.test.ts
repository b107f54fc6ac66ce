import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'myanmar', type: 'GPE', forms: ['Myanmar', 'Myanmars'] },
  { id: 'thailand', type: 'GPE', forms: ['Thailand', ['thailändisches', 'adjective']] },
  { id: 'shinawatra', type: 'PER', forms: ['Paetongtarn Shinawatra'] },
  { id: 'troops', type: 'ORG', forms: [['die Truppen', 'description']] },
];
const de = (s: string): string[] => codeText('de', `Titel\n${s}`, ACTORS, [], '2025-11-27').map(brief);

describe('events (de): an object ends where a coordinated predicate with a finite verb begins', () => {
  it('"verurteilte den Beschuss und kündigte an, die Truppen … zu verstärken": the shelling\'s doer is blamed', () => {
    const got = de('Myanmars Armee beschoss am Sonntag ein thailändisches Dorf. Paetongtarn Shinawatra verurteilte den Beschuss und kündigte an, die Truppen an der Grenze zu verstärken.');
    assertHas(got, 'ACCUSE shinawatra>myanmar asserted');
    assertLacks(got, /^ACCUSE shinawatra>troops/);
  });
  it('negatives: coordinated objects stay objects ("kritisierte Myanmar und Thailand", "und die …")', () => {
    const got = de('Paetongtarn Shinawatra kritisierte Myanmar und die Truppen an der Grenze.');
    assertHas(got, 'ACCUSE shinawatra>myanmar asserted');
    assertHas(got, 'ACCUSE shinawatra>troops asserted');
  });
});
