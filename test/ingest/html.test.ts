import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { guardHtml } from '../../src/ingest/html-guard.js';
import { ingestHtml, type IngestedText } from '../../src/ingest/index.js';

const FIX = join('test', 'fixtures', 'ingest');
const page = (name: string, url: string | null = null): IngestedText => ingestHtml(readFileSync(join(FIX, name), 'utf8'), { url, name });
const zones = (ing: IngestedText): [string, string][] => ing.zones.map((z) => [z.zone, ing.text.slice(z.start, z.end)]);

function assertOffsets(ing: IngestedText): void {
  let prev = -1;
  for (const z of ing.zones) {
    assert.ok(z.start >= prev && z.start < z.end && z.end <= ing.text.length, `bad zone ${JSON.stringify(z)}`);
    assert.equal(ing.text.slice(z.start, z.end).trim(), ing.text.slice(z.start, z.end));
    prev = z.end;
  }
}

describe('ingestHtml: metadata sources', () => {
  it('article:published_time meta; og:title; German', () => {
    const ing = page('meta-published-time.html');
    assert.equal(ing.published, '2025-03-04');
    assert.equal(ing.title, 'Ostseestaaten wollen Unterseekabel besser schützen');
    assert.equal(ing.language, 'de');
    assert.equal(ing.format, 'html');
    assert.deepEqual(zones(ing).map((z) => z[0]), ['title', 'body', 'body', 'heading', 'body']);
    assert.equal(zones(ing)[3]![1], 'Kritik aus Moskau');
    assert.ok(!ing.text.includes('Start'), 'navigation must not leak');
    assert.ok(!ing.text.includes('©'), 'footer must not leak');
    assertOffsets(ing);
  });

  it('JSON-LD datePublished and publisher.name', () => {
    const ing = page('jsonld-date-published.html');
    assert.equal(ing.published, '2024-11-08');
    assert.equal(ing.source, 'Example Herald');
    assert.equal(ing.language, 'en');
    assertOffsets(ing);
  });

  it('JSON-LD @graph: the NewsArticle wins; a malformed JSON-LD block is ignored', () => {
    const ing = page('jsonld-graph.html');
    assert.equal(ing.published, '2024-11-09');
    assert.equal(ing.source, 'Example Herald');
    assert.equal(ing.title, 'Pacific states plan joint coast guard center');
  });

  it('<time datetime> inside the article (not the one in an aside)', () => {
    const ing = page('time-datetime.html');
    assert.equal(ing.published, '2025-03-05');
  });

  it('og:site_name outlet, canonical URL resolved against the page URL, agency dateline', () => {
    const ing = page('og-site-name.html', 'https://times.example/some/page?x=1');
    assert.equal(ing.source, 'The Example Times');
    assert.equal(ing.url, 'https://times.example/world/2024/11/10/coast-guard.html');
    assert.equal(ing.published, '2024-11-10');
    assert.deepEqual(zones(ing)[1], ['dateline', 'SUVA, Fiji (Reuters) -']);
    assert.equal(zones(ing)[2]![0], 'body');
  });

  it('a dated canonical URL is the last resort for the date', () => {
    const html = `<html><head><link rel="canonical" href="https://post.example/politics/2015/03/18/story.html"></head><body><article>${'<p>The prime minister won the election and will form a new coalition government in the coming weeks, officials said.</p>'.repeat(3)}</article></body></html>`;
    assert.equal(ingestHtml(html).published, '2015-03-18');
  });
});

