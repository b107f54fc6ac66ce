/**
 * Session 13 (entity layer): inflected multi-word names, plural state organs, and descriptions that generalise.
 * Own sentences; each family with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));
const kbDe = buildKnowledgeBase(new ResourceLoader('de'), 'de');
const ids = (form: string): string[] => kbDe.lookup(form).map((h) => h.entity.id);

describe('resolve (session 13): German declension of names that open with adjectives', () => {
  const forms: [string, string][] = [
    ['Vereinigten Arabischen Emiraten', 'united-arab-emirates'], // dative plural
    ['Vereinigten Arabischen Emirate', 'united-arab-emirates'], // genitive plural
    ['Emiraten', 'united-arab-emirates'],
    ['Vereinigten Staaten von Amerika', 'usa'],
    ['Demokratischen Sozialistischen Republik Sri Lanka', 'sri-lanka'], // every adjective, not only the first
    ['Vereinigten Mexikanischen Staaten', 'mexico'],
    ['Internationalen Strafgerichtshofs', 'icc'], // genitive of the head
    ['Europäischen Parlaments', 'european-parliament'],
    ['Nördlichen Marianen', 'northern-mariana-islands'],
    ['Niederlanden', 'netherlands'],
  ];
  for (const [form, id] of forms) it(`the knowledge base finds "${form}"`, () => assert.ok(ids(form).includes(id), `${form}: ${ids(form).join(',')}`));

  it('negative: a half-declined form or a dative on a name that is not plural-final is no name', () => {
    assert.deepEqual(ids('Vereinigte Arabische Emiraten'), []);
    assert.deepEqual(ids('Karibische Niederlanden'), []);
  });

  it('a dative and a genitive plural in a sentence are the state', () => {
    const a = withTagger('de', 'Der ukrainische Präsident dankte den Vereinigten Arabischen Emiraten für die Vermittlung.');
    assert.ok(byAlias(a, 'Vereinigten Arabischen Emiraten')?.id === 'united-arab-emirates', dump(a));
    const b = withTagger('de', 'Der Außenminister der Vereinigten Arabischen Emirate reiste nach Kiew. Er lobte den Austausch mit den Emiraten.');
    assert.equal(byAlias(b, 'Vereinigten Arabischen Emirate')?.id, 'united-arab-emirates', dump(b));
    assert.equal(byAlias(b, 'Emiraten')?.id, 'united-arab-emirates', dump(b));
  });

  it('negative: an emirate in the singular is not the state', () => {
    const a = withTagger('de', 'Das Emirat Katar vermittelte zwischen den Parteien.');
    assert.notEqual(byAlias(a, 'Emirat')?.id, 'united-arab-emirates', dump(a));
  });
});
