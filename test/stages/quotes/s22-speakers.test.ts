import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 22: speakers of reports the stage misread (from the wrong speakers of the Wikinews DEV split, each class
// written anew as self-made passages with negatives).

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'anna-berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };
const kommission: EntitySpec = { id: 'wahlkommission', type: 'ORG', forms: [['Die Wahlkommission', 'description'], ['Wahlkommission', 'name']] };

/** The speaker phrases of the candidates the stage finds in a German passage (no entities). */
const speakerPhrases = (text: string): string[] => {
  const { doc } = runQuotes(text, 'de', []);
  return extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : ''));
};

// 1. A phrase whose article and adjective mark a dative or genitive ("Der englischsprachigen Zeitung", quote-cues
// `obliqueArticleEndings`; a nominative reads "Der große Verband") is no subject: the name after the verb speaks.
table('dative phrase fronted before the verb', 'de', [huber], [
  ['Der englischsprachigen Zeitung sagte Karl Huber, er werde weiter für die Freiheit kämpfen.', [['er werde weiter für die Freiheit kämpfen', 'karl-huber']]],
  ['Der großen Wochenzeitung sagte Karl Huber: „Ich werde weiter kämpfen.“', [['Ich werde weiter kämpfen.', 'karl-huber']]],
]);
test('dative phrase fronted before the verb: a nominative phrase stays the speaker', () => {
  assert.deepEqual(speakerPhrases('Der große Verband sagte, die Löhne müssten steigen.\n'), ['Der große Verband']);
});

// 2. The subject of a subordinate clause stands right after its subordinator ("Nachdem die Anwältin … dem Richter
// mitgeteilt hatte, dass …"), and a dative phrase before the verb ("dem Richter") is no speaker phrase; the dative a
// postposition of source governs is one ("dem Bericht zufolge").
test('subject of a subordinate clause, not the dative before its verb', () => {
  assert.deepEqual(speakerPhrases('Nachdem die Anwältin der Frau dem Richter mitgeteilt hatte, dass der Mann gesucht werde, rief dieser die Polizei.\n'), ['die Anwältin']);
  assert.deepEqual(speakerPhrases('Die Partei hat dem Ergebnis zufolge die Hälfte der Sitze gewonnen.\n'), ['dem Ergebnis']);
});

// 3. Frames that were missing: "vertrat den Standpunkt, …" (as "vertrat die Ansicht"), "charakterisierte X als „…“" (a
// fragment framed in its sentence, not the previous quote's speaker going on).
table('standpoint and characterisation frames', 'de', [huber, berg, kommission], [
  ['Die Wahlkommission vertrat den Standpunkt, das Gericht sei für die Klage nicht zuständig.', [['das Gericht sei für die Klage nicht zuständig', 'wahlkommission']]],
  ['„Das war ein Fehler“, sagte Anna Berg. Der Minister Karl Huber charakterisierte den Vorfall als ein „Beispiel taktlosen Verhaltens“.',
    [['Das war ein Fehler', 'anna-berg'], ['Beispiel taktlosen Verhaltens', 'karl-huber']]],
  // negatives: no quote, no clause
  ['Karl Huber charakterisierte die Lage in wenigen Worten.', []],
  ['Die Wahlkommission vertrat den Standpunkt der Regierung im Ausschuss.', []],
]);
