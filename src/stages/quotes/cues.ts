import type { Complement } from './lexicon.js';
import type { QuoteContext } from './context.js';
import { isCap, isLower } from './case.js';
import { isRelative, isReportNoun } from './clauses.js';
import { isInstitution, roleGender } from './antecedent.js';

/** How a cue introduces speech. */
export type CueKind = 'verb' | 'inverted' | 'source-prep' | 'source-post';

/** A speech cue found in a sentence (outside direct quotes). */
export interface Cue {
  readonly kind: CueKind;
  /** First and last token of the cue words (a separable particle is not included). */
  readonly first: number;
  readonly last: number;
  /** Token of the separable particle, or -1. */
  readonly particle: number;
  readonly lemma: string;
  readonly complement: Complement;
}

const STOP = new Set([',', ';', ':', '.', '!', '?']);
/** Marks that end a sentence. */
const TERMINAL_MARKS = new Set(['.', '!', '?']);

/**
 * Finds the speech cues of sentence tokens [a, b]: speech-verb forms (multi-word ones included;
 * a separable verb only when its particle follows before the clause ends), source prepositions
 * ("laut", "according to", also with a possessive or own-word: "nach seinen Worten", "nach eigenen
 * Angaben"), postpositions ("zufolge") and the inverted "…, so X".
 */
