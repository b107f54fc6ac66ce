import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DOMParser } from 'linkedom';
import { attr } from '../../src/net/feed.js';
import { contentHash, SqliteStore } from '../../src/store/index.js';
import { CSV_COLUMNS } from '../../src/store/export/index.js';
import { englishReport, entity, event, germanReport, laterConflict, outDoc } from '../store/fixtures.js';
import { cli } from './store-helpers.js';

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF) — independent of the exporter's code. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

interface XEl { getAttribute(n: string): string | null; textContent: string | null; querySelectorAll(s: string): ArrayLike<XEl>; localName: string }
function xml(s: string): XEl {
  const doc = new DOMParser().parseFromString(s, 'text/xml') as unknown as { documentElement: XEl | null };
  assert.ok(doc.documentElement, 'well-formed XML');
  return doc.documentElement;
}

describe('lagebild export', () => {
  let dir: string;
  let data: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
    data = join(dir, 'data');
    const s = SqliteStore.open({ dataDir: data });
    // an actor whose name needs escaping in XML and CSV
    const t = 'Streit um "Zölle" & Quoten\nDie Firma <Acme & Söhne>, "Nord" warf der EU am 3. März Wortbruch vor, sagte ein Sprecher.';
    const tricky = outDoc('tricky', 'de', '2025-03-04', t, {
      entities: [entity(t, 'acme', 'ORG', 'Acme & Söhne <"Nord">', ['Acme & Söhne']), entity(t, 'eu', 'ORG', 'European Union', ['EU'])],
      events: [event(t, 'ACCUSE', 'acme', 'eu', '2025-03-03', 'Die Firma <Acme & Söhne>, "Nord" warf der EU am 3. März Wortbruch vor', 'warf', -2, 'verbal-conflict')],
    });
    for (const d of [germanReport(), englishReport(), laterConflict(), tricky]) {
      await s.putDocument({ doc: d, contentHash: contentHash(d.text), address: `/in/${d.id}.txt`, fetchedAt: '2025-08-01T00:00:00Z' });
    }
    await s.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('CSV parses back with the documented columns, one row per event', async () => {
    const out = join(dir, 'events.csv');
    const r = await cli(['export', '--format', 'csv', '--out', out, '--data', data]);
    assert.equal(r.code, 0, r.err);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const body = rows.slice(1);
    assert.equal(body.length, 4, 'AID, SUPPORT, ACCUSE ×2 (the German/English reports merged)');
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const aid = body.find((r) => r[col('PloverType')] === 'AID')!;
    assert.equal(aid[col('NumArticles')], '2');
    assert.equal(aid[col('Day')], '20250727');
    assert.equal(aid[col('QuadClass')], '2');
    assert.equal(aid[col('Actor1Code')], 'north-korea');
    const acc = body.find((r) => r[col('Actor1Code')] === 'acme')!;
    assert.equal(acc[col('Actor1Name')], 'Acme & Söhne <"Nord">');
    assert.equal(acc[col('Evidence')], 'Die Firma <Acme & Söhne>, "Nord" warf der EU am 3. März Wortbruch vor');
    assert.ok(body.every((r) => r.length === CSV_COLUMNS.length));
  });

  it('GEXF and GraphML are well-formed with the expected nodes and edges', async () => {
    for (const format of ['gexf', 'graphml']) {
      const r = await cli(['export', '--format', format, '--data', data]);
      assert.equal(r.code, 0, r.err);
      const root = xml(r.out);
      assert.equal(root.localName, format);
      const nodes = Array.from(root.querySelectorAll('node'));
      const edges = Array.from(root.querySelectorAll('edge'));
      const ids = nodes.map((n) => attr(n, 'id')).sort();
      assert.deepEqual(ids, ['acme', 'eu', 'north-korea', 'russia', 'sergey-lavrov']);
      const pairs = edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')].sort().join('|')).sort();
      assert.deepEqual(pairs, ['acme|eu', 'north-korea|russia', 'north-korea|sergey-lavrov']);
      const acme = nodes.find((n) => n.getAttribute('id') === 'acme')!;
      const label = format === 'gexf' ? attr(acme, 'label') : Array.from(acme.querySelectorAll('data')).find((d) => d.getAttribute('key') === 'label')?.textContent;
      assert.equal(label, 'Acme & Söhne <"Nord">', 'escaped and read back intact');
      const nkRu = edges.find((e) => [e.getAttribute('source'), e.getAttribute('target')].sort().join('|') === 'north-korea|russia')!;
      if (format === 'gexf') assert.equal(nkRu.getAttribute('weight'), '2');
    }
  });

  it('JSON Lines holds every layer; JSON-LD uses schema.org types', async () => {
    const r = await cli(['export', '--format', 'jsonl', '--data', data]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { layer: string });
    const kinds = new Set(lines.map((l) => l.layer));
    assert.deepEqual([...kinds], ['document', 'entity', 'mention', 'time', 'quote', 'event']);
    assert.equal(lines.filter((l) => l.layer === 'document').length, 4);
    const ld = JSON.parse((await cli(['export', '--format', 'jsonld', '--data', data])).out) as { '@context': unknown; '@graph': { '@type': string; name?: string }[] };
    const types = new Set(ld['@graph'].map((n) => n['@type']));
    for (const t of ['NewsArticle', 'Person', 'AdministrativeArea', 'Organization', 'Quotation', 'Event']) assert.ok(types.has(t), t);
    assert.equal((await cli(['export', '--data', data])).code, 2, '--format is required');
  });

  it('relations and entity queries answer on the command line', async () => {
    const rel = await cli(['relations', 'Nordkorea', 'Russia', '--by', 'month', '--data', data]);
    assert.equal(rel.code, 0, rel.err);
    assert.match(rel.out, /2025-07 .*coop\s+7\.4/);
    const j = JSON.parse((await cli(['relations', 'Pjöngjang', 'Moskau', '--by', 'week', '--json', '--data', data])).out) as { points: { period: string; eventIds: number[] }[] };
    assert.equal(j.points[0]?.period, '2025-W30');
    const ent = await cli(['entity', 'Sergej', 'Lawrow', '--data', data]);
    assert.match(ent.out, /Sergey Lavrov \[sergey-lavrov\] PER/);
    assert.match(ent.out, /Außenminister/);
    const ev = await cli(['events', '--actor', 'North Korea', '--type', 'AID', '--json', '--data', data]);
    assert.equal((JSON.parse(ev.out) as { total: number }).total, 1);
    const q = await cli(['quotes', '--speaker', 'Kim Jong Un', '--data', data]);
    assert.match(q.out, /Wir stehen fest/);
    const es = await cli(['entities', '--type', 'PER', '--data', data]);
    assert.match(es.out, /Sergey Lavrov/);
  });
});
