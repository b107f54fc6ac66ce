import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ZoneKind } from '../../src/doc/types.js';
import { ingestPlainText, lineZones } from '../../src/ingest/index.js';

/** [zone, text] of every zone, for compact expectations. */
function zonesOf(text: string): [ZoneKind, string][] {
  const ing = ingestPlainText(text, 'de');
  return ing.zones.map((z) => [z.zone, text.slice(z.start, z.end)]);
}

describe('lineZones', () => {
  it('title, headings and body lines; CRLF and surrounding spaces excluded from zones', () => {
    const text = '  Titel der Meldung \r\n\r\nErster Absatz mit einem Satz.\r\nZwischentitel\r\nZweiter Absatz.';
    const zones = lineZones(text);
    assert.deepEqual(zones.map((z) => [z.zone, text.slice(z.start, z.end)]), [
      ['title', 'Titel der Meldung'],
      ['body', 'Erster Absatz mit einem Satz.'],
      ['heading', 'Zwischentitel'],
      ['body', 'Zweiter Absatz.'],
    ]);
  });
});

describe('ingestPlainText: datelines', () => {
  it('a line that is only a date is a dateline and gives the publication date (German)', () => {
    const text = 'Kim spielt Trumpfkarte\n31. Juli 2025\nRussland und Nordkorea rücken enger zusammen.';
    const ing = ingestPlainText(text);
    assert.equal(ing.published, '2025-07-31');
    assert.equal(ing.language, 'de');
    assert.deepEqual(zonesOf(text), [
      ['title', 'Kim spielt Trumpfkarte'],
      ['dateline', '31. Juli 2025'],
      ['body', 'Russland und Nordkorea rücken enger zusammen.'],
    ]);
  });

  const dateLines: [string, string | null][] = [
    ['July 3, 2025', '2025-07-03'],
    ['3. Juli 2025, 14:30 Uhr', '2025-07-03'],
    ['Donnerstag, 31. Juli 2025', '2025-07-31'],
    ['Thursday, July 3, 2025 at 5:30 p.m. EDT', '2025-07-03'],
    ['Updated: Jul 3, 2025', '2025-07-03'],
    ['Stand: 31.07.2025 14:30 Uhr', '2025-07-31'],
    ['Berlin, 31. Juli 2025', '2025-07-31'],
    ['2025-07-31', '2025-07-31'],
    ['31. Juli', null],
  ];
  for (const [line, date] of dateLines) {
    it(`date-only line "${line}" → dateline, published ${date}`, () => {
      const text = `Titel\n${line}\nDer Text des Artikels beginnt hier.`;
      const ing = ingestPlainText(text, 'de');
      assert.equal(ing.zones[1]!.zone, 'dateline');
      assert.equal(text.slice(ing.zones[1]!.start, ing.zones[1]!.end), line);
      assert.equal(ing.published, date);
    });
  }

  const prefixes: [string, string, string, string | null][] = [
    ['WASHINGTON, July 3 (Xinhua) -- The U.S. said on Thursday it would act.', 'WASHINGTON, July 3 (Xinhua) --', 'The U.S. said on Thursday it would act.', null],
    ['Moskau. Russland hat am Montag neue Manöver angekündigt.', 'Moskau.', 'Russland hat am Montag neue Manöver angekündigt.', null],
    ['Washington, 04. Feb (Reuters) - Der Präsident hat neue Zölle verhängt.', 'Washington, 04. Feb (Reuters) -', 'Der Präsident hat neue Zölle verhängt.', null],
    ['LONDON — After nearly 20 years, the government changed course.', 'LONDON —', 'After nearly 20 years, the government changed course.', null],
    ['BERLIN (dpa) - Die Bundesregierung plant ein neues Gesetz.', 'BERLIN (dpa) -', 'Die Bundesregierung plant ein neues Gesetz.', null],
    ['KIEW/MOSKAU (dpa/AFP) - Die Kämpfe gehen weiter.', 'KIEW/MOSKAU (dpa/AFP) -', 'Die Kämpfe gehen weiter.', null],
    ['SAN FRANCISCO, July 3, 2025 (Reuters) - Apple said on Thursday it would invest.', 'SAN FRANCISCO, July 3, 2025 (Reuters) -', 'Apple said on Thursday it would invest.', '2025-07-03'],
    ['BEIRUT, Lebanon — Israeli jets struck targets overnight.', 'BEIRUT, Lebanon —', 'Israeli jets struck targets overnight.', null],
    ['Berlin/Moskau. Die Gespräche wurden vertagt.', 'Berlin/Moskau.', 'Die Gespräche wurden vertagt.', null],
    // agencies joined by the language's list conjunction (resources/*/ingestion.json listConjunctions)
    ['Bischkek (Reuters und AFP) - Die Grenze bleibt geschlossen.', 'Bischkek (Reuters und AFP) -', 'Die Grenze bleibt geschlossen.', null],
    ['Honiara (AP and Reuters) — The prime minister resigned.', 'Honiara (AP and Reuters) —', 'The prime minister resigned.', null],
  ];
  for (const [para, dateline, body, published] of prefixes) {
    it(`dateline prefix "${dateline}" is split from the body`, () => {
      const text = `Titel der Meldung\n${para}`;
      const ing = ingestPlainText(text);
      assert.deepEqual(ing.zones.slice(1).map((z) => [z.zone, text.slice(z.start, z.end)]), [
        ['dateline', dateline],
        ['body', body],
      ]);
      assert.equal(ing.published, published);
    });
  }

  it('a dateline on a line of its own (body on the next line), with an outlet not in the agency list', () => {
    const text = 'Titel der Meldung\nMANILA, March 10, 2026 (Example Wire) --\nThe two governments signed the pact on Tuesday.';
    const ing = ingestPlainText(text);
    assert.deepEqual(ing.zones.slice(1).map((z) => [z.zone, text.slice(z.start, z.end)]), [
      ['dateline', 'MANILA, March 10, 2026 (Example Wire) --'],
      ['body', 'The two governments signed the pact on Tuesday.'],
    ]);
    assert.equal(ing.published, '2026-03-10');
  });

  it('an unknown name in parentheses makes no dateline without a date or an all-caps place', () => {
    const text = 'Titel\nBerlin (Hauptstadt) - Die Regierung hat entschieden.';
    assert.deepEqual(zonesOf(text).slice(1).map((z) => z[0]), ['body']);
  });

  it('the dateline of the first body paragraph after a standfirst is found too', () => {
    const text = 'Titel\nEin Vorspann, der den Artikel zusammenfasst.\nBERLIN (dpa) - Die Regierung hat entschieden.';
    assert.deepEqual(zonesOf(text).map((z) => z[0]), ['title', 'body', 'dateline', 'body']);
  });

  const notDatelines = [
    'Trump — der Präsident hat sich geäußert.',
    'Dr. Müller sagte am Montag, es gebe keine Lösung.',
    'Nein. Das hat die Regierung nicht gesagt.',
    'CHINESE AGGRESSION: Manila accused Beijing of sideswiping a boat.',
    'Russland und Nordkorea rücken noch enger zusammen. Am Sonntag kam es zum Flug.',
    'Sudan (the country) - is one of the poorest countries.',
    'Die USA. Das ist ein Satz, der so beginnt.',
    'Am 3. Juli 2025 hat die Regierung entschieden.',
  ];
  for (const para of notDatelines) {
    it(`no dateline in "${para.slice(0, 40)}"`, () => {
      const text = `Titel\n${para}`;
      assert.deepEqual(zonesOf(text).slice(1), [['body', para]]);
    });
  }
});

