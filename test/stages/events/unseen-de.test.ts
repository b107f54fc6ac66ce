import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, sentenceCoder, type ActorSpec } from './helpers.js';

/** German structures found on self-written wire articles run through the whole pipeline (issue #6), with negatives. */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russland', 'Russlands', 'Moskau', ['russische', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kiew', ['ukrainische', 'adjective']] },
  { id: 'poland', type: 'GPE', forms: ['Polen', 'Polens', 'Warschau'] },
  { id: 'israel', type: 'GPE', forms: ['Israel', 'Israels'] },
  { id: 'lebanon', type: 'GPE', forms: ['Libanon'] },
  { id: 'un', type: 'ORG', forms: ['UN'] },
];

const code = sentenceCoder('de', ACTORS);

describe('events (de): a noun phrase opening the sentence before the verb is its subject', () => {
  const cases: [string, string][] = [
    ['Die Polizei Russlands nahm zwei ukrainische Journalisten fest.', 'COERCE russia>ukraine asserted'],
    ['Die Armee Israels griff am Montag Ziele im Libanon an.', 'ASSAULT israel>lebanon asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: a fronted prepositional phrase names no subject ("Nach Angaben der UN …")', () => {
    assert.ok(!code('Nach Angaben der UN griffen Milizen Dörfer in der Ukraine an.').some((e) => e.startsWith('ASSAULT un>')));
  });
});

describe('events (de): criticism from a party ("Kritik aus/von …") is about the deed before it', () => {
  const cases: [string, string][] = [
    ['Die Polizei Russlands nahm zwei ukrainische Journalisten fest, was scharfe Kritik aus Kiew auslöste.', 'ACCUSE ukraine>russia asserted'],
    ['Russland griff die Ukraine an, was scharfe Kritik von Polen auslöste.', 'ACCUSE poland>russia asserted'],
    ['Russland griff die Ukraine an, was Kritik von Polen auslöste.', 'ACCUSE poland>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('the critic named as subject still counts', () => {
    assert.ok(code('Polen übte am Montag scharfe Kritik an Russland.').includes('ACCUSE poland>russia asserted'));
  });
  it('negative: criticism by unnamed people of a plan is no event', () => {
    assert.deepEqual(code('Die Kritik von Experten an dem Plan wächst.'), []);
  });
});
