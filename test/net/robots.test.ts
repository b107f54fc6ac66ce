import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { MAX_CRAWL_DELAY_S, ROBOTS_AGENT, RobotsPolicy } from '../../src/net/robots.js';
import { closedPort, startServer, type Route } from './server.js';

const isRobotsError = (e: unknown, why: RegExp): boolean => e instanceof LagebildError && e.code === 'ROBOTS_DISALLOWED' && why.test(e.message);

describe('robots.txt (RFC 9309)', () => {
  const routes = new Map<string, Route>();
  let srv: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    srv = await startServer(routes);
  });
  after(() => srv.close());

  it('allows everything when the site has no robots.txt (404)', async () => {
    routes.delete('/robots.txt');
    await new RobotsPolicy().admit(`${srv.base}/any/page.html`);
  });

  it("honours the group for lagebild's product token over the * group, with Allow beating a shorter Disallow", async () => {
    assert.equal(ROBOTS_AGENT, 'lagebild');
    routes.set('/robots.txt', {
      type: 'text/plain',
      body: ['User-agent: *', 'Disallow: /', '', 'User-agent: lagebild', 'Disallow: /intern/', 'Allow: /intern/presse/', 'Disallow: /*.pdf$'].join('\n'),
    });
    const robots = new RobotsPolicy();
    await robots.admit(`${srv.base}/politik/artikel-1.html`);
    await robots.admit(`${srv.base}/intern/presse/mitteilung.html`);
    await assert.rejects(robots.admit(`${srv.base}/intern/notiz.html`), (e) => isRobotsError(e, /does not allow lagebild/));
    await assert.rejects(robots.admit(`${srv.base}/dokument.pdf`), (e) => isRobotsError(e, /robots\.txt/));
    await robots.admit(`${srv.base}/dokument.pdf?seite=2`);
  });

  it('falls back to the * group and names the page in the error', async () => {
    routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /archiv/\n' });
    const url = `${srv.base}/archiv/2019/text.html`;
    await assert.rejects(new RobotsPolicy().admit(url), (e) => isRobotsError(e, /ignore-robots/) && (e as LagebildError).subject === url);
  });

  it('reads robots.txt once per site and run', async () => {
    routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nAllow: /\n' });
    const before = srv.hits.filter((h) => h === '/robots.txt').length;
    const robots = new RobotsPolicy();
    await Promise.all([robots.admit(`${srv.base}/a`), robots.admit(`${srv.base}/b`)]);
    await robots.admit(`${srv.base}/c`);
    assert.equal(srv.hits.filter((h) => h === '/robots.txt').length - before, 1);
  });

  it('treats a server error as "unreachable": nothing may be fetched', async () => {
    routes.set('/robots.txt', { status: 503, type: 'text/plain', body: 'down' });
    await assert.rejects(new RobotsPolicy().admit(`${srv.base}/seite`), (e) => isRobotsError(e, /unreachable \(HTTP 503\)/));
  });

  it('treats a client error other than 404 as "unavailable": everything may be fetched', async () => {
    routes.set('/robots.txt', { status: 403, type: 'text/plain', body: 'forbidden' });
    await new RobotsPolicy().admit(`${srv.base}/seite`);
  });

  it('reports a host that does not answer as the network error, named by the page', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/seite`;
    await assert.rejects(new RobotsPolicy().admit(url), (e) => e instanceof LagebildError && e.code === 'NETWORK' && /connection refused/.test(e.message) && e.subject === url);
  });

  it("waits out the site's Crawl-delay between two requests, capped", async () => {
    let clock = 1_000_000;
    const waits: number[] = [];
    const fake = { now: () => clock, sleep: async (ms: number) => { waits.push(ms); clock += ms; } };
    routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nCrawl-delay: 2\n' });
    const robots = new RobotsPolicy(fake);
    await robots.admit(`${srv.base}/1`);
    clock += 500;
    await robots.admit(`${srv.base}/2`);
    clock += 5000;
    await robots.admit(`${srv.base}/3`);
    assert.deepEqual(waits, [1500]);

    routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nCrawl-delay: 86400\n' });
    const slow = new RobotsPolicy(fake);
    waits.length = 0;
    await slow.admit(`${srv.base}/1`);
    await slow.admit(`${srv.base}/2`);
    assert.deepEqual(waits, [MAX_CRAWL_DELAY_S * 1000]);
  });

  it('survives hostile robots.txt: long wildcard runs and garbage lines', async () => {
    routes.set('/robots.txt', { type: 'text/plain', body: `User-agent: *\n${'Disallow: /' + '*a'.repeat(2000) + 'b\n'}\u0000\u00ff garbage\nDisallow /no-colon\n` });
    const t0 = Date.now();
    await new RobotsPolicy().admit(`${srv.base}/${'a'.repeat(5000)}`);
    assert.ok(Date.now() - t0 < 5000);
  });
});
