import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'myanmar', type: 'GPE', forms: ['Myanmar', 'Myanmars'] },
  { id: 'thailand', type: 'GPE', forms: ['Thailand', ['thailändisches', 'adjective']] },
  { id: 'shinawatra', type: 'PER', forms: ['Paetongtarn Shinawatra'] },
  { id: 'troops', type: 'ORG', forms: [['die Truppen', 'description']] },
];
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });

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

describe('events: a described organ before "von"/"of" and a named state is that state\'s organ', () => {
  // (the mention layer may have read "die Armee" alone as the subject's own army)
  const ORGANS: readonly ActorSpec[] = [
    { id: 'thailand', type: 'GPE', forms: ['Thailand', ['die Armee', 'description'], ['the army', 'description']] },
    { id: 'myanmar', type: 'GPE', forms: ['Myanmar'] },
    { id: 'village', type: 'GPE', forms: ['Mae Sot'] },
  ];
  it('de: "der Beschuss von Mae Sot durch die Armee von Myanmar"', () => {
    const got = codeText('de', 'Titel\nThailand verurteilte den Beschuss von Mae Sot durch die Armee von Myanmar.', ORGANS, [], '2025-11-27').map(brief);
    assertHas(got, 'ACCUSE thailand>myanmar asserted');
    assertLacks(got, /^ASSAULT thailand/);
  });
  it('en: "the shelling of Mae Sot by the army of Myanmar"', () => {
    const got = codeText('en', 'Title\nThailand condemned the shelling of Mae Sot by the army of Myanmar.', ORGANS, [], '2025-11-27').map(brief);
    assertLacks(got, /^ASSAULT thailand/);
  });
  it('negative: a described organ with no "von" phrase stays what it was resolved to (no organ of Myanmar is blamed)', () => {
    const got = codeText('de', 'Titel\nThailand verurteilte den Beschuss von Mae Sot durch die Armee.', ORGANS, [], '2025-11-27').map(brief);
    assertHas(got, 'ACCUSE thailand>- asserted');
    assertLacks(got, /^ACCUSE thailand>myanmar/);
  });
});
