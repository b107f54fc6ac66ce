import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import type { Lang } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { timeStage } from '../../../src/stages/time/index.js';

/*
 * Session 11: strong preterites as past cues, "künftig", midday as a part of the day, a day that takes
 * the year of its month named earlier in the sentence, superlatives four words before "in". All
 * sentences are written for this test.
 */

/** text → [value, mod] of every expression, through the stage (zones included). */
function tagged(lang: Lang, text: string, published: string): Record<string, [string | null, string | null]> {
  const p = buildPipeline({ lang, stages: [{ stage: 'segment' }, { stage: 'time' }] }, { segment: segmentStage, time: timeStage });
  const doc = p.run(docFromIngested(ingestPlainText(text, lang), { id: 's11', published }, lang));
  return Object.fromEntries(doc.get('times').map((t) => [t.text, [t.value, t.mod ?? null]]));
}
const value = (lang: Lang, text: string, published: string, span: string): string | null | undefined => tagged(lang, text, published)[span]?.[0];

// 2026-03-18 is a Wednesday
const WED = '2026-03-18';

describe('German strong preterites are past cues (a weekday of their clause is the last one)', () => {
  const rows: [string, string, string][] = [
    ['Am Montag geriet ein Tanker vor Gotland in Seenot.', 'Am Montag', '2026-03-16'],
    ['Am Montag gerieten zwei Fischkutter in einen Sturm.', 'Am Montag', '2026-03-16'],
    ['Am Montag gefiel den Delegierten der Vorschlag nicht.', 'Am Montag', '2026-03-16'],
    ['Am Sonntag schrie die Menge vor dem Palast Parolen.', 'Am Sonntag', '2026-03-15'],
    ['Am Montag konnte die Feuerwehr den Brand erst spät löschen.', 'Am Montag', '2026-03-16'],
    ['Am Montag mussten die Schulen der Stadt schließen.', 'Am Montag', '2026-03-16'],
    ['Am Samstag schob die Polizei die Demonstranten zurück.', 'Am Samstag', '2026-03-14'],
  ];
  for (const [text, span, want] of rows) test(text, () => assert.equal(value('de', `Meldung\n${text}`, WED, span), want));
  test('negative: a present verb with a prefix that is no preterite keeps the coming day', () => {
    assert.equal(value('de', 'Meldung\nAm Montag gehört das Gebäude wieder der Stadt.', WED, 'Am Montag'), '2026-03-23');
    assert.equal(value('de', 'Meldung\nAm Freitag gestaltet der Rat das Programm.', WED, 'Am Freitag'), '2026-03-20');
    // a participle with "ge-" is no preterite: the passive infinitive is ahead
    assert.equal(value('de', 'Meldung\nAm Dienstag muss die Brücke geschlossen werden.', WED, 'Am Dienstag'), '2026-03-24');
  });
});

describe('"künftig" is FUTURE_REF', () => {
  test('positives: after a past report, in a zu-infinitive, in a reported clause', () => {
    const v = tagged('de', 'Meldung\nDie Nachbarstaaten kündigten am Montag an, ihre Grenzpolizei künftig gemeinsam einzusetzen. Zukünftig sollen Kontrollen seltener werden. Sollte der Vertrag scheitern, werde man Gas künftig anderswo kaufen, hieß es.', WED);
    assert.deepEqual(v['künftig'], ['FUTURE_REF', null]);
    assert.deepEqual(v['Zukünftig'], ['FUTURE_REF', null]);
    assert.deepEqual(v['am Montag'], ['2026-03-16', null]);
  });
  test('negative: the adjective "künftige" is no expression', () => {
    const v = tagged('de', 'Meldung\nKünftige Regierungen müssen die Schulden tragen. Die künftigen Regeln gelten für alle.', WED);
    assert.deepEqual(Object.keys(v), []);
  });
});

