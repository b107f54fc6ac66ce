import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventErrorBreakdown, formatEventErrors, type EventErrorBreakdown } from '../../src/eval/event-errors.js';
import { cli } from '../cli/helpers.js';
import { tempDir } from '../support/temp-dir.js';

const text = 'Lawrow traf Kim. Kim kritisierte Seoul. Seoul verhängte Sanktionen gegen Kim. Es regnete. Lawrow lobte Kim.';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const entities = [
  { id: 'lavrov', type: 'PER', name: 'Sergey Lavrov', aliases: ['Lawrow'] },
  { id: 'kim', type: 'PER', name: 'Kim Jong Un', aliases: ['Kim'] },
  { id: 'seoul', type: 'GPE', name: 'South Korea', aliases: ['Seoul'] },
  { id: 'iran', type: 'GPE', name: 'Iran', aliases: ['Teheran'] },
];

test('event errors: every gold event falls in exactly one class, spurious events by place', () => {
  const gold = {
    entities,
    events: [
      { type: 'CONSULT', source: 'lavrov', target: 'kim', evidence: 'Lawrow traf Kim.' }, // matched
      { type: 'ACCUSE', source: 'kim', target: 'seoul', evidence: 'Kim kritisierte Seoul.' }, // reversed below
      { type: 'SANCTION', source: 'seoul', target: 'kim', evidence: 'Seoul verhängte Sanktionen gegen Kim.' }, // type wrong
      { type: 'SUPPORT', source: 'lavrov', target: 'kim', evidence: 'Lawrow lobte Kim.' }, // nothing in the sentence
      { type: 'AID', source: 'iran', target: 'kim', evidence: 'not in the text' }, // unlocated, actor not found
    ],
  };
  const sys = {
    entities: [
      { id: 's1', name: 'Lavrov', aliases: ['Lawrow'] }, { id: 's2', name: 'Kim', aliases: ['Kim'] },
      { id: 's3', name: 'Seoul', aliases: ['Seoul'] },
    ],
    events: [
      { type: 'CONSULT', source: 's1', target: 's2', ...at('Lawrow traf Kim.') },
      { type: 'ACCUSE', source: 's3', target: 's2', ...at('Kim kritisierte Seoul.') },
      { type: 'COERCE', source: 's3', target: 's2', ...at('Seoul verhängte Sanktionen gegen Kim.') },
      { type: 'PROTEST', source: 's2', target: null, ...at('Es regnete.') },
    ],
  };
  const b = eventErrorBreakdown([{ id: 'a', text, gold, sys }]);
  assert.deepEqual(
    [b.gold, b.matched, b.reversed, b.typeWrong, b.actorsWrong, b.bothWrong, b.noEventInSentence, b.unlocated],
    [5, 1, 1, 1, 0, 0, 1, 1],
  );
  assert.equal(b.gold, b.matched + b.reversed + b.typeWrong + b.actorsWrong + b.bothWrong + b.noEventInSentence + b.unlocated);
  assert.deepEqual(b.noEventByType, { SUPPORT: 1 });
  assert.equal(b.actorNotFound, 1);
  assert.deepEqual([b.spurious, b.spuriousInGoldSentence, b.spuriousElsewhere], [3, 2, 1]);
  const lines = formatEventErrors(b);
  assert.match(lines, /no event in sentence\s+1 \(SUPPORT 1\)/);
  assert.ok(!lines.includes('Lawrow'), 'the breakdown prints counts, never text');
});

test('event errors: a right type with other actors in the sentence is an actor error; a missing output counts every gold event', () => {
  const gold = { entities, events: [{ type: 'CONSULT', source: 'lavrov', target: 'kim', evidence: 'Lawrow traf Kim.' }] };
  const sys = {
    entities: [{ id: 's1', name: 'Lavrov', aliases: ['Lawrow'] }, { id: 's3', name: 'Seoul', aliases: ['Seoul'] }],
    events: [{ type: 'CONSULT', source: 's1', target: 's3', ...at('Lawrow traf Kim.') }],
  };
  const b = eventErrorBreakdown([{ id: 'a', text, gold, sys }]);
  assert.equal(b.actorsWrong, 1);
  assert.deepEqual(b.actorSides, { source: 0, target: 1, both: 0, targetMissing: 0, targetExtra: 0 });
  const none = eventErrorBreakdown([{ id: 'a', text, gold, sys: null }]);
  assert.deepEqual([none.gold, none.noEventInSentence, none.actorNotFound, none.spurious], [1, 1, 1, 0]);
});

