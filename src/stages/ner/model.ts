import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../doc/types.js';
import { LagebildError } from '../../errors.js';
import { decodeModel, type LoadedModel } from '../../ml/model-file.js';
import { MODELS_DIR, type ResourceLoader } from '../../resources/loader.js';
import { asObject, asStringArray } from '../../resources/validate.js';

/** File name of a language's NER model inside `models/`. */
export function nerModelFile(lang: Lang, dir: string = MODELS_DIR): string {
  return join(dir, `ner-${lang}.bin.gz`);
}

/** Loads and checks the NER model of a language; a missing or broken file is a RESOURCE_INVALID error. */
export function loadNerModel(lang: Lang, dir: string = MODELS_DIR): LoadedModel {
  const file = nerModelFile(lang, dir);
  if (!existsSync(file)) throw new LagebildError('RESOURCE_INVALID', 'NER model missing (run npm run train:ner)', file);
  try {
    return decodeModel(readFileSync(file));
  } catch (err) {
    throw new LagebildError('RESOURCE_INVALID', `not a valid NER model: ${(err as Error).message}`, file, { cause: err });
  }
}

/** The `ner` lexicon of a language (`resources/<lang>/ner.json`). */
export interface NerLexicon {
  /** Lower-case words that may continue a name (see `Tagger.nameConnectors`). */
  readonly nameConnectors: ReadonlySet<string>;
  /** Suffixes of common nouns that end a person's name run before them (see `noun.ts`). */
  readonly nounSuffixes: readonly string[];
}

/** Loads and validates `resources/<lang>/ner.json`. */
export function loadNerLexicon(res: ResourceLoader): NerLexicon {
  return res.lexicon('ner', (raw, where) => {
    const o = asObject(raw, where);
    return { nameConnectors: new Set(asStringArray(o.nameConnectors, where, 'nameConnectors')), nounSuffixes: asStringArray(o.nounSuffixes ?? [], where, 'nounSuffixes') };
  });
}
