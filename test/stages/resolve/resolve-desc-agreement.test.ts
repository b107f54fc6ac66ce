import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own passages: nominal references that must agree with what the text said about the person
describe('resolve: descriptions that agree with the person (de)', () => {
  const doc = withTagger('de', [
    'Verdi-Chef Frank Werneke kündigte weitere Streiks an.',
    'Der Bayerische Ministerpräsident Markus Söder forderte ein Eingreifen des Bundes.',
    'Der CSU-Chef sagte dem Spiegel, die Regierung müsse handeln.',
    'Der Verdi-Chef wies das zurück.',
  ].join(' '));

  it('a party prefix picks the person not tied to another organisation', () => {
    const soder = entityWith(doc, 'Markus Söder');
    assert.ok(soder?.descriptions.includes('Der CSU-Chef'), JSON.stringify(soder?.descriptions));
    assert.ok(!entityWith(doc, 'Frank Werneke')?.descriptions.includes('Der CSU-Chef'));
  });

  it('the same organisation prefix still refers back to its person', () => {
    assert.ok(entityWith(doc, 'Frank Werneke')?.descriptions.includes('Der Verdi-Chef'));
  });

  it('a clause after a comma is no apposition of the newspaper', () => {
    const spiegel = entityWith(doc, 'Spiegel');
    assert.deepEqual(spiegel?.descriptions, []);
  });

  it('a real apposition after a name is still kept', () => {
    const d = withTagger('de', 'Das sagte Frank Werneke, der Vorsitzende der Gewerkschaft Verdi, am Montag.');
    assert.ok(entityWith(d, 'Frank Werneke')?.descriptions.some((x) => x.startsWith('der Vorsitzende')), JSON.stringify(entityWith(d, 'Frank Werneke')?.descriptions));
  });
});
