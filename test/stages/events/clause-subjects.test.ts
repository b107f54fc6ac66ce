import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'kyrgyzstan', type: 'GPE', forms: ['Kyrgyzstan', 'Kirgistan', 'Bishkek', ['Kyrgyz', 'adjective']] },
  { id: 'tajikistan', type: 'GPE', forms: ['Tajikistan', 'Tadschikistan', 'Dushanbe', 'Duschanbe', ['Tajik', 'adjective'], ['tadschikischen', 'adjective']] },
  { id: 'uzbekistan', type: 'GPE', forms: ['Uzbekistan', 'Usbekistan'] },
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Russland'] },
  { id: 'japarov', type: 'PER', forms: ['Sadyr Japarov', 'Japarov', 'Sadyr Dschaparow', 'Dschaparow'] },
  { id: 'rahmon', type: 'PER', forms: ['Emomali Rahmon', 'Rahmon', 'Emomali Rachmon', 'Rachmon'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });

describe('events: a predicate coordinated after a relative clause keeps the subject before that clause', () => {
  it('en: ", which …, criticised X and threatened Y": the antecedent threatens, not the first object', () => {
    const got = en('Russia, which keeps bases in Tajikistan, criticised Kyrgyzstan and threatened Uzbekistan.');
    assertHas(got, 'ACCUSE russia>kyrgyzstan asserted');
    assertHas(got, 'THREATEN russia>uzbekistan asserted');
    assertLacks(got, /^THREATEN kyrgyzstan/);
  });
  it('en: ", who met Y …, condemned … and summoned …": not the person inside the relative clause', () => {
    const got = en('Kyrgyz President Sadyr Japarov, who met Emomali Rahmon in Dushanbe, condemned the shelling and summoned the Tajik ambassador.');
    assertHas(got, 'ACCUSE japarov>tajikistan asserted');
    assertLacks(got, /^ACCUSE rahmon/);
  });
  it('de: ", der … getroffen hatte, verurteilte … und bestellte … ein"', () => {
    const got = de('Präsident Sadyr Dschaparow, der Emomali Rachmon in Duschanbe getroffen hatte, verurteilte den Beschuss und bestellte den tadschikischen Botschafter ein.');
    assertHas(got, 'ACCUSE japarov>tajikistan asserted');
    assertLacks(got, /^ACCUSE rahmon/);
  });
  it('de: ", das …, kritisierte X und drohte Y"', () => {
    const got = de('Russland, das Stützpunkte in Tadschikistan unterhält, kritisierte Kirgistan und drohte Usbekistan.');
    assertHas(got, 'THREATEN russia>uzbekistan asserted');
    assertLacks(got, /^THREATEN kyrgyzstan/);
  });
  it('negatives: a coordinated clause with a subject of its own keeps it', () => {
    assertHas(en('Russia, which keeps bases in Tajikistan, criticised Kyrgyzstan, and Uzbekistan threatened Tajikistan.'), 'THREATEN uzbekistan>tajikistan asserted');
    assertHas(de('Russland kritisierte Kirgistan und Usbekistan drohte Tadschikistan.'), 'THREATEN uzbekistan>tajikistan asserted');
    assertHas(de('Russland kritisierte Kirgistan und drohte Usbekistan.'), 'THREATEN russia>uzbekistan asserted');
  });
});

describe('events: a meeting told in a relative clause is no occasion that dates what the speaker says', () => {
  const times = [{ text: 'in March', value: '2025-03' }, { text: 'im März', value: '2025-03' }];
  it('en: ", who met Rahmon in March, condemned …" leaves the condemnation undated', () => {
    const got = codeText('en', 'Title\nSadyr Japarov, who met Emomali Rahmon in March, condemned Tajikistan.', ACTORS, times.slice(0, 1), '2025-11-27');
    const accuse = got.find((e) => e.type === 'ACCUSE');
    assert.ok(accuse, got.map(brief).join(', '));
    assert.equal(accuse.date, null);
    assert.equal(got.find((e) => e.type === 'CONSULT')?.date, '2025-03');
  });
  it('negative: a meeting in a sentence of its own still dates the reactions after it', () => {
    const got = codeText('en', 'Title\nSadyr Japarov met Emomali Rahmon in March. Japarov condemned Tajikistan.', ACTORS, times.slice(0, 1), '2025-11-27');
    assert.equal(got.find((e) => e.type === 'ACCUSE')?.date, '2025-03');
  });
  it('de: ", der … im März getroffen hatte, verurteilte …"', () => {
    const got = codeText('de', 'Titel\nSadyr Dschaparow, der Emomali Rachmon im März getroffen hatte, verurteilte Tadschikistan.', ACTORS, times.slice(1), '2025-11-27');
    assert.equal(got.find((e) => e.type === 'ACCUSE')?.date, null);
  });
});
