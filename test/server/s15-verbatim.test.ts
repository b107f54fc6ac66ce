/**
 * The HTTP API serves a quote's verbatim passages (the speaker's own wording inside a reported
 * clause) as the store keeps them: GET /api/quotes and the entity detail's quotesBy carry them,
 * and a direct quote's list is empty.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as A from '../../src/api/index.js';
import type { RunningServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { ARTICLES, buildDoc } from './fixtures.js';
import { fakeWebRoot, getJson, start, tempDir } from './helpers.js';

const REPORTED = 'Lawrow sagte, man sei zu „Verbündeten“ geworden.';
const WORD = 'Verbündeten';

describe('HTTP API: verbatim passages of quotes', () => {
  let store: Store;
  let dir = '';
  let server: RunningServer;

  before(async () => {
    dir = tempDir('lagebild-api-verbatim-');
    store = await openStore({ dataDir: join(dir, 'data') });
    const base = ARTICLES[0]!;
    const doc = buildDoc({ ...base, id: 'de-verbatim', body: [...base.body, REPORTED] });
    const s = doc.text.indexOf('man sei');
    const e = doc.text.indexOf(' geworden') + ' geworden'.length;
    const w = doc.text.indexOf(WORD);
    const indirect = {
      ...doc.quotes[0]!, kind: 'indirect' as const, text: doc.text.slice(s, e), start: s, end: e, sentence: doc.sentences.length - 1,
      verbatim: [{ start: w, end: w + WORD.length, text: WORD }],
    };
    await store.putDocument({ doc: { ...doc, quotes: [...doc.quotes, indirect] }, contentHash: 'verbatim-fixture', address: null, fetchedAt: '2025-07-28T00:00:00Z' });
    server = await start({ store, webRoot: fakeWebRoot(dir) });
  });
  after(async () => {
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('GET /api/quotes gives each quote its passages, offsets into the document text', async () => {
    const r = await getJson(server, '/api/quotes');
    assert.equal(r.status, 200);
    const page = A.pageD(A.quoteItemD)(r.json);
    const reported = page.items.find((q) => q.kind === 'indirect');
    assert.ok(reported, 'the indirect quote is listed');
    assert.deepEqual(reported.verbatim?.map((v) => v.text), [WORD]);
    const direct = page.items.find((q) => q.kind === 'direct');
    assert.deepEqual(direct?.verbatim, [], 'a direct quote has no separate passages');
    const d = await getJson(server, `/api/documents/${reported.doc.id}`);
    const text = (d.json as { doc: { text: string } }).doc.text;
    for (const v of reported.verbatim ?? []) assert.equal(text.slice(v.start, v.end), v.text);
  });

  it("the entity detail's quotesBy carries them too", async () => {
    const r = await getJson(server, '/api/entities/sergey-lavrov');
    assert.equal(r.status, 200);
    const e = A.entityDetailD(r.json);
    assert.ok(e.quotesBy.some((q) => q.verbatim?.some((v) => v.text === WORD)));
  });
});
