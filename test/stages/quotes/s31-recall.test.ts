import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 31: a sentence that names a statement without its content ("Die Gewerkschaft verteidigte den Streik.") is a
// source for a Konjunktiv I account one sentence later, across a sentence of another kind, as a report already was
// (afterGap): "Die Polizei sprach von einer ruhigen Nacht. In 40 Autos wurde Feuer gelegt. In einer Garage seien drei
// Busse zerstört worden." Only a statement whose verb stands in the main clause (no comma before it) with its speaker
// phrase right next to it; the sentence between may not be about another entity. German only: English has no
// Konjunktiv account (self-written sentences; the English case checks that nothing is added).

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2026-03-01', lang }).get('quotes').map((q) => [q.text, q.speaker]);

describe('quotes s31: a Konjunktiv account one sentence after a statement', () => {
  it('a union that defended a strike', () => {
    const got = quotes('Streik\n\nDie Gewerkschaft Verdi verteidigte den Streik. Am Montag legten in Berlin viele Beschäftigte die Arbeit nieder. Die Arbeitgeber habe kein Angebot vorgelegt.', 'de');
    assert.deepEqual(got, [['Die Arbeitgeber habe kein Angebot vorgelegt', 'verdi']]);
  });
  it('a minister who spoke of a calm night', () => {
    const got = quotes('Krawalle\n\nInnenministerin Katrin Vogt sprach von einer ruhigen Nacht. In 40 Autos wurde Feuer gelegt. In einer Garage seien drei Busse zerstört worden.', 'de');
    assert.deepEqual(got, [['In einer Garage seien drei Busse zerstört worden', 'katrin-vogt']]);
  });
  it('negative: a verb of saying in a clause after a comma is no statement of the sentence', () => {
    const got = quotes('Kraftwerk\n\nDer Plan wurde verschoben, obwohl sich viele Anleger in Bremen gemeldet hatten. Hierfür wurde eine Firma gegründet. Das Werk sei ein Prestigeobjekt.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative: a name that is not the phrase next to the verb ("forderte ein Sturm, der … traf")', () => {
    const got = quotes('Sturm\n\nZwölf Tote forderte ein Sturm, der den Norden der Philippinen traf. Die Flüsse traten über die Ufer. Viele Häuser seien zerstört worden.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative: the sentence between is about someone else', () => {
    const got = quotes('Streik\n\nDie Gewerkschaft Verdi verteidigte den Streik. Der Arbeitgeberverband Gesamtmetall lehnte Gespräche ab. Die Arbeitgeber habe kein Angebot vorgelegt.', 'de');
    assert.ok(!got.some(([, s]) => s === 'verdi'), JSON.stringify(got));
  });
  it('negative: an account of something else (no verb of saying) is no source', () => {
    const got = quotes('Reise\n\nInnenministerin Katrin Vogt reiste am Montag nach Bonn. In 40 Autos wurde Feuer gelegt. In einer Garage seien drei Busse zerstört worden.', 'de');
    assert.deepEqual(got, []);
  });
  it('negative: a Konjunktiv II sentence two sentences on is the writer\'s', () => {
    const got = quotes('Streik\n\nDie Gewerkschaft Verdi verteidigte den Streik. Am Montag legten in Berlin viele Beschäftigte die Arbeit nieder. Ohne Streik wäre der Lohn niedriger.', 'de');
    assert.deepEqual(got, []);
  });
  it('English: a statement and a later sentence are not joined (no Konjunktiv)', () => {
    const got = quotes('Strike\n\nThe union defended the strike. On Monday many workers stayed at home. The employers had made no offer.', 'en');
    assert.deepEqual(got, []);
  });
});

// Anaphoric frames ("Die Zahl stieg auf 300. Das teilte die Behörde mit."): the verbs of emphasis and admission
// ("Das betonte X", "Das bekräftigte X", "Dies räumte X ein", "Das versicherte X") point back as "Das erklärte X" does; a
// past form right after "Das" that is the attributive participle of a noun ("Das erklärte Ziel der Regierung ist …",
// "Das betonte Interesse …") is no frame (it reported the sentence before before this session).
describe('quotes s31: anaphoric frames', () => {
  const lead = 'Unglück\n\nDie Zahl der Toten stieg am Montag auf 300 Menschen. ';
  const cases: readonly string[] = [
    'Das betonte Innenminister Lauri Läänemets am Abend.',
    'Das bekräftigte Innenminister Lauri Läänemets am Abend.',
    'Dies räumte Innenminister Lauri Läänemets am Abend ein.',
    'Das versicherte Innenminister Lauri Läänemets am Abend.',
    'Das erklärte Innenminister Lauri Läänemets am Abend.',
    'Das erklärte der Innenminister Lauri Läänemets am Abend.',
  ];
  for (const frame of cases) {
    it(`"${frame}"`, () => {
      assert.deepEqual(quotes(lead + frame, 'de'), [['Die Zahl der Toten stieg am Montag auf 300 Menschen', 'lauri-laanemets']]);
    });
  }
  it('negative: "Das erklärte Ziel der Regierung ist …" is an attributive participle', () => {
    assert.deepEqual(quotes('Hafen\n\nDie Regierung in Tallinn will bis Mai einen neuen Hafen bauen. Das erklärte Ziel der Regierung ist ein Abkommen mit Finnland.', 'de'), []);
  });
  it('negative: "Das betonte Interesse des Ministers …" is an attributive participle', () => {
    assert.deepEqual(quotes(lead + 'Das betonte Interesse des Innenministers Lauri Läänemets verwunderte viele.', 'de'), []);
  });
  it('negative: a verb of emphasis that reports a clause of its own is no anaphoric frame', () => {
    const got = quotes(lead + 'Das betonte Innenminister Lauri Läänemets, die Lage sei ernst.', 'de');
    assert.ok(!got.some(([t]) => t.startsWith('Die Zahl der Toten')), JSON.stringify(got));
  });
});
