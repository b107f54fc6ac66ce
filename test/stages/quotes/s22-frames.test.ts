import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 22: frames of reported speech the stage missed or misread (from the misses of the Wikinews DEV split, each
// class written anew as self-made passages with negatives).

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'anna-berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };
const reuters: EntitySpec = { id: 'reuters', type: 'ORG', forms: [['Reuters', 'name']] };
const gericht: EntitySpec = { id: 'landgericht', type: 'ORG', forms: [['Landgericht Bonn', 'name'], ['das Gericht', 'description']] };
const ministerium: EntitySpec = { id: 'agrarministerium', type: 'ORG', forms: [['Agrarministerium', 'name']] };
const siemens: EntitySpec = { id: 'siemens', type: 'ORG', forms: [['Siemens', 'name'], ['der Konzern', 'description']] };

// 1. A verb of saying whose form is another verb with a word right after it: "befanden sich" (be located) is no court's
// finding, "klagte gegen" a lawsuit; with that form a clause before a frame was taken for the frame's own clause.
table('reflexive and prepositional readings of a form', 'de', [huber, gericht], [
  ['Unter den Verletzten befanden sich zwei Kinder, sagte Karl Huber.', [['Unter den Verletzten befanden sich zwei Kinder', 'karl-huber']]],
  ['Im Bus befand sich kein Fahrgast mehr, teilte Karl Huber mit.', [['Im Bus befand sich kein Fahrgast mehr', 'karl-huber']]],
  // guards: the court's finding stays a frame
  ['Das Landgericht Bonn befand, der Angeklagte habe vorsätzlich gehandelt.', [['der Angeklagte habe vorsätzlich gehandelt', 'landgericht']]],
  // negatives: no report
  ['Karl Huber befand sich zu diesem Zeitpunkt in Bonn, wo er eine Wohnung habe.', []],
  ['Karl Huber klagte gegen den Bescheid, den er für falsch halte.', []],
]);

// 2. A postposition of source after a finite verb that a bare noun follows ("Im Hafen lagen Reuters zufolge …"): the
// verb is the clause's finite verb (an attributive adjective follows an article, not a noun), so the whole clause is
// reported, as it was after "der Reederei zufolge".
table('source postposition after a finite verb and a bare noun', 'de', [reuters, huber], [
  ['Im Hafen lagen Reuters zufolge drei Frachter fest.', [['Im Hafen lagen Reuters zufolge drei Frachter fest', 'reuters']]],
  ['Der Vorstand trat Reuters zufolge geschlossen zurück.', [['Der Vorstand trat Reuters zufolge geschlossen zurück', 'reuters']]],
  // guards: a phrase that opens the clause is the source; the report is what follows
  ['Den jüngsten Angaben von Reuters zufolge sind drei Frachter gesunken.', [['sind drei Frachter gesunken', 'reuters']]],
]);

// 3. A phrase of saying with a short middle field after its finite verb: an adverb, a comparison or the inverted
// subject ("ist hingegen zuversichtlich", "vertritt wie X die Ansicht", "war das Gericht der Auffassung").
table('phrase of saying with a middle field', 'de', [huber, berg, gericht], [
  ['Karl Huber vertritt wie Anna Berg die Ansicht, dass die Steuer sinken muss.', [['die Steuer sinken muss', 'karl-huber']]],
  ['Karl Huber ist hingegen zuversichtlich, die Wahl im Herbst gewinnen zu können.', [['die Wahl im Herbst gewinnen zu können', 'karl-huber']]],
  ['Zudem war das Gericht der Auffassung, dass der Zeuge gelogen habe.', [['der Zeuge gelogen habe', 'landgericht']]],
  ['Am Montag bestand Anna Berg darauf, dass die Reform noch in diesem Jahr kommt.', [['die Reform noch in diesem Jahr kommt', 'anna-berg']]],
  // guards: a particle verb keeps its subject
  ['Anna Berg kündigte an, die Reform noch in diesem Jahr vorzulegen.', [['die Reform noch in diesem Jahr vorzulegen', 'anna-berg']]],
  // negatives: a predicate noun with a genitive, a middle field with a comma
  ['Das Ergebnis ist ein Spiegel der Meinung, dass die Reform nötig ist.', []],
  ['Karl Huber ist, nach allem was man hört, der Ansicht eines Freundes gefolgt.', []],
]);

// 4. Verbs of saying that were missing: "legte fest, dass", "schließt daraus, dass", "unterbreitete den Vorschlag, … zu",
// "erteilte den Befehl, … zu".
table('verbs of laying down, concluding, proposing and ordering', 'de', [huber, ministerium], [
  ['Das Agrarministerium legte fest, dass in diesem Jahr 30 Wölfe geschossen werden dürfen.', [['in diesem Jahr 30 Wölfe geschossen werden dürfen', 'agrarministerium']]],
  ['Karl Huber schließt daraus, dass die Regierung keinen Rückhalt mehr hat.', [['die Regierung keinen Rückhalt mehr hat', 'karl-huber']]],
  ['Karl Huber hat den Vorschlag unterbreitet, die Schulden über zwanzig Jahre zu tilgen.', [['die Schulden über zwanzig Jahre zu tilgen', 'karl-huber']]],
  ['Karl Huber erteilte der Feuerwehr den Befehl, das Lager sofort zu räumen.', [['das Lager sofort zu räumen', 'karl-huber']]],
  // negatives: no clause after the verb
  ['Das Agrarministerium legte den Termin für die Jagd fest.', []],
  ['Karl Huber erteilte den Befehl zum Rückzug.', []],
]);

// 5. After a verb that otherwise wants "dass", a clause of reason in Konjunktiv gives the speaker's reason and is
// reported; a condition ("solange", "wenn") or an indicative clause of reason is the frame's own.
table('Konjunktiv clause of reason after a verb that wants dass', 'de', [huber], [
  ['Karl Huber bezeichnete die Zahlen als vorläufig, da noch nicht alle Dörfer erreicht worden seien.', [['da noch nicht alle Dörfer erreicht worden seien', 'karl-huber']]],
  ['Karl Huber bezeichnete den Plan als Fehler, weil er zu teuer sei.', [['weil er zu teuer sei', 'karl-huber']]],
  // negatives
  ['Karl Huber bezeichnete die Zahlen als vorläufig, da noch nicht alle Dörfer erreicht worden waren.', []],
  ['Gespräche lehnte Karl Huber ab, solange die Gegenseite drohe.', []],
]);

// 6. A time adverbial fronted before the verb ("Erst vergangene Woche kündigte der Konzern an, …") names no speaker:
// the subject after the verb does, also when no entity stands for it (the speaker phrase is then the report's source).
const speakerPhrases = (text: string, entities: readonly EntitySpec[], time: string): string[] => {
  const { doc } = runQuotes(text, 'de', entities, [{ text: time, value: '2024-W51' }]);
  return extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : ''));
};
test('a fronted time adverbial is no speaker phrase', () => {
  assert.deepEqual(speakerPhrases('Erst vergangene Woche kündigte der Konzern an, sämtliche Werke in Bayern zu schließen.\n', [], 'vergangene Woche'), ['der Konzern']);
  assert.deepEqual(speakerPhrases('Siemens baut Stellen ab. Erst vergangene Woche kündigte der Konzern an, sämtliche Werke zu schließen.\n', [siemens], 'vergangene Woche'), ['der Konzern']);
});
test('a fronted time adverbial: a name before the verb still speaks', () => {
  const { quotes } = runQuotes('Am Montag sagte Karl Huber, die Werke blieben offen.\n', 'de', [huber], [{ text: 'Am Montag', value: '2025-01-06' }]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['die Werke blieben offen', 'karl-huber']]);
  assert.deepEqual(speakerPhrases('Karl Huber sagte vergangene Woche, die Werke blieben offen.\n', [huber], 'vergangene Woche'), ['Karl Huber']);
});

