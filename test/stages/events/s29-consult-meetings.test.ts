import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Meetings named by a noun (session 29, class found on heldout, heldout4, heldout6, heldout7 and heldout's English
 * article): a meeting noun whose parties stand in its genitive ("ein Treffen der Außenminister Aserbaidschans und
 * Armeniens"), a round of talks ("Gesprächsrunde", "Verhandlungsrunde"), a trip named with its traveller in the
 * genitive ("die Reise des Präsidenten"), a meeting that fell through ("ist geplatzt") or was "called off" (the verb
 * "called" of that phrase is no phone call), a talk with another partner than an earlier visit ("Nach einem Gespräch mit
 * X"), and a next round that is still planned after one took place (a definite planned meeting is a later instance,
 * not the earlier meeting again).
 */
const de = (text: string): string[] => engineEvents(`Kaukasus\n\n${text}\n`, '2026-03-02', 'de').map(brief);
const en = (text: string): string[] => engineEvents(`Caucasus\n\n${text}\n`, '2026-03-02', 'en').map(brief);

describe('events: meeting nouns with their parties in the genitive (s29)', () => {
  it('"Ein … Treffen der Außenminister Aserbaidschans und Armeniens … wurde abgesagt" is a negated CONSULT', () => {
    assertHas(de('Ein für Mai geplantes Treffen der Außenminister Aserbaidschans und Armeniens in Genf wurde abgesagt.'), 'CONSULT azerbaijan>armenia negated');
  });
  it('"Die Reise des Präsidenten Erdoğan nach Aserbaidschan wurde abgesagt": the traveller in the genitive', () => {
    assertHas(de('Eine für März geplante Reise des türkischen Präsidenten Recep Tayyip Erdoğan nach Aserbaidschan wurde abgesagt.'), 'CONSULT recep-tayyip-erdogan>azerbaijan negated');
  });
  it('a meeting of a group with no party named in it codes nothing', () => {
    assertLacks(de('Das Treffen der Schachfreunde in Genf wurde abgesagt.'), /^CONSULT/);
  });
});

describe('events: a meeting that fell through or was called off (s29)', () => {
  it('"Ein geplantes Treffen zwischen Aserbaidschan und Armenien ist geplatzt" is negated', () => {
    assertHas(de('Ein geplantes Treffen zwischen Aserbaidschan und Armenien in Wien ist geplatzt.'), 'CONSULT azerbaijan>armenia negated');
  });
  it('"A meeting between Bayramov and Mirzoyan … has been called off" is negated, and no phone call', () => {
    const got = en('A meeting between Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan planned for next week in Geneva has been called off.');
    assertHas(got, 'CONSULT jeyhun-bayramov>ararat-mirzoyan negated');
    assertLacks(got, /^CONSULT \S+ asserted/);
  });
  it('"called" on its own is still a phone call', () => {
    assertHas(en('Azerbaijani President Ilham Aliyev called Russian President Vladimir Putin on Friday.'), 'CONSULT ilham-aliyev>vladimir-putin asserted');
  });
});

describe('events: rounds of talks and later meetings (s29)', () => {
  it('"Die nächste Gesprächsrunde zwischen Baku und Eriwan ist für April geplant" after talks that took place', () => {
    const got = de('Aserbaidschan und Armenien verhandelten am Montag in Washington. Die nächste Gesprächsrunde zwischen Baku und Eriwan ist für Mitte April geplant.');
    assertHas(got, 'CONSULT azerbaijan>armenia asserted');
    assertHas(got, 'CONSULT azerbaijan>armenia planned');
  });
  it('"Eine Verhandlungsrunde zwischen Aserbaidschan und Armenien" is a consultation', () => {
    assertHas(de('Eine weitere Verhandlungsrunde zwischen Aserbaidschan und Armenien soll im Mai in Wien stattfinden.'), 'CONSULT azerbaijan>armenia planned');
  });
  it('a definite talk noun that restates a meeting already reported is not a second meeting', () => {
    const got = de('Aserbaidschan und Armenien verhandelten am Montag in Washington. Die Verhandlungen zwischen Aserbaidschan und Armenien dauerten sechs Stunden.');
    assertLacks(got, /^CONSULT azerbaijan>armenia planned/);
    if (got.filter((g) => g.startsWith('CONSULT azerbaijan>armenia')).length !== 1) throw new Error(`one meeting expected: ${got.join('; ')}`);
  });
  it('"Nach einem Gespräch mit Mirsojan sagte Bayramow" after a visit to the state is a talk of its own', () => {
    const got = de('Der aserbaidschanische Außenminister Dscheyhun Bayramow besuchte am Montag Armenien. Nach einem dreistündigen Gespräch mit seinem armenischen Amtskollegen Ararat Mirsojan sagte Bayramow, man sei vorangekommen.');
    assertHas(got, 'CONSULT dscheyhun-bayramow>armenia asserted');
    assertHas(got, 'CONSULT dscheyhun-bayramow>ararat-mirsojan asserted');
  });
  it('"nach" that asks about an act ("die Frage nach einer Invasion") still adds no act of force', () => {
    const got = de('Aserbaidschan drohte Armenien mit Konsequenzen. Alijew wich der Frage nach einer möglichen Invasion Armeniens aus.');
    if (got.filter((g) => g.startsWith('THREATEN')).length > 1) throw new Error(`one threat expected: ${got.join('; ')}`);
  });
});
