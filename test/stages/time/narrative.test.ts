import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimes } from '../../../src/stages/time/index.js';

test('narrative anchoring follows the dates the text gives; publication anchoring does not', () => {
  const text = 'Krieg\nAm 1. September 1939 griff Deutschland Polen an. Am 3. September erklärten Frankreich und Großbritannien den Krieg. Im folgenden Jahr fiel Paris.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'n', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, t.value]));
  assert.deepEqual(run('narrative'), { 'Am 1. September 1939': '1939-09-01', 'Am 3. September': '1939-09-03', 'Im folgenden Jahr': '1940' });
  assert.equal(run('publication')['Im folgenden Jahr'], '2012');
});

test('clause and sentence links', () => {
  const text = 'Titel\nKims Schwester erklärte am Dienstag (29.7.), die Beziehungen seien gut, und Lawrow reiste im Juli ab.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'c', published: '2025-07-31' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const times = tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2025-07-31', lex);
  const tue = times.find((t) => t.text === 'am Dienstag (29.7.)');
  const jul = times.find((t) => t.text === 'im Juli');
  assert.ok(tue && jul);
  assert.equal(tue.sentence, jul.sentence);
  assert.equal(doc.text.slice(tue.clause.start, tue.clause.end), 'Kims Schwester erklärte am Dienstag (29.7.),');
  assert.equal(doc.text.slice(jul.clause.start, jul.clause.end), 'und Lawrow reiste im Juli ab.');
});
