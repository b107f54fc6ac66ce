/**
 * Quotes benchmark: `npm run bench:quotes`. On the German Wikinews quotation TEST set
 * (Petersen-Frey & Biemann 2024, ../shared/data/german-news-quotes/test.jsonl; the DEV split with `--split dev`) it prints
 * - quote detection P/R/F1: a gold quotation counts as found when a system quote overlaps at
 *   least half of its characters (one-to-one, the rule of the dev-corpus scorer), over all
 *   annotation types, with recall per type and for nested / not nested annotations (the data
 *   set also annotates quotes nested in reported speech, which the project's convention covers
 *   by the outer quote only); a second figure counts the stage's verbatim passages (the quoted words
 *   inside a reported clause, `Quote.verbatim`) as direct quotes of their own, the data set's convention;
 * - "all detected quotes and speech-act reports": the speech-acts stage's acts (a speech act named with its topic and
 *   no content, "Der Minister kündigte Reformen an"; src/stages/speech-acts) counted as quotes next to all detected
 *   quotes, against all gold, with the recall of the data set's "Reported" annotations (the quote lines leave acts out);
 * - speaker accuracy over found quotes that have a gold speaker: the mention the stage read the
 *   speaker from overlaps the gold speaker span;
 * - boundary diagnostics over all detected quotes, as counts only (see `diagnose`): why each missed gold quotation
 *   was missed, what the false positives overlap, speaker verdicts by type, and the recall the union of overlapping
 *   system quotes would reach (the part of the gap that is span boundaries rather than quotes not found);
 * - speed of the quotes stage in words per second (one core, after warm-up).
 *
 * Options (after `--`: `npm run bench:quotes -- --split dev --misses`):
 * - `--split test|dev|train` (default `test`): the data set's split to score. The TEST split is evaluation-only (aggregate
 *   figures, a few runs per session); the DEV split (150 articles) is development material the project may read
 *   to find general classes of misses; the TRAIN split (700 articles, three files) is scored in aggregate only, to check
 *   that a rule found on DEV carries over to articles nobody read before TEST sees it. All are scored by the same code.
 * - `--misses` (DEV split only; refused on TEST and TRAIN): after the figures, every missed gold quotation of the stage output
 *   scored under the project convention (type, nested flag, the quote and its sentence, the stage's candidates that
 *   overlap it, kept or dropped by the source policy) and every false positive (kind,
 *   rule, the quote and its sentence) and every found quotation with a wrong or no speaker, to read, not to store;
 *   the same for all detected quotes and speech-act reports; and the boundary diagnostics item by item (each wrong
 *   speaker, each gold quotation no system quote overlaps with the stage's cues there, each boundary miss).
 * The data set is CC BY-NC-SA: nothing here feeds back into the lexicons or rules automatically, no text or word list
 * from it is stored in the repository, and the TEST split is never read item by item. Skips with a message when
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import type { Paragraph } from '../src/doc/types.js';
import { stageCatalogue } from '../src/pipeline/catalogue.js';
import type { StageRun } from '../src/pipeline/stage.js';
import { MODELS_DIR, ResourceLoader } from '../src/resources/loader.js';
import { QuoteContext } from '../src/stages/quotes/context.js';
import { findCues } from '../src/stages/quotes/cues.js';
import { extractQuotes, type ExtractedQuote } from '../src/stages/quotes/extract.js';
import { loadQuoteLexicon, type QuoteLexicon } from '../src/stages/quotes/lexicon.js';
import { keepQuote } from '../src/stages/quotes/index.js';
import { findSpeechActs } from '../src/stages/speech-acts/find.js';
import { loadSpeechActLexicon } from '../src/stages/speech-acts/lexicon.js';

/**
 * How one score line counts: `policy` keeps only the quotes the stage keeps (a specific source); `aligned` restricts the
 * gold to the project convention; `verbatim` adds each verbatim passage as a direct quote; `joined` joins the pieces of
 * one report; `withActs` adds the speech-acts stage's reports; `listMisses` prints the items (DEV split only).
 */
