import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeText, type ActorSpec } from './helpers.js';

/**
 * Occasion dates (src/stages/events/reports.ts): an undated speech act takes the date of the meeting reported
 * before it, in the meeting's paragraph for any speaker, later only for the meeting's parties.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'jean-noel-barrot', type: 'PER', forms: ['Jean-Noel Barrot', 'Barrot'] },
  { id: 'yassine-fall', type: 'PER', forms: ['Yassine Fall', 'Fall'] },
  { id: 'amadou-ba', type: 'PER', forms: ['Amadou Ba'] },
  { id: 'ousmane-sonko', type: 'PER', forms: ['Ousmane Sonko', 'Sonko'] },
  { id: 'imf', type: 'ORG', forms: ['IMF'] },
];
const TIMES = [{ text: 'on Wednesday', value: '2026-02-11' }];
const dateOf = (text: string, type: string, source: string): string | null | undefined =>
  codeText('en', `Title\n${text}`, ACTORS, TIMES.filter((t) => text.includes(t.text)), '2026-02-12').find((e) => e.type === type && e.source === source)?.date;

describe('events: occasion dates', () => {
  it('a statement in the meeting\'s paragraph takes its date', () =>
    assert.equal(dateOf('Barrot met Fall in Paris on Wednesday. Barrot criticised the IMF.', 'ACCUSE', 'jean-noel-barrot'), '2026-02-11'));
  it('a party to the meeting speaking in the next paragraph still takes it', () =>
    assert.equal(dateOf('Barrot met Fall in Paris on Wednesday.\n\nFall criticised the IMF.', 'ACCUSE', 'yassine-fall'), '2026-02-11'));
  it('negative: a third party in a later paragraph spoke elsewhere and stays undated', () =>
    assert.equal(dateOf('Barrot met Fall in Paris on Wednesday.\n\nOpposition leader Amadou Ba accused Sonko of isolating the country.', 'ACCUSE', 'amadou-ba'), null));
});
