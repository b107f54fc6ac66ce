import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 17: TIDES 2005 extent rules (appositives, postmodifiers of relative nouns) and the values
 * of a narrative's anaphoric expressions before the text gave a date. German history sentences
 * written for this test; narrative anchoring, reference date 2011-02-16 (a download date, not a day
 * of the story).
 */

const detailed = makeDetailedTagger();
const narrative = (text: string): ReturnType<typeof detailed> => detailed('de', text, '2011-02-16', { anchor: 'narrative' });
/** The TIMEX2 extents of a passage, in order, TIMEX2-only items included. */
const extents = (text: string): string[] => narrative(text).map((r) => r.timex2);

describe('TIDES 2005: an appositive is an expression of its own', () => {
  const rows: [string, string, string[]][] = [
    // [rule, passage, extents] (the appositive date's article stays out as any day date's does: session 29)
    ['a date with its article after a weekday', 'Am Samstag, dem 4. Mai 1940, begann der Angriff.', ['Samstag', '4. Mai 1940']],
    ['accusative article, date first in the sentence', 'Sonntag, den 5. Mai 1940, war ein ruhiger Tag.', ['Sonntag', '5. Mai 1940']],
    ['a weekday with its part of the day', 'Am Freitagabend, dem 10. Mai 1940, überschritten die Truppen die Grenze.', ['Freitagabend', '10. Mai 1940']],
    ['a clock after the appositive date stays with the date', 'Am Sonntag, den 5. Mai 1940 um 5 Uhr fiel die Stadt.', ['Sonntag', '5. Mai 1940 um 5 Uhr']],
    ['a weekday in apposition after the date', 'Am 28. Juni 1914, einem Sonntag, fiel der Schuss.', ['28. Juni 1914', 'einem Sonntag']],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(extents(text), want);
    });
  }
  test('the weekday takes the day of its appositive date (without the clock)', () => {
    const got = narrative('Am Sonntag, den 5. Mai 1940 um 5 Uhr fiel die Stadt.');
    assert.deepEqual(got.map((r) => [r.value, r.timex2Only]), [['1940-05-05', true], ['1940-05-05T05:00', false]]);
  });
  test("the stage's own expression keeps the weekday with its date", () => {
    assert.deepEqual(narrative('Am Samstag, dem 4. Mai 1940, begann der Angriff.').filter((r) => !r.timex2Only).map((r) => r.core), ['Samstag, dem 4. Mai 1940']);
  });
});

describe('negatives: no appositive without an article', () => {
  const rows: [string, string, string[]][] = [
    ['a weekday and a date written as one date', 'Am Samstag, 4. Mai 1940 begann der Angriff.', ['Samstag, 4. Mai 1940']],
    ['a weekday before a date without a comma', 'Am Samstag 4. Mai 1940 begann der Angriff.', ['Samstag 4. Mai 1940']],
    ['two expressions joined by "und", no apposition', 'Am Samstag und am 6. Mai 1940 wurde gekämpft.', ['Samstag', '6. Mai 1940']],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(extents(text), want);
    });
  }
});

describe('TIDES 2005: a relative noun takes its postmodifying genitive', () => {
  const rows: [string, string, string[]][] = [
    ['"Vorabend" with the event', 'Am Vorabend des Krieges wurde verhandelt.', ['Vorabend des Krieges']],
    ['"Vortag" with the event', 'Am 1. Juli 1916 begann die Offensive. Am Vortag der Schlacht sprach der General.', ['1. Juli 1916', 'Vortag der Schlacht']],
    ['a unit with its genitive and an event after a preposition', 'Die ersten Tage des Krieges verliefen ruhig. Wenige Wochen nach der Landung fiel Paris.', ['Die ersten Tage des Krieges', 'Wenige Wochen nach der Landung']],
    ['an approximating preposition stays out, the genitive is in', 'Am 1. Mai 1940 begann der Angriff. Gegen Ende des Jahres kam der Frost.', ['1. Mai 1940', 'Ende des Jahres']],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(extents(text), want);
    });
  }
  test('negative: "Vorabend" with no genitive after it ends at itself', () => {
    assert.deepEqual(extents('Am 1. Mai 1940 begann der Angriff. Am Vorabend hatte es geregnet.'), ['1. Mai 1940', 'Vorabend']);
  });
});

describe('values of anaphoric expressions in a narrative', () => {
  /** [rule, passage, values in order] */
  const rows: [string, string, (string | null)[]][] = [
    ['before any date of the text: no value', 'An diesem Tag fiel die Stadt. Am selben Tag kapitulierte die Armee. Am gleichen Tag floh der König.', [null, null, null]],
    ['also a year, a part of the day and a count', 'Im selben Jahr fiel Polen. An jenem Abend brannte der Hafen. Drei Tage später kam der Frost.', [null, null, null]],
    ['after a date: that date', 'Am 1. September 1939 begann der Krieg. An diesem Tag fiel die Stadt. Am selben Tag kapitulierte die Armee.', ['1939-09-01', '1939-09-01', '1939-09-01']],
    ['a date later in the text resolves what follows it only', 'An diesem Tag fiel die Stadt. Am 3. Mai 1940 begann der Angriff. Am gleichen Tag floh der König.', [null, '1940-05-03', '1940-05-03']],
    ['"Vorabend" after a running day is the day before', 'Am 22. Juni 1941 begann der Angriff. Am Vorabend waren die Truppen aufmarschiert.', ['1941-06-22', '1941-06-21']],
    ['"Vorabend" before any date: no value', 'Am Vorabend hatten die Truppen die Grenze erreicht.', [null]],
  ];
  for (const [rule, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(narrative(text).map((r) => r.value), want);
    });
  }
  test('negative: "heute" is the writer\'s present, also before any date', () => {
    assert.deepEqual(narrative('Heute erinnert ein Denkmal an die Schlacht.').map((r) => r.value), ['PRESENT_REF']);
  });
  test('negative: news keeps counting from the publication date', () => {
    const got = detailed('de', 'Im selben Jahr trat der Minister zurück. Im vergangenen Jahr fiel die Entscheidung.', '2011-02-16', { anchor: 'publication' });
    assert.deepEqual(got.map((r) => r.value), ['2011', '2010']);
  });
  test('negative: a century named first keeps what refers to it', () => {
    assert.deepEqual(narrative('Im 19. Jahrhundert wuchs die Stadt. Ende des Jahrhunderts kam die Bahn.').map((r) => r.value), ['18', '18']);
  });
});

describe('English: the same rules', () => {
  const en = (text: string): ReturnType<typeof detailed> => detailed('en', text, '2011-02-16', { anchor: 'narrative' });
  test('an appositive date with its article is apart; a written date is one', () => {
    assert.deepEqual(en('On Saturday, the 4th of May 1940, the attack began.').map((r) => r.timex2), ['Saturday', 'the 4th of May 1940']);
    assert.deepEqual(en('On Saturday, May 4, 1940, the attack began.').map((r) => r.timex2), ['Saturday, May 4, 1940']);
  });
  test('anaphora before the first date of a narrative have no value, after it the date', () => {
    const got = en('On that day the city fell. Two days later the army surrendered. On June 4, 1940 the attack began. That day the city fell.');
    assert.deepEqual(got.map((r) => r.value), [null, null, '1940-06-04', '1940-06-04']);
  });
});
