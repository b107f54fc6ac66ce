import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21 (E2): an arrest or detention that counts its own patients ("wurden 43 Menschen festgenommen", "42 people
 * were detained") is an act of its own: it is no longer merged into a nearby arrest of a named person, nor into a
 * nearby arrest that counts other patients (reports.ts `mergeReports`, code.ts `countedPatients`). A named member of
 * the counted patients ("unter ihnen der Bündnischef X", "among them opposition leader X") is the arrest's patient
 * (actors.ts `countedMember`). Sentences written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

const ARREST = {
  de: 'In Minsk hat die Polizei am Mittwoch den Oppositionspolitiker Pawel Sewerinez festgenommen.',
  en: 'Police in Minsk arrested the opposition politician Pavel Severinets on Wednesday.',
};

describe('events: counted patients make an arrest of their own', () => {
  it('(de) a counted group after an arrest of a named person', () => {
    const got = de(`${ARREST.de} In Minsk wurden insgesamt 43 Menschen festgenommen.`);
    assertHas(got, 'COERCE belarus>pawel-sewerinez asserted');
    assertHas(got, 'COERCE belarus>- asserted');
  });
  it('(en) a counted group after an arrest of a named person', () => {
    const got = en(`${ARREST.en} In Minsk, 42 people were detained.`);
    assertHas(got, 'COERCE belarus>pavel-severinets asserted');
    assertHas(got, 'COERCE belarus>- asserted');
  });
  it('(de) a named member of the counted group is the patient', () =>
    assertHas(de('In Minsk wurden am Mittwoch 34 Personen festgenommen, unter ihnen der Oppositionspolitiker Pawel Sewerinez.'), 'COERCE belarus>pawel-sewerinez asserted'));
  it('(en) a named member of the counted group is the patient', () =>
    assertHas(en('34 people were detained in Minsk, among them Pavel Severinets.'), 'COERCE belarus>pavel-severinets asserted'));
  it('(en) a named member of the counted object of an active arrest', () =>
    assertHas(en('Police detained 34 people in Minsk, including Pavel Severinets.'), 'COERCE belarus>pavel-severinets asserted'));
});

describe('events: negatives — no count, a toll of an attack', () => {
  it('(de) an uncounted group is still merged into the named arrest', () =>
    assertLacks(de(`${ARREST.de} In Minsk wurden weitere Menschen festgenommen.`), /^COERCE belarus>- /u));
  it('(en) an uncounted group is still merged into the named arrest', () =>
    assertLacks(en(`${ARREST.en} In Minsk, more people were detained.`), /^COERCE belarus>- /u));
  it('(en) a member marker without a count names no patient', () =>
    assertLacks(en('Protesters were detained in Minsk on Wednesday, among them Pavel Severinets.'), /^COERCE belarus>pavel-severinets/u));
});
