import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { makeDetailedTagger } from './helpers.js';

/*
 * Golden table of history-narrative time expressions (German first, a few English), written for
 * this test in the style of encyclopaedia articles on wars: battles, treaties, offensives over
 * months and years. Each row is a passage (narrative anchoring, reference date 2011-02-16) and every
 * expression it must yield, in order, with its TIMEX2 extent (TIDES 2005, Ferro et al.: no
 * preposition, determiners and premodifiers in, postmodifiers in; since session 29 a German dative or
 * genitive article, and any article of a day date, out as WikiWarsDE has it), value and mod. Ranges and lists
 * are one expression per end or item ("1618–1648", "vom 1. bis 3. Juli 1863", "am 15., 16. und 17.
 * Juli"); a day or month without a year takes the running year, relative units the running date.
 * `NEGATIVE` lists texts in which no expression may be found.
 */

type Want = [timex2: string, value: string | null, mod?: string];
interface Row { lang: Lang; cls: string; text: string; want: Want[] }

const detailed = makeDetailedTagger();
const tag = (lang: Lang, text: string) => detailed(lang, text, '2011-02-16', { anchor: 'narrative' });

const ROWS: Row[] = [
  { lang: 'de', cls: "season with year, event-anchored date", text: "Im Frühjahr 1943 begann die Offensive. Am Morgen des 6. Juni 1944 landeten die Alliierten in der Normandie. Zwei Tage später war der Brückenkopf gesichert.",
    want: [["Frühjahr 1943", "1943-SP"], ["Morgen des 6. Juni 1944", "1944-06-06TMO"], ["Zwei Tage später", "1944-06-08"]] },
  { lang: 'de', cls: "night of two days", text: "In der Nacht vom 13. auf den 14. Februar 1945 wurde Dresden bombardiert. In der Nacht zum 22. Juni 1941 bezogen die Truppen Stellung. In der Nacht auf den 24. August 1572 begann das Massaker.",
    want: [["Nacht vom 13. auf den 14. Februar 1945", "1945-02-13TNI"], ["Nacht zum 22. Juni 1941", "1941-06-21TNI"], ["Nacht auf den 24. August 1572", "1572-08-23TNI"]] },
  { lang: 'de', cls: "month after an event phrase", text: "Die Kämpfe dauerten bis zum Waffenstillstand im November 1918.",
    want: [["November 1918", "1918-11"]] },
  { lang: 'de', cls: "winter across two years", text: "Während des Winters 1941/42 erfroren Tausende Soldaten. Im Winter 1812/13 zog sich die Grande Armée zurück. Im Winter 1916/1917 hungerte die Bevölkerung.",
    want: [["Winters 1941/42", "1941-WI"], ["Winter 1812/13", "1812-WI"], ["Winter 1916/1917", "1916-WI"]] },
  { lang: 'de', cls: "century parts, following weeks", text: "Zu Beginn des 17. Jahrhunderts wuchsen die Spannungen. Im Verlauf der folgenden Wochen zog sich die Armee zurück.",
    want: [["Beginn des 17. Jahrhunderts", "16", "START"], ["folgenden Wochen", "PXW"]] },
  { lang: 'de', cls: "anaphoric season, later year", text: "Im Juli 1943 landeten die Alliierten auf Sizilien. In jenem Sommer brach die Front zusammen. Ein Jahr darauf landeten sie in der Normandie.",
    want: [["Juli 1943", "1943-07"], ["jenem Sommer", "1943-SU"], ["Ein Jahr darauf", "1944"]] },
  { lang: 'de', cls: "decade parts", text: "Mitte der 1960er Jahre eskalierte der Krieg. Anfang der 1940er Jahre wurde die Bahn gebaut. Ende der 1920er Jahre brach die Krise aus.",
    want: [["Mitte der 1960er Jahre", "196", "MID"], ["Anfang der 1940er Jahre", "194", "START"], ["Ende der 1920er Jahre", "192", "END"]] },
  { lang: 'de', cls: "day range in one month", text: "Die Schlacht fand vom 1. bis 3. Juli 1863 statt.",
    want: [["1.", "1863-07-01"], ["3. Juli 1863", "1863-07-03"]] },
  { lang: 'de', cls: "year ranges: two expressions", text: "Der Dreißigjährige Krieg (1618–1648) verwüstete Mitteleuropa. Der Krieg dauerte von 1939 bis 1945. Zwischen 1914 und 1918 starben Millionen.",
    want: [["1618", "1618"], ["1648", "1648"], ["1939", "1939"], ["1945", "1945"], ["1914", "1914"], ["1918", "1918"]] },
  { lang: 'de', cls: "decades, halves", text: "In den 1940er Jahren wurde die Stadt zerstört. In der zweiten Hälfte des Jahres 1942 wendete sich das Blatt. In der ersten Hälfte des 20. Jahrhunderts gab es zwei Weltkriege.",
    want: [["den 1940er Jahren", "194"], ["zweiten Hälfte des Jahres 1942", "1942-H2"], ["ersten Hälfte des 20. Jahrhunderts", "19", "START"]] },
  { lang: 'de', cls: "durations", text: "Die Belagerung dauerte drei Jahre lang. Seit Jahrhunderten stritten die Völker um das Land. In den vergangenen drei Jahren hatte sich die Lage verschlechtert.",
    want: [["drei Jahre", "P3Y"], ["Jahrhunderten", "PXCE"], ["den vergangenen drei Jahren", "P3Y"]] },
  { lang: 'de', cls: "year in a complex preposition", text: "Im Laufe des Jahres 1916 verlor die Armee 300.000 Mann. Im Verlauf des Jahres 1944 verschlechterte sich die Lage.",
    want: [["Jahres 1916", "1916"], ["Jahres 1944", "1944"]] },
  { lang: 'de', cls: "later-anchored offsets", text: "Am 28. Juni 1914 wurde der Thronfolger ermordet. Einen Monat später begann der Krieg.",
    want: [["28. Juni 1914", "1914-06-28"], ["Einen Monat später", "1914-07"]] },
  { lang: 'de', cls: "same year, following day", text: "Im März 1917 dankte der Zar ab. Im Herbst desselben Jahres übernahmen die Bolschewiki die Macht.",
    want: [["März 1917", "1917-03"], ["Herbst desselben Jahres", "1917-FA"]] },
  { lang: 'de', cls: "part of a dated day, week after", text: "Am Abend des 30. April 1945 beging Hitler Selbstmord. Eine Woche danach kapitulierte die Wehrmacht.",
    want: [["Abend des 30. April 1945", "1945-04-30TEV"], ["Eine Woche danach", "1945-W19"]] },
  { lang: 'de', cls: "month of the same year", text: "Im Sommer 1812 marschierte Napoleon nach Russland. Im Dezember desselben Jahres erreichten die Reste der Armee die Memel.",
    want: [["Sommer 1812", "1812-SU"], ["Dezember desselben Jahres", "1812-12"]] },
  { lang: 'de', cls: "year nouns", text: "Im Jahr 1648 wurde der Westfälische Friede geschlossen. Im Jahre 1815 tagte der Wiener Kongress.",
    want: [["Jahr 1648", "1648"], ["Jahre 1815", "1815"]] },
  { lang: 'de', cls: "bare period parts", text: "Anfang 1945 stand die Rote Armee an der Oder. Ende Januar 1943 kapitulierte die 6. Armee.",
    want: [["Anfang 1945", "1945", "START"], ["Ende Januar 1943", "1943-01", "END"]] },
  { lang: 'de', cls: "month pairs", text: "Im Mai und Juni 1940 überrannte die Wehrmacht Frankreich. Im Juli und August 1943 tobte die Schlacht bei Kursk.",
    want: [["Mai", "1940-05"], ["Juni 1940", "1940-06"], ["Juli", "1943-07"], ["August 1943", "1943-08"]] },
  { lang: 'de', cls: "centuries", text: "Bereits im 19. Jahrhundert war die Region umkämpft. Im späten 18. Jahrhundert zerfiel das Reich. Während des gesamten 14. Jahrhunderts kam es zu Aufständen.",
    want: [["19. Jahrhundert", "18"], ["späten 18. Jahrhundert", "17", "END"], ["gesamten 14. Jahrhunderts", "13"]] },
  { lang: 'de', cls: "clock with date", text: "Am 11. November 1918 um 11 Uhr trat der Waffenstillstand in Kraft.",
    want: [["11. November 1918 um 11 Uhr", "1918-11-11T11:00"]] },
  { lang: 'de', cls: "vague counts", text: "Die Armee verlor innerhalb weniger Tage die Hälfte ihrer Panzer. Wenige Wochen später war der Krieg vorbei.",
    want: [["weniger Tage", "PXD"], ["Wenige Wochen später", "PXW"]] },
  { lang: 'de', cls: "durations and bis", text: "Der Vertrag wurde am 23. August 1939 unterzeichnet und galt zehn Jahre. Die Besatzungszeit dauerte bis 1955.",
    want: [["23. August 1939", "1939-08-23"], ["zehn Jahre", "P10Y"], ["1955", "1955"]] },
  { lang: 'de', cls: "quarters and halves", text: "Im ersten Quartal 1944 sank die Produktion. In der ersten Jahreshälfte 1942 gab es kaum Fortschritte.",
    want: [["ersten Quartal 1944", "1944-Q1"], ["ersten Jahreshälfte 1942", "1942-H1"]] },
  { lang: 'de', cls: "season parts", text: "Im Spätherbst 1941 erreichte die Wehrmacht Moskau. Der Vormarsch kam Anfang Dezember zum Stehen.",
    want: [["Spätherbst 1941", "1941-FA", "END"], ["Anfang Dezember", "1941-12", "START"]] },
  { lang: 'de', cls: "approximate year, end of year", text: "Um 1500 entstand die Stadt. Gegen Ende des Jahres 1944 brach die Front zusammen.",
    want: [["1500", "1500", "APPROX"], ["Ende des Jahres 1944", "1944", "END"]] },
  { lang: 'de', cls: "whole season (premodifier)", text: "Im Juni 1941 begann der Angriff. Den ganzen Sommer über rückte die Wehrmacht vor.",
    want: [["Juni 1941", "1941-06"], ["Den ganzen Sommer", "1941-SU"]] },
  { lang: 'de', cls: "whole season, genitive", text: "Im März 1917 dankte der Zar ab. Während des ganzen Sommers verhandelten die Parteien.",
    want: [["März 1917", "1917-03"], ["ganzen Sommers", "1917-SU"]] },
  { lang: 'de', cls: "whole year with its number", text: "Das ganze Jahr 1944 über blieb die Front stabil. Im ganzen Jahr 1943 gab es keine Offensive.",
    want: [["Das ganze Jahr 1944", "1944"], ["ganzen Jahr 1943", "1943"]] },
  { lang: 'de', cls: "months later, same month", text: "Im Januar 1942 tagte die Konferenz. Zwei Monate später begann die Deportation. Im selben Monat fiel Singapur.",
    want: [["Januar 1942", "1942-01"], ["Zwei Monate später", "1942-03"], ["selben Monat", "1942-03"]] },
  { lang: 'de', cls: "following, previous year", text: "Im Jahr 1805 siegte Napoleon bei Austerlitz. Im Folgejahr besiegte er Preußen.",
    want: [["Jahr 1805", "1805"], ["Folgejahr", "1806"]] },
  { lang: 'de', cls: "day after", text: "Am 6. Juni 1944 landeten die Alliierten. Am Tag darauf wurde Bayeux befreit.",
    want: [["6. Juni 1944", "1944-06-06"], ["Tag darauf", "1944-06-07"]] },
  { lang: 'de', cls: "days after, within weeks", text: "Am 1. September 1939 überfiel Deutschland Polen. Zwei Tage danach erklärten Großbritannien und Frankreich den Krieg. Binnen weniger Wochen war Polen besiegt.",
    want: [["1. September 1939", "1939-09-01"], ["Zwei Tage danach", "1939-09-03"], ["weniger Wochen", "PXW"]] },
  { lang: 'de', cls: "end of the running year", text: "Am 22. Juni 1941 begann das Unternehmen Barbarossa. Bis Ende des Jahres stand die Wehrmacht vor Moskau.",
    want: [["22. Juni 1941", "1941-06-22"], ["Ende des Jahres", "1941", "END"]] },
  { lang: 'de', cls: "day without year, days later", text: "Im April 1945 erreichte die Rote Armee Berlin. Am 2. Mai kapitulierte die Stadt. Sechs Tage später endete der Krieg in Europa.",
    want: [["April 1945", "1945-04"], ["2. Mai", "1945-05-02"], ["Sechs Tage später", "1945-05-08"]] },
  { lang: 'de', cls: "month ranges", text: "Die Schlacht um Verdun dauerte von Februar bis Dezember 1916.",
    want: [["Februar", "1916-02"], ["Dezember 1916", "1916-12"]] },
  { lang: 'de', cls: "day ranges across months", text: "Zwischen dem 10. und dem 20. Mai 1940 brach die Front zusammen. Vom 26. Mai bis 4. Juni 1940 wurden die Truppen evakuiert.",
    want: [["10.", "1940-05-10"], ["20. Mai 1940", "1940-05-20"], ["26. Mai", "1940-05-26"], ["4. Juni 1940", "1940-06-04"]] },
  { lang: 'de', cls: "counted days", text: "Die Belagerung dauerte 872 Tage. Nach 900 Tagen war die Blockade gebrochen.",
    want: [["872 Tage", "P872D"], ["900 Tagen", "P900D"]] },
  { lang: 'de', cls: "season parts, following year", text: "Im Frühsommer 1940 fiel Frankreich. Im Hochsommer 1942 erreichten die Truppen den Kaukasus. Im Frühjahr des folgenden Jahres begann die Gegenoffensive.",
    want: [["Frühsommer 1940", "1940-SU", "START"], ["Hochsommer 1942", "1942-SU", "MID"], ["Frühjahr des folgenden Jahres", "1943-SP"]] },
  { lang: 'de', cls: "bare plurals", text: "Jahrelang kämpften die Partisanen. Wochenlang lag die Stadt unter Beschuss. Mehrere Jahre lang blieb die Grenze geschlossen.",
    want: [["Jahrelang", "PXY"], ["Wochenlang", "PXW"], ["Mehrere Jahre", "PXY"]] },
  { lang: 'de', cls: "parts of a dated day", text: "Am Vormittag des 9. November 1918 wurde die Republik ausgerufen. Am Nachmittag desselben Tages dankte der Kaiser ab.",
    want: [["Vormittag des 9. November 1918", "1918-11-09TMO"], ["Nachmittag desselben Tages", "1918-11-09TAF"]] },
  { lang: 'de', cls: "durations, ages", text: "Er regierte 30 Jahre. Er starb im Alter von 63 Jahren.",
    want: [["30 Jahre", "P30Y"], ["63 Jahren", "P63Y"]] },
  { lang: 'de', cls: "half a year later", text: "Der Krieg begann am 24. Februar 2022. Ein halbes Jahr später begann die Gegenoffensive.",
    want: [["24. Februar 2022", "2022-02-24"], ["Ein halbes Jahr später", "2022-08"]] },
  { lang: 'de', cls: "BC centuries and years", text: "Im 5. Jahrhundert v. Chr. gründeten Griechen die Kolonie. Um 50 v. Chr. eroberte Caesar Gallien.",
    want: [["5. Jahrhundert v. Chr.", "BC04"], ["50 v. Chr.", "BC0050", "APPROX"]] },
  { lang: 'de', cls: "fractions of a century", text: "Im letzten Drittel des 19. Jahrhunderts industrialisierte sich das Land. Im ersten Viertel des 20. Jahrhunderts wuchs die Stadt. Im zweiten Drittel des 18. Jahrhunderts herrschte Frieden.",
    want: [["letzten Drittel des 19. Jahrhunderts", "18", "END"], ["ersten Viertel des 20. Jahrhunderts", "19", "START"], ["zweiten Drittel des 18. Jahrhunderts", "17", "MID"]] },
  { lang: 'de', cls: "fraction of a decade", text: "Im letzten Viertel der 1980er Jahre zerfiel der Ostblock.",
    want: [["letzten Viertel der 1980er Jahre", "198", "END"]] },
  { lang: 'de', cls: "period parts after seit, ab, bis", text: "Seit Anfang 1943 war die Lage aussichtslos. Ab Mitte 1944 zog sich die Armee zurück. Bis Ende 1945 kehrten die meisten zurück.",
    want: [["Anfang 1943", "1943", "START"], ["Mitte 1944", "1944", "MID"], ["Ende 1945", "1945", "END"]] },
  { lang: 'de', cls: "decade adjectives and words", text: "In den späten 1930er Jahren rüstete das Reich auf. In den Zwanzigerjahren wuchs die Wirtschaft. Mitte der 30er Jahre rüstete das Reich auf.",
    want: [["den späten 1930er Jahren", "193", "END"], ["den Zwanzigerjahren", "192"], ["Mitte der 30er Jahre", "193", "MID"]] },
  { lang: 'de', cls: "comma list of days", text: "Am 15., 16. und 17. Juli 1945 tagte die Konferenz in Potsdam.",
    want: [["15.", "1945-07-15"], ["16.", "1945-07-16"], ["17. Juli 1945", "1945-07-17"]] },
  { lang: 'de', cls: "day pair", text: "Am 8. und 9. Mai 1945 wurde die Kapitulation unterzeichnet.",
    want: [["8.", "1945-05-08"], ["9. Mai 1945", "1945-05-09"]] },
  { lang: 'de', cls: "sentence-opening year", text: "Der Krieg dauerte von 1618 bis 1648, also dreißig Jahre. 1871 wurde das Reich gegründet.",
    want: [["1618", "1618"], ["1648", "1648"], ["dreißig Jahre", "P30Y"], ["1871", "1871"]] },
  { lang: 'de', cls: "month halves", text: "In der ersten Septemberhälfte 1939 fiel Polen. Ende des Monats war Warschau eingeschlossen.",
    want: [["ersten Septemberhälfte 1939", "1939-09", "START"], ["Ende des Monats", "1939-09", "END"]] },
  { lang: 'de', cls: "holidays with year", text: "Ostern 1916 kam es zum Aufstand. Weihnachten 1914 ruhten die Waffen. Am Heiligabend 1944 griffen die Truppen an.",
    want: [["Ostern 1916", "1916-04-23"], ["Weihnachten 1914", "1914-12-25"], ["Heiligabend 1944", "1944-12-24"]] },
  { lang: 'de', cls: "year after, following spring", text: "Im Juni 1944 landeten die Alliierten. Im Jahr darauf endete der Krieg. Im darauffolgenden Frühjahr begann der Wiederaufbau.",
    want: [["Juni 1944", "1944-06"], ["Jahr darauf", "1945"], ["darauffolgenden Frühjahr", "1945-SP"]] },
  { lang: 'de', cls: "next morning, same day", text: "Am 12. Juli 1943 kam es zur Panzerschlacht. Am nächsten Morgen zogen sich die Deutschen zurück.",
    want: [["12. Juli 1943", "1943-07-12"], ["nächsten Morgen", "1943-07-13TMO"]] },
  { lang: 'de', cls: "day parts of a named day", text: "Am 18. Juni 1815 kam es zur Schlacht bei Waterloo. Am Morgen desselben Tages hatte es geregnet. Am Abend war die Schlacht entschieden. In der folgenden Nacht flohen die Franzosen.",
    want: [["18. Juni 1815", "1815-06-18"], ["Morgen desselben Tages", "1815-06-18TMO"], ["Abend", "1815-06-18TEV"], ["folgenden Nacht", "1815-06-19TNI"]] },
  { lang: 'de', cls: "season with article as subject", text: "Der Sommer 1914 war heiß. Der Feldzug im Jahre 1812 endete katastrophal.",
    want: [["Sommer 1914", "1914-SU"], ["Jahre 1812", "1812"]] },
  { lang: 'de', cls: "mid-year", text: "Bis Mitte des Jahres 1943 hielt die Front. Ab dem Frühjahr 1942 wurden Frauen rekrutiert.",
    want: [["Mitte des Jahres 1943", "1943", "MID"], ["Frühjahr 1942", "1942-SP"]] },
  { lang: 'de', cls: "day before", text: "Am 3. September 1939 erklärte Großbritannien den Krieg. Am Vortag hatte Hitler ein Ultimatum erhalten.",
    want: [["3. September 1939", "1939-09-03"], ["Vortag", "1939-09-02"]] },
  { lang: 'de', cls: "bis in", text: "Im Sommer 1943 begann die Offensive, die bis in den Herbst andauerte. Bis in die 1950er Jahre blieb das Land besetzt.",
    want: [["Sommer 1943", "1943-SU"], ["Herbst", "1943-FA"], ["die 1950er Jahre", "195"]] },
  { lang: 'de', cls: "approximations of durations", text: "Die Kämpfe dauerten mehr als vier Jahre. Die Blockade dauerte fast 900 Tage. Nach etwa drei Wochen kapitulierte die Festung.",
    want: [["mehr als vier Jahre", "P4Y", "AFTER"], ["fast 900 Tage", "P900D", "APPROX"], ["etwa drei Wochen", "P3W", "APPROX"]] },
  { lang: 'de', cls: "season to month range", text: "Die Belagerung währte vom Herbst 1853 bis zum September 1855.",
    want: [["Herbst 1853", "1853-FA"], ["September 1855", "1855-09"]] },
  { lang: 'de', cls: "life dates", text: "Bismarck (* 1. April 1815; † 30. Juli 1898) war Kanzler.",
    want: [["1. April 1815", "1815-04-01"], ["30. Juli 1898", "1898-07-30"]] },
  { lang: 'de', cls: "clock times", text: "Am 1. September 1939 um 4:45 Uhr eröffnete die Schleswig-Holstein das Feuer. Gegen 5 Uhr morgens überschritten die Truppen die Grenze.",
    want: [["1. September 1939 um 4:45 Uhr", "1939-09-01T04:45"], ["5 Uhr morgens", "1939-09-01T05:00", "APPROX"]] },
  { lang: 'de', cls: "hours", text: "Innerhalb von 24 Stunden war die Stadt eingeschlossen. Binnen 48 Stunden fiel sie.",
    want: [["24 Stunden", "PT24H"], ["48 Stunden", "PT48H"]] },
  { lang: 'de', cls: "limits", text: "Spätestens 1940 war klar, dass der Krieg lange dauern würde.",
    want: [["1940", "1940", "BEFORE"]] },
  { lang: 'de', cls: "century after seit", text: "Seit dem 16. Jahrhundert gehörte die Stadt zu Polen.",
    want: [["16. Jahrhundert", "15"]] },
  { lang: 'de', cls: "seasons in pairs", text: "Im Spätsommer und Herbst 1944 wurde Frankreich befreit.",
    want: [["Spätsommer", "1944-SU", "END"], ["Herbst 1944", "1944-FA"]] },
  { lang: 'de', cls: "year compounds", text: "Im Kriegsjahr 1942 erreichte die Produktion ihren Höhepunkt. Im Revolutionsjahr 1848 kam es zu Aufständen.",
    want: [["Kriegsjahr 1942", "1942"], ["Revolutionsjahr 1848", "1848"]] },
  { lang: 'de', cls: "around a day, end of month", text: "Um den 20. Juli 1944 verschärfte sich die Lage. Gegen Ende Juli 1944 brach die Front. Bis zum Jahresende 1944 stand die Armee an der Weichsel.",
    want: [["20. Juli 1944", "1944-07-20"], ["Ende Juli 1944", "1944-07", "END"], ["Jahresende 1944", "1944", "END"]] },
  { lang: 'de', cls: "joined durations", text: "Vier Jahre und drei Monate dauerte der Krieg.",
    want: [["Vier Jahre und drei Monate", "P4Y3M"]] },
  { lang: 'de', cls: "that day", text: "Am 14. Juli 1789 wurde die Bastille gestürmt. An diesem Tag begann die Revolution.",
    want: [["14. Juli 1789", "1789-07-14"], ["diesem Tag", "1789-07-14"]] },
  { lang: 'en', cls: "season, morning of a date, days later", text: "In the spring of 1943 the offensive began. On the morning of June 6, 1944, Allied troops landed. Two days later the beachhead was secure.",
    want: [["the spring of 1943", "1943-SP"], ["the morning of June 6, 1944", "1944-06-06TMO"], ["Two days later", "1944-06-08"]] },
  { lang: 'en', cls: "century part, end of year", text: "In the early 17th century tensions grew. By the end of 1944 the front had collapsed.",
    want: [["the early 17th century", "16", "START"], ["the end of 1944", "1944", "END"]] },
  { lang: 'en', cls: "decade part, next weeks, range", text: "In the mid-1960s the war escalated. Over the next three weeks the army withdrew. From 1939 to 1945 millions died.",
    want: [["the mid-1960s", "196", "MID"], ["the next three weeks", "P3W"], ["1939", "1939"], ["1945", "1945"]] },
  { lang: 'en', cls: "half, night of two days, duration", text: "In the first half of 1942 the tide turned. On the night of 13 to 14 February 1945 Dresden was bombed. The siege lasted for three years.",
    want: [["the first half of 1942", "1942-H1"], ["the night of 13 to 14 February 1945", "1945-02-13TNI"], ["three years", "P3Y"]] },
  { lang: 'en', cls: "fractions of a century", text: "In the last quarter of the 19th century the country industrialised. In the first third of the 20th century the city grew.",
    want: [["the last quarter of the 19th century", "18", "END"], ["the first third of the 20th century", "19", "START"]] },
  { lang: 'en', cls: "last quarter of a year", text: "In the last quarter of 1944 output fell.",
    want: [["the last quarter of 1944", "1944-Q4"]] },
  { lang: 'en', cls: "comma list of days", text: "On 15, 16 and 17 July 1945 the conference met.",
    want: [["15", "1945-07-15"], ["16", "1945-07-16"], ["17 July 1945", "1945-07-17"]] },
  { lang: 'en', cls: "decade", text: "In the 1940s the city was destroyed.",
    want: [["the 1940s", "194"]] },
  { lang: 'de', cls: "a preposition the parse read stays out of the extent", text: "Am 22. Juni 1941 begann der Angriff. In drei Tagen legte die Armee 200 Kilometer zurück. In zwei Jahren wurde die Armee aufgebaut.",
    want: [["22. Juni 1941", "1941-06-22"], ["drei Tagen", "P3D"], ["zwei Jahren", "P2Y"]] },
  { lang: 'en', cls: "a preposition the parse read stays out of the extent", text: "In three days the army advanced 200 km.",
    want: [["three days", "P3D"]] },
  { lang: 'de', cls: "the next days of a narrative's past", text: "Am 22. Juni 1941 begann der Angriff. In den nächsten Tagen wurde Minsk eingeschlossen. In den kommenden Wochen rückte die Armee vor.",
    want: [["22. Juni 1941", "1941-06-22"], ["den nächsten Tagen", "PXD"], ["den kommenden Wochen", "PXW"]] },
  { lang: 'de', cls: "the coming years stay ahead outside a past clause", text: "Im Jahr 1990 wurde die Stadt vereint. In den kommenden Jahren wird sie weiter wachsen. Die Führung glaubte, in den nächsten Wochen werde Moskau fallen.",
    want: [["Jahr 1990", "1990"], ["den kommenden Jahren", "FUTURE_REF"], ["den nächsten Wochen", "FUTURE_REF"]] },
  { lang: 'en', cls: "the next days of a narrative's past", text: "On 22 June 1941 the attack began. In the coming weeks the army advanced far into the country.",
    want: [["22 June 1941", "1941-06-22"], ["the coming weeks", "PXW"]] },
  { lang: 'de', cls: "three-digit years after the old dative year noun", text: "Im Jahre 410 plünderten die Westgoten Rom. Im Jahr 800 wurde Karl gekrönt. Seit dem Jahre 843 war das Reich geteilt.",
    want: [["Jahre 410", "0410"], ["Jahr 800", "0800"], ["Jahre 843", "0843"]] },
  { lang: 'de', cls: "a counting plural before a number is no year noun", text: "Die Truppen blieben drei Jahre 200 Kilometer entfernt.",
    want: [["drei Jahre", "P3Y"]] },
  { lang: 'de', cls: "duration after nach", text: "Nach drei Monaten war die Stadt eingeschlossen.",
    want: [["drei Monaten", "P3M"]] },
];

