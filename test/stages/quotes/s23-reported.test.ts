import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../../../src/doc/types.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 23: reported speech the stage did not see (classes grouped from the misses of the Wikinews DEV split, each
// written anew as self-made passages with negatives).

/** Every candidate of the stage before its source policy, as [reported text, speaker phrase or null]. */
function candidates(text: string, lang: Lang, entities: readonly EntitySpec[] = []): [string, string | null][] {
  const { doc } = runQuotes(`${text}\n`, lang, entities);
  const lex = loadQuoteLexicon(new ResourceLoader(lang));
  return extractQuotes(doc, lex).map((q) => [doc.text.slice(q.start, q.end), q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null]);
}

// 1. A source phrase whose report noun names no source, after attributive words ("Nach ersten Untersuchungen", "nach bisher
// unbestätigten Berichten"; quote-cues `unnamedSourceNouns`) or before a postposition ("Berichten zufolge"), reports its
// clause from an unnamed source: the candidate carries the phrase, and the source policy leaves it out of the stage output.
const unnamed: [string, [string, string | null][]][] = [
  ['Ein Bus ist in der Nacht verunglückt. Nach ersten Untersuchungen liegt kein technischer Defekt vor.',
    [['liegt kein technischer Defekt vor', 'ersten Untersuchungen']]],
  ['Der Konzern verlor den Auftrag. Nach bisher unbestätigten Berichten wurde dem Konkurrenten Einsicht in das Angebot gewährt.',
    [['wurde dem Konkurrenten Einsicht in das Angebot gewährt', 'bisher unbestätigten Berichten']]],
  ['Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.',
    [['Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben', 'ersten Meldungen']]],
  ['Ein Flugzeug ist abgestürzt. An Bord befanden sich Berichten zufolge etwa 75 Schulkinder.',
    [['An Bord befanden sich Berichten zufolge etwa 75 Schulkinder', 'Berichten']]],
  // negatives: a time ("Nach langen Verhandlungen": no report noun; "Nach ersten Berichten über …": a topic follows);
  // a named source reads as before
  ['Nach langen Verhandlungen einigten sich die Parteien auf einen Vertrag.', []],
  ['Nach ersten Berichten über Plünderungen schickte die Regierung Soldaten in die Stadt.', []],
];
for (const [text, expected] of unnamed) {
  test(`unnamed source phrase: ${text.slice(0, 100)}`, () => assert.deepEqual(candidates(text, 'de'), expected));
}

const polizei: EntitySpec = { id: 'polizei-koeln', type: 'ORG', forms: [['Polizei Köln', 'name']] };
table('unnamed source phrase, stage output', 'de', [polizei], [
  // the unnamed source is not recorded; the bare noun stays a source phrase of its own, as "nach Angaben" is
  ['Ein Bus ist in der Nacht verunglückt. Nach ersten Untersuchungen liegt kein technischer Defekt vor.', []],
  ['Ein Flugzeug ist abgestürzt. An Bord befanden sich Berichten zufolge etwa 75 Schulkinder.', []],
  ['Ein Flugzeug ist abgestürzt. An Bord befanden sich Angaben zufolge etwa 75 Schulkinder.',
    [['An Bord befanden sich Angaben zufolge etwa 75 Schulkinder', null]]],
  // a named source after an attributive adjective keeps its speaker
  ['Nach ersten Erkenntnissen der Polizei Köln wurde der Mann festgenommen.', [['wurde der Mann festgenommen', 'polizei-koeln']]],
]);

// English: "according to" with a report noun that names no source, closed by its comma ("reports" is the noun, not the
// verb of the clause); a source named before the noun ("police reports") is the phrase as a whole.
const unnamedEn: [string, [string, string | null][]][] = [
  ['A bus crashed overnight. According to initial reports, no technical fault was found.', [['no technical fault was found', 'initial reports']]],
  ['A bus crashed overnight. According to reports, five people were injured.', [['five people were injured', 'reports']]],
  ['A bus crashed overnight. According to preliminary findings, the driver fell asleep.', [['the driver fell asleep', 'preliminary findings']]],
  ['A bus crashed overnight. According to police reports, five people were injured.', [['five people were injured', 'police reports']]],
  // negative: "reports" as the verb of a clause
  ['The minister says the plan reports progress.', [['the plan reports progress', 'The minister']]],
];
for (const [text, expected] of unnamedEn) {
  test(`unnamed source phrase (en): ${text.slice(0, 100)}`, () => assert.deepEqual(candidates(text, 'en'), expected));
}
table('unnamed source phrase, stage output (en)', 'en', [], [
  ['A bus crashed overnight. According to initial reports, no technical fault was found.', []],
  ['A bus crashed overnight. According to reports, five people were injured.', []],
  ['A bus crashed overnight. According to the reports, five people were injured.', []],
]);

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'anna-berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };

// 2. A zu-infinitive group that closes the sentence after a verb of saying is its content also where no comma sets it off
// (older spelling and quick writing): "hatte angekündigt bei der Wahl erneut anzutreten".
table('zu-infinitive without comma', 'de', [huber, berg], [
  ['Karl Huber hatte am Donnerstag angekündigt bei der Wahl erneut anzutreten.', [['bei der Wahl erneut anzutreten', 'karl-huber']]],
  ['Anna Berg hat dazu aufgerufen die Kontrollen in der Region zu verstärken.', [['die Kontrollen in der Region zu verstärken', 'anna-berg']]],
  ['Anna Berg kündigte an künftig enger mit den Nachbarn zusammenzuarbeiten.', [['künftig enger mit den Nachbarn zusammenzuarbeiten', 'anna-berg']]],
  // negatives: an adjunct of purpose ("um … zu"); a semi-modal ("droht … zu scheitern"); a particle verb's "zu"
  ['Anna Berg hat den Plan angekündigt um Geld zu sparen.', []],
  ['Das Abkommen zwischen beiden Ländern droht damit zu scheitern.', []],
  ['Karl Huber sagte am Montag in Berlin zu.', []],
]);

// 3. A clause of reason in Konjunktiv I after a verb that frames no clause of its own ("zurückweisen") is the reason the
// speaker gave; in the indicative it is the writer's.
table('Konjunktiv reason after a verb of rejecting', 'de', [huber, berg], [
  ['Karl Huber hat diesen Vorwurf bereits zurückgewiesen, da er jeder Grundlage entbehre.', [['da er jeder Grundlage entbehre', 'karl-huber']]],
  ['Anna Berg wies die Kritik zurück, weil die Zahlen längst bekannt seien.', [['weil die Zahlen längst bekannt seien', 'anna-berg']]],
  // negatives: the indicative; a Konjunktiv II form only
  ['Anna Berg wies die Kritik zurück, weil die Zahlen längst bekannt sind.', []],
  ['Anna Berg wies die Kritik zurück, weil sie sonst zurücktreten müsste.', []],
]);

// 4. A content noun with its speaker in the attribute ("Die Forderung der SPD", "Das Eingeständnis der Ministerin X") takes
// its content as a zu-infinitive clause or a Konjunktiv I main clause after the comma, as it takes a dass-clause.
const spd: EntitySpec = { id: 'spd', type: 'ORG', forms: [['SPD', 'name']] };
table('content noun with an infinitive or Konjunktiv clause', 'de', [spd, berg], [
  ['Die Gewerkschaft unterstützt die Forderung der SPD, die Bank zu boykottieren.', [['die Bank zu boykottieren', 'spd']]],
  ['Der Vorschlag der Ministerin Anna Berg, die Steuern zu senken, stieß auf Kritik.', [['die Steuern zu senken', 'anna-berg']]],
  ['Das Eingeständnis der Ministerin Anna Berg, ihre Entscheidung sei falsch gewesen, führte zum Rücktritt.', [['ihre Entscheidung sei falsch gewesen', 'anna-berg']]],
  // negatives: a relative clause after the attribute, in the indicative and in Konjunktiv; an adjunct of purpose
  ['Die Forderung der SPD, die seit Jahren besteht, wurde abgelehnt.', []],
  ['Die Forderung der SPD, die seit Jahren bestehe, wurde abgelehnt.', []],
  ['Der Vorschlag der Ministerin Anna Berg, um Geld zu sparen, wurde abgelehnt.', []],
]);
