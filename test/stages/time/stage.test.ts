import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import { LagebildError } from '../../../src/errors.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { stageCatalogue } from '../../../src/pipeline/catalogue.js';
import { PIPELINES } from '../../../src/pipeline/pipelines.js';
import { RESOURCES_DIR, ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, timeStage } from '../../../src/stages/time/index.js';

test('time is in the catalogue and right after segment in both pipelines', () => {
  assert.equal(stageCatalogue().time, timeStage);
  for (const lang of ['de', 'en'] as const) {
    const names = PIPELINES[lang].stages.map((s) => s.stage);
    assert.equal(names[names.indexOf('segment') + 1], 'time');
  }
});

test('a headline tells the day just past in the present; the body names a schedule', () => {
  for (const [lang, text, title, body] of [
    ['en', "Kenya's central bank holds rates on Tuesday\n\nThe committee meets again on Tuesday.", '2026-05-12', '2026-05-19'],
    ['de', 'Parlament stimmt am Dienstag für Verfassungsänderung\n\nDer Rat tritt am Dienstag erneut zusammen.', '2026-05-12', '2026-05-19'],
  ] as const) {
    const p = buildPipeline({ lang, stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
    const doc = p.run(docFromIngested(ingestPlainText(text, lang), { id: 'h', published: '2026-05-13' }, lang));
    assert.deepEqual(doc.get('times').map((t) => t.value), [title, body]);
  }
});

test('the stage adds Timex items with provenance, sentence and clause', () => {
  const p = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
  const text = 'Kim trifft Trump\nAm vergangenen Sonntag (27.7.) kam es zum ersten Flug seit 75 Jahren.';
  const doc = p.run(docFromIngested(ingestPlainText(text, 'de'), { id: 's', published: '2025-07-31' }, 'de'));
  const times = doc.get('times');
  assert.deepEqual(times.map((t) => [t.text, t.type, t.value, t.mod]), [
    ['Am vergangenen Sonntag (27.7.)', 'DATE', '2025-07-27', null],
    ['seit 75 Jahren', 'DURATION', 'P75Y', null],
  ]);
  for (const t of times) {
    assert.equal(t.stage, 'time');
    assert.equal(doc.slice(t), t.text);
    assert.equal(doc.sentenceAt(t.start), t.sentence);
    assert.ok(t.clause.start <= t.start && t.clause.end >= t.end);
  }
});

test('an unknown publication date leaves relative values null, never today', () => {
  const p = buildPipeline({ lang: 'en', stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
  const doc = p.run(docFromIngested(ingestPlainText('T\nOn Friday, troops left. In 1997 they came back.', 'en'), { id: 'n', published: null }, 'en'));
  assert.deepEqual(doc.get('times').map((t) => [t.text, t.value]), [['On Friday', null], ['In 1997', '1997']]);
});

test('a broken lexicon fails on load with the file and the field', () => {
  const root = mkdtempSync(join(tmpdir(), 'lb-time-lex-'));
  try {
    cpSync(RESOURCES_DIR, root, { recursive: true });
    const file = join(root, 'de', 'time-words.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    raw.units = { tag: 'DAYS' };
    writeFileSync(file, JSON.stringify(raw));
    assert.throws(() => loadTimeLexicon(new ResourceLoader('de', root)), (e: unknown) =>
      e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && e.subject === file && e.message.includes('units.tag'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
