import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

const rabuka: EntitySpec = { id: 'rabuka', type: 'PER', forms: [['Sitiveni Rabuka', 'name'], ['Rabuka', 'name']] };

/** A speech whose paragraphs open with a quotation mark and run on into the next one (no closing mark). */
function speech(paragraphs: number, frame: string): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `“Point ${i + 1} of the plan is that the ministry will report to parliament every month.`);
  return `${frame}\n${body.join('\n')}\n“We will not wait any longer,” he said.\n`;
}

test('a long speech of run-on paragraphs: every paragraph goes to the speaker of its frame', () => {
  const text = speech(60, 'Prime Minister Sitiveni Rabuka addressed the nation on Monday. “We have been patient,” Rabuka said.');
  const { quotes } = runQuotes(text, 'en', [rabuka]);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 62, JSON.stringify(direct.map((q) => q.text)));
  assert.deepEqual([...new Set(direct.map((q) => q.speaker))], ['rabuka']);
});

test('a run-on quote takes the frame of its continuation in the next paragraph', () => {
  const text = '“We have been patient for too long and the ministry has run out of excuses.\n“The government will act,” Rabuka said.\n';
  const { quotes } = runQuotes(text, 'en', [rabuka]);
  assert.deepEqual(quotes.map((q) => [q.kind, q.speaker, q.rule]), [['direct', 'rabuka', 'direct-frame-continued'], ['direct', 'rabuka', 'direct-frame-after']]);
});

test('a speech framed only in its last paragraph: every run-on paragraph before takes that frame (within reach)', () => {
  const text = 'The island was hit by floods.\n“We have been patient for too long and the ministry has run out of excuses.\n“The villages on the coast need help before the next cyclone season starts.\n“The government will act,” Rabuka said.\n';
  const { quotes } = runQuotes(text, 'en', [rabuka]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.rule]), [['rabuka', 'direct-frame-continued'], ['rabuka', 'direct-frame-continued'], ['rabuka', 'direct-frame-after']]);
});

test('negative: a run-on speech whose continuation has a frame without a speaker does not look further on', () => {
  const text = 'The island was hit by floods.\n“We have been patient for too long and the ministry has run out of excuses.\n“The villages on the coast need help,” the statement said.\n“The government will act,” Rabuka said.\n';
  const { quotes } = runQuotes(text, 'en', [rabuka]);
  assert.notEqual(quotes[0]?.speaker, 'rabuka', JSON.stringify(quotes.map((q) => [q.text, q.speaker, q.rule])));
});
