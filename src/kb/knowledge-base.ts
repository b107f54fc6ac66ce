import type { Lang, RoleFact } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import type { ResourceLoader } from '../resources/loader.js';
import { PACKAGE_NAME_LANG, packageCountries } from './countries.js';
import { applySuffixRule, readKbFiles, type EntityDecl, type KbForms, type LangNameFile } from './data.js';
import { foldMarks, kebab } from './normalise.js';
import type { KbEntity, KbHit, KbKind } from './types.js';
import { readUserKb } from './user.js';

/** Mutable entity while the knowledge base is assembled. */
interface Draft {
  id: string;
  kind: KbKind;
  type: KbEntity['type'];
  name: string;
  wikidata: string | null;
  names: Set<string>;
  adjectives: Set<string>;
  short: Set<string>;
  state: string | null;
  seat: boolean;
  actsFor: string | null;
  deFacto: boolean;
  roles: RoleFact[];
  region: string | null;
  island: boolean;
  neighbours: string[];
  federal: boolean;
  code: string | null;
  ambiguous: Set<string>;
}

/**
 * The knowledge base of one language: countries (from the npm packages plus curated names,
 * adjectives and abbreviations), capitals and places, organisations and institutions, political
 * actors, and the user's additions. Lookups are exact-string hash maps; German genitive forms
 * ("Russlands", "Lawrows") are generated, not listed.
 */
export class KnowledgeBase {
  readonly lang: Lang;
  private readonly entities = new Map<string, KbEntity>();
  private readonly index = new Map<string, KbHit[]>();
  private readonly capitals = new Map<string, KbEntity>();
  /**
   * Forms whose diacritic-free spelling is already another entity's form (that entity keeps it),
   * or is shared by two entities' marked forms (both keep it): `[folded form, ids]`.
   */
  readonly foldCollisions: readonly (readonly [string, readonly string[]])[];

  /**
   * @param forms the language's generated name forms (kb-names.json `forms`); null adds none
   */
  constructor(lang: Lang, entities: readonly KbEntity[], forms: KbForms | null = null) {
    this.lang = lang;
    for (const e of entities) this.entities.set(e.id, e);
    for (const e of entities) if (e.kind === 'city' && e.seat && e.state && !this.capitals.has(e.state)) this.capitals.set(e.state, e);
    for (const e of entities) {
      // a name written with a straight apostrophe is also written with a typographic one ("Côte d’Ivoire", "N’Djamena")
      for (const n of e.names) if (n.includes("'")) this.addForm(n.replaceAll("'", '’'), e, 'name', e.ambiguous.includes(n));
      for (const n of e.names) this.addForm(n, e, 'name', e.ambiguous.includes(n));
      for (const n of e.short) this.addForm(n, e, 'short', e.ambiguous.includes(n));
      for (const a of e.adjectives) this.addForm(a, e, 'adjective', false);
    }
    if (forms) this.addInflectedNames(entities, forms);
    this.foldCollisions = this.addFoldedForms();
  }

  /**
   * Inflected forms of names the language's rules generate, never over a listed form: the genitive
   * of single names ("Russlands", "Lawrows"; acronyms take none), the declension of a name that
   * opens with adjectives (`declinedNames`: "der Demokratischen Republik Kongo", "den Vereinigten
   * Arabischen Emiraten"), the dative plural of plural country names ("in den Niederlanden").
   */
  private addInflectedNames(entities: readonly KbEntity[], forms: KbForms): void {
    for (const e of entities) {
      for (const n of [...e.names, ...e.short]) {
        const genitive = /^[\p{Lu}\d.\- ]+$/u.test(n) ? null : applySuffixRule(forms.nameGenitive, n);
        if (genitive && !this.index.has(genitive)) this.addForm(genitive, e, e.short.includes(n) && !e.names.includes(n) ? 'short' : 'name', e.ambiguous.includes(n));
        for (const d of declinedNames(n, e.kind === 'country', forms)) if (!this.index.has(d)) this.addForm(d, e, 'name', e.ambiguous.includes(n));
        const dative = e.kind === 'country' && /^\p{Lu}/u.test(n) && !n.includes(' ') ? applySuffixRule(forms.countryDative, n) : null;
        if (dative && !this.index.has(dative)) this.addForm(dative, e, 'name', e.ambiguous.includes(n));
      }
    }
  }

