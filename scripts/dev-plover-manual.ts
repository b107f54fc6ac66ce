/**
 * English tuning set of the events stage (issue 6): the examples of the PLOVER codebook
 * (`../shared/data/plover/PLOVER_MANUAL.tex`, CC BY-SA), each with the category the manual gives it.
 *
 * Items, extracted from the LaTeX source (comments dropped):
 * - quoted examples (``…'') in the chapter "Event Categories": the category an explicit statement of
 *   their own sentence gives ("should be coded as \plcat{X}"), else one the item states as the only one
 *   to code ("only the \plcat{X} should be coded"), else the category of the section they stand in;
 * - quoted examples elsewhere followed by CAMEO codes (the "Compound and Reciprocal Actors" section),
 *   mapped to PLOVER by `CAMEO2PLOVER-2021.txt`;
 * - the first sentence of each category's definition (each item of an itemized definition);
 * - the rows of mode tables whose modes describe the act itself (not REQUEST/REJECT, whose modes are shared
 *   and name the content, nor THREATEN, whose "mode is the content of the threat");
 * - the examples of the auxiliary modes future/hypothetical/negation, checked for modality only.
 * Fragments with an ellipsis inside ("announced...would withdraw") cannot be run and are skipped.
 *
 * Runs the events stage as `bench-events.ts` does (pipeline up to events, `requireActors: false`) and
 * prints type accuracy (project default and option `ploverFuture`), confusions and every miss.
 * Usage: npm run dev:plover [-- --quiet]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSentence, FOLD, root } from './events-harness.js';

const dir = join(root, '..', 'shared', 'data', 'plover');
const manualFile = join(dir, 'PLOVER_MANUAL.tex');
const crosswalkFile = join(dir, 'CAMEO2PLOVER-2021.txt');
if (!existsSync(manualFile)) {
  console.log(`dev:plover skipped: ${manualFile} not found (../shared is not present)`);
  process.exit(0);
}
const quiet = process.argv.includes('--quiet');

const TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
/** Types whose mode tables name the content of the act, not the act ("REQUEST modes … shared with REJECT"; THREATEN: "the mode is the content"). */
const CONTENT_MODES = new Set(['REQUEST', 'REJECT', 'THREATEN']);

interface Item { readonly text: string; readonly gold: string; readonly kind: 'example' | 'definition' | 'mode' | 'cameo' }
interface ModalityItem { readonly text: string; readonly modality: string }

/** LaTeX source without comments (an unescaped % to the end of the line). */
const tex = readFileSync(manualFile, 'utf8').split('\n').map((l) => l.replace(/(?<!\\)%.*$/u, '')).join('\n');

