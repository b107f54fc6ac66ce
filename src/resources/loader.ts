import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LagebildError } from '../errors.js';
import type { Lang } from '../doc/types.js';

/** The project's `resources/` folder (the same relative path from `src/` and from `dist/`). */
export const RESOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');

/** The project's `models/` folder. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** Turns parsed JSON into a typed value or throws (see `validate.ts`). */
export type Validator<T> = (raw: unknown, where: string) => T;

/**
 * Loads and validates the lexicon files of one language. Files are JSON, named the same in every
 * language folder; `common/` holds language-independent ones. Each file is read once and validated once
 * per validator per loader (a loader belongs to one built pipeline; there is no process-wide cache).
 */
export class ResourceLoader {
  readonly lang: Lang;
  readonly root: string;
  private readonly json = new Map<string, unknown>();
  private readonly validated = new Map<string, Map<Validator<unknown>, unknown>>();
  private readonly derivedValues = new Map<string, unknown>();

  constructor(lang: Lang, root: string = RESOURCES_DIR) {
    this.lang = lang;
    this.root = root;
  }

  /** `resources/<lang>/<name>.json`, validated. */
  lexicon<T>(name: string, validate: Validator<T>): T {
    return this.load(join(this.root, this.lang, `${name}.json`), validate);
  }

  /** `resources/common/<name>.json`, validated. */
  common<T>(name: string, validate: Validator<T>): T {
    return this.load(join(this.root, 'common', `${name}.json`), validate);
  }

  /** A lexicon of another language (for cross-language stages such as the knowledge base). */
  forLang(lang: Lang): ResourceLoader {
    return lang === this.lang ? this : new ResourceLoader(lang, this.root);
  }

  /**
   * A value built from this loader's files, built once per loader and shared by the stages of its pipeline (the
   * knowledge base, which three stages read). `key` names everything `build` depends on besides the files; the value
   * must be immutable, since every caller gets the same one.
   */
  derived<T>(key: string, build: () => T): T {
    if (this.derivedValues.has(key)) return this.derivedValues.get(key) as T;
    const value = build();
    this.derivedValues.set(key, value);
    return value;
  }

  private load<T>(file: string, validate: Validator<T>): T {
    // several stages may read one file with validators of their own shape: the parsed JSON is kept per file and the
    // validated value per file and validator, so no caller ever gets another validator's shape
    let byValidator = this.validated.get(file);
    if (byValidator === undefined) {
      byValidator = new Map();
      this.validated.set(file, byValidator);
    }
    const hit = byValidator.get(validate);
    if (hit !== undefined) return hit as T;
    const value = validate(this.parsed(file), file);
    byValidator.set(validate, value);
    return value;
  }

  /** The JSON of a file, read and parsed once. */
  private parsed(file: string): unknown {
    if (this.json.has(file)) return this.json.get(file);
    if (!existsSync(file)) throw new LagebildError('RESOURCE_INVALID', `lexicon file missing`, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new LagebildError('RESOURCE_INVALID', `not valid JSON: ${(err as Error).message}`, file);
    }
    this.json.set(file, raw);
    return raw;
  }
}
