import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 16 (EV-ACT): event actors. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: an order to a bare organ noun under a head of state is the orderer\'s own act, whatever state the entity layer gave the organ', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    // "der Armee" is read as Ukraine by the entity layer (the nearest state); the act's own target is no addressee
    [de, 'Putin befahl der Armee, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Kremlchef Putin befahl der Armee, die Ukraine anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Der russische Präsident Wladimir Putin befahl der Armee, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    // no addressee at all: the object of the infinitive is the act's target
    [de, 'Putin befahl, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Taiwans Präsident Lai Ching-te wies die Küstenwache an, die Patrouillen bei Kinmen zu verstärken.', /^MOBILIZE lai-ching-te>- asserted/u],
    [en, 'Putin ordered the troops to attack Ukraine.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [en, 'Trump ordered the military to seize the tanker.', /^COERCE donald-trump>/u],
    // English organ words from EV-LEX's seatNouns (2b8d6a7a): "the Navy" with no state, "the coast guard"
    [en, 'Trump ordered the Navy to seize the tanker.', /^COERCE donald-trump>/u],
    [en, 'President Lai ordered the coast guard to expel the Chinese vessels.', /^COERCE lai-ching-te>china asserted/u],
  ];
  for (const [code, s, want] of cases) {
    it(s, () => {
      const got = code(s);
      has(got, want);
      assertLacks(got, /^REQUEST/u);
    });
  }
  it('negative: an order to a foreign state stays a demand ("The ICJ ordered Venezuela to refrain from …")', () =>
    has(en('The ICJ ordered Venezuela to refrain from attacking Guyana.'), /^REQUEST icj>venezuela asserted/u));
  it('negative: a German order to a foreign state stays a demand ("Der Internationale Gerichtshof wies Russland an, …")', () =>
    has(de('Der Internationale Gerichtshof wies Russland an, die Kinder freizulassen.'), /^REQUEST icj>russia asserted/u));
  it('negative: an organ whose phrase names another state is not the orderer\'s ("der belarussischen Armee")', () =>
    assertLacks(de('Putin befahl der belarussischen Armee, Kiew anzugreifen.'), /^ASSAULT vladimir-putin>/u));
});

describe('events: an "or else / sonst" threat is made by the subject of the announced act (or the speaker) to the party the demand addresses', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    // the announced act's own object is not the threat's target: the demand's addressee is
    [de, 'Schweden müsse die Verdächtigen ausliefern, sonst werde Ankara den Nato-Beitritt blockieren, sagte Erdogan.', /^THREATEN recep-tayyip-erdogan>sweden asserted/u],
    [de, 'Erdogan sagte, Schweden müsse die Verdächtigen ausliefern, sonst werde die Türkei den Nato-Beitritt blockieren.', /^THREATEN recep-tayyip-erdogan>sweden asserted/u],
    [en, 'Erdogan said Sweden must extradite the suspects, otherwise Ankara would block its NATO bid.', /^THREATEN recep-tayyip-erdogan>sweden asserted/u],
    [en, 'Hamas must free the hostages, or else Israel will strike Gaza, Netanyahu said.', /^THREATEN benjamin-netanyahu>hamas asserted/u],
    // an impersonal consequence (passive, "man", a first person the entity layer left open) is the speaker's or the demander's
    [de, 'Serbien müsse die Polizisten freilassen, sonst würden Sanktionen verhängt, sagte Kurti.', /^THREATEN albin-kurti>serbia asserted/u],
    [de, 'Die EU forderte Russland auf, die Truppen abzuziehen; andernfalls werde man neue Sanktionen verhängen.', /^THREATEN european-union>russia asserted/u],
    [en, '"China must release the fishermen, or else we will expel its ambassador," Vietnamese Foreign Minister Bui Thanh Son said.', /^THREATEN bui-thanh>china asserted/u],
    // unchanged: the act names the addressee itself
    [en, 'China must release the fishermen, or else Vietnam will expel its ambassador.', /^THREATEN vietnam>china asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: the act\'s own object is no threat target ("sonst werde Ankara den Nato-Beitritt blockieren" does not threaten NATO)', () =>
    assertLacks(de('Schweden müsse die Verdächtigen ausliefern, sonst werde Ankara den Nato-Beitritt blockieren, sagte Erdogan.'), /^THREATEN \S+>nato/u));
  it('negative: "sonst" without an announced act is no threat ("Die EU forderte Russland auf, die Truppen abzuziehen, sonst nichts.")', () =>
    assertLacks(de('Die EU forderte Russland auf, die Truppen abzuziehen, sonst nichts.'), /^THREATEN/u));
  it('negative: an impersonal passive without an otherwise cue has no threatener ("Sanktionen würden verhängt, sagte Kurti")', () =>
    assertLacks(de('Gegen Serbien würden Sanktionen verhängt, sagte Kurti.'), /^THREATEN/u));
});