export function findCues(c: QuoteContext, a: number, b: number): Cue[] {
  const out: Cue[] = [];
  for (let i = a; i <= b; i++) {
    if (c.inQuote[i] !== -1) continue;
    const t = c.toks[i]!;
    if (t.kind !== 'word') continue;
    const forms = c.lex.verbs.get(t.lower);
    // verbs are written in lower case ("United States" is no form of "state") and follow no article ("his vow")
    // (nor a gerund: "accused the government of making promises it could not keep", "issuing demands" — a form in -s
    // after a participle is its object noun; so after a verb where nouns are written in lower case: "denied reports that …")
    // (nor in the phrase of a source preposition: "according to initial reports, …" names the source's noun)
    const verbLike = (i === a || !isCap(t)) && !(i > a && c.lex.verbBlockers.has(c.toks[i - 1]!.lower) && !governedInfinitive(c, i, a)) && !(i > a && t.lower.endsWith('s') && (isParticipleAt(c, i - 1) || nounAfterVerb(c, i - 1))) &&
      !inSourcePhrase(c, out, i);
    if (forms && verbLike) {
      let found: Cue | null = null;
      let foundWords = 0;
      let skipTo = -1;
      for (const f of forms) {
        // (a phrase with a middle field closes like a particle verb: its last word is read as the particle, so the
        // subject in the field stays the verb's, "war das Gericht der Auffassung")
        const contiguous = wordsMatch(c, i, f.words, b);
        const closing = contiguous || f.particle ? -1 : middleFieldMatch(c, i, f.words, b);
        if (!contiguous && closing < 0) continue;
        const last = contiguous ? i + f.words.length - 1 : i;
        let particle = closing;
        if (f.particle) {
          particle = findParticle(c, last + 1, b, f.particle);
          if (particle < 0) continue;
        }
        // the word that makes it another verb stands inside the verb's bracket: between a finite verb and its
        // particle ("hält an ihren Plänen fest"), or before a joined form in its clause ("an den Plänen festhielt");
        // one before a finite verb is another phrase ("An diesem Dienstag hielt der Minister fest, dass …"); a form
        // without particle also opens the bracket of a finite verb, whose first word makes it another verb ("befanden
        // sich drei Kinder", "klagte gegen den Bescheid")
        if (f.notWith.length && (particle >= 0 ? anyWordIn(c, last + 1, particle, f.notWith) : anyWordIn(c, clauseStart(c, i, a), i, f.notWith) || anyWordIn(c, last + 1, last + 2, f.notWith))) continue;
        // a form without particle that also exists as a particle verb: prefer the particle reading
        if (!found || (particle >= 0 && found.particle < 0) || f.words.length > foundWords) {
          found = { kind: 'verb', first: i, last, particle, lemma: f.lemma, complement: f.complement };
          foundWords = f.words.length;
          skipTo = closing >= 0 ? closing : last;
        }
      }
      if (found) {
        out.push(found);
        i = skipTo;
        continue;
      }
    }
    const prep = c.lex.sourcePrepositionsByFirst.get(t.lower)?.find((p) => wordsMatch(c, i, p, b));
    // "laut eigenen Angaben", "laut seiner Aussage": a one-word preposition names its source through the possessive or the
    // subject, as "nach seinen Worten" does below, rather than reading "eigenen Angaben" as the source
    if (prep && prep.length === 1 && ownReportAt(c, i + 1, b) && isPreposition(c, i, i + 2, a)) {
      out.push({ kind: 'source-prep', first: i, last: i + 2, particle: -1, lemma: c.toks.slice(i, i + 3).map((x) => x.lower).join(' '), complement: 'bare' });
      i += 2;
      continue;
    }
    if (prep && isPreposition(c, i, i + prep.length - 1, a) && !topicAfter(c, i, i + prep.length - 1)) {
      out.push({ kind: 'source-prep', first: i, last: i + prep.length - 1, particle: -1, lemma: prep.join(' '), complement: 'bare' });
      i += prep.length - 1;
      continue;
    }
    // "nach seinen Worten", "nach eigenen Angaben": the source is named through the possessive or the subject
    const nouns = c.lex.sourceNounsByPreposition.get(t.lower);
    const own = c.toks[i + 1];
    const noun = c.toks[i + 2];
    // (so is it through a name in the genitive: "Nach Bergs Angaben", "nach Merkels Worten")
    if (nouns && own && noun && i + 2 <= b && c.inQuote[i + 2] === -1 && (c.lex.possessives.has(own.lower) || c.lex.ownWords.has(own.lower) || genitiveName(c, i + 1)) && nouns.has(noun.lower) && isPreposition(c, i, i + 2, a)) {
      out.push({ kind: 'source-prep', first: i, last: i + 2, particle: -1, lemma: `${t.lower} ${own.lower} ${noun.lower}`, complement: 'bare' });
      i += 2;
      continue;
    }
    // "Nach einem Bericht der Zeitung X", "Nach den Worten von X": an article before the report noun
    const articled = articledSourceEnd(c, i, a, b);
    if (articled > i) {
      out.push({ kind: 'source-prep', first: i, last: articled, particle: -1, lemma: c.toks.slice(i, articled + 1).map((x) => x.lower).join(' '), complement: 'bare' });
      i = articled;
      continue;
    }
    // "Nach ersten Untersuchungen …", "nach bisher unbestätigten Berichten": a report noun that names no source, after
    // attributive words (an unnamed source: the phrase is the speaker, an unspecified one)
    const unnamed = unnamedSourceEnd(c, i, a, b);
    if (unnamed > i) {
      out.push({ kind: 'source-prep', first: i, last: unnamed, particle: -1, lemma: c.toks.slice(i, unnamed + 1).map((x) => x.lower).join(' '), complement: 'bare' });
      i = unnamed;
      continue;
    }
    // "Nach UN-Angaben", "nach Expertenschätzungen": a compound that ends in a source noun names its source in its first part
    const compoundAt = nouns ? sourceCompoundAt(c, i, b, nouns) : -1;
    if (compoundAt > i && isPreposition(c, i, compoundAt, a) && !topicAfter(c, i, compoundAt)) {
      out.push({ kind: 'source-prep', first: i, last: compoundAt, particle: -1, lemma: `${t.lower} ${c.toks[compoundAt]!.lower}`, complement: 'bare' });
      i = compoundAt;
      continue;
    }
    // ("Seinen Angaben nach", "Meiner Ansicht nach": a postposition only right after a report noun, and not one a
    // preposition governs — "in einem Interview nach dem Spiel": there "nach" is a preposition itself)
    if (c.lex.sourcePostpositions.has(t.lower) || (c.lex.reportPostpositions.has(t.lower) && i > a && isReportNoun(c, i - 1) && !governedNoun(c, i - 1, a))) {
      out.push({ kind: 'source-post', first: i, last: i, particle: -1, lemma: t.lower, complement: 'bare' });
      continue;
    }
    if (c.lex.sourceInverted.has(t.lower) && i > a && c.toks[i - 1]!.text === ',' && startsName(c, i + 1, b)) {
      out.push({ kind: 'inverted', first: i, last: i, particle: -1, lemma: t.lower, complement: 'bare' });
    }
  }
  return out;
}

