import { inflectedAdjective, isCapitalised, lo, type Cand, type Ctx } from './context.js';

/*
 * The TIMEX2 extent of an expression (TIDES 2005 standard, Ferro et al.), for the benchmarks that
 * are annotated by it. The stage's own output follows the project's gold spec; TIMEX2 differs in
 * what follows the head of a noun phrase: its postmodifiers belong to the expression, prepositional
 * phrases included ("the year of the elections", "two days after the attack", "der Morgen nach dem
 * Angriff", "in den ersten Tagen des Krieges"), while prepositions before it and appositives after
 * a comma stay out (`core` already leaves the prepositions out). The event inside such a phrase is
 * not resolved here: only the extent changes, never the value.
 */

/** Longest noun phrase read after a postmodifying preposition, in tokens (keeps a wrong guess short). */
const MAX_NP = 8;

/**
 * Whether the expression ends in a word that heads a noun phrase a postmodifier can follow: a unit, a
 * part of the day, or a relative noun ("am Vortag der Schlacht", "am Vorabend des Krieges": TIDES
 * 2005, full extent, postmodifiers).
 */
function unitHead(c: Ctx, x: Cand): boolean {
  const w = lo(c, x.b - 1);
  return c.lex.units.has(w) || c.lex.pluralUnits.has(w) || c.lex.dayParts.has(w) || c.lex.relativeWords.has(w);
}

/** Whether token i is a noun by the language's shape: capitalised in German; in English any word but a determiner. */
function nounAt(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word') return false;
  if (c.lex.countNounShape === 'capitalised') return isCapitalised(c, i) && !c.lex.nounDeterminers.has(t.lo);
  return !c.lex.nounDeterminers.has(t.lo) && !c.lex.prepositions.has(t.lo);
}

/**
 * End (exclusive) of a noun phrase at token i: a determiner, adjectives and a noun ("dem deutschen
 * Überfall", "the attack"), or an event noun alone ("Kriegsende"); -1 if there is none.
 */
function nounPhraseEnd(c: Ctx, i: number): number {
  if (c.lex.nounDeterminers.has(lo(c, i))) {
    let j = i + 1;
    while (j - i < MAX_NP && inflectedAdjective(c, j)) j++;
    return nounAt(c, j) ? j + 1 : -1;
  }
  // "nach Kriegsende", and a bare event noun before its genitive ("nach Ende der Kämpfe")
  const w = lo(c, i);
  const genitive = c.lex.genitiveLinks.has(lo(c, i + 1));
  return nounAt(c, i) && c.lex.anchorNounSuffixes.some((s) => w.endsWith(s) && (w.length > s.length + 2 || genitive)) ? i + 1 : -1;
}

/**
 * Extends a noun phrase ending at j by its own postmodifiers: a genitive ("dem Ende des Krieges",
 * "dem Tod Stalins") and a name after a linking preposition ("der Schlacht von Boquerón", "the attack on Pearl Harbor").
 */
function withPostmodifiers(c: Ctx, j: number, limit: number): number {
  let end = j;
  // "nach dem Tod Stalins", "der Kapitulation Japans": a name in the genitive (German: capitalised, in -s)
  if (end < limit && c.lex.countNounShape === 'capitalised' && isCapitalised(c, end) && c.toks[end]!.kind === 'word' && lo(c, end).endsWith('s') && !isCapitalised(c, end + 1)) end++;
  if (end < limit && c.lex.genitiveLinks.has(lo(c, end))) {
    const g = nounPhraseEnd(c, c.lex.nounDeterminers.has(lo(c, end)) ? end : end + 1);
    if (g > 0 && g <= limit) end = g;
  }
  if (end < limit && c.lex.nameLinks.has(lo(c, end)) && isCapitalised(c, end + 1)) {
    let k = end + 1;
    while (k < limit && k - end <= 3 && isCapitalised(c, k) && c.toks[k]!.kind === 'word') k++;
    end = k;
  }
  return end;
}

