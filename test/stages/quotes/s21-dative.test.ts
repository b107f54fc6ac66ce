import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21: a German noun phrase opened by a dative-only determiner ("dem", "einem", "seinem"; quote-cues
// `dativeDeterminers`) is an object or addressee, never the subject that speaks. Self-written passages; English has
// no such determiners (its list is empty), so English frames are unchanged.

const keller: EntitySpec = { id: 'maria-keller', type: 'PER', forms: [['Maria Keller', 'name'], ['Keller', 'name']] };
const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };
const bahn: EntitySpec = { id: 'bahn', type: 'ORG', forms: [['Deutschen Bahn', 'name'], ['Bahn', 'name']] };

table('dative noun phrase is no speaker', 'de', [keller, lang, bahn], [
  ['Dem Richter Peter Lang sagte die Anwältin Maria Keller, der Angeklagte werde seit Wochen gesucht.',
    [['der Angeklagte werde seit Wochen gesucht', 'maria-keller']]],
  ['Seinem Anwalt Peter Lang gegenüber hat die Ministerin Maria Keller versichert, das Verfahren werde fair geführt.',
    [['das Verfahren werde fair geführt', 'maria-keller']]],
  // guards: a dative phrase before the verb whose subject follows it; the subject before the verb and a dative object
  // after it; "der" stays ambiguous
  ['Einem Vertreter der Deutschen Bahn erklärte die Ministerin Maria Keller am Montag, die Strecke bleibe gesperrt.',
    [['die Strecke bleibe gesperrt', 'maria-keller']]],
  ['Die Anwältin Maria Keller sagte dem Richter Peter Lang, der Angeklagte werde seit Wochen gesucht.',
    [['der Angeklagte werde seit Wochen gesucht', 'maria-keller']]],
  ['Der Richter Peter Lang sagte am Montag, der Angeklagte werde seit Wochen gesucht.',
    [['der Angeklagte werde seit Wochen gesucht', 'peter-lang']]],
]);

table('dative determiners, en (none)', 'en', [keller, lang], [
  ['The judge, Peter Lang, told Maria Keller that the defendant had been missing for weeks.',
    [['the defendant had been missing for weeks', 'peter-lang']]],
]);
