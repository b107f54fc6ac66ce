import type { ResourceLoader } from '../../resources/loader.js';
import { loadSpeechVerbs } from '../../resources/speech-verbs.js';
import { asObject, asRecord, asStringArray, fail } from '../../resources/validate.js';

/** The speech-act lexicon of one language (`resources/<lang>/speech-acts.json`). */
export interface SpeechActLexicon {
  /** Lemmas of `speech-verbs.json` that name a speech act reported by its topic ("ankündigen", "deny"). */
  readonly lemmas: ReadonlySet<string>;
  /** Per lemma: words one of which the clause must hold for the speech-act sense ("drohte mit …"). */
  readonly needs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per lemma: words that, in the clause, make the verb another act ("forderte 35 Todesopfer"). */
  readonly notWith: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lemmas whose act takes a thing: a person named right after the verb makes it another act ("begrüßte Macron"). */
  readonly thingObjects: ReadonlySet<string>;
  /** Articles of a genitive attribute ("des"): a mention after one is no subject. */
  readonly genitiveArticles: ReadonlySet<string>;
  /** Reflexive pronouns that belong to the verb, not to its topic ("äußerte sich zur Lage"). */
  readonly reflexives: ReadonlySet<string>;
}

/**
 * Loads and validates `speech-acts.json`. Each lemma must be one of `speech-verbs.json`, whose forms the stage
 * finds through the quotes stage's cue finder: the forms live in one file, so the two stages cannot drift apart.
 */
export function loadSpeechActLexicon(res: ResourceLoader): SpeechActLexicon {
  const known = new Set(loadSpeechVerbs(res).map((v) => v.lemma));
  return res.lexicon('speech-acts', (raw, where) => {
    const o = asObject(raw, where);
    const lemmas = asStringArray(o.lemmas, where, 'lemmas');
    lemmas.forEach((l, i) => {
      if (!known.has(l)) fail(where, `lemmas[${i}]`, `a lemma of speech-verbs.json (got "${l}")`);
    });
    asStringArray(o.thingObjects, where, 'thingObjects').forEach((l, i) => {
      if (!lemmas.includes(l)) fail(where, `thingObjects[${i}]`, `a lemma of this file's lemmas (got "${l}")`);
    });
    const perLemma = (field: 'needs' | 'notWith'): Map<string, Set<string>> => {
      const r = asRecord(o[field], where, field, asStringArray);
      for (const l of Object.keys(r)) if (!lemmas.includes(l)) fail(where, `${field}.${l}`, 'a lemma of this file\'s lemmas');
      return new Map(Object.entries(r).map(([l, ws]) => [l, new Set(ws.map((w) => w.toLowerCase()))]));
    };
    return { lemmas: new Set(lemmas), needs: perLemma('needs'), notWith: perLemma('notWith'),
      thingObjects: new Set(asStringArray(o.thingObjects, where, 'thingObjects')),
      genitiveArticles: new Set(asStringArray(o.genitiveArticles, where, 'genitiveArticles').map((w) => w.toLowerCase())), reflexives: new Set(asStringArray(o.reflexives, where, 'reflexives').map((w) => w.toLowerCase())) };
  });
}
