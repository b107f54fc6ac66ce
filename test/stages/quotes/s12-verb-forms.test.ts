import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 12: self-written German news sentences (not from any corpus). Every speech verb has its
// plural present (= infinitive: "Die Behörden gehen davon aus", "Sie teilen mit") and its infinitive
// after a modal ("will nicht ausschließen, dass …"), particle verbs with the particle form as well.

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const gruene: EntitySpec = { id: 'gruene', type: 'ORG', forms: [['Die Grünen', 'name'], ['Grünen', 'name']] };
const dwd: EntitySpec = { id: 'dwd', type: 'ORG', forms: [['DWD', 'name']] };
const hahn: EntitySpec = { id: 'hahn', type: 'PER', forms: [['Peter Hahn', 'name'], ['Hahn', 'name']] };
const kläger: EntitySpec = { id: 'verdi', type: 'ORG', forms: [['Verdi', 'name']] };
const all = [gruene, dwd, hahn, kläger];

const positives: readonly (readonly [string, string, string])[] = [
  ['Die Grünen gehen davon aus, dass die Koalition hält.', 'die Koalition hält', 'gruene'],
  ['Die Grünen teilen mit, dass sie den Antrag unterstützen.', 'sie den Antrag unterstützen', 'gruene'],
  ['Die Grünen kündigen an, gegen das Gesetz zu stimmen.', 'gegen das Gesetz zu stimmen', 'gruene'],
  ['Die Grünen fordern die Regierung auf, den Haushalt zu ändern.', 'den Haushalt zu ändern', 'gruene'],
  ['Die Grünen stellen fest, dass das Geld nicht reicht.', 'das Geld nicht reicht', 'gruene'],
  ['Die Grünen weisen darauf hin, dass die Frist abläuft.', 'die Frist abläuft', 'gruene'],
  ['Die Grünen werfen dem Minister vor, die Zahlen geschönt zu haben.', 'die Zahlen geschönt zu haben', 'gruene'],
  ['Peter Hahn will nicht ausschließen, dass er zurückkehrt.', 'er zurückkehrt', 'hahn'],
  ['Peter Hahn ist davon überzeugt, dass die Reform gelingt.', 'die Reform gelingt', 'hahn'],
  ['Die Grünen sind sich einig, dass die Steuer sinken muss.', 'die Steuer sinken muss', 'gruene'],
  ['Der DWD rät den Anwohnern, die Keller zu räumen.', 'die Keller zu räumen', 'dwd'],
  ['Peter Hahn verneinte, dass es Absprachen gegeben habe.', 'es Absprachen gegeben habe', 'hahn'],
  ['Verdi beantragte, das Verfahren einzustellen.', 'das Verfahren einzustellen', 'verdi'],
  ['Peter Hahn zweifelt daran, dass die Zahlen stimmen.', 'die Zahlen stimmen', 'hahn'],
  ['Die Verhandlungen, sagte Peter Hahn, gehen am Montag weiter.', 'Die Verhandlungen, sagte Peter Hahn, gehen am Montag weiter', 'hahn'],
];

for (const [text, quote, speaker] of positives) {
  test(`de verb forms: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

// an order, a movement and a plain verb that shares a form with a particle verb report nothing
const negatives: readonly string[] = [
  'Das Gericht ordnete an, dass Peter Hahn in Haft bleibt.',
  'Die Preise gehen zurück, weil die Grünen die Steuer gesenkt haben.',
  'Die Grünen nehmen an der Sitzung teil, die am Montag beginnt.',
  'Die Grünen stellen am Montag ihr Programm vor, das sie lange beraten haben.',
  'Peter Hahn soll Geld angenommen haben.',
];

for (const text of negatives) {
  test(`negative de verb forms: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
  });
}

// A verb of saying under a Konjunktiv modal right after a report is the account going on: the whole sentence is
// the earlier speaker's ("Die Regierung müsse jetzt erklären, wie …" is what Werneke said, not a report by the government).
const werneke: EntitySpec = { id: 'werneke', type: 'PER', forms: [['Frank Werneke', 'name'], ['Werneke', 'name']] };
const regierung: EntitySpec = { id: 'regierung', type: 'ORG', forms: [['Die Regierung', 'name']] };

const goingOn: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  ['Frank Werneke sagte am Montag, die Lage sei ernst. Die Regierung müsse jetzt erklären, wie sie den Beschäftigten helfen wolle.',
    [['die Lage sei ernst', 'werneke'], ['Die Regierung müsse jetzt erklären, wie sie den Beschäftigten helfen wolle', 'werneke']]],
  ['Frank Werneke sagte am Montag, die Lage sei ernst. Er könne nicht ausschließen, dass die Gespräche scheitern.',
    [['die Lage sei ernst', 'werneke'], ['Er könne nicht ausschließen, dass die Gespräche scheitern', 'werneke']]],
  ['Frank Werneke sagte, die Lage sei ernst. Man werde die Vorschläge prüfen und dann bekanntgeben, ob gestreikt werde.',
    [['die Lage sei ernst', 'werneke'], ['Man werde die Vorschläge prüfen und dann bekanntgeben, ob gestreikt werde', 'werneke']]],
];

