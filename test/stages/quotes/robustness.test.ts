import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../../src/doc/doc.js';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { quotesStage } from '../../../src/stages/quotes/index.js';
import { runQuotes } from './helpers.js';

test('texts without structure yield no quotes and no exception', () => {
  // (also the edges of the newer rules: a quoted name at the text start or end, a colon at the end,
  // an anaphoric report with nothing before it, a source phrase with nothing after it)
  const edges = ['der „X“', 'sagte der „X“', 'Die „A B“ berichtete', 'Wie die „Welt“', 'Das teilte', 'Das teilte X mit.', 'Er sagte:', 'Er verteidigte das:',
    'Laut einem Bericht der', 'Nach Polizeiangaben', 'according to the', 'said in a', 'told a news conference on', 'Aus Regierungskreisen hieß es', 'hieß es weiter.',
    'the “A B C”', 'Ihm werde vorgeworfen, teilte', 'A spokesman said', ', wie es hieß,', 'said at least'];
  for (const text of ['', '„', '"""', '“”', '» « ‚ ‘', 'Er sagte, „', ', sagte er.', 'said', 'laut', 'zufolge', '„a“ „b“ „c', ':\n„x', ...edges]) {
    for (const lang of ['de', 'en'] as const) {
      const { quotes } = runQuotes(text, lang, []);
      for (const q of quotes) assert.ok(q.start >= 0 && q.end <= text.length && q.end >= q.start);
    }
  }
});

test('a doc without sentences or mentions gets an empty quotes layer', () => {
  const doc = new Doc('', { id: 't', title: null, published: null, language: 'de', source: null, address: null });
  for (const l of ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'] as const) doc.add(l, [], 'test');
  quotesStage.create({ lang: 'de', resources: new ResourceLoader('de'), options: {}, dataDir: null })(doc);
  assert.ok(doc.has('quotes'));
  assert.equal(doc.get('quotes').length, 0);
});

test('the stage runs in both engine pipelines after the entity stages', () => {
  const engine = new Engine();
  for (const lang of ['de', 'en'] as const) {
    const names = engine.pipeline(lang).stages.map((s) => s.name);
    assert.ok(names.indexOf('quotes') > names.indexOf('resolve'), names.join(','));
  }
  const de = engine.analyze(ingestPlainText('Lawrow in Pjöngjang\n„Wir sind Verbündete“, sagte der russische Außenminister Sergej Lawrow am Freitag.\n', 'de'), { id: 'de', published: '2025-07-31' });
  const q = de.get('quotes').find((x) => x.text === 'Wir sind Verbündete');
  assert.ok(q, JSON.stringify(de.get('quotes')));
  assert.equal(q.kind, 'direct');
  assert.notEqual(q.speaker, null);
  const en = engine.analyze(ingestPlainText('Talks in Geneva\nThe ceasefire will hold, Secretary of State Antony Blinken said on Monday.\n', 'en'), { id: 'en', published: '2025-07-31' });
  const r = en.get('quotes').find((x) => x.kind === 'indirect');
  assert.ok(r, JSON.stringify(en.get('quotes')));
  assert.equal(r.text, 'The ceasefire will hold');
  assert.notEqual(r.speaker, null);
});
