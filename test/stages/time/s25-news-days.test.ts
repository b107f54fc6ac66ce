import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

/*
 * Session 25: news days that depend on the day the text is talking about or on the clause's verb.
 * - "am selben Abend", "later that day", "the same day" (news) are the day named before, not the
 *   publication day;
 * - a German weak preterite in second place after its subject ("Präsident X dankte … am Sonntag");
 * - "gut" is a separable particle ("hat … gutgeheißen" is a perfect);
 * - "due" is a schedule ("was due in Kyiv on Tuesday"), not in "due to the storm";
 * - a weekday after the event an invitation invites to ("invited leaders to talks on Monday").
 * Passages written for this test.
 */

const de = makeTagger('de');
const en = makeTagger('en');
const values = (t: ReturnType<typeof makeTagger>, text: string, published: string): [string, string | null][] =>
  t.tag(text, published).map((x) => [x.text, x.value]);

describe('news: a same day points back to the day named before', () => {
  // 2026-03-05 is a Thursday
  test('German: am selben Abend after a day of the sentence before', () => {
    assert.deepEqual(values(de, 'Der Ausschuss hat das Gesetz am Dienstag gebilligt. Die Opposition kündigte noch am selben Abend Widerstand an.', '2026-03-05'),
      [['am Dienstag', '2026-03-03'], ['am selben Abend', '2026-03-03TEV']]);
  });
  test('German: am gleichen Tag is a date', () => {
    assert.deepEqual(values(de, 'Die Polizei nahm am Montag zwei Männer fest. Am gleichen Tag wurde ein dritter gesucht.', '2026-03-05'),
      [['am Montag', '2026-03-02'], ['Am gleichen Tag', '2026-03-02']]);
  });
  test('English: later that day, that evening, the same day', () => {
    assert.deepEqual(values(en, 'Police arrested two men on Tuesday. The minister spoke later that day. That evening he left. The same day the law passed.', '2026-03-05'),
      [['on Tuesday', '2026-03-03'], ['later that day', '2026-03-03'], ['That evening', '2026-03-03TEV'], ['The same day', '2026-03-03']]);
  });
  test('English: a day of the same sentence', () => {
    assert.deepEqual(values(en, 'The boat was seized on Wednesday, the ministry told reporters later that day.', '2026-03-05'),
      [['on Wednesday', '2026-03-04'], ['later that day', '2026-03-04']]);
  });
  test('the day most recently named, not the latest', () => {
    assert.deepEqual(values(de, 'Der Ausschuss hat das Gesetz am Mittwoch gebilligt. Bereits am Montag hatte die Regierung nachgegeben. Die Opposition kündigte noch am selben Abend Widerstand an.', '2026-03-05'),
      [['am Mittwoch', '2026-03-04'], ['am Montag', '2026-03-02'], ['am selben Abend', '2026-03-02TEV']]);
  });
  test('without a day named before: the publication day', () => {
    assert.deepEqual(values(de, 'Am selben Abend trat der Minister zurück.', '2026-03-05'), [['Am selben Abend', '2026-03-05TEV']]);
  });
  test('negative: "that" opening a clause is no determiner of a day', () => {
    assert.deepEqual(values(en, 'The ministry said on Tuesday that day workers would strike.', '2026-03-05'), [['on Tuesday', '2026-03-03']]);
  });
  test('negative: "this evening", "heute Abend" stay the publication day', () => {
    assert.deepEqual(values(en, 'Police arrested two men on Tuesday. The minister speaks this evening.', '2026-03-05'),
      [['on Tuesday', '2026-03-03'], ['this evening', '2026-03-05TEV']]);
  });
});

describe('German: a weak preterite in second place makes the clause past', () => {
  // 2026-01-05 is a Monday
  test('after a name', () => {
    assert.deepEqual(values(de, 'Kanzlerin Maria Huber dankte dem Nachbarland am Sonntagabend für die Hilfe.', '2026-01-05'), [['am Sonntagabend', '2026-01-04TEV']]);
  });
  test('after an article, an adjective and a noun', () => {
    assert.deepEqual(values(de, 'Der französische Präsident verurteilte den Anschlag am Sonntag.', '2026-01-05'), [['am Sonntag', '2026-01-04']]);
  });
  test('negative: a participle after a count', () => {
    assert.deepEqual(values(de, 'Hunderte verletzte Soldaten kehren am Sonntag zurück.', '2026-01-05'), [['am Sonntag', '2026-01-11']]);
  });
  test('negative: a present of a -t stem', () => {
    assert.deepEqual(values(de, 'Die Minister beraten am Sonntag über den Haushalt.', '2026-01-05'), [['am Sonntag', '2026-01-11']]);
  });
});