/** How far back from its infinitive marker a governor of a reporting infinitive may stand ("beeilten sich, gegenüber Journalisten zu erklären"). */
const GOVERNOR_REACH = 6;

/**
 * The speech-verb form at i is an infinitive after its marker that a verb saying it was done governs ("Der Minister
 * beeilte sich zu erklären, …", "bemühte sich, gegenüber Journalisten zu betonen, dass …", "hastened to add that …";
 * quote-cues `infinitiveGovernors`): the governor stands at most {@link GOVERNOR_REACH} words before the marker in the
 * same clause, or before one comma right after it or its reflexive pronoun. Any other infinitive stays unsaid ("weigerte sich
 * zu erklären", "refused to say", "Es ist schwer zu sagen").
 */
function governedInfinitive(c: QuoteContext, i: number, a: number): boolean {
  if (!c.lex.infinitiveGovernors.size || !c.lex.infinitiveMarker.has(c.toks[i - 1]!.lower)) return false;
  let commas = 0;
  for (let k = i - 2; k >= a && k >= i - 1 - GOVERNOR_REACH; k--) {
    const t = c.toks[k]!;
    if (c.inQuote[k] !== -1) return false;
    if (c.isComma(k)) {
      // (the infinitive clause set off by a comma right after the governor or its reflexive: "beeilten sich, … zu erklären")
      const gov = (j: number): boolean => j >= a && c.lex.infinitiveGovernors.has(c.toks[j]!.lower);
      if (++commas > 1 || !(gov(k - 1) || gov(k - 2))) return false;
      continue;
    }
    if (t.kind !== 'word') return false;
    if (c.lex.infinitiveGovernors.has(t.lower)) return true;
  }
  return false;
}

/**
 * Token i is the noun of the source phrase the last cue opened: that cue is a source preposition ending at most three
 * words before i, with only lower-case words between ("according to | initial | reports"), i is in -s, the form a
 * plural noun shares with a verb ("reports", "accounts"), and a comma or the sentence's end follows it.
 */
function inSourcePhrase(c: QuoteContext, out: readonly Cue[], i: number): boolean {
  const last = out[out.length - 1];
  if (!last || last.kind !== 'source-prep' || i - last.last > 3 || !c.toks[i]!.lower.endsWith('s')) return false;
  // (the noun closes the phrase at a comma or the sentence's end; "according to reports from …" is left as it was read)
  const next = c.toks[i + 1];
  if (next && !c.isComma(i + 1) && !TERMINAL_MARKS.has(next.text)) return false;
  for (let k = last.last + 1; k < i; k++) if (c.toks[k]!.kind !== 'word' || !isLower(c.toks[k]!) || c.inQuote[k] !== -1) return false;
  return true;
}

/**
 * The noun at k is the object of a preposition: one stands right before it or before the articles, possessives and
 * lower-case adjectives in front of it, at most three words ("in einem Interview", "bei der ersten Anhörung"), outside quotes.
 */
function governedNoun(c: QuoteContext, k: number, a: number): boolean {
  let i = k - 1;
  while (i >= a && k - i <= 3 && c.inQuote[i] === -1 && c.toks[i]!.kind === 'word' && !c.lex.prepositions.has(c.toks[i]!.lower) &&
    (c.lex.determiners.has(c.toks[i]!.lower) || c.lex.possessives.has(c.toks[i]!.lower) || isLower(c.toks[i]!))) i--;
  return i >= a && i < k && c.inQuote[i] === -1 && c.lex.prepositions.has(c.toks[i]!.lower);
}

