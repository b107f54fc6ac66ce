import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isPartialDate, parseEntitiesQuery, parseEventsQuery, parseIngestRequest, parseNetworkQuery, parseRelationsQuery,
  parseSearchQuery, toQueryString, MAX_LIMIT,
} from '../../src/api/index.js';
import { LagebildError } from '../../src/errors.js';

const sp = (s: string): URLSearchParams => new URLSearchParams(s);

function usage(f: () => unknown, re: RegExp): void {
  assert.throws(f, (e: unknown) => e instanceof LagebildError && e.code === 'USAGE' && re.test(e.message));
}

describe('api query parsers', () => {
  it('applies paging defaults and bounds', () => {
    assert.deepEqual(parseEntitiesQuery(sp('')), { limit: 50, offset: 0 });
    assert.deepEqual(parseEntitiesQuery(sp('limit=10&offset=20&type=per&q=Lawrow')), { limit: 10, offset: 20, type: 'PER', q: 'Lawrow' });
    usage(() => parseEntitiesQuery(sp('limit=0')), /limit/);
    usage(() => parseEntitiesQuery(sp(`limit=${MAX_LIMIT + 1}`)), /between 1 and 500/);
    usage(() => parseEntitiesQuery(sp('offset=-1')), /whole number/);
    usage(() => parseEntitiesQuery(sp('limit=1e3')), /whole number/);
  });

  it('rejects unknown, repeated and malformed parameters with a clear message', () => {
    usage(() => parseEntitiesQuery(sp('tpye=PER')), /unknown parameter 'tpye'/);
    usage(() => parseEntitiesQuery(sp('type=PER&type=ORG')), /given 2 times/);
    usage(() => parseEntitiesQuery(sp('type=PERSON')), /one of PER, ORG/);
    usage(() => parseEntitiesQuery(sp(`q=${'x'.repeat(201)}`)), /longer than 200/);
  });

  it('parses event filters and checks dates', () => {
    assert.deepEqual(parseEventsQuery(sp('actor=Russland&type=threaten&from=2025-07&to=2025-07-31&modality=asserted&doc=d1')), {
      limit: 50, offset: 0, actor: 'Russland', type: 'THREATEN', from: '2025-07', to: '2025-07-31', modality: 'asserted', doc: 'd1',
    });
    usage(() => parseEventsQuery(sp('from=2025-02-30')), /date/);
    usage(() => parseEventsQuery(sp('from=yesterday')), /date/);
    usage(() => parseEventsQuery(sp('from=2025-08&to=2025-07-31')), /after/);
    assert.equal(parseEventsQuery(sp('from=2025-07&to=2025')).to, '2025');
    assert.ok(isPartialDate('2024-02-29'));
    assert.ok(!isPartialDate('2025-02-29'));
  });

  it('needs both actors for relations and a query for search', () => {
    assert.deepEqual(parseRelationsQuery(sp('a=x&b=y')), { a: 'x', b: 'y', by: 'month' });
    usage(() => parseRelationsQuery(sp('a=x')), /'b' is required/);
    usage(() => parseRelationsQuery(sp('a=x&b=y&by=year')), /by/);
    usage(() => parseSearchQuery(sp('q=%20')), /'q' is required/);
    assert.deepEqual(parseNetworkQuery(sp('type=AGREE')), { type: 'AGREE', limit: 200 });
  });

  it('serialises queries for the UI', () => {
    assert.equal(toQueryString({ a: 'Russland', b: undefined, c: '', limit: 5 }), '?a=Russland&limit=5');
    assert.equal(toQueryString({}), '');
  });
});

describe('api ingest body', () => {
  it('accepts text or URL with overrides', () => {
    assert.deepEqual(parseIngestRequest({ text: 'Hallo', lang: 'de', published: '2025-07-01', id: 'a-1' }), {
      kind: 'text', text: 'Hallo', lang: 'de', published: '2025-07-01', id: 'a-1',
    });
    assert.deepEqual(parseIngestRequest({ url: 'https://example.org/a' }), { kind: 'url', url: 'https://example.org/a' });
  });

  it('rejects bad bodies', () => {
    usage(() => parseIngestRequest([]), /JSON object/);
    usage(() => parseIngestRequest({}), /exactly one/);
    usage(() => parseIngestRequest({ text: 'a', url: 'https://x.org' }), /exactly one/);
    usage(() => parseIngestRequest({ text: '  ' }), /non-empty/);
    usage(() => parseIngestRequest({ url: 'file:///etc/passwd' }), /http or https/);
    usage(() => parseIngestRequest({ url: 'not a url' }), /valid URL/);
    usage(() => parseIngestRequest({ text: 'a', id: '../x' }), /'id'/);
    usage(() => parseIngestRequest({ text: 'a', lang: 'fr' }), /'lang'/);
    usage(() => parseIngestRequest({ text: 'a', extra: 1 }), /unknown field/);
  });
});