describe('ingestHtml: bad and hostile pages', () => {
  it('a page with no article → INPUT_NO_ARTICLE naming it', () => {
    assert.throws(() => page('no-article.html'), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_NO_ARTICLE' && e.subject === 'no-article.html');
    assert.throws(() => ingestHtml('<html><body></body></html>', { name: 'x.html' }), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_NO_ARTICLE');
    assert.throws(() => ingestHtml('', { name: 'x.html' }), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_NO_ARTICLE');
  });

  it('malformed HTML: unclosed tags, stray end tags, broken attributes; entities decoded', () => {
    const ing = page('malformed.html');
    assert.ok(ing.text.includes('Die Außenminister der Ostseestaaten'));
    assert.ok(ing.text.includes('& Entitäten wie ä und ü sowie „Anführungszeichen“.'));
    assert.ok(!ing.text.includes('&amp;') && !ing.text.includes('<b>'));
    assertOffsets(ing);
  });

  it('hostile HTML: scripts, styles, iframes, svg, template, noscript and on* handlers never leak', () => {
    const ing = page('hostile.html');
    assert.ok(!ing.text.includes('LEAK'), ing.text);
    assert.ok(!ing.text.includes('alert'), ing.text);
    assert.ok(ing.text.includes('Ministers from five Pacific island states'));
    assert.ok(ing.text.includes('coast guard center & monitor'));
    assert.ok(ing.text.includes('Officials said the first patrols'));
  });

  it('100,000 nested divs: flattened, no crash, no hang, text kept', () => {
    const html = '<div>'.repeat(100_000) + '<p>Die Regierung hat am Montag ein neues Gesetz beschlossen, sagte ein Sprecher in Berlin.</p>' + '</div>'.repeat(100_000);
    const t = performance.now();
    const ing = ingestHtml(html, { name: 'deep.html' });
    assert.ok(performance.now() - t < 10_000, `took ${performance.now() - t} ms`);
    assert.ok(ing.text.includes('Die Regierung hat am Montag'));
    assert.ok(ing.warnings?.some((w) => /flattened/.test(w)));
  });

  it('deep nesting without end tags, and unterminated tags, do not hang', () => {
    for (const html of ['<span><b><i>'.repeat(30_000) + 'Der Text der Meldung ist hier, mit genug Wörtern für einen Artikel.', '<div class="' + 'x'.repeat(100_000), '<' + 'a'.repeat(100_000), '<!--' + '-'.repeat(100_000)]) {
      const t = performance.now();
      try {
        ingestHtml(html, { name: 'h.html' });
      } catch (e) {
        assert.ok(e instanceof LagebildError, String(e));
      }
      assert.ok(performance.now() - t < 10_000);
    }
  });

  it('too many elements → INPUT_TOO_LARGE before parsing', () => {
    const html = '<html><body>' + '<span>x</span>'.repeat(250_000) + '</body></html>';
    assert.throws(() => ingestHtml(html, { name: 'many.html' }), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_TOO_LARGE');
  });

  it('a fragment without <html> is wrapped and read', () => {
    const ing = ingestHtml('<h1>Titel der Meldung</h1><p>Die Regierung hat am Montag ein neues Gesetz beschlossen, sagte ein Sprecher.</p>');
    assert.equal(ing.title, 'Titel der Meldung');
    assert.ok(ing.text.includes('Die Regierung hat am Montag'));
  });
});

describe('guardHtml', () => {
  it('leaves ordinary pages untouched', () => {
    const html = readFileSync(join(FIX, 'meta-published-time.html'), 'utf8');
    const g = guardHtml(html);
    assert.equal(g.html, html);
    assert.equal(g.flattened, 0);
    assert.ok(g.hasHtml);
  });

  it('drops open and end tags beyond the depth limit, keeping text and balance', () => {
    const g = guardHtml('<div>'.repeat(10) + 'x' + '</div>'.repeat(10), 4);
    assert.equal(g.html, '<div>'.repeat(4) + 'x' + '</div>'.repeat(4));
    assert.equal(g.flattened, 6);
  });

  it('ignores tags inside scripts, comments and attribute values', () => {
    const g = guardHtml('<div title="<div><div>"><script>"<div><div><div>"</script><!-- <div><div> --></div>', 1);
    assert.equal(g.flattened, 0);
  });
});

describe('ingestHtml: very large pages', () => {
  it('above the Readability limit the <article> text is taken, with a warning, in reasonable time', () => {
    const html = '<html><body><nav>Menü Start Politik</nav><article>' + '<p>Die <b>Regierung</b> hat am Montag <i>entschieden</i>, sagte ein Sprecher.</p>'.repeat(8_000) + '</article></body></html>';
    const t = performance.now();
    const ing = ingestHtml(html, { name: 'big.html' });
    assert.ok(performance.now() - t < 20_000, `took ${performance.now() - t} ms`);
    assert.ok(ing.warnings?.some((w) => /extraction skipped/.test(w)));
    assert.ok(!ing.text.includes('Menü'));
    assert.equal(ing.zones.filter((z) => z.zone === 'body').length, 8_000);
  });
});