/** A possessive or own-word at k followed by a report noun ("eigenen Angaben", "seiner Aussage"), outside quotes. */
function ownReportAt(c: QuoteContext, k: number, b: number): boolean {
  const own = c.toks[k];
  if (!own || k + 1 > b || c.inQuote[k] !== -1 || c.inQuote[k + 1] !== -1) return false;
  return (c.lex.possessives.has(own.lower) || c.lex.ownWords.has(own.lower)) && isReportNoun(c, k + 1);
}

/**
 * The last token of a source phrase at `i` with an article or attributive adjectives before its report noun ("Nach
 * einem Bericht der Zeitung X", "Nach den Worten von X", "Nach ersten Erkenntnissen der Polizei", "Nach den bisherigen
 * Angaben des Ministeriums"; quote-cues `articledSource*`, `adjectiveEndings`), ending in the genitive article or "von"
 * that opens the source, as "nach Angaben der" does; -1 when there is none. The source must be named: "Nach einem
 * Bericht steigen die Renten", "Nach ersten Angaben wurden …" give no speaker phrase.
 */
function articledSourceEnd(c: QuoteContext, i: number, a: number, b: number): number {
  const src = c.lex.articledSources;
  const t = c.toks[i]!;
  if (!src.prepositions.has(t.lower) || i + 3 > b) return -1;
  let k = i + 1;
  if (src.articles.has(c.toks[k]!.lower)) k++;
  // (at most two adjectives, with or without the article: "nach ersten offiziellen Angaben der …")
  const lastAdjective = Math.min(b, k + 1);
  while (k <= lastAdjective && attributiveAdjective(c, k)) k++;
  if (k === i + 1 || k + 1 > b) return -1;
  const noun = c.toks[k]!;
  const gen = c.toks[k + 1]!;
  if (noun.kind !== 'word' || !isCap(noun) || !src.nouns.has(noun.lower) || !c.lex.sourceGenitives.has(gen.lower)) return -1;
  for (let j = i + 1; j <= k + 1; j++) if (c.inQuote[j] !== -1) return -1;
  return isPreposition(c, i, k + 1, a) ? k + 1 : -1;
}

/**
 * The last token of a source phrase at `i` that names no source: a source preposition with an article-less phrase
 * (`articledSourcePrepositions`: "nach") of one to three lower-case words, the last an attributive adjective, and a
 * report noun that names no source of its own (`unnamedSourceNouns`) — "Nach ersten Untersuchungen liegt …", "nach
 * bisher unbestätigten Berichten", "Nach jetzigem Ermittlungsstand"; -1 when there is none. Not with a genitive or "von"
 * after the noun ({@link articledSourceEnd} reads that source), nor a topic preposition ("Nach ersten Berichten über …"
 * is a time). A bare noun ("nach Angaben") is a source preposition of its own.
 */
function unnamedSourceEnd(c: QuoteContext, i: number, a: number, b: number): number {
  if (!c.lex.articledSources.prepositions.has(c.toks[i]!.lower)) return -1;
  let k = i + 1;
  while (k <= Math.min(b, i + 3) && c.inQuote[k] === -1 && c.toks[k]!.kind === 'word' && isLower(c.toks[k]!) &&
    !c.lex.determiners.has(c.toks[k]!.lower) && !c.lex.possessives.has(c.toks[k]!.lower) && !c.lex.ownWords.has(c.toks[k]!.lower) && !c.lex.verbs.has(c.toks[k]!.lower)) k++;
  if (k === i + 1 || k > b || !attributiveAdjective(c, k - 1)) return -1;
  const noun = c.toks[k]!;
  if (noun.kind !== 'word' || !isCap(noun) || c.inQuote[k] !== -1 || !c.lex.unnamedSourceNouns.has(noun.lower)) return -1;
  const next = c.toks[k + 1];
  if (next && c.inQuote[k + 1] === -1 && (c.lex.sourceGenitives.has(next.lower) || c.lex.topicPrepositions.has(next.lower))) return -1;
  return isPreposition(c, i, k, a) ? k : -1;
}