/** Plain text of a LaTeX fragment: commands unwrapped, escapes resolved. */
function plain(s: string): string {
  return s
    .replace(/\\(?:ldots|dots)\b\s*/gu, '...')
    .replace(/\\\$/gu, '$').replace(/\\%/gu, '%').replace(/\\&/gu, '&')
    .replace(/---/gu, ' - ').replace(/--/gu, '-')
    .replace(/\\(?:emph|textit|ti|textbf|txt|plcat|plcon|plmod|texttt)\{([^{}]*)\}/gu, '$1')
    .replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/gu, '')
    .replace(/[{}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** CAMEO code → PLOVER category (first field of each line of the crosswalk). */
const cameo = new Map<string, string>();
if (existsSync(crosswalkFile)) {
  for (const line of readFileSync(crosswalkFile, 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/u.exec(line);
    if (m) cameo.set(m[1]!, FOLD[m[2]!] ?? m[2]!);
  }
}

const QUOTE = /``((?:(?!``|''|").)+?)(?:''|")/gsu;
/** Quoted text that is a runnable example: a few words, no ellipsis inside, not a name or a term. */
function runnable(q: string): boolean {
  const t = plain(q).replace(/(?:\.\.\.|…)\s*$/u, '');
  return t.split(' ').length >= 2 && !/\.\.\.|…|\//u.test(t) && !/^[A-Z]{2,}\b/u.test(t);
}
const clean = (q: string): string => plain(q).replace(/(?:\.\.\.|…)\s*$/u, '').replace(/[,;]\s*$/u, '').trim();

/** The first sentence of a plain text (not ending at "e.g." or "i.e."). */
const firstSentence = (t: string): string => t.split(/(?<!\b(?:e\.g|i\.e|etc))(?<=[.:])\s+(?=[A-Za-z])/u)[0] ?? t;

const items: Item[] = [];
const modalities: ModalityItem[] = [];

// the chapter of event categories, section by section
const chapterStart = tex.indexOf('\\chapter{Event Categories}');
const chapterEnd = tex.indexOf('\\chapter', chapterStart + 10);
const chapter = tex.slice(chapterStart, chapterEnd < 0 ? undefined : chapterEnd);
for (const sec of chapter.split(/\\section\{/u).slice(1)) {
  const name = sec.slice(0, sec.indexOf('}')).trim();
  if (!TYPES.has(name)) continue;
  const body = sec.slice(sec.indexOf('}') + 1);
  // definition: text before the first subsection; each \item of an itemized definition, else its first sentence
  const def = body.slice(0, Math.max(0, body.indexOf('\\subsection'))).replace(/\\begin\{itemize\}|\\end\{itemize\}/gu, '');
  const defItems = def.includes('\\item') ? def.split('\\item').slice(1) : [def.split(/\n\s*\n/u).find((p) => p.trim().length > 0) ?? ''];
  for (const d of defItems) {
    const first = firstSentence(plain(d));
    if (first.split(' ').length >= 3) items.push({ text: first, gold: name, kind: 'definition' });
  }
  // quoted examples with the category their item gives
  for (const it of body.split(/\\item\b|\n\s*\n/u)) {
    for (const m of it.matchAll(QUOTE)) {
      if (!runnable(m[1]!)) continue;
      const after = it.slice(m.index + m[0].length);
      const ownSentence = after.split(/\.\s+(?=[A-Z\\])/u)[0] ?? '';
      const coded = /coded as \\plcat\{([A-Z]+)\}/u.exec(ownSentence) ?? /coded as \\plcat\{([A-Z]+)\}/u.exec(after.split(/``/u)[0] ?? '');
      const only = /only the \\plcat\{([A-Z]+)\} should be coded/u.exec(it);
      const gold = coded?.[1] ?? only?.[1] ?? name;
      // (an example quoted under two categories is one item)
      if (TYPES.has(gold) && !items.some((x) => x.text === clean(m[1]!))) items.push({ text: clean(m[1]!), gold, kind: 'example' });
    }
  }
  // mode tables that describe the act
  if (!CONTENT_MODES.has(name)) {
    for (const table of body.matchAll(/\\begin\{tabular\}([\s\S]*?)\\end\{tabular\}/gu)) {
      for (const row of table[1]!.split('\\\\')) {
        const cells = row.split('&');
        if (cells.length !== 2) continue;
        const mode = plain(cells[0]!);
        const content = plain(cells[1]!);
        // (the header row, and rows that describe the roles rather than the act)
        if (/\bName$/u.test(mode) || content === 'Content' || content.length < 4 || /\b(?:actor|recipient)\b/u.test(content)) continue;
        items.push({ text: firstSentence(content), gold: name, kind: 'mode' });
      }
    }
  }
}

// examples outside the chapter followed by CAMEO codes ("USA RUS 112")
for (const m of tex.matchAll(/``((?:(?!``|'').)+?)''(?:(?!``)[\s\S]){0,400}?\\begin\{verbatim\}([\s\S]*?)\\end\{verbatim\}/gu)) {
  if (m.index >= chapterStart && m.index < chapterStart + chapter.length) continue;
  const code = /\b[A-Z]{3}\s+[A-Z]{3}\s+(\d{3,4})\b/u.exec(m[2]!)?.[1];
  const gold = code ? cameo.get(code) ?? cameo.get(code.slice(0, 3)) : undefined;
  if (gold && TYPES.has(gold) && runnable(m[1]!)) items.push({ text: clean(m[1]!), gold, kind: 'cameo' });
}

// auxiliary modes: \item \plcon{future}: ``…''
const AUX: Record<string, string> = { future: 'planned', hypothetical: 'hypothetical', negation: 'negated' };
for (const m of tex.matchAll(/\\item\s*\\plcon\{([a-z]+)\}:\s*``((?:(?!``|''|").)+?)(?:''|")/gu)) {
  const want = AUX[m[1]!];
  if (want) modalities.push({ text: clean(m[2]!), modality: want });
}

// run
const byKind = new Map<string, { n: number; ok: number; okP: number }>();
const confusion = new Map<string, number>();
let ok = 0;
let okP = 0;
let okU = 0;
const misses: string[] = [];
items.forEach((it, i) => {
  const r = codeSentence(it.text.endsWith('.') ? it.text : `${it.text}.`, `manual-${i}`);
  const k = byKind.get(it.kind) ?? { n: 0, ok: 0, okP: 0 };
  k.n++;
  if (r.type === it.gold) { ok++; k.ok++; } else {
    confusion.set(`${it.gold}→${r.type}`, (confusion.get(`${it.gold}→${r.type}`) ?? 0) + 1);
    misses.push(`  [${it.kind}] ${it.gold} ← ${r.type}${r.typePlover !== r.type ? ` (ploverFuture: ${r.typePlover})` : ''}: ${it.text}`);
  }
  if (r.typePlover === it.gold) { okP++; k.okP++; }
  if (r.typeByUse === it.gold) okU++;
  byKind.set(it.kind, k);
});
let okMod = 0;
const modMisses: string[] = [];
modalities.forEach((m, i) => {
  const r = codeSentence(m.text.endsWith('.') ? m.text : `${m.text}.`, `manual-mod-${i}`);
  if (r.modality === m.modality) okMod++;
  else modMisses.push(`  ${m.modality} ← ${r.modality} (${r.type}): ${m.text}`);
});

const f = (a: number, n: number): string => `${(n ? a / n : 0).toFixed(3)} (${a}/${n})`;
console.log(`PLOVER manual examples: ${items.length}`);
console.log(`event-type accuracy: ${f(ok, items.length)}; with option ploverFuture: ${f(okP, items.length)}; main predicate by use: ${f(okU, items.length)}`);
for (const [kind, k] of byKind) console.log(`  ${kind.padEnd(10)} ${f(k.ok, k.n)}; ploverFuture ${f(k.okP, k.n)}`);
console.log(`auxiliary-mode modality: ${f(okMod, modalities.length)}`);
const top = [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log(`confusions: ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (!quiet) {
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  if (modMisses.length) console.log(`modality misses:\n${modMisses.join('\n')}`);
}
