/**
 * Session 14 (entity layer): generic organ nouns that belong to a named body, not to the state (bodyHeads, headClasses
 * court / parliament, the head "force", the genitive "-ses" of a head), and subdivisions named with a regional state noun
 * and its naming link ("the northern state of X"). Own sentences, with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 14): a generic organ noun after a named body is that body', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['German court the base does not know', 'de', 'Das Landgericht Köln verurteilte den Mann am Dienstag. Das Gericht sah die Schuld als erwiesen an.', 'Das Gericht', 'Landgericht Köln'],
    ['German court of the class (Gerichtshof … das Gericht)', 'de', 'Der Oberste Gerichtshof entschied am Montag über die Wahl. Das Gericht erklärte sie für ungültig.', 'Das Gericht', 'Oberste Gerichtshof'],
    ['German alliance introduced in the genitive', 'de', 'Die Polizei löste eine Kundgebung des prorussischen Bündnisses Viitorul auf. Das Bündnis kündigte neue Proteste an.', 'Das Bündnis', 'Viitorul'],
    ['German alliance named in the nominative', 'de', 'Das Bündnis Sumar legte zu. Das Bündnis will mitregieren.', 'Das Bündnis', 'Sumar'],
    ['English force named as such', 'en', 'The first troops of the Gang Suppression Force landed on Monday. The force replaces an earlier mission.', 'The force', 'Gang Suppression Force'],
    ['English force in lower case later', 'en', 'The Israeli Air Force struck targets overnight. A spokesman said the force had hit 40 sites.', 'the force', 'Israeli Air Force'],
    ['English parliament named in apposition', 'en', "Ukraine's parliament, the Verkhovna Rada, met on Monday. The parliament passed the bill.", 'The parliament', 'Verkhovna Rada'],
  ];
  for (const [label, lang, text, desc, body] of cases) {
    it(`${label}: "${desc}" is ${body}`, () => {
      const doc = withTagger(lang, text);
      const e = describing(doc, desc);
      assert.ok(e?.aliases.includes(body), dump(doc));
    });
  }

  it('the name before the head keeps its keyword: "the U.N.-backed Gang Suppression Force" is one name', () => {
    const doc = withTagger('en', 'Soldiers of the U.N.-backed Gang Suppression Force arrived in the capital on Monday.');
    assert.ok(doc.get('entities').some((e) => e.aliases.includes('Gang Suppression Force')), dump(doc));
    assert.ok(!doc.get('entities').some((e) => e.aliases.includes('Suppression')), dump(doc));
  });
});

describe('resolve (session 14): negatives — the organ noun stays the state\'s or nobody\'s', () => {
  it('an armed group named with an army noun is no antecedent of "die Armee"', () => {
    const doc = withTagger('de', 'Die Arakan-Armee eroberte die Stadt. Die Junta in Myanmar sagte, die Armee habe Dörfer zurückerobert.');
    assert.notEqual(describing(doc, 'die Armee')?.id, 'arakan-armee', dump(doc));
  });
  it('"force" without an article refers to nothing ("used force")', () => {
    const doc = withTagger('en', 'The Gang Suppression Force arrived on Monday. Police used force to disperse the crowd.');
    assert.ok(!doc.get('entities').some((e) => e.descriptions.includes('force')), dump(doc));
  });
  it('a court named three sentences before is not "the court"', () => {
    const doc = withTagger('de', 'Das Landgericht Köln verurteilte den Mann im Mai. Er legte Berufung ein. Die Staatsanwaltschaft prüft den Fall. Das Gericht in Hamm will im Herbst entscheiden.');
    assert.ok(!describing(doc, 'Das Gericht in Hamm')?.aliases.includes('Landgericht Köln'), dump(doc));
  });
});

describe('resolve (session 14): "the <adjective> state of X" names a subdivision', () => {
  const cases: [string, string, string][] = [
    ['A drone strike in the northern state of Oaxaca killed nine people.', 'the northern state', 'Oaxaca'],
    ['Gunmen attacked a village in the state of Borno on Monday.', 'the state', 'Borno'],
    ['Caracas wants to annex its southern state of Amazonas.', 'its southern state', 'Amazonas'],
  ];
  for (const [text, desc, place] of cases) {
    it(`"${desc}" is ${place}`, () => {
      const doc = withTagger('en', text);
      assert.ok(describing(doc, desc)?.aliases.includes(place), dump(doc));
    });
  }
  it('negative: "the state of Israel" is no description of a sovereign state; "the Gulf state of Qatar" still is', () => {
    const a = withTagger('en', 'The state of Israel was founded in 1948.');
    assert.ok(!describing(a, 'The state'), dump(a));
    const b = withTagger('en', 'The Gulf state of Qatar mediated the talks.');
    assert.ok(describing(b, 'The Gulf state')?.aliases.includes('Qatar'), dump(b));
  });
});
