import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 28: a source phrase before a clause that has a verb of saying of its own (self-written passages, full pipeline).
// "According to IRNA, Foreign Minister X said the talks would resume": the minister says the clause after "said"; the
// agency only names the channel (German "Laut AFP sagte X, …" did this already). The source phrase of English runs over
// lower-case words closed by an institution noun to its comma ("According to the IRNA news agency, …").

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => [q.text, q.speaker]);

describe('quotes s28: a verb of saying after a source phrase reports its own clause', () => {
  it('English: "According to IRNA, Foreign Minister X said …" is the minister\'s', () => {
    assert.deepEqual(quotes('Talks\n\nTehran (Reuters) - According to IRNA, Foreign Minister Abbas Araghchi said the talks would resume next week.', 'en'),
      [['the talks would resume next week', 'abbas-araghchi']]);
  });
  it('English: "According to state media, …" with no source entity, the same', () => {
    assert.deepEqual(quotes('Talks\n\nTehran (Reuters) - According to state media, Foreign Minister Abbas Araghchi said the talks would resume next week.', 'en'),
      [['the talks would resume next week', 'abbas-araghchi']]);
  });
  it('German: "Laut der Nachrichtenagentur AFP sagte Minister X, …" is the minister\'s', () => {
    assert.deepEqual(quotes('Mali\n\nBamako (dpa) - Laut der Nachrichtenagentur AFP sagte der malische Verteidigungsminister Sadio Camara, die Armee habe die Stadt zurückerobert.', 'de'),
      [['die Armee habe die Stadt zurückerobert', 'sadio-camara']]);
  });
  it('English negative: a passive "said to be" after the subject is no report of its own; the source keeps the clause', () => {
    const got = quotes('Theft\n\nNairobi (AP) - According to the police, officers said to be close to the case had found the car.', 'en');
    assert.equal(got.length, 1);
    assert.equal(got[0]?.[0], 'officers said to be close to the case had found the car');
  });
});

describe('quotes s28: an English source phrase runs over its noun to the comma', () => {
  it('English: "According to the IRNA news agency, …" reports the clause after the comma only', () => {
    assert.deepEqual(quotes('Talks\n\nTehran (Reuters) - According to the IRNA news agency, the talks will resume next week.', 'en'),
      [['the talks will resume next week', 'irna']]);
  });
  it('English negative: a lower-case word that is no institution noun stays in the clause ("According to IRNA, talks will …")', () => {
    assert.deepEqual(quotes('Talks\n\nTehran (Reuters) - According to IRNA, talks with Washington will resume next week.', 'en'),
      [['talks with Washington will resume next week', 'irna']]);
  });
});

describe('quotes s28: the subject after the source phrase must be able to speak', () => {
  it('English negative: "According to the CBO, the bill adds …" stays the office\'s report ("the bill" names no speaker)', () => {
    assert.deepEqual(quotes('Budget\n\nWASHINGTON (AP) - According to the Congressional Budget Office, the bill adds $12 billion to the deficit.', 'en'),
      [['the bill adds $12 billion to the deficit', 'congressional-budget-office']]);
  });
});
