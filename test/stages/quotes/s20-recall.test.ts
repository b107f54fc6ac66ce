import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedSpans as spans, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 20: recall families of reported speech and quotes still missed, each written anew as self-made passages
// in both languages where the form exists, with negatives.

// 1. A closing mark the paper forgot at the paragraph end: the quote after a colon (or opening the paragraph) runs to the
// paragraph end when no quotation mark follows it and the paragraph closes with a sentence end.
const unclosed: readonly (readonly [string, readonly string[]])[] = [
  ['Er sagte: „Wir bleiben bei unserer Linie.\nDie Opposition protestierte.', ['Wir bleiben bei unserer Linie.']],
  ['She said: “We will not change course.\nThe opposition protested.', ['We will not change course.']],
  ['Er sagte: "Das ist nicht verhandelbar!\nDanach ging er.', ['Das ist nicht verhandelbar!']],
  ['»Wir werden das prüfen, ganz sicher.\nDie Opposition protestierte.', ['Wir werden das prüfen, ganz sicher.']],
  // a quote closed earlier in the paragraph stays as it was
  ['„Nein“, sagte sie. Er antwortete: „Wir warten ab, was kommt.\nDann ging er.', ['Nein', 'Wir warten ab, was kommt.']],
  // negatives: a mark inside running text, no sentence end, too short, a single mark, marks after the opener
  ['Die Firma „Nordlicht baut neue Anlagen in Kiel.\nDanach ging er.', []],
  ['Er sagte: „Wir bleiben bei unserer Linie\nDie Opposition protestierte.', []],
  ['Er sagte: „Niemals.\nDanach ging er.', []],
  ["Er sagte: ‚Wir bleiben bei unserer Linie.\nDanach ging er.", []],
  ['Er sagte: „Wir bleiben bei unserer „Linie.\nDanach ging er.', []],
];
for (const [text, expected] of unclosed) {
  test(`unclosed quote at a paragraph end: ${text.slice(0, 80)}`, () => {
    assert.deepEqual(spans(text), expected);
  });
}

const lang: EntitySpec = { id: 'peter-lang', type: 'PER', forms: [['Peter Lang', 'name'], ['Lang', 'name']] };
const reed: EntitySpec = { id: 'tom-reed', type: 'PER', forms: [['Tom Reed', 'name'], ['Reed', 'name']] };
table('unclosed quote after a colon frame, de', 'de', [lang], [
  ['Kanzler Peter Lang sagte am Montag: „Wir bleiben bei unserer Linie und lassen uns nicht erpressen.\nDie Opposition kritisierte den Kurs.',
    [['Wir bleiben bei unserer Linie und lassen uns nicht erpressen.', 'peter-lang']]],
  // the newspaper convention (re-opening mark) is unchanged
  ['Kanzler Peter Lang sagte: „Wir bleiben bei unserer Linie.\n„Eine Entscheidung fällt im Herbst.“',
    [['Wir bleiben bei unserer Linie.', 'peter-lang'], ['Eine Entscheidung fällt im Herbst.', 'peter-lang']]],
]);
table('unclosed quote after a colon frame, en', 'en', [reed], [
  ['Prime Minister Tom Reed told reporters: "We will not change course on this.\nThe opposition criticised the plan.',
    [['We will not change course on this.', 'tom-reed']]],
]);

// 2. A statement noun before a colon ("Sein Fazit: …", "Die Botschaft der Regierung: …", "Ihre Bilanz: …") names the
// statement, not its content: the Konjunktiv report starts after the colon; a possessive before the noun is its speaker.
const keller: EntitySpec = { id: 'maria-keller', type: 'PER', forms: [['Maria Keller', 'name'], ['Keller', 'name'], ['Ministerin', 'description']] };
const macron: EntitySpec = { id: 'macron', type: 'PER', forms: [['Emmanuel Macron', 'name'], ['Macron', 'name']] };
table('statement noun before a colon', 'de', [lang, keller, macron], [
  ['Kanzler Peter Lang erklärte am Montag, die Lage sei angespannt. Sein Fazit: Ohne Kompromiss gebe es keine Lösung.',
    [['die Lage sei angespannt', 'peter-lang'], ['Ohne Kompromiss gebe es keine Lösung', 'peter-lang']]],
  ['Kanzler Peter Lang reiste am Montag nach Paris und traf dort Präsident Emmanuel Macron. Sein Fazit: Die Gespräche seien gut verlaufen.',
    [['Die Gespräche seien gut verlaufen', 'peter-lang']]],
  ['Maria Keller besuchte am Dienstag das Flutgebiet. Ihre Bilanz: Der Wiederaufbau werde Jahre dauern.',
    [['Der Wiederaufbau werde Jahre dauern', 'maria-keller']]],
  ['Maria Keller sagte, die Hilfe komme an. Ihre Schlussbilanz: Niemand sei vergessen worden.',
    [['die Hilfe komme an', 'maria-keller'], ['Niemand sei vergessen worden', 'maria-keller']]],
  ['Maria Keller äußerte sich am Abend zum Streit. Ihre Warnung an Paris: Man werde sich nicht erpressen lassen.',
    [['Man werde sich nicht erpressen lassen', 'maria-keller']]],
  // negatives: a finding or a mood is no statement; an indicative clause after the colon reports nothing
  ['Maria Keller besuchte am Dienstag das Flutgebiet. Das Ergebnis: Der Wiederaufbau werde Jahre dauern.', []],
  ['Maria Keller besuchte am Dienstag das Flutgebiet. Die Stimmung: Man sei zuversichtlich.', []],
  ['Maria Keller besuchte am Dienstag das Flutgebiet. Ihre Bilanz: Der Wiederaufbau dauert Jahre.', []],
]);

