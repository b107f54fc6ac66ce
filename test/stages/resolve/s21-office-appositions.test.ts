/**
 * Session 21 (entity layer): a name set off by commas right after an office is a person, and the office is its
 * description. English: the capitalised run after "the trade minister," closed by a comma is typed PER even where the
 * tagger reads an unfamiliar given name as an organisation's word, so the later surname alone joins it. German: an
 * office with its state's name genitive after it ("Der Handelsminister Kenias, X,") is X's apposition, not an unnamed
 * minister of its own. Own sentences, with negatives: a list after a plural noun, a clause after a name, and a name
 * whose first word ends like a genitive before a verb.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve (session 21): a name in commas after an office is that person', () => {
  const typed: [string, 'de' | 'en', string, string, string, string][] = [
    ['English possessive office, a name the tagger reads as an organisation', 'en', 'Tariffs rose on Monday. Lesotho\'s trade minister, Parks Mokoena, called the decision unfair. "We will not give in," Mokoena told reporters.', 'Parks Mokoena', 'Mokoena', "Lesotho's trade minister"],
    ['English office of a state, the same name', 'en', 'Tariffs rose on Monday. The finance minister of Zambia, Parks Mokoena, said talks would go on. Mokoena later flew to Geneva.', 'Parks Mokoena', 'Mokoena', 'The finance minister of Zambia'],
    ['German office with the state genitive', 'de', 'Die Zölle steigen. Der Handelsminister Ghanas, Kojo Mensah, nannte die Entscheidung ungerecht. Mensah sagte, man werde klagen.', 'Kojo Mensah', 'Mensah', 'Der Handelsminister Ghanas'],
    ['German accusative office with the state genitive', 'de', 'Die Zölle steigen. Merz traf den Präsidenten Sambias, Hakainde Hichilema, in Berlin.', 'Hakainde Hichilema', 'Hakainde Hichilema', 'den Präsidenten Sambias'],
  ];
  for (const [label, lang, text, name, short, desc] of typed) {
    it(`${label}: "${name}" is a person described as "${desc}"`, () => {
      const doc = withTagger(lang, text);
      const e = entityWith(doc, name);
      assert.equal(e?.type, 'PER', dump(doc));
      assert.ok(e?.aliases.includes(short), dump(doc));
      assert.ok(e?.descriptions.includes(desc), dump(doc));
      assert.ok(!doc.get('entities').some((x) => x !== e && x.type === 'PER' && x.descriptions.includes(desc)), dump(doc));
    });
  }

  it('negative: a company named in a list after a plural is no person', () => {
    const doc = withTagger('en', 'The ministers met energy firms on Monday. Their advisers, Shell Energy, and two banks attended.');
    assert.notEqual(entityWith(doc, 'Shell Energy')?.type, 'PER', dump(doc));
  });
  it('negative: a German spokesman\'s name ending in -s before a verb gives no description to the name after the comma', () => {
    const doc = withTagger('de', 'Die Opposition kritisierte die Regierung. Ihr Sprecher Lukas Brandl forderte, Merz müsse sich erklären.');
    const merz = entityWith(doc, 'Merz');
    assert.ok(!merz?.descriptions.some((d) => d.includes('Sprecher')), dump(doc));
  });
  it('negative: a prenominal genitive before an office still opens the phrase', () => {
    const doc = withTagger('de', 'Die Zölle steigen. Kenias Präsident, William Ruto, widersprach.');
    assert.ok(entityWith(doc, 'William Ruto')?.descriptions.includes('Kenias Präsident'), dump(doc));
  });
});