/** Whether token i opens a counted or determined noun phrase: an article or determiner, a number, a numeral or a vague quantifier ("den", "drei", "3", "wenigen"). */
function opensNounPhrase(c: Ctx, i: number): boolean {
  const w = lo(c, i);
  return c.toks[i]?.kind === 'number' || c.lex.articles.has(w) || c.lex.nounDeterminers.has(w) || c.lex.numerals.has(w) || c.lex.vagueQuantifiers.has(w);
}

/** Whether token i is a singular period noun: a unit, a season, a part of the day or a year noun ("Jahr", "Sommer", "Nacht"). */
function singularPeriodNoun(c: Ctx, i: number): boolean {
  const w = lo(c, i);
  return c.lex.units.has(w) || c.lex.seasons.has(w) || c.lex.dayParts.has(w) || c.lex.yearNouns.has(w);
}

/** A day date's value (also a clock time on it, or a BC day). */
const DAY_VALUE = /^(?:BC)?\d{4}-\d{2}-\d{2}/;

/**
 * Whether the article at token `core` that opens expression `x` stays out of its TIMEX2 extent
 * (German): a dative or genitive article, which marks the case the preposition before it governs and
 * fuses with many of them ("nach dem 8. Mai 1945" as "am 8. Mai 1945", "im Laufe des Jahres 1943",
 * "in der Nacht zum 22. Juni"), and any form of the article before a day date ("bis auf den 5. Mai");
 * not "den"/"die"/"das" before a plural or other noun ("in den folgenden Tagen", "die 1920er Jahre").
 */
function caseArticleOut(c: Ctx, x: Cand, core: number): boolean {
  if (core + 1 >= x.b) return false;
  const w = lo(c, core);
  if (c.lex.timex2CaseArticles.has(w)) return true;
  if (c.lex.timex2NounArticles.has(w) && (singularPeriodNoun(c, core + 1) || (c.toks[core + 1]?.kind === 'number' && x.b - 1 > core + 1 && c.lex.units.has(lo(c, x.b - 1))))) return true;
  return c.lex.timex2DayArticles.has(w) && c.toks[core + 1]?.kind === 'number' && (x.value === null ? x.type === 'DATE' : DAY_VALUE.test(x.value));
}

/**
 * Token start of the date in apposition to a weekday that starts at token `i` with its article
 * ("Am Sonntag, dem 7. Dezember 1941": "7. Dezember 1941"), whose article stays out as the article of any
 * day date does (see `caseArticleOut`).
 */
export function appositiveStart(c: Ctx, x: Cand, i: number): number {
  return caseArticleOut(c, x, i) ? i + 1 : i;
}

/**
 * Token start of expression `x` as TIMEX2 delimits it, given its core start: a preposition the parse
 * took in stays out ("in drei Tagen": "drei Tagen"); a determiner that is no article of the core (an
 * indefinite or possessive one) is a premodifier of a noun head and belongs to it ("am 28. Juni 1914,
 * einem Sonntag": the appositive "einem Sonntag").
 */
export function timex2Start(c: Ctx, x: Cand, core: number): number {
  if (x.subStart !== undefined) return core;
  if (caseArticleOut(c, x, core)) return core + 1;
  // "in drei Tagen", "in den nächsten Tagen", "in six years": a preposition that the parse itself
  // read as part of the expression (a future offset, a vague phrase, a period within which) is no
  // part of the TIMEX2 extent (3.2.1: prepositions are not markable), only the noun phrase after it
  if (core === x.a && core + 1 < x.b && c.lex.prepositions.has(lo(c, core)) && opensNounPhrase(c, core + 1)) return core + 1;
  if (core !== x.a || core === 0) return core;
  const head = lo(c, core);
  if (!c.lex.weekdays.has(head) && !c.lex.units.has(head) && !c.lex.pluralUnits.has(head) && !c.lex.dayParts.has(head)) return core;
  const d = lo(c, core - 1);
  return c.lex.nounDeterminers.has(d) && !c.lex.articles.has(d) && !c.lex.prepositions.has(d) ? core - 1 : core;
}