/**
 * The token of a compound source noun right after the source preposition at `i`, or after at most two attributive
 * adjectives ("nach Armeeangaben", "nach israelischen Armeeangaben", "nach offiziellen Polizeiangaben"): the compound
 * names its source in its first part, so an adjective before it only qualifies that source; -1 when there is none. A
 * bare source noun after an adjective is no such compound ("Nach ersten Angaben wurden …" names nobody).
 */
function sourceCompoundAt(c: QuoteContext, i: number, b: number, nouns: ReadonlySet<string>): number {
  let k = i + 1;
  while (k <= Math.min(b, i + 2) && attributiveAdjective(c, k)) k++;
  const compound = c.toks[k];
  if (!compound || k > b || compound.kind !== 'word' || c.inQuote[k] !== -1 || !isCap(compound)) return -1;
  return endsInNoun(compound.lower, nouns) ? k : -1;
}

/**
 * The source phrase at tokens [i, last] opens with a temporal preposition (`articledSourcePrepositions`: "nach") and a
 * topic preposition (`topicPrepositions`) follows its report noun: "Nach Berichten über Misshandlungen leitete die
 * Staatsanwaltschaft Ermittlungen ein" is a time (after reports about), not a source ("Laut Berichten über …" is one).
 */
function topicAfter(c: QuoteContext, i: number, last: number): boolean {
  const next = c.toks[last + 1];
  return !!next && c.inQuote[last + 1] === -1 && c.lex.topicPrepositions.has(next.lower) && c.lex.articledSources.prepositions.has(c.toks[i]!.lower);
}

/** A lower-case word at k with the ending of an inflected attributive adjective ("ersten", "offiziellen"), outside quotes. */
function attributiveAdjective(c: QuoteContext, k: number): boolean {
  const w = c.toks[k]!;
  return w.kind === 'word' && isLower(w) && c.inQuote[k] === -1 && w.lower.length > 3 && !c.lex.determiners.has(w.lower) &&
    !c.lex.verbs.has(w.lower) && c.lex.adjectiveEndings.some((e) => w.lower.endsWith(e));
}

/**
 * A source preposition at tokens [i, last] is used as one: a noun phrase follows (no punctuation
 * or conjunction), and no word before it makes it an adjective or adverb ("ein laut gewordener
 * Streit", "Kritik wurde laut", "sehr laut").
 */
function isPreposition(c: QuoteContext, i: number, last: number, a: number): boolean {
  const n = c.toks[last + 1];
  // (a comma may close the phrase where it opens the sentence: "In his view, the measure …")
  const comma = c.isComma(last + 1) && last > i;
  if (!n || n.sentence !== c.toks[i]!.sentence || (n.kind !== 'word' && n.kind !== 'number' && n.kind !== 'quote' && !comma) || c.lex.coordinators.has(n.lower)) return false;
  // ("gemäß dem Gesetz" cites a rule: such a preposition names a source only before a source phrase or a person)
  // (nor before a numbered provision: "gemäß Artikel 5 der Verfassung" is no newspaper article)
  if (last === i && c.lex.normPrepositions.has(c.toks[i]!.lower) && (!(sourceAt(c, last + 1) || personAt(c, last + 1)) || c.toks[last + 2]?.kind === 'number')) return false;
  if (i === a) return true;
  const p = c.toks[i - 1]!.lower;
  // only a one-word preposition can be an adjective ("wurde laut"); "wurde nach Angaben …" is a source
  // (a relative pronoun that opens its clause after a comma is no article: "…, das laut X …", "…, bei der laut X …")
  if (c.lex.determiners.has(p) && !relativeOpener(c, i - 1, a)) return false;
  if (last > i) return true;
  if (c.lex.sourcePrepositionBlockers.has(p)) return false;
  // ("Drei Männer wurden laut Polizei festgenommen": after a copula only a noun phrase makes it a preposition)
  return !c.lex.sourcePrepositionCopulas.has(p) || sourceAt(c, last + 1) || articledNounAt(c, last + 1);
}

