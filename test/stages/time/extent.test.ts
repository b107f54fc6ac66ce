import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { docFromIngested } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimesDetailed } from '../../../src/stages/time/index.js';

/*
 * The core extent (TIMEX2/TIMEX3: the span without its prepositions, with its determiner), which
 * the benchmarks compare: one sentence per row, the expected core texts in order.
 */
function cores(lang: Lang, text: string, anchor: 'narrative' | 'publication' = 'narrative'): string[] {
  const seg = buildPipeline({ lang, stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(`T\n${text}`, lang), { id: 'x', published: '2011-02-16' }, lang));
  const lex = loadTimeLexicon(new ResourceLoader(lang));
  return tagTimesDetailed(doc.text, doc.get('sentences'), doc.get('tokens'), lang, '2011-02-16', lex, { anchor }).map((t) => doc.text.slice(t.core.start, t.core.end));
}

const ROWS: [Lang, string, string[]][] = [
  ['de', 'Zu Beginn des Jahres 1933 übernahm Hitler die Macht.', ['Beginn des Jahres 1933']],
  ['de', 'Im Laufe des Jahres 1943 wendete sich das Blatt.', ['des Jahres 1943']],
  ['de', 'Seit dem 24. Februar 2022 herrscht Krieg.', ['dem 24. Februar 2022']],
  ['de', 'Am 1. September 1939 begann der Krieg, der bis 1945 dauerte.', ['1. September 1939', '1945']],
  ['de', 'Die 1960er Jahre und das 19. Jahrhundert waren bewegt.', ['Die 1960er Jahre', 'das 19. Jahrhundert']],
  ['de', 'Die 1990 gegründete Partei gewann.', ['1990']],
  ['de', 'In der Nacht zum 22. Juni 1941 griffen sie an.', ['der Nacht zum 22. Juni 1941']],
  ['de', 'Die Offensive, die Anfang Juli 1943 begann, scheiterte.', ['Anfang Juli 1943']],
  ['de', 'Zwei Tage später fiel die Stadt, vier Jahre lang dauerte der Krieg.', ['Zwei Tage später', 'vier Jahre lang']],
  ['en', 'In the spring of 1940, Germany attacked.', ['the spring of 1940']],
  ['en', 'The 1990 election was close, unlike the 1990s.', ['1990', 'the 1990s']],
  ['en', 'On June 6, 1944, they landed. The following day, they advanced.', ['June 6, 1944', 'The following day']],
];

for (const [lang, text, want] of ROWS) {
  test(`core extent (${lang}): ${text}`, () => {
    assert.deepEqual(cores(lang, text), want);
  });
}
