import type { ResourceLoader } from './loader.js';
import { asArray, asEnum, asObject, asString, asStringArray, optional } from './validate.js';

/** What a speech verb may introduce besides a direct quote: a clause without a complementizer, only a "that"/"dass" clause, or nothing. */
export type Complement = 'bare' | 'that' | 'none';

/** One verb of saying of `resources/<lang>/speech-verbs.json` with its inflected forms (lower case). */
export interface SpeechVerb {
  readonly lemma: string;
  readonly complement: Complement;
  /** Separable particle that closes the clause ("teilte … mit"), or null. */
  readonly particle: string | null;
  /**
   * Words that, inside the verb's bracket (between the finite form and its particle, before a joined form in its
   * clause, or right after a form without particle), make the form another verb ("befanden sich" is no court's finding).
   */
  readonly notWith: readonly string[];
  readonly forms: readonly string[];
}

/**
 * The verbs of saying of the loader's language, validated once per loader. The quotes stage reads them as
 * frames of quotes; the time stage reads their forms as report verbs, after which a noun and a present form
 * open a reported clause ("said the minister leaves on Sunday"). One file, so that the two cannot drift apart.
 */
export function loadSpeechVerbs(res: ResourceLoader): readonly SpeechVerb[] {
  return res.lexicon('speech-verbs', validateSpeechVerbs);
}

// (one function, not a closure per call: the loader caches a validated file per validator)
function validateSpeechVerbs(raw: unknown, where: string): readonly SpeechVerb[] {
  const o = asObject(raw, where);
  return asArray(o.verbs, where, 'verbs', (v, w, p) => {
    const e = asObject(v, w, p);
    return {
      lemma: asString(e.lemma, w, `${p}.lemma`),
      complement: asEnum(e.complement, w, `${p}.complement`, ['bare', 'that', 'none'] as const),
      particle: optional(e.particle, w, `${p}.particle`, asString) ?? null,
      notWith: optional(e.notWith, w, `${p}.notWith`, asStringArray) ?? [],
      forms: asStringArray(e.forms, w, `${p}.forms`),
    };
  });
}