describe('German: gut is a separable particle', () => {
  test('hat … gutgeheißen (also written gutgeheissen) is a perfect', () => {
    assert.deepEqual(values(de, 'Die Kommission hat am Dienstag das Abkommen mit knapper Mehrheit gutgeheißen.', '2026-03-05'), [['am Dienstag', '2026-03-03']]);
    assert.deepEqual(values(de, 'Die Kommission hat am Dienstag das Abkommen mit knapper Mehrheit gutgeheissen.', '2026-03-05'), [['am Dienstag', '2026-03-03']]);
  });
});

describe('English: "due" names a schedule', () => {
  // 2025-11-17 is a Monday
  test('had been due in a city on a weekday', () => {
    assert.deepEqual(values(en, 'The junta called off a visit by the envoy, who had been due in the capital on Tuesday.', '2025-11-17'), [['on Tuesday', '2025-11-18']]);
  });
  test('negative: due to a cause', () => {
    assert.deepEqual(values(en, 'Flights were cancelled on Tuesday due to the storm.', '2025-11-17'), [['on Tuesday', '2025-11-11']]);
  });
});

describe('a weekday after the event an invitation invites to lies ahead', () => {
  // 2026-07-09 is a Thursday
  test('English: invited … to talks … on Monday', () => {
    assert.deepEqual(values(en, 'The president invited union leaders to talks at the palace on Monday but ruled out any change.', '2026-07-09'), [['on Monday', '2026-07-13']]);
  });
  test('German: lud … zu Gesprächen am Montag ein', () => {
    assert.deepEqual(values(de, 'Der Präsident lud die Gewerkschaften zu Gesprächen am Montag ein.', '2026-07-09'), [['am Montag', '2026-07-13']]);
  });
  test('negative: the day of the invitation itself', () => {
    assert.deepEqual(values(en, 'She invited reporters on Monday to a briefing.', '2026-07-09'), [['on Monday', '2026-07-06']]);
    assert.deepEqual(values(de, 'Der Präsident lud am Montag zu Gesprächen ein.', '2026-07-09'), [['am Montag', '2026-07-06']]);
  });
  test('negative: a to-infinitive is no event invited to', () => {
    assert.deepEqual(values(en, 'The president invited him to visit on Monday.', '2026-07-09'), [['on Monday', '2026-07-06']]);
  });
});

describe('news: a night reached from the day named before ("bis in die Nacht", "into the night")', () => {
  test('German and English', () => {
    assert.deepEqual(values(de, 'Demonstranten verbrannten am Dienstag eine Fahne. Die Polizei hielt die Menge bis in die Nacht auf Abstand.', '2025-11-19'),
      [['am Dienstag', '2025-11-18'], ['bis in die Nacht', '2025-11-18TNI']]);
    assert.deepEqual(values(en, 'Protesters burned a flag on Tuesday. Police held the crowd back well into the night.', '2025-11-19'),
      [['on Tuesday', '2025-11-18'], ['the night', '2025-11-18TNI']]);
  });
  test('negative: with no day named, no night is read', () => {
    assert.deepEqual(values(de, 'Die Sitzung dauerte bis in die Nacht.', '2025-11-19'), []);
  });
});

describe('a dateline dash between a date and its clock joins them', () => {
  test('German and English', () => {
    assert.deepEqual(values(de, 'Von Anna Beispiel | 24.06.2026 - 16:30 Uhr\n\nDas Gericht stoppte am Montag den Betrieb.', '2026-06-24'),
      [['24.06.2026 - 16:30 Uhr', '2026-06-24T16:30'], ['am Montag', '2026-06-22']]);
    assert.deepEqual(values(en, 'Updated June 24, 2026 – 4:30 p.m.\n\nThe court halted the terminal on Monday.', '2026-06-24'),
      [['June 24, 2026 – 4:30 p.m.', '2026-06-24T16:30'], ['on Monday', '2026-06-22']]);
  });
  test('negative: a clock before the dash stays apart from the date after it', () => {
    assert.deepEqual(values(de, 'Die Sitzung begann um 10 Uhr - 24.06.2026 war ein Mittwoch.', '2026-06-24').map(([t]) => t), ['um 10 Uhr', '24.06.2026', 'Mittwoch']);
  });
});
