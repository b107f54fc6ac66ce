import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21: a finite speech verb right after a coordinator has no subject of its own ("…, and warned Manila against
// “…”", "… und warnte Manila vor „…“"): its quote is the speaker's of the sentence's first predicate, not the object
// named after the verb. Self-written passages.

const mao: EntitySpec = { id: 'mao-ning', type: 'PER', forms: [['Mao Ning', 'name'], ['Mao', 'name']] };
const marcos: EntitySpec = { id: 'ferdinand-marcos', type: 'PER', forms: [['Ferdinand Marcos', 'name'], ['Marcos', 'name']] };
const philippines: EntitySpec = { id: 'philippines', type: 'GPE', forms: [['Manila', 'name'], ['Philippinen', 'name']] };
const china: EntitySpec = { id: 'china', type: 'GPE', forms: [['Beijing', 'name'], ['Peking', 'name']] };

table('elided subject after a coordinator, en', 'en', [mao, marcos, philippines, china], [
  ['Spokesperson Mao Ning said Beijing "firmly opposes" any cooperation that targets a third party, and warned Manila against "provocations".',
    [['Beijing "firmly opposes" any cooperation that targets a third party', 'mao-ning'], ['provocations', 'mao-ning']]],
  ['"We are ready," Marcos said, and warned Beijing against "provocations".',
    [['We are ready', 'ferdinand-marcos'], ['provocations', 'ferdinand-marcos']]],
  // guard: a subject of its own after the coordinator speaks
  ['Mao Ning said the ship had left, and Manila called the move a "provocation".',
    [['the ship had left', 'mao-ning'], ['provocation', 'philippines']]],
]);

table('elided subject after a coordinator, de', 'de', [mao, marcos, philippines, china], [
  ['Sprecherin Mao Ning sagte, Peking lehne jede Zusammenarbeit ab, und warnte Manila vor „Provokationen“.',
    [['Peking lehne jede Zusammenarbeit ab', 'mao-ning'], ['Provokationen', 'mao-ning']]],
  // guard: a subject of its own after the coordinator speaks
  ['Mao Ning sagte, das Schiff sei abgefahren, und Manila nannte den Schritt eine „Provokation“.',
    [['das Schiff sei abgefahren', 'mao-ning'], ['Provokation', 'philippines']]],
]);
