import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 22: Konjunktiv continuations of a report the stage missed (from the misses of the Wikinews DEV split, each
// class written anew as self-made passages with negatives).

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'anna-berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };

// 1. A sentence that opens with a free relative clause as its subject ("Was die Bürger wollten, sei …"; quote-cues
// `freeRelatives`) goes on with the report before it when its main clause is in Konjunktiv, as one after "Wer …" does.
table('free relative clause opening a continuation', 'de', [huber], [
  ['Karl Huber sagte, die Lage sei ernst. Was die Bürger jetzt wollten, sei vor allem Sicherheit.',
    [['die Lage sei ernst', 'karl-huber'], ['Was die Bürger jetzt wollten, sei vor allem Sicherheit', 'karl-huber']]],
  // negatives: an indicative main clause after the free relative; no report before it
  ['Karl Huber sagte, die Lage sei ernst. Was genau in der Nacht passiert war, blieb unklar.', [['die Lage sei ernst', 'karl-huber']]],
  ['Was die Bürger jetzt wollten, sei vor allem Sicherheit.', []],
]);

// 2. The modal of hearsay with a perfect infinitive ("… sollen verletzt worden sein") resumes a report across one
// sentence with no cue, quote or other subject, as a Konjunktiv I sentence does.
table('hearsay after one sentence between', 'de', [huber, berg], [
  ['Nach Angaben von Karl Huber wurden sechs Männer getötet. Sie starben im Krankenhaus. Außerdem sollen zehn weitere Menschen verletzt worden sein.',
    [['wurden sechs Männer getötet', 'karl-huber'], ['Außerdem sollen zehn weitere Menschen verletzt worden sein', 'karl-huber']]],
  // negatives: a plan ("soll … reisen"); two sentences between; a sentence between about someone else
  ['Nach Angaben von Karl Huber wurden sechs Männer getötet. Sie starben im Krankenhaus. Der Minister soll am Montag nach Kabul reisen.',
    [['wurden sechs Männer getötet', 'karl-huber']]],
  ['Nach Angaben von Karl Huber wurden sechs Männer getötet. Sie starben im Krankenhaus. Der Ort ist abgesperrt. Außerdem sollen zehn Menschen verletzt worden sein.',
    [['wurden sechs Männer getötet', 'karl-huber']]],
  ['Karl Huber sagte, die Lage sei ernst. Anna Berg reiste nach Kabul. Dort soll sie einen Minister getroffen haben.',
    [['die Lage sei ernst', 'karl-huber']]],
]);
