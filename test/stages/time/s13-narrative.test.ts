import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 13: values of historical narrative (narrative anchoring, reference date 2011-02-16): a
 * century or decade named after the last date is the one "des Jahrhunderts", "the end of the decade"
 * refer to; an uncounted stretch of hours or minutes after a later word is a point on the running
 * date's day; a period part opens an anaphoric phrase ("late that night"). All passages are written
 * for this test.
 */

const detailed = makeDetailedTagger();
type Lang = 'de' | 'en';
const rows = (lang: Lang, text: string, anchor: 'narrative' | 'publication' = 'narrative') =>
  detailed(lang, text, '2011-02-16', { anchor }).filter((r) => !r.timex2Only);
/** core extent → value (and mod, after a space, when there is one) of every expression. */
const values = (lang: Lang, text: string, anchor: 'narrative' | 'publication' = 'narrative'): Record<string, string | null> =>
  Object.fromEntries(rows(lang, text, anchor).map((r) => [r.core, r.value === null ? null : r.mod ? `${r.value} ${r.mod}` : r.value]));

describe('a century or decade the narrative named', () => {
  const cases: [Lang, string, string, string][] = [
    ['de', 'Im 19. Jahrhundert wuchsen die Städte rasch. Ende des Jahrhunderts lebte die Hälfte der Menschen in Städten.', 'Ende des Jahrhunderts', '18 END'],
    ['de', 'Im 18. Jahrhundert blühte der Handel. Mitte des Jahrhunderts brach ein Krieg aus.', 'Mitte des Jahrhunderts', '17 MID'],
    ['de', 'Im Jahr 1912 sank das Schiff. Entworfen hatte man es im 19. Jahrhundert. Anfang des Jahrhunderts gab es kaum Dampfer.', 'Anfang des Jahrhunderts', '18 START'],
    ['de', 'In den 1920er Jahren wuchs die Wirtschaft. Ende des Jahrzehnts kam die Krise.', 'Ende des Jahrzehnts', '192 END'],
    ['de', 'Das 17. Jahrhundert war eine Zeit der Kriege; im folgenden Jahrhundert kam die Aufklärung.', 'folgenden Jahrhundert', '17'],
    ['en', 'In the 18th century trade flourished. By the end of the century, the empire had collapsed.', 'the end of the century', '17 END'],
    ['en', 'In the 18th century trade flourished. In the middle of the century, war broke out.', 'the middle of the century', '17 MID'],
    ['en', 'In the 1920s the economy grew. By the end of the decade, the crisis had come.', 'the end of the decade', '192 END'],
    ['en', 'The mill was built in the 1880s. In the same decade the town grew.', 'the same decade', '188'],
  ];
  for (const [lang, text, core, want] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text)[core], want));
  test('a date after the century clears it ("Ende des Jahrhunderts" is the date\'s century again)', () => {
    const v = values('de', 'Im 17. Jahrhundert wurde die Stadt gegründet. Am 3. Mai 1905 brannte sie ab. Ende des Jahrhunderts war sie wieder aufgebaut.');
    assert.equal(v['Ende des Jahrhunderts'], '19 END');
  });
  test('a year-level phrase still counts from the last date, not from the century', () => {
    const v = values('de', 'Im Jahr 1912 sank das Schiff. Entworfen hatte man es im 19. Jahrhundert. Im folgenden Jahr begann der Prozess.');
    assert.equal(v['folgenden Jahr'], '1913');
    const e = values('en', 'In 1912 the ship sank. It had been designed in the 19th century. Two years later, the trial began.');
    assert.equal(e['Two years later'], '1914');
  });
  test('a century gives no decade ("Ende des Jahrzehnts" after a century only: unknown)', () => {
    assert.equal(values('de', 'Im Jahr 1912 sank das Schiff. Entworfen hatte man es im 19. Jahrhundert. Ende des Jahrzehnts gab es kaum Dampfer.')['Ende des Jahrzehnts'], null);
  });
  test('news: the century is counted from the publication date as before', () => {
    assert.equal(values('de', 'Im 19. Jahrhundert wuchsen die Städte. Ende des Jahrhunderts wird es anders sein.', 'publication')['Ende des Jahrhunderts'], '20 END');
  });
});

