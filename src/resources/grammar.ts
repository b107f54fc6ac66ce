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
    separablePrefixes: prefixes.sort((x, y) => y.length - x.length),
    personNouns: genders,
    femaleTitles,
    maleTitles,
    feminineSuffix: suffix,
    trialPrepositions: titles('trialPrepositions'),
  };
}

/** The grammar of the loader's language, validated once per loader (every stage of a pipeline shares it). */
export function loadGrammar(res: ResourceLoader): Grammar {
  return res.lexicon('grammar', validateGrammar);
}