for (const [text, expected] of goingOn) {
  test(`de modal frame goes on with the report: ${text.slice(0, 60)}…`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', [werneke, regierung]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), expected, shown(quotes));
  });
}

test('negative de: with no report before it, or with a perfect auxiliary, the frame reports its own clause', () => {
  const alone = runQuotes('Die Regierung müsse jetzt erklären, wie sie helfen wolle, forderte Frank Werneke.\nDie Regierung hat erklärt, dass sie helfen wolle.\n', 'de', [werneke, regierung]);
  assert.deepEqual(alone.quotes.map((q) => q.speaker), ['werneke', 'regierung'], shown(alone.quotes));
  const perfect = runQuotes('Frank Werneke sagte, die Lage sei ernst. Die Regierung habe erklärt, dass sie helfen wolle.\n', 'de', [werneke, regierung]);
  assert.deepEqual(perfect.quotes.map((q) => [q.text, q.speaker]), [['die Lage sei ernst', 'werneke'], ['sie helfen wolle', 'regierung']], shown(perfect.quotes));
});

// Nominal frames of giving reasons ("mit der Begründung, …", "mit dem Hinweis, dass …") and the question "wollte wissen, ob …".
const koeln: EntitySpec = { id: 'koeln', type: 'GPE', forms: [['Köln', 'name'], ['Die Stadt', 'description']] };
const kurz: EntitySpec = { id: 'kurz', type: 'PER', forms: [['Peter Kurz', 'name']] };
const verband: EntitySpec = { id: 'verband', type: 'ORG', forms: [['Der Handelsverband', 'name']] };

const reasons: readonly (readonly [string, string, string])[] = [
  ['Die Stadt begründete die Absage mit der Begründung, die Sicherheit sei nicht gewährleistet.', 'die Sicherheit sei nicht gewährleistet', 'koeln'],
  ['Der Handelsverband lehnte die Forderung mit dem Hinweis ab, dass die Kassen leer seien.', 'die Kassen leer seien', 'verband'],
  ['Peter Kurz wollte wissen, ob die Regierung davon gewusst habe.', 'die Regierung davon gewusst habe', 'kurz'],
];

