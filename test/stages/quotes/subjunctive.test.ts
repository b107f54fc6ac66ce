import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { moodOf } from '../../../src/stages/quotes/subjunctive.js';

const de = loadQuoteLexicon(new ResourceLoader('de')).subjunctive;
const en = loadQuoteLexicon(new ResourceLoader('en')).subjunctive;

test('listed Konjunktiv I and II forms', () => {
  for (const w of ['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'wolle']) assert.equal(moodOf(w, 'man', 'nicht', de), 'k1', w);
  for (const w of ['würden', 'wäre', 'hätten']) assert.equal(moodOf(w, 'sie', 'nicht', de), 'k2', w);
});

test('3rd-person Konjunktiv I by morphology', () => {
  assert.equal(moodOf('verstehe', 'russland', 'durchaus', de), 'k1');
  assert.equal(moodOf('wurzele', 'beziehungen', 'aber', de), 'k1');
  assert.equal(moodOf('untergrabe', 'usa', '', de), 'k1');
  assert.equal(moodOf('öffne', 'welt', '', de), 'k1');
});

test('adjectives, preterite and closed-class words are not Konjunktiv', () => {
  assert.equal(moodOf('sagte', 'er', 'das', de), null, 'preterite -te');
  assert.equal(moodOf('russische', 'der', 'Außenminister', de), null, 'after an article');
  assert.equal(moodOf('neue', 'eine', 'Grundlage', de), null, 'before a noun');
  assert.equal(moodOf('heute', 'erwägt', 'kein', de), null, 'adverb');
  assert.equal(moodOf('militärische', '', 'Beziehungen', de), null, 'adjective ending');
  assert.equal(moodOf('Grenze', 'der', '', de), null, 'noun');
});

test('English has no mood rule', () => {
  assert.equal(moodOf('be', 'he', 'there', en), null);
});

test('endings verbs share with adjectives count right after a subject, not before a noun', () => {
  assert.equal(moodOf('schweige', 'er', 'bislang', de, true), 'k1', '"er schweige"');
  assert.equal(moodOf('bestätige', 'firma', 'den', de, true), 'k1', '"die Firma bestätige den …"');
  assert.equal(moodOf('kritisiere', 'opposition', 'das', de, true), 'k1');
  assert.equal(moodOf('schweige', 'er', 'bislang', de), null, 'not in the verb slot: the ending excludes it');
  assert.equal(moodOf('wichtige', 'regierung', 'Projekte', de, true), null, 'an adjective before its noun');
  assert.equal(moodOf('bestätigte', 'er', 'den', de, true), null, 'preterite -te stays excluded');
});

test('Konjunktiv I of verbs whose stem ends in -t is listed; their preterite is not Konjunktiv', () => {
  for (const w of ['gelte', 'halte', 'arbeite', 'erwarte']) assert.equal(moodOf(w, 'man', 'an', de), 'k1', w);
  for (const w of ['arbeitete', 'erwartete', 'hielt', 'galt']) assert.equal(moodOf(w, 'man', 'an', de), null, w);
});

test('a listed form after a separable prefix is Konjunktiv I (verb-final clauses), a preterite after one is not', () => {
  assert.equal(moodOf('einhalte', 'nicht', '', de), 'k1', '"wer Verträge nicht einhalte"');
  assert.equal(moodOf('zurückhalte', 'sich', '', de), 'k1');
  assert.equal(moodOf('einhielt', 'nicht', '', de), null, 'indicative preterite');
  assert.equal(moodOf('anhaltende', 'die', 'Krise', de), null, 'a participle adjective');
});

test('every idiom holds a Konjunktiv form the stage can read as one (else it is never asked) and is written in single words', () => {
  for (const phrase of [...de.idioms, ...de.clauseIdioms]) {
    assert.ok(phrase.every((w) => /^\p{L}+$/u.test(w)), `one word each: ${phrase.join(' ')}`);
    assert.ok(phrase.some((w, i) => moodOf(w, phrase[i - 1] ?? '', phrase[i + 1] ?? '', de) !== null || moodOf(w, phrase[i - 1] ?? '', '', de, true) !== null), `a Konjunktiv form in: ${phrase.join(' ')}`);
  }
});

test('adverbs in -weise and the postposition "zufolge" are not Konjunktiv I; the verbs of -weisen are', () => {
  for (const [w, prev, next] of [['möglicherweise', 'plant', 'neue'], ['teilweise', 'beschlagnahmte', 'Waffen'], ['schrittweise', 'soll', 'abgebaut'], ['zufolge', 'bericht', 'stieg'], ['infolge', 'wurde', 'des']] as const) {
    assert.equal(moodOf(w, prev, next, de), null, w);
  }
  // "Das Video beweise, dass …", "…, verweise der Sprecher auf …": the verbs of -weisen are listed forms, Konjunktiv I
  // wherever they stand; another word in -weise only right after its subject
  assert.equal(moodOf('beweise', 'video', 'dass', de), 'k1');
  assert.equal(moodOf('verweise', ',', 'der', de), 'k1');
  assert.equal(moodOf('möglicherweise', 'plant', 'neue', de, false), null);
});
