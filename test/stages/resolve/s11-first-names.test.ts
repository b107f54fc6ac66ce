import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));

describe('resolve (session 11): a given name alone after the full name is that person', () => {
  it('German, also a given name the list lacks that the tagger reads as the first of a two-word name', () => {
    const a = withTagger('de', 'Die Rentnerin Gisela Hartmann wohnt seit 40 Jahren in Leipzig. Gisela sagte, sie habe Angst vor dem Winter.');
    assert.equal(byAlias(a, 'Gisela')?.id, byAlias(a, 'Gisela Hartmann')?.id, dump(a));
    const b = withTagger('de', 'Anna Kowalczyk floh 2022 aus Charkiw. Anna erzählte, sie wolle zurück.');
    assert.equal(byAlias(b, 'Anna')?.id, byAlias(b, 'Anna Kowalczyk')?.id, dump(b));
  });

  it('negative: a given name two persons share joins neither', () => {
    const a = withTagger('de', 'Anna Kowalczyk und Anna Weber demonstrierten vor dem Rathaus. Anna sagte, es reiche.');
    const anna = byAlias(a, 'Anna');
    assert.ok(!anna || (anna.id !== byAlias(a, 'Anna Kowalczyk')?.id && anna.id !== byAlias(a, 'Anna Weber')?.id), dump(a));
  });
});
