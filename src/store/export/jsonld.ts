/**
 * JSON-LD with schema.org types where they fit: articles are NewsArticle, people Person,
 * organisations Organization, states and cities AdministrativeArea, other places Place,
 * facilities CivicStructure, the rest Thing; quotes are Quotation (creator = speaker); events are
 * Event with their reports as `subjectOf`. What schema.org has no term for (PLOVER type, source
 * and target, weight, modality) uses the `lb:` vocabulary.
 */
import type { EntityType } from '../../doc/types.js';
import type { Store } from '../types.js';
import type { Sink } from './sink.js';

const TYPE: Readonly<Record<EntityType, string>> = {
  PER: 'Person', ORG: 'Organization', GPE: 'AdministrativeArea', LOC: 'Place', FAC: 'CivicStructure', MISC: 'Thing',
};

const ent = (id: string): string => `lb:entity/${encodeURIComponent(id)}`;
const doc = (id: string): string => `lb:document/${encodeURIComponent(id)}`;

/** Writes the store as one JSON-LD document; returns the number of graph nodes. */
export async function exportJsonld(store: Store, out: Sink): Promise<number> {
  await out.write('{\n "@context": {"@vocab": "https://schema.org/", "lb": "https://github.com/lagebild/vocab#"},\n "@graph": [\n');
  let n = 0;
  const node = async (v: object): Promise<void> => {
    await out.write((n++ ? ',\n' : '') + '  ' + JSON.stringify(v));
  };
  for await (const d of store.exportDocuments()) {
    await node({
      '@id': doc(d.id), '@type': 'NewsArticle', headline: d.title, datePublished: d.published, inLanguage: d.language,
      ...(d.address && /^https?:/.test(d.address) ? { url: d.address } : {}), ...(d.source ? { publisher: { '@type': 'Organization', name: d.source } } : {}),
      identifier: d.id, text: d.doc.text,
      mentions: d.doc.entities.map((e) => ({ '@id': ent(e.id) })),
    });
  }
  for await (const e of store.exportEntities()) {
    await node({
      '@id': ent(e.id), '@type': TYPE[e.type], name: e.name, identifier: e.id,
      alternateName: e.aliasRecords.map((a) => a.text), description: e.descriptions.map((a) => a.text),
      ...(e.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${e.wikidata}` } : {}),
      ...(e.roles.length ? { 'lb:role': e.roles.map((r) => ({ 'lb:title': r.role, 'lb:of': r.of, startDate: r.from, endDate: r.to })) } : {}),
    });
  }
  for await (const q of store.exportQuotes()) {
    await node({
      '@id': `lb:quote/${q.id}`, '@type': 'Quotation', text: q.text, ...(q.speaker ? { creator: { '@id': ent(q.speaker.id) } } : {}),
      ...(q.addressee ? { 'lb:addressee': { '@id': ent(q.addressee.id) } } : {}), isPartOf: { '@id': doc(q.doc.id) }, 'lb:kind': q.kind,
      ...(q.date ? { dateCreated: q.date } : {}),
    });
  }
  for await (const e of store.exportEvents()) {
    await node({
      '@id': `lb:event/${e.id}`, '@type': 'Event', name: `${e.type}: ${e.source?.name ?? '?'} → ${e.target?.name ?? '—'}`,
      // schema.org dates are ISO 8601; TIMEX3 weeks, seasons or decades stay in lb:timex only
      ...(e.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date) ? { startDate: e.date } : {}), 'lb:timex': e.date, 'lb:day': e.day, 'lb:ploverType': e.type, 'lb:cameo': e.cameo, 'lb:quadClass': e.quad,
      'lb:weight': e.weight, 'lb:modality': e.modality,
      ...(e.source ? { 'lb:source': { '@id': ent(e.source.id) } } : {}), ...(e.target ? { 'lb:target': { '@id': ent(e.target.id) } } : {}),
      subjectOf: e.reports.map((r) => ({ '@id': doc(r.doc.id) })),
      'lb:evidence': e.reports.map((r) => ({ 'lb:document': { '@id': doc(r.doc.id) }, text: r.evidence, 'lb:start': r.start, 'lb:end': r.end })),
    });
  }
  await out.write('\n ]\n}\n');
  return n;
}