for (const [text, quote, speaker] of reasons) {
  test(`de nominal frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', [koeln, kurz, verband]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('negative de: "mit dem Hinweis auf" a noun reports nothing', () => {
  const { quotes } = runQuotes('Mit dem Hinweis auf die Kosten lehnte Der Handelsverband den Antrag ab.\n', 'de', [koeln, kurz, verband]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('de: the subject, not an object before the phrase, gives the reason', () => {
  const { quotes } = runQuotes('Der Handelsverband wies das Angebot mit der Begründung zurück, die Betriebe könnten das nicht leisten.\n', 'de', [koeln, kurz, verband]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['verband'], shown(quotes));
});

// Source phrases of opinion, finding and information ("Aus Sicht der IG Metall", "Nach Überzeugung des Gerichts", "Nach Auskunft der …").
const igm: EntitySpec = { id: 'igm', type: 'ORG', forms: [['IG Metall', 'name']] };
const gericht: EntitySpec = { id: 'gericht', type: 'ORG', forms: [['Landgerichts Kiel', 'name']] };
const polizei: EntitySpec = { id: 'polizei', type: 'ORG', forms: [['Polizei Kiel', 'name']] };
const bbc: EntitySpec = { id: 'bbc', type: 'ORG', forms: [['BBC', 'name']] };
const sources = [igm, gericht, polizei, bbc];

const sourcePhrases: readonly (readonly [string, string, string])[] = [
  ['Aus Sicht der IG Metall ist der Plan ein Fehler.', 'ist der Plan ein Fehler', 'igm'],
  ['Nach Überzeugung des Landgerichts Kiel hat der Angeklagte aus Habgier gehandelt.', 'hat der Angeklagte aus Habgier gehandelt', 'gericht'],
  ['Nach Auskunft der Polizei Kiel wird der Mann noch gesucht.', 'wird der Mann noch gesucht', 'polizei'],
  ['Nach Schilderung der Polizei Kiel flüchtete der Mann zu Fuß.', 'flüchtete der Mann zu Fuß', 'polizei'],
  ['Nach Ermittlungen der Polizei Kiel war der Fahrer betrunken.', 'war der Fahrer betrunken', 'polizei'],
  ['Nach Berichten der BBC wurden zehn Menschen verletzt.', 'wurden zehn Menschen verletzt', 'bbc'],
];

for (const [text, quote, speaker] of sourcePhrases) {
  test(`de source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', sources);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

for (const text of ['Aus Sicherheitsgründen bleibt die Straße gesperrt, teilte die Stadt nicht mit.', 'Nach Ermittlungen von drei Wochen wurde der Fall eingestellt.']) {
  test(`negative de source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', sources);
    assert.deepEqual(quotes.filter((q) => q.rule.startsWith('reported-source')).map((q) => q.text), [], shown(quotes));
  });
}

// An adverb opening the sentence is capitalised but names nobody: the phrase after the inverted verb speaks.
test('de: a sentence adverb before the verb is no speaker phrase ("Anschließend erklärte die Ministerin, …")', () => {
  const text = 'Anschließend erklärte die Ministerin, man werde prüfen.\nFerner forderte der Abgeordnete, mehr Geld bereitzustellen.\n';
  const { doc } = runQuotes(text, 'de', []);
  const phrases = extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));
  assert.deepEqual(phrases, ['die Ministerin', 'der Abgeordnete']);
});

// A document as the subject of the frame is the actor's, but what the speaker was read from is the document phrase,
// as a pronoun subject is ("Der Bericht stellt fest, …": the WHO's, read from "Der Bericht").
test('de: a document subject keeps its phrase as the speaker span while the actor speaks', () => {
  const who: EntitySpec = { id: 'who', type: 'ORG', forms: [['Weltgesundheitsorganisation', 'name']] };
  const text = 'Die Weltgesundheitsorganisation hat einen Bericht über Luftverschmutzung vorgelegt. Der Bericht stellt fest, dass jedes Jahr Millionen Menschen sterben.\n';
  const { doc, quotes } = runQuotes(text, 'de', [who]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['who'], shown(quotes));
  const spans = extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));
  assert.deepEqual(spans, ['Der Bericht']);
});

// Testimony: "hat ausgesagt, dass …" (the finite "sagte … aus" is a form of "sagen" already).
test('de: "ausgesagt" frames a report ("Ein Polizist hat ausgesagt, dass …")', () => {
  const roth: EntitySpec = { id: 'roth', type: 'PER', forms: [['Peter Roth', 'name'], ['Roth', 'name']] };
  const { quotes } = runQuotes('Im Prozess gegen Peter Roth hat ein Polizist ausgesagt, dass die Tür offen war. Roth sagt aus, er sei zu Hause gewesen.\n', 'de', [roth]);
  assert.deepEqual(quotes.map((q) => q.text), ['die Tür offen war', 'er sei zu Hause gewesen'], shown(quotes));
});

// A content noun with a speaker in its genitive or "von" attribute reports its dass-clause ("Die Forderung der
// Gewerkschaft Verdi, dass …, lehnten die Arbeitgeber ab": Verdi's, not the employers' report of the noun phrase).
const verdiOrg: EntitySpec = { id: 'verdi', type: 'ORG', forms: [['Gewerkschaft Verdi', 'name'], ['Verdi', 'name']] };
const wernekeP: EntitySpec = { id: 'werneke', type: 'PER', forms: [['Frank Werneke', 'name']] };
const contentCases: readonly (readonly [string, string, string])[] = [
  ['Die Forderung der Gewerkschaft Verdi, dass die Löhne um zehn Prozent steigen, lehnten die Arbeitgeber ab.', 'die Löhne um zehn Prozent steigen', 'verdi'],
  ['Die Warnung von Frank Werneke, dass es zu längeren Streiks kommen könne, sorgte für Unruhe.', 'es zu längeren Streiks kommen könne', 'werneke'],
  ['Die Arbeitgeber wiesen die Behauptung von Frank Werneke zurück, dass die Gewinne gestiegen seien.', 'die Gewinne gestiegen seien', 'werneke'],
  // (any complementizer of the lexicon opens the clause, the old spelling included)
  ['Die Forderung der Gewerkschaft Verdi, daß die Löhne um zehn Prozent steigen, lehnten die Arbeitgeber ab.', 'die Löhne um zehn Prozent steigen', 'verdi'],
];
for (const [text, quote, speaker] of contentCases) {
  test(`de content noun: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', [verdiOrg, wernekeP]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('negative de: a content noun whose attribute names nobody, or no content noun, reports nothing of its own', () => {
  const { quotes } = runQuotes('Die Forderung nach höheren Löhnen, dass alle mehr bekommen, ist alt. Die Hoffnung der Fans, dass der Verein aufsteigt, ist groß. Die Straße der Stadt, dass sie saniert werde, ist alt.\n', 'de', [verdiOrg, wernekeP]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});
