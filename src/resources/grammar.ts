import { LagebildError } from '../errors.js';
import type { ResourceLoader } from './loader.js';
import { asObject, asRecord, asString, asStringArray } from './validate.js';

/** Grammatical gender of a person noun: male, female, or null for a noun of either gender ("Vorsitzende", "ambassador"). */
export type NounGender = 'm' | 'f' | null;

/**
 * Grammar facts of one language that several stages read (`resources/<lang>/grammar.json`), kept in
 * one file so that the stages cannot drift apart.
 */
export interface Grammar {
  /** Separable verb prefixes (lower case), longest first so that "heraus" is tried before "her". */
  readonly separablePrefixes: readonly string[];
  /** Nouns for one person (lower case) with their gender; feminine forms derived from the masculine ones are included. */
  readonly personNouns: ReadonlyMap<string, NounGender>;
  /** Forms of address of a woman before her name (lower case: "frau", "mrs."). */
  readonly femaleTitles: ReadonlySet<string>;
  /** Forms of address of a man before his name (lower case: "herr", "mr."). */
  readonly maleTitles: ReadonlySet<string>;
  /** The suffix that derives a feminine person noun from a masculine one ("in": "Botschafter" → "Botschafterin"); empty where the language has none. */
  readonly feminineSuffix: string;
  /**
   * Prepositions that name the court a trial is held at, with or without an article after them ("vor dem
   * Landgericht Köln", "am Amtsgericht", "before the court"): the quotes stage gives a court spokesperson or panel to
   * that court, the resolve stage an unnamed judge.
   */
  readonly trialPrepositions: ReadonlySet<string>;
  /**
   * Plural and collective nouns of private people (lower case), by class; one list for every stage so that they
   * cannot drift apart (see {@link PeopleGroups}).
   */
  readonly peopleGroups: PeopleGroups;
}

/**
 * Nouns of groups of private people by class (`grammar.json` `peopleGroups`). Each stage reads the classes it
 * needs: the quotes stage all of them as a crowd (no spokesperson), the events stage all of them as counted
 * patients ("34 Personen festgenommen"), the resolve stage `lay` and `occupational` as a group that acts together
 * when it opens a sentence bare ("Demonstranten blockierten …") — not `adherents`, which want a complement
 * ("Unterstützer der Gruppe"), nor `affected`, whom events befall.
 */
export interface PeopleGroups {
  /** People as such ("Menschen", "Männer", "people", "women"). */
  readonly generic: ReadonlySet<string>;
  /** People joined by what they do or where they live ("Demonstranten", "Anwohner", "relatives", "settlers"). */
  readonly lay: ReadonlySet<string>;
  /** People defined by a cause or person they side with ("Anhänger", "Gegner", "supporters", "participants"). */
  readonly adherents: ReadonlySet<string>;
  /** People an event befalls ("Zivilisten", "Flüchtlinge", "passengers", "pilgrims"). */
  readonly affected: ReadonlySet<string>;
  /** People of one trade acting together ("Arbeiter", "Ärzte", "strikers", "nurses"). */
  readonly occupational: ReadonlySet<string>;
}

/** Every class of {@link PeopleGroups}, in the order grammar.json lists them. */
export const PEOPLE_GROUP_CLASSES: readonly (keyof PeopleGroups)[] = ['generic', 'lay', 'adherents', 'affected', 'occupational'];

/** The union of some classes of {@link PeopleGroups} (and extra words a stage adds), as one set. */
export function peopleGroupNouns(groups: PeopleGroups, classes: readonly (keyof PeopleGroups)[], extra: Iterable<string> = []): ReadonlySet<string> {
  const out = new Set<string>(extra);
  for (const c of classes) for (const w of groups[c]) out.add(w);
  return out;
}

/**
 * The ending of `word` among `endings` (the first listed that fits, so list longer endings first), when at
 * least `minStem` characters stay before it; else null.
 */
export function endingOf(word: string, endings: readonly string[], minStem = 1): string | null {
  for (const e of endings) if (word.length - e.length >= minStem && word.endsWith(e)) return e;
  return null;
}

function invalid(where: string, path: string, message: string): never {
  throw new LagebildError('RESOURCE_INVALID', `${path}: ${message}`, where);
}

/**
 * Validates a parsed grammar.json. Besides the shapes it checks what a list cannot show by itself:
 * every separable prefix comes with a verb it really opens (longer than the prefix: "auf" →
 * "aufstocken"), and no person noun is listed under two genders (also after deriving the feminine).
 */
