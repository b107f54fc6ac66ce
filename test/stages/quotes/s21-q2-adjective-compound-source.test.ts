import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes } from './helpers.js';

// Session 21 (Q2): a compound source noun after a source preposition names its source in its first part ("nach
// Polizeiangaben"); an attributive adjective before the compound only qualifies that source ("nach offiziellen
// Polizeiangaben", "nach ersten amtlichen Krankenhausangaben") and must not hide the cue. A bare source noun after an
// adjective names nobody and stays no cue ("Nach ersten Angaben …"). Self-written sentences.

/** The reported texts and their cues found in one passage. */
function reports(text: string, lang: 'de' | 'en' = 'de'): (readonly [string, string])[] {
  const { quotes } = runQuotes(`${text}\n`, lang, []);
  return quotes.map((q) => [q.text, q.cue?.text ?? ""] as const);
}

const positives: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  ['In der Nacht wurden nach offiziellen Polizeiangaben drei Männer festgenommen.',
    [['In der Nacht wurden nach offiziellen Polizeiangaben drei Männer festgenommen', 'nach offiziellen Polizeiangaben']]],
  ['Bei dem Brand wurden nach vorläufigen Behördenangaben zwölf Menschen verletzt.',
    [['Bei dem Brand wurden nach vorläufigen Behördenangaben zwölf Menschen verletzt', 'nach vorläufigen Behördenangaben']]],
  ['Im Norden schlugen nach ersten amtlichen Krankenhausangaben mehrere Raketen ein.',
    [['Im Norden schlugen nach ersten amtlichen Krankenhausangaben mehrere Raketen ein', 'nach ersten amtlichen Krankenhausangaben']]],
  ['Am Morgen griffen nach ukrainischen Militärangaben mehrere Drohnen den Hafen an.',
    [['Am Morgen griffen nach ukrainischen Militärangaben mehrere Drohnen den Hafen an', 'nach ukrainischen Militärangaben']]],
];
for (const [text, expected] of positives) {
  test(`adjective before a compound source noun: ${text}`, () => {
    assert.deepEqual(reports(text), expected);
  });
}

const negatives: readonly (readonly [string, 'de' | 'en'])[] = [
  // a bare source noun after an adjective names nobody
  ['Nach ersten Angaben wurden zwei Menschen verletzt.', 'de'],
  // a capitalised noun that ends in no source noun: a time ("after heavy rains")
  ['Nach schweren Regenfällen wurden drei Dörfer geräumt.', 'de'],
  ['Nach langen Verhandlungen einigten sich die beiden Parteien auf einen Kompromiss.', 'de'],
  // three adjectives are no source phrase the rule reads
  ['Nach den ersten beiden heftigen Gewittern wurden die Straßen gesperrt.', 'de'],
  // English writes no such compounds and has no adjective endings
  ['After lengthy Interviews with the police the two men were released.', 'en'],
];
for (const [text, lang] of negatives) {
  test(`no source compound: ${text}`, () => {
    assert.deepEqual(reports(text, lang), []);
  });
}