interface ScoreMode { policy?: boolean; aligned?: boolean; verbatim?: boolean; joined?: boolean; listMisses?: boolean; withActs?: boolean }

/** The options of one run, from the command line (see the file comment). */
interface Options { split: 'test' | 'dev' | 'train'; misses: boolean }

/** The options from `argv`; throws on an unknown option or on `--misses` with the TEST split. */
function parseOptions(argv: readonly string[]): Options {
  const o: Options = { split: 'test', misses: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--misses') o.misses = true;
    else if (a === '--split' || a?.startsWith('--split=')) {
      const v = a === '--split' ? argv[++i] : a.slice('--split='.length);
      if (v !== 'test' && v !== 'dev' && v !== 'train') throw new Error(`bench:quotes: --split takes test, dev or train, not ${String(v)}`);
      o.split = v;
    } else throw new Error(`bench:quotes: unknown option ${String(a)} (options: --split test|dev|train, --misses)`);
  }
  if (o.misses && o.split !== 'dev') throw new Error('bench:quotes: --misses reads items one by one and is for the DEV split only (--split dev); the TEST split is evaluation-only and the TRAIN split is read in aggregate');
  return o;
}

const dataDir = join(MODELS_DIR, '..', '..', 'shared', 'data', 'german-news-quotes');
/** The files of one split: the TRAIN split is stored in three parts (the data set's SOURCE.md). */
const dataFiles = (split: Options['split']): string[] =>
  split === 'train' ? [1, 2, 3].map((k) => join(dataDir, `train.part${k}of3.jsonl`)) : [join(dataDir, `${split}.jsonl`)];

interface GoldSpan { charBegin: number; charEnd: number }
interface GoldRole { spans: GoldSpan[]; text: string }
interface GoldAnnotation { type: string; quote: GoldRole; speaker: GoldRole | null; isNested: boolean }
interface GoldSentence { charBegin: number; charEnd: number }
interface GoldDoc { documentName: string; originalText: string; sentences: GoldSentence[]; annotations: GoldAnnotation[] }

const range = (r: GoldRole): [number, number] | null => {
  if (!r.spans.length) return null;
  return [Math.min(...r.spans.map((s) => s.charBegin)), Math.max(...r.spans.map((s) => s.charEnd))];
};
const overlap = (a: readonly [number, number], b: readonly [number, number]): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/**
 * A Doc of one article with the layers the stage needs. When an earlier stage throws on the
 * article, the article is prepared again with the stages before it only (and counted), so one
 * failing document does not stop the benchmark.
 */
function prepare(text: string, id: string, before: readonly { name: string; run: StageRun }[], failures: Map<string, number>): Doc {
  for (let n = before.length; n >= 0; n--) {
    try {
      return prepareWith(text, id, before.slice(0, n).map((b) => b.run));
    } catch {
      const name = before[n - 1]?.name ?? '?';
      failures.set(name, (failures.get(name) ?? 0) + 1);
    }
  }
  return prepareWith(text, id, []);
}

/** A Doc of one article with its paragraphs (one per line), the given stages run on it. */
function prepareWith(text: string, id: string, before: readonly StageRun[]): Doc {
  const doc = new Doc(text, { id, title: null, published: null, language: 'de', source: null, address: null });
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const a = start + (line.length - line.trimStart().length);
    const b = start + line.trimEnd().length;
    if (b > a) paragraphs.push({ start: a, end: b, zone: 'body', stage: 'bench', rule: 'line' });
    start = end + 1;
  }
  doc.add('paragraphs', paragraphs, 'bench');
  for (const run of before) run(doc);
  if (!doc.has('mentions')) doc.add('mentions', [], 'bench');
  if (!doc.has('entities')) doc.add('entities', [], 'bench');
  return doc;
}

/**
 * The quote with each of its verbatim passages as a direct quote of the same speaker, the passages first: the
 * data set annotates a quoted passage inside reported speech as a nested direct quote, and a passage is always
 * the nearer match for it (the outer quote covers it too, and the first match is taken).
 */
function withVerbatim(q: ExtractedQuote): ExtractedQuote[] {
  return [...q.verbatim.map((v) => ({ ...q, kind: 'direct' as const, start: v.start, end: v.end, fragment: false, verbatim: [] })), q];
}

