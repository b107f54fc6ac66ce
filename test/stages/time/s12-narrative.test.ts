import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 12: expressions of historical narrative (narrative anchoring, reference date 2011-02-16):
 * a day of a month named by a relative phrase ("am 2. des Monats"), a counted period with a later word
 * after a running date coarser than its unit ("Zwei Monate später" after a year), a whole part of the
 * day ("die ganze Nacht"). All passages are written for this test.
 */

const detailed = makeDetailedTagger();
const narrative = (text: string) => detailed('de', text, '2011-02-16', { anchor: 'narrative' }).filter((r) => !r.timex2Only);
const news = (text: string) => detailed('de', text, '2011-02-16').filter((r) => !r.timex2Only);
/** core extent → value of every expression. */
const values = (rows: ReturnType<typeof narrative>): Record<string, string | null> => Object.fromEntries(rows.map((r) => [r.core, r.value]));

describe('a day of the month a relative month phrase names', () => {
  const rows: [string, string, string][] = [
    ['Im März 1917 dankte der Zar ab. Am 2. des Monats unterschrieb er die Urkunde.', '2. des Monats', '1917-03-02'],
    ['Im März 1917 dankte der Zar ab. Am 15. des folgenden Monats kehrte Lenin zurück.', '15. des folgenden Monats', '1917-04-15'],
    ['Im Juli 1830 brach der Aufstand los. Bis zum 29. desselben Monats war der König geflohen.', '29. desselben Monats', '1830-07-29'],
    ['Im Mai 1453 fiel die Stadt. Schon am 3. des Vormonats hatte der Sturm begonnen.', '3. des Vormonats', '1453-04-03'],
    ['Am 10. Oktober 1806 fiel der Prinz. Am 14. des Monats folgte die Doppelschlacht.', '14. des Monats', '1806-10-14'],
  ];
  for (const [text, core, want] of rows) test(text, () => assert.equal(values(narrative(text))[core], want));
  test('the day moves the running date ("am folgenden Tag" counts from it)', () => {
    const v = values(narrative('Im März 1917 dankte der Zar ab. Am 2. des Monats unterschrieb er. Am folgenden Tag reiste er ab.'));
    assert.equal(v['folgenden Tag'], '1917-03-03');
  });
  test('after a year only, the month is unknown: tagged, value null', () => {
    assert.equal(values(narrative('Im Jahr 1866 kam es zum Krieg. Am 3. des Monats fiel die Festung.'))['3. des Monats'], null);
  });
  test('negatives: a number before another genitive noun is no day', () => {
    const rows = narrative('Im Jahr 1866 kam es zum Krieg. Artikel 2 des Vertrags regelte die Grenzen. Die 3. des Regiments marschierte ab.');
    assert.deepEqual(rows.map((r) => r.core), ['Jahr 1866']);
  });
});

describe('a counted period with a later word after a coarser running date', () => {
  const rows: [string, string, string][] = [
    ['Im Jahr 1870 erklärte Frankreich den Krieg. Zwei Monate später kapitulierte Napoleon III.', 'Zwei Monate später', '1870'],
    ['Im Jahr 1870 erklärte Frankreich den Krieg. Drei Wochen danach wurde Paris eingeschlossen.', 'Drei Wochen danach', '1870'],
    ['Im Jahr 1870 erklärte Frankreich den Krieg. Achtzehn Monate später war alles vorbei.', 'Achtzehn Monate später', '1871'],
    ['Im Jahr 1870 begann der Krieg. Zwei Monate zuvor hatte die Krise begonnen.', 'Zwei Monate zuvor', '1870'],
    ['Im Mai 1940 griff die Wehrmacht an. Sechs Wochen später war Frankreich besiegt.', 'Sechs Wochen später', '1940-06'],
    ['Im Mai 1940 griff die Wehrmacht an. Zehn Tage später war Belgien besetzt.', 'Zehn Tage später', '1940-05'],
    ['Im Sommer 1916 begann die Offensive. Drei Monate später war sie gescheitert.', 'Drei Monate später', '1916'],
  ];
  for (const [text, core, want] of rows) test(text, () => assert.equal(values(narrative(text))[core], want));
  test('a running day keeps the unit\'s own granularity', () => {
    assert.equal(values(narrative('Am 1. Juli 1916 begann die Schlacht. Zwei Wochen später folgte ein neuer Angriff.'))['Zwei Wochen später'], '1916-W28');
  });
  test('negative: in news such a period stays a duration', () => {
    const r = news('Die Regierung trat zurück. Zwei Monate später wurde gewählt.').find((x) => x.core === 'Zwei Monate später');
    assert.equal(r?.value, 'P2M');
  });
});

describe('a whole part of the day is a duration of it', () => {
  const rows: [string, string, string][] = [
    ['Am 10. Mai 1940 griff die Wehrmacht an. Die ganze Nacht rollten Panzer über die Grenze.', 'Die ganze Nacht', 'P1D'],
    ['Am 10. Mai 1940 griff die Wehrmacht an. Sie marschierten die ganze Nacht.', 'die ganze Nacht', 'P1D'],
    ['Am 10. Mai 1940 griff die Wehrmacht an. Die gesamte Nacht hindurch brannte die Stadt.', 'Die gesamte Nacht', 'P1D'],
    ['Am 10. Mai 1940 griff die Wehrmacht an. Den ganzen Abend wurde verhandelt.', 'Den ganzen Abend', 'PTXH'],
    ['Am 10. Mai 1940 griff die Wehrmacht an. Den ganzen Vormittag wurde gekämpft.', 'Den ganzen Vormittag', 'PTXH'],
  ];
  for (const [text, core, want] of rows) test(text, () => assert.equal(values(narrative(text))[core], want));
  test('news too', () => assert.equal(values(news('Die Feuerwehr kämpfte die ganze Nacht gegen den Brand.'))['die ganze Nacht'], 'P1D'));
  test('negatives: "ganze" before other nouns, "morgen" as an adverb', () => {
    assert.deepEqual(news('Die ganze Stadt feierte. Das ganze Land trauerte. Die ganze Mannschaft kommt morgen.').filter((r) => r.core.includes('ganz')), []);
  });
});

describe('a whole part of the day joined to its day stays that day\'s part', () => {
  test('English "all night on Sunday", German "die ganze Nacht zum Sonntag"', () => {
    const en = detailed('en', 'It rained all night on Sunday.', '2026-05-13').map((r) => [r.core, r.value]);
    assert.ok(!en.some(([core]) => core === 'all night'));
    const de = news('Es regnete die ganze Nacht zum Sonntag.').map((r) => r.core);
    assert.ok(!de.includes('die ganze Nacht'));
  });
  test('negative: a place after the link does not join ("die ganze Nacht am Fluss")', () => {
    assert.equal(values(news('Die Soldaten warteten die ganze Nacht am Fluss.'))['die ganze Nacht'], 'P1D');
  });
});
