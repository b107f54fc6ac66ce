import type { Entity, EntityType, Mention } from '../../doc/types.js';
import { sharedKnowledgeBase, type KnowledgeBase } from '../../kb/knowledge-base.js';
import { entityIdFor, kebab, normaliseName } from '../../kb/normalise.js';
import type { KbEntity } from '../../kb/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { loadNerLexicon } from '../ner/model.js';
import { calendarWords, type NounCues } from '../ner/noun.js';
import { loadCalendar } from '../../resources/calendar.js';
import { loadSegmentLexicon } from '../segment/index.js';
import { cluster } from './cluster.js';
import { resolveDescriptions } from './descriptions.js';
import { buildTokenIndex } from './gazetteer.js';
import { loadResolveLexicon } from './lexicon.js';
import { scanCandidates } from './scan.js';
import { viewOf } from './view.js';

const STAGE = 'resolve';

/** Knowledge-base entities by transliteration-aware normalised name; names shared by two entities are left out. */
function normIndex(kb: KnowledgeBase): Map<string, KbEntity> {
  const out = new Map<string, KbEntity>();
  const clash = new Set<string>();
  for (const e of kb.all()) {
    if (e.kind !== 'actor' && e.kind !== 'org' && e.kind !== 'user') continue;
    for (const n of e.names) {
      const k = normaliseName(n);
      if (!k.includes(' ') && e.kind === 'actor') continue;
      const prev = out.get(k);
      if (prev && prev.id !== e.id) clash.add(k);
      else out.set(k, e);
    }
  }
  for (const k of clash) out.delete(k);
  return out;
}

/**
 * The ids entities are published under. Knowledge-base entities keep theirs; a name the knowledge
 * base does not know is clustered under its romanisation key ("velington ko" for Wellington Koo,
 * so that "Lawrow" and "Lavrov" meet) but published under the name as written ("wellington-koo"),
 * which a reader recognises; the output publishes the key beside it (`OutEntity.key`), and the
 * store merges spellings by it. A clash with an id already given (two names that write alike but are kept
 * apart) gets a numbered suffix, first-named first.
 */
function readableIds(drafts: readonly { id: string; name: string; kb: unknown; rule: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of drafts) if (d.kb || d.id !== entityIdFor(d.name)) taken.add(d.id);
  for (const d of drafts) {
    if (d.kb || d.id !== entityIdFor(d.name)) continue;
    const base = kebab(d.name) || d.id;
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    if (id !== d.id) out.set(d.id, id);
  }
  return out;
}

/**
 * Entity resolution: finds names the knowledge base knows (countries, capitals, organisations,
 * institutions, political actors; German inflections and adjectives included), names it does not
 * know (given names, titles and appositions, capitalised runs, acronyms, and the `ner` stage's
 * mentions when that stage ran — without it the stage works from the knowledge base and these
 * rules alone), groups them into entities with stable ids (capitals and seats go to their state
 * when they act for it), and attaches nominal descriptions and roles learned from the text; an
 * individual the text never names becomes an entity with descriptions only. Organs of a state
 * (governments, ministries, armed services, fixed national institutions such as the Bundesregierung
 * or the Auswärtiges Amt) are descriptions of the state, found by a nationality adjective, a
 * genitive or "in <capital>"; possessive and definite anaphors ("sein Land", "the city", "seinen
 * Gast", "der CDU-Politiker") go to the state, city or person the context names. Appends its mentions
 * (names, adjectives, descriptions) to the mentions layer and adds the entities layer.
 *
 * Steps: `scan` (candidates) → `cluster` (entities) → `descriptions` (titles, appositions, later
 * references via `references`).
 */
export const resolveStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens'],
  adds: ['mentions', 'entities'],
  create(ctx) {
    const kb = sharedKnowledgeBase(ctx.resources, ctx.lang, ctx.dataDir);
    const seg = loadSegmentLexicon(ctx.resources);
    const index = buildTokenIndex(kb, seg);
    const lex = loadResolveLexicon(ctx.resources);
    const calendar = calendarWords(ctx.resources);
    const months: ReadonlySet<string> = new Set(Object.keys(loadCalendar(ctx.resources).months).map((w) => w.toLowerCase()));
    const nounCues: NounCues = { suffixes: loadNerLexicon(ctx.resources).nounSuffixes, words: calendar };
    const byNorm = normIndex(kb);
    const familyNorm = new Set([...lex.familyFirst].map(normaliseName));
    return (doc) => {
      const v = viewOf(doc);
      const existing = doc.get('mentions');
      const ner = existing.flatMap((m, index) => (m.stage !== STAGE ? [{ index, start: m.start, end: m.end, type: m.type, kind: m.kind, confidence: m.confidence }] : []));
      const { cands, title } = scanCandidates(v, { kb, index, lex, calendar, months, nounCues }, ner);
      const cl = cluster(v, cands, { kb, lex, byNorm, familyNorm }, doc.meta.published);
      resolveDescriptions(v, cands, cl, title, { kb, lex, calendar });

      const base = existing.length;
      const added: Mention[] = [];
      const mentionOf = new Map<number, number>();
      cands.forEach((c, ci) => {
        const id = cl.owner[ci];
        if (!id) return;
        if (c.existing !== undefined) {
          mentionOf.set(ci, c.existing);
          return;
        }
        const d = cl.drafts.get(id)!;
        mentionOf.set(ci, base + added.length);
        added.push({
          start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: d.type, kind: c.kind, sentence: c.sentence,
          confidence: c.confidence, ...(d.kb ? { kbId: d.kb.id } : {}), stage: STAGE, rule: c.source,
        });
      });
      const entities: Entity[] = [];
      const firstOf = (d: { first: number; descs: readonly { start: number }[] }): number => d.descs.reduce((m, x) => Math.min(m, x.start), d.first);
      const drafts = [...cl.drafts.values()].map((d) => ({ d, at: firstOf(d) })).sort((a, b) => a.at - b.at).map((x) => x.d);
      const publicId = readableIds(drafts);
      for (const d of drafts) {
        const mentions: number[] = [];
        const aliases: string[] = [];
        for (const ci of d.cands) {
          const m = mentionOf.get(ci);
          if (m === undefined) continue;
          mentions.push(m);
          const c = cands[ci]!;
          const text = doc.text.slice(c.start, c.end);
          if (!aliases.includes(text)) aliases.push(text);
        }
        const descriptions: string[] = [];
        for (const x of [...d.descs].sort((a, b) => a.start - b.start)) {
          // (a variant is only listed: its span is already a mention)
          if (x.variant) {
            if (!descriptions.includes(x.text)) descriptions.push(x.text);
            continue;
          }
          mentions.push(base + added.length);
          added.push({ start: x.start, end: x.end, text: x.text, type: d.type, kind: 'description', sentence: x.sentence, confidence: 0.6, ...(d.kb ? { kbId: d.kb.id } : {}), stage: STAGE, rule: x.rule });
          if (!descriptions.includes(x.text)) descriptions.push(x.text);
        }
        if (!aliases.length && !descriptions.length) continue;
        const type: EntityType = d.type;
        entities.push({ id: publicId.get(d.id) ?? d.id, type, name: d.name, aliases, descriptions, wikidata: d.wikidata, roles: d.roles, mentions: mentions.sort((a, b) => a - b), kbKind: d.kbKind, stage: STAGE, rule: d.rule });
      }
      doc.add('mentions', added, STAGE);
      doc.add('entities', entities, STAGE);
    };
  },
};
