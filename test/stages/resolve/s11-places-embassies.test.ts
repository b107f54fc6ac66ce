import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 11): an embassy describes its state (the development gold)', () => {
  it('with the state named in the phrase, the city it sits in included', () => {
    const a = withTagger('en', "Norway summoned a diplomat from the Chinese embassy in Oslo on Friday. Iran's embassy in Oslo declined to comment.");
    assert.equal(describing(a, 'the Chinese embassy in Oslo')?.id, 'china', dump(a));
    assert.equal(describing(a, "Iran's embassy in Oslo")?.id, 'iran', dump(a));
    const b = withTagger('de', 'Die iranische Botschaft wies die Vorwürfe am Abend zurück.');
    assert.equal(describing(b, 'Die iranische Botschaft')?.id, 'iran', dump(b));
  });

  it('negative: a German message and a bare embassy describe no state', () => {
    const a = withTagger('de', 'Frankreich sendet eine klare Botschaft an Moskau. Die Botschaft ist eindeutig.');
    assert.ok(!describing(a, 'eine klare Botschaft') && !describing(a, 'Die Botschaft'), dump(a));
    const b = withTagger('en', 'France condemned the attack. The embassy was closed on Sunday.');
    assert.ok(!describing(b, 'The embassy'), dump(b));
  });
});

describe('resolve (session 11): plural islands, villages and towns refer back', () => {
  it('"the islands" after a named island group, "the village" and "the town" after a named place', () => {
    const a = withTagger('en', 'Japanese patrol boats shadowed the vessels near the Senkaku Islands. China claims the islands as its own.');
    assert.equal(describing(a, 'the islands')?.aliases.includes('Senkaku Islands'), true, dump(a));
    const b = withTagger('en', 'Shelling hit the village of Tegh in Armenia on Monday. Residents fled the village overnight.');
    assert.equal(describing(b, 'the village')?.aliases.includes('Tegh'), true, dump(b));
  });

  it('negative: "the islands" with no island group named joins no state', () => {
    const a = withTagger('en', 'Greece said storms would reach the islands on Friday.');
    assert.notEqual(describing(a, 'the islands')?.id, 'greece', dump(a));
  });
});
