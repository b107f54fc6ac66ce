import { chunksOf } from './labels.js';

/** Precision, recall and F1 in percent, with the counts behind them. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly found: number;
  readonly gold: number;
}

/** P/R/F1 in percent from counts. */
export function prf(tp: number, found: number, gold: number): Prf {
  const precision = found > 0 ? (100 * tp) / found : 0;
  const recall = gold > 0 ? (100 * tp) / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, found, gold };
}

/**
 * Exact-span, exact-type chunk F1 over sentences (CoNLL style, IOB2 or IOB1 input). `mapType`
 * renames or (with null) drops chunk types on both sides before matching.
 */
export function chunkF1(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], mapType: (t: string) => string | null = (t) => t): Prf {
  let tp = 0;
  let found = 0;
  let total = 0;
  gold.forEach((g, i) => {
    const keys = (tags: readonly string[]): string[] =>
      chunksOf(tags).flatMap((c) => {
        const t = mapType(c.type);
        return t === null ? [] : [`${c.start}:${c.end}:${t}`];
      });
    const gk = new Set(keys(g));
    const pk = keys(pred[i] ?? []);
    total += gk.size;
    found += pk.length;
    for (const k of pk) if (gk.has(k)) tp++;
  });
  return prf(tp, found, total);
}

/** One token of GermEval-format evaluation data: gold and guessed tags of both levels. */
export interface GermEvalToken {
  readonly goldOuter: string;
  readonly goldInner: string;
  readonly guessOuter: string;
  readonly guessInner: string;
}

/** Scores of the GermEval 2014 evaluation script (`nereval.perl`, version 2014-05-19). */
export interface GermEvalScores {
  /** Metric 1, the official one: strict (12 classes, exact spans), both levels pooled. */
  readonly strictCombined: Prf;
  /** Metric 2: loose (deriv/part suffix ignored), both levels pooled. */
  readonly looseCombined: Prf;
  /** Metric 3.1: strict, outer level only. */
  readonly outerStrict: Prf;
  /** Metric 3.2: strict, inner level only. */
  readonly innerStrict: Prf;
}

interface Tag {
  readonly chunk: string;
  readonly type: string;
  readonly special: string;
}

const TAG_RE = /^([^-]*)-(.+?)(deriv|part)?$/;

function parseTag(tag: string): Tag {
  const m = TAG_RE.exec(tag);
  return m ? { chunk: m[1]!, type: m[2]!, special: m[3] ?? '' } : { chunk: tag, type: '', special: '' };
}

const endOfChunk = (prev: string, cur: string): boolean => (prev === 'B' || prev === 'I') && (cur === 'B' || cur === 'O');
const startOfChunk = (prev: string, cur: string): boolean => cur === 'B' || (prev === 'O' && cur === 'I');

/**
 * One counter of `nereval.perl`'s `update_per_line`, ported line by line, including its quirks:
 * the token stream runs across sentence boundaries (blank lines are skipped, the previous tag is
 * kept), a type change inside I- tags neither ends nor starts a chunk, and a correct chunk that
 * ends at the very last token of the data is not counted.
 */
class LevelCounter {
  private inCorrect = false;
  private lastCorrect: Tag = { chunk: 'O', type: '', special: '' };
  private lastGuessed: Tag = { chunk: 'O', type: '', special: '' };
  tp = 0;
  found = 0;
  gold = 0;

  constructor(private readonly strict: boolean) {}

  update(correct: Tag, guessed: Tag): void {
    const same = (a: Tag, b: Tag): boolean => a.type === b.type && (!this.strict || a.special === b.special);
    if (this.inCorrect) {
      const ec = endOfChunk(this.lastCorrect.chunk, correct.chunk);
      const eg = endOfChunk(this.lastGuessed.chunk, guessed.chunk);
      if (ec && eg && same(this.lastGuessed, this.lastCorrect)) {
        this.inCorrect = false;
        this.tp++;
      } else if (ec !== eg || !same(guessed, correct)) {
        this.inCorrect = false;
      }
    }
    const sc = startOfChunk(this.lastCorrect.chunk, correct.chunk);
    const sg = startOfChunk(this.lastGuessed.chunk, guessed.chunk);
    if (sc && sg && same(guessed, correct)) this.inCorrect = true;
    if (sc) this.gold++;
    if (sg) this.found++;
    this.lastCorrect = correct;
    this.lastGuessed = guessed;
  }
}

/** The GermEval 2014 scores over a token stream (all sentences in file order). */
export function germEvalScores(tokens: Iterable<GermEvalToken>): GermEvalScores {
  const outerS = new LevelCounter(true);
  const innerS = new LevelCounter(true);
  const outerL = new LevelCounter(false);
  const innerL = new LevelCounter(false);
  for (const t of tokens) {
    const go = parseTag(t.goldOuter);
    const gi = parseTag(t.goldInner);
    const po = parseTag(t.guessOuter);
    const pi = parseTag(t.guessInner);
    outerS.update(go, po);
    innerS.update(gi, pi);
    outerL.update(go, po);
    innerL.update(gi, pi);
  }
  return {
    strictCombined: prf(outerS.tp + innerS.tp, outerS.found + innerS.found, outerS.gold + innerS.gold),
    looseCombined: prf(outerL.tp + innerL.tp, outerL.found + innerL.found, outerL.gold + innerL.gold),
    outerStrict: prf(outerS.tp, outerS.found, outerS.gold),
    innerStrict: prf(innerS.tp, innerS.found, innerS.gold),
  };
}
