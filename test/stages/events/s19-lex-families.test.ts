import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 19 (EV-LEX): lexicon families found among the development sets' unseen events. Sentences written for these
 * tests.
 */
const en = engineCoder('en');
const de = engineCoder('de');

/** Asserts an event starting with `want` ("CONSULT china>"): the type and source, whatever the target the actor layer finds. */
function hasPrefix(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

describe('events: taking part in a meeting is CONSULT (de "nahm an … teil", "an … teilnehmen", "Teilnahme … an"; en "attended", "took part in")', () => {
  const cases: readonly (readonly [string, (s: string) => string[], string, string])[] = [
    ['de verb second, separable "nahm an … teil"', de, 'Scholz nahm an einer Geberkonferenz in Brüssel teil.', 'CONSULT scholz>- asserted'],
    ['de verb last after a modal "wird an … teilnehmen"', de, 'Merz wird an dem Gipfel in Brüssel teilnehmen.', 'CONSULT friedrich-merz>- planned'],
    ['de "an einem Treffen der G7 … teilnehmen": the meeting\'s genitive is the partner', de, 'Wadephul will Mitte März an einem Treffen der G7-Außenminister in Kanada teilnehmen.', 'CONSULT johann-wadephul>g7 planned'],
    ['de perfect "hat an den Gesprächen mit … teilgenommen"', de, 'Lawrow hat an den Gesprächen mit den USA in Riad teilgenommen.', 'CONSULT sergey-lavrov>usa asserted'],
    ['de "nimmt am Friedensgipfel teil" (compound head)', de, 'Die Ukraine nimmt am Friedensgipfel in der Schweiz teil.', 'CONSULT ukraine>- asserted'],
    ['de noun "Teilnahme X-s an …" (genitive inside the phrase)', de, 'Die Teilnahme Chinas an der Friedenskonferenz bleibt offen.', 'CONSULT china>-'],
    ['de noun "Putins Teilnahme am Gipfel"', de, 'Putins Teilnahme am Gipfel in Kasan ist bestätigt.', 'CONSULT vladimir-putin>-'],
    ['de noun "Teilnahme von X an …"', de, 'Eine Teilnahme von Ahmed al-Scharaa an einer Geberkonferenz in Brüssel gilt als wahrscheinlich.', 'CONSULT ahmed-al-sharaa>-'],
    ['en "attended the summit"', en, 'Scholz attended the summit in Brussels.', 'CONSULT scholz>- asserted'],
    ['en "is attending the talks"', en, 'Iran\'s foreign minister is attending the talks in Geneva.', 'CONSULT iran>-'],
    ['en "will take part in a meeting of X" (the meeting\'s of-phrase is the partner)', en, 'Wadephul will take part in a meeting of G7 foreign ministers in Canada.', 'CONSULT johann-wadephul>g7 planned'],
    ['en "took part in the talks with X"', en, 'Lavrov took part in the talks with the United States in Riyadh.', 'CONSULT sergey-lavrov>usa asserted'],
  ];
  for (const [name, code, s, want] of cases) it(name, () => hasPrefix(code(s), want));
  const negatives: readonly (readonly [string, (s: string) => string[], string])[] = [
    ['de a press conference is no meeting of parties', de, 'Scholz nahm an der Pressekonferenz teil.'],
    ['de an exercise ("an der Übung teil")', de, 'Die Bundeswehr nahm an der Übung teil.'],
    ['de a tender ("an der Ausschreibung teil")', de, 'Die Firma nahm an der Ausschreibung teil.'],
    ['en a press conference', en, 'The minister attended a press conference in Berlin.'],
    ['en a funeral', en, 'Biden attended the funeral of the Pope.'],
    ['en a training session', en, 'Students attended a training session.'],
    ['en forces "taking part" in exercises stay COOPERATE', en, 'Japanese and South Korean forces are also taking part.'],
  ];
  for (const [name, code, s] of negatives) it(`negative: ${name}`, () => assertLacks(code(s), /^CONSULT/u));
});

describe('events (en): an aircraft "brought down" is ASSAULT (active, object split, passive with the aircraft before)', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"brought down a … drone"', 'Indian air defences brought down a Pakistani drone.', 'ASSAULT india>pakistan'],
    ['"brought the … drone down"', 'The Indian army brought the Pakistani drone down.', 'ASSAULT india>pakistan'],
    ['passive "the … drone was brought down by"', 'The Pakistani drone was brought down by the Indian army.', 'ASSAULT india>pakistan'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(en(s), want));
  const negatives: readonly (readonly [string, string])[] = [
    ['a government brought down', 'The protests brought down the government.'],
    ['inflation brought down', 'The central bank brought down inflation.'],
    ['prices brought down by a subsidy', 'Fuel prices were brought down by the new subsidy.'],
  ];
  for (const [name, s] of negatives) it(`negative: ${name}`, () => assertLacks(en(s), /^ASSAULT/u));
});

