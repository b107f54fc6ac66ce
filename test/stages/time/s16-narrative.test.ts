import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 16: values of historical narrative (narrative anchoring unless a case says otherwise). A
 * history tells its days forward: a bare weekday after a running day is that day or the next such
 * day, in any tense, unless its clause is in the past perfect (what had happened before). All
 * passages are written for this test.
 */

const detailed = makeDetailedTagger();
type Lang = 'de' | 'en';
type Anchor = 'narrative' | 'publication';
/** core extent → value of every expression. */
const values = (lang: Lang, text: string, anchor: Anchor = 'narrative', published = '2011-02-16'): Record<string, string | null> =>
  Object.fromEntries(detailed(lang, text, published, { anchor }).filter((r) => !r.timex2Only).map((r) => [r.core, r.value]));

describe('a bare weekday after a running day lies ahead of it', () => {
  const cases: [Lang, string, Record<string, string | null>][] = [
    // [language, passage, core → value]
    ['de', 'Am Samstag, dem 4. Mai 1940, begann der Angriff. Am Sonntag fielen Bomben auf die Stadt. Am Montag kapitulierte die Garnison.',
      { 'Sonntag': '1940-05-05', 'Montag': '1940-05-06' }],
    ['de', 'Am 10. Mai 1940 überschritten die Truppen die Grenze. Am Dienstag erreichten die Panzer den Fluss.', { 'Dienstag': '1940-05-14' }],
    // the order of words does not matter: the weekday after its verb
    ['de', 'Am 10. Mai 1940 überschritten die Truppen die Grenze. Die Panzer erreichten am Dienstag den Fluss.', { 'Dienstag': '1940-05-14' }],
    // a present told as history goes forward too
    ['de', 'Am 10. Mai 1940 überschreiten die Truppen die Grenze. Am Dienstag erreichen die Panzer den Fluss.', { 'Dienstag': '1940-05-14' }],
    // the running day's own weekday is that day
    ['de', 'Am Freitag, dem 10. Mai 1940, begann der Angriff. Noch am Freitag fiel die Festung.', { 'Freitag': '1940-05-10' }],
    ['en', 'On Saturday, 4 May 1940, the attack began. On Sunday bombs fell on the city. On Monday the garrison surrendered.',
      { 'Sunday': '1940-05-05', 'Monday': '1940-05-06' }],
    ['en', 'On 10 May 1940 the troops crossed the border. The tanks reached the river on Tuesday.', { 'Tuesday': '1940-05-14' }],
    // the night to a weekday: the night that begins on the day before the next such weekday
    ['en', 'On Saturday, 4 May 1940, the attack began. On the night to Wednesday the city burned.', { 'the night to Wednesday': '1940-05-07TNI' }],
    ['de', 'Am 2. August 1941 kam der Befehl. In der Nacht zu Mittwoch griffen die Truppen an.', { 'der Nacht zu Mittwoch': '1941-08-05TNI' }],
  ];
  for (const [lang, text, want] of cases) {
    test(`${lang}: ${text}`, () => {
      const got = values(lang, text);
      for (const [core, value] of Object.entries(want)) assert.equal(got[core], value, core);
    });
  }
});