const NEGATIVE: { lang: Lang; text: string }[] = [
  // a fraction of something that is no period
  { lang: 'de', text: 'Ein Drittel der Soldaten fiel im Kampf. Im letzten Drittel des Spiels fielen zwei Tore. Das erste Viertel der Stadt brannte.' },
  { lang: 'en', text: 'A third of the soldiers died. In the last third of the book the hero dies.' },
  // a whole-word premodifier before a noun that is no season or unit
  { lang: 'de', text: 'Den ganzen Weg über schwiegen sie.' },
  // comma lists of numbers before no month
  { lang: 'de', text: 'Die Werte lagen bei 12, 15 und 17 Prozent. Er las die Kapitel 3, 4 und 5 des Buches.' },
  { lang: 'en', text: 'The scores were 12, 15 and 17.' },
];

test('s27 TIMEX2 history golden table: at least 120 expressions', () => {
  assert.ok(ROWS.reduce((n, r) => n + r.want.length, 0) >= 120);
});

for (const r of ROWS) {
  test(`s27 TIMEX2 history (${r.lang}): ${r.cls}`, () => {
    const got = tag(r.lang, r.text).map((x): Want => (x.mod ? [x.timex2, x.value, x.mod] : [x.timex2, x.value]));
    assert.deepEqual(got, r.want);
  });
}

for (const r of NEGATIVE) {
  test(`s27 TIMEX2 history negative (${r.lang}): ${r.text.slice(0, 40)}`, () => {
    assert.deepEqual(tag(r.lang, r.text).map((x) => x.timex2), []);
  });
}
