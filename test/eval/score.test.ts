import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync} from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { scoreCorpus } from '../../src/eval/score.js';
import { cli } from '../cli/helpers.js';
import { tempDir } from '../support/temp-dir.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const DEV = join(SHARED, 'corpus', 'dev');
const SCORER = join(SHARED, 'tools', 'score.mjs');

test('scorer: entities by surface form, times by overlap, quotes by half overlap, events by actors', () => {
  const text = 'Lawrow traf Kim am Montag. "Wir sind Freunde", sagte Lawrow.';
  const gold = {
    entities: [
      { id: 'lavrov', type: 'PER', name: 'Sergey Lavrov', aliases: ['Lawrow'] },
      { id: 'kim', type: 'PER', name: 'Kim Jong Un', aliases: ['Kim'] },
    ],
    times: [{ text: 'am Montag', value: '2025-07-28', mod: null }],
    quotes: [{ text: 'Wir sind Freunde', speaker: 'lavrov' }],
    events: [{ type: 'CONSULT', source: 'lavrov', target: 'kim', date: '2025-07-28', modality: 'asserted' }],
  };
  const sys = {
    entities: [{ id: 'x1', type: 'PER', name: 'Lavrov', aliases: ['Lawrow'] }, { id: 'x2', type: 'ORG', name: 'Foo', aliases: ['Foo'] }],
    times: [{ text: 'Montag', start: 19, end: 25, value: '2025-07-28', mod: null }],
    quotes: [{ text: 'Wir sind', speaker: 'x1' }],
    events: [{ type: 'CONSULT', source: 'x1', target: null, date: null }],
  };
  const { metrics, misses } = scoreCorpus([{ id: 'a', text, gold, sys }]);
  assert.deepEqual([metrics.entities.tp, metrics.entities.fp, metrics.entities.fn], [1, 1, 1]);
  assert.equal(metrics.times.tp, 1);
  assert.equal(metrics.timeValue.acc, 1);
  assert.equal(metrics.quotes.tp, 1);
  assert.equal(metrics.quoteSpeaker.acc, 1);
  assert.equal(metrics.events.tp, 0);
  assert.ok(misses.some((m) => m.includes('event missed: CONSULT|lavrov|kim')));
});

test('lagebild eval agrees with the reference scorer on the dev corpus', async (t) => {
  if (!existsSync(DEV) || !existsSync(SCORER)) {
    t.skip('../shared/corpus/dev or ../shared/tools/score.mjs absent');
    return;
  }
  const out = tempDir('lb-eval-');
  const ours = await cli(['eval', DEV, '--format', 'json', '--out', out]);
  assert.equal(ours.code, 0, ours.err);
  const ref = spawnSync(process.execPath, [SCORER, DEV, out], { encoding: 'utf8' });
  assert.equal(ref.status, 0, ref.stderr);
  assert.deepEqual(JSON.parse(ours.out), JSON.parse(ref.stdout));
});
