import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const EN: readonly ActorSpec[] = [
  { id: 'chad', type: 'GPE', forms: ['Chad', ["Chad's", 'name'], ['Chadian', 'adjective']], kbKind: 'country' },
  { id: 'ufr', type: 'ORG', forms: ['Union of Resistance Forces', 'UFR'] },
  { id: 'abeche', type: 'GPE', forms: ['Abeche'] },
];
const DE: readonly ActorSpec[] = [
  { id: 'mali', type: 'GPE', forms: ['Mali', ['malische', 'adjective']], kbKind: 'country' },
  { id: 'fla', type: 'ORG', forms: ['Azawad-Befreiungsfront', 'FLA'] },
  { id: 'gao', type: 'GPE', forms: ['Gao'] },
];

describe('events (s10): a named party coordinated after an article and a modifier', () => {
  const en = sentenceCoder('en', EN);
  const de = sentenceCoder('de', DE);
  it('"Chad and the rebel UFR have agreed to a truce": both parties of the agreement', () => {
    assertHas(en('Chad and the rebel Union of Resistance Forces (UFR) have agreed to a five-day truce in the east, mediators said.'), 'AGREE chad>ufr asserted');
  });
  it('"Mali und die bewaffnete FLA haben sich auf eine Waffenruhe geeinigt"', () => {
    assertHas(de('Mali und die bewaffnete Azawad-Befreiungsfront haben sich auf eine Waffenruhe geeinigt.'), 'AGREE mali>fla asserted');
  });
  it('negative: a preposition between the article and the name joins no parties ("the rebels in Abeche")', () => {
    assertLacks(en('Chad and the rebels in Abeche have agreed to a truce.'), /AGREE .*abeche/u);
  });
  it('negative: de "und die Rebellen in Gao" joins no parties', () => {
    assertLacks(de('Mali und die Rebellen in Gao haben sich auf eine Waffenruhe geeinigt.'), /AGREE .*gao/u);
  });
});

const DE2: readonly ActorSpec[] = [
  { id: 'demonstranten', type: 'ORG', forms: [['Tausende Menschen', 'description'], ['Die Demonstranten', 'description'], ['ihrer', 'pronoun']] },
  { id: 'partei-x', type: 'ORG', forms: ['Nationale Erneuerung'] },
  { id: 'armenien', type: 'GPE', forms: ['Armenien', ['Eriwan', 'name']], kbKind: 'country' },
];

describe('events (s10): the doer of a generic act noun before a German verb-final trigger', () => {
  const de = sentenceCoder('de', DE2);
  it('"um gegen das neue Wahlgesetz der Nationalen Erneuerung zu protestieren": a compound act noun, an adjective, the phrase before the verb', () => {
    const got = de('Tausende Menschen hatten sich am Abend vor dem Rathaus versammelt, um gegen das umstrittene Wahlgesetz der Nationale Erneuerung zu protestieren.');
    assert.ok(got.some((e) => e.startsWith('PROTEST demonstranten>partei-x ')), got.join(', '));
  });
  it('"hatten gegen die Entscheidung der Nationalen Erneuerung protestiert" (a plain act noun, verb last)', () => {
    assertHas(de('Tausende Menschen hatten am Abend gegen die Entscheidung der Nationale Erneuerung protestiert.'), 'PROTEST demonstranten>partei-x asserted');
  });
  it('negative: the protesters\' own party is not whom they protest against ("gegen das Verbot ihrer Partei")', () => {
    assertLacks(de('Die Demonstranten hatten vor dem Parlament gegen das Verbot ihrer Partei protestiert.'), /PROTEST demonstranten>demonstranten/u);
  });
  it('negative: a compound that only ends like an act noun is not one unless its head is ("gegen den Parteichef der Nationalen Erneuerung")', () => {
    assertLacks(de('Tausende Menschen hatten gegen den Parteichef der Nationale Erneuerung protestiert.'), /PROTEST demonstranten>partei-x/u);
  });
});
