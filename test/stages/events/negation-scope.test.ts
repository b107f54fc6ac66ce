import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * Stage code (modality.ts), both languages: a denial or negation belongs to its own predicate, not to a second
 * predicate coordinated after it. Sentences written for these tests, with negatives.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'thailand', type: 'GPE', forms: ['Thailand', 'Thai', ['Thai', 'adjective']] },
  { id: 'cambodia', type: 'GPE', forms: ['Cambodia', 'Phnom Penh'] },
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow'] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv'] },
];

const en = sentenceCoder('en', ACTORS);

describe('events (en): negation scope across coordinated predicates', () => {
  it('"denied … and accused X": the accusation is asserted', () => {
    const got = en('Cambodia denied the report and accused Thailand of shelling border villages.');
    assert.ok(got.includes('ACCUSE cambodia>thailand asserted'), got.join(', '));
  });
  it('negative: "did not attack … and did not …": each negator negates its own verb', () => {
    const got = en('Russia did not attack Kyiv on Monday.');
    assert.ok(got.includes('ASSAULT russia>ukraine negated'), got.join(', '));
  });
  it('negative: a denial of the trigger itself stays negated', () => {
    const got = en('Russia denied that it attacked Kyiv.');
    assert.ok(got.every((e) => !e.startsWith('ASSAULT') || e.endsWith('negated')), got.join(', '));
  });
});
