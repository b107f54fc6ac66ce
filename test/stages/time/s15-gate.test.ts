import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import type { Parser, TTok } from '../../../src/stages/time/context.js';
import { pDayMonth, pDecade, pMonth, pSeason, pYear } from '../../../src/stages/time/parse-calendar.js';
import { pAgo, pClock, pWeekday } from '../../../src/stages/time/parse-relative.js';
import { pCompoundDuration, pDuration, pPeriodPart, pVague } from '../../../src/stages/time/parse-spans.js';
import { PARSERS as ALL_PARSERS } from '../../../src/stages/time/parsers.js';
import { parserGateOf, startParsers } from '../../../src/stages/time/trigger.js';
import { loadGolden, makeDetailedTagger, makeTagger } from './helpers.js';

/*
 * Session 15: the parser gate. The scanner tries a parser only at a token its opener (`withOpener`,
 * next to each parser) holds; the output must be the one of trying every parser at every start word
 * (`exhaustive`). Checked on every golden row and test passage of this folder's tables, and on the
 * self-written fixture articles, in both anchorings; and on the gate itself (which parsers a token
 * opens, and none for words that start nothing).
 */

const detailed = makeDetailedTagger();

/** The texts of the golden tables of both languages, and the fixture articles (tune, heldout … heldout5). */
function passages(): [Lang, string][] {
  const out: [Lang, string][] = [];
  for (const lang of ['de', 'en'] as const) for (const row of loadGolden(lang)) out.push([lang, row.text]);
  const root = join(import.meta.dirname, '../../fixtures');
  for (const dir of ['tune', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(join(root, dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as { lang?: Lang };
      out.push([gold.lang ?? 'de', readFileSync(join(root, dir, f), 'utf8')]);
    }
  }
  return out;
}

describe('the gate changes nothing', () => {
  const all = passages();
  for (const anchor of ['publication', 'narrative'] as const) {
    test(`${all.length} passages, ${anchor} anchoring: same expressions with and without the gate`, () => {
      let differ = 0;
      let first = '';
      for (const [lang, text] of all) {
        const gated = JSON.stringify(detailed(lang, text, '2025-03-12', { anchor }));
        const exhaustive = JSON.stringify(detailed(lang, text, '2025-03-12', { anchor, exhaustive: true }));
        if (gated !== exhaustive) {
          differ++;
          first ||= text.slice(0, 80);
        }
      }
      assert.equal(differ, 0, `first: ${first}`);
    });
  }
  test('the texts hold expressions (the comparison is not empty)', () => {
    assert.ok(all.filter(([lang, text]) => detailed(lang, text, '2025-03-12').length > 0).length > 100);
  });
});

describe('which parsers a token opens', () => {
  const gates = { de: makeTagger('de').lex, en: makeTagger('en').lex };
  // (by name: a parser declared with its opener is an anonymous function)
  const NAMED = { pVague, pDayMonth, pMonth, pPeriodPart, pWeekday, pAgo, pDuration, pCompoundDuration, pDecade, pSeason, pClock, pYear };
  const PARSERS = Object.values(NAMED);
  const nameOf = new Map<Parser, string>(Object.entries(NAMED).map(([name, p]) => [p, name]));
  const tok = (text: string, kind: TTok['kind'] = 'word'): TTok => ({ text, lo: text.toLowerCase(), start: 0, end: text.length, kind, rule: kind });
  const opened = (lang: Lang, t: TTok, next?: TTok): string[] => startParsers(parserGateOf(gates[lang], PARSERS), gates[lang], t, next).map((p) => nameOf.get(p) ?? '?');
  const cases: [Lang, TTok, string[], TTok?][] = [
    // [language, token, parsers it opens (of the list above), next token]
    ['de', tok('Dienstag'), ['pWeekday', 'pYear']],
    ['de', tok('Dienstagabend'), ['pWeekday', 'pCompoundDuration', 'pDecade', 'pYear']],
    ['de', tok('Juli'), ['pMonth']],
    ['de', tok('vor'), ['pAgo']],
    ['en', tok('mid-July'), ['pPeriodPart', 'pCompoundDuration']],
    ['en', tok('1990s'), ['pDayMonth', 'pDecade', 'pClock']],
    ['de', tok('2025', 'number'), ['pDayMonth', 'pAgo', 'pDuration', 'pCompoundDuration', 'pDecade', 'pClock', 'pYear']],
    ['en', tok('’', 'quote'), ['pDecade', 'pYear'], { ...tok('91', 'number'), start: 1, end: 3 }],
  ];
  for (const [lang, t, want, next] of cases) {
    test(`${lang}: "${t.text}"`, () => {
      const got = opened(lang, t, next);
      for (const name of want) assert.ok(got.includes(name), `${name} not opened: ${got.join(', ')}`);
    });
  }
  // negatives: words that start nothing, a quote mark before a word, punctuation
  const none: [Lang, TTok, TTok?][] = [
    ['de', tok('Regierung')],
    ['en', tok('government')],
    ['en', tok('’', 'quote'), { ...tok('tis'), start: 1, end: 4 }],
    ['de', tok(',', 'punct')],
  ];
  for (const [lang, t, next] of none) {
    test(`${lang}: "${t.text}" opens no parser`, () => {
      assert.deepEqual(opened(lang, t, next), []);
    });
  }
  test('a month word does not open the weekday parser, nor a weekday the month parser', () => {
    assert.ok(!opened('en', tok('July')).includes('pWeekday'));
    assert.ok(!opened('en', tok('Tuesday')).includes('pMonth'));
  });
  test('every parser of both languages carries its opener, and the loaded lexicon its gate of them', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const p of ALL_PARSERS[lang]) assert.ok(p.opener.words !== undefined || (p.opener.shapes ?? []).length > 0);
      assert.equal(gates[lang].gate.all, ALL_PARSERS[lang]);
    }
  });
});
