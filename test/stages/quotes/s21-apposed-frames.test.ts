import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 21: frames whose subject carries a noun phrase apposed between commas. Self-written passages in German and,
// for the as-clause, in English.

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'michael-berg', type: 'PER', forms: [['Michael Berg', 'name'], ['Berg', 'name']] };
const bahn: EntitySpec = { id: 'bahn', type: 'ORG', forms: [['Deutschen Bahn', 'name']] };

// 1. An as-clause ("Wie X mitteilte, …", "…, wie X betonte") whose subject has an apposition between commas: the
// as-clause runs over the apposition, and the clause after it (or before it) is reported.
table('as-clause with an apposed subject', 'de', [huber, berg, bahn], [
  ['Wie der Leiter des Krisenstabs, Karl Huber, mitteilte, waren die Bewohner nicht rechtzeitig gewarnt worden.',
    [['waren die Bewohner nicht rechtzeitig gewarnt worden', 'karl-huber']]],
  ['Wie Karl Huber, der Leiter des Krisenstabs, am Abend mitteilte, sind die Straßen wieder frei.',
    [['sind die Straßen wieder frei', 'karl-huber']]],
  ['Die Sanierung wird viele Stellen kosten, wie Michael Berg, Vorstand der Deutschen Bahn, betonte.',
    [['Die Sanierung wird viele Stellen kosten', 'michael-berg']]],
  ['Die Sanierung wird viele Stellen kosten, wie Michael Berg, Vorstand der Deutschen Bahn betont.',
    [['Die Sanierung wird viele Stellen kosten', 'michael-berg']]],
  // negatives: a clause between the commas is no apposition; no as-word, no as-clause
  ['Wie die Kommission, die Karl Huber seit Jahren leitet und die im Herbst neu gewählt wird, vorschlug, sollen die Regeln gelten.', []],
  ['Die Bahn, ihr größter Kunde, der Staat, hat im Mai alle Aufträge neu vergeben.', []],
]);

// 2. A perfect frame with nothing between auxiliary and participle after a comma ("…, Karl Huber, hat angekündigt, …")
// has its subject before that comma: the clause after it is reported, not the subject before it. A frame after a
// reported clause names its subject between auxiliary and participle ("…, hatte Huber gesagt").
table('perfect frame after an apposed subject', 'de', [huber, berg, bahn], [
  ['Der Nachfolger des zurückgetretenen Bahnchefs Karl Huber, Michael Berg, hat angekündigt, die Sanierung werde Stellen kosten.',
    [['die Sanierung werde Stellen kosten', 'michael-berg']]],
  // guards (unchanged): a dass-clause after the frame; the frame after the clause names its subject
  ['Der neue Vorstand der Deutschen Bahn, Michael Berg, hat erklärt, dass die Preise im Herbst steigen.',
    [['die Preise im Herbst steigen', 'michael-berg']]],
  ['Die Preise würden im Herbst steigen, hatte Michael Berg am Montag gesagt.',
    [['Die Preise würden im Herbst steigen', 'michael-berg']]],
  ['Die Preise steigen im Herbst, hat Michael Berg angekündigt.',
    [['Die Preise steigen im Herbst', 'michael-berg']]],
]);

// English has the as-clause with an apposed subject too ("As X, the finance minister, said, …"); the perfect frame's
// form does not exist there, and a subject with an apposition before "said" was read already.
table('as-clause with an apposed subject, en', 'en', [huber, berg], [
  ['As Michael Berg, the finance minister, said on Monday, prices will rise in the autumn.',
    [['prices will rise in the autumn', 'michael-berg']]],
  ['Prices will rise in the autumn, as Michael Berg, the finance minister, said on Monday.',
    [['Prices will rise in the autumn', 'michael-berg']]],
  ['As the finance minister, Michael Berg, told reporters, prices will rise in the autumn.',
    [['prices will rise in the autumn', 'michael-berg']]],
  // guards: unchanged
  ['Karl Huber, the head of the crisis team, said the roads were open again.',
    [['the roads were open again', 'karl-huber']]],
  ['As prices rose, the minister, Michael Berg, stayed silent for a week.', []],
]);
