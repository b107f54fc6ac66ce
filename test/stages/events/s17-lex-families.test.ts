import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 17 (EV-LEX): lexicon families. Sentences written for these tests.
 */
const en = engineCoder('en');
const de = engineCoder('de');

/** Asserts an event starting with `want` ("REJECT ukraine>"): the type and source, whatever the target the actor layer finds. */
function hasPrefix(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

describe('events (en): "will not let / hand" is a refusal only with an act after it', () => {
  const refusals: readonly (readonly [string, string, string])[] = [
    ['"would not let … dictate"', 'The White House said the president would not let "a Geneva bureaucracy" dictate American trade policy.', 'REJECT usa>'],
    // (s19: a refusal a named person announces for their own state is that person's, as the promoted gold codes it)
    ['"will not let … annex"', 'Ukraine will not let Russia annex its territory, Zelensky said.', 'REJECT volodymyr-zelensky>russia'],
    ['"would not hand over"', 'Thailand said it would not hand over the disputed temple to Cambodia.', 'REJECT thailand>'],
    ['"would not negotiate" (unchanged)', 'Zelensky said Ukraine would not negotiate with Russia.', 'REJECT volodymyr-zelensky>russia'],
  ];
  for (const [name, s, want] of refusals) it(name, () => hasPrefix(en(s), want));
  it('negative: "will not let the country slide into chaos" refuses nothing', () =>
    assertLacks(en('"We will not let the country slide into chaos," Borissov said.'), /^REJECT/u));
  it('negative: "will not hand them the keys again" (a figure of speech, no handover)', () =>
    assertLacks(en('"We will not hand them the keys again," Ilieva said.'), /^REJECT/u));
});

describe('events: an act said to amount to a crime is an accusation by the speaker (en "amounted to", de "stellt … dar", "kommt … gleich")', () => {
  const cases: readonly (readonly [string, (s: string) => string[], string, string])[] = [
    ['en "said … amounted to war crimes"', en, 'Human Rights Watch said the Israeli strikes amounted to war crimes.', 'ACCUSE human-rights-watch>israel asserted'],
    ['en "constituted war crimes"', en, 'Ukraine said the Russian attacks on power plants constituted war crimes.', 'ACCUSE ukraine>russia asserted'],
    ['en quote "amount to terrorism"', en, '"These attacks by Russia amount to terrorism," Zelensky said.', 'ACCUSE volodymyr-zelensky>russia asserted'],
    ['de quote "stellen Kriegsverbrechen dar"', de, '„Die russischen Angriffe stellen Kriegsverbrechen dar“, sagte Selenskyj.', 'ACCUSE volodymyr-zelensky>russia asserted'],
    ['de "erklärte, … kämen einem Völkermord gleich"', de, 'Die Bundesregierung erklärte, die russischen Angriffe kämen einem Völkermord gleich.', 'ACCUSE germany>russia asserted'],
  ];
  for (const [name, code, s, want] of cases) it(name, () => assertHas(code(s), want));
  it('negative: "amounted to 5 million dollars" is no accusation', () =>
    assertLacks(en('Russia said the damage from the Ukrainian attacks amounted to 5 million dollars.'), /^ACCUSE/u));
  it('negative: "stellt eine große Belastung dar" names no crime', () =>
    assertLacks(de('Die Ukraine sagte, der russische Angriff stelle eine große Belastung dar.'), /^ACCUSE/u));
});

describe('events (de): banning a party, group or rally is COERCE; "inhaftieren", "einsperren"', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"verbot die Oppositionspartei" (compound head)', 'Russland verbot die Oppositionspartei Jabloko.', 'COERCE russia>'],
    ['"verbot die Menschenrechtsorganisation"', 'Russland verbot die Menschenrechtsorganisation Memorial.', 'COERCE russia>'],
    ['"verboten alle Kundgebungen"', 'Die belarussischen Behörden verboten alle Kundgebungen der Opposition.', 'COERCE belarus>'],
    ['"ließ … inhaftieren"', 'Die iranische Regierung ließ mehrere Regimekritiker inhaftieren.', 'COERCE iran>'],
    ['"wurde eingesperrt" (passive)', 'Der Journalist wurde in Russland eingesperrt.', 'COERCE russia>'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(de(s), want));
  it('negative: a demand for a ban ("forderten ein Verbot der Partei") is a REQUEST, no COERCE', () =>
    assertLacks(de('Die Grünen forderten ein Verbot der Partei.'), /^COERCE/u));
  it('negative: a ban on exports is no COERCE', () =>
    assertLacks(de('Russland verbot den Export von Weizen.'), /^COERCE/u));
});

describe('events (en): calling for a meeting is a REQUEST, calling one is a CONSULT; "board" is seizing only a vessel', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"called for an emergency meeting of"', 'Cambodian Prime Minister Hun Manet called for an emergency meeting of ASEAN.', 'REQUEST hun-manet>asean asserted'],
    ['"called for an emergency session of"', 'France called for an emergency session of the UN Security Council.', 'REQUEST france>un-security-council asserted'],
    ['"called an emergency meeting" (convened)', 'Malta called an emergency meeting of EU interior ministers.', 'CONSULT malta>- asserted'],
    ['"held an emergency session" (unchanged)', 'The Security Council held an emergency session on Gaza.', 'CONSULT un-security-council>- asserted'],
    ['"will board any ship"', 'Israeli forces will board any ship that tries to break the blockade.', 'COERCE israel>- planned'],
    ['"boarded the vessel" (unchanged)', 'Russian soldiers boarded the Ukrainian vessel.', 'COERCE russia>ukraine asserted'],
  ];
  for (const [name, s, want] of cases) it(name, () => assertHas(en(s), want));
  it('negative: "called for an emergency meeting" is no CONSULT of the caller', () =>
    assertLacks(en('Cambodian Prime Minister Hun Manet called for an emergency meeting of ASEAN.'), /^CONSULT/u));
  it('negative: "a meeting of the IAEA board" seizes nothing', () =>
    assertLacks(en('Iran requested an urgent meeting of the IAEA board.'), /^COERCE/u));
});

describe('events (de): "möge/mögen" in reported speech is a demand, like "müsse", "solle"', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"bat, … möge … nutzen" (the request gains its addressee)', 'Wadephul bat, Peking möge seinen Einfluss auf Russland nutzen.', 'REQUEST johann-wadephul>china asserted'],
    ['"sagte, … möge … abziehen"', 'Merz sagte, Russland möge seine Truppen aus der Ukraine abziehen.', 'REQUEST friedrich-merz>russia asserted'],
    ['"sagte, … möge … freilassen"', 'Macron sagte, Iran möge die Journalisten freilassen.', 'REQUEST emmanuel-macron>iran asserted'],
  ];
  for (const [name, s, want] of cases) it(name, () => assertHas(de(s), want));
  it('negative: the speaker\'s own state is no addressee ("Merz sagte, Deutschland möge … schicken")', () =>
    assertLacks(de('Merz sagte, Deutschland möge mehr Soldaten nach Litauen schicken.'), /^REQUEST/u));
  it('negative: "mögen" as "like" outside reported speech is no demand', () =>
    assertLacks(de('Die Ukrainer mögen die russischen Truppen nicht.'), /^REQUEST/u));
});
