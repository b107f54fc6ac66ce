import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * The rules of the TIDES 2005 TIMEX2 standard (Ferro et al.) checked on German history passages
 * written for this test (narrative anchoring, reference date 2011-02-16). Each row names the rule,
 * gives a passage and the expressions it must yield: the TIMEX2 extent (`core`: without the
 * temporal preposition, which the project's span keeps), value and mod. `absent` lists words no
 * expression may cover (non-markables).
 */

interface Want { core: string; value: string | null; mod?: string | null; span?: string }
interface Row { rule: string; text: string; want: Want[]; absent?: string[] }

const detailed = makeDetailedTagger();
const tag = (text: string) => detailed('de', text, '2011-02-16', { anchor: 'narrative' });

const ROWS: Row[] = [
  // 3.2.1: prepositions and subordinating conjunctions are not part of the expression
  { rule: 'no preposition (am, seit, bis zum)', text: 'Am 22. Juni 1941 überschritten die Truppen die Grenze. Bis zum 8. Mai 1945 dauerten die Kämpfe.', want: [
    { core: '22. Juni 1941', span: 'Am 22. Juni 1941', value: '1941-06-22' },
    { core: '8. Mai 1945', span: 'Bis zum 8. Mai 1945', value: '1945-05-08' },
  ] },
  // extent: determiners are premodifiers and part of the expression
  { rule: 'determiner after a preposition', text: 'Seit dem Frühjahr 1944 bombardierten die Flugzeuge die Häfen.', want: [{ core: 'dem Frühjahr 1944', value: '1944-SP' }] },
  { rule: 'determiner of the noun phrase a complex preposition governs', text: 'Im Laufe des Jahres 1943 verlor die Armee die Initiative. Im Verlauf des Sommers 1942 rückte sie noch vor.', want: [
    { core: 'des Jahres 1943', span: 'Im Laufe des Jahres 1943', value: '1943' },
    { core: 'des Sommers 1942', span: 'Im Verlauf des Sommers 1942', value: '1942-SU' },
  ] },
  { rule: 'the period a complex preposition governs without a number is the running one', text: 'Im März 1917 dankte der Zar ab. Im Laufe des Jahres zerfiel die Armee.', want: [
    { core: 'des Jahres', span: 'Im Laufe des Jahres', value: '1917' },
  ] },
  { rule: 'genitive season with its year', text: 'Während des Winters 1941/42 erfroren Tausende. Seit Beginn des Frühjahrs 1916 tobte die Schlacht.', want: [
    { core: 'des Winters 1941/42', value: '1941-WI' },
    { core: 'Beginn des Frühjahrs 1916', value: '1916-SP', mod: 'START' },
  ] },
  // extent: premodifiers (period parts, adjectives) are part of the expression, with their MOD
  { rule: 'premodifiers and their mod', text: 'Anfang der 1960er Jahre verschärfte sich der Konflikt. Mitte August 1944 erreichten die Panzer die Seine. Im frühen 16. Jahrhundert begann die Reformation. Im Spätsommer 1942 stand die Armee an der Wolga.', want: [
    { core: 'Anfang der 1960er Jahre', value: '196', mod: 'START' },
    { core: 'Mitte August 1944', value: '1944-08', mod: 'MID' },
    { core: 'frühen 16. Jahrhundert', value: '15', mod: 'START' },
    { core: 'Spätsommer 1942', value: '1942-SU', mod: 'END' },
  ] },
  { rule: 'an inflected adjective between article and expression', text: 'Im kalten Winter 1946/47 erfroren viele. Während des heißen Sommers 1976 vertrockneten die Felder.', want: [
    { core: 'kalten Winter 1946/47', span: 'Im kalten Winter 1946/47', value: '1946-WI' },
    { core: 'des heißen Sommers 1976', span: 'Während des heißen Sommers 1976', value: '1976-SU' },
  ] },
  { rule: 'no adjective before a year that modifies a noun itself', text: 'Der damalige 1990 gewählte Präsident trat 1993 zurück.', want: [
    { core: '1990', span: '1990', value: '1990' },
  ], absent: ['damalige'] },
  // extent: postmodifiers (genitive phrases, "später", "zuvor", "darauf") are part of the expression
  { rule: 'postmodifying genitive', text: 'Im Sommer des Jahres 1943 landeten die Alliierten auf Sizilien. Ende des 18. Jahrhunderts brach die Revolution aus.', want: [
    { core: 'Sommer des Jahres 1943', value: '1943-SU' },
    { core: 'Ende des 18. Jahrhunderts', value: '17', mod: 'END' },
  ] },
  { rule: 'später, zuvor, darauf after a counted unit', text: 'Am 22. Juni 1941 begann der Angriff. Drei Tage später fiel Minsk. Ein Jahr darauf stand die Front an der Wolga. Zwei Jahre zuvor hatte der Krieg im Westen begonnen.', want: [
    { core: 'Drei Tage später', value: '1941-06-25' },
    { core: 'Ein Jahr darauf', value: '1942' },
    // a relative value moves the running date too: two years before 1942
    { core: 'Zwei Jahre zuvor', value: '1940' },
  ] },
  { rule: 'ordinal word day, "ago" word, the following year', text: 'Am ersten September 1939 fielen die ersten Schüsse. Im darauffolgenden Jahr fiel Paris. Vor drei Jahren war Österreich angeschlossen worden.', want: [
    { core: 'ersten September 1939', value: '1939-09-01' },
    { core: 'darauffolgenden Jahr', value: '1940' },
    // German "vor" is the "ago" of the expression, not a preposition of place or order: it stays inside
    { core: 'Vor drei Jahren', value: '1937' },
  ] },
  { rule: 'an embedded date: one expression with the value of the enclosing one', text: 'Am Morgen des 7. Dezember 1941 griffen japanische Flugzeuge an. In der Nacht vom 9. auf den 10. November 1938 brannten die Synagogen.', want: [
    { core: 'Morgen des 7. Dezember 1941', value: '1941-12-07TMO' },
    { core: 'der Nacht vom 9. auf den 10. November 1938', value: '1938-11-09TNI' },
  ] },
  { rule: 'a year noun after a day belongs to the date, also after a contraction', text: 'Am 1. Januar im Jahre 1801 trat die Union in Kraft. Zwei Monate davor hatte das Parlament zugestimmt.', want: [
    { core: '1. Januar im Jahre 1801', span: 'Am 1. Januar im Jahre 1801', value: '1801-01-01' },
    { core: 'Zwei Monate davor', value: '1800-11' },
  ] },
  // extent: comparisons and approximations before a counted unit are premodifiers (with their MOD)
  { rule: 'comparisons before a duration', text: 'Die Belagerung von Leningrad dauerte länger als zwei Jahre. Die Waffenruhe von 1943 hielt nicht länger als drei Tage. Über vier Monate lang wurde die Stadt beschossen.', want: [
    { core: 'länger als zwei Jahre', value: 'P2Y', mod: 'AFTER' },
    { core: 'nicht länger als drei Tage', value: 'P3D' },
    // "über" is "more than" or "over" (a span of time): no mod
    { core: 'Über vier Monate lang', value: 'P4M' },
  ] },
  // extent conventions the benchmark compares: the year noun is in, "im" (in dem) is not; a modifier of the
  // preposition ("kurz nach") stays out with it; "lang" after a counted unit is part of the duration; a
  // weekday with its date in apposition is one expression with the date's value
  { rule: 'year noun, kurz nach, lang, weekday with its date', text: 'Im Jahre 1940 fiel Paris. Am Dienstag, dem 10. Mai 1941, flog Heß nach Schottland. Kurz nach Mitternacht landete er. Die Besatzung dauerte vier Jahre lang.', want: [
    { core: 'Jahre 1940', span: 'Im Jahre 1940', value: '1940' },
    { core: 'Dienstag, dem 10. Mai 1941', value: '1941-05-10' },
    { core: 'Mitternacht', span: 'Mitternacht', value: '1941-05-10T24:00' },
    { core: 'vier Jahre lang', value: 'P4Y' },
  ], absent: ['Kurz'] },
  { rule: 'a three-digit year after a month, day or season (not before a counted noun or unit)', text: 'Im März 410 plünderten die Goten Rom. Am 24. August 410 fiel die Stadt. Im Sommer 451 kam Attila. Im Mai 300 Soldaten starben.', want: [
    { core: 'März 410', value: '0410-03' },
    { core: '24. August 410', value: '0410-08-24' },
    { core: 'Sommer 451', value: '0451-SU' },
    { core: 'Mai', value: '0451-05' },
  ] },
  // ranges: each end is an expression of its own, also inside one token
  { rule: 'range ends', text: 'Der Krieg dauerte von 1939 bis 1945. Die Jahre 1914–1918 veränderten Europa. Die Jahre zwischen 1919 und 1933 waren unruhig.', want: [
    { core: '1919', value: '1919' }, { core: '1933', span: '1933', value: '1933' },
    { core: '1939', value: '1939' }, { core: '1945', span: 'bis 1945', value: '1945' }, { core: '1918', value: '1918' },
  ] },
  // conjoined expressions are tagged one by one; the first takes the shared year
  { rule: 'conjoined months', text: 'Im Mai und Juni 1945 kehrten viele Flüchtlinge zurück.', want: [
    { core: 'Mai', value: '1945-05' }, { core: 'Juni 1945', value: '1945-06' },
  ] },
  // 3.2.2: expressions anchored to an event without a temporal trigger word are not markable
  { rule: 'non-markable event anchors', text: 'Gegen Ende des Krieges flohen Millionen. Kurz darauf brach die Versorgung zusammen. Nach dem Krieg wurde das Land geteilt.', want: [], absent: ['Ende', 'darauf', 'Krieg'] },
  { rule: 'a vague phrase tied to an event', text: 'Zur Zeit der Römer lag hier ein Lager. Zur Zeit des Krieges hungerten viele. Der Pass ist zur Zeit gesperrt, und er ist zur Zeit der beste Weg.', want: [
    { core: 'zur Zeit', span: 'zur Zeit', value: 'PRESENT_REF' },
  ], absent: ['Zur Zeit'] },
  // values: BC years, centuries and seasons, and counting across BC years
  { rule: 'BC year, century and season', text: 'Der Erste Punische Krieg begann 264 v. Chr. Im 3. Jahrhundert v. Chr. wuchs die Macht Roms. Hannibal überquerte im Herbst 218 v. Chr. die Alpen. Zwei Jahre später siegte er bei Cannae.', want: [
    { core: '264 v. Chr.', value: 'BC0264' },
    { core: '3. Jahrhundert v. Chr.', value: 'BC02' },
    { core: 'Herbst 218 v. Chr.', value: 'BC0218-FA' },
    { core: 'Zwei Jahre später', value: 'BC0216' },
  ] },
  { rule: 'BC day and month, days counted from them', text: 'Caesar wurde am 15. März 44 v. Chr. ermordet. Drei Tage später sprach Antonius. Im Sommer des Jahres 211 v. Chr. stand Hannibal vor Rom.', want: [
    { core: '15. März 44 v. Chr.', value: 'BC0044-03-15' },
    { core: 'Drei Tage später', value: 'BC0044-03-18' },
    { core: 'Sommer des Jahres 211 v. Chr.', value: 'BC0211-SU' },
  ] },
  { rule: 'AD years below 100', text: 'Im Herbst 9 n. Chr. verlor Varus drei Legionen. Am 19. August 14 n. Chr. starb Augustus. Zwei Tage danach trauerte Rom.', want: [
    { core: 'Herbst 9 n. Chr.', value: '0009-FA' },
    { core: '19. August 14 n. Chr.', value: '0014-08-19' },
    { core: 'Zwei Tage danach', value: '0014-08-21' },
  ] },
  { rule: 'an approximating preposition before a year (MOD APPROX), not before a clock time', text: 'Um 1900 lebten hier 2000 Menschen. Um das Jahr 1000 war der Ort ein Dorf. Um 3000 v. Chr. entstand die Schrift. Am 1. Mai 1900 begann um 10 Uhr die Feier.', want: [
    { core: '1900', span: 'Um 1900', value: '1900', mod: 'APPROX' },
    { core: 'das Jahr 1000', value: '1000', mod: 'APPROX' },
    { core: '3000 v. Chr.', value: 'BC3000', mod: 'APPROX' },
    { core: '10 Uhr', value: '1900-05-01T10:00' },
  ] },
  { rule: 'winter across two years, spring with a year', text: 'Im Winter 1941/42 blieb die Offensive stecken. Im Frühjahr 1940 hatte die Wehrmacht Norwegen besetzt.', want: [
    { core: 'Winter 1941/42', value: '1941-WI' }, { core: 'Frühjahr 1940', value: '1940-SP' },
  ] },
  { rule: 'anaphoric periods follow the running date', text: 'Am 6. Juni 1944 landeten die Alliierten. Am selben Tag fielen Tausende. Im selben Jahr wurde Paris befreit. In den folgenden Monaten rückten sie nach Osten vor.', want: [
    { core: 'selben Tag', value: '1944-06-06' },
    { core: 'selben Jahr', value: '1944' },
    { core: 'den folgenden Monaten', value: 'PXM' },
  ] },
  { rule: 'a month without a year across the turn of the year', text: 'Am 16. Dezember 1944 begann die Offensive. Bis Mitte Januar dauerten die Kämpfe. Am 3. Februar fiel Bomben auf Berlin. Im Juni 1941 griff die Wehrmacht an. Bereits im März hatte sie Jugoslawien bedroht. Im Jahr 1942 stand sie an der Wolga. Im Dezember fror sie.', want: [
    { core: 'Mitte Januar', value: '1945-01', mod: 'MID' },
    { core: '3. Februar', value: '1945-02-03' },
    { core: 'März', value: '1941-03' },
    // a running year only: that year's December
    { core: 'Dezember', value: '1942-12' },
  ] },
  { rule: 'a history moves forward: a season or month without a year after a known running month', text: 'Im Dezember 1944 begann die Offensive. Im Frühjahr brach die Front zusammen. Im Februar 1942 fror die Ostsee zu. Im November kam der erste Schnee.', want: [
    { core: 'Frühjahr', value: '1945-SP' },
    { core: 'November', value: '1942-11' },
  ] },
  { rule: 'a weekday with a later word after the running day', text: 'Am Dienstag, dem 6. Juni 1944, landeten die Alliierten. Am Sonntag darauf feierten die Soldaten. Am Freitag zuvor hatte es gestürmt.', want: [
    { core: 'Sonntag darauf', value: '1944-06-11' },
    { core: 'Freitag zuvor', value: '1944-06-09' },
  ] },
  // "heutige" in a history is the writer's present (TIMEX2 "today" as "nowadays"), an adjective of its noun
  // day offsets need a running day
  { rule: 'a day offset names no day when the running date is only a year', text: 'Im Jahr 1940 fiel Paris. Tags zuvor war die Regierung geflohen, gestern wie heute.', want: [{ core: 'gestern', value: null }] },
  { rule: 'present-day adjective', text: 'Im Jahr 1940 besetzte die Armee das Gebiet. Das heutige Polen entstand erst später.', want: [{ core: 'heutige', span: 'heutige', value: 'PRESENT_REF' }] },
];

for (const r of ROWS) {
  test(`TIMEX2 (de): ${r.rule}`, () => {
    const got = tag(r.text);
    for (const w of r.want) {
      const hit = got.find((g) => g.core === w.core);
      assert.ok(hit, `"${w.core}" not found; got ${JSON.stringify(got.map((g) => [g.core, g.value]))}`);
      assert.deepEqual({ value: hit.value, mod: hit.mod }, { value: w.value, mod: w.mod ?? null }, w.core);
      if (w.span !== undefined) assert.equal(hit.span, w.span);
    }
    for (const a of r.absent ?? []) assert.ok(!got.some((g) => g.span.includes(a)), `"${a}" must not be tagged; got ${JSON.stringify(got.map((g) => g.span))}`);
  });
}