/**
 * An article or possessive at k before a capitalised noun ("ist laut dem Ministerium …", "Das Buch ist laut einem
 * Jury-Mitglied …"): a predicative adjective ("Die Musik ist laut", "Kritik wurde laut an …") is followed by the clause's
 * end, a preposition or an adverb, never by a noun phrase opened by an article, so the word before it is the preposition
 * whatever the noun. Only where nouns are capitalised: elsewhere an adjective after the article could be the noun's.
 */
function articledNounAt(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  const n = c.toks[k + 1];
  if (!c.lex.grammar.capitalisedNouns || !t || !n || t.kind !== 'word' || n.sentence !== t.sentence || c.inQuote[k] !== -1 || c.inQuote[k + 1] !== -1) return false;
  if (!c.lex.determiners.has(t.lower) && !c.lex.possessives.has(t.lower)) return false;
  // (over at most one attributive adjective: "laut einem früheren Mitarbeiter")
  const at = n.kind === 'word' && isLower(n) && c.toks[k + 2]?.sentence === t.sentence ? k + 2 : k + 1;
  const noun = c.toks[at]!;
  return noun.kind === 'word' && isCap(noun) && c.inQuote[at] === -1;
}

/** Token k is a relative pronoun that opens a clause after a comma, also after a preposition ("…, das", "…, bei der"). */
function relativeOpener(c: QuoteContext, k: number, a: number): boolean {
  if (k <= a || !isRelative(c, k)) return false;
  return c.isComma(k - 1) || (k - 1 > a && c.lex.prepositions.has(c.toks[k - 1]!.lower) && c.isComma(k - 2));
}

/**
 * A source phrase opens at k: a mention, a report, institution or group noun, there or after a determiner,
 * possessive or own-word ("laut Polizei", "laut der Anklage", "laut Zeugen"); another common noun is the object of
 * an adverb ("wurde laut Kritik geäußert").
 */
function sourceAt(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || c.inQuote[k] !== -1) return false;
  const at = c.lex.determiners.has(t.lower) || c.lex.possessives.has(t.lower) || c.lex.ownWords.has(t.lower) ? k + 1 : k;
  if (isReportNoun(c, at) || isInstitution(c, at) || c.lex.genericSpeakers.has(c.toks[at]?.lower ?? '')) return true;
  return (c.mentionsBySentence[t.sentence] ?? []).some((m) => m.first === k || m.first === at);
}

/**
 * Token k is a name in the genitive of a person, state or organisation the text names ("Bergs", "Merkels"), where
 * the genitive is written with -s: such a name before a report noun names the source as a possessive does.
 */
function genitiveName(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!c.lex.grammar.genitiveS || !t || t.kind !== 'word' || !isCap(t) || c.inQuote[k] !== -1 || t.text.length < 4 || !t.text.endsWith('s')) return false;
  const id = c.entityBySurface(t.text.slice(0, -1));
  const type = id === undefined ? undefined : c.entityType(id);
  return type === 'PER' || type === 'ORG' || type === 'GPE';
}

/** A noun for a person (an office or role) opens at k, there or after a determiner and at most one adjective ("einem Sprecher", "einem früheren Mitarbeiter"). */
function personAt(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || c.inQuote[k] !== -1) return false;
  let at = c.lex.determiners.has(t.lower) || c.lex.possessives.has(t.lower) ? k + 1 : k;
  if (at > k && c.toks[at]?.kind === 'word' && isLower(c.toks[at]!) && c.toks[at + 1]?.sentence === t.sentence) at++;
  return at < c.toks.length && c.toks[at]!.sentence === t.sentence && roleGender(c, at) !== undefined;
}

