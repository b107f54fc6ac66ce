import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describedBy = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe("resolve: a state's genitive before an office is its one holder (s31)", () => {
  it('"Ethiopia\'s prime minister", "Äthiopiens Ministerpräsident" are unnamed office holders of that state', () => {
    const a = withTagger('en', "Sudanese Foreign Minister Ali Youssef met officials on Monday. Ethiopia's prime minister said his government wanted a peaceful solution.");
    const pm = describedBy(a, "Ethiopia's prime minister");
    assert.equal(pm?.type, 'PER', dump(a));
    assert.equal(pm?.aliases.length, 0, dump(a));
    const b = withTagger('de', 'Der sudanesische Außenminister Ali Youssef traf am Montag Beamte. Äthiopiens Ministerpräsident sagte, seine Regierung wolle eine friedliche Lösung.');
    assert.equal(describedBy(b, 'Äthiopiens Ministerpräsident')?.type, 'PER', dump(b));
  });

  it('so "his government" after it is that state\'s, not the state of a minister named before', () => {
    const a = withTagger('en', "Sudanese Foreign Minister Ali Youssef met officials on Monday. Ethiopia's prime minister said his government wanted a peaceful solution.");
    assert.ok(entityWith(a, 'Ethiopia')?.descriptions.includes('his government'), dump(a));
    assert.ok(!entityWith(a, 'Sudanese')?.descriptions.includes('his government'), dump(a));
    const b = withTagger('de', 'Der sudanesische Außenminister Ali Youssef traf am Montag Beamte. Äthiopiens Ministerpräsident sagte, seine Regierung wolle eine friedliche Lösung.');
    assert.ok(entityWith(b, 'Äthiopiens')?.descriptions.includes('seine Regierung'), dump(b));
  });

  it('negatives: a holder named before with that office stays that person; a plural office is no one holder', () => {
    const a = withTagger('en', "Russia's foreign minister Sergei Lavrov met Chinese officials on Monday. Russia's foreign minister said Moscow wanted a solution.");
    const lavrov = entityWith(a, 'Sergei Lavrov');
    assert.ok(lavrov?.descriptions.includes("Russia's foreign minister"), dump(a));
    assert.equal(a.get('entities').filter((e) => e.type === 'PER').length, 1, dump(a));
    const b = withTagger('de', 'Russlands Außenminister Sergej Lawrow traf am Montag Beamte. Russlands Außenminister sagte, Moskau wolle eine Lösung.');
    assert.equal(b.get('entities').filter((e) => e.type === 'PER').length, 1, dump(b));
    const c = withTagger('en', "Kenya's ministers said on Monday they had agreed.");
    assert.equal(c.get('entities').filter((e) => e.type === 'PER').length, 0, dump(c));
  });
});

describe('resolve: a specific organ goes to the state last described with it, before another organ nearby (s31)', () => {
  it('"Das iranische Außenministerium … Die saudische Regierung … Das Ministerium" is Iran\'s', () => {
    const a = withTagger('de', 'Das iranische Außenministerium hat am Sonntag Vorwürfe Saudi-Arabiens zurückgewiesen. Der saudische Außenminister Faisal bin Farhan hatte am Samstag gesagt, Riad habe Beweise. Die saudische Regierung forderte den Iran auf, dies zu beenden. Das Ministerium erklärte, die Vorwürfe seien haltlos.');
    assert.ok(entityWith(a, 'iranische')?.descriptions.includes('Das Ministerium'), dump(a));
    const b = withTagger('en', 'The Iranian foreign ministry on Sunday rejected accusations by Saudi Arabia. Saudi Foreign Minister Faisal bin Farhan said on Saturday that Riyadh had evidence. The Saudi government also called on Iran to stop. The ministry said the claims were baseless.');
    assert.ok(entityWith(b, 'Iranian')?.descriptions.includes('The ministry'), dump(b));
  });

  it('negatives: a government word takes the organ described nearby; an organ of no earlier description keeps the nearby one', () => {
    const a = withTagger('en', 'The Iranian foreign ministry on Sunday rejected accusations by Saudi Arabia. Saudi Foreign Minister Faisal bin Farhan said on Saturday that Riyadh had evidence. The Saudi foreign ministry called on Iran to stop. The government said the claims were true.');
    assert.ok(entityWith(a, 'Saudi Arabia')?.descriptions.includes('The government'), dump(a));
    const b = withTagger('de', 'Die Junta in Myanmar hat die Wahl verschoben. Seitdem kämpft die Armee gegen Rebellen.');
    assert.ok(entityWith(b, 'Myanmar')?.descriptions.includes('die Armee'), dump(b));
  });
});

describe("resolve: a neighbour is of the state its sentence names first (s31)", () => {
  it('"Der Iran bestellte den Botschafter des Irak ein, nachdem Granaten aus dem Nachbarland …" is Iraq', () => {
    const a = withTagger('de', 'Der Iran hat am Dienstag den Botschafter des Irak einbestellt, nachdem Granaten aus dem Nachbarland ein Dorf getroffen hatten.');
    assert.ok(entityWith(a, 'Irak')?.descriptions.includes('dem Nachbarland'), dump(a));
    const b = withTagger('de', 'Kenia schickte Truppen nach Somalia, um das Nachbarland zu stabilisieren.');
    assert.ok(entityWith(b, 'Somalia')?.descriptions.includes('das Nachbarland'), dump(b));
    const c = withTagger('en', 'Kenya sent troops to Somalia on Monday to stabilise the neighbouring country.');
    assert.ok(entityWith(c, 'Somalia')?.descriptions.includes('the neighbouring country'), dump(c));
  });

  it('negative: with no state earlier in its sentence, the latest state named is the state of reference', () => {
    const a = withTagger('de', 'Kenia schickte Truppen nach Somalia. Im Nachbarland kam es zu Kämpfen.');
    assert.ok(entityWith(a, 'Kenia')?.descriptions.some((x) => x.endsWith('Nachbarland')), dump(a));
    assert.ok(!entityWith(a, 'Somalia')?.descriptions.some((x) => x.endsWith('Nachbarland')), dump(a));
  });
});
