import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21 (Q2): a source phrase named by a possessive or own-word ("Ihrer Meinung nach", "Seiner Ansicht nach",
// "nach eigenen Angaben") inside a clause that a frame after it reports ("…, sagte X") is the frame speaker's own view,
// part of that one report: no second report with a speaker guessed from the possessive. Self-written sentences.

const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };
const keller: EntitySpec = { id: 'maria-keller', type: 'PER', forms: [['Maria Keller', 'name'], ['Keller', 'name']] };
const people: EntitySpec = { id: 'menschen', type: 'PER', forms: [['Menschen', 'description']] };

table('own view inside a framed report, de', 'de', [lang, keller, people], [
  ['Tausende Menschen flohen aus der Stadt. Ihrer Meinung nach sei die Lage ernst, sagte Maria Keller.',
    [['Ihrer Meinung nach sei die Lage ernst', 'maria-keller']]],
  ['Tausende Menschen flohen aus der Stadt. Seinen Worten nach werde die Hilfe bald eintreffen, erklärte Peter Lang.',
    [['Seinen Worten nach werde die Hilfe bald eintreffen', 'peter-lang']]],
  // negatives: with no frame the possessive source phrase keeps its own report
  ['Maria Keller besuchte am Montag die Stadt. Ihrer Meinung nach sei die Lage ernst.',
    [['sei die Lage ernst', 'maria-keller']]],
]);

table('own view inside a framed report, en (one report already)', 'en', [keller, { id: 'people', type: 'PER', forms: [['people', 'description']] }], [
  ['Thousands of people fled the city. In her view, the situation was serious, Maria Keller said.',
    [['In her view, the situation was serious', 'maria-keller']]],
]);