describe('a few hours later: a point on the running date\'s day', () => {
  const cases: [Lang, string, string, string | null][] = [
    ['de', 'Am 22. Juni 1941 begann der Angriff. Wenige Stunden später standen die Panzer an der Grenze.', 'Wenige Stunden später', '1941-06-22'],
    ['de', 'Am 22. Juni 1941 begann der Angriff. Einige Stunden zuvor hatten die Truppen Stellung bezogen.', 'Einige Stunden zuvor', '1941-06-22'],
    ['de', 'Am 22. Juni 1941 begann der Angriff. Minuten später fielen die ersten Bomben.', 'Minuten später', '1941-06-22'],
    ['de', 'Am 9. November 1989 fiel die Mauer. Stunden danach feierten Tausende.', 'Stunden danach', '1989-11-09'],
    ['en', 'On June 22, 1941, the invasion began. A few hours later, the first cities were bombed.', 'A few hours later', '1941-06-22'],
    ['en', 'On June 22, 1941, the invasion began. Several hours earlier, the troops had moved.', 'Several hours earlier', '1941-06-22'],
    ['en', 'On June 22, 1941, the invasion began. Minutes later the bridge fell.', 'Minutes later', '1941-06-22'],
    // a year names no day: the point has no value, as "Two hours later" has none there
    ['en', 'In 1941 the invasion began. A few hours later, the first cities were bombed.', 'A few hours later', null],
  ];
  for (const [lang, text, core, want] of cases) {
    test(`${lang}: ${text}`, () => {
      const r = rows(lang, text).find((x) => x.core === core);
      assert.ok(r, `no expression "${core}"`);
      assert.equal(r.value, want);
    });
  }
  test('negatives: a vague count of days or more names no day; news keeps the duration', () => {
    assert.equal(values('de', 'Am 22. Juni 1941 begann der Angriff. Wenige Tage später fiel Brest.')['Wenige Tage später'], 'PXD');
    assert.equal(values('en', 'On June 22, 1941, the invasion began. A few weeks later, Smolensk fell.')['A few weeks later'], 'PXW');
    assert.equal(values('en', 'The plant was evacuated on Monday. Hours later, it exploded.', 'publication')['Hours later'], 'PTXH');
    assert.equal(values('de', 'Die Firma meldete am Montag Insolvenz an. Wenige Stunden später kündigte sie alle.', 'publication')['Wenige Stunden später'], 'PTXH');
  });
});

describe('a period part opens an anaphoric phrase', () => {
  const cases: [string, string, string][] = [
    ['On May 3, 1945, the city surrendered. Late that night, troops arrived.', 'Late that night', '1945-05-03TNI END'],
    ['On May 3, 1945, the city surrendered. Early that morning the bridge fell.', 'Early that morning', '1945-05-03TMO START'],
    ['On May 3, 1945, the city surrendered. Late that year the refugees returned.', 'Late that year', '1945 END'],
  ];
  for (const [text, core, want] of cases) test(text, () => assert.equal(values('en', text)[core], want));
  test('negatives: "that" opening a clause after "late" or "early" is no determiner', () => {
    assert.deepEqual(rows('en', 'On May 3, 1945, the city surrendered. It was learned late that the bridge had fallen.').map((r) => r.core), ['May 3, 1945']);
    assert.deepEqual(rows('en', 'On May 3, 1945, the city surrendered. Officials warned early that day raids would follow.', 'publication').map((r) => r.core), ['May 3, 1945']);
  });
});