describe('negatives: what the forward rule leaves alone', () => {
  const cases: [Lang, string, Anchor, string, string | null][] = [
    // [language, passage, anchoring, core, value]
    // the past perfect tells what had happened before the running day
    ['de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. Am Sonntag hatte es bereits gebrannt.', 'narrative', 'Sonntag', '1940-05-05'],
    ['de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. Die Truppen waren am Sonntag abgezogen.', 'narrative', 'Sonntag', '1940-05-05'],
    ['en', 'On Wednesday, 8 May 1940, bombs fell on the city. On Sunday the fires had started.', 'narrative', 'Sunday', '1940-05-05'],
    ['en', 'On Wednesday, 8 May 1940, bombs fell on the city. The fort had fallen on Sunday.', 'narrative', 'Sunday', '1940-05-05'],
    ['en', 'On Wednesday, 8 May 1940, bombs fell on the city. On Sunday the port had been quiet.', 'narrative', 'Sunday', '1940-05-05'],
    // "had" as a full verb is no past perfect
    ['en', 'On Wednesday, 8 May 1940, bombs fell on the city. On Sunday the garrison had no water.', 'narrative', 'Sunday', '1940-05-12'],
    // "hatte" without a participle is no past perfect
    ['de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. Am Sonntag hatte die Stadt noch Hoffnung.', 'narrative', 'Sonntag', '1940-05-12'],
    // "seit"/"since" look back
    ['de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. Seit Sonntag brannte der Hafen.', 'narrative', 'Sonntag', '1940-05-05'],
    ['en', 'On Wednesday, 8 May 1940, bombs fell on the city. The port had burned since Sunday.', 'narrative', 'Sunday', '1940-05-05'],
    // a word of direction decides: "zuvor", "darauf"
    ['de', 'Am Samstag, dem 4. Mai 1940, begann der Angriff. Am Freitag zuvor hatte man verhandelt.', 'narrative', 'Freitag zuvor', '1940-05-03'],
    ['de', 'Am Samstag, dem 4. Mai 1940, begann der Angriff. Am Dienstag darauf kapitulierte die Garnison.', 'narrative', 'Dienstag darauf', '1940-05-07'],
    // a running month only: no day to count from
    ['de', 'Im Mai 1940 begann der Angriff. Am Sonntag fielen Bomben.', 'narrative', 'Sonntag', null],
    // news: a past weekday is the last one before the publication day (Wednesday 16 February 2011)
    ['de', 'Am Samstag, dem 12. Februar, begann der Streik. Am Sonntag fielen die Züge aus.', 'publication', 'Sonntag', '2011-02-13'],
    ['en', 'The strike began on Saturday. Trains were cancelled on Monday.', 'publication', 'Monday', '2011-02-14'],
  ];
  for (const [lang, text, anchor, core, value] of cases) {
    test(`${lang} (${anchor}): ${text}`, () => {
      assert.equal(values(lang, text, anchor)[core], value);
    });
  }
});

describe('counted and anaphoric days after a running date (German and English)', () => {
  const cases: [Lang, string, Record<string, string | null>][] = [
    ['de', 'Am 4. Mai 1940 begann der Angriff. Drei Tage darauf kapitulierte die Armee.', { 'Drei Tage darauf': '1940-05-07' }],
    ['de', 'Am 4. Mai 1940 begann der Angriff. Am folgenden Tag wurde verhandelt.', { 'folgenden Tag': '1940-05-05' }],
    ['de', 'Am 4. Mai 1940 begann der Angriff. Am Tag darauf wurde verhandelt.', { 'Tag darauf': '1940-05-05' }],
    ['de', 'Am 4. Mai 1940 begann der Angriff. Tags darauf zogen die Truppen ab.', { 'Tags darauf': '1940-05-05' }],
    ['de', 'Am 4. Mai 1940 begann der Angriff. In der folgenden Nacht brannte die Stadt.', { 'der folgenden Nacht': '1940-05-05TNI' }],
    ['de', 'Im März 1917 dankte der Zar ab. Im selben Jahr kam Lenin zurück.', { 'selben Jahr': '1917' }],
    ['de', 'Im März 1917 dankte der Zar ab. Im gleichen Monat streikten die Arbeiter.', { 'gleichen Monat': '1917-03' }],
    ['de', 'Im März 1917 dankte der Zar ab. Im Jahr darauf endete der Krieg.', { 'Jahr darauf': '1918' }],
    ['de', 'Im März 1917 dankte der Zar ab. Im Herbst desselben Jahres kam Lenin an die Macht.', { 'Herbst desselben Jahres': '1917-FA' }],
    ['en', 'On 4 May 1940 the attack began. The following day the city fell.', { 'The following day': '1940-05-05' }],
    ['en', 'On 4 May 1940 the attack began. Later that month the army surrendered.', { 'Later that month': '1940-05' }],
    ['en', 'On 4 May 1940 the attack began. The next year the war spread.', { 'The next year': '1941' }],
  ];
  for (const [lang, text, want] of cases) {
    test(`${lang}: ${text}`, () => {
      const got = values(lang, text);
      for (const [core, value] of Object.entries(want)) assert.equal(got[core], value, core);
    });
  }
});
