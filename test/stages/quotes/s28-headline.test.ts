import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 28: a headline (the title line of a plain text) reports nobody's clause. "U.S. to impose tariff on citrus,
// Pretoria vows WTO challenge" is headline grammar, the editor's summary; the body reports the same with its source.
// A quotation in the headline is still a direct quote (the dev gold records one: "„…“: Trump spricht …").
// Self-written passages, full pipeline.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => [q.kind, q.text, q.speaker]);

describe('quotes s28: no reported speech in a headline', () => {
  it('English: "Chile to cut copper royalties, Lima vows response" reports nothing; the body\'s report stays', () => {
    const got = quotes('Chile to cut copper royalties, Lima vows response\n\nSANTIAGO (Reuters) - Chile will cut copper royalties from March, the finance ministry said on Monday.', 'en');
    assert.deepEqual(got.map(([k, t]) => [k, t]), [['indirect', 'Chile will cut copper royalties from March']]);
  });
  it('German: "Kenia schließt Grenze zu Uganda, Kampala kündigt Gegenmaßnahmen an" reports nothing; the body\'s report stays', () => {
    const got = quotes('Kenia schließt Grenze zu Uganda, Kampala kündigt Gegenmaßnahmen an\n\nNairobi (dpa) - Kenia hat die Grenze zu Uganda geschlossen. Die Regierung in Kampala kündigte an, ugandische Lastwagen würden künftig kontrolliert.', 'de');
    assert.deepEqual(got.map(([k, t]) => [k, t]), [['indirect', 'ugandische Lastwagen würden künftig kontrolliert']]);
  });
  it('negative: a quotation in the headline is still a direct quote', () => {
    const got = quotes('„Wir geben nicht auf“: Ruto verteidigt Steuerpläne\n\nNairobi (dpa) - Kenias Präsident William Ruto hat seine Steuerpläne verteidigt. „Wir geben nicht auf“, sagte er am Montag.', 'de');
    assert.deepEqual(got.filter(([k]) => k === 'direct').map(([, t]) => t), ['Wir geben nicht auf', 'Wir geben nicht auf']);
  });
});
