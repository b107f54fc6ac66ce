import type { Modality } from '../../doc/types.js';
import { adverbialSubordinator, coordinatedPredicate, opensPredicate } from './actors.js';
import { endsWithAny, infixedInfinitive, STATEMENT_TYPES, type Cue, type CueIndex, type EventCues } from './lexicon.js';
import { zuClause, type TriggerMatch } from './match.js';
import type { SentenceView } from './view.js';

const QUOTE_MARK = /^["“”„«»]$/u;

/** Whether a multi-word cue starts at token `i`. */
function cueAt(words: readonly string[], i: number, cue: Cue): boolean {
  for (let k = 0; k < cue.length; k++) if (words[i + k] !== cue[k]) return false;
  return true;
}

function anyCue(words: readonly string[], from: number, to: number, cues: CueIndex, skip: ReadonlySet<number>, after?: (i: number, cue: Cue) => boolean): boolean {
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    // (only the cues that start with this word: the lists hold hundreds of cues)
    const here = cues.get(words[i]!);
    if (here) for (const c of here) if (cueAt(words, i, c) && (!after || after(i, c))) return true;
  }
  return false;
}


/** How many inflected attributes may stand between an attribute negator and its noun ("nicht genehmigte spontane Kundgebung"). */
const ATTRIBUTE_REACH = 2;

/**
 * Whether the negator cue at `i` negates the inflected attribute after it rather than the clause: "eine nicht
 * genehmigte Kundgebung auflösen" disperses the rally. The attribute is a lower-case word in an attributive ending, no
 * determiner or possessive ("nicht die Stadt", "nicht seine Truppen" stay negations) and no word of the trigger's own
 * pattern ("das nicht unterzeichnete Abkommen" is a signing denied); a capitalised noun follows it.
 */
function negatesAttribute(v: SentenceView, i: number, cue: Cue, cues: EventCues, inMatch: ReadonlySet<number>): boolean {
  if (cue.length !== 1 || !cues.attributeNegators.has(cue[0]!)) return false;
  for (let k = i + 1; k <= i + ATTRIBUTE_REACH; k++) {
    const w = v.words[k] ?? '';
    if (w.length < 5 || inMatch.has(k) || v.tokens[k]?.kind !== 'word' || !/^\p{Ll}/u.test(v.raw[k]!)) return false;
    if (cues.determiners.has(w) || cues.possessives.has(w) || !endsWithAny(w, cues.attributeEndings)) return false;
    if (v.tokens[k + 1]?.kind === 'word' && /^\p{Lu}/u.test(v.raw[k + 1]!)) return true;
  }
  return false;
}

/**
 * English: whether the prefix negator at `i` governs the verb trigger as its gerund ("ended the talks without signing
 * a treaty", "left without formally reaching a deal"): the act did not happen, as after German "ohne … zu". Only the
 * trigger's first word right after the negator, or after one adverb, in a gerund ending.
 */
function negatedGerund(v: SentenceView, i: number, m: TriggerMatch, cues: EventCues): boolean {
  const at = i + 1 === m.first ? m.first : i + 2 === m.first && endsWithAny(v.words[i + 1] ?? '', cues.verbForms.adverbEndings) ? m.first : -1;
  return at >= 0 && v.tokens[at]?.kind === 'word' && endsWithAny(v.words[at]!, cues.verbForms.gerundEndings);
}

/** Whether a conditional word stands in `words[from, to)` outside `skip`. */
function conditionalIn(words: readonly string[], from: number, to: number, conditionals: ReadonlySet<string>, skip: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (!skip.has(i) && conditionals.has(words[i]!)) return true;
  return false;
}

/**
 * Whether a cue of a possibility left open (`possibilityOpen`: "not rule out", "nicht ausgeschlossen"; or the tail of a
 * separable verb, `possibilityOpenTail` after one of `ruleOutVerbs`: "schloss … nicht aus") stands in `words[from, to)`
 * outside `skip` (the trigger's own pattern: "schloss militärische Mittel nicht aus" is a threat made), in the trigger's quote.
 */
function leftOpen(words: readonly string[], from: number, to: number, cues: EventCues, skip: ReadonlySet<number>, sameQuote: (i: number) => boolean): boolean {
  if (anyCue(words, from, to, cues.possibilityOpen, skip, (i) => sameQuote(i))) return true;
  const verbBefore = (i: number): boolean => {
    for (let k = from; k < i; k++) if (cues.ruleOutVerbs.has(words[k]!)) return true;
    return false;
  };
  return anyCue(words, from, to, cues.possibilityOpenTail, skip, (i) => sameQuote(i) && verbBefore(i));
}

