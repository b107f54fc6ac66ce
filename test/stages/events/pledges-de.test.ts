import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceCoder, type ActorSpec } from './helpers.js';

/** Shared selection rules checked on German (sentences written for these tests). */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russland'] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kiew'] },
  { id: 'israel', type: 'GPE', forms: ['Israel'] },
  { id: 'iran', type: 'GPE', forms: ['Iran'] },
  { id: 'germany', type: 'GPE', forms: ['Deutschland'] },
];
const de = sentenceCoder('de', ACTORS);

describe('events (de): a pledge to use force or coercion is a threat (shared rule)', () => {
  it('versprach, … anzugreifen → THREATEN', () => assert.deepEqual(de('Israel versprach, den Iran anzugreifen.'), ['THREATEN israel>iran asserted']));
  it('versprach, Sanktionen … zu verhängen → THREATEN', () => assert.deepEqual(de('Israel versprach, Sanktionen gegen den Iran zu verhängen.'), ['THREATEN israel>iran asserted']));
  it('versprach, Waffen zu liefern → the delivery, planned (cooperative pledges keep their act)', () => assert.deepEqual(de('Deutschland versprach, der Ukraine Waffen zu liefern.'), ['AID germany>ukraine planned']));
});
