/**
 * The benchmark corpus of `bench:store` and `bench:web`: variants of the project's example articles
 * (examples/*.txt). Each variant rotates the country names through a table (both languages),
 * renames the people the pipeline finds in the original from a pool of made-up names (about a
 * thousand different people), shifts the numbers, spreads the publication date over a year and
 * adds a closing line naming the variant, so content hashes differ, entities and events spread
 * over actors and days, and cross-article merging has real work to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../src/engine.js';
import { ingestPlainText } from '../../src/ingest/index.js';
import { toOutput, type OutDoc } from '../../src/output/schema.js';
import { contentHash } from '../../src/store/hash.js';

/** Country names as the examples' languages write them; variants rotate through this table. */
export const COUNTRIES: readonly [de: string, en: string][] = [
  ['Russland', 'Russia'], ['Belarus', 'Belarus'], ['Litauen', 'Lithuania'], ['Polen', 'Poland'], ['Japan', 'Japan'],
  ['China', 'China'], ['Frankreich', 'France'], ['Finnland', 'Finland'], ['Estland', 'Estonia'], ['Lettland', 'Latvia'],
  ['Schweden', 'Sweden'], ['Norwegen', 'Norway'], ['Ukraine', 'Ukraine'], ['Türkei', 'Turkey'], ['Indien', 'India'],
  ['Südkorea', 'South Korea'], ['Nordkorea', 'North Korea'], ['Vietnam', 'Vietnam'], ['Australien', 'Australia'], ['Kanada', 'Canada'],
];

/** Made-up given names and surnames for renaming the examples' people. */
const GIVEN = ['Anna', 'Jonas', 'Mira', 'Tobias', 'Lena', 'Felix', 'Sofia', 'Marek', 'Ilona', 'Pavel', 'Greta', 'Oskar', 'Nora', 'Emil', 'Ida', 'Viktor', 'Lea', 'Anton', 'Rosa', 'Milan'];
const SURNAMES = ['Keller', 'Brandt', 'Novak', 'Lindqvist', 'Hartmann', 'Sato', 'Moreau', 'Kowalski', 'Berger', 'Dalton', 'Eriksen', 'Fischer', 'Gruber',
  'Hansen', 'Ibarra', 'Jansen', 'Kaminski', 'Lorenz', 'Marino', 'Nakamura', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Schubert', 'Tanaka', 'Ulrich', 'Vogel',
  'Weber', 'Yilmaz', 'Zimmer', 'Albrecht', 'Bauer', 'Conti', 'Dietrich', 'Ebert', 'Falk', 'Graf', 'Haas', 'Imhof', 'Jung', 'Kraus', 'Lang', 'Maier',
  'Neumann', 'Ott', 'Pohl', 'Roth', 'Sommer', 'Thiel'];

const exDir = join(import.meta.dirname, '..', '..', 'examples');
/** The example articles (examples/*.txt) with their language, read by file-name prefix (`en-…`, else German). */
export const examples = readdirSync(exDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(join(exDir, f), 'utf8');
  const lang: 'de' | 'en' = f.startsWith('en') ? 'en' : 'de';
  return { id: f.slice(0, -4), text, lang };
});
if (examples.length === 0) throw new Error('no examples/*.txt to vary');

/** The people of each example as the pipeline finds them: [full-name aliases, surname-only aliases]. */
const people = examples.map((ex) => {
  const doc = new Engine().analyze(ingestPlainText(ex.text), { id: ex.id, published: '2025-01-01' });
  return toOutput(doc).entities.filter((e) => e.type === 'PER').map((e) => e.aliases.filter((a) => a.length > 2)).filter((a) => a.length > 0);
});

/** `s` with the characters a regular expression treats specially escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The i-th variant of an example. */
export function variant(i: number): { id: string; text: string; published: string } {
  const ex = examples[i % examples.length]!;
  const col = ex.lang === 'de' ? 0 : 1;
  const names = COUNTRIES.map((c) => c[col]);
  const shift = Math.floor(i / examples.length) % names.length;
  const re = new RegExp(`\\b(${names.map(escapeRe).join('|')})\\b`, 'gu');
  let text = ex.text.replace(re, (m) => names[(names.indexOf(m) + shift) % names.length]!);
  // rename each person consistently inside the document: full names to "Given Surname", one-word aliases to "Surname"
  const group = i % 1000;
  (people[i % examples.length] ?? []).forEach((aliases, p) => {
    const given = GIVEN[(p * 7 + group) % GIVEN.length]!;
    const sur = SURNAMES[(p * 13 + Math.floor(group / GIVEN.length) + group) % SURNAMES.length]!;
    for (const a of [...aliases].sort((x, y) => y.length - x.length)) {
      text = text.split(a).join(a.includes(' ') ? `${given} ${sur}` : sur);
    }
  });
  text = text.replace(/\b\d{2,}\b/g, (m) => String(Number(m) + (i % 97)));
  text += ex.lang === 'de' ? `\nMeldung ${i} der Testreihe.\n` : `\nReport ${i} of the test series.\n`;
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  return { id: `${ex.id}-v${i}`, text, published: day };
}

/** The i-th variant analysed by every stage: its output, the content hash and the address the store keeps. */
export function analyseVariant(engine: Engine, i: number): { out: OutDoc; lang: 'de' | 'en'; contentHash: string; address: string } {
  const v = variant(i);
  const ing = ingestPlainText(v.text);
  const doc = engine.analyze(ing, { id: v.id, published: v.published, address: `bench:${v.id}` });
  return { out: toOutput(doc), lang: doc.meta.language, contentHash: contentHash(ing.text), address: `bench:${v.id}` };
}
