import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { loadSegmentLexicon } from '../../../src/stages/segment/index.js';
import { tokenize } from '../../../src/stages/segment/tokenize.js';

const lex = loadSegmentLexicon(new ResourceLoader('de'));
const words = (text: string): string[] => tokenize(text, 0, text.length, lex).map((t) => text.slice(t.start, t.end));

// The tokenizer answers ASCII characters without a regex and leaves every other character to the Unicode classes:
// these rows pin what the non-ASCII side must still do.
describe('segment tokenizer character classes', () => {
  const rows: [string, string, string[]][] = [
    ['no-break space separates', 'Zürich\u00a0liegt', ['Zürich', 'liegt']],
    ['thin and ideographic spaces separate', '10\u2009000 Soldaten\u3000heute', ['10', '000', 'Soldaten', 'heute']],
    ['line and paragraph separators separate', 'eins\u2028zwei\u2029drei', ['eins', 'zwei', 'drei']],
    ['tab, vertical tab, form feed, carriage return separate', 'a\tb\vc\fd\re', ['a', 'b', 'c', 'd', 'e']],
    ['a combining accent stays in its word', 'Cafe\u0301 schließt', ['Cafe\u0301', 'schließt']],
    ['Cyrillic compound is one word', 'Москва-Сити wächst', ['Москва-Сити', 'wächst']],
    ['Greek and Turkish letters are letters', 'Αθήνα und İstanbul', ['Αθήνα', 'und', 'İstanbul']],
    ['ASCII letters and digits glue', 'F-16 und 5G', ['F-16', 'und', '5G']],
    ['ASCII punctuation is no word character', 'Krieg(s)ende: ja', ['Krieg', '(', 's', ')', 'ende', ':', 'ja']],
    ['soft hyphen is skipped between tokens', 'Wort \u00adWort', ['Wort', 'Wort']],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(words(text), expected));
});
