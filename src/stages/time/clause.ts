import { noDot, type TTok } from './context.js';
import { hasShape, type TimeLexicon } from './lexicon.js';
import { prefixGroup } from './trigger.js';

/** Tense of a clause as far as its cue words show it. */
export type Tense = 'past' | 'present' | 'future';

const BOUNDARY_PUNCT = new Set([',', ';', ':', '–', '—']);

/**
 * Splits a sentence's tokens into clauses: at commas, semicolons, colons and dashes, and before a
 * conjunction or subordinator of the lexicon. Returns token index ranges `[a, b)` covering the
 * sentence without gaps (punctuation goes with the clause it ends).
 */
export function clauseRanges(toks: readonly TTok[], lex: TimeLexicon): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // (every boundary mark is one character: a longer token is looked up in no set)
    if (t.text.length === 1 && BOUNDARY_PUNCT.has(t.text)) {
      out.push([a, i + 1]);
      a = i + 1;
    } else if (i > a && lex.clauseBreakers.has(t.lo) && !lex.comparativeWords.has(toks[i - 1]!.lo) && !(calendarToken(toks[i - 1], lex) && calendarToken(toks[i + 1], lex))) {
      // (not the particle of a comparison: "um mehr als drei Prozent" stays in its clause; not a
      // conjunction between two dates: "für Dezember oder Januar geplant", "am 25. und 26. März")
      out.push([a, i]);
      a = i;
    }
  }
  if (a < toks.length || out.length === 0) out.push([a, toks.length]);
  return out;
}

/** Whether a token is a number, a month or a weekday, which a conjunction between two of them joins. */
function calendarToken(t: TTok | undefined, lex: TimeLexicon): boolean {
  if (!t) return false;
  if (t.kind === 'number') return true;
  const w = noDot(t.lo);
  return t.kind === 'word' && (lex.months.has(w) || lex.weekdays.has(w));
}

/**
 * Whether the future cue at i is a time expression of its own or heads one ("tomorrow", "next week",
 * "in the coming weeks", "kommenden Montag"), which resolves its own direction: it tells nothing of the
 * clause's other expressions ("said on Wednesday it hoped to meet in the coming weeks": Wednesday is past).
 */
function timeWordCue(toks: readonly TTok[], i: number, lex: TimeLexicon): boolean {
  if (lex.dayOffsets.has(toks[i]!.lo)) return true;
  const n = toks[i + 1];
  if (!n || n.kind !== 'word') return false;
  const w = noDot(n.lo);
  return lex.units.has(w) || lex.pluralUnits.has(w) || lex.weekdays.has(w) || lex.months.has(w) || lex.seasons.has(w);
}

/** Whether the clause holds a past participle ("geschlossen"): "werden" is then passive, not future. */
function hasParticiple(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon): boolean {
  for (let i = a; i < b; i++) {
    const w = toks[i]!;
    if (w.kind !== 'word' || w.lo.length < 6 || w.text !== w.lo) continue;
    for (const p of lex.participlePrefixes) if (w.lo.startsWith(p) && (w.lo.endsWith('t') || w.lo.endsWith('en'))) return true;
  }
  return false;
}

/**
 * Whether "werden" in the clause is a passive auxiliary: a "ge-" participle anywhere, or a participle
 * without "ge-" that closes the clause ("werden noch 40 Menschen vermisst", "wird am Freitag evakuiert":
 * an inseparable-prefix or `participleSuffixes` form in -t, where the future has the infinitive in -en).
 */
function passiveParticiple(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon): boolean {
  if (hasParticiple(toks, a, b, lex)) return true;
  for (let i = a; i < b; i++) {
    const w = toks[i]!;
    if (w.kind !== 'word' || w.lo.length < 7 || w.text !== w.lo || !w.lo.endsWith('t') || !clauseFinal(toks, i, b)) continue;
    if (lex.inseparablePrefixes.some((p) => w.lo.startsWith(p)) || lex.participleSuffixes.some((s) => w.lo.endsWith(s))) return true;
  }
  return false;
}

/**
 * Whether the clause holds a perfect participle: "ge-" forms, `participlePrefixes` after a separable prefix
 * ("angekommen", "zurückgetreten"), and with "haben" also inseparable-prefix forms in -t
 * ("haben … verhandelt", also after a separable prefix: "hat … einbestellt") and forms with a `participleSuffixes` ending ("haben … telefoniert"; with "sein"
 * such forms are mostly adjectives: "ist bereit", "ist bekannt", "ist stationiert").
 */
