import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 13 (EV-LEX): a possibility left open ("did not rule out sanctions", "schloss Sanktionen nicht aus") supposes
 * the act; countermeasures under consideration are hypothetical sanctions; a German warning that the source's own side
 * will respond ("warnte, seine Armee werde … beantworten") is a threat. Sentences written for these tests, each family
 * with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: a possibility left open is hypothetical', () => {
  const cases: readonly (readonly [string, () => string[], string])[] = [
    ['(en) "has not ruled out sanctions"', () => en('Kenya has not ruled out sanctions against Uganda.'), 'SANCTION kenya>uganda hypothetical'],
    ['(en) "did not rule out further sanctions"', () => en('Kenya did not rule out further sanctions against Uganda.'), 'SANCTION kenya>uganda hypothetical'],
    ['(de) Perfekt "hat Sanktionen … nicht ausgeschlossen"', () => de('Die EU hat Sanktionen gegen Kenia nicht ausgeschlossen.'), 'SANCTION european-union>kenya hypothetical'],
    ['(de) split verb "schloss weitere Sanktionen … nicht aus"', () => de('Die EU schloss weitere Sanktionen gegen Kenia nicht aus.'), 'SANCTION european-union>kenya hypothetical'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (en): "ruled out sanctions" stays a denied act', () =>
    assertLacks(en('Kenya ruled out sanctions against Uganda.'), /^SANCTION .* hypothetical$/u));
  it('negative (en): "has not imposed sanctions" stays negated', () =>
    assertHas(en('Kenya has not imposed sanctions on Uganda.'), 'SANCTION kenya>uganda negated'));
  it('negative (de): "keine Sanktionen verhängt" stays negated', () =>
    assertHas(de('Die EU hat keine Sanktionen gegen Kenia verhängt.'), 'SANCTION european-union>kenya negated'));
  it('(de) the threat "schloss militärische Mittel nicht aus" is itself made, not supposed', () =>
    assertHas(de('Kenia schloss militärische Mittel gegen Uganda nicht aus.'), 'THREATEN kenya>uganda asserted'));
});

describe('events: countermeasures under consideration are hypothetical sanctions', () => {
  it('(en) "is weighing countermeasures against"', () =>
    assertHas(en('Kenya is weighing countermeasures against Uganda.'), 'SANCTION kenya>uganda hypothetical'));
  it('(en) "was reviewing whether to impose retaliatory duties on"', () =>
    assertHas(en('Kenya was reviewing whether to impose retaliatory duties on Ugandan goods.'), 'SANCTION kenya>uganda hypothetical'));
  it('(en) "is considering retaliatory tariffs on"', () =>
    assertHas(en('Kenya is considering retaliatory tariffs on Ugandan goods.'), 'SANCTION kenya>uganda hypothetical'));
  it('(de) "prüft Gegenmaßnahmen gegen"', () =>
    assertHas(de('Die EU prüft Gegenmaßnahmen gegen Kenia.'), 'SANCTION european-union>kenya hypothetical'));
  it('negative (en): considering a request is no sanction', () =>
    assertLacks(en('Kenya is considering a request from Uganda.'), /^SANCTION/u));
  it('negative (de): "prüft den Antrag" is no sanction', () =>
    assertLacks(de('Die EU prüft den Antrag Kenias.'), /^SANCTION/u));
});

describe('events (de): a warning of the source\'s own response is a threat', () => {
  it('"hat Uganda gewarnt, seine Armee werde jede Grenzverletzung beantworten"', () =>
    assertHas(de('Kenia hat Uganda gewarnt, seine Armee werde jede Grenzverletzung beantworten.'), 'THREATEN kenya>uganda asserted'));
  it('"warnte Uganda, man werde entschlossen reagieren"', () =>
    assertHas(de('Kenia warnte Uganda, man werde entschlossen reagieren.'), 'THREATEN kenya>uganda asserted'));
  it('negative: a third party\'s response is a warning, no threat', () =>
    assertLacks(de('Kenia warnte, Uganda werde auf die Stationierung reagieren.'), /^THREATEN/u));
  it('negative: "sein Nachbar" is not the source\'s own side', () =>
    assertLacks(de('Kenia warnte, sein Nachbar werde die Grenze schließen.'), /^THREATEN/u));
});

describe('events (de): a meeting that does not take place or is cancelled is negated', () => {
  it('"Das angesetzte Treffen zwischen … findet nicht statt"', () =>
    assertHas(de('Das für Mittwoch angesetzte Treffen zwischen Kenia und Uganda findet nicht statt.'), 'CONSULT kenya>uganda negated'));
  it('"Das Treffen zwischen … fiel aus"', () =>
    assertHas(de('Das Treffen zwischen Kenia und Uganda fiel aus.'), 'CONSULT kenya>uganda negated'));
  it('negative: "fand am Montag statt" stays asserted', () =>
    assertHas(de('Das Treffen zwischen Kenia und Uganda fand am Montag statt.'), 'CONSULT kenya>uganda asserted'));
});

describe('events (en): "warned that … would retaliate" is a threat only for the source\'s own act (warn-of, ownAct)', () => {
  it('"warned that it would retaliate against" (the source\'s pronoun)', () =>
    assertHas(en('Kenya warned that it would retaliate against Uganda.'), 'THREATEN kenya>- asserted'));
  it('"warned Uganda that Nairobi would retaliate" (the source\'s capital)', () =>
    assertHas(en('Kenya warned Uganda that Nairobi would retaliate.'), 'THREATEN kenya>uganda asserted'));
  it('"warned Uganda of retaliation" (no complement: no test)', () =>
    assertHas(en('Kenya warned Uganda of retaliation.'), 'THREATEN kenya>uganda asserted'));
  it('negative: "NATO warned that Russia would retaliate against Ukraine" is a warning of a risk', () =>
    assertLacks(en('NATO warned that Russia would retaliate against Ukraine.'), /^THREATEN/u));
  it('negative: "warned that Russia could take countermeasures"', () =>
    assertLacks(en('NATO warned that Russia could take countermeasures against Ukraine.'), /^THREATEN/u));
});