/** How far before a reported future its verb of announcing may stand: after a complementizer, and otherwise. */
const ANNOUNCE_REACH = 3;
const ANNOUNCE_REACH_THAT = 7;

/** Material acts a pledge can promise ("pledged … aid", "promised … to release"). */
const PLEDGEABLE: ReadonlySet<string> = new Set(['AID', 'COOPERATE', 'RETREAT', 'MOBILIZE', 'SANCTION', 'CONCEDE']);

/** How far after a noun trigger its phrase may reach before the finite verb of a verb-second clause ("Neue Sanktionen gegen Russland kündigte"). */
const VORFELD_REACH = 6;

/**
 * German: the end (exclusive) of the modal cue a noun trigger standing first in its clause (the Vorfeld: at most two
 * words before it in the clause) takes from the finite verb after its phrase — the first word within `VORFELD_REACH`
 * that opens a planned or hypothetical cue, in the same clause. 0 when there is none, or for other languages and verbs.
 */
function frontedNounCueEnd(v: SentenceView, m: TriggerMatch, words: readonly string[], cues: EventCues, cStart: number, cEnd: number): number {
  if (!cues.verbSecond || m.entry.pos !== 'noun') return 0;
  let c0 = cStart;
  while (c0 < m.first && v.tokens[c0]!.kind !== 'word') c0++;
  if (m.first - c0 > 2) return 0;
  for (let k = m.last + 1; k < cEnd && k <= m.last + VORFELD_REACH; k++) {
    const w = words[k]!;
    if (cues.cueIndex.planned.has(w) || cues.cueIndex.hypothetical.has(w)) return k + 1;
  }
  return 0;
}

/**
 * German hearsay: whether the clause of word `i` ends in a perfect infinitive (`EventCues.hearsay`): an auxiliary
 * ("haben", "sein") as its last word, after an optional passive participle ("worden") and a lower-case participle
 * ("getötet haben", "festgenommen worden sein"; not "Teil der Nato sein", whose noun is capitalised). A hearsay modal in
 * such a clause reports the act ("sollen … getötet haben"), it does not plan it.
 */
function perfectInfinitiveClause(v: SentenceView, i: number, cues: EventCues): boolean {
  const h = cues.hearsay;
  if (h.auxiliaries.size === 0) return false;
  const c = v.clause[i];
  let e = i;
  while (e + 1 < v.words.length && v.clause[e + 1] === c) e++;
  while (e > i && v.tokens[e]!.kind !== 'word') e--;
  if (e <= i + 1 || !h.auxiliaries.has(v.words[e]!)) return false;
  let p = e - 1;
  if (h.passives.has(v.words[p]!)) p--;
  const raw = v.raw[p] ?? '';
  return p > i && raw === raw.toLowerCase() && endsWithAny(v.words[p]!, h.participleEndings);
}

/** How far after an act noun the negator of its occurrence verb may stand ("talks between Israel and Hamas have not resumed"). */
const OCCURRENCE_REACH = 6;

/**
 * An act named by a noun as the subject of a negated verb of occurrence ("Thus far, fighting has not re-emerged", "the
 * planned meeting did not take place", "talks … have not resumed"; `occurrencePredicates`): the act is denied. The noun
 * is the subject when it opens its clause or follows a determiner (up to two lower-case attributes between); the negator
 * stands within `OCCURRENCE_REACH` words after it in its clause, no other act's word or complement marker between, and
 * the verb of occurrence follows the negator (one adverb may stand between: "did not yet take place"). That order is
 * English; a language whose finite verb stands before the negator ("Das Treffen fand nicht statt") lists no
 * occurrence predicates (German's list is empty), and the reading is off.
 */
