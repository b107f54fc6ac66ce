import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../src/ingest/index.js';
import { defaultIngestLexicon, gateWordsOf } from '../../src/ingest/lexicon.js';

describe('language gate words (one lookup per word)', () => {
  it('merges the per-language lists: a word in several lists counts for each', () => {
    const supported = { de: new Set(['die', 'in', 'und']), en: new Set(['the', 'in', 'and']) };
    const others = new Map([['fra', new Set(['le', 'et', 'die'])], ['nld', new Set(['de', 'en', 'in'])]]);
    const gate = gateWordsOf(supported, others);
    assert.deepEqual(gate.get('in'), { de: true, en: true, others: [1] });
    assert.deepEqual(gate.get('die'), { de: true, en: false, others: [0] });
    assert.deepEqual(gate.get('le'), { de: false, en: false, others: [0] });
    assert.deepEqual(gate.get('en'), { de: false, en: false, others: [1] });
    assert.equal(gate.get('haus'), undefined);
  });

  it('the loaded lexicon holds every gate word of every list', () => {
    const lex = defaultIngestLexicon();
    for (const [lang, set] of Object.entries(lex.supportedWords)) {
      for (const w of set) assert.equal(lex.gateWords.get(w)?.[lang as 'de' | 'en'], true, `${lang} ${w}`);
    }
    let i = 0;
    for (const [lang, set] of lex.otherWords) {
      for (const w of set) assert.ok(lex.gateWords.get(w)?.others.includes(i), `${lang} ${w}`);
      i++;
    }
  });

  it('a language whose words tie with the best supported one is still unknown (others count per language)', () => {
    // a Dutch sentence: its function words outnumber the German ones, the shared "in" counting for both
    assert.equal(detectLanguage('De regering heeft het plan in de kamer verdedigd en de minister zei dat het een goed plan is.'), 'unknown');
    assert.equal(detectLanguage('Die Regierung hat den Plan im Bundestag verteidigt, und der Minister sagte, es sei ein guter Plan.'), 'de');
  });
});
