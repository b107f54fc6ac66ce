import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeText } from './helpers.js';

/**
 * The PLOVER manual's auxiliary mode 'negation' ("Thus far, fighting has not re-emerged in the tense region."): an act
 * noun as the subject of a negated verb of occurrence (`occurrencePredicates`: "take place", "resume", "break out",
 * "re-emerge" …) is denied. Other negated predicates of an act noun say nothing about whether it happened ("the attack
 * did not stop Russia", "sanctions have not worked"). Self-written sentences.
 */
const modalities = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => `${e.type} ${e.modality}`);

describe('events (s29): a negated verb of occurrence denies its act noun', () => {
  it('"fighting has not re-emerged"', () => {
    assert.deepEqual(modalities('Thus far, fighting has not re-emerged in the tense region.'), ['ASSAULT negated']);
  });
  it('"the planned meeting … did not take place"', () => {
    assert.deepEqual(modalities('The planned meeting between the two leaders did not take place.'), ['CONSULT negated']);
  });
  it('"talks between … have not resumed"', () => {
    assert.deepEqual(modalities('Talks between the two governments have not resumed.'), ['CONSULT negated']);
  });
  it('"Fighting did not break out again"', () => {
    assert.deepEqual(modalities('Fighting did not break out again.'), ['ASSAULT negated']);
  });
});

describe('events (s29): negatives — the act happened', () => {
  it('"Fighting has resumed" is asserted', () => {
    assert.deepEqual(modalities('Fighting has resumed in the region.'), ['ASSAULT asserted']);
  });
  it('"The attack did not stop Russia" and "Sanctions have not worked" deny no act', () => {
    assert.ok(modalities('The attack did not stop the army from advancing.').includes('ASSAULT asserted'));
    assert.ok(modalities('Sanctions have not worked.').includes('SANCTION asserted'));
  });
});