/**
 * The pieces of one report around its frame joined into one quote, the data set's convention: it annotates "Die Lage
 * sei ernst, so X, und man müsse handeln" or "„…“, sagte X, „…“" as one (discontinuous) quotation, where the stage
 * gives one quote per piece. Two quotes in text order are joined when they lie in the same sentence, are of the same
 * kind and were read from the same speaker phrase, with at most 80 characters (the frame) between them.
 */
function joinPieces(qs: readonly ExtractedQuote[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const q of [...qs].sort((x, y) => x.start - y.start)) {
    const p = out[out.length - 1];
    const same = p !== undefined && p.sentence === q.sentence && p.kind === q.kind && p.speakerSpan !== null && q.speakerSpan !== null &&
      p.speakerSpan.start === q.speakerSpan.start && p.speakerSpan.end === q.speakerSpan.end && q.start >= p.end && q.start - p.end <= 80;
    if (same) out[out.length - 1] = { ...p, end: q.end, verbatim: [...p.verbatim, ...q.verbatim] };
    else out.push(q);
  }
  return out;
}

/** The quotes the stage keeps (reported speech needs a specific source, see src/stages/quotes/index.ts). */
function kept(doc: Doc, qs: readonly ExtractedQuote[], lex: QuoteLexicon): ExtractedQuote[] {
  return qs.filter((q) => keepQuote(doc.text, q, lex));
}

/** One line of text with its line breaks shown as " / ", for the miss list. */
const flat = (t: string): string => t.replace(/\s*\n\s*/g, ' / ');

/**
 * The missed gold quotations of one article (those the scoring counted and found no system quote for), each with the
 * stage's candidates (`all`, before the source policy) that overlap it, kept or dropped, and its false
 * positives (system quotes that `matched` says took no annotation), each with the sentence(s) it lies in, and the
 * found quotations whose speaker the system got wrong or missed (`wrongSpeaker`: gold and the system quote). For the DEV
 * split only (`parseOptions` refuses it on TEST).
 */
function printMisses(doc: Doc, name: string, missed: readonly GoldAnnotation[], wrongSpeaker: readonly (readonly [GoldAnnotation, ExtractedQuote])[], all: readonly ExtractedQuote[], sys: readonly ExtractedQuote[], matched: (j: number) => boolean): void {
  const context = (a: number, b: number): string => {
    const ss = doc.get('sentences').filter((s) => s.end > a && s.start < b);
    return flat(doc.text.slice(ss[0]?.start ?? a, ss[ss.length - 1]?.end ?? b));
  };
  for (const g of missed) {
    const gs = range(g.quote);
    if (!gs) continue;
    const sp = g.speaker?.text ? ` [speaker: ${flat(g.speaker.text)}]` : '';
    console.log(`MISS ${name} ${g.type}${g.isNested ? ' nested' : ''}: «${flat(g.quote.text)}»${sp}\n     in: ${context(gs[0], gs[1])}`);
    for (const q of all) {
      if (overlap(gs, [q.start, q.end]) <= 0) continue;
      const said = q.speakerSpan ? flat(doc.text.slice(q.speakerSpan.start, q.speakerSpan.end)) : '(none)';
      console.log(`     ${sys.includes(q) ? 'kept' : 'dropped'} ${q.kind} ${q.rule} [${said}${q.speaker ? ` = ${q.speaker}` : ''}]: «${flat(doc.text.slice(q.start, q.end))}»`);
    }
  }
  for (const [g, q] of wrongSpeaker) {
    const said = q.speakerSpan ? flat(doc.text.slice(q.speakerSpan.start, q.speakerSpan.end)) : '(none)';
    console.log(`SPK  ${name} ${g.type} ${q.rule}: gold ${flat(g.speaker?.text ?? '')} / system ${said}: «${flat(g.quote.text)}»\n     in: ${context(q.start, q.end)}`);
  }
  sys.forEach((s, j) => {
    if (matched(j)) return;
    console.log(`FP   ${name} ${s.kind} ${s.rule}: «${flat(doc.text.slice(s.start, s.end))}»\n     in: ${context(s.start, s.end)}`);
  });
}

