import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Doc } from '../../../src/doc/doc.js';
import type { Lang, Mention } from '../../../src/doc/types.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { nerStage } from '../../../src/stages/ner/index.js';
import { mentionClass } from '../../../src/stages/ner/types.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

function run(lang: Lang, text: string): readonly Mention[] {
  const doc = new Doc(text, { id: 't', title: null, published: null, language: lang, source: null, address: null });
  doc.add('paragraphs', [{ start: 0, end: text.length, zone: 'body', stage: 'test', rule: 'test' }], 'test');
  const ctx = { lang, resources: new ResourceLoader(lang), options: {}, dataDir: null };
  segmentStage.create(ctx)(doc);
  nerStage.create(ctx)(doc);
  return doc.get('mentions');
}

const find = (ms: readonly Mention[], text: string): Mention | undefined => ms.find((m) => m.text === text);

test('German: the shipped model finds a person, a country and a derived adjective', () => {
  const ms = run('de', 'Bundeskanzler Olaf Scholz reiste am Montag nach Frankreich. Dort traf er die französische Außenministerin.');
  const scholz = find(ms, 'Olaf Scholz');
  assert.ok(scholz, JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.equal(scholz.type, 'PER');
  assert.equal(scholz.kind, 'name');
  assert.equal(find(ms, 'Frankreich')?.type, 'LOC');
  const adj = find(ms, 'französische');
  assert.equal(adj?.kind, 'adjective');
  assert.equal(adj?.type, 'LOC');
  for (const m of ms) {
    assert.equal(m.stage, 'ner');
    assert.match(m.rule, /^perceptron-de@[0-9a-f]{8}$/);
    assert.ok(m.confidence > 0 && m.confidence <= 1);
  }
});

test('English: the shipped model finds persons and places', () => {
  const ms = run('en', 'President Joe Biden met Emmanuel Macron in Paris on Tuesday.');
  assert.equal(find(ms, 'Joe Biden')?.type, 'PER', JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.equal(find(ms, 'Emmanuel Macron')?.type, 'PER');
  assert.equal(find(ms, 'Paris')?.type, 'LOC');
});

test('mention offsets point into the text and sentences', () => {
  const text = 'Titel\nDie Nato und Russland verhandeln in Genf.';
  for (const m of run('de', text)) assert.equal(text.slice(m.start, m.end), m.text);
});

test('tagger classes map to mention types and kinds', () => {
  assert.deepEqual(mentionClass('OTH'), { type: 'MISC', kind: 'name' });
  assert.deepEqual(mentionClass('LOCderiv'), { type: 'LOC', kind: 'adjective' });
  assert.equal(mentionClass('LOCpart'), null);
  assert.deepEqual(mentionClass('MISC'), { type: 'MISC', kind: 'name' });
});

test('German inflected names keep their surface form; compounds that only contain a name are not mentions', () => {
  const ms = run('de', 'Die Führung Nordkoreas wies den Vorschlag zurück. Der US-Präsident reagierte gelassen.');
  assert.equal(find(ms, 'Nordkoreas')?.type, 'LOC', JSON.stringify(ms.map((m) => [m.text, m.type])));
  assert.equal(find(ms, 'US-Präsident'), undefined);
});

test('lower-case words other than connectors never continue a name (headlines)', () => {
  const ms = run('de', 'Kim spielt Trumpfkarte Russland aus\nDas Koreanische Institut für Wiedervereinigung warnt.');
  for (const m of ms) assert.ok(!/\b(spielt|aus|warnt)\b/.test(m.text), JSON.stringify(ms.map((x) => x.text)));
});