function validateGrammar(raw: unknown, where: string): Grammar {
  const o = asObject(raw, where);
  asString(o.comment, where, 'comment');
  const examples = asRecord(o.separablePrefixes, where, 'separablePrefixes', asString);
  const prefixes: string[] = [];
  for (const [prefix, verb] of Object.entries(examples)) {
    const path = `separablePrefixes.${prefix}`;
    if (!/^\p{Ll}+$/u.test(prefix)) invalid(where, path, 'a prefix is one lower-case word');
    // a verb of at least prefix + stem + "-en"/"-n" ending ("zu" → "zustimmen")
    if (!verb.startsWith(prefix) || verb.length < prefix.length + 3 || !/^\p{Ll}+n$/u.test(verb)) {
      invalid(where, path, `expected an infinitive of a separable verb starting with "${prefix}", got "${verb}"`);
    }
    prefixes.push(prefix);
  }
  const nouns = asObject(o.personNouns, where, 'personNouns');
  const suffix = asString(o.feminineSuffix, where, 'feminineSuffix').toLowerCase();
  const genders = new Map<string, NounGender>();
  const put = (word: string, g: NounGender, path: string): void => {
    const w = word.toLowerCase();
    if (genders.has(w) && genders.get(w) !== g) invalid(where, path, `"${word}" is listed under two genders`);
    genders.set(w, g);
  };
  const list = (k: 'masculine' | 'feminine' | 'common'): string[] => asStringArray(nouns[k] ?? [], where, `personNouns.${k}`);
  for (const w of list('common')) put(w, null, 'personNouns.common');
  for (const w of list('feminine')) put(w, 'f', 'personNouns.feminine');
  for (const w of list('masculine')) put(w, 'm', 'personNouns.masculine');
  if (suffix) {
    // "Botschafter" → "Botschafterin", "Kollege" → "Kollegin"; an explicit entry wins ("Beamtin" is listed, "Beamterin" is no word but harmless)
    for (const w of list('masculine')) {
      const f = w.toLowerCase().replace(/e$/u, '') + suffix;
      if (!genders.has(f)) genders.set(f, 'f');
    }
  }
  const titles = (k: string): Set<string> => new Set(asStringArray(o[k], where, k).map((x) => x.toLowerCase()));
  const femaleTitles = titles('femaleTitles');
  const maleTitles = titles('maleTitles');
  for (const t of femaleTitles) if (maleTitles.has(t)) invalid(where, 'maleTitles', `"${t}" is also a female title`);
  return {
    peopleGroups: validatePeopleGroups(asObject(o.peopleGroups, where, 'peopleGroups'), where),
    separablePrefixes: prefixes.sort((x, y) => y.length - x.length),
    personNouns: genders,
    femaleTitles,
    maleTitles,
    feminineSuffix: suffix,
    trialPrepositions: titles('trialPrepositions'),
  };
}

/** Checks `peopleGroups`: the classes of {@link PEOPLE_GROUP_CLASSES}, lower-case words (a hyphen allowed: "passers-by"), no word in two classes. */
function validatePeopleGroups(o: Record<string, unknown>, where: string): PeopleGroups {
  const seen = new Map<string, string>();
  const read = (k: keyof PeopleGroups): ReadonlySet<string> => {
    const words = asStringArray(o[k], where, `peopleGroups.${k}`);
    for (const w of words) {
      if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w)) invalid(where, `peopleGroups.${k}`, `"${w}" is not one lower-case word`);
      const other = seen.get(w);
      if (other !== undefined) invalid(where, `peopleGroups.${k}`, `"${w}" is also listed under ${other}`);
      seen.set(w, k);
    }
    return new Set(words);
  };
  const groups = { generic: read('generic'), lay: read('lay'), adherents: read('adherents'), affected: read('affected'), occupational: read('occupational') };
  for (const k of Object.keys(o)) if (!(k in groups)) invalid(where, `peopleGroups.${k}`, `unknown class (expected ${PEOPLE_GROUP_CLASSES.join(', ')})`);
  return groups;
}

/** The grammar of the loader's language, validated once per loader (every stage of a pipeline shares it). */
export function loadGrammar(res: ResourceLoader): Grammar {
  return res.lexicon('grammar', validateGrammar);
}
