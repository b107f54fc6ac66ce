/**
 * Session 22 (entity layer): names inside hyphenated compound adjectives. A run of a compound's parts that the base
 * knows as one hyphenated name is read whole ("Al-Kaida-nahen": al-Qaeda, not "Al" and "Kaida"), and a compound whose
 * part after its last hyphen is a lower-case adjective ("Al-Kaida-nahen", "Kreml-treue", "Iran-backed") modifies the
 * title before a name, so the whole phrase is that name's description ("der Al-Kaida-nahen Gruppe JNIM"), not only its
 * noun. Own sentences, with negatives: a compound noun before a name keeps its reading, a place inside "-based" gets no
 * description of the noun it modifies, and a name the base knows only in part is not read whole.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve (session 22): a hyphenated name inside a compound is read whole', () => {
  it('German: "Al-Kaida-nahe" names al-Qaeda', () => {
    const doc = withTagger('de', 'Die Al-Kaida-nahe Miliz Ansar Dine bekannte sich am Montag zu dem Anschlag.');
    assert.equal(entityWith(doc, 'Al-Kaida')?.id, 'al-qaeda', dump(doc));
    assert.equal(entityWith(doc, 'Al'), undefined, dump(doc));
  });
  it('negative: a compound whose parts the base knows only apart keeps its parts', () => {
    const doc = withTagger('de', 'Die Russland-China-Gespräche begannen am Montag in Peking.');
    assert.ok(entityWith(doc, 'Russland') && entityWith(doc, 'China'), dump(doc));
  });
});

describe('resolve (session 22): a compound adjective is part of the title before a name', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['German "-nahe" with a hyphenated name', 'de', 'Die Al-Kaida-nahe Miliz Ansar Dine bekannte sich am Montag zu dem Anschlag.', 'Ansar Dine', 'Die Al-Kaida-nahe Miliz'],
    ['German "-treue", genitive', 'de', 'Ein Sprecher des Kreml-treuen Senders RT widersprach am Abend.', 'RT', 'des Kreml-treuen Senders'],
    ['German "-nahen", dative', 'de', 'Die Armee meldete Kämpfe mit der Hamas-nahen Gruppe Saraja al-Kuds.', 'Saraja al-Kuds', 'der Hamas-nahen Gruppe'],
    ['English "-backed"', 'en', 'The Iran-backed militia Kataib Hezbollah threatened to respond on Sunday.', 'Kataib Hezbollah', 'The Iran-backed militia'],
  ];
  for (const [label, lang, text, name, desc] of cases) {
    it(`${label}: "${name}" is described as "${desc}"`, () => {
      const doc = withTagger(lang, text);
      assert.ok(entityWith(doc, name)?.descriptions.includes(desc), dump(doc));
    });
  }
  it('negative: a compound noun before a name stays a title of its own', () => {
    const doc = withTagger('de', 'Der Hamas-Anführer Jahja Sinwar wurde getötet.');
    const e = entityWith(doc, 'Jahja Sinwar');
    assert.ok(!e?.descriptions.some((d) => d.includes('-nah')), dump(doc));
    assert.ok(entityWith(doc, 'Hamas'), dump(doc));
  });
  it('negative: the place inside "-based" gets no description of the noun it modifies', () => {
    const doc = withTagger('en', 'The Hague-based tribunal said on Monday it would hear the case. The Geneva-based group said the report was wrong.');
    assert.ok(!doc.get('entities').some((e) => e.type === 'GPE' && e.descriptions.some((d) => /-based/.test(d))), dump(doc));
  });
});
