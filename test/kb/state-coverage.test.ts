/**
 * Systematic coverage of the UN member states, by data rather than by article: for every member
 * state (world-countries' `unMember`) short sentences in both languages use its name, inflected
 * German forms, its adjective (every German ending), the demonym plural and its capital as a
 * metonym, and each form must resolve to the state as a GPE; an organ ("Das kirgisische Parlament",
 * "Kyrgyzstan's parliament") must be a description of it. The expected forms come from
 * sources other than the engine's own lists where such a source exists: world-countries (English
 * names, demonyms, capitals, German common names), the Auswärtiges Amt's list of state names
 * (`../shared/data/gazetteers-de/laendernamen.txt`) and Schrodt's CountryInfo (`../shared/data/
 * countryinfo`, first `<Nationality>` entry = English adjective); both shared files are read at test
 * time only and skipped when absent. German adjectives, demonyms and capital exonyms have no
 * such source: for them the test checks that the knowledge base lists one for every member state
 * and that each resolves in text.
 *
 * `COVERAGE_REPORT=1` prints every failing form and the counts per kind instead of failing fast.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { Country } from 'world-countries';
import type { Lang } from '../../src/doc/types.js';
import { buildKnowledgeBase, type KbEntity, type KnowledgeBase } from '../../src/kb/index.js';
import { ResourceLoader } from '../../src/resources/loader.js';
import { withTagger } from '../stages/resolve/helpers.js';

const require = createRequire(import.meta.url);
const UN = (require('world-countries') as Country[]).filter((c) => c.unMember);
const SHARED = new URL('../../../shared/data/', import.meta.url).pathname;
const REPORT = process.env.COVERAGE_REPORT === '1';

/** German country names used with an article: the article in the nominative. Everything else is neuter without one. */
const DE_ARTICLE: Readonly<Record<string, 'der' | 'die' | 'die-pl'>> = {
  Mongolei: 'die', Türkei: 'die', Slowakei: 'die', Schweiz: 'die', Ukraine: 'die', Elfenbeinküste: 'die',
  'Zentralafrikanische Republik': 'die', 'Dominikanische Republik': 'die', 'Demokratische Republik Kongo': 'die', 'Republik Kongo': 'die',
  Tschad: 'der', Irak: 'der', Iran: 'der', Jemen: 'der', Libanon: 'der', Sudan: 'der', Südsudan: 'der', Niger: 'der', Senegal: 'der', Kongo: 'der',
  Komoren: 'die-pl', Malediven: 'die-pl', Philippinen: 'die-pl', Seychellen: 'die-pl', Bahamas: 'die-pl', Salomonen: 'die-pl', Marshallinseln: 'die-pl',
  Niederlande: 'die-pl', 'Vereinigte Staaten': 'die-pl', 'Vereinigte Arabische Emirate': 'die-pl', Fidschi: 'die-pl',
};

/**
 * Forms two member states share, with the state the knowledge base gives them by convention (the
 * larger one, as news use them): the probe then expects that state.
 */
const SHARED_FORM: Readonly<Record<string, string>> = {
  Kongo: 'dr-congo', Kongos: 'dr-congo', Congolese: 'dr-congo', Kongolesen: 'dr-congo', Dominican: 'dominican-republic', Dominicans: 'dominican-republic',
};

/**
 * Member states with no form of a kind in use (so none is listed): German adjectives of St. Kitts
 * and Nevis (the Auswärtiges Amt writes "von St. Kitts und Nevis"), of the Solomon Islands
 * ("salomonisch" means "wise") and of the Republic of the Congo ("kongolesisch" is the DR Congo's);
 * no demonym of the Vatican.
 */
const NONE: ReadonlySet<string> = new Set(['saint-kitts-and-nevis adjective', 'solomon-islands adjective', 'republic-of-the-congo adjective', 'republic-of-the-congo demonym', 'vatican-city demonym']);

/** English names that take "the". */
const EN_THE = /^(Philippines|Comoros|Bahamas|Gambia|Netherlands|United States|United Kingdom|United Arab Emirates|Central African Republic|Dominican Republic|Czech Republic|Maldives|Seychelles|Marshall Islands|Solomon Islands|Republic of the Congo|DR Congo)$/;

interface Probe {
  readonly kind: string;
  readonly lang: Lang;
  readonly sentence: string;
  readonly form: string;
  /** The probe checks a description of the state (an organ) instead of an alias. */
  readonly description?: boolean;
  /** The entity the form must resolve to, when not the state (a shared form, a capital that acts for another body). */
  readonly expect?: string;
}

function laendernamen(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const file = `${SHARED}gazetteers-de/laendernamen.txt`;
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // pairs: short name, official long name
  for (let i = 0; i + 1 < lines.length; i += 2) out.set(lines[i]!, [lines[i]!, lines[i + 1]!]);
  return out;
}