function hasPerfectParticiple(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon, have: boolean): boolean {
  if (hasParticiple(toks, a, b, lex)) return true;
  for (let i = a; i < b; i++) {
    const w = toks[i]!;
    if (w.kind !== 'word' || w.lo.length < 7 || w.text !== w.lo) continue;
    const ending = w.lo.endsWith('t') || w.lo.endsWith('en');
    if (!ending) continue;
    for (const p of lex.separablePrefixes) if (w.lo.startsWith(p) && lex.participlePrefixes.some((g) => w.lo.startsWith(g, p.length))) return true;
    if (have && w.lo.endsWith('t')) for (const p of lex.inseparablePrefixes) if (w.lo.startsWith(p)) return true;
    // (and after a separable prefix: "hat … einbestellt", "haben … vorbereitet")
    if (have && w.lo.endsWith('t')) for (const p of lex.separablePrefixes) if (w.lo.startsWith(p) && lex.inseparablePrefixes.some((q) => w.lo.startsWith(q, p.length))) return true;
    // a strong participle of an inseparable verb ("sei entkommen", "sei verschwunden"), which closes
    // its clause: not a zu-infinitive ("ist am Montag zu erwarten") nor an inflected adjective before a noun ("in
    // verschiedenen Städten")
    // (with "haben" too: "hat den Vertrag unterschrieben", "habe die Wahl verloren")
    if (w.lo.endsWith('en') && w.lo.length >= 8 && clauseFinal(toks, i, b) && !lex.infinitiveMarkers.has(toks[i - 1]?.lo ?? '')) {
      for (const p of lex.inseparablePrefixes) if (w.lo.startsWith(p)) return true;
    }
    // "habe … telefoniert": verbs in -ieren form their participle without "ge-"
    if (have) for (const s of lex.participleSuffixes) if (w.lo.endsWith(s)) return true;
  }
  return false;
}

/**
 * Whether the clause `[a, b)` is in the past perfect: a `pluperfectAuxiliaries` or
 * `havePluperfectAuxiliaries` form with a participle in the clause ("hatte es bereits gebrannt",
 * "war am Freitag gefallen"; English: "had" before a past form or a `pluperfectParticiples` word, "had
 * signed", "had fallen", "had been"), not "hatte Hunger".
 */
export function pluperfectIn(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon): boolean {
  for (let i = a; i < b; i++) {
    const w = toks[i]!.lo;
    const have = lex.havePluperfectAuxiliaries.has(w);
    if (!have && !lex.pluperfectAuxiliaries.has(w)) continue;
    if (hasPerfectParticiple(toks, a, b, lex, have)) return true;
    // (English has no participle marks: a lower-case past form or irregular participle after the auxiliary)
    for (let j = i + 1; j < b; j++) if (pastFormOf(toks[j], lex)) return true;
  }
  return false;
}

/** Whether token `i` ends the clause `[…, b)`: the last token, or followed by punctuation. */
function clauseFinal(toks: readonly TTok[], i: number, b: number): boolean {
  return i + 1 >= b || toks[i + 1]!.kind === 'punct';
}

/**
 * Whether a lower-case word is a past cue behind a verb prefix: a separable verb at the end of a
 * subordinate clause ("die am Sonntag ausbrachen", "das am Montag stattfand": "aus" + "brachen")
 * or an inseparable one the list leaves out ("bestand"). The rest must be a listed form of three
 * letters or more.
 */
function prefixedPastCue(w: string, lex: TimeLexicon): boolean {
  // (only the prefixes that share the word's opening: tried for every lower-case word of a clause)
  const group = prefixGroup(lex.verbPrefixIndex, w);
  if (group) for (const p of group) if (w.length - p.length >= 3 && w.startsWith(p) && lex.pastCues.has(w.slice(p.length))) return true;
  return false;
}

/** Whether token i is a lower-case past form or past participle of the language's cue lists (English has no participle marks). */
function pastFormOf(t: TTok | undefined, lex: TimeLexicon): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.lo
    && (lex.pastCues.has(t.lo) || lex.pluperfectParticiples.has(t.lo) || hasShape(t.lo, lex.regularPast));
}