test('event errors: unaligned gold actors by type and naming; a missing target split by whether the evidence writes it', () => {
  const gold = {
    entities: [...entities, { id: 'guard', type: 'PER', name: 'border guard', aliases: [], descriptions: ['ein Grenzbeamter'] }],
    events: [
      { type: 'COERCE', source: 'guard', target: 'kim', evidence: 'Lawrow traf Kim.' },
      { type: 'ACCUSE', source: 'kim', target: 'seoul', evidence: 'Kim kritisierte Seoul.' },
      { type: 'SANCTION', source: 'seoul', target: 'kim', evidence: 'Seoul verhängte Sanktionen gegen Kim.' },
    ],
  };
  const sys = {
    entities: [{ id: 's2', name: 'Kim', aliases: ['Kim'] }, { id: 's3', name: 'Seoul', aliases: ['Seoul'] }],
    events: [
      { type: 'ACCUSE', source: 's2', target: null, ...at('Kim kritisierte Seoul.') },
      { type: 'SANCTION', source: 's3', target: null, ...at('Seoul verhängte Sanktionen gegen Kim.') },
    ],
  };
  const b = eventErrorBreakdown([{ id: 'a', text, gold, sys }]);
  assert.deepEqual(b.actorNotFoundKinds, { 'PER unnamed': 1 });
  assert.equal(b.actorSides.targetMissing, 2);
  assert.equal(b.targetMissingNamed, 2, 'Seoul and Kim are written in their evidence');
  const lines = formatEventErrors(b);
  assert.match(lines, /target missing 2 \(2 of them written in the evidence\)/);
  assert.match(lines, /by actor: PER unnamed 1/);
  const far = eventErrorBreakdown([{ id: 'a', text, sys, gold: { ...gold, events: [{ type: 'ACCUSE', source: 'kim', target: 'iran', evidence: 'Kim kritisierte Seoul.' }] } }]);
  assert.equal(far.actorSides.targetMissing, 1);
  assert.equal(far.targetMissingNamed, 0, 'Iran is not written in that evidence');
});

test('lagebild eval --breakdown adds the description, time, quote and event error classes to the metrics, counts only', async () => {
  const dir = tempDir('lb-breakdown-');
  const article = 'Russland kritisiert Japan\nDer russische Außenminister Sergej Lawrow traf am Montag in Tokio den japanischen Außenminister. Russland kritisierte Japan scharf.\n';
  writeFileSync(join(dir, 'a.txt'), article);
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({
    published: '2025-07-31', language: 'de',
    entities: [{ id: 'russia', type: 'GPE', name: 'Russia', aliases: ['Russland', 'russische'] }, { id: 'japan', type: 'GPE', name: 'Japan', aliases: ['Japan', 'japanischen'] }],
    events: [{ type: 'ACCUSE', source: 'russia', target: 'japan', evidence: 'Russland kritisierte Japan scharf.' }],
  }));
  const plain = await cli(['eval', dir, '--format', 'json']);
  assert.equal(plain.code, 0, plain.err);
  assert.equal('eventErrors' in JSON.parse(plain.out), false);
  const res = await cli(['eval', dir, '--format', 'json', '--breakdown']);
  assert.equal(res.code, 0, res.err);
  const b = (JSON.parse(res.out) as { eventErrors: EventErrorBreakdown }).eventErrors;
  assert.equal(b.gold, 1);
  assert.equal(b.matched + b.reversed + b.typeWrong + b.actorsWrong + b.bothWrong + b.noEventInSentence + b.unlocated, 1);
  const text = await cli(['eval', dir, '--format', 'text', '--breakdown']);
  assert.match(text.out, /event errors\n {2}gold events\s+1 \(matched \d\)/);
  assert.match(text.out, /description errors\n/);
  assert.match(text.out, /time errors\n {2}gold times/);
  assert.match(text.out, /quote errors\n {2}gold quotes/);
});