function deniedOccurrence(v: SentenceView, m: TriggerMatch, words: readonly string[], cues: EventCues, cStart: number, cEnd: number,
  inMatch: ReadonlySet<number>, sameQuote: (i: number) => boolean): boolean {
  if (cues.occurrencePredicates.size === 0) return false;
  let s0 = cStart;
  while (s0 < m.first && v.tokens[s0]!.kind !== 'word') s0++;
  // (past up to two lower-case attributes: "the planned meeting")
  let k = m.first - 1;
  while (k >= s0 && m.first - k <= 2 && v.tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(v.raw[k]!) && !cues.determiners.has(words[k]!) && !cues.possessives.has(words[k]!)) k--;
  const subject = k < s0 || cues.determiners.has(words[k]!) || cues.possessives.has(words[k]!);
  if (!subject) return false;
  const to = Math.min(cEnd, m.last + 1 + OCCURRENCE_REACH);
  for (let i = m.last + 1; i < to; i++) {
    if (cues.complementMarkers.has(words[i]!) || v.tokens[i]!.kind === 'punct') return false;
    const negs = cues.cueIndex.negators.get(words[i]!);
    const neg = negs?.find((c) => c.every((x, k) => words[i + k] === x));
    if (!neg || inMatch.has(i) || !sameQuote(i)) continue;
    for (const j of [i + neg.length, i + neg.length + 1]) {
      const occ = cues.occurrencePredicates.get(words[j] ?? '');
      if (occ?.some((c) => c.every((x, k) => words[j + k] === x))) return true;
    }
    return false;
  }
  return false;
}

/**
 * How the text presents an event: negated ("nicht", "kein", "denied", "cancelled") within the
 * trigger's clause; hypothetical for a conditional sentence, a purpose clause ("um … zu"), a hedge
 * or modal ("könnte", "would", "hofft", "offenbar") before the trigger in the sentence, or a hedging
 * adjective right before a noun trigger ("mögliche Ausweitung"); planned for future and intention
 * markers ("wird", "will", "soll", "plant", "is to") before the trigger; else asserted. `reported`: the trigger stands
 * in indirect speech, where a past subjunctive ("hätten … getötet") reports rather than supposes. `speakerSide`: the
 * speaker of that speech and the state they act for, whose own future ("said Warsaw would …") is announced.
 * Negation wins over the others: "will not meet" is a negated meeting.
 */
