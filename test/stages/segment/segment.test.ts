import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { Doc } from '../../../src/doc/doc.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import type { Lang } from '../../../src/doc/types.js';

interface Golden { text: string; sentences: string[]; tokens: string[] }

/** Runs only the segment stage over one body paragraph. */
function segment(text: string, lang: Lang): Doc {
  const doc = new Doc(text, { id: 't', title: null, published: null, language: lang, source: null, address: null });
  doc.add('paragraphs', [{ start: 0, end: text.length, zone: 'body', stage: 'test', rule: 'whole' }], 'test');
  segmentStage.create({ lang, resources: new ResourceLoader(lang), options: {}, dataDir: null })(doc);
  return doc;
}

for (const lang of ['de', 'en'] as const) {
  const cases = JSON.parse(readFileSync(join(import.meta.dirname, `golden-${lang}.json`), 'utf8')) as Golden[];
  test(`segment golden ${lang} (${cases.length} cases)`, async (t) => {
    for (const c of cases) {
      await t.test(c.text.slice(0, 50), () => {
        const doc = segment(c.text, lang);
        assert.deepEqual(doc.get('sentences').map((s) => doc.slice(s)), c.sentences);
        const tokens = doc.get('tokens').map((tk) => doc.slice(tk));
        for (const tok of c.tokens) assert.ok(tokens.includes(tok), `token ${tok} in ${JSON.stringify(tokens)}`);
        // offsets are exact and tokens never overlap
        let last = 0;
        for (const tk of doc.get('tokens')) {
          assert.ok(tk.start >= last && tk.end > tk.start);
          last = tk.end;
          assert.equal(tk.stage, 'segment');
        }
      });
    }
  });
}

test('sentences never cross paragraphs; title and heading zones are their own sentences', () => {
  const text = 'Titel ohne Punkt\nEin Satz ohne Ende\nNoch ein Satz. Und noch einer.';
  const doc = new Engine().analyze(ingestPlainText(text, 'de'), { id: 'x' });
  assert.deepEqual(doc.get('sentences').map((s) => doc.slice(s)), ['Titel ohne Punkt', 'Ein Satz ohne Ende', 'Noch ein Satz.', 'Und noch einer.']);
  const paragraphs = doc.get('paragraphs');
  for (const s of doc.get('sentences')) {
    const p = paragraphs[s.paragraph]!;
    assert.ok(s.start >= p.start && s.end <= p.end);
  }
});

test('segmentation is linear on long adversarial input', () => {
  const text = 'a.'.repeat(50_000) + '1.'.repeat(50_000) + '-'.repeat(50_000) + '„'.repeat(10_000);
  const t0 = performance.now();
  const doc = segment(text, 'de');
  assert.ok(doc.get('tokens').length > 0);
  assert.ok(performance.now() - t0 < 5000, 'segmenting 260k adversarial chars took too long');
});
