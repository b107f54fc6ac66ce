import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 28: speakers of unseen text (self-written passages, full pipeline).
// - A genitive after the subject's noun governs the body it names: "sagte die Obfrau ihrer Fraktion im Ausschuss des
//   Bundestages" is the person the description refers back to, not the parliament.
// - "A ministry spokesman" is the ministry the text described before ("its commerce ministry" → China), not a ministry
//   the article names only later.
// - "Die Richter befanden, …": judges of a court (plural) speak as the court, never as one person named before.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => [q.text, q.speaker]);

describe('quotes s28: a genitive after the subject noun', () => {
  it('German: "sagte die Obfrau ihrer Fraktion im Haushaltsausschuss des Bundestages" is the person named before', () => {
    const got = quotes('Haushalt\n\nDie Grünen-Abgeordnete Petra Hansen kritisierte den Entwurf der Bundesregierung. „Das ist unverantwortlich“, sagte die Obfrau ihrer Fraktion im Haushaltsausschuss des Bundestages.', 'de');
    assert.deepEqual(got, [['Das ist unverantwortlich', 'petra-hansen']]);
  });
  it('German negative: "sagte ein Sprecher des Bundestages" stays with the parliament', () => {
    const got = quotes('Haushalt\n\nDie Grünen-Abgeordnete Petra Hansen kritisierte den Entwurf der Bundesregierung. Die Sitzung werde verschoben, sagte ein Sprecher des Bundestages.', 'de');
    assert.deepEqual(got, [['Die Sitzung werde verschoben', 'bundestag']]);
  });
  it('English negative: "said a spokesman of the Bundestag" stays with the parliament', () => {
    const got = quotes('Budget\n\nGreen lawmaker Petra Hansen criticised the draft budget. The session would be postponed, said a spokesman of the Bundestag.', 'en');
    assert.deepEqual(got, [['The session would be postponed', 'bundestag']]);
  });
});

describe('quotes s28: an institution noun before a role noun refers back', () => {
  const graphite = 'Exports\n\nBEIJING (Reuters) - China will require licences for exports of graphite to South Korea, its commerce ministry said on Tuesday.\n\n' +
    'A ministry spokesman told a briefing that the measure was needed for security.\n\n' +
    'The Ministry of Trade, Industry and Energy in Seoul said it would lodge a protest.';
  it('English: "its commerce ministry said … A ministry spokesman told …" is China, not the ministry named later', () => {
    const got = quotes(graphite, 'en');
    assert.deepEqual(got.find(([t]) => t.startsWith('the measure')), ['the measure was needed for security', 'china']);
  });
  it('English negative: a ministry named before is the spokesman\'s ministry', () => {
    const got = quotes('Exports\n\nSEOUL (Reuters) - The Ministry of Trade, Industry and Energy said on Tuesday it would lodge a protest with China.\n\n' +
      'A ministry spokesman told a briefing that the curbs would hurt carmakers.', 'en');
    assert.deepEqual(got.find(([t]) => t.startsWith('the curbs')), ['the curbs would hurt carmakers', 'ministry-of-trade-industry-and-energy']);
  });
  it('German: "wie sein Handelsministerium mitteilte … Ein Ministeriumssprecher sagte" is China', () => {
    const got = quotes('Exporte\n\nPeking (dpa) – China beschränkt die Ausfuhr von Graphit nach Südkorea, wie sein Handelsministerium am Dienstag mitteilte. Ein Ministeriumssprecher sagte, die Maßnahme diene der nationalen Sicherheit.', 'de');
    assert.deepEqual(got.find(([t]) => t.startsWith('die Maßnahme')), ['die Maßnahme diene der nationalen Sicherheit', 'china']);
  });
});

describe('quotes s28: judges speak as their court', () => {
  it('German: "Die Richter befanden, …" after a person named before is the court', () => {
    const got = quotes('Parteiverbot\n\nIn Karlsruhe nahm die Polizei am Freitag 20 Demonstranten fest, unter ihnen der Parteichef Jonas Weber. Das Verfassungsgericht hatte seine Partei im Mai verboten. Die Richter befanden, die Partei sei aus dem Ausland finanziert worden.', 'de');
    const [, speaker] = got.find(([t]) => t.startsWith('die Partei sei')) ?? [];
    assert.ok(speaker !== undefined && speaker !== null && speaker !== 'jonas-weber' && /gericht/u.test(speaker), `got ${String(speaker)}`);
  });
  it('German negative: a singular "Der Richter" after a named plaintiff is not the plaintiff', () => {
    const got = quotes('Wahlrecht\n\nDer CDU-Abgeordnete Jonas Weber hat gegen das Wahlgesetz geklagt. Der Richter befand, die Sperrklausel sei nicht gerechtfertigt.', 'de');
    const [, speaker] = got.find(([t]) => t.startsWith('die Sperrklausel')) ?? [];
    assert.notEqual(speaker, 'jonas-weber');
  });
  it('English: "The judges said" after a named plaintiff is the court', () => {
    const got = quotes('Court\n\nThe Supreme Court struck down the election law on Friday. Opposition lawmaker John Hale had brought the case. The judges said the threshold was not justified.', 'en');
    assert.deepEqual(got.find(([t]) => t.startsWith('the threshold')), ['the threshold was not justified', 'supreme-court']);
  });
});

describe('quotes s28: "the agency" is an organisation named before, as German "die Behörde"', () => {
  it('English: "The World Health Organization warned … The agency said" is the WHO', () => {
    const got = quotes('Cholera\n\nGeneva (Reuters) - The World Health Organization warned on Friday that cholera was spreading in Sudan. A WHO spokesman, Christian Lindmeier, said more than 300 people had died. The agency said it would send more vaccines.', 'en');
    assert.deepEqual(got.find(([t]) => t.startsWith('it would send')), ['it would send more vaccines', 'who']);
  });
  it('English negative: with no organisation named, "The agency said" is the state', () => {
    const got = quotes('Volcano\n\nJakarta (Reuters) - Indonesia raised the alert level for Mount Lewotobi on Monday. The agency said ash columns had reached 10 km.', 'en');
    assert.deepEqual(got, [['ash columns had reached 10 km', 'indonesia']]);
  });
  it('German: "Die Weltgesundheitsorganisation … Die Behörde kündigte an" is the WHO', () => {
    const got = quotes('Cholera\n\nGenf (dpa) - Die Weltgesundheitsorganisation (WHO) warnte am Freitag, die Cholera breite sich im Sudan aus. Die Behörde kündigte an, weitere Impfstoffe zu schicken.', 'de');
    assert.deepEqual(got.find(([t]) => t.startsWith('weitere')), ['weitere Impfstoffe zu schicken', 'who']);
  });
});

describe('quotes s28: a genitive after an office keeps its body', () => {
  it('German negative: "sagte der Präsident des Bundestages" after a person named before is the parliament', () => {
    const got = quotes('Haushalt\n\nDie Grünen-Abgeordnete Petra Hansen kritisierte den Entwurf. Die Sitzung werde verschoben, sagte der Präsident des Bundestages.', 'de');
    assert.deepEqual(got, [['Die Sitzung werde verschoben', 'bundestag']]);
  });
});