function countryInfoAdjectives(): Map<string, string> {
  const out = new Map<string, string>();
  const file = `${SHARED}countryinfo/CountryInfo.120116.txt`;
  if (!existsSync(file)) return out;
  // eslint-disable-next-line no-control-regex
  const text = readFileSync(file, 'utf8').replace(/[\x00-\x08\x1a]/g, '');
  for (const block of text.split('<Country>').slice(1)) {
    const code = /<CountryCode>\s*([A-Z]{3})\s/.exec(block)?.[1];
    const nat = /<Nationality>\s*([^\n]+)/.exec(block)?.[1]?.trim();
    if (!code || !nat || /S_$/.test(nat)) continue;
    const adj = nat.replace(/_$/, '').split('_').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
    out.set(code, adj);
  }
  return out;
}

function stateOf(kb: KnowledgeBase, code: string): KbEntity | undefined {
  for (const e of kb.all()) if (e.kind === 'country' && e.code === code) return e;
  return undefined;
}

/**
 * A plural name in the genitive or dative, as German declines it: the adjectives before the noun take the weak -n
 * ("der Vereinigten Arabischen Emirate"), and in the dative the noun takes -n too ("den Vereinigten Arabischen Emiraten").
 */
function pluralCase(name: string, dative: boolean): string {
  const words = name.split(' ');
  return words.map((w, i) => (i < words.length - 1 || dative ? w.replace(/e$/, 'en') : w)).join(' ');
}

function deProbes(c: Country, state: KbEntity, kb: KnowledgeBase, gaz: Map<string, string[]>, deFile: KbNamesFile): Probe[] {
  const out: Probe[] = [];
  const short = c.translations['deu']?.common ?? '';
  // "Kongo (Dem. Rep.)": a list label, not a surface form
  const names = new Set([short, ...(gaz.get(short) ?? [])].filter((n) => n.length > 0 && !n.includes('(')));
  for (const name of names) {
    const art = DE_ARTICLE[name];
    const subj = art === 'der' ? `Der ${name}` : art ? `Die ${name}` : name;
    out.push({ kind: 'name', lang: 'de', sentence: `${subj} kündigte am Montag neue Gespräche an.`, form: name });
    if (name !== short) continue;
    const gen = art === 'der' ? `des ${name}` : art ? `der ${art === 'die-pl' ? pluralCase(name, false) : name}` : /[sßxz]$/.test(name) ? null : `${name}s`;
    if (gen) out.push({ kind: 'genitive', lang: 'de', sentence: `Die Regierung ${gen} wies die Vorwürfe zurück.`, form: gen.replace(/^(des|der) /, '') });
    if (art === 'der' && !/[sßxz]$/.test(name)) out.push({ kind: 'genitive', lang: 'de', sentence: `Die Armee des ${name}s meldete Verluste.`, form: `${name}s` });
    if (art === 'die-pl') out.push({ kind: 'dative', lang: 'de', sentence: `Auf den ${pluralCase(name, true)} kam es zu Protesten.`, form: pluralCase(name, true) });
  }
  const stems = deFile.adjectives[state.id] ?? [];
  if (stems.length === 0 && !NONE.has(`${state.id} adjective`)) out.push({ kind: 'adjective', lang: 'de', sentence: '', form: '(no German adjective listed)' });
  for (const stem of stems.slice(0, 1)) {
    out.push({ kind: 'adjective', lang: 'de', sentence: `Die ${stem}e Regierung kündigte Reformen an.`, form: `${stem}e` });
    out.push({ kind: 'adjective', lang: 'de', sentence: `Ein Sprecher der ${stem}en Armee sagte, die Lage sei ruhig.`, form: `${stem}en` });
    out.push({ kind: 'adjective', lang: 'de', sentence: `Ein ${stem}er Diplomat bestätigte das Treffen.`, form: `${stem}er` });
    out.push({ kind: 'organ', lang: 'de', sentence: `Das ${stem}e Parlament stimmte am Mittwoch zu.`, form: `Das ${stem}e Parlament`, description: true });
  }
  const listed = deFile.demonyms[state.id] ?? [];
  // a plural: "-en", "-ern", "-s", or an "-er" noun (plural = singular)
  const dems = [...listed.filter((d) => /(n|s)$/.test(d)), ...listed.filter((d) => d.endsWith('er'))];
  if (dems.length === 0 && !NONE.has(`${state.id} demonym`)) out.push({ kind: 'demonym', lang: 'de', sentence: '', form: '(no German demonym plural listed)' });
  for (const d of dems.slice(0, 1)) out.push({ kind: 'demonym', lang: 'de', sentence: `Tausende ${d} protestierten am Sonntag gegen die Regierung.`, form: d });
  // a city-state's capital is the state's own name (no capital entity)
  const cap = kb.capitalOf(state.id);
  const capName = cap ? (deFile.names[cap.id]?.[0] ?? cap.name) : null;
  if (cap && capName) out.push({ kind: 'capital', lang: 'de', sentence: `${capName} wies die Vorwürfe am Montag scharf zurück.`, form: capName, ...(cap.actsFor ? { expect: cap.actsFor } : {}) });
  return out;
}

