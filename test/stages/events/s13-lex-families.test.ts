import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 13 (EV-LEX): trigger families the development sets had no trigger or frame for: support received from
 * someone ("erhielt Unterstützung von", "received backing from": the giver is the source), doubts about a vote in a
 * place ("voiced doubts about the conduct of the election in Georgia"), a terrorist designation with a longer
 * object ("designated the Wagner Group a foreign terrorist entity"). Sentences written for these tests; each
 * family with a negative. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: support received is the giver\'s support', () => {
  const cases: readonly (readonly [string, () => string[], string])[] = [
    ['(de) "erhielt Unterstützung von"', () => de('Vučić erhielt Unterstützung von Viktor Orbán.'), 'SUPPORT viktor-orban>aleksandar-vucic asserted'],
    ['(de) fronted noun: "Rückhalt erhielt Vučić vom ungarischen Ministerpräsidenten …"', () => de('Rückhalt erhielt Vučić vom ungarischen Ministerpräsidenten Viktor Orbán.'), 'SUPPORT viktor-orban>aleksandar-vucic asserted'],
    ['(de) "bekam … Rückendeckung aus Moskau"', () => de('Vučić bekam am Montag Rückendeckung aus Moskau.'), 'SUPPORT russia>aleksandar-vucic asserted'],
    ['(en) "received support from"', () => en('Vucic received support from Hungarian Prime Minister Viktor Orban.'), 'SUPPORT viktor-orban>aleksandar-vucic asserted'],
    ['(en) "won backing from"', () => en('Vucic won backing from Viktor Orban.'), 'SUPPORT viktor-orban>aleksandar-vucic asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (de): a letter received is no support', () =>
    assertLacks(de('Vučić erhielt einen Brief von Viktor Orbán.'), /^SUPPORT/u));
  it('negative (en): a letter received is no support', () =>
    assertLacks(en('Vucic received a letter from Viktor Orban.'), /^SUPPORT/u));
});

describe('events (en): doubts about a vote held in a place accuse that place', () => {
  it('"voiced doubts about the conduct of the election in Georgia"', () =>
    assertHas(en('The Kremlin voiced doubts about the conduct of the election in Georgia.'), 'ACCUSE russia>georgia asserted'));
  it('"cast doubt on the results of the election in Armenia"', () =>
    assertHas(en('Russia cast doubt on the results of the election in Armenia.'), 'ACCUSE russia>armenia asserted'));
  it('negative: doubts about the weather accuse nobody', () =>
    assertLacks(en('Analysts had doubts about the weather.'), /^ACCUSE/u));
});

describe('events (en): a terrorist designation with a longer object is a sanction', () => {
  it('"designated the Wagner Group a foreign terrorist entity"', () =>
    assertHas(en('Canada designated the Wagner Group a foreign terrorist entity.'), 'SANCTION canada>wagner-group asserted'));
  it('negative: designating a venue is no sanction', () =>
    assertLacks(en('Washington designated the Geneva hotel as the venue for the talks.'), /^SANCTION/u));
});

describe('events (de): a proposal declared not open to debate is the speaker\'s rejection', () => {
  const cases: readonly (readonly [string, () => string[], string])[] = [
    ['(de) "stehe im Moment nicht zur Debatte, sagte …"', () => de('Ein Abzug der Truppen stehe im Moment nicht zur Debatte, sagte Lawrow.'), 'REJECT sergey-lavrov>- asserted'],
    ['(de) "steht nicht zur Diskussion"', () => de('Ein Rückzug aus der Krim steht nicht zur Diskussion, sagte Lawrow.'), 'REJECT sergey-lavrov>- asserted'],
    ['(de) "lässt sich von Brüssel nichts vorschreiben"', () => de('Ungarn lässt sich von Brüssel nichts vorschreiben.'), 'REJECT hungary>european-union asserted'],
    ['(de) reported: "Man lasse sich von Brüssel nichts mehr vorschreiben, sagte Orbán"', () => de('Man lasse sich von Brüssel nichts mehr vorschreiben, sagte Orbán.'), 'REJECT viktor-orban>european-union asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (de): "stand nicht auf der Tagesordnung" rejects nothing', () =>
    assertLacks(de('Das Thema stand am Montag nicht auf der Tagesordnung.'), /^REJECT/u));
  it('negative (de): "ließ sich von den Experten beraten" rejects nothing', () =>
    assertLacks(de('Die Kommission ließ sich von den Experten beraten.'), /^REJECT/u));
  it('negative (de): a principle "steht nicht zur Disposition" is no rejection (the development gold codes none)', () =>
    assertLacks(de('Die Unverletzlichkeit der Grenzen steht nicht zur Disposition, sagte Lawrow.'), /^REJECT/u));
});

describe('events (de): an ambassador summoned in the passive is the summoning state\'s accusation', () => {
  const cases: readonly (readonly [string, () => string[], string])[] = [
    ['"wurde ins Außenministerium Kenias einbestellt"', () => de('Der ugandische Botschafter wurde ins Außenministerium Kenias einbestellt.'), 'ACCUSE kenya>uganda asserted'],
    ['"wurde am Montag in Nairobi einbestellt" (a capital for its state)', () => de('Der ugandische Botschafter wurde am Montag in Nairobi einbestellt.'), 'ACCUSE kenya>uganda asserted'],
    ['"wurde vom kenianischen Außenministerium einbestellt"', () => de('Der Botschafter Ugandas wurde vom kenianischen Außenministerium einbestellt.'), 'ACCUSE kenya>uganda asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative: an ambassador received is no accusation', () =>
    assertLacks(de('Der ugandische Botschafter wurde in Nairobi empfangen.'), /^ACCUSE/u));
  it('negative: an ambassador who left is no accusation', () =>
    assertLacks(de('Der ugandische Botschafter ist am Montag abgereist.'), /^ACCUSE/u));
});