describe('events (en): a meeting not attended is a boycott, REJECT ("has not attended", "did not attend", "never attends")', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"has not attended X meetings" (prefix)', 'Pashinyan has not attended CSTO meetings for more than a year.', 'REJECT nikol-pashinyan>csto'],
    ['"has not attended the meetings of X"', 'Armenia has not attended the meetings of the CSTO since 2023.', 'REJECT armenia>csto'],
    ['"did not attend the summit"', 'Putin did not attend the summit in Johannesburg.', 'REJECT vladimir-putin>'],
    ['"never attends the meetings of X"', 'Modi never attends the meetings of the Shanghai Cooperation Organisation.', 'REJECT narendra-modi>sco'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(en(s), want));
  it('negative: an attended meeting is no boycott', () =>
    assertLacks(en('Modi attended the meetings of the Shanghai Cooperation Organisation.'), /^REJECT/u));
});

describe('events (en): a verdict of coercion, blackmail or interference in a quote is ACCUSE of its subject (en.accuse.said-unacceptable)', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"What X is doing is blackmail"', '"What China is doing is blackmail," Japanese Prime Minister Shigeru Ishiba said.', 'ACCUSE shigeru-ishiba>china'],
    ['"X\'s actions are interference in …"', '"Russia\'s actions are interference in our elections," the Moldovan president said.', 'ACCUSE moldova>russia'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(en(s), want));
  const negatives: readonly (readonly [string, string])[] = [
    ['a topic, not a verdict ("Our priority is fighting terrorism": terrorism is not on the list)', '"Our priority is fighting terrorism," Modi said.'],
    ['no one charged ("The danger is interference by foreign powers")', '"The danger is interference by foreign powers," Macron said.'],
    ['weather is no party ("was hostile")', '"The weather was hostile," the climber said.'],
  ];
  for (const [name, s] of negatives) it(`negative: ${name}`, () => assertLacks(en(s), /^ACCUSE/u));
});

describe('events (de): relief goods flown in are AID, not a visit ("flog Hilfsgüter", "Lebensmittel … zu fliegen", "Medikamente … geflogen")', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['verb second "flog Hilfsgüter in …"', 'Die Bundeswehr flog Hilfsgüter in den Gazastreifen.', 'AID bundeswehr>gaza-strip asserted'],
    ['zu-infinitive "Lebensmittel nach … zu fliegen" (was a CONSULT journey)', 'Das Welternährungsprogramm kündigte an, zusätzliche Lebensmittel nach Goma zu fliegen.', 'AID wfp>'],
    ['perfect "hat Medikamente nach … geflogen"', 'Jordanien hat Medikamente nach Gaza geflogen.', 'AID jordan>gaza-strip asserted'],
    ['modal "will Hilfsgüter nach … einfliegen"', 'Die Bundeswehr will Hilfsgüter nach Gaza einfliegen.', 'AID bundeswehr>gaza-strip planned'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(de(s), want));
  const negatives: readonly (readonly [string, string])[] = [
    ['a journey whose purpose clause names weapons', 'Baerbock flog nach Kiew, um über Waffen zu sprechen.'],
    ['a journey with soldiers aboard', 'Der Kanzler flog mit Soldaten der Bundeswehr nach Mali.'],
    ['a bare journey', 'Scholz flog nach Kiew.'],
  ];
  for (const [name, s] of negatives) it(`negative: ${name}`, () => assertLacks(de(s), /^AID/u));
});