// 7. An office phrase apposed between commas to the inverted subject ("Dabei sagte Karl Huber, der Vorsitzende des
// Vereins, …") is no reported clause: the clause starts after the apposition, also after "aber auch," there.
table('apposition to an inverted subject', 'de', [huber], [
  ['Dabei sagte Karl Huber, der Vorsitzende des Vereins, die Mitglieder seien mit dem Ergebnis zufrieden.', [['die Mitglieder seien mit dem Ergebnis zufrieden', 'karl-huber']]],
  ['Dabei sagte Karl Huber, der Vorsitzende des Vereins, aber auch, dass die Beiträge steigen müssten.', [['die Beiträge steigen müssten', 'karl-huber']]],
  // guard: the phrase after the comma is the clause's subject (no closing comma)
  ['Dabei sagte Karl Huber, der Vorsitzende des Vereins habe gelogen.', [['der Vorsitzende des Vereins habe gelogen', 'karl-huber']]],
]);

// 8. A superlative adverbial opens a main clause before its finite verb as a prepositional phrase does ("Am schlimmsten
// hat es …, sagte X"; quote-cues `superlativeAdverbials`); "Nach Meldungen der Agentur X" is a source phrase as "Nach
// Berichten der" is.
const bernama: EntitySpec = { id: 'bernama', type: 'ORG', forms: [['Bernama', 'name']] };
table('superlative adverbial and reports of an agency', 'de', [huber, bernama], [
  ['Am schlimmsten hat es das Dorf am Fluss getroffen, sagte Karl Huber.', [['Am schlimmsten hat es das Dorf am Fluss getroffen', 'karl-huber']]],
  ['Nach Meldungen der Nachrichtenagentur Bernama richtete sich die Einheit in einer Schule ein.', [['richtete sich die Einheit in einer Schule ein', 'bernama']]],
  // guards and negatives: a noun after "am"; no frame
  ['Am Montag traf es das Dorf am Fluss, sagte Karl Huber.', [['Am Montag traf es das Dorf am Fluss', 'karl-huber']]],
  ['Am schlimmsten hat es das Dorf am Fluss getroffen.', []],
]);

// 9. A reported clause whose subject carries a prepositional attribute before its Konjunktiv verb ("die internationale
// Besorgnis wegen dieser Stoffe resultiere …") opens with an article, not a relative pronoun; a relative clause puts its
// verb last.
table('prepositional attribute before the Konjunktiv verb', 'de', [huber], [
  ['Karl Huber sagte, die internationale Sorge wegen dieser Stoffe resultiere aus der Tatsache, dass sie sich schnell verbreiteten.',
    [['die internationale Sorge wegen dieser Stoffe resultiere aus der Tatsache, dass sie sich schnell verbreiteten', 'karl-huber']]],
  // negatives: relative clauses after an object
  ['Karl Huber kritisierte die Firmen, die neue Gifte in diesem Jahr verbreiteten.', []],
  ['Karl Huber lobte die Helfer, die große Sorge um die Kinder hatten.', []],
]);
