import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 27: source phrases the stage did not know (self-written passages): "gemäß" before a source (a preposition that
// more often cites a rule: quote-cues `normPrepositions`), the will and ideas of an actor ("Nach dem Willen der Regierung",
// "nach den Vorstellungen der Opposition"), and "wies daraufhin, dass" (the particle written with the pronominal adverb).

const engine = new Engine({});
const quotes = (text: string): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, 'de'), { id: 't', published: '2025-11-20', lang: 'de' }).get('quotes').map((q) => [q.text, q.speaker]);
const texts = (text: string): string[] => quotes(text).map(([t]) => t);

describe('quotes: "gemäß" names a source only before a source phrase or a person', () => {
  it('"Gemäß einem Sprecher der Kommission lag die Beteiligung bei 60 Prozent" is reported', () => {
    const got = texts('Wahl in Kenia\n\nDie Wahlkommission hat am Montag das Ergebnis verkündet. Gemäß einem Sprecher der Kommission lag die Beteiligung bei 60 Prozent.');
    assert.deepEqual(got, ['lag die Beteiligung bei 60 Prozent']);
  });
  it('"Gemäß der Polizei wurden drei Menschen verletzt" is reported', () => {
    const got = texts('Unruhen in Nairobi\n\nIn Nairobi kam es am Montag zu Zusammenstößen. Gemäß der Polizei wurden drei Menschen verletzt.');
    assert.deepEqual(got, ['wurden drei Menschen verletzt']);
  });
  it('negative: "Gemäß dem Gesetz", "gemäß Artikel 5 der Verfassung" cite a rule, no source', () => {
    const got = texts('Wahl in Kenia\n\nGemäß dem Gesetz bleiben die Wahllokale bis 18 Uhr geöffnet. Die Stimmen werden gemäß Artikel 5 der Verfassung von Hand gezählt.');
    assert.deepEqual(got, []);
  });
});

describe('quotes: the will and ideas of an actor are a source phrase', () => {
  it('"Nach dem Willen der Regierung soll …" is the government\'s', () => {
    const got = texts('Wahlreform\n\nDas Parlament berät am Dienstag über die Wahlreform. Nach dem Willen der Regierung soll die nächste Wahl elektronisch stattfinden.');
    assert.deepEqual(got, ['soll die nächste Wahl elektronisch stattfinden']);
  });
  it('"nach den Vorstellungen der Gewerkschaft" in mid-clause is reported', () => {
    const got = texts('Tarifstreit\n\nDie Verhandlungen gehen am Montag weiter. Die Löhne sollen nach den Vorstellungen der Gewerkschaft Verdi um acht Prozent steigen.');
    assert.equal(got.length, 1);
    assert.match(got[0]!, /um acht Prozent steigen/u);
  });
  it('negative: "Nach dem Tod des Präsidenten" and "nach den Ferien" stay times', () => {
    assert.deepEqual(texts('Trauer\n\nNach dem Tod des Präsidenten wurde eine Staatstrauer ausgerufen. Nach den Ferien beginnt die Schule wieder.'), []);
  });
});

describe('quotes: "wies daraufhin, dass" is the verb of pointing out', () => {
  it('"Der Politologe Karl Brenner wies daraufhin, dass …" reports the dass-clause', () => {
    const got = quotes('Wahl in Kenia\n\nDie Beteiligung lag bei 60 Prozent. Der Politologe Karl Brenner wies daraufhin, dass die Beteiligung vor fünf Jahren höher gewesen sei.');
    assert.deepEqual(got.map(([t]) => t), ['die Beteiligung vor fünf Jahren höher gewesen sei']);
    assert.equal(got[0]![1], 'karl-brenner');
  });
  it('negative: the adverb "daraufhin" (thereupon) reports nothing', () => {
    assert.deepEqual(texts('Tumult im Saal\n\nDie Polizei wies daraufhin zwei Demonstranten aus dem Saal. Die Sitzung ging danach weiter.'), []);
  });
});

describe('quotes: a name in the genitive before a report noun is the source ("Nach Bergs Angaben")', () => {
  it('"Nach Bergs Angaben wurden drei Menschen verletzt" is Anna Berg\'s', () => {
    const got = quotes('Unfall\n\nBürgermeisterin Anna Berg besuchte am Montag die Unfallstelle. Nach Bergs Angaben wurden drei Menschen verletzt.');
    assert.deepEqual(got, [['wurden drei Menschen verletzt', 'anna-berg']]);
  });
  it('"Nach Brenners Worten" after another speaker is Brenner\'s, not the speaker before', () => {
    const got = quotes('Tarifstreit\n\nVerdi-Chef Karl Brenner traf am Montag Arbeitsministerin Anna Berg. Berg sagte, die Gespräche seien gut verlaufen. Nach Brenners Worten gibt es aber noch keine Einigung.');
    assert.deepEqual(got.map(([, s]) => s), ['anna-berg', 'karl-brenner']);
  });
  it('negative: a genitive name before a noun that reports nothing ("Nach Kölns Abriss der Brücke") is no source', () => {
    assert.deepEqual(texts('Brücke\n\nDie Stadt Köln plant eine neue Brücke. Nach Kölns Abriss der alten Brücke wurde eine Fähre eingesetzt.'), []);
  });
});

describe('quotes: a noun phrase apposed between commas keeps a separable particle in its clause', () => {
  it('"ruft die Gewerkschaft Verdi, die größte Gewerkschaft des Landes, alle Beschäftigten dazu auf, …" is reported', () => {
    const got = quotes('Streik\n\nUnterdessen ruft die Gewerkschaft Verdi, die größte Gewerkschaft des Landes, alle Beschäftigten dazu auf, am Montag die Arbeit niederzulegen.');
    assert.deepEqual(got, [['am Montag die Arbeit niederzulegen', 'verdi']]);
  });
  it('"teilte die Gewerkschaft Verdi, eine in Berlin ansässige Organisation, am Montag mit, …" is reported', () => {
    const got = quotes('Streik\n\nDie Bahn legte ein neues Angebot vor. Dazu teilte die Gewerkschaft Verdi, eine in Berlin ansässige Organisation, am Montag mit, das Angebot reiche nicht aus.');
    assert.deepEqual(got, [['das Angebot reiche nicht aus', 'verdi']]);
  });
  it('negative: a relative clause between commas (closing on its verb) is no apposition, and a content noun\'s clause reports nothing', () => {
    assert.deepEqual(texts('Streik\n\nDie Gewerkschaft wies den Vorwurf, die Gespräche verzögert zu haben, zurück.'), []);
  });
});
