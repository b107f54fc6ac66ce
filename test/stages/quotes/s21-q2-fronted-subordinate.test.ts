import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21 (Q2): a speech verb inside a subordinate clause that opens the sentence ("Nachdem X erklärt hatte, dass …,
// traten …") reports only up to the comma where the main clause opens with its finite verb (verb-second); the report ran
// on into the main clause. Self-written sentences (German: English marks no such clause by comma and verb order).

const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };
const keller: EntitySpec = { id: 'maria-keller', type: 'PER', forms: [['Maria Keller', 'name'], ['Keller', 'name'], ['Ministerin', 'description']] };

table('report inside a fronted subordinate clause', 'de', [lang, keller], [
  ['Nachdem Peter Lang erklärt hatte, dass die Reform scheitern werde, traten drei Abgeordnete aus der Partei aus.',
    [['die Reform scheitern werde', 'peter-lang']]],
  ['Nachdem Peter Lang erklärt hatte, die Reform werde scheitern, traten drei Abgeordnete aus der Partei aus.',
    [['die Reform werde scheitern', 'peter-lang']]],
  ['Als Maria Keller mitteilte, dass die Grenze geschlossen bleibe, protestierten Hunderte vor dem Rathaus.',
    [['die Grenze geschlossen bleibe', 'maria-keller']]],
  // negatives: the cue in the main clause after the fronted clause; a report with no fronted clause
  ['Nachdem die Sitzung beendet war, erklärte Peter Lang, die Reform werde scheitern.',
    [['die Reform werde scheitern', 'peter-lang']]],
  ['Peter Lang erklärte am Montag, dass die Reform scheitern werde.',
    [['die Reform scheitern werde', 'peter-lang']]],
]);
