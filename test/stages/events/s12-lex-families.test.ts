import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 12 (EV-LEX): trigger families the development sets had no trigger for (a dispute taken to a court, a
 * critical tone struck, an evaluation as "neokolonial", inspectors allowed in, patrols intensified or widened) and a
 * place named right before the object phrase of the same state ("in Peking die chinesische Führung"). Sentences
 * written for these tests; each family with a negative. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events (en): a dispute taken to a court or council is an accusation', () => {
  it('"will take the border dispute with Thailand to the International Court of Justice"', () =>
    assertHas(en('Cambodia will take the border dispute with Thailand to the International Court of Justice.'), 'ACCUSE cambodia>thailand planned'));
  it('"took the case against Ecuador to the court"', () =>
    assertHas(en('Mexico took the case against Ecuador to the International Court of Justice.'), 'ACCUSE mexico>ecuador asserted'));
  it('negative: taking a delegation to a summit is no accusation', () =>
    assertLacks(en('Cambodia took a large delegation to the summit in Kuala Lumpur.'), /^ACCUSE/u));
});

describe('events: a critical tone struck is an accusation', () => {
  it('(en) "struck a critical tone towards the United States"', () =>
    assertHas(en('France struck a critical tone towards the United States.'), 'ACCUSE france>usa asserted'));
  it('(de) "schlug kritische Töne gegenüber den USA an"', () =>
    assertHas(de('Frankreich schlug kritische Töne gegenüber den USA an.'), 'ACCUSE france>usa asserted'));
  it('(de) Perfekt: "hatte scharfe Töne gegenüber Russland angeschlagen"', () =>
    assertHas(de('Polen hatte scharfe Töne gegenüber Russland angeschlagen.'), 'ACCUSE poland>russia asserted'));
  it('negative (en): a conciliatory tone accuses nobody', () =>
    assertLacks(en('France struck a conciliatory tone towards the United States.'), /^ACCUSE/u));
  it('negative (de): versöhnliche Töne accuse nobody', () =>
    assertLacks(de('Frankreich schlug versöhnliche Töne gegenüber den USA an.'), /^ACCUSE/u));
});

describe('events (de): evaluations and admissions the lexicon lacked', () => {
  it('"nannte den Schritt Belgiens neokolonial" is an accusation', () =>
    assertHas(de('Präsident Paul Kagame nannte den Schritt Belgiens neokolonial.'), 'ACCUSE paul-kagame>belgium asserted'));
  it('"erlaubte den Inspektoren der IAEA …" is a concession', () =>
    assertHas(de('Iran erlaubte den Inspektoren der IAEA, die Anlage in Natans zu betreten.'), 'CONCEDE iran>iaea asserted'));
  it('negative: "erlaubte" without an admitted party concedes nothing', () =>
    assertLacks(de('Iran erlaubte den Export von Pistazien nach Russland.'), /^CONCEDE/u));
});

describe('events: patrols intensified or widened are a mobilisation', () => {
  it('(en) "intensified its patrols near Taiwan"', () =>
    assertHas(en('China intensified its patrols near Taiwan.'), 'MOBILIZE china>taiwan asserted'));
  it('(de) "intensivierte seine Patrouillen vor Taiwan"', () =>
    assertHas(de('China intensivierte seine Patrouillen vor Taiwan.'), 'MOBILIZE china>taiwan asserted'));
  it('(de) "weiteten ihre Präsenz … aus"', () =>
    assertHas(de('Die Philippinen weiteten ihre Präsenz im Südchinesischen Meer aus.'), 'MOBILIZE philippines>- asserted'));
  it('(de) Perfekt: "hat die Patrouillen ausgeweitet"', () =>
    assertHas(de('Japan hat die Patrouillen um die Senkaku-Inseln ausgeweitet.'), 'MOBILIZE japan>- asserted'));
  it('negative (de): a trade widened is no mobilisation', () =>
    assertLacks(de('China weitete den Handel mit Taiwan aus.'), /^MOBILIZE/u));
});

describe('events (de): a place before the object phrase of its own state is a phrase of its own', () => {
  it('"hat in Peking die chinesische Führung zu einem Kurswechsel aufgefordert"', () =>
    assertHas(de('Außenminister Johann Wadephul hat in Peking die chinesische Führung zu einem Kurswechsel aufgefordert.'), 'REQUEST johann-wadephul>china asserted'));
});

describe('events: doubts voiced about a party are an accusation, not support', () => {
  it('(en) "voiced doubts about Russia\'s commitment to the ceasefire"', () => {
    const got = en('Washington voiced doubts about Russia\'s commitment to the ceasefire.');
    assertHas(got, 'ACCUSE usa>russia asserted');
    assertLacks(got, /^SUPPORT/u);
  });
  it('(en) "raised doubts over China\'s data"', () =>
    assertHas(en('Japan raised doubts over China\'s data.'), 'ACCUSE japan>china asserted'));
  it('(de) "meldeten Zweifel an Russlands Bereitschaft … an"', () =>
    assertHas(de('Die USA meldeten Zweifel an Russlands Bereitschaft zu einer Waffenruhe an.'), 'ACCUSE usa>russia asserted'));
  it('(de) "äußerte Zweifel an der Darstellung Chinas"', () =>
    assertHas(de('Frankreich äußerte Zweifel an der Darstellung Chinas.'), 'ACCUSE france>china asserted'));
  it('negative (en): "have no doubt that …" accuses nobody', () =>
    assertLacks(en('Analysts have no doubt that Russia will attack.'), /^ACCUSE/u));
  it('negative (de): "keinen Zweifel, dass …" accuses nobody', () =>
    assertLacks(de('Es gibt keinen Zweifel, dass Russland angreifen wird.'), /^ACCUSE/u));
});
