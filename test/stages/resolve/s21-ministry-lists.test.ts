/**
 * Session 21 (entity layer): a named ministry or agency whose name lists its fields ("Ministry of Agriculture, Forestry
 * and Fisheries", "Ministerium für Landwirtschaft, Forsten und Fischerei") is one organisation, not the first field's
 * ministry and a name per field. The list runs on through capitalised words the knowledge base does not know, joined by
 * commas and closed by "and"/"und". Own sentences, with negatives: known states after the comma, a person noun in the
 * list, and a list with no coordinator stay apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases]));

describe('resolve (session 21): a ministry name with a list of fields is one organisation', () => {
  const names: [string, 'de' | 'en', string, string][] = [
    ['English, three fields', 'en', 'Seoul will tighten export rules, the Ministry of Agriculture, Forestry and Fisheries said on Monday.', 'Ministry of Agriculture, Forestry and Fisheries'],
    ['English, four fields', 'en', 'An official at the Ministry of Land, Infrastructure, Transport and Tourism said talks would go on.', 'Ministry of Land, Infrastructure, Transport and Tourism'],
    ['English, a department with "for"', 'en', 'The Department for Environment, Food and Rural Affairs said the ban would stay.', 'Department for Environment, Food and Rural Affairs'],
    ['German, "für" and "und"', 'de', 'Seoul verschärft die Regeln, teilte das Ministerium für Landwirtschaft, Forsten und Fischerei am Montag mit.', 'Ministerium für Landwirtschaft, Forsten und Fischerei'],
  ];
  for (const [label, lang, text, name] of names) {
    it(`${label}: "${name}"`, () => {
      const doc = withTagger(lang, text);
      assert.equal(entityWith(doc, name)?.type, 'ORG', dump(doc));
    });
  }

  it('negative: known states after the comma stay apart', () => {
    const doc = withTagger('en', 'The Ministry of Defence, France and Germany signed the deal on Monday.');
    assert.ok(entityWith(doc, 'France') && entityWith(doc, 'Germany'), dump(doc));
  });
  it('negative: a person noun in the list ends the name', () => {
    const doc = withTagger('de', 'Das Ministerium für Verteidigung, Minister Boris Pistorius und die Armee stellten den Plan vor.');
    assert.ok(entityWith(doc, 'Boris Pistorius')?.type === 'PER', dump(doc));
  });
  it('negative: a list with no coordinator is no name', () => {
    const doc = withTagger('en', 'The Ministry of Health, Reuters reported, has ordered more vaccines.');
    assert.equal(entityWith(doc, 'Reuters')?.type, 'ORG', dump(doc));
  });
});