  /**
   * News print names without their diacritics ("Chisinau", "Bogota", "Erdogan", "Vucic") and often
   * without an apostrophe inside a word ("Nukualofa"): every form with marks is also found under
   * its folded spelling, unless that spelling is already a
   * form of another entity (the written form wins; the clash is recorded).
   */
  private addFoldedForms(): [string, string[]][] {
    const folded = new Map<string, KbHit[]>();
    for (const [form, hits] of this.index) {
      const f = foldMarks(form);
      // a glottal stop or apostrophe inside a word is often dropped too ("Nukualofa", "Hawaii")
      const bare = f.replace(/(?<=\p{L})['’](?=\p{Ll})/gu, '');
      for (const g of new Set([f, bare])) {
        if (g === form) continue;
        const list = folded.get(g) ?? [];
        for (const h of hits) if (!list.some((x) => x.entity.id === h.entity.id && x.form === h.form)) list.push(h);
        folded.set(g, list);
      }
    }
    const clashes: [string, string[]][] = [];
    for (const [f, hits] of folded) {
      const own = this.index.get(f);
      const ids = [...new Set(hits.map((h) => h.entity.id))];
      if (own) {
        const others = ids.filter((id) => !own.some((h) => h.entity.id === id));
        if (others.length) clashes.push([f, [...new Set(own.map((h) => h.entity.id)), ...others]]);
        continue;
      }
      if (ids.length > 1) clashes.push([f, ids]);
      for (const h of hits) this.addForm(f, h.entity, h.form, h.ambiguous);
    }
    return clashes;
  }

  private addForm(form: string, e: KbEntity, kind: KbHit['form'], ambiguous: boolean): void {
    let hits = this.index.get(form);
    if (!hits) {
      hits = [];
      this.index.set(form, hits);
    }
    if (!hits.some((h) => h.entity.id === e.id && h.form === kind)) hits.push({ entity: e, form: kind, ambiguous });
  }

  /** Entity by id. */
  get(id: string): KbEntity | undefined {
    return this.entities.get(id);
  }

  /**
   * The government a seat stands for when it acts or speaks ("Moskau", "the Kremlin", "hieß es aus Bischkek"): the
   * body it `actsFor` (Brussels for the EU), else its state; null when `id` is no seat. `citiesOnly` leaves out seats
   * that are buildings (the Kremlin, the Élysée), for readers that keep those as speakers of their own; a seat city the
   * places list declares (The Hague, Brussels, Hargeisa) is a city as a package's capital is.
   */
  governmentOf(id: string, citiesOnly = false): string | null {
    const e = this.entities.get(id);
    if (!e || !e.seat || !e.state || e.state === id || (citiesOnly && e.kind !== 'city' && e.kind !== 'place')) return null;
    return e.actsFor ?? e.state;
  }

  /** The capital (seat city) of a state, if the base knows one. */
  capitalOf(state: string): KbEntity | undefined {
    return this.capitals.get(state);
  }

  /** Every entity. */
  all(): IterableIterator<KbEntity> {
    return this.entities.values();
  }

  /** What an exact surface form can refer to (empty when unknown). */
  lookup(form: string): readonly KbHit[] {
    return this.index.get(form) ?? [];
  }

  /** Every surface form with its hits (for building token-sequence indexes). */
  forms(): IterableIterator<[string, KbHit[]]> {
    return this.index.entries();
  }
}

function draft(id: string, kind: KbKind, type: KbEntity['type'], name: string): Draft {
  return { id, kind, type, name, wikidata: null, names: new Set([name]), adjectives: new Set(), short: new Set(), state: null, seat: false, actsFor: null, deFacto: false, roles: [], region: null, island: false, neighbours: [], federal: false, code: null, ambiguous: new Set() };
}

function freeze(d: Draft): KbEntity {
  return {
    id: d.id, kind: d.kind, type: d.type, name: d.name, wikidata: d.wikidata,
    names: [...d.names], adjectives: [...d.adjectives], short: [...d.short].filter((s) => !d.names.has(s) || d.kind === 'actor'),
    state: d.state, seat: d.seat, actsFor: d.actsFor, deFacto: d.deFacto, roles: d.roles, region: d.region, island: d.island, neighbours: d.neighbours, federal: d.federal, code: d.code, ambiguous: [...d.ambiguous],
  };
}

/**
 * The oblique forms of a name that opens with adjectives before a capitalised noun, generated for
 * the whole family instead of listed per name: every leading adjective takes its weak ending
 * ("Vereinigte Arabische Emirate" → "Vereinigten Arabischen Emirate", genitive plural; "Demokratische
 * Sozialistische Republik Sri Lanka" → "Demokratischen Sozialistischen Republik …"); with it, a head
 * noun that ends the name takes its genitive ("des Internationalen Strafgerichtshofs"), and a
 * country's head noun its dative plural ("den Vereinigten Arabischen Emiraten"). Nonsense forms of
 * the rules ("Europäischen Unions") never occur in text, so the gender need not be known. A first
 * word of two letters is an article, not an adjective ("Le Monde").
 */
function declinedNames(name: string, country: boolean, forms: KbForms): string[] {
  const words = name.split(' ');
  const weak: string[] = [];
  // (the last word is the head noun, also when it ends like an adjective: "Emirate")
  for (const w of words.slice(0, -1)) {
    const f = /^\p{Lu}\p{Ll}{2,}$/u.test(w) ? applySuffixRule(forms.nameAdjectiveWeak, w) : null;
    if (!f) break;
    weak.push(f);
  }
  const head = words[weak.length];
  if (weak.length === 0 || head === undefined || !/^\p{Lu}/u.test(head)) return [];
  const rest = words.slice(weak.length + 1);
  const out = [[...weak, head, ...rest].join(' ')];
  const last = rest.length === 0;
  const genitive = last ? applySuffixRule(forms.nameGenitive, head) : null;
  if (genitive) out.push([...weak, genitive].join(' '));
  const dative = country ? applySuffixRule(forms.countryDative, head) : null;
  if (dative) out.push([...weak, dative, ...rest].join(' '));
  return out;
}

/** Every form of an adjective stem ("russisch" → "russisch", "russische", …); capitalised stems (city adjectives "Moskauer", demonym nouns) are invariable. */
function inflectAdjective(stem: string, forms: KbForms): string[] {
  return /^\p{Lu}/u.test(stem) ? [stem] : [stem, ...forms.adjectiveEndings.map((e) => stem + e)];
}

function addDecl(map: Map<string, Draft>, decl: EntityDecl, kind: KbKind): Draft {
  const d = map.get(decl.id) ?? draft(decl.id, kind, decl.type, decl.name);
  d.wikidata = decl.wikidata ?? d.wikidata;
  for (const n of [decl.name, ...decl.names.all, ...decl.names.de, ...decl.names.en]) d.names.add(n);
  if (decl.state) d.state = decl.state;
  if (decl.seat) d.seat = true;
  if (decl.actsFor) d.actsFor = decl.actsFor;
  if (decl.deFacto) d.deFacto = true;
  for (const n of decl.ambiguous) d.ambiguous.add(n);
  for (const r of decl.roles) d.roles.push({ role: r.role, ...(r.of ? { of: r.of } : {}), from: r.from, to: r.to, source: 'kb' });
  if (kind === 'actor') {
    const short = decl.short ?? [...d.names].map((n) => n.split(' ').at(-1) ?? n).filter((s) => s.length > 1);
    for (const s of short) d.short.add(s);
  } else if (decl.short) {
    for (const s of decl.short) d.short.add(s);
  }
  map.set(decl.id, d);
  return d;
}

/**
 * The knowledge base of a language built once per resource loader and shared by the stages of its pipeline (resolve,
 * quotes, events): the base is immutable after construction, and building it costs 50–160 ms.
 */
export function sharedKnowledgeBase(res: ResourceLoader, lang: Lang, dataDir: string | null = null): KnowledgeBase {
  return res.derived(`knowledge-base:${lang}:${dataDir ?? ''}`, () => buildKnowledgeBase(res, lang, dataDir));
}

/**
 * Builds the knowledge base of a language from the npm packages, the curated files under
 * `resources/` and the user's `<dataDir>/aliases.json`. Names of organisations and people are
 * included in both languages (an English name in a German text still refers); country and place
 * names, adjectives and demonyms only in this language.
 */
export function buildKnowledgeBase(res: ResourceLoader, lang: Lang, dataDir: string | null = null): KnowledgeBase {
  const files = readKbFiles(res);
  const langFile: LangNameFile = files[lang];
  const map = new Map<string, Draft>();
  const byCode = new Map<string, string>();

  // a demonym shared by a state and its territories ("American") belongs to the state, listed first
  const usedDemonyms = new Set<string>();
  // a form the curated file gives to one state is not another's package demonym ("Dominican" is the
  // Dominican Republic's, not Dominica's; "Congolese" the DR Congo's)
  const curatedForm = new Map<string, string>();
  for (const [id, forms] of [...Object.entries(langFile.adjectives), ...Object.entries(langFile.demonyms)]) for (const f of forms) curatedForm.set(f, id);
  for (const c of packageCountries()) {
    const cur = files.countries[c.code];
    const id = cur?.id ?? kebab(c.name);
    if (map.has(id)) continue;
    const d = draft(id, 'country', 'GPE', cur?.name ?? c.name);
    // the English canonical name is a name only in English ("France" in German text is part of "Tour de France")
    if (lang !== PACKAGE_NAME_LANG) d.names.clear();
    d.wikidata = cur?.wikidata ?? null;
    d.federal = cur?.federal ?? false;
    // country names of this language only: a German name can be an English word ("Island" is Iceland)
    for (const n of [...c.names[lang], ...(cur?.abbreviations ?? [])]) d.names.add(n);
    for (const dm of c.demonyms[lang] ?? []) {
      if (usedDemonyms.has(dm) || (curatedForm.get(dm) ?? id) !== id) continue;
      usedDemonyms.add(dm);
      d.adjectives.add(dm);
      const pl = applySuffixRule(langFile.forms.demonymPlural, dm);
      if (pl && (curatedForm.get(pl) ?? id) === id) d.adjectives.add(pl);
    }
    // (and the named regions of kb-countries.json it belongs to: "das Andenland" is a state of the Andes, not any state)
    d.region = [...c.regions, ...Object.entries(files.regions).filter(([, codes]) => codes.includes(c.code)).map(([name]) => name)].join('|');
    d.island = cur?.island ?? c.island;
    // (codes for now; turned into ids once every country is known)
    d.neighbours = [...c.neighbours];
    d.code = c.code;
    map.set(id, d);
    byCode.set(c.code, id);
    for (const cap of c.capitals.slice(0, 1)) {
      const cid = kebab(cap);
      if (map.has(cid)) continue;
      const cd = draft(cid, 'city', 'GPE', cap);
      cd.state = id;
      cd.seat = true;
      map.set(cid, cd);
    }
  }
  for (const d of map.values()) d.neighbours = d.neighbours.flatMap((code) => byCode.get(code) ?? []);
  for (const [name, codes] of Object.entries(files.regions)) {
    const unknown = codes.find((code) => !byCode.has(code));
    if (unknown) throw new LagebildError('RESOURCE_INVALID', `regions.${name}: no country with the code "${unknown}"`, 'resources/common/kb-countries.json');
  }
  for (const h of files.historic) addDecl(map, h, 'country');
  for (const p of files.places) addDecl(map, p, 'place');
  for (const o of files.orgs) addDecl(map, o, 'org');
  for (const a of files.actors) addDecl(map, a, 'actor');

  for (const d of map.values()) {
    if (d.actsFor && !map.has(d.actsFor)) throw new LagebildError('RESOURCE_INVALID', `${d.id}.actsFor: no entity "${d.actsFor}" in the knowledge base`, 'resources/common/kb-places.json');
  }
  const known = (id: string, field: string): Draft => {
    const d = map.get(id);
    if (!d) throw new LagebildError('RESOURCE_INVALID', `${field}.${id}: no entity with this id in the knowledge base`, `resources/${lang}/kb-names.json`);
    return d;
  };
  // curated names, adjectives and demonyms of this language
  for (const [id, names] of Object.entries(langFile.names)) {
    const d = known(id, 'names');
    for (const n of names) d.names.add(n);
  }
  for (const [id, adjs] of Object.entries(langFile.adjectives)) {
    const d = known(id, 'adjectives');
    for (const a of adjs) for (const f of inflectAdjective(a, langFile.forms)) d.adjectives.add(f);
  }
  for (const [id, dems] of Object.entries(langFile.demonyms)) {
    const d = known(id, 'demonyms');
    for (const n of dems) d.adjectives.add(n);
  }
  // "Washington D.C." is also plain "Washington"
  for (const d of map.values()) if (d.kind === 'city') for (const n of [...d.names]) if (/ D\.C\.$/.test(n)) d.names.add(n.replace(/,? D\.C\.$/, ''));

  const user = readUserKb(dataDir, new Set(map.keys()));
  for (const e of user.entities) addDecl(map, e, e.roles.length || e.type === 'PER' ? 'actor' : 'user');
  for (const [id, names] of Object.entries(user.aliases)) {
    const d = map.get(id);
    if (d) for (const n of names) d.names.add(n);
  }
  return new KnowledgeBase(lang, [...map.values()].map(freeze), langFile.forms);
}
