import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuoteErrors, quoteErrorBreakdown } from '../../src/eval/quote-errors.js';
import { scoreCorpus } from '../../src/eval/score.js';

const text = 'Lawrow sagte, es sei gut. Kim sagte, es sei schlecht. Ein Sprecher sagte, man warte. Putin sagte, man sehe. Seoul sagte, nein. Tokio sagte nichts dazu.';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const entities = [
  { id: 'lavrov', type: 'PER', name: 'Sergey Lavrov', aliases: ['Lawrow'] },
  { id: 'kim', type: 'PER', name: 'Kim Jong Un', aliases: ['Kim'] },
  { id: 'putin', type: 'PER', name: 'Vladimir Putin', aliases: ['Putin'] },
  { id: 'south-korea', type: 'GPE', name: 'South Korea', aliases: ['Seoul'] },
  { id: 'russia', type: 'GPE', name: 'Russia', aliases: ['Russland'] },
];

test('quote errors: every gold quotation falls in exactly one class, and the classes add up to the scorer', () => {
  const gold = {
    entities,
    quotes: [
      { speaker: 'lavrov', kind: 'indirect', text: 'es sei gut' }, // right
      { speaker: 'kim', kind: 'indirect', text: 'es sei schlecht' }, // another gold entity
      { speaker: 'russia', kind: 'indirect', text: 'man warte' }, // no system entity aligns to Russia
      { speaker: 'putin', kind: 'indirect', text: 'man sehe' }, // no speaker
      { speaker: 'south-korea', kind: 'direct', text: 'nein' }, // a system entity gold lacks
      { speaker: 'kim', kind: 'indirect', text: 'nichts dazu' }, // not found
    ],
  };
  const sys = {
    entities: [
      { id: 's1', name: 'Lawrow', aliases: ['Lawrow'] }, { id: 's2', name: 'Kim', aliases: ['Kim'] },
      { id: 's3', name: 'Putin', aliases: ['Putin'] }, { id: 's4', name: 'Seoul', aliases: ['Seoul'] },
      { id: 's5', name: 'Spokesman', aliases: ['Ein Sprecher'] },
    ],
    quotes: [
      { speaker: 's1', ...at('es sei gut') },
      { speaker: 's1', ...at('es sei schlecht') },
      { speaker: 's5', ...at('man warte') },
      { speaker: null, ...at('man sehe') },
      { speaker: 's5', ...at('nein') },
      { speaker: 's4', ...at('Tokio sagte') }, // spurious
    ],
  };
  const items = [{ id: 'a', text, gold, sys }];
  const b = quoteErrorBreakdown(items);
  assert.deepEqual(
    [b.gold, b.ok, b.missed, b.otherSpeaker, b.goldSpeakerUnaligned, b.noSpeaker, b.speakerUnaligned, b.spurious],
    [6, 1, 1, 1, 1, 1, 1, 1],
  );
  assert.deepEqual(b.missedByKind, { indirect: 1 });
  assert.deepEqual(b.speakerWrongByKind, { indirect: 3, direct: 1 });
  const { metrics } = scoreCorpus(items);
  assert.equal(b.ok, Math.round(metrics.quoteSpeaker.acc * metrics.quoteSpeaker.n));
  assert.equal(b.missed, metrics.quotes.fn);
  assert.equal(b.spurious, metrics.quotes.fp);
  const lines = formatQuoteErrors(b);
  assert.match(lines, /speaker wrong\s+4 \(indirect 3, direct 1\)/);
  assert.ok(!lines.includes('Lawrow') && !lines.includes('lavrov'), 'the breakdown prints counts, never text or ids');
});

test('quote errors: a missing output misses every gold quotation', () => {
  const gold = { entities, quotes: [{ speaker: 'lavrov', kind: 'direct', text: 'es sei gut' }] };
  const b = quoteErrorBreakdown([{ id: 'a', text, gold, sys: null }]);
  assert.deepEqual([b.gold, b.missed, b.ok, b.spurious], [1, 1, 0, 0]);
  assert.deepEqual(b.missedByKind, { direct: 1 });
});