/**
 * Whether token i (in a clause from `a`) is the auxiliary of a perfect infinitive or gerund: German participle, "zu" and
 * "haben"/"sein" ("wirft Moskau vor, am Sonntag angegriffen zu haben", "festgenommen worden zu sein"), English "to have" or
 * "having" and a past participle ("claims to have shot down two drones on Monday", "accused of having fired"). It tells
 * a past act whatever the tense of the verb that governs it.
 */
function perfectInfinitiveAt(toks: readonly TTok[], a: number, i: number, lex: TimeLexicon): boolean {
  const t = toks[i]!;
  if (!lex.perfectInfinitives.has(t.lo)) return false;
  // (English: the participle follows the auxiliary)
  if (pastFormOf(toks[i + 1], lex)) return true;
  // (German: the participle comes before the marker)
  if (i - 2 < a || !lex.infinitiveMarkers.has(toks[i - 1]!.lo)) return false;
  return pastFormOf(toks[i - 2], lex) || hasPerfectParticiple(toks, i - 2, i - 1, lex, true);
}

/**
 * Whether token i is a gerund after a verb of judging and its preposition, within four words of the verb ("accuses
 * Moscow of launching an attack on Sunday", "thanked Qatar for hosting the talks", "was jailed for throwing stones"): the
 * deed judged is one done (`judgementVerbs`, `judgementPrepositions`; English), unless the gerund is one of intending
 * (`intentionGerunds`: "accused of planning an attack on Sunday").
 */
function judgedDeedAt(toks: readonly TTok[], a: number, i: number, lex: TimeLexicon): boolean {
  const t = toks[i]!;
  if (lex.judgementVerbs.size === 0 || t.kind !== 'word' || t.text !== t.lo || !t.lo.endsWith('ing') || t.lo.length < 6) return false;
  // ("accused of planning an attack on Sunday": the deed is an intention, its day may lie ahead)
  if (lex.intentionGerunds.has(t.lo)) return false;
  if (i - 2 < a || !lex.judgementPrepositions.has(toks[i - 1]!.lo)) return false;
  for (let j = i - 2; j >= Math.max(a, i - 6); j--) if (lex.judgementVerbs.has(toks[j]!.lo)) return true;
  return false;
}

/**
 * Whether token i closes a German extended attribute: a determiner, a prepositional phrase opened right after it
 * (`attributePrepositions`), then
 * the inflected participle i and its capitalised noun ("Die am Montag unterzeichnete Vereinbarung tritt am Freitag in
 * Kraft", "die von der EU verhängten Sanktionen"). The participle describes the noun; it is no verb of the clause, so its past
 * form says nothing of the clause's tense. At most five words between the determiner and the participle.
 */
function extendedAttribute(toks: readonly TTok[], a: number, b: number, i: number, lex: TimeLexicon): boolean {
  const next = toks[i + 1];
  if (i + 1 >= b || !next || next.kind !== 'word' || next.text === next.lo || toks[i]!.text !== toks[i]!.lo) return false;
  for (let d = i - 2; d >= Math.max(a, i - 6); d--) {
    if (!lex.attributiveDeterminers.has(toks[d]!.lo)) continue;
    return lex.attributePrepositions.has(toks[d + 1]!.lo);
  }
  return false;
}

/**
 * Whether token i (in a clause from `a`) tells a deed done whatever the tense of the verb that governs it: a perfect
 * infinitive or gerund ({@link perfectInfinitiveAt}) or a judged deed ({@link judgedDeedAt}).
 */
export function pastDeedAt(toks: readonly TTok[], a: number, i: number, lex: TimeLexicon): boolean {
  return perfectInfinitiveAt(toks, a, i, lex) || judgedDeedAt(toks, a, i, lex);
}

/**
 * Tense of tokens `[a, b)` from cue words: a future cue wins over a past cue (a planned act in a
 * past report is still planned); English also takes regular past forms by suffix ("announced"),
 * lower-case only so that names ("United") do not count.
 */