/** A tally of named counts, printed as one line. */
class Counts {
  private readonly m = new Map<string, number>();
  add(key: string, n = 1): void {
    this.m.set(key, (this.m.get(key) ?? 0) + n);
  }
  line(label: string): string {
    return `  ${label}: ${[...this.m].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`;
  }
}

/**
 * Why the stage sees nothing of a gold quotation, as a category (no text): the kinds of cue `findCues` finds in the
 * sentences the quotation lies in ("noCue" for none), where its gold speaker stands (in those sentences, elsewhere, no
 * speaker), whether an entity mention overlaps that speaker, and whether some system quote lies in those sentences.
 */
function unseenWhy(doc: Doc, lex: QuoteLexicon, gs: readonly [number, number], g: GoldAnnotation, sys: readonly ExtractedQuote[]): string {
  const sents = doc.get('sentences').flatMap((s, i) => (s.end > gs[0] && s.start < gs[1] ? [i] : []));
  const lo = doc.get('sentences')[sents[0] ?? 0]?.start ?? gs[0];
  const hi = doc.get('sentences')[sents[sents.length - 1] ?? 0]?.end ?? gs[1];
  const c = new QuoteContext(doc, lex);
  const kinds = new Set<string>();
  for (const si of sents) {
    const r = c.sentTokens[si];
    if (r && r[0] <= r[1]) for (const cue of findCues(c, r[0], r[1])) kinds.add(cue.kind);
  }
  const sp = g.speaker ? range(g.speaker) : null;
  const where = sp === null ? 'noSpk' : sp[1] > lo && sp[0] < hi ? 'spkInSent' : 'spkElsewhere';
  const ment = sp !== null && doc.get('mentions').some((m) => m.end > sp[0] && m.start < sp[1]) ? 'ment' : 'noMent';
  const near = sys.some((q) => q.end > lo && q.start < hi) ? 'sysInSent' : 'noSys';
  return `${kinds.size ? [...kinds].sort().join('+') : 'noCue'}/${where}/${sp === null ? '-' : ment}/${near}`;
}

/**
 * Aggregate boundary diagnostics over all detected quotes (no text is printed unless `items`, which `--misses` sets on the
 * DEV split: then each wrong speaker, unseen gold quotation and boundary miss is printed with its context): for each missed gold
 * quotation whether a system quote overlaps it at all (a boundary miss, which is also a false positive)
 * and why the overlap falls short (the gold span runs over several sentences or is discontinuous, the
 * system quote is shorter or longer); for each false positive whether it overlaps a gold quotation
 * (matched by another system quote: a split; unmatched: a boundary) or none; and the recall the union of
 * the overlapping system quotes would reach (what joining sentence-wise quotes could gain).
 */
