import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuotes, type EntitySpec, type TimeSpec } from './helpers.js';

interface Expected { kind: string; text: string; speaker: string | null; cue?: string; fragment?: boolean; addressee?: string; date?: string }
interface Golden { name: string; text: string; entities: EntitySpec[]; times?: TimeSpec[]; expect: Expected[] }

for (const lang of ['de', 'en'] as const) {
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, `golden-${lang}.json`), 'utf8')) as Golden[];
  test(`quotes golden ${lang} (${cases.length} passages)`, async (t) => {
    for (const c of cases) {
      await t.test(c.name, () => {
        const { doc, quotes } = runQuotes(c.text, lang, c.entities, c.times ?? []);
        const got = quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker }));
        assert.deepEqual(got, c.expect.map((e) => ({ kind: e.kind, text: e.text, speaker: e.speaker })), `quotes of: ${c.text}`);
        c.expect.forEach((e, i) => {
          const q = quotes[i]!;
          assert.equal(doc.text.slice(q.start, q.end), q.text, 'offsets cover the text');
          assert.equal(q.stage, 'quotes');
          if (e.cue !== undefined) assert.equal(q.cue?.text, e.cue);
          if (q.cue) assert.equal(doc.text.slice(q.cue.start, q.cue.end), q.cue.text);
          assert.equal(q.fragment, e.fragment ?? false, 'fragment flag');
          if (e.addressee !== undefined) assert.equal(q.addressee, e.addressee);
          if (e.date !== undefined) assert.equal(q.date, e.date);
        });
      });
    }
  });
}
