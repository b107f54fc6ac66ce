import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedSpans as spans } from './helpers.js';

test('every quotation style, marks and trailing comma left out', () => {
  assert.deepEqual(spans('„Eins“, sagte er. “Two,” he said. "Drei", sagte sie. »Vier« und «Cinq». ‚Sechs‘ und ‘seven’.'),
    ['Eins', 'Two', 'Drei', 'Vier', 'Cinq', 'Sechs', 'seven']);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(spans("It’s Netanyahu’s view, and don't say ’91 was different."), []);
  assert.deepEqual(spans("Manila accused Beijing’s ‘maritime militia’ of it."), ['maritime militia']);
});

test('nested quotes stay inside the outer quote', () => {
  assert.deepEqual(spans("\"Das wird ein 'Wunschdenken' bleiben.\""), ["Das wird ein 'Wunschdenken' bleiben."]);
  assert.deepEqual(spans('„Er sagte ‚nein‘ dazu“, hieß es.'), ['Er sagte ‚nein‘ dazu']);
});

test('a quote runs on over a paragraph that re-opens with a mark', () => {
  assert.deepEqual(spans('“First part.\n“Second part.”'), ['First part.', 'Second part.']);
  // no re-opening mark: the unclosed quote is dropped (too short to stand as a lost closing mark, s20-recall), the next paragraph is untouched
  assert.deepEqual(spans('“Unclosed part.\nPlain text.'), []);
});

test('unbalanced marks yield nothing rather than an exception', () => {
  assert.deepEqual(spans('Er sagte “ und dann ” nichts.'), []);
  assert.deepEqual(spans('„'), []);
});
