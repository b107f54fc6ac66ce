import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import type { Lang } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { timeStage } from '../../../src/stages/time/index.js';

/** text → value of every expression, through the stage (zones included). */
function values(lang: Lang, text: string, published: string): Record<string, string | null> {
  const p = buildPipeline({ lang, stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
  const doc = p.run(docFromIngested(ingestPlainText(text, lang), { id: 's10', published }, lang));
  return Object.fromEntries(doc.get('times').map((t) => [t.text, t.value]));
}

describe('news: a bare part of the day is a part of the day the text is talking about', () => {
  test('German: a past clause takes the latest day an earlier sentence named', () => {
    const v = values('de', 'Fähre havariert\nVor Rügen ist am Dienstag eine Fähre auf Grund gelaufen. Die Reederei teilte mit, alle Passagiere seien wohlauf.\n\nDie Küstenwache hatte das Schiff am Nachmittag freigeschleppt. In der Nacht wurde es in den Hafen gebracht.', '2026-05-07');
    assert.equal(v['am Nachmittag'], '2026-05-05TAF');
    assert.equal(v['In der Nacht'], '2026-05-05TNI');
  });
  test('German: the day of its own sentence, and a part adjective', () => {
    const v = values('de', 'Proteste in Tiflis\nAm Montag versammelten sich Tausende vor dem Rathaus, am Abend zogen sie weiter. Die Polizei räumte den Platz am frühen Morgen.', '2026-02-04');
    assert.equal(v['am Abend'], '2026-02-02TEV');
    assert.equal(v['am frühen Morgen'], '2026-02-02TMO');
  });
  test('English: "in the evening" in a past clause after a named day', () => {
    const v = values('en', 'Ferry runs aground\nA ferry ran aground off the island on Tuesday, the coast guard said.\n\nTugboats pulled the vessel free in the afternoon, and it reached port during the night.', '2026-05-07');
    assert.equal(v['in the afternoon'], '2026-05-05TAF');
    assert.equal(v['during the night'], '2026-05-05TNI');
  });
  test('a future clause keeps the publication day', () => {
    const v = values('de', 'Gipfel in Brüssel\nDie Minister berieten am Montag über die Hilfen.\n\nDie Kommission will am Abend einen Vorschlag vorlegen.', '2026-05-07');
    assert.equal(v['am Abend'], '2026-05-07TEV');
    const e = values('en', 'Summit in Brussels\nMinisters met on Monday to discuss aid.\n\nThe commission will present a proposal in the evening.', '2026-05-07');
    assert.equal(e['in the evening'], '2026-05-07TEV');
  });
  test('negative: the adverb "morgen", compounds, event-anchored parts and named hours', () => {
    const v = values('de', 'Wahl in Moldau\nDas Ergebnis soll bis morgen vorliegen. Am Abend der Wahl feierte die Partei. Am Mittwochmorgen trat der Rat zusammen.', '2026-05-07');
    assert.equal(v['morgen'] ?? v['bis morgen'], '2026-05-08');
    assert.ok(!Object.keys(v).some((k) => /Abend/.test(k)), JSON.stringify(v));
    assert.equal(v['Am Mittwochmorgen'], '2026-05-06TMO');
    // a named hour takes the publication day; "Mittag" is midday, a part of the day (TMI, since s11)
    const n = values('de', 'Gipfel\nDie Staatschefs verabschiedeten am Mittag eine Erklärung.', '2026-05-07');
    assert.equal(n['am Mittag'], '2026-05-07TMI');
    // no day named anywhere before: the day is not known
    const u = values('de', 'Unruhen\nIn der Nacht blieb es in der Hauptstadt ruhig.', '2026-05-07');
    assert.equal(u['In der Nacht'], undefined);
    const e = values('en', 'Vote\nCrowds gathered in the evening of the vote. The night was quiet, police said.', '2026-05-07');
    assert.ok(!Object.keys(e).some((k) => /evening|night/.test(k)), JSON.stringify(e));
  });
});

describe('a weak preterite earlier in the clause makes a lone clock or part of the day past', () => {
  test('German: the verb stands apart from the expression', () => {
    const v = values('de', 'Brand in Lagerhalle\nIn Kiel brannte am Dienstag eine Lagerhalle.\n\nDie Feuerwehr löschte den Brand am Abend. Danach näherte sich ein Boot gegen 1 Uhr dem Hafen.', '2026-03-05');
    assert.equal(v['am Abend'], '2026-03-03TEV');
    assert.equal(v['gegen 1 Uhr'], '2026-03-03T01:00');
  });
  test('negative: an attributive participle before a noun is no verb', () => {
    const v = values('de', 'Brand in Lagerhalle\nIn Kiel brannte am Dienstag eine Lagerhalle.\n\nDie Stadt lädt verängstigte Anwohner um 15 Uhr ins Rathaus.', '2026-03-05');
    assert.equal(v['um 15 Uhr'], '2026-03-05T15:00');
  });
});

describe('a weekday with a part of the day keeps the part when its date is restated', () => {
  test('German and English', () => {
    const v = values('de', 'Festnahmen in Tiflis\nAm Montagmorgen (13.4.) hatte die Polizei den Platz geräumt.', '2026-04-16');
    assert.equal(v['Am Montagmorgen (13.4.)'], '2026-04-13TMO');
    const e = values('en', 'Tear gas in Tbilisi\nOn Sunday evening, April 12, police fired tear gas at protesters.', '2026-04-16');
    assert.equal(e['On Sunday evening, April 12'], '2026-04-12TEV');
  });
  test('negative: a weekday alone stays a date', () => {
    const v = values('de', 'Festnahmen in Tiflis\nAm Montag (13.4.) hatte die Polizei den Platz geräumt.', '2026-04-16');
    assert.equal(v['Am Montag (13.4.)'], '2026-04-13');
  });
});

describe('English: a request with its object and to-infinitive looks ahead', () => {
  test('"called on supporters to rally on Friday" is the coming Friday', () => {
    const v = values('en', 'Vote disputed\nThe opposition leader rejected the count and called on his supporters to march on Friday evening.', '2026-06-08');
    assert.equal(v['on Friday evening'], '2026-06-12TEV');
    const u = values('en', 'Strike\nThe union urged and called upon workers to stop work on Wednesday.', '2026-06-08');
    assert.equal(u['on Wednesday'], '2026-06-10');
  });
  test('negative: "called on" with a day is no request', () => {
    const v = values('en', 'Visit\nThe minister called on Friday at the embassy to the ambassador.', '2026-06-08');
    assert.equal(v['on Friday'], '2026-06-05');
  });
});

describe('a dotted clock with its time zone is a clock', () => {
  test('"17.42 BST" after a date, "08.15 GMT" alone', () => {
    const v = values('en', 'Port strike\nMon 4 May 2026 17.42 BST\n\nDockers walked out at 08.15 GMT, the union said.', '2026-05-04');
    assert.ok(Object.entries(v).some(([k, x]) => k.includes('17.42 BST') && x === '2026-05-04T17:42'), JSON.stringify(v));
    assert.equal(v['at 08.15 GMT'] ?? v['08.15 GMT'], '2026-05-04T08:15');
  });
  test('negative: a dotted number without a zone is no clock', () => {
    const v = values('en', 'Growth\nThe economy grew 17.42 percent on Monday.', '2026-05-06');
    assert.ok(!Object.keys(v).some((k) => k.includes('17.42')), JSON.stringify(v));
  });
});