/** How many tokens the middle field of a verb phrase may hold between its finite verb and the rest ({@link middleFieldMatch}). */
const MIDDLE_FIELD = 4;

/**
 * A phrase of several words with a short middle field after its first word, the finite verb ("ist hingegen
 * zuversichtlich", "vertritt wie X die Ansicht", "war das Gericht der Auffassung"): in a verb-second language adverbs,
 * a comparison or the inverted subject stand there. At most {@link MIDDLE_FIELD} tokens, words outside quotes that are
 * no verb form, complementizer, relative pronoun or indefinite article, and no comma or other mark; not a phrase whose
 * second word is a separable particle. The phrase's last token, or -1.
 */
function middleFieldMatch(c: QuoteContext, i: number, words: readonly string[], b: number): number {
  if (!c.lex.grammar.verbSecond || words.length < 2 || c.toks[i]!.lower !== words[0]) return -1;
  const rest = words.slice(1);
  // (a separable particle written as the second word, "kündigte an", closes its clause: the particle reading finds it)
  if (c.lex.separablePrefixes.includes(rest[0]!)) return -1;
  for (let k = i + 1; k <= Math.min(b, i + MIDDLE_FIELD); k++) {
    const t = c.toks[k]!;
    // (an indefinite article opens a predicate noun whose genitive the phrase's noun would be: "ist ein Spiegel der Meinung")
    if (c.inQuote[k] !== -1 || (t.kind !== 'word' && t.kind !== 'number') || c.lex.verbs.has(t.lower) || c.lex.complementizers.has(t.lower) ||
      (c.lex.relativePronouns.has(t.lower) && !c.lex.determiners.has(t.lower)) || c.lex.indefiniteDeterminers.has(t.lower)) return -1;
    if (wordsMatch(c, k + 1, rest, b)) return k + rest.length;
  }
  return -1;
}

function wordsMatch(c: QuoteContext, i: number, words: readonly string[], b: number): boolean {
  if (i + words.length - 1 > b) return false;
  for (let k = 0; k < words.length; k++) if (c.toks[i + k]!.lower !== words[k]) return false;
  return true;
}

/** The particle must close the clause part: it is followed by punctuation, a conjunction or the end. */
function findParticle(c: QuoteContext, from: number, b: number, particle: string): number {
  for (let i = from; i <= b; i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1) continue;
    // ("Das teilte der Chef der Regierung, Muhammad Yunus, am Donnerstag mit": a name apposed between commas stays in the clause)
    // (so does a noun phrase apposed to the subject: "Unterdessen ruft die Gewerkschaft, die größte des Landes, alle
    // Beschäftigten dazu auf, …")
    if (c.isComma(i)) {
      const e = Math.max(apposedNameEnd(c, i, b), apposedPhraseEnd(c, i, b));
      if (e > i) {
        i = e;
        continue;
      }
    }
    if (STOP.has(t.text)) return -1;
    if (t.lower === particle) {
      const n = c.toks[i + 1];
      if (i === b || !n || n.kind !== 'word' || c.lex.coordinators.has(n.lower) || c.lex.verbs.has(n.lower)) return i;
    }
  }
  return -1;
}

/**
 * Token k is a verb that a lower-case noun may follow as its object (no capitalised nouns: English): a form of a
 * speech verb or a regular past form (`pastEndings`: "denied reports", "rejected claims", "said reports were false").
 */
function nounAfterVerb(c: QuoteContext, k: number): boolean {
  const p = c.toks[k];
  if (c.lex.grammar.capitalisedNouns || !p || p.kind !== 'word' || c.inQuote[k] !== -1) return false;
  return c.lex.verbs.has(p.lower) || c.lex.pastEndings.some((e) => p.lower.endsWith(e) && p.lower.length > e.length + 2);
}

