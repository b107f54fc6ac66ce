/**
 * Session 22 (entity layer): two kinds of capitalised words in wire copy that the knowledge base settles. A time-zone
 * abbreviation after a clock time ("16.10 BST", "14:00 PDT", "9 Uhr MSK") names nothing (`notNames`, as "GMT" already
 * did), so it is no organisation. A broadcaster's or magazine's own spelling in a byline or source line ("BBC News",
 * "SPIEGEL", "ntv", "Euronews", "CBS News" and later "CBS") is that outlet (`kb-orgs.json`). Own sentences, with
 * negatives: the mirror "Spiegel" in a text that names no magazine, an unknown acronym that is no time zone, and "sky"
 * or "news" as ordinary words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases]));

describe('resolve (session 22): time zones name nothing', () => {
  const cases: [string, 'de' | 'en', string, string][] = [
    ['British summer time', 'en', 'The blast was heard at 16.10 BST on Monday. Police arrived at 17.42 BST.', 'BST'],
    ['Pacific daylight time', 'en', 'The company said the outage began at 14:00 PDT and ended two hours later.', 'PDT'],
    ['Central standard time', 'en', 'Voting closed at 7 p.m. CST in most districts, officials said.', 'CST'],
    ['Moscow time in German', 'de', 'Der Angriff begann gegen 4 Uhr MSK, teilte das Ministerium mit.', 'MSK'],
    ['Japan time in German', 'de', 'Die Rakete wurde um 7.20 Uhr JST gestartet.', 'JST'],
  ];
  for (const [label, lang, text, zone] of cases) {
    it(`${label}: "${zone}" is no entity`, () => {
      const doc = withTagger(lang, text);
      assert.equal(entityWith(doc, zone), undefined, dump(doc));
    });
  }
  it('negative: an unknown acronym that is no time zone still names an organisation', () => {
    const doc = withTagger('en', 'The BSF said at 16.10 BST that two men had been arrested near the border.');
    assert.ok(entityWith(doc, 'BSF'), dump(doc));
    assert.equal(entityWith(doc, 'BST'), undefined, dump(doc));
  });
});

describe('resolve (session 22): news outlets in bylines and source lines', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['English byline with the news brand', 'en', 'By Jane Miller, BBC News, London\nThe government said on Monday it would cut taxes.', 'BBC News', 'bbc'],
    ['English outlet without a keyword', 'en', 'The minister told Euronews on Monday that talks would continue.', 'Euronews', 'euronews'],
    ['German outlet without a keyword', 'de', 'Der Minister sagte Euronews am Montag, die Gespräche liefen weiter.', 'Euronews', 'euronews'],
    ['German magazine in its own capitals before a hyphen', 'de', 'Das Kanzleramt blockierte nach SPIEGEL-Informationen den Export.', 'SPIEGEL', 'der-spiegel'],
    ['German broadcaster', 'de', 'Der Minister sagte im Interview mit ntv, die Gespräche liefen weiter.', 'ntv', 'n-tv'],
    ['US broadcaster, its short form later', 'en', 'The senator told CBS News on Sunday that the vote would fail. CBS later aired the full interview.', 'CBS', 'cbs-news'],
  ];
  for (const [label, lang, text, form, id] of cases) {
    it(`${label}: "${form}" is ${id}`, () => {
      const doc = withTagger(lang, text);
      const e = entityWith(doc, form);
      assert.equal(e?.id, id, dump(doc));
      assert.equal(e?.type, 'ORG', dump(doc));
    });
  }
  it('negative: the mirror in a text naming no magazine is no entity', () => {
    const doc = withTagger('de', 'Im Flur hing ein alter Spiegel, den die Familie in der Nacht zerbrach.');
    assert.ok(!doc.get('entities').some((e) => e.id === 'der-spiegel'), dump(doc));
  });
  it('negative: "sky" and "news" as ordinary words name no outlet', () => {
    const doc = withTagger('en', 'The sky over the city turned dark. News of the attack spread quickly, officials said.');
    assert.ok(!doc.get('entities').some((e) => e.id === 'sky-news' || e.id === 'bbc'), dump(doc));
  });
});
