import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 30: speakers of unseen text (self-written passages, full pipeline).
// - An indefinite office-holder ("a military spokesman", "ein Sprecher des Militärs") is the person the next sentence
//   introduces with that office as a title right before the name ("Spokesman X told …", "Militärsprecher X erklärte").
// - A quote before a sentence that opens "Mit diesen Worten …" / "With these words …" is said by that sentence's subject,
//   whatever its verb ("wandte sich an die Nation", "addressed the nation").
// - A source phrase's prepositional attribute ("According to an official at the interior ministry, …", "Laut einem
//   Sprecher im Innenministerium wurden …") belongs to the source, not to the reported clause.
// - An unnamed office-holder whose role noun the role lexicon lacks in that form ("Laut einem Beamten des
//   Innenministeriums") speaks for the body the entity layer read as its office's (the state), as any unnamed one does.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => [q.text, q.speaker]);
const speakerOf = (got: [string, string | null][], start: string): string | null | undefined => got.find(([t]) => t.startsWith(start))?.[1];

describe('quotes s30: an indefinite office-holder named in the next sentence', () => {
  const en = (title: string): string => 'Talks\n\nThe government has postponed the talks with the rebels until next month, a military spokesman said on Monday.\n\n' +
    `${title} Kyaw Lin told reporters that the rebels had broken the truce twice.`;
  it('English: "a military spokesman said. Spokesman Kyaw Lin told reporters …" is Kyaw Lin', () => {
    const got = quotes(en('Spokesman'), 'en');
    assert.equal(speakerOf(got, 'The government has postponed'), 'kyaw-lin');
    assert.equal(speakerOf(got, 'the rebels had broken'), 'kyaw-lin');
  });
  it('English negative: a person with another title in the next sentence is not the spokesman', () => {
    const got = quotes(en('Foreign Minister'), 'en');
    assert.notEqual(speakerOf(got, 'The government has postponed'), 'kyaw-lin');
    assert.equal(speakerOf(got, 'the rebels had broken'), 'kyaw-lin');
  });
  it('English negative: a spokesman named before is not the new "a spokesman"', () => {
    const got = quotes('Talks\n\nSpokesman Kyaw Lin criticised the rebels on Sunday. The government has postponed the talks until next month, a military spokesman said on Monday.\n\n' +
      'Spokesman Kyaw Lin told reporters that the rebels had broken the truce twice.', 'en');
    assert.notEqual(speakerOf(got, 'The government has postponed'), 'kyaw-lin');
  });
  const de = (title: string): string => 'Gespräche\n\nDie Regierung hat die Gespräche mit den Rebellen auf den kommenden Monat verschoben, sagte ein Sprecher des Militärs am Montag.\n\n' +
    `${title} Kyaw Lin erklärte, die Rebellen hätten die Waffenruhe zweimal gebrochen.`;
  it('German: "sagte ein Sprecher des Militärs. Militärsprecher Kyaw Lin erklärte …" is Kyaw Lin (a compound title)', () => {
    const got = quotes(de('Militärsprecher'), 'de');
    assert.equal(speakerOf(got, 'Die Regierung hat'), 'kyaw-lin');
  });
  it('German: "sagte eine Sprecherin. Sprecherin Thandar Aye fügte hinzu …" in one paragraph', () => {
    const got = quotes('Gespräche\n\nDie Regierung habe die Gespräche verschoben, sagte eine Sprecherin am Montag in der Hauptstadt. Sprecherin Thandar Aye fügte hinzu, die Rebellen hätten die Waffenruhe gebrochen.', 'de');
    assert.equal(speakerOf(got, 'Die Regierung habe'), 'thandar-aye');
  });
  it('German negative: "Außenminister Kyaw Lin" in the next sentence is not the spokesman', () => {
    const got = quotes(de('Außenminister'), 'de');
    assert.notEqual(speakerOf(got, 'Die Regierung hat'), 'kyaw-lin');
  });
});

