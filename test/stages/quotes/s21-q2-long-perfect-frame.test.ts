import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21 (Q2): a frame after the reported clause in a perfect tense ("…, hatte X gesagt") keeps its subject and any
// adjuncts of time, place and occasion inside the verb bracket; a long bracket ("…, hatte X bei seinem Treffen mit Y in
// Z im Vorfeld des Gipfels gesagt") was no frame, so the report was missed or taken as a continuation with the frame in
// its text. The frame still ends at a comma, quote or coordinator. Self-written sentences (German only: English frames
// keep the verb next to the subject).

const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };
const macron: EntitySpec = { id: 'macron', type: 'PER', forms: [['Emmanuel Macron', 'name'], ['Macron', 'name']] };

table('long perfect frame after the report', 'de', [lang, macron], [
  ['Es drohe ein neuer Handelskrieg, hatte Peter Lang bei seinem Treffen mit dem französischen Präsidenten Emmanuel Macron in Paris im Vorfeld des Gipfels gesagt.',
    [['Es drohe ein neuer Handelskrieg', 'peter-lang']]],
  ['Die Lage sei ernst, hatte Peter Lang bei seinem Besuch in Paris am Montag vor Journalisten gesagt.',
    [['Die Lage sei ernst', 'peter-lang']]],
  ['Die Verhandlungen kämen voran, hat Peter Lang nach dem zweiten Treffen der Außenminister in der dänischen Hauptstadt vor der Presse erklärt.',
    [['Die Verhandlungen kämen voran', 'peter-lang']]],
  // a short frame is unchanged
  ['Die Lage sei ernst, hatte Peter Lang gesagt.', [['Die Lage sei ernst', 'peter-lang']]],
  // negatives: a participle that is no speech verb; a coordinated predicate
  ['Die Firma schloss das Werk, hatte aber zuvor bei einem Treffen mit dem Betriebsrat in Berlin am Montag neue Stellen geschaffen.', []],
  ['Peter Lang reiste nach Paris, hatte dort bei seinem Treffen mit dem französischen Präsidenten Emmanuel Macron im Vorfeld des Gipfels lange verhandelt.', []],
]);
