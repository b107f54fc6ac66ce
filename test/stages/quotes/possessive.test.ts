import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { cliticAt, endingClitic, isClitic, isPossessiveMark, possessiveAt, withoutClitic } from '../../../src/stages/quotes/possessive.js';
import { runQuotes, type EntitySpec } from './helpers.js';

const en = loadQuoteLexicon(new ResourceLoader('en'));
const de = loadQuoteLexicon(new ResourceLoader('de'));

test('possessive marks come from the lexicon: clitic, lone apostrophe, and what follows them', () => {
  assert.equal(endingClitic(en, 'Carney’s'), '’s');
  assert.equal(endingClitic(en, "Kim Jong Un's"), "'s");
  assert.equal(endingClitic(en, 'Carneys'), undefined);
  assert.equal(withoutClitic(en, 'kremlin’s'), 'kremlin');
  assert.equal(withoutClitic(en, 'kremlin'), 'kremlin');
  assert.ok(isClitic(en, "'s") && !isClitic(en, '’'));
  assert.ok(isPossessiveMark(en, '’') && isPossessiveMark(en, '’s') && !isPossessiveMark(en, 's'));
  assert.ok(cliticAt(en, 'Carney’s office', 6) && !cliticAt(en, 'Carney said', 6));
  // a clitic or apostrophe followed by a letter is no possessive ("'sa", "'t")
  assert.ok(possessiveAt(en, "her government's failure", 14));
  assert.ok(possessiveAt(de, 'Merz’ Sprecher', 4));
  assert.ok(!possessiveAt(en, "rock'sand", 4) && !possessiveAt(en, "don't", 3));
  // German case endings are data; English has none
  assert.deepEqual(en.nounCaseEndings, []);
  assert.ok(de.nounCaseEndings.includes('en') && de.genitivePluralEndings.includes('er') && de.feminineSuffix === 'in');
});

test('a possessor named before a spokesperson speaks through him; a name without the clitic is the subject', () => {
  const carney: EntitySpec = { id: 'carney', type: 'PER', forms: [['Mark Carney', 'name'], ['Carney', 'name']] };
  const a = runQuotes('Mark Carney met the envoy. Carney’s spokesman said the talks would resume next week.', 'en', [carney]);
  assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker]), [['the talks would resume next week', 'carney']]);
  const b = runQuotes('Mark Carney met the envoy. Carney said the talks would resume next week.', 'en', [carney]);
  assert.deepEqual(b.quotes.map((q) => [q.text, q.speaker]), [['the talks would resume next week', 'carney']]);
});
