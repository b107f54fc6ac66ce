import type { EntityType } from '../doc/types.js';
import type { ResourceLoader } from '../resources/loader.js';
import { asArray, asBoolean, asEnum, asObject, asRecord, asString, asStringArray, fail, optional } from '../resources/validate.js';

/** Entity types, for validation. */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'];

/** Names by language, as in the curated files: `{ all, de, en }`. */
export interface LangNames {
  readonly all: readonly string[];
  readonly de: readonly string[];
  readonly en: readonly string[];
}

/** A curated role with dates. */
export interface RoleDecl {
  readonly role: string;
  readonly of: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** A curated entity of kb-orgs, kb-places or kb-actors (or the user's file). */
export interface EntityDecl {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly wikidata: string | null;
  readonly names: LangNames;
  readonly short: readonly string[] | null;
  readonly state: string | null;
  readonly seat: boolean;
  /** The body a seat stands for when it acts, when that is not its state ("Brüssel" for the EU). */
  readonly actsFor: string | null;
  /** A de-facto state inside the state it formally belongs to (see {@link KbEntity.deFacto}). */
  readonly deFacto: boolean;
  readonly roles: readonly RoleDecl[];
  /** Names that are also ordinary words or other referents' names ("Spiegel", "Verdi"): see {@link KbEntity.ambiguous}. */
  readonly ambiguous: readonly string[];
}

/** Curated additions per ISO code. */
export interface CountryDecl {
  readonly id?: string;
  readonly name?: string;
  readonly wikidata?: string;
  readonly abbreviations: readonly string[];
  /** A federal state (see {@link KbEntity.federal}). */
  readonly federal?: boolean;
  /**
   * An island state although the package gives it a land border (one shared on its own island or
   * archipelago, or a border the package records across a strait): overrides the derived flag.
   */
  readonly island?: boolean;
}

/**
 * A word form the loader generates: `suffix` is added to a word that ends in one of `endings` (any
 * word when the list is empty) and in none of `except`.
 */
export interface SuffixRule {
  readonly endings: readonly string[];
  readonly except: readonly string[];
  readonly suffix: string;
}

/** The generated word forms of a language (`forms` in kb-names.json); a null rule is a form the language lacks. */
export interface KbForms {
  /** Endings every lower-case adjective stem takes besides the stem itself. */
  readonly adjectiveEndings: readonly string[];
  /** Genitive of a single name ("Russlands"). */
  readonly nameGenitive: SuffixRule | null;
  /** Weak form of a name's first word when it is an adjective ("Demokratischen Republik Kongo"). */
  readonly nameAdjectiveWeak: SuffixRule | null;
  /** Dative plural of a plural country name ("Niederlanden"). */
  readonly countryDative: SuffixRule | null;
  /** Plural of a package demonym ("Russians"). */
  readonly demonymPlural: SuffixRule | null;
}

/** The language file `resources/<lang>/kb-names.json`. */
export interface LangNameFile {
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly adjectives: Readonly<Record<string, readonly string[]>>;
  readonly demonyms: Readonly<Record<string, readonly string[]>>;
  readonly forms: KbForms;
}

/** Applies a suffix rule to a word: the new form, or null when the rule does not apply. */
export function applySuffixRule(rule: SuffixRule | null, word: string): string | null {
  if (!rule) return null;
  if (rule.endings.length > 0 && !rule.endings.some((e) => word.endsWith(e))) return null;
  return rule.except.some((e) => word.endsWith(e)) ? null : word + rule.suffix;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateOrNull(raw: unknown, where: string, path: string): string | null {
  if (raw === null || raw === undefined) return null;
  const s = asString(raw, where, path);
  if (!DATE.test(s)) asEnum(s, where, path, ['YYYY, YYYY-MM or YYYY-MM-DD']);
  return s;
}

/** Validates `{ all?, de?, en? }`. */
export function langNames(raw: unknown, where: string, path: string): LangNames {
  const o = asObject(raw ?? {}, where, path);
  return {
    all: asStringArray(o.all ?? [], where, `${path}.all`),
    de: asStringArray(o.de ?? [], where, `${path}.de`),
    en: asStringArray(o.en ?? [], where, `${path}.en`),
  };
}

/** Validates one role. */
export function roleDecl(raw: unknown, where: string, path: string): RoleDecl {
  const o = asObject(raw, where, path);
  return {
    role: asString(o.role, where, `${path}.role`),
    of: optional(o.of, where, `${path}.of`, asString) ?? null,
    from: dateOrNull(o.from, where, `${path}.from`),
    to: dateOrNull(o.to, where, `${path}.to`),
  };
}

/** Validates one curated entity (names may also be a plain array, meaning every language). */
export function entityDecl(raw: unknown, where: string, path: string): EntityDecl {
  const o = asObject(raw, where, path);
  const id = asString(o.id, where, `${path}.id`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) asEnum(id, where, `${path}.id`, ['a kebab-case id']);
  const names = Array.isArray(o.names) ? { all: asStringArray(o.names, where, `${path}.names`), de: [], en: [] } : langNames(o.names, where, `${path}.names`);
  return {
    id,
    type: asEnum(o.type ?? 'PER', where, `${path}.type`, ENTITY_TYPES),
    name: asString(o.name, where, `${path}.name`),
    wikidata: optional(o.wikidata ?? undefined, where, `${path}.wikidata`, asString) ?? null,
    names,
    short: o.short === undefined ? null : asStringArray(o.short, where, `${path}.short`),
    state: optional(o.state, where, `${path}.state`, asString) ?? null,
    seat: optional(o.seat, where, `${path}.seat`, asBoolean) ?? false,
    actsFor: optional(o.actsFor, where, `${path}.actsFor`, asString) ?? null,
    deFacto: optional(o.deFacto, where, `${path}.deFacto`, asBoolean) ?? false,
    roles: asArray(o.roles ?? [], where, `${path}.roles`, roleDecl),
    ambiguous: ambiguousNames(o.ambiguous, [asString(o.name, where, `${path}.name`), ...names.all, ...names.de, ...names.en], where, `${path}.ambiguous`),
  };
}

/** The `ambiguous` list of an entity: each entry must be one of the entity's own names. */
function ambiguousNames(raw: unknown, names: readonly string[], where: string, path: string): string[] {
  if (raw === undefined) return [];
  const list = asStringArray(raw, where, path);
  for (const [i, n] of list.entries()) if (!names.includes(n)) asEnum(n, where, `${path}[${i}]`, names);
  return list;
}

/** The curated files of the knowledge base, validated. */
export interface KbFiles {
  readonly countries: Readonly<Record<string, CountryDecl>>;
  readonly historic: readonly EntityDecl[];
  /** Named regions beyond world-countries' region and subregion ("Andes", "Gulf") → ISO alpha-2 codes of their states. */
  readonly regions: Readonly<Record<string, readonly string[]>>;
  readonly places: readonly EntityDecl[];
  readonly orgs: readonly EntityDecl[];
  readonly actors: readonly EntityDecl[];
  readonly de: LangNameFile;
  readonly en: LangNameFile;
}

function suffixRule(raw: unknown, where: string, path: string): SuffixRule | null {
  if (raw === null) return null;
  const o = asObject(raw, where, path);
  const suffix = asString(o.suffix, where, `${path}.suffix`);
  if (suffix.length === 0) fail(where, `${path}.suffix`, 'a non-empty suffix');
  return { endings: asStringArray(o.endings, where, `${path}.endings`), except: asStringArray(o.except, where, `${path}.except`), suffix };
}

function kbForms(raw: unknown, where: string, path: string): KbForms {
  const o = asObject(raw, where, path);
  return {
    adjectiveEndings: asStringArray(o.adjectiveEndings, where, `${path}.adjectiveEndings`),
    nameGenitive: suffixRule(o.nameGenitive, where, `${path}.nameGenitive`),
    nameAdjectiveWeak: suffixRule(o.nameAdjectiveWeak, where, `${path}.nameAdjectiveWeak`),
    countryDative: suffixRule(o.countryDative, where, `${path}.countryDative`),
    demonymPlural: suffixRule(o.demonymPlural, where, `${path}.demonymPlural`),
  };
}

function langFile(raw: unknown, where: string): LangNameFile {
  const o = asObject(raw, where);
  return {
    names: asRecord(o.names ?? {}, where, 'names', asStringArray),
    adjectives: asRecord(o.adjectives ?? {}, where, 'adjectives', asStringArray),
    demonyms: asRecord(o.demonyms ?? {}, where, 'demonyms', asStringArray),
    forms: kbForms(o.forms, where, 'forms'),
  };
}

/** Reads and validates every knowledge-base file (both languages: names are shared across languages). */
export function readKbFiles(res: ResourceLoader): KbFiles {
  const c = res.common('kb-countries', (raw, where) => {
    const o = asObject(raw, where);
    return {
      countries: asRecord(o.countries, where, 'countries', (x, w, p) => {
        const e = asObject(x, w, p);
        const decl: CountryDecl = {
          ...(e.id !== undefined ? { id: asString(e.id, w, `${p}.id`) } : {}),
          ...(e.name !== undefined ? { name: asString(e.name, w, `${p}.name`) } : {}),
          ...(e.wikidata !== undefined ? { wikidata: asString(e.wikidata, w, `${p}.wikidata`) } : {}),
          abbreviations: asStringArray(e.abbreviations ?? [], w, `${p}.abbreviations`),
          ...(e.federal !== undefined ? { federal: asBoolean(e.federal, w, `${p}.federal`) } : {}),
          ...(e.island !== undefined ? { island: asBoolean(e.island, w, `${p}.island`) } : {}),
        };
        return decl;
      }),
      regions: asRecord(o.regions ?? {}, where, 'regions', asStringArray),
      historic: asArray(o.historic ?? [], where, 'historic', (x, w, p) => entityDecl({ type: 'GPE', ...asObject(x, w, p), names: { all: asStringArray(asObject(x, w, p).abbreviations ?? [], w, `${p}.abbreviations`) } }, w, p)),
    };
  });
  const places = res.common('kb-places', (raw, where) => asArray(asObject(raw, where).places, where, 'places', entityDecl));
  const orgs = res.common('kb-orgs', (raw, where) => asArray(asObject(raw, where).orgs, where, 'orgs', entityDecl));
  const actors = res.common('kb-actors', (raw, where) => asArray(asObject(raw, where).actors, where, 'actors', entityDecl));
  return {
    countries: c.countries,
    historic: c.historic,
    regions: c.regions,
    places,
    orgs,
    actors,
    de: res.forLang('de').lexicon('kb-names', langFile),
    en: res.forLang('en').lexicon('kb-names', langFile),
  };
}