/**
 * Token end (exclusive) of expression `x` as TIMEX2 delimits it; `next` is the sentence's next
 * expression. A unit or part of the day takes a postmodifying prepositional phrase of an event
 * ("zwei Tage nach dem Angriff", "am Abend vor der Schlacht") or a genitive ("in den ersten Tagen
 * des Krieges"), also a genitive that is an expression of its own ("in den letzten Monaten des
 * Jahres 1944": TIMEX2 tags it inside the enclosing one); no other postmodifier reaches into the
 * next expression. A postposition ("drei Jahre lang") stays out. Anything else keeps its end.
 */
export function timex2End(c: Ctx, x: Cand, next: Cand | undefined): number {
  // "drei Jahre lang": the postposition of a counted period stays out, as "für" in "für drei Jahre"
  if (x.subEnd === undefined && x.b - x.a > 1 && c.lex.timex2Postpositions.has(lo(c, x.b - 1))) return x.b - 1;
  if (x.subEnd !== undefined || !unitHead(c, x)) return x.b;
  const w = lo(c, x.b);
  if (next && next.a === x.b && next.subStart === undefined && c.lex.genitiveLinks.has(w)) return next.b;
  const limit = next ? next.a : c.toks.length;
  let np = -1;
  if (c.lex.anchorPrepositions.has(w)) np = nounPhraseEnd(c, x.b + 1);
  else if (c.lex.genitiveLinks.has(w)) np = nounPhraseEnd(c, c.lex.nounDeterminers.has(w) ? x.b : x.b + 1);
  if (np < 0 || np > limit) return x.b;
  return withPostmodifiers(c, np, limit);
}

/**
 * Event-anchored units TIMEX2 marks but the project's spec leaves out ("am Tag der Kapitulation", "im
 * Jahr der Wahl", "am Abend vor der Schlacht", "am zweiten Tag der Offensive": a singular unit or
 * part of the day after a preposition or article, with an event phrase after it that no expression
 * covers). TIMEX2: the unit is its trigger and the event phrase its postmodifier; the value is left
 * open (the event's date is not resolved). Returns `[core start, end)` token ranges.
 */
export function eventAnchoredUnits(c: Ctx, covered: readonly Cand[]): [number, number][] {
  const out: [number, number][] = [];
  const taken = new Uint8Array(c.toks.length);
  for (const x of covered) taken.fill(1, x.a, Math.max(x.b, x.next?.b ?? 0));
  for (let i = 1; i < c.toks.length; i++) {
    const w = lo(c, i);
    if (taken[i] || !(c.lex.units.has(w) || c.lex.dayParts.has(w)) || c.lex.pluralUnits.has(w)) continue;
    // the noun's own premodifiers: an ordinal or other adjective, an article ("der Tag der …")
    let a = i;
    while (a - 1 >= 0 && !taken[a - 1] && inflectedAdjective(c, a - 1)) a--;
    const before = lo(c, a - 1);
    const article = c.lex.articles.has(before);
    if (!article && !c.lex.prepositions.has(before)) continue;
    if (article && a - 1 >= 0 && taken[a - 1]) continue;
    const unit: Cand = { a: i, b: i + 1, type: 'DATE', value: null, mod: null, rule: 'event-anchored' };
    let next: Cand | undefined;
    for (const y of covered) if (y.a > i && (!next || y.a < next.a)) next = y;
    const end = timex2End(c, unit, next);
    if (end <= i + 1) continue;
    out.push([article ? a - 1 : a, end]);
    taken.fill(1, a, end);
    i = end - 1;
  }
  return out;
}
