import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import type { Lang } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { timeStage } from '../../../src/stages/time/index.js';

/** text → value of every expression, through the stage (zones included). */
function values(lang: Lang, text: string, published: string): Record<string, string | null> {
  const p = buildPipeline({ lang, stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
  const doc = p.run(docFromIngested(ingestPlainText(text, lang), { id: 's10', published }, lang));
  return Object.fromEntries(doc.get('times').map((t) => [t.text, t.value]));
}

describe('a lone clock in a past clause takes the latest day told before it', () => {
  test('English: the lead names the day, a later paragraph the hour', () => {
    const v = values('en', 'Rebels shell port town\nLAGOS, May 6 (Reuters) - Rebels shelled the port town of Marka late on Tuesday, residents said.\n\nThe first shells hit the market at around 9:20 p.m., a trader said.', '2026-05-06');
    assert.equal(v['late on Tuesday'], '2026-05-05');
    // the dateline's day is the publication's, not the event's
    assert.equal(v['around 9:20 p.m.'], '2026-05-05T21:20');
  });
  test('German: the earlier sentence of the paragraph names the day', () => {
    const v = values('de', 'Brand in Lagerhalle\nIn Hamburg ist am Dienstagabend eine Lagerhalle in Brand geraten. Die Feuerwehr rückte gegen 21.30 Uhr aus.', '2026-03-04');
    assert.equal(v['gegen 21.30 Uhr'], '2026-03-03T21:30');
  });
  test('of two days told, the latest (background days lie before the news)', () => {
    const v = values('en', 'Border clash\nTroops exchanged fire late on Wednesday. The army had been attacked on Monday.\n\nThe first shots were fired at about 10:15 p.m.', '2026-03-19');
    assert.equal(v['about 10:15 p.m.'], '2026-03-18T22:15');
  });
  test('negative: a clock in a future or present clause stays on the publication day', () => {
    const v = values('en', 'Rebels shell port town\nRebels shelled the port town late on Monday.\n\nThe ministry will brief reporters at 10 a.m. The council meets at 3 p.m.', '2026-03-04');
    assert.equal(v['at 10 a.m.'], '2026-03-04T10:00');
    assert.equal(v['at 3 p.m.'], '2026-03-04T15:00');
    const d = values('de', 'Brand\nAm Dienstagabend brannte eine Halle.\n\nDer Bürgermeister will um 14 Uhr vor die Presse treten.', '2026-03-04');
    assert.equal(d['um 14 Uhr'], '2026-03-04T14:00');
  });
});

describe('past weekdays', () => {
  test('a hyphenated compound before a plural is no subject with a present verb', () => {
    for (const s of ['Rebels fired two anti-ship missiles at a tanker on Tuesday.', 'Police arrested pro-government activists on Tuesday.', 'The army launched long-range rockets late on Tuesday.']) {
      const v = values('en', `Title\n${s}`, '2026-08-12');
      assert.ok(Object.values(v).every((x) => x === '2026-08-11'), `${s}: ${JSON.stringify(v)}`);
    }
  });
  test('negative: a present verb after a noun still names a schedule', () => {
    const v = values('en', 'Title\nA spokesman said the minister travels to Rome on Tuesday.', '2026-08-12');
    assert.equal(v['on Tuesday'], '2026-08-18');
  });
  test('German perfect with a participle of a separable and inseparable prefix ("hat … einbestellt")', () => {
    for (const s of ['Die Regierung hat am Dienstag den Botschafter einbestellt.', 'Die Partei hat am Dienstag den Parteitag vorbereitet.']) {
      assert.equal(values('de', `Titel\n${s}`, '2026-06-03')['am Dienstag'], '2026-06-02', s);
    }
  });
  test('negative: a present clause with such a word is no perfect', () => {
    assert.equal(values('de', 'Titel\nDas Kabinett tagt am Dienstag.', '2026-06-03')['am Dienstag'], '2026-06-09');
  });
});
