import type { Lang } from '../doc/types.js';
import { buildKnowledgeBase } from '../kb/index.js';
import { ResourceLoader, RESOURCES_DIR } from '../resources/loader.js';
import { asObject, asRecord, asStringArray } from '../resources/validate.js';
import { loadCalendar } from '../resources/calendar.js';

/**
 * Everything ingestion looks up: month and weekday names, agencies, byline and date words of both
 * languages (merged, because a dateline is read before the language is known), and the
 * function-word lists of the language gate. All keys lower-case.
 */
export interface IngestLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlySet<string>;
  readonly agencies: ReadonlySet<string>;
  /** Byline prefixes as lower-case word sequences ("ein kommentar von"). */
  readonly bylinePrefixes: readonly (readonly string[])[];
  readonly nameParticles: ReadonlySet<string>;
  /** Conjunctions joining agency names credited together ("Reuters und AFP"). */
  readonly listConjunctions: ReadonlySet<string>;
  readonly dateWords: ReadonlySet<string>;
  readonly notPlaces: ReadonlySet<string>;
  /** Abbreviations ending in a period ("dr.", "gen."), so "Dr. Müller" is no "Moskau. " dateline. */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Names of states, cities and places in the knowledge bases of every supported language
   * ("Kiew", "Nouméa", "Port-au-Prince"): a dash dateline in mixed case needs one ("Kiew – Die …").
   */
  readonly placeNames: ReadonlySet<string>;
  readonly supportedWords: Readonly<Record<Lang, ReadonlySet<string>>>;
  readonly otherWords: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The gate's words in one map, built from `supportedWords` and `otherWords` at load: for each word the
   * languages it counts for, so the gate looks each word of an article up once instead of once per language.
   */
  readonly gateWords: ReadonlyMap<string, GateWord>;
}

/** What one function word counts for in the language gate. */
export interface GateWord {
  readonly de: boolean;
  readonly en: boolean;
  /** Indexes into `otherLanguages` of the unsupported languages the word belongs to. */
  readonly others: readonly number[];
}

/** Builds `gateWords` from the per-language lists (a word may be in several). */
export function gateWordsOf(supported: Readonly<Record<Lang, ReadonlySet<string>>>, others: ReadonlyMap<string, ReadonlySet<string>>): Map<string, GateWord> {
  const out = new Map<string, { de: boolean; en: boolean; others: number[] }>();
  const entry = (w: string) => {
    let e = out.get(w);
    if (!e) out.set(w, (e = { de: false, en: false, others: [] }));
    return e;
  };
  for (const w of supported.de) entry(w).de = true;
  for (const w of supported.en) entry(w).en = true;
  let i = 0;
  for (const set of others.values()) {
    for (const w of set) entry(w).others.push(i);
    i++;
  }
  return out;
}

const LANGS: readonly Lang[] = ['de', 'en'];

/** Loads the ingestion lexicon from `resources/` (or another root, for tests). */
export function loadIngestLexicon(root: string = RESOURCES_DIR): IngestLexicon {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const bylinePrefixes: string[][] = [];
  const nameParticles = new Set<string>();
  const listConjunctions = new Set<string>();
  const dateWords = new Set<string>();
  const notPlaces = new Set<string>();
  const abbreviations = new Set<string>();
  const placeNames = new Set<string>();
  const base = new ResourceLoader('de', root);
  for (const lang of LANGS) {
    const res = base.forLang(lang);
    for (const [form, hits] of buildKnowledgeBase(res, lang).forms()) {
      if (hits.some((h) => h.form !== 'adjective' && !h.ambiguous && (h.entity.kind === 'country' || h.entity.kind === 'city' || h.entity.kind === 'place'))) placeNames.add(form);
    }
    const cal = loadCalendar(res);
    for (const [k, v] of Object.entries(cal.months)) months.set(k.toLowerCase(), v);
    for (const k of Object.keys(cal.weekdays)) weekdays.add(k.toLowerCase());
    const ing = res.lexicon('ingestion', (raw, where) => {
      const o = asObject(raw, where);
      return {
        bylinePrefixes: asStringArray(o.bylinePrefixes, where, 'bylinePrefixes'),
        nameParticles: asStringArray(o.nameParticles, where, 'nameParticles'),
        listConjunctions: asStringArray(o.listConjunctions, where, 'listConjunctions'),
        dateWords: asStringArray(o.dateWords, where, 'dateWords'),
        notPlaces: asStringArray(o.notPlaces, where, 'notPlaces'),
      };
    });
    // "Autor:" → ["autor", ":"], matching the word and the colon token.
    for (const p of ing.bylinePrefixes) bylinePrefixes.push(p.toLowerCase().replace(/:$/, ' :').split(/\s+/));
    for (const w of ing.nameParticles) nameParticles.add(w.toLowerCase());
    for (const w of ing.listConjunctions) listConjunctions.add(w.toLowerCase());
    for (const w of ing.dateWords) dateWords.add(w.toLowerCase());
    for (const w of ing.notPlaces) notPlaces.add(w.toLowerCase());
    const abbr = res.lexicon('abbreviations', (raw, where) => asStringArray(asObject(raw, where).abbreviations, where, 'abbreviations'));
    for (const a of abbr) abbreviations.add(a.toLowerCase());
  }
  // Longer prefixes first, so "Ein Kommentar von" wins over a shorter one.
  bylinePrefixes.sort((a, b) => b.length - a.length);
  const agencies = base.common('news-agencies', (raw, where) => asStringArray(asObject(raw, where).agencies, where, 'agencies'));
  const gate = base.common('language-gate', (raw, where) => {
    const o = asObject(raw, where);
    return {
      supported: asRecord(o.supported, where, 'supported', asStringArray),
      others: asRecord(o.others, where, 'others', asStringArray),
    };
  });
  const lower = (xs: readonly string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));
  const supportedWords = { de: lower(gate.supported.de), en: lower(gate.supported.en) };
  const otherWords = new Map(Object.entries(gate.others).map(([k, v]) => [k, lower(v)]));
  return {
    months,
    weekdays,
    agencies: lower(agencies),
    bylinePrefixes,
    nameParticles,
    listConjunctions,
    dateWords,
    notPlaces,
    abbreviations,
    placeNames,
    supportedWords,
    otherWords,
    gateWords: gateWordsOf(supportedWords, otherWords),
  };
}

let defaultLexicon: IngestLexicon | null = null;

/**
 * The lexicon from the project's `resources/`, loaded on first use and then shared. It is
 * read-only data, so sharing it is safe; it is loaded lazily (not at import) and callers that
 * need another root pass their own lexicon in the options.
 */
export function defaultIngestLexicon(): IngestLexicon {
  defaultLexicon ??= loadIngestLexicon();
  return defaultLexicon;
}