describe('midday is a part of the day (TMI), noon and "12 Uhr" the clock', () => {
  test('German: "am Mittag", "gegen Mittag" (APPROX), "bis Mittag", "bis zum Abend" of the day named before', () => {
    const v = tagged('de', 'Meldung\nDie Minister trafen sich am Dienstag in Brüssel. Am Mittag legten sie eine Erklärung vor. Gegen Mittag verließ der Gast den Saal. Die Gespräche dauerten bis zum Abend.', WED);
    assert.deepEqual(v['Am Mittag'], ['2026-03-17TMI', null]);
    assert.deepEqual(v['Gegen Mittag'], ['2026-03-17TMI', 'APPROX']);
    assert.deepEqual(v['bis zum Abend'], ['2026-03-17TEV', null]);
    const w = tagged('de', 'Meldung\nDer Beschuss begann am Samstag und dauerte bis Mittag. Um 12 Uhr mittags läuteten die Glocken.', WED);
    assert.deepEqual(w['bis Mittag'], ['2026-03-14TMI', null]);
    assert.equal(w['Um 12 Uhr mittags']?.[0], '2026-03-14T12:00');
  });
  test('English: "around midday" (APPROX), "until midday"; noon stays T12:00', () => {
    const v = tagged('en', 'Report\nPolice arrived on Monday. Around midday the crowd dispersed. The curfew lasted until midday. At noon on Tuesday the shops opened.', WED);
    assert.deepEqual(v['Around midday'], ['2026-03-16TMI', 'APPROX']);
    assert.deepEqual(v['until midday'], ['2026-03-16TMI', null]);
    assert.equal(v['At noon on Tuesday']?.[0], '2026-03-17T12:00');
  });
  test('a named hour with no day named is the publication day\'s midday', () => {
    assert.deepEqual(tagged('de', 'Meldung\nAm Mittag war es in der Stadt ruhig.', WED)['Am Mittag'], ['2026-03-18TMI', null]);
  });
  test('negative: an approximating word before a count, "Mittagessen", "Mittagspause"', () => {
    const v = tagged('de', 'Meldung\nGegen zehn Abgeordnete stimmten dagegen. Das Mittagessen fiel aus. Die Mittagspause wurde gestrichen.', WED);
    assert.deepEqual(Object.keys(v), []);
  });
});

describe('a day takes the year of its month named earlier in the sentence', () => {
  test('English and German', () => {
    assert.equal(value('en', 'Report\nTies have been frozen since a short war in May 2025, when both armies traded fire before agreeing a truce on 10 May.', '2026-01-20', 'on 10 May'), '2025-05-10');
    assert.equal(value('de', 'Meldung\nSeit den Kämpfen im Juni 2024, die mit einer Waffenruhe am 28. Juni endeten, ist die Grenze geschlossen.', '2026-01-20', 'am 28. Juni'), '2024-06-28');
  });
  test('negative: another month keeps its own resolution', () => {
    assert.equal(value('en', 'Report\nThe war began in May 2025, and talks are planned for 10 June.', '2026-01-20', 'for 10 June'), '2026-06-10');
  });
});

describe('a superlative up to four words before "in" makes a counted period the period itself', () => {
  test('positives', () => {
    const v = tagged('en', 'Report\nCoast guard vessels boarded a trawler on Wednesday, officials said, in the most serious such incident in nearly two years.', WED);
    assert.deepEqual(v['in nearly two years'], ['P2Y', 'APPROX']);
  });
  test('negative: no superlative, a future clause: the date ahead', () => {
    assert.equal(value('en', 'Report\nThe new bridge will open in two years, officials said.', WED, 'in two years'), '2028');
  });
});

describe('"bei" before a part of the day ("bei Tagesanbruch") is the day the text is talking about', () => {
  test('narrative: the running day', () => {
    const p = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }, { stage: 'time', options: { anchor: 'narrative' } }] }, { segment: segmentStage, time: timeStage });
    const doc = p.run(docFromIngested(ingestPlainText('Rückzug\nAm 26. November 1812 erreichte die Armee den Fluss. Bei Tagesanbruch begannen die Pioniere mit dem Bau der Brücken.', 'de'), { id: 's11', published: '2011-02-16' }, 'de'));
    const v = Object.fromEntries(doc.get('times').map((t) => [t.text, t.value]));
    assert.equal(v['Tagesanbruch'], '1812-11-26TMO');
  });
  test('news: the day named before', () => {
    assert.equal(value('de', 'Meldung\nAm Montag wurde die Grenze geschlossen. Bei Tagesanbruch rückten Soldaten vor.', WED, 'Tagesanbruch'), '2026-03-16TMO');
  });
  test('negative: "bei" before anything else is no time', () => {
    const v = tagged('de', 'Meldung\nBei den Gesprächen am Montag ging es um Zölle. Bei 30 Grad litten viele.', WED);
    assert.deepEqual(Object.keys(v), ['am Montag']);
  });
});