describe('ingestPlainText: bylines and headings', () => {
  for (const line of ['Von Max Mustermann', 'By Jane Doe', 'Von Max Mustermann und Erika Musterfrau, Berlin', 'By Jane Doe and John van der Berg', 'Ein Kommentar von Anna Beispiel', 'Autorin: Erika Musterfrau']) {
    it(`byline "${line}"`, () => {
      const text = `Titel\n${line}\nDer Text beginnt hier mit einem Satz.`;
      assert.deepEqual(zonesOf(text)[1], ['byline', line]);
    });
  }
  for (const [line, date] of [['Daniel Brunner, Tunis 27.08.2025, 16.20 Uhr', '2025-08-27'], ['Jana Richter, Berlin, 09.04.2026', '2026-04-09']] as const) {
    it(`signed date line "${line}" is a byline and dates the article`, () => {
      const text = `Titel\n${line}\nDer Text beginnt hier mit einem Satz.`;
      assert.deepEqual(zonesOf(text)[1], ['byline', line]);
      assert.equal(ingestPlainText(text, 'de').published, date);
    });
  }
  for (const line of ['Von Montag an gilt das neue Gesetz.', 'By the way, this is a sentence.', 'Von Berlin nach Moskau', 'Angela Merkel, die frühere Kanzlerin, sprach 2015.', 'Olaf Scholz, Berlin']) {
    it(`not a byline: "${line}"`, () => {
      const text = `Titel\n${line}\nDer Text.`;
      assert.notEqual(zonesOf(text)[1]![0], 'byline');
    });
  }

  it('short lines without final punctuation stay headings', () => {
    const text = 'Titel\nErster Absatz mit Satz.\nNordkorea schickt Munition\nZweiter Absatz.';
    assert.deepEqual(zonesOf(text)[2], ['heading', 'Nordkorea schickt Munition']);
  });

  it('keeps the text exactly as given (offsets refer to it)', () => {
    const text = 'Titel\r\nBERLIN (dpa) - Die Regierung.\r\n';
    const ing = ingestPlainText(text);
    assert.equal(ing.text, text);
    for (const z of ing.zones) assert.equal(text.slice(z.start, z.end), text.slice(z.start, z.end).trim());
  });
});

