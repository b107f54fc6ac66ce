import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { ingestMarkdown } from '../../src/ingest/index.js';
import { stripInline } from '../../src/ingest/md-inline.js';

describe('ingestMarkdown', () => {
  const md = [
    '---',
    'title: "Ostseestaaten schützen Kabel"',
    'date: 2025-03-04T09:15:00+01:00',
    'source: Beispielzeitung',
    'lang: de',
    'url: https://zeitung.example/kabel',
    '---',
    '# Ostseestaaten schützen Kabel',
    '',
    'Von Erika Musterfrau',
    '',
    'RIGA (dpa) - Die Außenminister haben sich **am Dienstag** auf einen',
    'gemeinsamen [Plan](https://example.org/plan "Plan") geeinigt.',
    '',
    '## Kritik aus Moskau',
    '',
    '- Russland weist *jede* Verantwortung zurück.',
    '- Die EU erwägt `neue` Sanktionen.',
    '',
    '> „Wir lassen uns nicht einschüchtern“, sagte die Ministerin.',
    '',
    '```',
    'code that is not prose',
    '```',
    '',
    '![Foto](bild.jpg)',
    '',
    '| Land | Kabel |',
    '|---|---|',
    '| Lettland | 3 |',
    '',
    '[ref]: https://example.org',
  ].join('\n');

  it('reads front matter and produces plain text with zones', () => {
    const ing = ingestMarkdown(md, { name: 'a.md' });
    assert.equal(ing.title, 'Ostseestaaten schützen Kabel');
    assert.equal(ing.published, '2025-03-04');
    assert.equal(ing.source, 'Beispielzeitung');
    assert.equal(ing.language, 'de');
    assert.equal(ing.url, 'https://zeitung.example/kabel');
    assert.equal(ing.format, 'markdown');
    assert.deepEqual(ing.zones.map((z) => [z.zone, ing.text.slice(z.start, z.end)]), [
      ['title', 'Ostseestaaten schützen Kabel'],
      ['byline', 'Von Erika Musterfrau'],
      ['dateline', 'RIGA (dpa) -'],
      ['body', 'Die Außenminister haben sich am Dienstag auf einen gemeinsamen Plan geeinigt.'],
      ['heading', 'Kritik aus Moskau'],
      ['body', 'Russland weist jede Verantwortung zurück.'],
      ['body', 'Die EU erwägt neue Sanktionen.'],
      ['body', '„Wir lassen uns nicht einschüchtern“, sagte die Ministerin.'],
      ['body', 'Land | Kabel'],
      ['body', 'Lettland | 3'],
    ]);
    assert.ok(!ing.text.includes('code that is not prose'));
    assert.ok(!/[*`#[\]]/.test(ing.text));
  });

  it('without front matter: the first heading is the title; a date line is a dateline', () => {
    const ing = ingestMarkdown('# UN debattiert Venezuela\n\n6. Januar 2026\n\nMehrere Länder verurteilten den Einsatz.');
    assert.equal(ing.title, 'UN debattiert Venezuela');
    assert.equal(ing.published, '2026-01-06');
    assert.deepEqual(ing.zones.map((z) => z.zone), ['title', 'dateline', 'body']);
  });

  it('setext headings', () => {
    const ing = ingestMarkdown('Titel\n=====\n\nAbsatz eins ist hier.\n\nZwischentitel\n---\n\nAbsatz zwei.');
    assert.deepEqual(ing.zones.map((z) => [z.zone, ing.text.slice(z.start, z.end)]), [
      ['title', 'Titel'],
      ['body', 'Absatz eins ist hier.'],
      ['heading', 'Zwischentitel'],
      ['body', 'Absatz zwei.'],
    ]);
  });

  it('a declared language other than German or English is unknown', () => {
    assert.equal(ingestMarkdown('---\nlang: fr\n---\nThe text is English here, but declared French.').language, 'unknown');
    assert.equal(ingestMarkdown('---\nlanguage: en-GB\n---\nTitle\n\nText.').language, 'en');
  });

  it('malformed front matter → INPUT_MALFORMED; front matter only → INPUT_EMPTY', () => {
    assert.throws(() => ingestMarkdown('---\ntitle: [unclosed\n---\nText', { name: 'bad.md' }), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_MALFORMED' && e.subject === 'bad.md');
    assert.throws(() => ingestMarkdown('---\ntitle: x\n---\n', { name: 'empty.md' }), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_EMPTY');
  });

  it('a "---" without a closing line is a rule, not front matter', () => {
    const ing = ingestMarkdown('---\nTitel\n\nText des Artikels.');
    assert.equal(ing.title, 'Titel');
  });
});

describe('stripInline', () => {
  const cases: [string, string][] = [
    ['**fett** und *kursiv* und _auch_ und ~~weg~~', 'fett und kursiv und auch und weg'],
    ['snake_case_name bleibt', 'snake_case_name bleibt'],
    ['2 * 3 = 6', '2 * 3 = 6'],
    ['[Link](http://a.example/x_(y)) und [Ref][r]', 'Link und Ref'],
    ['Bild ![alt](x.png) weg', 'Bild  weg'],
    ['`code` und <b>html</b> und <https://a.example>', 'code und html und https://a.example'],
    ['\\*kein\\* Fettdruck &amp; &#228; &bdquo;x&ldquo;', '*kein* Fettdruck & ä „x“'],
    ['Fußnote[^1] hier', 'Fußnote hier'],
    ['**unclosed bold', '**unclosed bold'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(stripInline(input), expected));

  it('stays fast on pathological lines', () => {
    for (const line of ['['.repeat(100_000), '<'.repeat(100_000), '`'.repeat(50_000) + 'x', '*a '.repeat(50_000), '&'.repeat(100_000), '[x]('.repeat(30_000)]) {
      const t = performance.now();
      stripInline(line);
      // (a bound a busy machine meets by far — these take under half a second unloaded — that a quadratic or
      // backtracking pass over 100,000 characters cannot)
      assert.ok(performance.now() - t < 20_000, `${line.slice(0, 5)}… took ${performance.now() - t} ms`);
    }
  });
});

describe('ingestMarkdown: adversarial input stays fast', () => {
  const cases: [string, string][] = [
    ['100,000 nested quote markers', 'Titel\n\n' + '>'.repeat(100_000) + ' Text.'],
    ['100,000 list items', 'Titel\n\n' + '- Punkt mit Text\n'.repeat(100_000)],
    ['a 1 MB paragraph of emphasis', 'Titel\n\n' + '**fett** _x_ '.repeat(80_000)],
    ['an unclosed fence', 'Titel\n\n```\n' + 'code\n'.repeat(100_000)],
    ['hashes and spaces', 'Titel\n\n# ' + ' '.repeat(100_000) + 'x'],
  ];
  for (const [name, md] of cases) {
    it(name, () => {
      const t = performance.now();
      ingestMarkdown(md);
      assert.ok(performance.now() - t < 20_000, `took ${performance.now() - t} ms`); // (see "pathological lines")
    });
  }
});
