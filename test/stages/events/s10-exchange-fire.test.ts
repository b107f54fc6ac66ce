import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * An exchange of fire is one act each way: both sides fire (session 10, lead; the development gold codes
 * both directions in every such sentence). Sentences written for these tests.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'india', type: 'GPE', forms: ['India', 'New Delhi', ['Indian', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'thailand', type: 'GPE', forms: ['Thailand', 'Bangkok', ['Thai', 'adjective']] },
  { id: 'cambodia', type: 'GPE', forms: ['Cambodia', ['Cambodian', 'adjective']] },
  { id: 'france', type: 'GPE', forms: ['France', 'Paris', ['French', 'adjective']] },
];

const code = sentenceCoder('en', ACTORS);
/** The whole English pipeline (entity layer included) on one sentence under a title. */
const whole = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-03-02', 'en').map(brief);

describe('events (en, s10): an exchange of fire is coded both ways', () => {
  const cases: [string, string[]][] = [
    ['India and Pakistan exchanged artillery fire along the border on Sunday.', ['ASSAULT india>pakistan asserted', 'ASSAULT pakistan>india asserted']],
    ['Thailand exchanged gunfire with Cambodia near the temple.', ['ASSAULT thailand>cambodia asserted', 'ASSAULT cambodia>thailand asserted']],
    ['India and Pakistan exchanged missile and drone strikes overnight.', ['ASSAULT india>pakistan asserted', 'ASSAULT pakistan>india asserted']],
  ];
  for (const [s, wants] of cases) it(s, () => { const got = whole(s); for (const w of wants) assertHas(got, w); });
  it('negative: trade unions calling strikes is no exchange of fire', () => assertLacks(code('Trade unions in France called strikes across the country.'), /ASSAULT/));
  it('negative: exchanging views is no attack', () => assertLacks(code('India and Pakistan exchanged views on water sharing.'), /ASSAULT/));
});