describe('ingestPlainText: adversarial input stays fast', () => {
  const cases: [string, string][] = [
    ['one 2 MB line of capitalised words', 'Titel\n' + 'WASHINGTON '.repeat(200_000)],
    ['dashes and parentheses', 'Titel\n' + 'A (B (C - - - '.repeat(100_000)],
    ['a long date-like line', 'Titel\n' + '31. Juli 2025, '.repeat(100_000)],
    ['a long byline-like line', 'Titel\nVon ' + 'Max Mustermann und '.repeat(100_000)],
    ['many short lines', 'Titel\n' + 'Berlin.\n'.repeat(200_000)],
    ['periods', 'Titel\n' + 'Moskau. '.repeat(200_000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const t = performance.now();
      const ing = ingestPlainText(text, 'de');
      assert.ok(ing.zones.length >= 2);
      assert.ok(performance.now() - t < 2000, `took ${performance.now() - t} ms`);
    });
  }
});

describe('ingestPlainText: long input', () => {
  // (the speed target is `npm run bench`'s; this only guards against a quadratic blow-up, with a bound a loaded
  // machine meets by far: 360,000 words in 20 s is 18,000 words/s, a tenth of what a linear pass does)
  it('takes a 360,000-word text in one linear pass and keeps every paragraph', () => {
    const para = 'Die Außenminister der Ostseestaaten haben sich am Dienstag in Riga auf einen gemeinsamen Plan geeinigt, sagte ein Sprecher.\n';
    const text = 'Titel\nBERLIN (dpa) - ' + para.repeat(20_000);
    const t = performance.now();
    const out = ingestPlainText(text);
    assert.ok(performance.now() - t < 20_000, `took ${Math.round(performance.now() - t)} ms`);
    assert.equal(out.title, 'Titel');
    assert.equal(out.language, 'de');
    const last = out.zones.at(-1);
    assert.ok(last && last.end >= text.trimEnd().length, 'the zones reach the last paragraph');
  });
});