/** After the comma at token i, a name of at most five capitalised words (name particles between) closed by another comma: that comma's token, else -1. */
function apposedNameEnd(c: QuoteContext, i: number, b: number): number {
  let k = i + 1;
  while (k <= b && k - i <= 5 && c.inQuote[k] === -1 && c.toks[k]!.kind === 'word' && (isCap(c.toks[k]) || (k > i + 1 && c.lex.nameParticles.has(c.toks[k]!.lower)))) k++;
  return k > i + 1 && k < b && c.isComma(k) && isCap(c.toks[i + 1]) ? k : -1;
}

/**
 * After the comma at token i, a noun phrase opened by an article and closed by another comma right after a capitalised
 * noun, within ten tokens ("…, die größte Gewerkschaft des Landes, …", "…, eine in Rangun ansässige Gruppe, …"): that
 * comma's token, else -1. Only where nouns are capitalised and verbs close a subordinate clause, so a relative clause
 * ("…, die den Streik ausgerufen hat, …") ends on a lower-case verb and is no such phrase.
 */
function apposedPhraseEnd(c: QuoteContext, i: number, b: number): number {
  if (!c.lex.grammar.capitalisedNouns || !c.lex.grammar.verbBracket) return -1;
  const d = c.toks[i + 1];
  if (!d || d.kind !== 'word' || !c.lex.determiners.has(d.lower) || c.inQuote[i + 1] !== -1) return -1;
  for (let k = i + 2; k <= b && k - i <= 10; k++) {
    const t = c.toks[k]!;
    if (c.inQuote[k] !== -1) return -1;
    if (c.isComma(k)) return k > i + 2 && k < b && c.toks[k - 1]!.kind === 'word' && isCap(c.toks[k - 1]) ? k : -1;
    if (STOP.has(t.text)) return -1;
    if (t.kind === 'word' && c.lex.verbs.has(t.lower)) return -1;
  }
  return -1;
}

/** The first token of the comma-free stretch that ends at token i (not before a). */
function clauseStart(c: QuoteContext, i: number, a: number): number {
  let s = i;
  while (s > a && !c.isComma(s - 1)) s--;
  return s;
}

/** Whether one of `words` stands outside quotes in tokens [from, to). */
function anyWordIn(c: QuoteContext, from: number, to: number, words: readonly string[]): boolean {
  for (let k = from; k < to; k++) if (c.inQuote[k] === -1 && words.includes(c.toks[k]!.lower)) return true;
  return false;
}

/** "so" is only a cue before a name or a determiner + noun (", so Lawrow", ", so der Minister"), not before an adverb (", so dass"). */
function startsName(c: QuoteContext, i: number, b: number): boolean {
  const t = c.toks[i];
  if (!t || i > b || t.kind !== 'word') return false;
  return isCap(t) || c.lex.determiners.has(t.lower);
}

/** The cue is a present participle ("saying", "adding"): it opens an adjunct sharing its clause's subject. */
export function isParticipleCue(c: QuoteContext, cue: Cue): boolean {
  return isParticipleAt(c, cue.first);
}

/** Token i is a word with a present-participle ending (`participleEndings`: "speaking", "addressing"; German: none). */
export function isParticipleAt(c: QuoteContext, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  return c.lex.participleEndings.some((e) => w.endsWith(e) && w.length > e.length + 2);
}

/** `word` ends in an entry of `nouns` after a first part of at least two letters ("UN-Angaben"): one lookup per tail, not a scan of the list. */
function endsInNoun(word: string, nouns: ReadonlySet<string>): boolean {
  for (let i = 2; i < word.length; i++) if (nouns.has(word.slice(i))) return true;
  return false;
}

/** The cue is a present participle right after a comma (", adding that …", ", accusing Paris of “…”"): an adjunct that shares its clause's subject. */
export function isAdjunctParticiple(c: QuoteContext, cue: Cue): boolean {
  return isParticipleCue(c, cue) && c.isComma(cue.first - 1);
}