export function tenseOf(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon): Tense | null {
  let past = false;
  // the participle scans cover the whole range: once each, however many auxiliaries it holds
  let seinPerfect: boolean | undefined;
  let havePerfect: boolean | undefined;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    // (a perfect infinitive or a judged deed tells a past act whatever the verb that governs it)
    if (!past && pastDeedAt(toks, a, i, lex)) past = true;
    if (i > a && (lex.infinitiveMarkers.has(toks[i - 1]!.lo) || lex.modalVerbs.has(toks[i - 1]!.lo))) continue;
    // "the plan takes effect": a cue that is also a noun counts only without a determiner before it
    const noun = i > a && lex.nounFutureCues.has(t.lo) && lex.determiners.has(toks[i - 1]!.lo);
    if (lex.futureCues.has(t.lo) && !noun && lex.futureCuePrepositions.get(t.lo)?.has(toks[i + 1]?.lo ?? '') !== true && !timeWordCue(toks, i, lex) && !(lex.passiveAuxiliaries.has(t.lo) && passiveParticiple(toks, a, b, lex))) return 'future';
    if (past) continue;
    // "die verhängte Ausgangssperre", "the proposed ban", "den Stand der Dinge", "the spread of": a
    // past form between a determiner and a word is an attributive participle or a noun, no verb
    if (i > a && lex.attributiveDeterminers.has(toks[i - 1]!.lo) && i + 1 < b && toks[i + 1]!.kind === 'word') continue;
    if (extendedAttribute(toks, a, b, i, lex)) continue;
    // "is to be held", "could be signed": a participle after a bare passive infinitive is no past form
    if (i > a && lex.passiveInfinitives.has(toks[i - 1]!.lo)) continue;
    // "das Verbot", "Das Schloss öffnet", "the Met Office": a capitalised past form after a word
    // (not at the start of the sentence) is a noun or a name, no verb
    if (i > 0 && t.text !== t.lo && toks[i - 1]!.kind === 'word' && lex.pastCues.has(t.lo)) continue;
    // "is held", "are told": an irregular past form after a present auxiliary is a participle of the present passive
    if (lex.pastCues.has(t.lo)) past = !(i > a && lex.progressiveAuxiliaries.has(toks[i - 1]!.lo));
    else if (lex.perfectAuxiliaries.has(t.lo)) past = seinPerfect ??= hasPerfectParticiple(toks, a, b, lex, false);
    else if (lex.havePerfectAuxiliaries.has(t.lo)) past = havePerfect ??= hasPerfectParticiple(toks, a, b, lex, true);
    else if (t.text === t.lo && !(i > a && lex.participleAuxiliaries.has(toks[i - 1]!.lo))) {
      past = hasShape(t.lo, lex.regularPast) || prefixedPastCue(t.lo, lex);
    }
  }
  return past ? 'past' : null;
}

/**
 * Whether the clause `[a, b)` ends in a present zu-infinitive ("… bis Freitag zu verlassen",
 * "… abzuziehen": a separable prefix, "zu" and the verb in one word), not a perfect one ("dort
 * gewesen zu sein") unless `perfectToo`. Such a clause names what someone undertakes, promises or intends;
 * after a verb of intending a perfect one does too, a deed done by then ("hofft, den Streit bis Sonntag
 * beigelegt zu haben").
 */
export function endsInZuInfinitive(toks: readonly TTok[], a: number, b: number, lex: TimeLexicon, perfectToo = false): boolean {
  let k = b - 1;
  while (k >= a && toks[k]!.kind !== 'word') k--;
  const t = toks[k];
  if (k <= a || !t || t.text !== t.lo || !t.lo.endsWith('n')) return false;
  if (lex.perfectInfinitives.has(t.lo)) return perfectToo && lex.infinitiveMarkers.has(toks[k - 1]!.lo);
  if (lex.infinitiveMarkers.has(toks[k - 1]!.lo)) return t.lo.length >= 4;
  for (const marker of lex.infinitiveMarkers) {
    for (const p of lex.separablePrefixes) {
      // "ab" + "zu" + "ziehen": at least three letters of the verb after the marker
      if (t.lo.length >= p.length + marker.length + 3 && t.lo.startsWith(p) && t.lo.startsWith(marker, p.length)) return true;
    }
  }
  return false;
}

/** Whether token j is an intention verb, or opens a two-word one with its particle ("sagten zu", "sicherte zu"). */
export function intentionAt(toks: readonly TTok[], j: number, lex: TimeLexicon): boolean {
  const w = toks[j]!.lo;
  return lex.intentionVerbs.has(w) || lex.intentionPairs.get(w)?.has(toks[j + 1]?.lo ?? '') === true;
}
