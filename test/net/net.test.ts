import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { feedDate, looksLikeFeed, parseFeed } from '../../src/net/feed.js';
import { fetchText, USER_AGENT } from '../../src/net/fetch.js';
import { formatFor, urlDocId } from '../../src/net/page.js';
import { closedPort, startServer, type Route } from './server.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Testfeed &amp; mehr</title>
<item><title>Erster Artikel</title><link>/a1.html</link><pubDate>Mon, 28 Jul 2025 10:00:00 +0000</pubDate><description>&lt;p&gt;Kurz &amp;amp; knapp&lt;/p&gt;</description></item>
<item><title>Ohne Link</title></item>
<item><title>Per GUID</title><guid isPermaLink="true">https://example.org/guid-link</guid></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-Test</title>
<entry><title>Eintrag</title><link rel="alternate" href="/e2.html?a=1&amp;b=2"/></entry>
<entry><title>Eintrag</title><link rel="enclosure" href="/x.mp3"/><link rel="alternate" href="/e1.html"/><published>2025-07-29T06:00:00Z</published><summary>S</summary></entry>
</feed>`;

describe('feed parsing', () => {
  it('reads RSS items with absolute links, dates and plain summaries', () => {
    const f = parseFeed(RSS, 'http://127.0.0.1:9/feed.xml');
    assert.ok(f);
    assert.equal(f.kind, 'rss');
    assert.equal(f.title, 'Testfeed & mehr');
    assert.deepEqual(f.items.map((i) => i.link), ['http://127.0.0.1:9/a1.html', 'https://example.org/guid-link']);
    assert.equal(f.items[0]?.published, '2025-07-28');
    assert.equal(f.items[0]?.summary, 'Kurz & knapp');
  });
  it('reads Atom entries through their alternate link', () => {
    const f = parseFeed(ATOM, 'http://127.0.0.1:9/atom');
    assert.equal(f?.kind, 'atom');
    assert.deepEqual(f?.items.map((i) => [i.link, i.published]), [['http://127.0.0.1:9/e2.html?a=1&b=2', null], ['http://127.0.0.1:9/e1.html', '2025-07-29']]);
  });
  it('says null for HTML and garbage, and recognises feeds cheaply', () => {
    assert.equal(parseFeed('<html><body><p>x</p></body></html>', 'http://a/'), null);
    assert.equal(parseFeed('<<< not xml', 'http://a/'), null);
    assert.equal(looksLikeFeed('application/rss+xml', ''), true);
    assert.equal(looksLikeFeed('text/html', RSS), false);
    assert.equal(looksLikeFeed('application/xml', ATOM), true);
    assert.equal(feedDate('garbage'), null);
  });
  it('names URL documents and maps media types', () => {
    assert.match(urlDocId('https://example.org/politik/nordkorea-schickt-truppen.html'), /^nordkorea-schickt-truppen-[0-9a-f]{8}$/);
    assert.notEqual(urlDocId('https://a.org/x'), urlDocId('https://b.org/x'));
    assert.equal(formatFor('text/html'), 'html');
    assert.equal(formatFor('text/plain'), 'text');
    assert.equal(formatFor(''), undefined);
    assert.equal(formatFor('image/png'), null);
  });
});

describe('fetching', () => {
  const routes = new Map<string, Route>([
    ['/page', { type: 'text/html; charset=utf-8', body: '<p>Grüße</p>' }],
    ['/big', { type: 'text/html', body: 'x'.repeat(5000) }],
    ['/endless', { type: 'text/html', body: '', endless: true }],
    ['/slow', { type: 'text/html', body: 'late', delayMs: 3000 }],
    ['/gone', { status: 500, type: 'text/plain', body: 'boom' }],
  ]);
  let srv: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    srv = await startServer(routes);
  });
  after(() => srv.close());

  it('fetches and decodes a page with a robots-friendly User-Agent', async () => {
    const r = await fetchText(`${srv.base}/page`);
    assert.equal(r.body, '<p>Grüße</p>');
    assert.equal(r.mediaType, 'text/html');
    assert.equal(srv.userAgents.at(-1), USER_AGENT);
  });
  it('refuses oversized responses, by header and while streaming', async () => {
    await assert.rejects(fetchText(`${srv.base}/big`, { maxBytes: 1000 }), (e: LagebildError) => e.code === 'INPUT_TOO_LARGE' && /5000 bytes/.test(e.message));
    await assert.rejects(fetchText(`${srv.base}/endless`, { maxBytes: 200_000 }), (e: LagebildError) => e.code === 'INPUT_TOO_LARGE');
  });
  it('gives a clear error for an unreachable host, a timeout and an HTTP error', async () => {
    const port = await closedPort();
    await assert.rejects(fetchText(`http://127.0.0.1:${port}/x`), (e: LagebildError) => e.code === 'NETWORK' && /connection refused/.test(e.message) && e.subject === `http://127.0.0.1:${port}/x`);
    await assert.rejects(fetchText(`${srv.base}/slow`, { timeoutMs: 200 }), (e: LagebildError) => e.code === 'TIMEOUT');
    await assert.rejects(fetchText(`${srv.base}/gone`), (e: LagebildError) => e.code === 'NETWORK' && /HTTP 500/.test(e.message));
    await assert.rejects(fetchText(`${srv.base}/missing`), (e: LagebildError) => e.code === 'NOT_FOUND');
    await assert.rejects(fetchText('ftp://example.org/x'), (e: LagebildError) => e.code === 'USAGE');
  });
});
