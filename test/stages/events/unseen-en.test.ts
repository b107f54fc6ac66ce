import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * Structures found on self-written wire articles run through the whole pipeline (issue #6): each case
 * is a sentence of our own with the structure, negatives keep the readings the fix must not change.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'turkey', type: 'GPE', forms: ['Turkey', 'Ankara', ['Turkish', 'adjective']] },
  { id: 'greece', type: 'GPE', forms: ['Greece', 'Athens', ['Greek', 'adjective']] },
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', ['Russian', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv'] },
  { id: 'poland', type: 'GPE', forms: ['Poland', 'Warsaw', ['Polish', 'adjective']] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'united-kingdom', type: 'GPE', forms: ['Britain', 'London', ['British', 'adjective']] },
  { id: 'hungary', type: 'GPE', forms: ['Hungary', 'Budapest'] },
  { id: 'eu', type: 'ORG', forms: ['European Union', 'EU'] },
  { id: 'hakan-fidan', type: 'PER', forms: ['Hakan Fidan', 'Fidan'] },
  { id: 'george-gerapetritis', type: 'PER', forms: ['George Gerapetritis', 'Gerapetritis'] },
  { id: 'radoslaw-sikorski', type: 'PER', forms: ['Radoslaw Sikorski', 'Sikorski'] },
];

const code = sentenceCoder('en', ACTORS);

describe('events (en): a predicate after "but" continues the clause of the verb of saying', () => {
  const cases: [string, string][] = [
    ['Fidan said Turkey was ready to talk but warned Athens against arming islands.', 'ACCUSE hakan-fidan>greece asserted'],
    ['Sikorski said Poland wanted good relations but accused Russia of sabotage.', 'ACCUSE radoslaw-sikorski>russia asserted'],
    ['Fidan said that Turkey was ready but criticised Greece.', 'ACCUSE hakan-fidan>greece asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('a reported clause whose own predicate follows "but" keeps its subject', () => {
    const got = code('Fidan said Greece had talked but Athens then warned Turkey against drilling.');
    assert.ok(got.includes('ACCUSE greece>turkey asserted'), got.join(', '));
  });
  it('a verb of saying with one reported predicate keeps the reported subject', () => {
    const got = code('Sikorski said Russia had accused Ukraine of sabotage.');
    assert.ok(got.includes('ACCUSE russia>ukraine asserted'), got.join(', '));
  });
});

describe('events (en): a gerund after a preposition', () => {
  it('takes its object although the preposition governs the name', () => {
    assert.deepEqual(code('Gerapetritis spoke after meeting Fidan in Athens.'), ['CONSULT george-gerapetritis>hakan-fidan asserted']);
  });
  it('takes the subject of its own clause, not the first name of the sentence', () => {
    const got = code('Poland backed Ukraine, Sikorski said after meeting Fidan.');
    assert.ok(got.includes('CONSULT radoslaw-sikorski>hakan-fidan asserted'), got.join(', '));
  });
  it('is asserted although the clause before it reports a future (the speaker\'s own act)', () => {
    const got = code('Turkey and Greece agreed to resume talks, Gerapetritis said after meeting Fidan.');
    assert.ok(got.includes('CONSULT george-gerapetritis>hakan-fidan asserted'), got.join(', '));
  });
  it('a future after the verb of saying stays planned', () => {
    const got = code('Sikorski said Russia will attack Ukraine.');
    assert.ok(got.includes('ASSAULT russia>ukraine planned'), got.join(', '));
  });
  it('no object from another prepositional phrase ("after meeting in Athens")', () => {
    assert.ok(!code('Gerapetritis spoke after meeting in Athens with reporters.').some((e) => e.includes('>greece')));
  });
  it('the object before "for" still does the gerund ("punished Russia for invading Ukraine")', () => {
    assert.ok(code('Poland punished Russia for invading Ukraine.').includes('ASSAULT russia>ukraine asserted'));
  });
});