describe('a month or season with a later word', () => {
  const cases: [Lang, string, string, string][] = [
    ['de', 'Im Herbst 1917 kam die Revolution. Im Frühjahr danach folgte der Frieden.', 'Frühjahr danach', '1918-SP'],
    ['de', 'Im Herbst 1917 kam die Revolution. Im Sommer zuvor war die Offensive gescheitert.', 'Sommer zuvor', '1917-SU'],
    ['de', 'Am 6. Juni 1944 landeten die Alliierten. Im August darauf fiel Paris.', 'August darauf', '1944-08'],
    ['de', 'Am 6. Juni 1944 landeten die Alliierten. Im März zuvor hatte man die Pläne abgeschlossen.', 'März zuvor', '1944-03'],
    ['en', 'In the autumn of 1917 the revolution came. The spring before, the offensive had failed.', 'The spring before', '1917-SP'],
    ['en', 'In the autumn of 1917 the revolution came. The spring after, peace followed.', 'The spring after', '1918-SP'],
  ];
  for (const [lang, text, core, want] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text)[core], want));
  test('negatives: a comparative before its particle is no direction; "after" before a word is no later word', () => {
    assert.equal(values('de', 'Im Jahr 1916 begann die Ernte im Juli früher als sonst.')['Juli'], '1916-07');
    assert.equal(values('en', 'In 1916 the harvest began in July later than usual.')['July'], '1916-07');
    assert.equal(values('en', 'In the autumn of 1917 the revolution came. The spring after the war was quiet.')['The spring'], '1917-SP');
    assert.equal(values('de', 'Im Jahr 1916 tobte die Schlacht. Im Sommer darauf und im Herbst brach die Front zusammen.')['Herbst'], '1916-FA');
  });
});

describe('a part of the day opened by an article and a later word', () => {
  const cases: [Lang, string, string, string][] = [
    ['de', 'Am 5. Juni 1944 lief die Flotte aus. Die Nacht zuvor war kalt gewesen.', 'Die Nacht zuvor', '1944-06-04TNI'],
    ['de', 'Am 5. Juni 1944 lief die Flotte aus. Den Abend danach verbrachten die Soldaten an Deck.', 'Den Abend danach', '1944-06-06TEV'],
    ['en', 'On June 5, 1944, the fleet sailed. The night before, it had rained.', 'The night before', '1944-06-04TNI'],
    ['en', 'On June 5, 1944, the fleet sailed. The morning after, the sea was calm.', 'The morning after', '1944-06-06TMO'],
  ];
  for (const [lang, text, core, want] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text)[core], want));
  test('negatives: a name, an event-anchored part, and news', () => {
    assert.deepEqual(rows('de', 'Am 5. Juni 1944 lief die Flotte aus. Die Nacht der langen Messer lag zehn Jahre zurück.').map((r) => r.core).filter((t) => t.includes('Nacht')), []);
    assert.deepEqual(rows('en', 'On June 5, 1944, the fleet sailed. The night before the landing was calm.').map((r) => r.core).filter((t) => t.includes('night')), []);
    assert.deepEqual(rows('de', 'Die Regierung tagte am Montag. Die Nacht zuvor war ruhig.', 'publication').map((r) => r.core), ['Montag']);
  });
});

describe('a half of the century or decade the text is in', () => {
  const cases: [Lang, string, string, string | null][] = [
    ['de', 'Im 18. Jahrhundert wuchs der Handel. In der zweiten Hälfte des Jahrhunderts folgte die Revolution.', 'der zweiten Hälfte des Jahrhunderts', '17 END'],
    ['de', 'In den 1920er Jahren wuchs die Wirtschaft. In der ersten Hälfte des Jahrzehnts war es ruhig.', 'der ersten Hälfte des Jahrzehnts', '192 START'],
    ['en', 'In the 1920s the economy grew. In the second half of the decade the crisis came.', 'the second half of the decade', '192 END'],
    ['en', 'In the 18th century trade grew. In the first half of the century, wars were few.', 'the first half of the century', '17 START'],
    // a century gives no decade
    ['de', 'Im 18. Jahrhundert wuchs der Handel. In der ersten Hälfte des Jahrzehnts war es ruhig.', 'der ersten Hälfte des Jahrzehnts', null],
  ];
  for (const [lang, text, core, want] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text)[core], want));
  test('negatives: the explicit forms keep their rules; a plural unit is no half of one period', () => {
    assert.equal(values('de', 'In der zweiten Hälfte des 19. Jahrhunderts wuchs der Handel.')['der zweiten Hälfte des 19. Jahrhunderts'], '18 END');
    assert.equal(values('de', 'Die zweite Hälfte des Jahres 2024 war ruhig.')['Die zweite Hälfte des Jahres 2024'], '2024-H2');
    assert.equal(values('en', 'In 1900 the city grew. In the first half of the centuries that followed, it declined.')['the first half of the centuries'], undefined);
  });
});
