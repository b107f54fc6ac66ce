import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { loadGolden, makeTagger } from './helpers.js';

/*
 * The hand-written golden tables (golden-de.json, golden-en.json): each row gives a reference
 * date, a sentence, the expected span, type, value and mod; rows with span null must yield
 * no expression at all.
 */
for (const lang of ['de', 'en'] as Lang[]) {
  const rows = loadGolden(lang);
  const { tag } = makeTagger(lang);
  describe(`time golden table (${lang})`, () => {
    test('has at least 150 positive rows covering every class', () => {
      const pos = rows.filter((r) => r.span !== null);
      assert.ok(pos.length >= 150, `${pos.length} positive rows`);
      const classes = new Set(pos.map((r) => r.cls));
      for (const c of ['date', 'day-month', 'month', 'year', 'decade', 'century', 'part', 'weekday', 'relative', 'duration', 'compound', 'vague-duration', 'set', 'vague', 'clock', 'iso-week', 'quarter', 'season']) {
        assert.ok(classes.has(c), `class ${c} missing`);
      }
      assert.ok(rows.some((r) => r.span === null), 'negative rows missing');
    });
    for (const r of rows) {
      test(`${r.cls}: ${r.text}`, () => {
        const got = tag(r.text, r.ref);
        if (r.span === null) {
          assert.deepEqual(got.map((t) => t.text), [], 'expected no time expression');
          return;
        }
        const hit = got.find((t) => t.text === r.span);
        assert.ok(hit, `span "${r.span}" not found; got ${JSON.stringify(got.map((t) => [t.text, t.value, t.mod]))}`);
        assert.deepEqual({ type: hit.type, value: hit.value, mod: hit.mod }, { type: r.type, value: r.value, mod: r.mod ?? null });
        assert.equal(hit.stage, 'time');
        assert.ok(hit.rule.length > 0);
      });
    }
  });
}