describe('events (en): a protest noun with its doer in a from-phrase', () => {
  const cases: [string, string][] = [
    ['Greek coast guard vessels detained a Turkish fishing boat off Lesbos, prompting a protest from Ankara.', 'ACCUSE turkey>greece asserted'],
    ['Russia expelled two Polish diplomats, drawing sharp criticism from Warsaw.', 'ACCUSE poland>russia asserted'],
    ['The arrest of the journalists by Russia drew a formal complaint from Poland.', 'ACCUSE poland>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('with no deed before it and no addressee it is no event', () => {
    assert.deepEqual(code('A protest from Ankara was expected.'), []);
  });
  it('support from a third party is no verdict on the deed', () => {
    assert.ok(!code('Russia attacked Ukraine with support from Poland.').some((e) => e.startsWith('SUPPORT poland>russia')));
  });
});

describe('events (en): expelled diplomats of a state named by its adjective', () => {
  it('the adjective names the target', () => {
    assert.ok(code('Poland expelled two Russian diplomats on Monday.').includes('SANCTION poland>russia asserted'));
  });
  it('diplomats expelled from a capital: no target from the place', () => {
    assert.ok(!code('Poland expelled diplomats from Warsaw.').some((e) => e.includes('>poland')));
  });
});

describe('events: a demand to undo an act goes to whoever did the hostile act before it', () => {
  const cases: [string, string][] = [
    ['Greece detained a Turkish fishing boat. Turkey summoned the Greek ambassador and demanded the release of the crew.', 'REQUEST turkey>greece asserted'],
    ['Iran seized a British tanker on Friday. London demanded the immediate release of the ship.', 'REQUEST united-kingdom>iran asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('German: "forderte den Abzug" after a deployment', () => {
    const de = codeText('de', 'Titel\nRussland hat Truppen an die Grenze zur Ukraine verlegt. Polen forderte den Abzug der Truppen.', [
      { id: 'russia', type: 'GPE', forms: ['Russland'] }, { id: 'ukraine', type: 'GPE', forms: ['Ukraine'] }, { id: 'poland', type: 'GPE', forms: ['Polen'] },
    ]).map(brief);
    assert.ok(de.includes('REQUEST poland>russia asserted'), de.join(', '));
  });
  it('a release answers a detention or seizure only, not an attack', () => {
    const got = code('Russia attacked Ukraine. Poland demanded the release of the prisoners.');
    assert.ok(!got.some((e) => e.startsWith('REQUEST poland>russia')), got.join(', '));
  });
  it('no hostile act before: no addressee', () => {
    assert.ok(!code('Turkey demanded the release of the crew.').some((e) => /^REQUEST turkey>[a-z]/u.test(e)));
  });
  it('not the requester\'s own act, nor a merely planned one', () => {
    const got = code('Iran will seize more tankers, Tehran said. Britain detained an Iranian ship. Iran demanded the release of the ship.');
    assert.ok(got.includes('REQUEST iran>united-kingdom asserted'), got.join(', '));
    const planned = code('Iran threatened to seize British tankers. Britain demanded the release of the crew.');
    assert.ok(!planned.some((e) => e.startsWith('REQUEST united-kingdom>iran')), planned.join(', '));
  });
});

describe('events: "the two ministers" are the last two persons named', () => {
  it('en: a planned meeting of the two', () => {
    const got = code('Gerapetritis met Fidan in Athens on Tuesday. The two ministers will meet again in Ankara next month.');
    assert.ok(got.includes('CONSULT george-gerapetritis>hakan-fidan planned'), got.join(', '));
  });
  it('de: "Die beiden Minister wollen sich erneut treffen"', () => {
    const de = codeText('de', 'Titel\nSikorski traf am Dienstag Fidan in Warschau. Die beiden Minister wollen sich im Mai erneut treffen.', [
      { id: 'radoslaw-sikorski', type: 'PER', forms: ['Sikorski'] }, { id: 'hakan-fidan', type: 'PER', forms: ['Fidan'] }, { id: 'poland', type: 'GPE', forms: ['Warschau'] },
    ]).map(brief);
    assert.ok(de.includes('CONSULT radoslaw-sikorski>hakan-fidan planned'), de.join(', '));
  });
  it('negative: one person named before is no pair', () => {
    const got = code('Fidan visited Greece on Tuesday. The two ministers will meet again next month.');
    assert.ok(!got.some((e) => e.startsWith('CONSULT') && e.endsWith('planned')), got.join(', '));
  });
  it('negative: "the two countries" still means two states named together, not two persons', () => {
    const got = code('Sikorski met Fidan. Poland and Turkey signed a deal. The two countries will meet again.');
    assert.ok(!got.includes('CONSULT radoslaw-sikorski>hakan-fidan planned'), got.join(', '));
  });
});