function diagnose(docs: readonly GoldDoc[], sysOf: (di: number) => readonly ExtractedQuote[], prepared: readonly Doc[], lex: QuoteLexicon, items = false): void {
  const flat = (t: string): string => t.replace(/\n/g, ' / ');
  const miss = new Counts();
  const unseen = new Counts();
  const fpc = new Counts();
  const shape = new Counts();
  const spk = new Counts();
  let unionTp = 0;
  let n = 0;
  docs.forEach((d, di) => {
    const sys = sysOf(di);
    const used = new Set<number>();
    const matchedGold = new Set<number>();
    const sentencesIn = (a: number, b: number): number => d.sentences.filter((s) => s.charEnd > a && s.charBegin < b).length;
    d.annotations.forEach((g, gi) => {
      const gs = range(g.quote);
      if (!gs) return;
      n++;
      const len = gs[1] - gs[0];
      const k = sentencesIn(gs[0], gs[1]);
      shape.add(`${g.type}/${k >= 3 ? '3+' : k}s${g.quote.spans.length > 1 ? '/split' : ''}`);
      const j = sys.findIndex((s, j) => !used.has(j) && overlap(gs, [s.start, s.end]) >= 0.5 * len);
      const over = sys.filter((s) => overlap(gs, [s.start, s.end]) > 0);
      const covered = over.reduce((a, s) => a + overlap(gs, [s.start, s.end]), 0);
      if (covered >= 0.5 * len) unionTp++;
      if (j >= 0) {
        used.add(j);
        matchedGold.add(gi);
        const sp = g.speaker ? range(g.speaker) : null;
        if (!sp || !g.speaker) return;
        const sysSpk = sys[j]!.speakerSpan;
        const ok = sysSpk !== null && g.speaker.spans.some((x) => overlap([x.charBegin, x.charEnd], [sysSpk.start, sysSpk.end]) > 0);
        const first = g.speaker.text.trim().charAt(0);
        const cls = first && first === first.toLowerCase() ? 'lower' : 'upper';
        const where = sentencesIn(Math.min(sp[0], gs[0]), Math.max(sp[1], gs[1])) > k ? 'otherSent' : 'inSpan';
        spk.add(`${g.type}:${ok ? 'ok' : sysSpk ? 'wrong' : 'none'}/${cls}/${where}`);
        if (items && !ok) console.log(`  speaker ${g.type}:${sysSpk ? 'wrong' : 'none'}/${cls}/${where} gold [${g.speaker.text}] system [${sysSpk ? d.originalText.slice(sysSpk.start, sysSpk.end) : ''}] ${sys[j]!.rule} «${flat(d.originalText.slice(Math.max(0, gs[0] - 100), gs[1]))}»`);
        return;
      }
      if (!over.length) {
        miss.add(`${g.type}:none`);
        if (g.type !== 'Reported') {
          const why = unseenWhy(prepared[di]!, lex, gs, g, sys);
          unseen.add(`${g.type}:${why}`);
          if (items) console.log(`  unseen ${g.type}:${why} speaker [${g.speaker?.text ?? ''}] «${flat(d.originalText.slice(Math.max(0, gs[0] - 150), gs[1]))}»`);
        }
        return;
      }
      const best = over.reduce((a, s) => (overlap(gs, [s.start, s.end]) > overlap(gs, [a.start, a.end]) ? s : a));
      const why = [
        k > 1 ? 'multiSent' : '',
        g.quote.spans.length > 1 ? 'discont' : '',
        best.end - best.start < len ? 'sysShorter' : 'sysLonger',
        over.length > 1 ? 'severalSys' : '',
        covered >= 0.5 * len ? 'unionOk' : '',
      ].filter(Boolean).join('+');
      miss.add(`${g.type}:${why}`);
      if (items) console.log(`  boundary ${g.type}:${why} gold «${flat(g.quote.text)}» system «${flat(d.originalText.slice(best.start, best.end))}»`);
    });
    sys.forEach((s, j) => {
      if (used.has(j)) return;
      const hit = d.annotations.findIndex((g) => {
        const gs = range(g.quote);
        return gs !== null && overlap(gs, [s.start, s.end]) > 0;
      });
      const k = sentencesIn(s.start, s.end);
      if (hit < 0) fpc.add(`${s.kind}:noGold/${k >= 3 ? '3+' : k}s`);
      else fpc.add(`${s.kind}:${matchedGold.has(hit) ? 'goldTakenElsewhere' : 'goldUnmatched'}`);
    });
  });
  console.log(`diagnostics (all detected quotes, ${n} gold): recall if the union of overlapping system quotes counted ${(100 * unionTp / (n || 1)).toFixed(1)} %`);
  console.log(shape.line('gold shapes (type/sentences/discontinuous)'));
  console.log(miss.line('missed gold (type:why)'));
  console.log(unseen.line('gold no system quote overlaps (type:cues the stage finds in its sentences/gold speaker where/a mention on it/a system quote in its sentences)'));
  console.log(fpc.line('false positives (kind:what they overlap)'));
  console.log(spk.line('speakers of matched gold (type:verdict/gold speaker case/speaker outside the quote sentences)'));
}

