import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));

describe('resolve (session 11): a court, prosecutor or university with its city right after it is one name (seatNameHeads)', () => {
  it('a known city after the noun', () => {
    const a = withTagger('de', 'Das Landgericht Hamburg verurteilte den Angeklagten zu drei Jahren Haft. Die Staatsanwaltschaft München prüft eine Revision.');
    assert.equal(byAlias(a, 'Landgericht Hamburg')?.type, 'ORG', dump(a));
    assert.equal(byAlias(a, 'Staatsanwaltschaft München')?.type, 'ORG', dump(a));
  });

  it('negative: with a preposition between, the city stays the city', () => {
    const a = withTagger('de', 'Das Landgericht in Hamburg verurteilte den Angeklagten zu drei Jahren Haft.');
    assert.ok(!byAlias(a, 'Landgericht in Hamburg') && byAlias(a, 'Hamburg')?.type === 'GPE', dump(a));
  });
});