describe('events (en): a pronoun opening a reported clause may be the speaker', () => {
  const cases: [string, string][] = [
    ['Russia attacked Ukraine. Poland said it would send tanks to Ukraine.', 'AID poland>ukraine planned'],
    ['Russia shelled Kyiv. Poland said it stood by Ukraine.', 'SUPPORT poland>ukraine asserted'],
    ['Russia shelled Kyiv. Poland said that it stood by Ukraine.', 'SUPPORT poland>ukraine asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: an object pronoun is still not its own clause\'s subject', () => {
    const got = code('Russia attacked Ukraine. Poland condemned it.');
    assert.ok(got.includes('ACCUSE poland>russia asserted') && !got.some((e) => e.startsWith('ACCUSE poland>poland')), got.join(', '));
  });
  it('negative: a person speaking is no antecedent of "it"', () => {
    const got = code('Russia attacked Ukraine. Sikorski said it would attack Poland next.');
    assert.ok(!got.some((e) => e.startsWith('ASSAULT radoslaw-sikorski')), got.join(', '));
  });
});

describe('events (en): a block names whose proposal it blocks by the possessive', () => {
  it('the EU\'s package', () => {
    const got = code('Hungary blocked the EU\'s new sanctions package against Russia.');
    assert.ok(got.includes('REJECT hungary>eu asserted'), got.join(', '));
  });
  it('Ukraine\'s accession talks', () => {
    const got = code('Hungary blocked Ukraine\'s accession talks.');
    assert.ok(got.includes('REJECT hungary>ukraine asserted'), got.join(', '));
  });
  it('negative: a partner in a with-phrase is not whose deal it is', () => {
    const got = code('Hungary blocked the deal with Russia.');
    assert.ok(!got.includes('REJECT hungary>russia asserted'), got.join(', '));
  });
});

describe('events (en): an evaluated agreement is the last report that names both parties', () => {
  it('a one-party report in between ("ready to talk") does not narrow it', () => {
    const got = code('Turkey and Greece agreed on Tuesday to resume talks. Fidan said Turkey was ready to talk. The European Union welcomed the agreement.');
    assert.ok(got.includes('SUPPORT eu>turkey asserted') && got.includes('SUPPORT eu>greece asserted'), got.join(', '));
  });
  it('negative: with only a one-party report, that party is still the doer', () => {
    const got = code('Russia agreed to a ceasefire. Turkey welcomed the agreement.');
    assert.ok(got.includes('SUPPORT turkey>russia asserted'), got.join(', '));
  });
});

describe('events: undoing one\'s own hostile act returns to whoever it was done to', () => {
  const cases: [string, string][] = [
    ['Greece detained a Turkish fishing boat last week. Greece released the six fishermen on Saturday.', 'RETREAT greece>turkey asserted'],
    ['Iran seized a British tanker. Poland protested. Iran released the ship on Monday.', 'RETREAT iran>united-kingdom asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: another party\'s release takes nothing from the detention', () => {
    const got = code('Greece detained a Turkish fishing boat. Russia released the crew of a tanker.');
    assert.ok(!got.some((e) => e.startsWith('RETREAT russia>')  && !e.startsWith('RETREAT russia>-')), got.join(', '));
  });
  it('negative: a threatened seizure is no act to undo', () => {
    const got = code('Iran threatened to seize British tankers. Iran released the crew.');
    assert.ok(!got.includes('RETREAT iran>united-kingdom asserted'), got.join(', '));
  });
});
