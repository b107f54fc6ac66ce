import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Blame of a deed named only by a generic noun ("Die Entscheidung sei inakzeptabel", "The decision was unacceptable")
 * whose doer the last three sentences do not report waits for the deed the document steps find (answers.ts
 * `judgedDeeds`, code.ts `DEED_PENDING`) and is dropped if none is found; a deed of the judge's own side (a refusal by
 * the judge's state, a step of its own) is never what the judge blames, so the search passes over it.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: blame of an earlier deed named by a generic noun (s27)', () => {
  it('English: "The decision was unacceptable" four sentences after the expulsion', () => {
    const got = events('Niger expels German ambassador\n\nNiger expelled the German ambassador on Monday.\n\nThe military government said the diplomat had interfered in internal affairs.\n\nThe ambassador left Niamey on Tuesday.\n\nGermany rejected the accusations.\n\nThe decision was unacceptable, German Foreign Minister Johann Wadephul said.\n', 'en');
    assertHas(got, 'ACCUSE johann-wadephul>niger asserted');
  });
  it('German: "Die Entscheidung sei inakzeptabel" after the own side\'s rejection', () => {
    const got = events('Mali weist französischen Botschafter aus\n\nDie Militärregierung in Mali hat am Montag den Botschafter Frankreichs ausgewiesen.\n\nEr habe sich in innere Angelegenheiten eingemischt, hieß es in Bamako.\n\nDer Diplomat verließ das Land am Dienstag.\n\nFrankreich wies die Vorwürfe zurück.\n\nDie Entscheidung sei inakzeptabel, sagte der französische Außenminister Jean-Noël Barrot.\n', 'de');
    assertHas(got, 'ACCUSE jean-noel-barrot>mali asserted');
  });
});

describe('events: a generic deed nobody did is blamed on nobody (s27 negatives)', () => {
  it('English: no deed reported before', () => {
    const got = events('Talks in Berlin\n\nGerman Foreign Minister Johann Wadephul met his Polish counterpart on Monday.\n\nGermany rejected the accusations.\n\nThe decision was unacceptable, Wadephul said.\n', 'en');
    assertLacks(got, /^ACCUSE johann-wadephul/);
  });
  it('German: no deed reported before', () => {
    const got = events('Treffen in Paris\n\nDer französische Außenminister Jean-Noël Barrot traf am Montag seinen italienischen Kollegen.\n\nDie Entscheidung sei inakzeptabel, sagte Barrot.\n', 'de');
    assertLacks(got, /^ACCUSE/);
  });
  it('English: only the judge\'s own side acted', () => {
    const got = events('Germany recalls envoy\n\nGermany recalled its ambassador from Niger on Monday.\n\nThe ambassador left Niamey on Tuesday.\n\nThe embassy will stay open.\n\nOfficials met in Berlin.\n\nThe decision was unacceptable, German Foreign Minister Johann Wadephul said.\n', 'en');
    assertLacks(got, /^ACCUSE johann-wadephul>germany/);
    assertLacks(got, /^ACCUSE johann-wadephul>- /);
  });
});
