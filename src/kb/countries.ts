import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import type { Country } from 'world-countries';
import type { Lang } from '../doc/types.js';

/** A country as the two npm packages describe it (before curation). */
export interface PackageCountry {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** English common name (world-countries): the canonical name, a surface form only in {@link PACKAGE_NAME_LANG}. */
  readonly name: string;
  /** The country's names in each supported language. */
  readonly names: Readonly<Record<Lang, readonly string[]>>;
  /** Demonyms in the languages the packages give them for (world-countries: English only). */
  readonly demonyms: Readonly<Partial<Record<Lang, readonly string[]>>>;
  /** English capital names. */
  readonly capitals: readonly string[];
  /** Region and subregion ("Americas", "South America"). */
  readonly regions: readonly string[];
  readonly independent: boolean;
  /**
   * An island state: no land border and not landlocked (world-countries), so "the island" can refer
   * to it (Taiwan, Cuba, Cyprus, Iceland, Greenland).
   */
  readonly island: boolean;
  /** ISO 3166-1 alpha-2 codes of the states it shares a land border with (world-countries). */
  readonly neighbours: readonly string[];
}

/** The language of the packages' canonical country names. */
export const PACKAGE_NAME_LANG: Lang = 'en';

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s.'’()\-]+$/u;

/** Names that are usable as surface forms: Latin script, not inverted ("Korea, Republic of"), not bare ISO codes. */
function usable(name: string, code: string): boolean {
  // "The Gambia", "The Netherlands": the article is not part of the name (it is lower case inside a sentence)
  return name.length > 1 && LATIN.test(name) && !name.includes(',') && name !== code && !/^[A-Z]{2}$/.test(name) && !/^The /.test(name);
}

/**
 * Reads every country of i18n-iso-countries (German and English names) and world-countries
 * (official names, German translations, alternative spellings, English demonyms, capitals,
 * regions). Built once per knowledge base; nothing is cached at module level.
 */
export function packageCountries(): PackageCountry[] {
  const require = createRequire(import.meta.url);
  isoCountries.registerLocale(require('i18n-iso-countries/langs/de.json') as Parameters<typeof isoCountries.registerLocale>[0]);
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof isoCountries.registerLocale>[0]);
  // world-countries is CommonJS whose typings declare an ES default export; require gives the array itself
  const worldCountries = require('world-countries') as Country[];
  const de = isoCountries.getNames('de', { select: 'all' }) as Record<string, string[]>;
  const en = isoCountries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const alpha2 = new Map(worldCountries.map((c) => [c.cca3, c.cca2] as const));
  const out: PackageCountry[] = [];
  for (const c of worldCountries) {
    const code = c.cca2;
    const namesEn = new Set<string>([c.name.common, c.name.official, ...(en[code] ?? [])]);
    for (const a of c.altSpellings) if (/^[A-Z]{3,5}$/.test(a) || (a.includes(' ') && usable(a, code))) namesEn.add(a);
    const deu = c.translations['deu'];
    const namesDe = new Set<string>([...(de[code] ?? []), ...(deu ? [deu.common, deu.official] : [])]);
    const dem = c.demonyms['eng'];
    out.push({
      code,
      name: c.name.common,
      names: { en: [...namesEn].filter((n) => usable(n, code)), de: [...namesDe].filter((n) => usable(n, code)) },
      demonyms: dem ? { en: [...new Set([dem.m, dem.f])].filter((d) => d.length > 1) } : {},
      capitals: c.capital.filter((n) => usable(n, code)),
      // (a landlocked state is also of the pseudo-region "Landlocked": "der Binnenstaat", "the landlocked nation")
      regions: [c.region, c.subregion, c.landlocked ? 'Landlocked' : ''].filter((r) => r.length > 0),
      independent: c.independent,
      island: !c.landlocked && c.borders.length === 0,
      neighbours: c.borders.flatMap((b) => alpha2.get(b) ?? []),
    });
  }
  // sovereign states first, so that a capital name shared with a territory goes to the state
  return out.sort((a, b) => Number(b.independent) - Number(a.independent));
}
