/**
 * Session 18 (entity layer): an unnamed local institution (`localInstitutions`) carries the canonical English name the
 * spec asks for (`institutionNames`: "{place} public prosecutor's office", "{place} court"), its report's city in the
 * name, and no city left out; the id stays as it was ("leipzig-staatsanwaltschaft"). Own sentences, with negatives: a
 * court the text names keeps its own name, and a state's organ makes no such entity.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.name, e.type, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 18): unnamed local institutions have English canonical names', () => {
  const cases: [string, 'de' | 'en', string, string, string, string][] = [
    ['German prosecutor, dateline city', 'de', 'Leipzig (dpa) - Die Staatsanwaltschaft ermittelt gegen einen Arzt. Er soll Rezepte gefälscht haben.', 'Die Staatsanwaltschaft', 'leipzig-staatsanwaltschaft', "Leipzig public prosecutor's office"],
    ['German prosecutor, city in the sentence before', 'de', 'In Leipzig ist ein Arzt festgenommen worden. Er soll Rezepte gefälscht haben, teilte die Staatsanwaltschaft mit.', 'die Staatsanwaltschaft', 'leipzig-staatsanwaltschaft', "Leipzig public prosecutor's office"],
    ['German court, dateline in capitals with an English city name', 'de', 'KÖLN (dpa) - Das Gericht hat die Klage eines Vermieters abgewiesen. Das Urteil ist rechtskräftig.', 'Das Gericht', 'cologne-gericht', 'Cologne court'],
    ['German court in the dative', 'de', 'Dresden (dpa) - Ein Lehrer muss sich vor dem Gericht verantworten. Die Anklage lautet auf Betrug.', 'dem Gericht', 'dresden-gericht', 'Dresden court'],
    ['German prosecutor with no place', 'de', 'Ein Radfahrer ist am Abend schwer verletzt worden. Die Staatsanwaltschaft ermittelt gegen den Fahrer eines Lastwagens.', 'Die Staatsanwaltschaft', 'unnamed-staatsanwaltschaft', "public prosecutor's office"],
    ['English court after a town the base does not know', 'en', 'A man was arrested in Springfield on Friday. The court said he had fled.', 'The court', 'springfield-court', 'Springfield court'],
    ['English court with no place', 'en', 'A teacher went on trial on Monday. The court heard that he had forged his diploma.', 'The court', 'unnamed-court', 'court'],
  ];
  for (const [label, lang, text, desc, id, name] of cases) {
    it(`${label}: "${desc}" is ${id} named "${name}"`, () => {
      const doc = withTagger(lang, text);
      const e = describing(doc, desc);
      assert.ok(e, dump(doc));
      assert.equal(e.id, id, dump(doc));
      assert.equal(e.name, name, dump(doc));
    });
  }

  const negatives: [string, 'de' | 'en', string, string][] = [
    ['a court the text names keeps its name', 'de', 'Das Landgericht Köln hat die Klage abgewiesen. Das Gericht sah keinen Schaden.', 'Landgericht Köln'],
    ['a state organ makes no local institution', 'en', 'Kenya said on Monday its parliament would meet. The parliament voted on the budget.', ''],
  ];
  for (const [label, lang, text, keep] of negatives) {
    it(`negative: ${label}`, () => {
      const doc = withTagger(lang, text);
      const names = doc.get('entities').map((e) => e.name);
      assert.ok(!names.some((n) => /public prosecutor's office|court$/.test(n) && n !== keep), dump(doc));
      if (keep) assert.ok(doc.get('entities').some((e) => e.aliases.includes(keep)), dump(doc));
    });
  }
});
