import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 18: common forms of German (and English) history prose under narrative anchoring —
 * the TIDES 2005 extents of ranges and lists, and values that follow the narrative's running date
 * (regression rows for forms that already worked), the English "eve" (as German "Vorabend"), and a
 * relative year genitive ("im Herbst desselben Jahres") before the text gave a date of its own.
 * Passages written for this test; reference date 2011-02-16 (a download date, no day of the story).
 */

const detailed = makeDetailedTagger();
type Row = [string, string, [string, string | null][]];
/** [TIMEX2 extent, value] of each expression of a passage, TIMEX2-only items included. */
const read = (lang: 'de' | 'en', text: string, anchor: 'narrative' | 'publication' = 'narrative'): [string, string | null][] =>
  detailed(lang, text, '2011-02-16', { anchor }).map((r) => [r.timex2, r.value]);

const table = (lang: 'de' | 'en', rows: Row[], anchor: 'narrative' | 'publication' = 'narrative'): void => {
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(read(lang, text, anchor), want);
    });
  }
};

describe('TIDES 2005: each end of a range or list is an expression of its own; the article of a day date stays out (WikiWarsDE, session 29)', () => {
  table('de', [
    ['two days of one month after "zwischen dem"', 'Die Offensive fand zwischen dem 10. und 14. Mai 1940 statt.', [['10.', '1940-05-10'], ['14. Mai 1940', '1940-05-14']]],
    ['two days after "vom … bis"', 'Vom 10. bis 14. Mai 1940 wurde gekämpft.', [['10.', '1940-05-10'], ['14. Mai 1940', '1940-05-14']]],
    ['two full dates, contracted prepositions out', 'Vom 1. September 1939 bis zum 8. Mai 1945 dauerte der Krieg.', [['1. September 1939', '1939-09-01'], ['8. Mai 1945', '1945-05-08']]],
    ['years after a plural year noun', 'In den Jahren 1939 bis 1945 starben Millionen.', [['Jahren 1939', '1939'], ['1945', '1945']]],
    ['years after "von … bis"', 'Von 1939 bis 1945 dauerte der Krieg.', [['1939', '1939'], ['1945', '1945']]],
    ['years joined by a dash inside one token', 'Der Krieg (1939–1945) war verheerend.', [['1939', '1939'], ['1945', '1945']]],
    ['two months of one year', 'Im Juni und Juli 1940 wurde gekämpft.', [['Juni', '1940-06'], ['Juli 1940', '1940-07']]],
    ['two seasons of one year', 'Im Sommer und Herbst 1942 tobte die Schlacht.', [['Sommer', '1942-SU'], ['Herbst 1942', '1942-FA']]],
    ['two days after "zwischen dem … und dem"', 'Am 10. Mai 1940 begann der Feldzug. Zwischen dem 26. Mai und dem 4. Juni wurden Truppen evakuiert.', [['10. Mai 1940', '1940-05-10'], ['26. Mai', '1940-05-26'], ['4. Juni', '1940-06-04']]],
  ]);
});

describe('one expression: a season with its split year, period parts, a part of the day with its date', () => {
  table('de', [
    ['a winter across two years is the first year\'s', 'Im Winter 1941/42 erfroren viele Soldaten.', [['Winter 1941/42', '1941-WI']]],
    ['the start of a decade, its article inside', 'Anfang der 1930er Jahre wuchs die Arbeitslosigkeit.', [['Anfang der 1930er Jahre', '193']]],
    ['the first half of a year', 'In der ersten Hälfte des Jahres 1942 rückten die Truppen vor.', [['ersten Hälfte des Jahres 1942', '1942-H1']]],
    ['a season with its year', 'Im Frühjahr 1943 kapitulierte die Armee.', [['Frühjahr 1943', '1943-SP']]],
    ['the morning of a date', 'Am Morgen des 22. Juni 1941 begann der Angriff.', [['Morgen des 22. Juni 1941', '1941-06-22TMO']]],
    ['a night between two days is the first day\'s', 'In der Nacht vom 13. auf den 14. Februar 1945 brannte die Stadt.', [['Nacht vom 13. auf den 14. Februar 1945', '1945-02-13TNI']]],
    ['a century', 'Im 19. Jahrhundert wuchs die Stadt.', [['19. Jahrhundert', '18']]],
  ]);
  test('the mod of a decade part', () => {
    assert.deepEqual(detailed('de', 'Ende der 1930er Jahre spitzte sich die Lage zu.', '2011-02-16', { anchor: 'narrative' }).map((r) => r.mod), ['END']);
  });
});

