import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 15: self-written English news sentences (not from any corpus).
// 1. A settled view framed by "For X" and a phrase of certainty ("For the senator, it is clear that …"; en quote-cues
//    stanceFrames, stancePrepositions) is X's thought: the that-clause is reported, said by X. English needs the
//    that-clause (no mood marks a report); a title before the name is part of the holder phrase.
// 2. A verb of naming with its expletive and a predicate noun ("called it a mistake that …", "described it as a
//    scandal that …") reports the that-clause, as German "bezeichnete es als Fehler, dass …" does; a "that" followed by a
//    finite auxiliary opens a relative clause ("called it a plan that would …").

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const thune: EntitySpec = { id: 'thune', type: 'PER', forms: [['John Thune', 'name'], ['Thune', 'name']] };
const unions: EntitySpec = { id: 'afl-cio', type: 'ORG', forms: [['AFL-CIO', 'name']] };
const all = [thune, unions];

const stance: readonly (readonly [string, string, string])[] = [
  ['For John Thune, it is clear that the bill will pass.', 'the bill will pass', 'thune'],
  // no comma after the holder, past tense, another phrase of certainty
  ['For the AFL-CIO it was obvious that the cuts went too far.', 'the cuts went too far', 'afl-cio'],
  // a title the mention leaves out
  ['For Senator John Thune, it is certain that the vote will be close.', 'the vote will be close', 'thune'],
];

for (const [text, quote, speaker] of stance) {
  test(`en stance frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'en', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.rule]), [[quote, speaker, 'reported-stance']], shown(quotes));
  });
}

const stanceNegatives: readonly string[] = [
  // a group with no mention names nobody
  'For many voters, it is clear that nothing will change.',
  // a judgement, no certainty
  'For John Thune, it is important that the bill passes.',
  // no that-clause
  'For John Thune, it is clear the bill will pass.',
  // "for" naming a beneficiary
  'For the AFL-CIO, the vote was a victory.',
  // no holder at all
  'It is clear that the bill will pass.',
];

for (const text of stanceNegatives) {
  test(`negative en stance frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'en', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

const naming: readonly (readonly [string, string])[] = [
  ['John Thune called it a mistake that the cuts were made in secret.', 'the cuts were made in secret'],
  ['Thune has called it a disgrace that veterans would lose benefits.', 'veterans would lose benefits'],
  ['Thune described it as a scandal that the vote was delayed.', 'the vote was delayed'],
  ['Thune termed it a failure that the talks collapsed.', 'the talks collapsed'],
];

for (const [text, quote] of naming) {
  test(`en verb of naming with a that-clause: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'en', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, 'thune']], shown(quotes));
  });
}

const namingNegatives: readonly string[] = [
  // a relative clause after the predicate noun
  'Thune called it a plan that would ruin the country.',
  'Thune described it as a deal that was good for workers.',
  // an idiom, no clause
  'Thune called it a day.',
  // naming with no clause
  'Thune described it as a victory.',
];

for (const text of namingNegatives) {
  test(`negative en verb of naming: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'en', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}
