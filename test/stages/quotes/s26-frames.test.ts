import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 26: frames of reported speech the stage did not know (issue #5, recall of indirect speech), each written anew
// as self-made passages with negatives.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2026-03-12', lang }).get('quotes').map((q) => [q.text, q.speaker]);

// 1. A zu-/to-infinitive of a speech verb governed by a verb that says the speaking was done ("beeilte sich zu erklären",
// "bemühte sich zu betonen", "wurde nicht müde zu betonen", "hastened to explain", "was quick to say"; quote-cues
// `infinitiveGovernors`) reports the clause after it, said by the governor's subject. Other governors leave the infinitive
// unsaid ("weigerte sich zu erklären", "wurde aufgefordert zu erklären", "refused to say", "was asked to explain").
describe('quotes: a speech verb in a zu-/to-infinitive that a verb of doing it governs', () => {
  it('German: "beeilte sich zu erklären, …" with a Konjunktiv clause', () => {
    const got = quotes('Hafen\n\nDie Stadt Kiel will den Hafen ausbauen. Bürgermeister Ulf Kämpfer beeilte sich zu erklären, die Pläne seien sicher.', 'de');
    assert.deepEqual(got, [['die Pläne seien sicher', 'ulf-kampfer']]);
  });
  it('German: "bemühte sich, gegenüber Journalisten zu betonen, dass …" (comma after the reflexive, words between)', () => {
    const got = quotes('Hafen\n\nDie Stadt Kiel will den Hafen ausbauen. Bürgermeister Ulf Kämpfer bemühte sich, gegenüber Journalisten zu betonen, dass niemand seine Wohnung verlieren werde.', 'de');
    assert.deepEqual(got, [['niemand seine Wohnung verlieren werde', 'ulf-kampfer']]);
  });
  it('German: "wurde nicht müde zu betonen, …"', () => {
    const got = quotes('Hafen\n\nDie Stadt Kiel will den Hafen ausbauen. Hafenchefin Anna Lind wurde nicht müde zu betonen, der Ausbau schaffe Arbeitsplätze.', 'de');
    assert.deepEqual(got, [['der Ausbau schaffe Arbeitsplätze', 'anna-lind']]);
  });
  it('English: "hastened to explain that …", "was quick to say that …"', () => {
    const got = quotes('Port row\n\nThe city of Kiel wants to expand its port. Mayor Ulf Kaempfer hastened to explain that no one would lose their home. Port director Anna Lind was quick to say that the plans posed no risk.', 'en');
    assert.deepEqual(got, [['no one would lose their home', 'ulf-kaempfer'], ['the plans posed no risk', 'anna-lind']]);
  });
  it('negative German: refusing or being asked to explain reports nothing', () => {
    const got = quotes('Hafen\n\nDie Stadt Kiel will den Hafen ausbauen. Bürgermeister Ulf Kämpfer weigerte sich zu erklären, ob die Pläne geändert würden. Es ist schwer zu sagen, ob der Ausbau gelingt.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative English: "refused to say whether", "was asked to explain why", "declined to comment"', () => {
    const got = quotes('Port row\n\nThe city of Kiel wants to expand its port. Harbour master Jens Ohm refused to say whether the plans would change. Transport minister Claus Madsen was asked to explain why the costs had doubled.', 'en');
    assert.deepEqual(got, []);
  });
});

// 2. "laut" after a copula is the preposition of a source when an article or possessive opens a noun phrase after it
// ("Das Buch ist laut einem Jurymitglied …", "Zunächst ist laut dem Ministerium …"): the predicative adjective ("Die Musik
// ist laut") is followed by the clause's end, a conjunction, a preposition or an adverb, never by an article. German only:
// English has no one-word source preposition that is also an adjective ("according to" is unambiguous).
describe('quotes: "laut" with an article after a copula is a source preposition', () => {
  it('German: "Das Buch ist laut einem Jurymitglied …", "Zunächst ist laut dem Ministerium …"', () => {
    const got = quotes('Preis\n\nDer Roman von Anna Berg hat den Buchpreis gewonnen. Das Buch ist laut einem Jurymitglied eine kluge Geschichte über das Erwachsenwerden. Die Verleihung ist laut seinem Verlag für Mai geplant.', 'de');
    assert.deepEqual(got.map(([t]) => t), ['Das Buch ist laut einem Jurymitglied eine kluge Geschichte über das Erwachsenwerden', 'Die Verleihung ist laut seinem Verlag für Mai geplant']);
  });
  it('negative German: the predicative adjective "laut" reports nothing', () => {
    const got = quotes('Konzert\n\nDas Konzert in Kiel war ausverkauft. Die Musik war laut, der Ärger der Nachbarn groß. Die Kritik wurde laut, als die Preise stiegen. Der alte Motor ist laut und teuer. Es wurde laut im Saal.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative English: "loud" is no source', () => {
    const got = quotes('Concert\n\nThe concert in Kiel was sold out. The music was loud, and the neighbours were angry.', 'en');
    assert.deepEqual(got, []);
  });
});

// 3. "verbreiten lassen" (to have it put out) is a frame of saying: "ließ X im Staatsfernsehen verbreiten, Iran werde …".
// Only the infinitive (also the plural present) is listed, and never with "sich" (to spread): "Viren verbreiten sich";
// spreading fear or rumours with no content clause reports nothing. English "put out word that" has no such verb.
describe('quotes: "verbreiten lassen" with a content clause', () => {
  it('German: "ließ Außenminister X im Staatsfernsehen verbreiten, Iran werde …"', () => {
    const got = quotes('Atomstreit\n\nTeheran, 12.03.2026 – Der Iran hat neue Verhandlungen abgelehnt.\n\nDazu ließ Außenminister Abbas Araghtschi im Staatsfernsehen verbreiten, Iran werde sich nicht von seinem Weg abbringen lassen.', 'de');
    assert.deepEqual(got, [['Iran werde sich nicht von seinem Weg abbringen lassen', 'abbas-araghchi']]);
  });
  it('negative German: spreading fear, false news or a virus reports nothing', () => {
    const got = quotes('Unruhen\n\nKiel, 12.03.2026 – Im Norden ist es zu Unruhen gekommen.\n\nDie Rebellen wollen Angst und Schrecken verbreiten, um die Bevölkerung einzuschüchtern. Die Gruppe will Falschnachrichten verbreiten, die den Wahlkampf beeinflussen. Die Viren verbreiten sich schnell, wenn die Menschen keine Masken tragen.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative English: "spread fear" reports nothing', () => {
    const got = quotes('Unrest\n\nKIEL, March 12 (Reuters) - Unrest broke out in the north.\n\nThe rebels want to spread fear, officials fear.', 'en');
    assert.ok(got.every(([t]) => !t.includes('spread')), JSON.stringify(got));
  });
});

// 4. Titles in quotation marks and opinions without a content clause stay no report under the new frames.
describe('quotes: negatives for the session-26 frames (titles, opinions without a clause)', () => {
  it('German: a ship, a book and an operation in quotation marks after a copula with "laut"', () => {
    const got = quotes('Hafen\n\nKiel, 12.03.2026 – Im Hafen lag am Montag die „Aida Nova“.\n\nDas Schiff „Aida Nova“ ist sehr laut. Der Roman „Die Flut“ war laut und wild. Die Operation „Sturmwind“ wurde laut beendet.', 'de');
    assert.deepEqual(got, []);
  });
  it('German: hastening or taking pains without a speech verb reports nothing ("beeilte sich, den Hafen zu verlassen")', () => {
    const got = quotes('Hafen\n\nKiel, 12.03.2026 – Im Hafen brach ein Feuer aus.\n\nKapitän Jens Ohm beeilte sich, das Schiff aus dem Hafen zu bringen. Die Feuerwehr bemühte sich, den Brand zu löschen.', 'de');
    assert.deepEqual(got, []);
  });
  it('English: "hastened to leave", "was quick to react" report nothing', () => {
    const got = quotes('Fire in port\n\nKIEL, March 12 (Reuters) - A fire broke out in the port.\n\nCaptain Jens Ohm hastened to leave the harbour. The fire brigade was quick to react.', 'en');
    assert.deepEqual(got, []);
  });
});