describe('negatives: an event-anchored phrase without a time word of its own is no expression', () => {
  table('de', [
    ['after a named war', 'Nach dem Ersten Weltkrieg zerfiel das Reich.', []],
    ['an ordinal year of a war (a compound of the event)', 'Im dritten Kriegsjahr wurde die Versorgung knapp.', []],
  ]);
});

describe('values follow the running date of the narrative, not the download date', () => {
  table('de', [
    ['a bare month after a full date', 'Am 1. September 1940 begann der Angriff. Im Mai griffen die Truppen an.', [['1. September 1940', '1940-09-01'], ['Mai', '1940-05']]],
    ['"im selben Jahr"', 'Am 1. September 1940 begann der Angriff. Im selben Jahr fiel Paris.', [['1. September 1940', '1940-09-01'], ['selben Jahr', '1940']]],
    ['"im folgenden Jahr"', 'Am 1. September 1940 begann der Angriff. Im folgenden Jahr fiel Paris.', [['1. September 1940', '1940-09-01'], ['folgenden Jahr', '1941']]],
    ['"zwei Jahre später"', 'Am 1. September 1940 begann der Angriff. Zwei Jahre später fiel Paris.', [['1. September 1940', '1940-09-01'], ['Zwei Jahre später', '1942']]],
    ['a season of the same year, told', 'Im Jahr 1942 begann die Offensive. Im Herbst desselben Jahres fiel die Stadt.', [['Jahr 1942', '1942'], ['Herbst desselben Jahres', '1942-FA']]],
    ['a day of the same year, told', 'Im Jahr 1942 begann die Offensive. Am 3. Mai desselben Jahres fiel die Stadt.', [['Jahr 1942', '1942'], ['3. Mai desselben Jahres', '1942-05-03']]],
    ['a half of the following year, told', 'Im Jahr 1942 begann die Offensive. In der ersten Hälfte des folgenden Jahres fiel die Stadt.', [['Jahr 1942', '1942'], ['ersten Hälfte des folgenden Jahres', '1943-H1']]],
  ]);
});

describe('a winter after a running year alone is that year\'s (no month is known to lie in January or February)', () => {
  table('de', [
    ['"im Winter" after a year', 'Im Jahr 1944 wurde gekämpft. Im Winter brach die Front zusammen.', [['Jahr 1944', '1944'], ['Winter', '1944-WI']]],
    ['a winter compound after a year', 'Im Jahr 1944 wurde gekämpft. In den Wintermonaten brach die Front zusammen.', [['Jahr 1944', '1944'], ['den Wintermonaten', '1944-WI']]],
    ['after a month later in the year', 'Im Mai 1944 wurde gekämpft. Im Winter brach die Front zusammen.', [['Mai 1944', '1944-05'], ['Winter', '1944-WI']]],
  ]);
  table('en', [['"in the winter" after a year', 'In 1944 the war went on. In the winter the front collapsed.', [['1944', '1944'], ['the winter', '1944-WI']]]]);
  describe('negatives: a running January or February lies in the winter begun the year before', () => {
    table('de', [
      ['after January', 'Im Januar 1944 wurde gekämpft. Im Winter brach die Front zusammen.', [['Januar 1944', '1944-01'], ['Winter', '1943-WI']]],
      ['after a day of February', 'Am 10. Februar 1944 wurde gekämpft. Im Winter brach die Front zusammen.', [['10. Februar 1944', '1944-02-10'], ['Winter', '1943-WI']]],
    ]);
    table('en', [['after January', 'In January 1944 the war went on. In the winter the front collapsed.', [['January 1944', '1944-01'], ['the winter', '1943-WI']]]]);
  });
});

