import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21: source phrases that stand inside the clause they report, not at its start. Self-written passages;
// German only where the form is German (a postposition, a comma-marked clause), with English guards.

const nordlicht: EntitySpec = { id: 'nordlicht', type: 'ORG', forms: [['Reederei Nordlicht', 'name'], ['Firma Nordlicht', 'name'], ['Nordlicht', 'name']] };
const amnesty: EntitySpec = { id: 'amnesty', type: 'ORG', forms: [['Amnesty International', 'name']] };
const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };

// 1. "X zufolge" after the finite verb (in the middle field): the whole clause is reported, not only what follows the
// postposition; a source phrase that opens the clause stays out of it.
table('postposition source in the middle field', 'de', [nordlicht, amnesty], [
  ['Im Hafen lagen der Reederei Nordlicht zufolge drei Frachter fest.',
    [['Im Hafen lagen der Reederei Nordlicht zufolge drei Frachter fest', 'nordlicht']]],
  ['Die Firma Nordlicht hat eigenen Angaben zufolge im Winter 200 Stellen gestrichen.',
    [['Die Firma Nordlicht hat eigenen Angaben zufolge im Winter 200 Stellen gestrichen', 'nordlicht']]],
  ['In der Nacht wurden Amnesty International zufolge mehr als hundert Menschen festgenommen.',
    [['In der Nacht wurden Amnesty International zufolge mehr als hundert Menschen festgenommen', 'amnesty']]],
  // the source phrase opens the clause: only what follows it is reported (unchanged)
  ['Den Angaben der Reederei Nordlicht zufolge lagen drei Frachter im Hafen fest.',
    [['lagen drei Frachter im Hafen fest', 'nordlicht']]],
  ['Den jüngsten Angaben von Amnesty International zufolge wurden Hunderte festgenommen.',
    [['wurden Hunderte festgenommen', 'amnesty']]],
]);

// 2. "nach" after a report noun is a postposition ("Seinen Angaben nach") only when no preposition governs that noun:
// "in einem Interview nach dem Spiel" names a time, not a source.
table('postposition nach after a noun a preposition governs', 'de', [lang], [
  ['Peter Lang sprach in einem Interview nach dem Spiel über seine Zukunft im Verein und die Pläne des Trainers.', []],
  ['Peter Lang sagte in einem Interview nach dem Spiel, die Abwehr sei sehr stark gewesen.',
    [['die Abwehr sei sehr stark gewesen', 'peter-lang']]],
]);

// 3. A source phrase inside a clause that a comma opens ("…, bei der laut X …", "…, im Jahr darauf war … nach Angaben
// von X …"): that clause is reported, from the comma; a relative clause ends at its closing comma.
table('source phrase inside a clause after a comma', 'de', [nordlicht, amnesty], [
  ['Die Polizei löste am Sonntag eine Kundgebung auf, bei der laut Amnesty International Hunderte festgenommen wurden.',
    [['bei der laut Amnesty International Hunderte festgenommen wurden', 'amnesty']]],
  ['Die Bauarbeiten begannen im Jahr 2019, im Jahr darauf war die Brücke nach Angaben der Firma Nordlicht fertig.',
    [['im Jahr darauf war die Brücke nach Angaben der Firma Nordlicht fertig', 'nordlicht']]],
  ['Das Gesetz, das laut Amnesty International gegen das Völkerrecht verstößt, wurde am Montag beschlossen.',
    [['das laut Amnesty International gegen das Völkerrecht verstößt', 'amnesty']]],
  // negatives: a source phrase right after the comma reports the clause before it (unchanged); no source, no report
  ['Die Preise für Strom steigen weiter, laut der Firma Nordlicht.',
    [['Die Preise für Strom steigen weiter', 'nordlicht']]],
  ['Die Bauarbeiten begannen im Jahr 2019, nach dem Hochwasser war die Brücke gesperrt.', []],
]);

// English has no postposition of source and marks no clause by a comma: the forms above do not exist there, and a
// source phrase keeps reporting the clause before it.
table('source phrase, en (unchanged)', 'en', [nordlicht, amnesty], [
  ['Three freighters were stuck in the port, according to Nordlicht.',
    [['Three freighters were stuck in the port', 'nordlicht']]],
  ['According to Amnesty International, hundreds of people were detained overnight.',
    [['hundreds of people were detained overnight', 'amnesty']]],
]);