export function modalityOf(v: SentenceView, m: TriggerMatch, cues: EventCues, reported = false, speakerSide: ReadonlySet<string> = new Set()): Modality {
  // a capitalised cue word inside the sentence is a name ("met Macron in May"): blanked for the cue search
  let firstWord = 0;
  while (firstWord < v.words.length && v.tokens[firstWord]!.kind !== 'word') firstWord++;
  const words = cues.capitalisedNames.size === 0 ? v.words
    : v.words.map((w, i) => (i > firstWord && cues.capitalisedNames.has(w) && /^\p{Lu}/u.test(v.raw[i]!) ? '' : w));
  const c = v.clause[m.first]!;
  let cStart = m.first;
  while (cStart > 0 && v.clause[cStart - 1] === c) cStart--;
  let cEnd = m.last + 1;
  while (cEnd < words.length && v.clause[cEnd] === c) cEnd++;
  const inMatch = new Set(m.positions);
  // a statement is made now: a modal inside its own pattern is what it says ("warned that China would take all
  // necessary measures" is a threat made, not a hypothetical one); a negator there still negates it
  const inStatement = new Set(inMatch);
  if (STATEMENT_TYPES.has(m.entry.type)) for (let k = m.first; k <= m.last; k++) inStatement.add(k);

  // a verb is negated anywhere in its clause; a noun only by a negator right before it ("kein Treffen", "no sanctions")
  const nFrom = m.entry.pos === 'noun' ? Math.max(cStart, m.first - 3) : cStart;
  const nTo = m.entry.pos === 'noun' ? m.first : cEnd;
  // a negator inside a quote does not negate a trigger outside it, nor the other way round
  const quoteMarks = (a: number, b: number): number => {
    let n = 0;
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (v.tokens[k]!.kind === 'quote' || QUOTE_MARK.test(v.raw[k]!)) n++;
    return n;
  };
  // (nor a trigger inside another quote of the sentence: "the proposal was \"an offer, not a demand\" and that the US
  // remained \"fully committed\"" — an even number of marks between, but the two words stand in two quotes)
  const insideQuote = (i: number): boolean => quoteMarks(-1, i) % 2 === 1;
  const sameQuote = (i: number): boolean => {
    const between = quoteMarks(i, m.first);
    return between % 2 === 0 && !(between > 0 && insideQuote(i) && insideQuote(m.first));
  };
  // after a verb trigger, a negator belongs to the verb's complement ("called on X not to escalate",
  // "forderte, nicht zu …") once a complement marker intervenes or follows it, and "ohne"/"without"/"no"
  // negate only the phrase they open; English negates before the verb ("did not meet")
  let complementAt = cEnd;
  for (let k = m.last + 1; k < cEnd; k++) if (cues.complementMarkers.has(words[k]!)) { complementAt = k; break; }
  const negatorOk = (i: number, cue: Cue): boolean => {
    if (cues.negationBreakers.has(words[i + cue.length] ?? '') || !sameQuote(i)) return false;
    if (negatesAttribute(v, i, cue, cues, inMatch)) return false;
    // ("had no plans to retaliate": a prefix negator before a plan whose complement the trigger opens negates the act)
    if (cue.length === 1 && cues.prefixNegators.has(cue[0]!) && i < m.first && cues.oneWord.planned.has(words[i + 1] ?? '')
      && cues.complementMarkers.has(words[i + 2] ?? '') && i + 3 === m.first) return true;
    // (a verb is not negated by "ohne" before it, which negates its own phrase — "Nach fünf Jahrzehnten ohne
    // Botschafter vereinbarten …" — unless the verb is the zu-infinitive "ohne" governs: "ohne Putin zu treffen")
    if (m.entry.pos === 'verb' && cue.length === 1 && cues.prefixNegators.has(cue[0]!) && i < m.last
      && !(v.clause[i] === v.clause[m.last] && zuClause(v, v.clause[i]!, cues.infinitive))
      && !negatedGerund(v, i, m, cues)) return false;
    if (m.entry.pos !== 'verb' || i < m.first || i < m.last) return true;
    if (i > m.last && (!cues.verbSecond || i >= complementAt)) return false;
    if (cue.length === 1 && cues.prefixNegators.has(cue[0]!)) return false;
    return !cues.complementMarkers.has(words[i + cue.length] ?? '') && !infixedInfinitive(cues.infinitive, words[i + cue.length] ?? '');
  };
  // English: a second predicate after "and" ("denied the accusation and said Thai forces had opened fire") starts
  // between a denial before the trigger and the trigger
  const secondApart = (i: number): boolean => {
    for (let k = i + 1; k < m.first; k++) if (opensPredicate(v, cues, k)) return true;
    return false;
  };
  // German: a negation or denial belongs to its own predicate, not to a verb coordinated with it ("bestritt die
  // Vorwürfe und warf Polen … vor": the accusation is asserted)
  const apart = (i: number): boolean => m.entry.pos === 'verb' && (cues.verbSecond ? coordinatedPredicate(v, cues, Math.min(i, m.first) + 1, Math.max(i, m.first) + 1) : i < m.first && secondApart(i));
  // a possibility left open in the trigger's clause supposes the act: "did not rule out further sanctions", "schloss
  // weitere Sanktionen nicht aus" (before the negators, which would read "ruled out" or "nicht" as a denial)
  if (leftOpen(words, cStart, cEnd, cues, inMatch, sameQuote)) return 'hypothetical';
  const negated = anyCue(words, nFrom, nTo, cues.cueIndex.negators, inMatch, (i, cue) => negatorOk(i, cue) && !apart(i))
    // (English: not one after a verb trigger, which stands in a reduced relative clause of its object: "rejected a claim
    // Baku denied")
    || anyCue(words, cStart, cEnd, cues.cueIndex.negatingPredicates, inMatch, (i) => sameQuote(i) && !apart(i) && (cues.verbSecond || m.entry.pos !== 'verb' || i < m.first));
  // a negated condition is still a condition: "…, sollte Eriwan seine Einheiten nicht abziehen", "if Russia does not
  // withdraw" (the clause opens with the conditional) supposes the act rather than denies it
  if (negated || deniedOccurrence(v, m, words, cues, cStart, cEnd, inMatch, sameQuote)) {
    let c0 = cStart;
    while (c0 < m.first && v.tokens[c0]!.kind !== 'word') c0++;
    // (English: also a conjunction inside the clause before the trigger, "will respond if Russia does not withdraw"; a
    // modal such as "should" is none)
    const inside = !cues.verbSecond && words.slice(c0, m.first).some((w) => cues.conditionals.has(w) && !cues.auxiliaries.has(w));
    return cues.conditionals.has(words[c0] ?? '') || inside ? 'hypothetical' : 'negated';
  }
  if (m.entry.modality) return m.entry.modality;

  // (PLOVER: a threat on a condition is a threat made now — "Sollte Serbien die Grenze schließen, werde man militärisch
  // reagieren", "If Russia attacks, we will respond with force": a condition that opens another clause supposes the
  // condition, not the threat; one in the threat's own clause still supposes it, "Sollte Moskau mit Vergeltung drohen")
  const threatOnCondition = m.entry.type === 'THREATEN' && cues.conditionals.has(words[firstWord] ?? '') && v.clause[firstWord] !== v.clause[m.first];
  const conditional = (cues.conditionals.has(words[firstWord] ?? '') && !threatOnCondition)
    || conditionalIn(words, cStart, m.first, cues.conditionals, inMatch);
  // a purpose clause makes its verb an aim ("um … ins Gespräch zu kommen"), not the acts it names
  const purpose = m.entry.pos === 'verb' && (cues.purpose.has(words[cStart] ?? '') || (cStart > 0 && cues.purpose.has(words[cStart + 1] ?? '') && v.tokens[cStart]!.kind !== 'word'));
  let hedgedNoun = false;
  if (m.entry.pos === 'noun') for (let k = m.first - 1; k >= 0 && k >= m.first - 2; k--) if (cues.hypotheticalAdjectives.has(words[k]!)) hedgedNoun = true;
  // modal cues stand before the trigger, or right after a verb-final trigger ("treffen könnte"); English has no
  // verb-final clauses, so a cue after its trigger is its object ("rejected the plan"), not its modality
  let scopeEnd = Math.min(cEnd, cues.verbSecond ? m.last + 3 : m.last + 1);
  // (a coordinator after the trigger opens the next predicate: "bezeichnete … als illegal und kündigte Gegenmaßnahmen
  // an" is said, not announced)
  for (let k = m.last + 1; k < scopeEnd; k++) if (cues.coordinators.has(words[k]!)) { scopeEnd = k; break; }
  // German: an act noun fronted into the Vorfeld takes the modal cue of the finite verb after its phrase ("Neue
  // Sanktionen gegen Russland kündigte die EU an" is announced, as "Die EU kündigte neue Sanktionen … an" is)
  scopeEnd = Math.max(scopeEnd, frontedNounCueEnd(v, m, words, cues, cStart, cEnd));
  // English: a predicate coordinated after a past-tense one ("rejected the plan and summoned …") starts a scope of its own
  // (the condition's own modals and conjunction stay in the condition: "Falls Iran die Straße schließt, werden die USA …")
  let scopeStart = threatOnCondition ? cStart : 0;
  if (!cues.verbSecond) for (let k = m.first - 1; k > scopeStart; k--) if (opensPredicate(v, cues, k)) { scopeStart = k; break; }
  // German: a finite verb right after "und" opens a predicate of its own ("kündigte an, die Überwachung zu verstärken,
  // und verlegte Grenzschützer nach Narva": the transfer is done, not announced); a form in -t/-te/-ten is finite, one
  // in -en after "und" may be an infinitive under the modal before ("will … treffen und verhandeln")
  if (cues.verbSecond && m.entry.pos === 'verb' && m.first > 0 && cues.coordinators.has(words[m.first - 1]!) && endsWithAny(words[m.first]!, cues.verbForms.finiteEndings)) scopeStart = m.first - 1;
  // English: so does an adverbial clause ("Russia will send troops, while Ukraine attacked Belgorod", "… because Ukraine
  // attacked"): its own modals come after its subordinator (not "that" or "to", whose complement the modal before them
  // governs, nor "if"/"whether", which make it hypothetical)
  if (!cues.verbSecond) {
    for (let k = m.first - 1; k > scopeStart; k--) {
      if (adverbialSubordinator(v, cues, k)) { scopeStart = k; break; }
    }
  }
  // English: "Turkey and Greece agreed to resume talks, Gerapetritis said after meeting Fidan": a verb of saying in the
  // trigger's clause opens the speaker's own statement; a future of the clause before is the reported content's
  if (!cues.verbSecond) for (let k = m.first - 1; k > Math.max(scopeStart, cStart - 1); k--) if (cues.reportingVerbs.has(words[k]!)) { scopeStart = k; break; }
  // English: a second complement coordinated after the first ("said the proposal was an offer and that the US remained
  // committed") is a statement of its own: a hedge or modal of the first complement does not reach it
  if (!cues.verbSecond) {
    for (let k = m.first - 1; k > scopeStart + 1; k--) {
      if (cues.complementMarkers.has(words[k]!) && cues.subordinators.has(words[k]!) && cues.coordinators.has(words[k - 1]!)) { scopeStart = k; break; }
    }
  }
  // "a planned visit", "die geplante Reise": a noun its own adjective marks as planned is planned, whatever the clause's
  // modal says about something else ("could overshadow a planned visit")
  if (m.entry.pos === 'noun' && !conditional) {
    for (let k = m.first - 1; k >= 0 && k >= m.first - 2; k--) if (cues.oneWord.planned.has(words[k]!)) return 'planned';
  }
  if (conditional || purpose || hedgedNoun) return 'hypothetical';
  // "announced it would send tanks": the doer's own future reported in the past is planned ("analysts said
  // Germany would …" stays a guess); any other hedge keeps it hypothetical
  // (the announcement verb may take "that" and an audience first: "said that it would", "told reporters it would")
  // (after a complementizer — a complement marker that also opens a clause, "that" — the audience may be a longer
  // phrase: "told reporters at party headquarters that he would start talks"; only plain words of one clause between)
  const announced = (k: number): boolean => {
    const w = words[k] ?? '';
    const reach = cues.complementMarkers.has(w) && cues.subordinators.has(w) ? ANNOUNCE_REACH_THAT : ANNOUNCE_REACH;
    for (let j = k; j >= 0 && j >= k - reach; j--) {
      if (cues.announcementVerbs.has(words[j]!)) return true;
      if (j < k - 1 && j < k - ANNOUNCE_REACH && (v.tokens[j]!.kind !== 'word' || v.clause[j] !== v.clause[k - 1])) return false;
    }
    return false;
  };
  // (in reported speech a past subjunctive stands in for the reported form: "Kämpfer hätten Zivilisten getötet, sagte
  // Türk" reports a killing, it does not suppose one)
  // (the doer may be named too, when it is the speaker's own side: Tusk "said Warsaw would ask Nato"; "analysts said
  // Germany would …" stays a guess)
  const namedBefore = (i: number): number => v.chains.find((ch) => ch.last === i - 1 && ch.kind === 'name' && speakerSide.has(ch.entity))?.first ?? -1;
  // (the announcement may come after the reported clause: "Washington would stand by Guyana, the spokesperson added"
  // reports the speaker's own side's future as much as "the spokesperson said Washington would …")
  const ownFuture = (i: number): boolean => {
    if (cues.pronouns.has(words[i - 1] ?? '') && announced(i - 2)) return true;
    const n = namedBefore(i);
    return (n > 0 && announced(n - 1)) || (reported && n >= 0);
  };
  const hedge = (i: number, cue: Cue): boolean => !(cue.length === 1 && cues.reportedFuture.has(cue[0]!) && ownFuture(i))
    && !(reported && cue.length === 1 && cues.reportedSubjunctives.has(cue[0]!));
  if (anyCue(words, scopeStart, scopeEnd, cues.cueIndex.hypothetical, inStatement, hedge)) return 'hypothetical';
  const subjunctive = (i: number, cue: Cue): boolean => !(reported && cue.length === 1 && cues.reportedSubjunctives.has(cue[0]!));
  if (anyCue(words, scopeStart, scopeEnd, cues.cueIndex.hypothetical, inStatement, subjunctive)) return 'planned';
  // (German hearsay: "Russische Soldaten sollen Zivilisten getötet haben" reports a killing, it plans none)
  const plans = (i: number, cue: Cue): boolean => !(cue.length === 1 && cues.hearsay.modals.has(cue[0]!) && perfectInfinitiveClause(v, i, cues));
  if (anyCue(words, scopeStart, scopeEnd, cues.cueIndex.planned, inStatement, plans)) return 'planned';
  // English: a pattern that opens with a pledge ("pledged 2 billion dollars in aid") reports a pledged act
  // (only material acts: a pledged threat or agreement is itself the act, made now)
  if (!cues.verbSecond && m.positions.length > 1 && PLEDGEABLE.has(m.entry.type) && cues.oneWord.planned.has(words[m.first]!)) return 'planned';
  return 'asserted';
}