// 3. A direct quote inside a participle adjunct after the frame of a report ("…, the ministry said, accusing Somalia of
// violating its airspace “…”"): the participle shares the report's speaker; the mention after the participle is its
// object, not the speaker.
const kenya: EntitySpec = { id: 'kenya', type: 'GPE', forms: [['Kenya', 'name'], ['Kenyan', 'adjective']] };
const somalia: EntitySpec = { id: 'somalia', type: 'GPE', forms: [['Somalia', 'name'], ['Somali', 'adjective']] };
const kMinistry: EntitySpec = { id: 'kenya-defence-ministry', type: 'ORG', forms: [['the Kenyan defence ministry', 'name']] };
table('participle adjunct after a report frame', 'en', [kenya, somalia, kMinistry], [
  ['A Somali military drone was shot down near the border on Monday, the Kenyan defence ministry said, accusing Somalia of violating its airspace "for the second time this month".',
    [['A Somali military drone was shot down near the border on Monday', 'kenya-defence-ministry'], ['for the second time this month', 'kenya-defence-ministry']]],
  ['Troops had crossed the border overnight, the Kenyan defence ministry said, calling the incursion "a grave provocation".',
    [['Troops had crossed the border overnight', 'kenya-defence-ministry'], ['a grave provocation', 'kenya-defence-ministry']]],
  // no report before it: the participle shares its clause's subject (unchanged)
  ['Kenya expelled the envoy on Tuesday, accusing Somalia of "hostile acts" along the border.',
    [['hostile acts', 'kenya']]],
  // negative: the object after the participle ("Somalia") is never its speaker
  ['Kenya said troops had crossed the border, accusing Somalia of "hostile acts".',
    [['troops had crossed the border', 'kenya'], ['hostile acts', 'kenya']]],
]);

// 4. "condemned what it called “a hostile act”": a title marker right after a personal pronoun is the pronoun's referent
// naming something (a fragment it said), not the title of a work.
table('what it called “…”', 'en', [kenya, somalia], [
  ['Somalia condemned what it called "a hostile act" and said the drone had been unarmed.',
    [['a hostile act', 'somalia'], ['the drone had been unarmed', 'somalia']]],
  ['Kenya shot down a drone on Monday. Somalia rejected what it called "baseless accusations".',
    [['baseless accusations', 'somalia']]],
  // negatives: a work or group named after the marker stays a title
  ['Somalia banned a film called "The Hostile Act" on Monday.', []],
  ['Kenya said a militia called "Blue Border Guards" had crossed into its territory.',
    [['a militia called "Blue Border Guards" had crossed into its territory', 'kenya']]],
]);

// 5. "Noor kritisierte, was er einen „gefährlichen Fehler“ nannte": a frame after the quote that is a relative clause
// ("was er … nannte", "what he called") leaves the subject of its main clause a referent of its pronoun.
const noor: EntitySpec = { id: 'ahmed-noor', type: 'PER', forms: [['Ahmed Noor', 'name'], ['Noor', 'name']] };
const somaliaDe: EntitySpec = { id: 'somalia', type: 'GPE', forms: [['Somalia', 'name'], ['Somalias', 'name'], ['somalische', 'adjective']] };
table('pronoun in a relative frame, de', 'de', [noor, somaliaDe], [
  ['Somalia verurteilte, was es als „feindseligen Akt“ bezeichnete. Außenminister Ahmed Noor kritisierte, was er einen „gefährlichen Fehler“ nannte.',
    [['feindseligen Akt', 'somalia'], ['gefährlichen Fehler', 'ahmed-noor']]],
  // negative: a frame after the reported clause that is no relative clause still leaves the clause's mentions out
  ['Ahmed Noor habe den Fehler eingeräumt, sagte er.', [['Ahmed Noor habe den Fehler eingeräumt', null]]],
]);
