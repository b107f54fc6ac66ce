import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 14 (lead): offices carried as titles before a name (resources/de/grammar.json `personNouns`: Landrat,
// Trainer, Kapitän, Geschäftsführer, Manager). Once the name has been given with its title, "Der Landrat sagte, …"
// is that person. Self-written passages through the whole engine (the entity layer makes the description, the
// quotes stage reads it).
const engine = new Engine({});
const speakers = (text: string): (string | null)[] =>
  engine.analyze(ingestPlainText(text, 'de'), { id: 't', published: '2025-11-20', lang: 'de' }).get('quotes').map((q) => q.speaker);

describe('quotes (de): an office carried as a title speaks as the person named with it', () => {
  it('"Der Landrat Karl Berger … Der Landrat sagte, …"', () => {
    assert.deepEqual(speakers('Streit um Schulwege\n\nDer Landrat Karl Berger widersprach am Montag. Der Landrat sagte, die Wege seien zu lang.'), ['karl-berger']);
  });
  it('feminine, derived or listed: "Landrätin Eva Roth … Die Landrätin erklärte, …"', () => {
    assert.deepEqual(speakers('Kreistag\n\nLandrätin Eva Roth lud zur Sitzung. Die Landrätin erklärte, der Haushalt sei ausgeglichen.'), ['eva-roth']);
  });
  it('sport: "Trainer Max Huber … Der Trainer sagte, …"', () => {
    assert.deepEqual(speakers('Niederlage\n\nTrainer Max Huber war enttäuscht. Der Trainer sagte, die Mannschaft habe schlecht gespielt.'), ['max-huber']);
  });
  it('company: "Geschäftsführerin Anna Weber … Die Geschäftsführerin teilte mit, …"', () => {
    assert.deepEqual(speakers('Werk schließt\n\nGeschäftsführerin Anna Weber bestätigte die Pläne. Die Geschäftsführerin teilte mit, 200 Stellen fielen weg.'), ['anna-weber']);
  });
  it('negative: the office noun without a person named before gives no person', () => {
    const got = speakers('Streit um Schulwege\n\nDer Kreistag tagte am Montag. Der Landrat sagte, die Wege seien zu lang.');
    assert.ok(!got.some((s) => s === 'kreistag'), String(got));
  });
});
