import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes } from './helpers.js';

// Session 21 (Q2): "nach" before a report noun is a source ("Nach Angaben der Polizei …") or a time ("after reports
// about …"); a topic preposition right after the report noun ("Nach Berichten über Misshandlungen leitete die
// Staatsanwaltschaft Ermittlungen ein") makes it the time, so no report follows. Self-written sentences.

/** The reported texts and their cues found in one passage. */
function reports(text: string, lang: 'de' | 'en' = 'de'): (readonly [string, string])[] {
  const { quotes } = runQuotes(`${text}\n`, lang, []);
  return quotes.map((q) => [q.text, q.cue?.text ?? ''] as const);
}

const cases: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  // time: the report noun has its topic after it (these produced a report before)
  ['Nach Berichten über Misshandlungen in einem Pflegeheim hat die Staatsanwaltschaft Ermittlungen eingeleitet.', []],
  ['Nach Angaben über die Zahl der Opfer wurden drei Menschen verletzt.', []],
  ['Nach Informationen über einen geplanten Anschlag wurde der Bahnhof geräumt.', []],
  // source: unchanged without a topic, or with the source between noun and topic
  ['Nach Polizeiangaben wurden drei Menschen verletzt.', [['wurden drei Menschen verletzt', 'Nach Polizeiangaben']]],
  ['Nach Berichten der Zeitung wurden drei Menschen verletzt.', [['wurden drei Menschen verletzt', 'Nach Berichten der']]],
];
for (const [text, expected] of cases) {
  test(`report noun with its topic after "nach": ${text}`, () => {
    assert.deepEqual(reports(text), expected);
  });
}
