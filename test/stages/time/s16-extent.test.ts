import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 16: the TIMEX2 extents (TIDES 2005) of German history sentences written for this test,
 * one row per extent rule the benchmark extent follows: no preposition (also none of a contracted
 * one: "im", "am", "zum"), determiners and premodifiers inside (but a dative or genitive article,
 * and any article of a day date, out: session 29, `timex2CaseArticles`), postmodifiers (genitives, "später",
 * "darauf", an event phrase after a unit) inside, each end of a range its own expression,
 * non-markable phrases (no time word) untagged. Narrative anchoring, reference date 2011-02-16.
 */

const detailed = makeDetailedTagger();
/** The TIMEX2 extents of a passage, in order, without the items only TIMEX2 marks unless asked. */
const extents = (text: string, withTimex2Only = false): string[] =>
  detailed('de', text, '2011-02-16', { anchor: 'narrative' }).filter((r) => withTimex2Only || !r.timex2Only).map((r) => r.timex2);

describe('TIMEX2 extents of German history sentences', () => {
  const rows: [string, string, string[]][] = [
    // [rule, passage, extents]
    ['a contracted preposition stays out, the year noun is in', 'Im Jahr 1939 begann der Krieg. Am 1. September griffen die Truppen an.', ['Jahr 1939', '1. September']],
    ['"im Jahre" likewise', 'Im Jahre 1812 zog die Armee nach Osten.', ['Jahre 1812']],
    ['an article after a preposition is a determiner: in', 'In den 1930er Jahren wuchs die Armee.', ['den 1930er Jahren']],
    ['a demonstrative is a determiner: in', 'Am 1. September 1939 begann der Krieg. An diesem Tag fiel die Stadt. An jenem Abend brannte der Hafen.', ['1. September 1939', 'diesem Tag', 'jenem Abend']],
    ['a genitive demonstrative phrase is a postmodifier', 'Am 1. September 1939 begann der Krieg. Im Herbst jenes Jahres kam der Frost.', ['1. September 1939', 'Herbst jenes Jahres']],
    ['period parts are premodifiers', 'Anfang 1940 war es ruhig. Mitte Mai 1940 begann der Angriff. Ende Juni 1940 kapitulierte Frankreich.', ['Anfang 1940', 'Mitte Mai 1940', 'Ende Juni 1940']],
    ['seasons with their year', 'Im Frühjahr 1941 folgte der Balkan. Im Winter 1941/42 erstarrte die Front.', ['Frühjahr 1941', 'Winter 1941/42']],
    ['an inflected adjective is a premodifier', 'In den späten 1930er Jahren rüstete man auf. In den frühen Morgenstunden des 22. Juni 1941 begann der Angriff.', ['den späten 1930er Jahren', 'den frühen Morgenstunden des 22. Juni 1941']],
    ['an ordinal with a unit, its article in', 'Am 22. Juni 1941 begann der Angriff. Die ersten Monate verliefen erfolgreich.', ['22. Juni 1941', 'Die ersten Monate']],
    ['a counted unit takes the event phrase after it', 'Am 8. Mai 1945 kapitulierte die Wehrmacht. Zwei Tage nach der Kapitulation wurde verhandelt.', ['8. Mai 1945', 'Zwei Tage nach der Kapitulation']],
    ['"später", "darauf", "zuvor" are postmodifiers', 'Am 4. Mai 1940 begann der Angriff. Drei Tage darauf fiel die Stadt. Eine Woche später kapitulierte die Armee. Tags zuvor war verhandelt worden.', ['4. Mai 1940', 'Drei Tage darauf', 'Eine Woche später', 'Tags zuvor']],
    ['each end of a range is its own expression', 'Der Krieg dauerte von 1939 bis 1945. Zwischen 1914 und 1918 starben Millionen. Der Krieg 1939–1945 war verheerend.', ['1939', '1945', '1914', '1918', '1939', '1945']],
    ['a range after a plural year noun: the noun goes with the first end (its article out: session 29)', 'In den Jahren 1939 bis 1945 starben Millionen.', ['Jahren 1939', '1945']],
    ['"lang" is a postposition of a duration, out as a preposition is (session 29); "über" a quantity modifier', 'Die Belagerung dauerte drei Jahre lang. Über zwei Monate hielt die Festung stand.', ['drei Jahre', 'Über zwei Monate']],
    ['a complex preposition stays out, its genitive phrase is in', 'Im März 1917 dankte der Zar ab. Im Laufe des Jahres zerfiel die Armee.', ['März 1917', 'Jahres']],
    ['a year that opens its clause', '1940 eroberte die Wehrmacht Frankreich. 1941 griff sie die Sowjetunion an.', ['1940', '1941']],
    ['clock times with "Uhr"; an approximating preposition stays out', 'Am 6. Juni 1944 landeten die Alliierten. Um 6.30 Uhr erreichten die Boote den Strand. Gegen Mittag war der Strand gesichert. In der Nacht griffen die Deutschen an.',
      ['6. Juni 1944', '6.30 Uhr', 'Mittag', 'Nacht']],
    ['a relative compound with its article', 'Am 4. Mai 1940 begann der Angriff. In der Folgewoche fiel Paris. Im Folgejahr kam die Wende.', ['4. Mai 1940', 'Folgewoche', 'Folgejahr']],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(extents(text), want);
    });
  }
});

describe('negatives: phrases without a time word are no TIMEX2', () => {
  const rows: [string, string, string[]][] = [
    ['"kurz darauf" has no time word', 'Am 8. Mai 1945 kapitulierte die Wehrmacht. Kurz darauf endete der Krieg.', ['8. Mai 1945']],
    ['the beginning or end of a war is an event', 'Zu Beginn des Krieges war die Armee schwach. Nach dem Ende des Krieges wurde das Land geteilt. Nach Kriegsende kam die Teilung.', []],
    ['a year as a count stays untagged', 'Im Mai 1940 fielen 1940 Soldaten an der Maas.', ['Mai 1940']],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(extents(text, true), want);
    });
  }
});

describe('the value of a relative compound', () => {
  test('"Folgewoche" is the week after the running date, "Vorwoche" the week before', () => {
    const got = detailed('de', 'Am 4. Mai 1940 begann der Angriff. In der Folgewoche fiel Paris. In der Vorwoche hatte es geregnet.', '2011-02-16', { anchor: 'narrative' });
    assert.deepEqual(got.map((r) => r.value), ['1940-05-04', '1940-W19', '1940-W17']);
  });
  test('news: "der Folgewoche" counts from the publication date', () => {
    const got = detailed('de', 'Die Zahlen der Folgewoche zeigen einen Anstieg.', '2011-02-16', { anchor: 'publication' });
    assert.deepEqual(got.map((r) => r.value), ['2011-W08']);
  });
});
