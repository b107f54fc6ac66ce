import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { makeTagger } from './helpers.js';

/*
 * Chronologies in news (fact boxes: one entry a line, a date, then a colon or dash): an entry's date
 * without a year follows the entry above it and runs forward, not the publication date. Own texts,
 * published on Wednesday 2026-11-25.
 */

const taggers = { de: makeTagger('de'), en: makeTagger('en') };
const values = (lang: Lang, text: string): Record<string, string | null> =>
  Object.fromEntries(taggers[lang].tag(text, '2026-11-25').map((t) => [t.text, t.value]));

test('German chronology: the year carries down the entries and runs forward', () => {
  const text = [
    'Chronologie der Krise in Bolivien', '', 'Oktober 2019: Nach der Wahl kommt es zu Protesten.', '',
    '10. November: Präsident Morales tritt zurück.', '', '12. November: Eine Übergangsregierung übernimmt.', '',
    'März 2024 – Das Parlament wird aufgelöst.', '', '14. Oktober: Die Regierung kündigt Neuwahlen an.', '',
    '18. August: Die Wahl findet statt.', '', 'Dezember: Das Parlament tritt zusammen.',
  ].join('\n');
  assert.deepEqual(values('de', text), {
    'Oktober 2019': '2019-10', '10. November': '2019-11-10', '12. November': '2019-11-12',
    'März 2024': '2024-03', '14. Oktober': '2024-10-14', '18. August': '2025-08-18', 'Dezember': '2025-12',
  });
});

test('English chronology: entries after a dated one follow it, across the turn of the year', () => {
  const text = [
    'Timeline of the crisis in Peru', '', 'Dec. 7, 2022: Castillo tries to dissolve Congress and is arrested.', '',
    'Dec. 12: Protests spread to the south.', '', 'Jan. 9: At least 17 people die in clashes in Juliaca.', '',
    'Oct. 3, 2023 – Congress votes to remove the minister.',
  ].join('\n');
  assert.deepEqual(values('en', text), { 'Dec. 7, 2022': '2022-12-07', 'Dec. 12': '2022-12-12', 'Jan. 9': '2023-01-09', 'Oct. 3, 2023': '2023-10-03' });
});

test('a bare month opens an entry before a colon, not as a sentence subject', () => {
  assert.deepEqual(values('de', 'Wahl in Nepal\n\nDezember: Die Wahl findet statt.'), { 'Dezember': '2026-12' });
  assert.deepEqual(values('de', 'Wetter in Nepal\n\nDezember brachte Regen.'), {});
  assert.deepEqual(values('en', 'Vote in Nepal\n\nDecember: The vote takes place.'), { 'December': '2026-12' });
});

test('no chronology: a lone entry, and dates in running text, keep the publication date', () => {
  // (a first entry without a year has nothing above it; a colon after a date inside a sentence is no entry)
  assert.deepEqual(values('de', 'Wahl in Nepal\n\n1. Dezember: Die Wahl findet statt.\n\nDie Kommission tagt am 3. Dezember: Dann fällt die Entscheidung.'), {
    '1. Dezember': '2026-12-01', 'am 3. Dezember': '2026-12-03',
  });
  assert.deepEqual(values('en', 'Vote in Nepal\n\nThe census ended in March 2019. The commission meets on Dec. 3: a decision is due then.'), {
    'in March 2019': '2019-03', 'on Dec. 3': '2026-12-03',
  });
});