function main(): void {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
    return;
  }
  const files = dataFiles(opts.split);
  const absent = files.find((f) => !existsSync(f));
  if (absent) {
    console.log(`bench:quotes skipped: ${absent} not found (../shared is absent)`);
    return;
  }
  const docs = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc));
  const cat = stageCatalogue();
  const res = new ResourceLoader('de');
  const ctx = { lang: 'de' as const, resources: res, options: {}, dataDir: null };
  // every stage before quotes that the catalogue has: segmentation, names, entity resolution
  const before = ['segment', 'time', 'ner', 'resolve'].flatMap((n) => (cat[n] ? [{ name: n, run: cat[n]!.create(ctx) }] : []));
  const lex = loadQuoteLexicon(res);
  const failures = new Map<string, number>();
  const prepared = docs.map((d, i) => prepare(d.originalText, String(i), before, failures));

  const tally = new Map<string, { tp: number; fn: number }>();
  // the stage output does not depend on how it is scored: extract once
  const extracted = prepared.map((doc) => extractQuotes(doc, lex));
  // the speech-act reports of the speech-acts stage, read after the quotes the stage keeps, as quotes of their own for scoring
  const actLex = loadSpeechActLexicon(res);
  const acts = prepared.map((doc, di) => findSpeechActs(doc, lex, actLex, kept(doc, extracted[di]!, lex)).map((a): ExtractedQuote => ({
    kind: 'indirect', start: a.start, end: a.end, sentence: a.sentence, speaker: a.speaker, speakerSpan: a.speakerSpan, cue: a.cue,
    addressee: null, date: null, fragment: false, rule: `speech-acts/${a.rule}`, confidence: a.confidence, verbatim: [],
  })));
  /**
   * `aligned`: the gold restricted to what the project's convention annotates (the dev README):
   * "Reported" annotations (a speech act named without its content, "er äußerte sich zur Krise")
   * and quotes nested inside another quote are not quotes there. They are left out of recall,
   * and a system quote that matches one of them counts neither right nor wrong.
   */
  const score = ({ policy = false, aligned = false, verbatim = false, joined = false, listMisses = false, withActs = false }: ScoreMode): void => {
  const leftOut = (g: GoldAnnotation): boolean => aligned && (g.type === 'Reported' || g.isNested);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let spkOk = 0;
  let spkN = 0;
  tally.clear();
  prepared.forEach((doc, di) => {
    const all = extracted[di]!;
    // without the policy: every quote with a speaker phrase, linked to an entity or not
    const found = policy ? kept(doc, all, lex) : all.filter((q) => q.kind === 'direct' || q.speakerSpan !== null);
    const base = joined ? joinPieces(found) : found;
    // (speech-act reports after the quotes: a gold quotation a quote matches takes the quote)
    const quotes = verbatim ? base.flatMap(withVerbatim) : base;
    const sys = withActs ? [...quotes, ...acts[di]!] : quotes;
    const used = new Set<number>();
    const ignoredMatches = new Set<number>();
    const missed: GoldAnnotation[] = [];
    const wrongSpeaker: [GoldAnnotation, ExtractedQuote][] = [];
    for (const g of docs[di]!.annotations) {
      const gs = range(g.quote);
      if (!gs) continue;
      if (leftOut(g)) continue;
      const t = tally.get(g.type) ?? { tp: 0, fn: 0 };
      tally.set(g.type, t);
      const tn = tally.get(g.isNested ? '(nested)' : '(not nested)') ?? { tp: 0, fn: 0 };
      tally.set(g.isNested ? '(nested)' : '(not nested)', tn);
      const j = sys.findIndex((s, j) => !used.has(j) && overlap(gs, [s.start, s.end]) >= 0.5 * (gs[1] - gs[0]));
      if (j < 0) {
        missed.push(g);
        fn++;
        t.fn++;
        tn.fn++;
        continue;
      }
      used.add(j);
      tp++;
      t.tp++;
      tn.tp++;
      const sp = g.speaker ? g.speaker.spans.map((s) => [s.charBegin, s.charEnd] as [number, number]) : [];
      if (!sp.length) continue;
      spkN++;
      const s = sys[j]!.speakerSpan;
      if (s && sp.some((x) => overlap(x, [s.start, s.end]) > 0)) spkOk++;
      else wrongSpeaker.push([g, sys[j]!]);
    }
    // the left-out annotations take only system quotes that no counted annotation took
    if (aligned) {
      for (const g of docs[di]!.annotations) {
        const gs = range(g.quote);
        if (!gs || !leftOut(g)) continue;
        const j = sys.findIndex((s, j) => !used.has(j) && !ignoredMatches.has(j) && overlap(gs, [s.start, s.end]) > 0);
        if (j >= 0) ignoredMatches.add(j);
      }
    }
    fp += sys.length - used.size - ignoredMatches.size;
    if (listMisses) printMisses(doc, docs[di]!.documentName, missed, wrongSpeaker, all, sys, (j) => used.has(j) || ignoredMatches.has(j));
  });
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  if (withActs && verbatim) console.log('all detected quotes with their verbatim spans as direct quotes, and speech-act reports (the data set\'s whole convention: nested direct quotes and "Reported" speech acts):');
  else if (withActs) console.log('all detected quotes and speech-act reports (the speech-acts stage\'s `speechActs`, counted as quotes against all gold; the data set\'s "Reported"):');
  else if (joined) console.log('all detected quotes, the pieces of one report around its frame joined (the data set\'s discontinuous quotations):');
  else if (verbatim) console.log('all detected quotes, with verbatim spans counted as direct quotes (the data set\'s nesting convention; each quoted passage inside a reported clause is also a direct quote of its speaker):');
  else if (aligned) console.log('stage output, gold restricted to the project convention (no "Reported" speech acts, no nested quotes; system quotes matching those are ignored):');
  else console.log(policy ? 'stage output (reported speech only with a specific source, the dev-corpus convention):' : 'all detected quotes (reported speech with any speaker phrase, entity or not):');
  console.log(`quote detection (overlap >= half of gold): P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}  (tp ${tp}, fp ${fp}, fn ${fn}; bar 83.7)`);
  console.log(`speaker accuracy (mention overlaps gold speaker, over found quotes with a speaker): ${(100 * spkOk / (spkN || 1)).toFixed(1)} % of ${spkN} (bar 86 %)`);
  for (const [type, t] of [...tally].sort()) console.log(`  recall ${type.padEnd(22)} ${(100 * t.tp / (t.tp + t.fn || 1)).toFixed(1)} % of ${t.tp + t.fn}`);
  };
  console.log(`German Wikinews quotation ${opts.split} set: ${docs.length} articles; stages before quotes: ${before.map((b) => b.name).join(', ')}`);
  for (const [name, n] of failures) console.log(`  note: stage ${name} threw on ${n} article(s); those ran without it`);
  score({ policy: true });
  score({ policy: true, aligned: true });
  score({});
  score({ verbatim: true });
  score({ joined: true });
  score({ withActs: true });
  score({ verbatim: true, withActs: true });
  if (opts.misses) {
    console.log('\nmisses and false positives of the stage output under the project convention (DEV split):');
    score({ policy: true, aligned: true, listMisses: true });
    console.log('\nmisses and false positives of all detected quotes and speech-act reports (DEV split):');
    score({ withActs: true, listMisses: true });
  }
  if (opts.misses) console.log('\ndiagnostics of all detected quotes, item by item (DEV split), then in aggregate:');
  // (the diagnostics are aggregate counts on every split; items are printed on the DEV split only)
  diagnose(docs, (di) => extracted[di]!.filter((q) => q.kind === 'direct' || q.speakerSpan !== null), prepared, lex, opts.misses);

  // speed: the quotes stage alone (context, cues, attribution), after warm-up
  let words = 0;
  for (const d of prepared) words += d.get('tokens').filter((t) => t.kind === 'word' || t.kind === 'number').length;
  for (const d of prepared) extractQuotes(d, lex);
  const t0 = process.hrtime.bigint();
  let rounds = 0;
  let elapsed = 0;
  while (elapsed < 1.5) {
    for (const d of prepared) extractQuotes(d, lex);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  console.log(`speed: ${Math.round((words * rounds) / elapsed).toLocaleString('en')} words/s (quotes stage only, ${words} words × ${rounds} rounds; target 100,000)`);
}

main();