describe('quotes s30: "Mit diesen Worten …" / "With these words …" after a quote', () => {
  it('German: the subject of "Mit diesen Worten wandte sich Präsident X an die Nation" said the quote before', () => {
    const got = quotes('Rede\n\n„Wir werden nicht nachgeben.“ Mit diesen Worten wandte sich Präsident Alain Kouassi am Abend an die Nation. Er kündigte an, die Armee werde die Grenze sichern.', 'de');
    assert.equal(speakerOf(got, 'Wir werden nicht nachgeben'), 'alain-kouassi');
  });
  it('English: the subject of "With these words President X addressed the nation" said the quote before', () => {
    const got = quotes('Speech\n\n"We will not give in." With these words President Alain Kouassi addressed the nation on Tuesday evening.', 'en');
    assert.equal(speakerOf(got, 'We will not give in'), 'alain-kouassi');
  });
  it('German negative: "Mit dieser Entscheidung …" (no words noun) names no speaker', () => {
    const got = quotes('Rede\n\n„Das ist ein schwarzer Tag.“ Mit dieser Entscheidung wandte sich Präsident Alain Kouassi gegen die Armee.', 'de');
    assert.equal(speakerOf(got, 'Das ist ein schwarzer Tag'), null);
  });
  it('German negative: "Mit scharfen Worten wies Y das zurück" (no word that points back) does not make Y the speaker', () => {
    const got = quotes('Rede\n\n„Wir werden nicht nachgeben.“ Mit scharfen Worten wies Präsident Alain Kouassi das zurück.', 'de');
    assert.notEqual(speakerOf(got, 'Wir werden nicht nachgeben'), 'alain-kouassi');
  });
  it('English negative: "With these ships …" names no speaker', () => {
    const got = quotes('Speech\n\n"We will not give in." With these ships President Alain Kouassi wants to secure the coast.', 'en');
    assert.equal(speakerOf(got, 'We will not give in'), null);
  });
});

describe('quotes s30: a prepositional attribute of a source phrase', () => {
  it('English: "According to an official at the interior ministry, …" reports only the clause after the comma', () => {
    const got = quotes('Unrest\n\nSerbia\'s police detained dozens of students. According to an official at the interior ministry, 20 people were detained in Belgrade.', 'en');
    assert.deepEqual(got, [['20 people were detained in Belgrade', 'serbia']]);
  });
  it('English: "According to an official of the bank, …" is the bank named before', () => {
    const got = quotes('Loans\n\nThe World Bank approved a new loan for Kenya. According to an official of the bank, the money will go to schools.', 'en');
    assert.deepEqual(got, [['the money will go to schools', 'world-bank']]);
  });
  it('English negative: a source phrase with no comma after its attribute keeps its reading', () => {
    const got = quotes('Unrest\n\nSerbia\'s police detained dozens of students. According to police, 20 people were detained in Belgrade.', 'en');
    assert.deepEqual(got.map(([t]) => t), ['20 people were detained in Belgrade']);
  });
  it('German: "Laut einem Sprecher im Innenministerium wurden …" reports the clause from the finite verb on', () => {
    const got = quotes('Unruhen\n\nDie serbische Polizei nahm Dutzende Studenten fest. Laut einem Sprecher im Innenministerium wurden in Belgrad 20 Menschen festgenommen.', 'de');
    assert.deepEqual(got, [['wurden in Belgrad 20 Menschen festgenommen', 'serbia']]);
  });
  it('German negative: a source phrase inside the clause reports the whole clause', () => {
    const got = quotes('Unruhen\n\nDie serbische Polizei nahm Dutzende Studenten fest. In Belgrad wurden laut einem Sprecher im Innenministerium 20 Menschen festgenommen.', 'de');
    assert.equal(got.length, 1);
    assert.ok(got[0]![0].startsWith('In Belgrad wurden'), got[0]![0]);
  });
});

describe('quotes s30: an unnamed official in a form the role lexicon lacks', () => {
  it('German: "Laut einem Beamten des Innenministeriums …" is the state', () => {
    const got = quotes('Unruhen\n\nDie serbische Polizei nahm Dutzende Studenten fest. Laut einem Beamten des Innenministeriums wurden 20 Menschen festgenommen.', 'de');
    assert.deepEqual(got, [['wurden 20 Menschen festgenommen', 'serbia']]);
  });
  it('German negative: officials as a group ("Laut Beamten") are no specific source', () => {
    const got = quotes('Unruhen\n\nDie serbische Polizei nahm Dutzende Studenten fest. Laut Beamten wurden 20 Menschen festgenommen.', 'de');
    assert.ok(got.every(([, speaker]) => speaker !== 'serbia'), JSON.stringify(got));
  });
});
