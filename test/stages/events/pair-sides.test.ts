import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'somalia', type: 'GPE', forms: ['Somalia', 'Mogadishu'] },
  { id: 'ethiopia', type: 'GPE', forms: ['Ethiopia', 'Addis Ababa'] },
  { id: 'au', type: 'ORG', forms: ['African Union', 'Afrikanische Union'] },
  { id: 'arab-league', type: 'ORG', forms: ['Arab League', 'Arabische Liga'] },
  { id: 'turkey', type: 'GPE', forms: ['Turkey', 'Türkei'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });
const DISPUTE = 'Somalia expelled the envoy of Ethiopia. Ethiopia called the decision regrettable, and Somalia closed two consulates.';

describe('events: "both sides" are two sides of a dispute, not the parties urging them nor allies', () => {
  it('en: the pair that urges in the same clause is not the pair urged', () => {
    const got = en(`${DISPUTE} Somalia and Ethiopia traded accusations. The African Union and the Arab League urged both sides to show restraint.`);
    assertHas(got, 'REQUEST au>somalia asserted');
    assertHas(got, 'REQUEST au>ethiopia asserted');
    assertLacks(got, /^REQUEST au>arab-league/);
  });
  it('de: "Die Afrikanische Union und die Arabische Liga riefen beide Seiten … auf"', () => {
    const got = de('Somalia wies den Gesandten von Ethiopia aus. Somalia und Ethiopia stritten. Die Afrikanische Union und die Arabische Liga riefen beide Seiten zur Zurückhaltung auf.');
    assertLacks(got, /^REQUEST au>arab-league/);
    assertHas(got, 'REQUEST au>ethiopia asserted');
  });
  it('en: a pair that just backed a third party together are allies, not the sides', () => {
    const got = en(`${DISPUTE} Somalia and Ethiopia traded accusations. The African Union and the Arab League backed Somalia. Turkey urged both sides to show restraint.`);
    assertHas(got, 'REQUEST turkey>ethiopia asserted');
    assertLacks(got, /^REQUEST turkey>(au|arab-league)/);
  });
  it('negatives: a plural pronoun still means the pair just named; opposed parties of one act stay the sides', () => {
    const got = en('The African Union and the Arab League said they stood by Somalia.');
    assertHas(got, 'SUPPORT au>somalia asserted');
    assertHas(got, 'SUPPORT arab-league>somalia asserted');
    const swap = en('Somalia and Ethiopia exchanged prisoners on Monday. Turkey urged both sides to keep talking.');
    assertHas(swap, 'REQUEST turkey>somalia asserted');
    assertHas(swap, 'REQUEST turkey>ethiopia asserted');
  });
});

describe('events: a plural pronoun after a list of actors is all of the list', () => {
  const LIST: readonly ActorSpec[] = [
    { id: 'burkina-faso', type: 'GPE', forms: ['Burkina Faso'] },
    { id: 'mali', type: 'GPE', forms: ['Mali'] },
    { id: 'niger', type: 'GPE', forms: ['Niger'] },
    { id: 'ecowas', type: 'ORG', forms: ['ECOWAS'] },
  ];
  const run = sentenceCoder('en', LIST, { published: '2025-11-27' });
  it('"Burkina Faso, Mali and Niger announced that they would leave the West African bloc ECOWAS.: three departures', () => {
    const got = run('Burkina Faso, Mali and Niger announced that they would leave the West African bloc ECOWAS.');
    for (const id of ['burkina-faso', 'mali', 'niger']) assertHas(got, `SANCTION ${id}>ecowas planned`);
  });
  it('negatives: two named together stay two; a list is no pair of sides', () => {
    const two = run('Mali and Niger announced that they would leave the West African bloc ECOWAS.');
    assertLacks(two, /^SANCTION burkina-faso/);
    assertHas(two, 'SANCTION mali>ecowas planned');
  });
});
