import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

/** Own passages through the whole engine: the entity layer places an unnamed office, the quotes stage reads it. */
const engine = new Engine({});
const speakers = (text: string, lang: 'de' | 'en'): (string | null)[] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => q.speaker);

describe('quotes: an unnamed office placed in a seat city speaks for its state, not for the city', () => {
  it('German: "Ein Regierungssprecher in Warschau sagte, …"', () => {
    assert.deepEqual(speakers('Polen schließt Grenze\n\nEin Regierungssprecher in Warschau sagte am Montag, Polen werde die Grenze schließen.', 'de'), ['poland']);
  });
  it('English: "A government spokesman in Beijing said …"', () => {
    assert.deepEqual(speakers('China responds\n\nA government spokesman in Beijing said China would respond in kind.', 'en'), ['china']);
  });
  it('a posted office keeps the reading of its phrase: "Ein Botschafter in Berlin" is not Germany', () => {
    assert.ok(!speakers('Streit\n\nEin Botschafter in Berlin sagte, man werde protestieren.', 'de').includes('germany'));
  });
  it('a spokesperson placed in a city after a sentence about an organisation speaks for that organisation, also as "die Sprecherin" later', () => {
    const got = speakers('EU besorgt\n\nDie EU-Kommission äußerte sich besorgt über die Lage in Georgien. Eine Sprecherin in Brüssel sagte, man beobachte die Lage genau. Georgien müsse das Recht auf Versammlung achten, so die Sprecherin.', 'de');
    assert.equal(got.length, 2);
    assert.ok(got.every((s) => s !== null && s !== 'belgium' && s !== 'brussels'), String(got));
    assert.equal(got[0], got[1]);
  });
  it('negative: after a sentence about a state the seat city still speaks for its state', () => {
    assert.deepEqual(speakers('Polen baut Zaun\n\nPolen kritisierte Belarus scharf. Eine Sprecherin in Warschau sagte, man werde nicht nachgeben.', 'de'), ['poland']);
  });
});
