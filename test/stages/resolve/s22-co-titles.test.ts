/**
 * Session 22 (entity layer): English offices shared by two people are written with "co-" ("their co-leader, X", "the
 * company's co-founder, X", "Co-chair X"); such a title is a person head like the office it shares, so the phrase
 * before the name is its description. German closes the compound ("Ko-Vorsitzende", "Mitgründer") and already reads
 * it by its last part; the parity test keeps both languages together. Own sentences, with negatives: other "co-"
 * words are no titles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve (session 22): a "co-" office is a title', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['English possessive apposition', 'en', 'The reformists rejected the offer. "We will not give in," said their co-leader, Anna Petrova.', 'Anna Petrova', 'their co-leader'],
    ['English genitive apposition', 'en', "The firm denied the report. The company's co-founder, Karl Brenner, declined to comment.", 'Karl Brenner', "The company's co-founder"],
    ['English title before a name', 'en', 'Co-chair Lena Ortiz said on Monday that the talks would go on.', 'Lena Ortiz', 'Co-chair'],
    ['German parity: a closed compound', 'de', 'Die Reformer lehnten ab. "Wir geben nicht nach", sagte ihre Ko-Vorsitzende, Anna Petrova.', 'Anna Petrova', 'ihre Ko-Vorsitzende'],
  ];
  for (const [label, lang, text, name, desc] of cases) {
    it(`${label}: "${name}" is described as "${desc}"`, () => {
      const doc = withTagger(lang, text);
      const e = entityWith(doc, name);
      assert.equal(e?.type, 'PER', dump(doc));
      assert.ok(e?.descriptions.includes(desc), dump(doc));
    });
  }
  it('negative: other "co-" words describe no one', () => {
    const doc = withTagger('en', 'The co-operation agreement with Anna Petrova was signed on Monday. The co-author of the report was not named.');
    assert.ok(!entityWith(doc, 'Anna Petrova')?.descriptions.length, dump(doc));
  });
});