function enProbes(c: Country, state: KbEntity, kb: KnowledgeBase, ci: Map<string, string>, enFile: KbNamesFile): Probe[] {
  const out: Probe[] = [];
  const name = state.name;
  const subj = EN_THE.test(name) ? `The ${name}` : name;
  out.push({ kind: 'name', lang: 'en', sentence: `${subj} announced new talks on Monday.`, form: name });
  if (!EN_THE.test(name)) out.push({ kind: 'genitive', lang: 'en', sentence: `${name}'s government rejected the accusations.`, form: name });
  const poss = name.endsWith('s') ? `${name}'` : `${name}'s`;
  if (!EN_THE.test(name)) out.push({ kind: 'organ', lang: 'en', sentence: `${poss} parliament approved the law on Wednesday.`, form: `${poss} parliament`, description: true });
  const adjs = new Set<string>();
  const dem = c.demonyms['eng']?.m;
  const ciAdj = ci.get(c.cca3);
  if (ciAdj) adjs.add(ciAdj);
  if (dem && !/s$/.test(dem)) adjs.add(dem);
  for (const a of enFile.adjectives[state.id] ?? []) adjs.add(a);
  for (const a of [...adjs].filter((x) => !/ or |,/.test(x))) out.push({ kind: 'adjective', lang: 'en', sentence: `The ${a} government announced reforms.`, form: a });
  const plural = enFile.demonyms[state.id]?.[0] ?? (ciAdj && /(an|i)$/.test(ciAdj) ? `${ciAdj}s` : dem && /(an|i)$/.test(dem) ? `${dem}s` : null);
  if (plural) out.push({ kind: 'demonym', lang: 'en', sentence: `Thousands of ${plural} protested against the government on Sunday.`, form: plural });
  const cap = kb.capitalOf(state.id);
  const capName = c.capital[0];
  if (cap && capName) out.push({ kind: 'capital', lang: 'en', sentence: `${capName} rejected the accusations on Monday.`, form: capName, ...(cap.actsFor ? { expect: cap.actsFor } : {}) });
  return out;
}

interface KbNamesFile {
  readonly names: Record<string, string[]>;
  readonly adjectives: Record<string, string[]>;
  readonly demonyms: Record<string, string[]>;
}

function kbNames(lang: Lang): KbNamesFile {
  return JSON.parse(readFileSync(new URL(`../../resources/${lang}/kb-names.json`, import.meta.url), 'utf8')) as KbNamesFile;
}

/** Runs one probe; returns a failure message or null. */
function check(p: Probe, state: KbEntity): string | null {
  if (p.sentence === '') return p.form;
  const doc = withTagger(p.lang, p.sentence);
  const e = doc.get('entities').find((x) => (p.description ? x.descriptions : x.aliases).includes(p.form));
  if (!e) return `"${p.form}" not ${p.description ? 'a description' : 'an alias'} of any entity in: ${p.sentence}`;
  const want = p.expect ?? SHARED_FORM[p.form] ?? state.id;
  if (e.id !== want) return `"${p.form}" → ${e.id} (${e.type}), not ${want}`;
  if (!p.expect && e.type !== 'GPE') return `"${p.form}" typed ${e.type}`;
  return null;
}

describe('knowledge base: every UN member state in both languages', () => {
  const gaz = laendernamen();
  const ci = countryInfoAdjectives();
  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: name, genitive, adjective, demonym and capital resolve to the state`, () => {
      const kb = buildKnowledgeBase(new ResourceLoader(lang), lang);
      const file = kbNames(lang);
      const fails: string[] = [];
      const total = new Map<string, number>();
      const bad = new Map<string, number>();
      for (const c of UN) {
        const state = stateOf(kb, c.cca2);
        if (!state) {
          fails.push(`${c.cca2}: no state in the knowledge base`);
          continue;
        }
        const probes = lang === 'de' ? deProbes(c, state, kb, gaz, file) : enProbes(c, state, kb, ci, file);
        for (const p of probes) {
          total.set(p.kind, (total.get(p.kind) ?? 0) + 1);
          const f = check(p, state);
          if (f) {
            bad.set(p.kind, (bad.get(p.kind) ?? 0) + 1);
            fails.push(`${state.id} [${p.kind}] ${f}`);
          }
        }
      }
      if (REPORT) {
        const counts = [...total].map(([k, n]) => `${k} ${n - (bad.get(k) ?? 0)}/${n}`).join(', ');
        console.log(`${lang}: ${counts}\n${fails.join('\n')}`);
      }
      assert.deepEqual(fails, []);
    });
  }
});