describe('a relative year genitive before the text gave a date names no year of the calendar', () => {
  table('de', [
    ['a season of "desselben Jahres"', 'Im Herbst desselben Jahres fiel die Stadt.', [['Herbst desselben Jahres', null]]],
    ['a month of "desselben Jahres"', 'Im Mai desselben Jahres fiel die Stadt.', [['Mai desselben Jahres', null]]],
    ['a day of "desselben Jahres"', 'Am 3. Mai desselben Jahres fiel die Stadt.', [['3. Mai desselben Jahres', null]]],
    ['a season of "jenes Jahres"', 'Im Sommer jenes Jahres fiel die Stadt.', [['Sommer jenes Jahres', null]]],
    ['a season of the following year', 'Im Herbst des folgenden Jahres fiel die Stadt.', [['Herbst des folgenden Jahres', null]]],
    ['a half of the same year', 'In der ersten Hälfte desselben Jahres fiel die Stadt.', [['ersten Hälfte desselben Jahres', null]]],
  ]);
  table('en', [
    ['"the autumn of that year"', 'In the autumn of that year the city fell.', [['the autumn of that year', null]]],
    ['"the summer of the same year"', 'In the summer of the same year the city fell.', [['the summer of the same year', null]]],
  ]);
  describe('negatives: news keeps the publication year', () => {
    table('de', [['"desselben Jahres" in news', 'Im Mai desselben Jahres fiel die Stadt.', [['Mai desselben Jahres', '2011-05']]]], 'publication');
    table('en', [['"the same year" in news', 'In the summer of the same year the city fell.', [['the summer of the same year', '2011-SU']]]], 'publication');
  });
});

describe('English "eve" is the day before the running day, as German "Vorabend" (narratives only)', () => {
  table('en', [
    ['"on the eve of" with its event, the postmodifier inside', 'On June 6, 1944, the Allies landed. On the eve of the landing, Eisenhower had spoken to the troops.', [['June 6, 1944', '1944-06-06'], ['the eve of the landing', '1944-06-05']]],
    ['sentence-initial "The eve of"', 'On June 6, 1944, the Allies landed. The eve of the landing had been stormy.', [['June 6, 1944', '1944-06-06'], ['The eve of the landing', '1944-06-05']]],
    ['before the text gave a date: no value', 'On the eve of the war, the army was weak.', [['the eve of the war', null]]],
  ]);
  describe('negatives', () => {
    table('en', [
      ['a name "Eve"', 'On June 6, 1944, the Allies landed. Eve Curie wrote about it.', [['June 6, 1944', '1944-06-06']]],
      ['a name after "and"', 'On June 6, 1944, the Allies landed. Adam and Eve were painted on the wall.', [['June 6, 1944', '1944-06-06']]],
      ['a holiday keeps its own date', 'On June 6, 1944, the Allies landed. On Christmas Eve the front was quiet.', [['June 6, 1944', '1944-06-06'], ['Christmas Eve', '1944-12-24']]],
    ]);
    table('en', [['news: the eve of an event of the story is no calendar day', 'On the eve of the election, the party rallied.', []]], 'publication');
  });
});

describe('TIDES 2005: the turn of a year with both its years is one expression, the first year\'s end', () => {
  table('de', [
    ['"zur Jahreswende" with a two-digit second year', 'Zur Jahreswende 1941/42 stockte der Vormarsch.', [['Jahreswende 1941/42', '1941']]],
    ['its article inside, four-digit second year', 'Um die Jahreswende 1941/1942 stockte der Vormarsch.', [['die Jahreswende 1941/1942', '1941']]],
    ['"Jahreswechsel" after a full preposition', 'Nach dem Jahreswechsel 1944/45 brach die Front zusammen.', [['Jahreswechsel 1944/45', '1944']]],
    ['"Jahresende" takes a following second year too', 'Zum Jahresende 1941/42 stockte der Vormarsch.', [['Jahresende 1941/42', '1941']]],
  ]);
  test('the mod is END', () => {
    assert.deepEqual(detailed('de', 'Zur Jahreswende 1941/42 stockte der Vormarsch.', '2011-02-16', { anchor: 'narrative' }).map((r) => r.mod), ['END']);
  });
  describe('negatives', () => {
    table('de', [
      ['no turn without a year (narrative)', 'Im Jahr 1941 begann der Angriff. Zur Jahreswende stockte der Vormarsch.', [['Jahr 1941', '1941']]],
      ['a plural turn of years is no date', 'Die Jahreswechsel der letzten Jahre verliefen ruhig.', [['letzten Jahre', 'PXY']]],
      ['a slashed year that is not the next one stays apart', 'Zum Jahresende 1941/43 stockte der Vormarsch.', [['Jahresende 1941', '1941']]],
      ['two years of a war name stay two points', 'Der Krieg von 1870/71 war kurz.', [['1870', '1870'], ['71', '1871']]],
    ]);
    table('de', [['news: "nach dem Jahreswechsel" names no turn', 'Die Preise stiegen nach dem Jahreswechsel.', []]], 'publication');
  });
});
