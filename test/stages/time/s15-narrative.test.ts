import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 15: values of historical narrative (narrative anchoring unless a case says otherwise). The
 * night to a weekday is found by the day it begins on: after a running Saturday, "In der Nacht zu
 * Sonntag" is the night that begins on that Saturday, not the night before the Sunday of the week
 * before. All passages are written for this test.
 */

const detailed = makeDetailedTagger();
type Lang = 'de' | 'en';
type Anchor = 'narrative' | 'publication';
/** core extent → value of every expression. */
const values = (lang: Lang, text: string, anchor: Anchor = 'narrative', published = '2011-02-16'): Record<string, string | null> =>
  Object.fromEntries(detailed(lang, text, published, { anchor }).filter((r) => !r.timex2Only).map((r) => [r.core, r.value]));

describe('the night to a weekday in a narrative', () => {
  const cases: [Lang, string, string, string][] = [
    // [language, passage, core, value]
    ['de', 'Am Samstag, dem 4. Mai 1940, begann der Angriff. In der Nacht zu Sonntag fielen die ersten Bomben.', 'der Nacht zu Sonntag', '1940-05-04TNI'],
    ['de', 'Am 4. Mai 1940 rückten die Truppen vor. In der Nacht auf Sonntag erreichten sie den Fluss.', 'der Nacht auf Sonntag', '1940-05-04TNI'],
    ['de', 'Am 4. Mai 1940 rückten die Truppen vor. In der Nacht zum Sonntag wurde die Brücke gesprengt.', 'der Nacht zum Sonntag', '1940-05-04TNI'],
    ['de', 'Am Freitag, dem 3. Mai 1940, tagte der Stab. In der Nacht zu Samstag fiel die Entscheidung.', 'der Nacht zu Samstag', '1940-05-03TNI'],
    ['en', 'On Saturday, 4 May 1940, the offensive began. On the night to Sunday the first bombs fell.', 'the night to Sunday', '1940-05-04TNI'],
    ['en', 'On 4 May 1940 the troops advanced. During the night to Sunday they reached the river.', 'the night to Sunday', '1940-05-04TNI'],
    // a night told after a later day, in the pluperfect, still lies before it
    ['de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. In der Nacht zu Sonntag hatte es bereits gebrannt.', 'der Nacht zu Sonntag', '1940-05-04TNI'],
  ];
  for (const [lang, text, core, value] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.equal(values(lang, text)[core], value);
    });
  }
});

describe('negatives: what the night rule leaves alone', () => {
  test('news: a past night to Sunday on a Saturday is last week\'s', () => {
    assert.equal(values('de', 'In der Nacht zu Sonntag brannte eine Scheune.', 'publication', '2025-05-03')['der Nacht zu Sonntag'], '2025-04-26TNI');
  });
  test('news: a night ahead is the coming one', () => {
    assert.equal(values('de', 'In der Nacht zum Sonntag soll es regnen.', 'publication', '2025-05-03')['der Nacht zum Sonntag'], '2025-05-03TNI');
  });
  test('a night to a date keeps its date', () => {
    assert.equal(values('de', 'Am 4. Mai 1940 rückten die Truppen vor. In der Nacht zum 6. Mai erreichten sie den Fluss.')['der Nacht zum 6. Mai'], '1940-05-05TNI');
  });
  test('a bare weekday is no night: its value is the weekday\'s own', () => {
    const v = values('de', 'Am Mittwoch, dem 8. Mai 1940, fielen Bomben auf die Stadt. Am Sonntag hatte es bereits gebrannt.');
    assert.equal(v['Sonntag'], '1940-05-05');
  });
});

describe('a week later: the week that far from the running date (TIMEX2: the granularity of the expression)', () => {
  const cases: [Lang, string, string, string][] = [
    // [language, passage, core, value]
    ['de', 'Am 3. Mai 1940 begann der Angriff. Eine Woche später kapitulierte die Armee.', 'Eine Woche später', '1940-W19'],
    ['en', 'On 3 May 1940 the attack began. A week later the army surrendered.', 'A week later', '1940-W19'],
    ['de', 'Am 3. Mai 1940 begann der Angriff. Zwei Wochen danach kapitulierte die Armee.', 'Zwei Wochen danach', '1940-W20'],
    ['en', 'On 3 May 1940 the attack began. One week earlier the envoys had met.', 'One week earlier', '1940-W17'],
    // a running month: the month a week later lies in
    ['de', 'Im Mai 1940 begann der Angriff. Eine Woche später kapitulierte die Armee.', 'Eine Woche später', '1940-05'],
  ];
  for (const [lang, text, core, value] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.equal(values(lang, text)[core], value);
    });
  }
  test('news: a week later stays a duration', () => {
    assert.equal(values('de', 'Eine Woche später kapitulierte die Armee.', 'publication')['Eine Woche später'], 'P1W');
  });
});
