import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, engineEvents } from './helpers.js';

/**
 * Session 12 (EV-LEX): the defects the eleventh session left — a negated attribute inside a noun phrase ("nicht
 * genehmigte Kundgebung") negated the clause's act; a warning about a risk was coded as a threat; observers sent were a
 * mobilisation; an offer was coded AGREE asserted where the development gold codes the offered act, hypothetical.
 * Sentences written for these tests; each family with a negative. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
/** Asserts that some event (in `brief` form) matches `want`. */
const assertMatch = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events (de): "nicht" before an inflected attribute negates the attribute, not the act', () => {
  const cases: [string, string][] = [
    ['Die Polizei in Minsk löste am Sonntag eine nicht genehmigte Kundgebung der Opposition auf.', 'COERCE belarus>'],
    ['Die georgische Polizei hat eine nicht angemeldete Demonstration der Opposition aufgelöst.', 'COERCE georgia>'],
    ['Tausende Serben protestierten in einer nie genehmigten Demonstration gegen Präsident Aleksandar Vučić.', 'PROTEST '],
  ];
  for (const [s, want] of cases) {
    it(s, () => {
      const all = de(s);
      const got = all.filter((e) => e.startsWith(want));
      assert.ok(got.length > 0, `no ${want} event; got: ${all.join(', ') || '-'}`);
      assert.deepEqual(got.filter((e) => e.endsWith(' negated')), [], 'the act is not negated');
    });
  }
  it('negative: "nicht" before the verb particle still negates ("löste die Kundgebung nicht auf")', () =>
    assertMatch(de('Die Polizei in Minsk löste die Kundgebung der Opposition am Sonntag nicht auf.'), /^COERCE belarus>.* negated$/u));
  it('negative: "nicht" before a determiner still negates ("griff nicht die Stadt … an")', () =>
    assertMatch(de('Russland griff nicht die Stadt Charkiw an.'), /^ASSAULT russia>kharkiv negated$/u));
  it('negative: a participle of the trigger itself stays negated ("das nicht unterzeichnete Abkommen")', () =>
    assertMatch(de('Serbien legte das nicht unterzeichnete Abkommen mit Kosovo zu den Akten.'), /^AGREE serbia>kosovo negated$/u));
});

describe('events (en): a warning about a risk is no threat; the source\'s own response is', () => {
  it('negative: "warned that fighting … could lead to war" threatens nobody', () =>
    assertLacks(en('The United Nations warned that fighting in Sudan could lead to war between Sudan and Chad.'), /^THREATEN/u));
  it('negative: "warned that the outbreak could spread" threatens nobody', () =>
    assertLacks(en('The World Health Organization warned that the outbreak in Congo could spread to Uganda.'), /^THREATEN/u));
  it('"warned that it would retaliate" is a threat', () =>
    assertMatch(en('Iran warned that it would retaliate against Israel.'), /^THREATEN iran>/u));
  it('"warned Ukraine that it would respond" is a threat to Ukraine', () =>
    assertHas(en('Russia warned Ukraine that it would respond.'), 'THREATEN russia>ukraine asserted'));
  it('"warned the Philippines of consequences" is a threat', () =>
    assertHas(en('China warned the Philippines of consequences.'), 'THREATEN china>philippines asserted'));
  it('"warned of a tough response" is a threat', () =>
    assertMatch(en('Russia warned of a tough response to the deployment.'), /^THREATEN russia>/u));
});

describe('events: observers and monitors sent are no mobilisation', () => {
  it('negative (en): "deployed monitors to Ukraine"', () =>
    assertLacks(en('The OSCE deployed monitors to Ukraine.'), /^MOBILIZE/u));
  it('negative (en): "sent 40 observers to Haiti"', () =>
    assertLacks(en('The United Nations sent 40 observers to Haiti.'), /^MOBILIZE/u));
  it('(en) troops deployed with observers stay a mobilisation', () =>
    assertMatch(en('Russia deployed troops and observers to Transnistria.'), /^MOBILIZE russia>/u));
  it('negative (de): "entsandte eine Beobachtermission"', () =>
    assertLacks(de('Die EU entsandte eine Beobachtermission nach Georgien.'), /^MOBILIZE/u));
  it('negative (de): "hat Wahlbeobachter … entsandt"', () =>
    assertLacks(de('Die OSZE hat Wahlbeobachter nach Armenien entsandt.'), /^MOBILIZE/u));
});

describe('events: an offer is the offered act, hypothetical', () => {
  const cases: ['de' | 'en', string, string][] = [
    ['en', 'Turkey offered to mediate between Russia and Ukraine.', 'CONSULT turkey>russia hypothetical'],
    ['en', 'Qatar has offered to host talks between Israel and Hamas in Doha.', 'CONSULT qatar>hamas hypothetical'],
    ['en', 'Egypt offered to broker a ceasefire between Israel and Hamas.', 'CONSULT egypt>israel hypothetical'],
    ['en', 'Putin offered to meet Zelensky in Istanbul.', 'CONSULT vladimir-putin>volodymyr-zelensky hypothetical'],
    ['en', 'Norway offered Sudan humanitarian aid.', 'AID norway>sudan hypothetical'],
    ['en', 'Armenia offered to withdraw troops from three positions if Azerbaijan did the same.', 'RETREAT armenia>azerbaijan hypothetical'],
    ['de', 'Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.', 'CONSULT turkey>ukraine hypothetical'],
    ['de', 'Katar bot an, Gespräche zwischen Israel und der Hamas auszurichten.', 'CONSULT qatar>israel hypothetical'],
    ['de', 'Ägypten hat angeboten, eine Waffenruhe zwischen Israel und der Hamas zu vermitteln.', 'CONSULT egypt>hamas hypothetical'],
    ['de', 'Norwegen bot dem Sudan humanitäre Hilfe an.', 'AID norway>sudan hypothetical'],
    ['de', 'Putin bot Selenskyj an, sich in Istanbul zu treffen.', 'CONSULT vladimir-putin>volodymyr-zelensky hypothetical'],
  ];
  for (const [lang, s, want] of cases) it(`${lang}: ${s}`, () => assertHas((lang === 'de' ? de : en)(s), want));
  it('negative (en): an offer is not an agreement made', () =>
    assertLacks(en('Turkey offered to mediate between Russia and Ukraine.'), /^AGREE/u));
  it('negative (en): the ceasefire an offer would broker is no agreement of its own', () =>
    assertLacks(en('Egypt offered to broker a ceasefire between Israel and Hamas.'), /^AGREE/u));
  it('negative (de): an offer is not an agreement made', () =>
    assertLacks(de('Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.'), /^AGREE/u));
  it('with the PLOVER future rule (ploverFuture) an offer of cooperation is AGREE, an offered retreat CONCEDE', () => {
    const types = (t: string): string[] => codeText('en', `Title\n${t}`, [], [], '2025-07-31', { requireActors: false, ploverFuture: true }).map((e) => e.type);
    assert.deepEqual(types('Turkey offered to mediate between Russia and Ukraine.').filter((t) => t !== 'AGREE'), []);
    assert.ok(types('Armenia offered to withdraw troops from three positions.').includes('CONCEDE'));
  });
});
