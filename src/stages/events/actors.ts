import type { Quote } from '../../doc/types.js';
import { endsWithAny, relativePronoun, type EventCues, type InfinitiveCues, type Slot } from './lexicon.js';
import { zuClause, type TriggerMatch } from './match.js';
import { canAct, kbKind, stateOf, subordinatorAt, type Chain, type DocIndex, type SentenceView } from './view.js';

/** Source and target candidates of one trigger (several when actors are coordinated). */
export interface Arguments {
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  /** Slot names that filled source and target, for the rule trace. */
  readonly how: string;
  /** Directed source→target pairs when the act goes each way between the parties (instead of sources × targets). */
  readonly pairs?: readonly (readonly [string, string])[];
  /** The named speaker who announces this refusal or threat for their own state, the source (see code.ts codeEvents). */
  readonly voice?: string;
}

/** Types that are speech acts: the speaker of a quote is their source. */
const VERBAL_TYPES: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Stances a speaker announces for their side: a refusal or a threat (not a demand, complaint or meeting, which the state makes through its organs). */
const STANCE_TYPES: ReadonlySet<string> = new Set(['REJECT', 'THREATEN']);

/** What argument search needs besides the sentence. */
export interface ArgContext {
  readonly view: SentenceView;
  readonly cues: EventCues;
  readonly idx: DocIndex;
  /** Quotes of the document (empty when there is no quotes layer). */
  readonly quotes: readonly Quote[];
  /** Whether the language puts the finite verb second, so a subject may follow it (German). */
  readonly verbSecond: boolean;
  /** Token indices where a verb trigger of the sentence starts. */
  readonly verbStarts: ReadonlySet<number>;
  /** Token indices inside a time expression of the sentence ("Diese Woche" is no noun phrase that can act). */
  readonly timed: ReadonlySet<number>;
  /** Token indices where a noun trigger of the sentence starts ("Das Sanktionspaket der EU trifft …" has an act as subject). */
  readonly nounStarts: ReadonlySet<number>;
  /** Whether the sentence is a headline, whose verb may be a bare participle ("Oppositionspolitiker festgenommen"). */
  readonly headline: boolean;
}

const clauseOf = (v: SentenceView, i: number): number => v.clause[i]!;

/** Chains of the trigger's clause left and right of the trigger word (chains between the elements of a pattern count as right: "erteilte Seoul eine Absage"). */
function sides(v: SentenceView, m: TriggerMatch, infinitive?: InfinitiveCues): { left: Chain[]; right: Chain[] } {
  const c = clauseOf(v, m.first);
  const left: Chain[] = [];
  const right: Chain[] = [];
  // a trigger whose own words run on past a comma ("weigerte sich, mit Südkorea zu verhandeln", "lehnte, wie …
  // mitteilte, Gespräche mit Kiew ab") holds its objects in the clause of its last word, before that word
  const end = clauseOf(v, m.last);
  for (const ch of v.chains) {
    const cc = clauseOf(v, ch.first);
    if (cc === c) {
      // (a chain that runs into a pattern opening with a possessive, "werde Nordkorea seine Abschreckung stärken" with
      // "Nordkorea seine" one chain, stands left of it too)
      if (ch.last < m.first || (ch.first < m.first && ch.last < m.last && m.positions[0] === ch.last)) left.push(ch);
      else if (ch.first > m.first) right.push(ch);
    } else if (end !== c && cc === end && ch.first > m.first && ch.last < m.last) right.push(ch);
  }
  // objects only (`infinitive`): a zu-infinitive right after the trigger's clause holds the content of a refusal or
  // a threat and its objects ("lehnte es ab, mit der Ukraine zu verhandeln")
  if (infinitive && v.words[v.clause.indexOf(end + 1)] === ',' && zuClause(v, end + 2, infinitive)) {
    for (const ch of v.chains) if (clauseOf(v, ch.first) === end + 2) right.push(ch);
  }
  return { left, right };
}

/**
 * The co-agents of a trigger: names after a comitative adverb and preposition in the trigger's clause ("Niger war
 * gemeinsam mit Mali und Burkina Faso aus der Ecowas ausgetreten", "France, together with Germany, imposed sanctions on
 * …"). They act with the subject, so they are no target; the caller adds them to the sources. Each with every name
 * coordinated with it ("gemeinsam mit Mali und Burkina Faso"). Symmetric acts ("unterzeichnete gemeinsam mit Uganda ein
 * Abkommen") and passives are left to their frames, which read the phrase as the partner or agent.
 */
function coAgents(ctx: ArgContext, m: TriggerMatch): Chain[] {
  const { view: v, cues } = ctx;
  if (cues.comitativeAdverbs.size === 0 || m.entry.symmetric) return [];
  const clauses = new Set([clauseOf(v, m.first), clauseOf(v, m.last)]);
  const out: Chain[] = [];
  for (const ch of v.chains) {
    if (!ch.role.startsWith('pp:') || !cues.comitativePrepositions.has(ch.role.slice(3)) || !clauses.has(clauseOf(v, ch.first))) continue;
    if (out.includes(ch) || ch.entity === '' || !canAct(ch.type)) continue;
    // the preposition: the nearest word left of the chain that is one (articles and adjectives between)
    let k = ch.first - 1;
    while (k > 0 && k >= ch.first - 3 && !cues.comitativePrepositions.has(v.words[k]!)) k--;
    if (k < 1 || !cues.comitativePrepositions.has(v.words[k]!) || !cues.comitativeAdverbs.has(v.words[k - 1]!)) continue;
    for (const c of coordinated(v, cues, ch)) if (!out.includes(c) && c.entity !== '' && canAct(c.type)) out.push(c);
  }
  return out;
}

/** A chain plus every chain coordinated with it ("Russland und China", "Mexiko und Kolumbien", "US and Filipino troops"), in text order. */
function coordinated(v: SentenceView, cues: EventCues, ch: Chain): Chain[] {
  const apposed = (a: Chain): boolean => {
    const prev = v.chains[v.chains.indexOf(a) - 1];
    return prev !== undefined && prev.entity === a.entity && prev.last < a.first - 1 && v.raw[a.first - 1] === ',' && v.raw[a.last + 1] === ',';
  };
  const joined = (a: Chain, b: Chain): boolean => {
    // the two parties of "both sides" stand on the same words
    if (a.first === b.first && a.last === b.last) return true;
    // a comma joins only inside a list (the view keeps list commas inside the clause); a name set off by commas after a
    // description of the same actor is its apposition, and the list goes on after it ("Der Präsident Zyperns, Nikos
    // Christodoulides, und der Führer der Zyperntürken, Tufan Erhürman, trafen sich")
    if (b.first <= a.last + 1 || (clauseOf(v, a.last) !== clauseOf(v, b.first) && !apposed(a))) return false;
    let sawCoord = false;
    // the preposition that governs the first conjunct may be repeated after the coordinator ("telefonierte mit Japarov
    // und mit Rachmon", "spoke with Ruto and with Museveni"): the second conjunct is its object too
    const prep = a.first > 0 && cues.prepositions.has(v.words[a.first - 1]!) ? v.words[a.first - 1]! : undefined;
    let k = a.last + 1;
    for (; k < b.first; k++) {
      const w = v.words[k]!;
      if (cues.coordinators.has(w) || w === ',') sawCoord = true;
      else if (w === prep && sawCoord && cues.coordinators.has(v.words[k - 1]!)) continue;
      // ("to meet Lutnick and that the EU remained ready": "that" before an article or a name opens a clause, it is no
      // demonstrative of a conjunct)
      else if (cues.complementMarkers.has(w) && (k + 1 === b.first || cues.determiners.has(v.words[k + 1] ?? ''))) return false;
      else if (!cues.determiners.has(w)) break;
    }
    // (a named party may carry a modifier after its article: "Sudan's army and the paramilitary RSF", "Mali und die
    // prorussische Wagner-Gruppe"; only after a coordinator and an article, at most two lowercase words that are no
    // preposition, before a name)
    if (k < b.first && (!sawCoord || b.kind !== 'name' || b.first - k > 2 || !cues.determiners.has(v.words[k - 1]!)
      || !v.raw.slice(k, b.first).every((w, j) => /^\p{Ll}/u.test(w) && !cues.prepositions.has(v.words[k + j]!)))) return false;
    return sawCoord;
  };
  const i = v.chains.indexOf(ch);
  if (i < 0) return [ch];
  let a = i;
  while (a > 0 && joined(v.chains[a - 1]!, v.chains[a]!)) a--;
  let b = i;
  while (b + 1 < v.chains.length && joined(v.chains[b]!, v.chains[b + 1]!)) b++;
  return v.chains.slice(a, b + 1);
}

/**
 * Passive voice: English needs the auxiliary right before the participle (adverbs between:
 * "was deliberately sideswiped"); German verb-final clauses put it anywhere before the trigger.
 * "-ing" forms are progressive, never passive.
 */
function isPassive(ctx: ArgContext, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  // (English: a refusal pattern opens with its negator, "is not willing to", "was never ready to": the word after it
  // is the one that would be the participle)
  const at = !ctx.verbSecond && m.positions.length > 1 && cues.oneWord.negators.has(v.words[m.first]!) ? m.positions[1]! : m.first;
  const w = v.words[at]!;
  const forms = cues.verbForms;
  if (endsWithAny(w, forms.activeEndings)) return false;
  // English participles never end in -y or -s: "was ready to", "is willing" are a copula and an adjective;
  // "is prepared to", "was open to" state a disposition
  if (!ctx.verbSecond && (endsWithAny(w, forms.adjectiveEndings) || (cues.adjectivalParticiples.has(w) && cues.prepositions.has(v.words[at + 1] ?? '')))) return false;
  const c = clauseOf(v, m.first);
  if (ctx.verbSecond && ctx.headline && headlineParticiple(ctx, m)) return true;
  // reduced passive: "criticized by the Obama administration"; German auxiliary after the participle: "verurteilt wurde"
  for (let k = at + 1; k <= at + (ctx.verbSecond ? 8 : 2) && k < v.words.length && clauseOf(v, k) === c; k++) {
    const x = v.words[k]!;
    // (right after the participle: in "attacked Ukraine by air" the object stands between, an active verb)
    // ("talked by telephone with", "met by video link": a means of contact or transport there is no agent)
    if (!ctx.verbSecond && ctx.cues.agentPrepositions.includes(x) && endsWithAny(w, forms.agentParticipleEndings)
      && v.tokens.slice(at + 1, k).every((t) => t.kind !== 'word') && !meansAfter(ctx, k)) return true;
    // "settlers accused of violence", "Russia blamed for the attack": a participle straight before of/for is passive
    // ("called for a ceasefire", "apologized for": phrasal verbs listed as active there are not)
    if (!ctx.verbSecond && k === at + 1 && endsWithAny(w, forms.prepositionParticipleEndings) && cues.gerundObjectPrepositions.has(x) && !cues.activeBeforePreposition.has(w)) return true;
    if (ctx.verbSecond && cues.passiveAux.has(x)) return true;
  }
  for (let k = m.first - 1; k >= 0 && k >= m.first - cues.passiveWindow; k--) {
    if (clauseOf(v, k) !== c) break;
    const x = v.words[k]!;
    if (cues.passiveAux.has(x)) return true;
    // "werde … anerkannt": a future auxiliary makes a passive only with a participle in -t
    if (cues.weakPassiveAux.has(x) && endsWithAny(participleWord(ctx, m), forms.weakParticipleEndings)) return true;
    if (!ctx.verbSecond && !endsWithAny(x, forms.adverbEndings) && !cues.oneWord.negators.has(x) && !forms.auxiliaryInterveners.has(x)) return false;
  }
  return false;
}

/**
 * The word of a trigger that would be a participle: in German the verb closes a verb-final pattern, so the last
 * lower-case word of its positions ("werde nicht tatenlos zusehen" is no passive for its "nicht", "werde Sanktionen
 * verhängt" is one for its "verhängt"); in English, and when no lower-case word is found, the trigger's first word.
 */
function participleWord(ctx: ArgContext, m: TriggerMatch): string {
  const v = ctx.view;
  if (!ctx.verbSecond) return v.words[m.first]!;
  const last = m.positions.findLast((p) => /^\p{Ll}/u.test(v.raw[p]!) && !ctx.cues.oneWord.negators.has(v.words[p]!));
  return v.words[last ?? m.first]!;
}

/**
 * German headline style: a bare participle that closes the headline, with no auxiliary in it, is a passive whose
 * subject is the patient ("Tunesien: Oppositionspolitiker festgenommen", "Journalist in Minsk angegriffen").
 */
function headlineParticiple(ctx: ArgContext, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  const last = m.positions[m.positions.length - 1]!;
  const c = clauseOf(v, last);
  // (a German participle with its ge-, "festgenommen", "angegriffen", "getötet", is no form of the present tense)
  if (!cues.verbForms.headlineParticiple?.test(v.words[last]!) || v.words.some((w, k) => clauseOf(v, k) === c && (cues.auxiliaries.has(w) || cues.weakPassiveAux.has(w)))) return false;
  // (the participle closes its clause: "Oppositionspolitiker festgenommen – Kritik aus Paris")
  for (let k = last + 1; k < v.words.length && clauseOf(v, k) === c; k++) if (v.tokens[k]!.kind === 'word') return false;
  return true;
}

/** "are also taking part": an -ing form after a form of "be" is a finite verb with its own subject. */
function progressive(ctx: ArgContext, m: TriggerMatch): boolean {
  const v = ctx.view;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3; k--) {
    const w = v.words[k]!;
    if (ctx.cues.passiveAux.has(w)) return true;
    if (!w.endsWith('ly') && w !== 'also' && w !== 'still' && w !== 'not') return false;
  }
  return false;
}

/** The comma within four lower-case words (auxiliaries, adverbs) before token `at`, or -1. */
function closingComma(v: SentenceView, at: number): number {
  for (let k = at - 1; k > 0 && at - k <= 4; k--) {
    if (v.words[k] === ',') return k;
    if (!/^\p{Ll}+$/u.test(v.raw[k]!)) return -1;
  }
  return -1;
}

/**
 * English: where the predicate of the verb at `at` begins when it is coordinated without a subject of its own after
 * earlier predicates ("called the attack a provocation and ordered …", "urged restraint and then offered …"): the
 * first word after the comma before the first of them; else `at` itself.
 */
function firstPredicate(v: SentenceView, cues: EventCues, at: number): number {
  const k = [at - 1, at - 2].find((j) => j > 0 && opensPredicate(v, cues, j) && (j + 1 === at || cues.predicateAdverbs.has(v.words[j + 1]!)));
  if (k === undefined) return at;
  let c = k - 1;
  while (c > 0 && v.words[c] !== ',' && v.tokens[c]!.kind !== 'quote') c--;
  // (the earlier predicate opens with its verb, lower-case and no article: "…, the army ordered" has a subject)
  return c > 0 && v.words[c] === ',' && /^\p{Ll}/u.test(v.raw[c + 1] ?? '') && !cues.determiners.has(v.words[c + 1] ?? '') ? c + 1 : at;
}

/**
 * English: the subject before an embedded clause the trigger's verb group follows ("Israel, which …, has warned"):
 * the trigger's clause opens with a subordinator after a comma, a later comma closes it, and only lower-case words
 * (auxiliaries, adverbs) stand between that comma and the trigger. Null otherwise.
 */
function beforeEmbedded(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  // the comma that closes the embedded clause, with only lower-case words (auxiliaries, adverbs) up to the trigger
  // ("Russia, which keeps bases there, urged … and offered to mediate": or up to the first of the predicates
  // coordinated with it, which share its subject)
  const close = closingComma(v, firstPredicate(v, cues, m.first));
  if (close < 0) return null;
  // the subordinator that opens it, right after an earlier comma, with no comma in between
  let open = -1;
  for (let k = close - 1; k >= 1; k--) {
    if (v.words[k] === ',') {
      if (subordinatorAt(v.words, v.raw, k + 1, cues)) open = k + 1;
      break;
    }
  }
  if (open < 0) return null;
  // the subject: the acting name right before the comma that opens the embedded clause
  const last = v.chains.find((ch) => ch.last === open - 2 && ch.role === 'core' && canAct(ch.type));
  return last ?? null;
}

/**
 * The subject of a meeting noun in the prepositional phrase that opens its clause: in German the name right after
 * the finite verb ("Nach dem Treffen mit Xi sagte Putin"), in English the name that opens the clause after the
 * phrase's comma ("After talks with Japan, China said"). German: only articles and lower-case modifiers before the noun, the verb
 * the first lower-case word after it that is no function word (capitalised nouns of the phrase skipped), the subject a name right after
 * the verb (after articles). Null otherwise.
 */
function frontedSubject(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  const c = clauseOf(v, m.first);
  let c0 = m.first;
  while (c0 > 0 && clauseOf(v, c0 - 1) === c) c0--;
  if (!cues.prepositions.has(v.words[c0]!)) return null;
  for (let k = c0 + 1; k < m.first; k++) if (!cues.determiners.has(v.words[k]!) && !/^\p{Ll}/u.test(v.raw[k]!)) return null;
  const inChain = (k: number): boolean => v.chains.some((ch) => ch.first <= k && k <= ch.last);
  // English: the fronted phrase ends at a comma, and the next clause opens with its subject ("After talks with
  // Japan, China said …")
  if (!cues.verbSecond) {
    let k = m.last + 1;
    while (k < v.words.length && clauseOf(v, k) === c) k++;
    if (v.words[k] !== ',') return null;
    k++;
    while (k < v.words.length && cues.determiners.has(v.words[k]!)) k++;
    return v.chains.find((ch) => ch.first === k && ch.role === 'core' && canAct(ch.type)) ?? null;
  }
  let verb = -1;
  for (let k = m.last + 1; k < v.words.length && clauseOf(v, k) === c; k++) {
    const w = v.words[k]!;
    if (inChain(k) || v.tokens[k]!.kind !== 'word' || cues.determiners.has(w) || cues.prepositions.has(w) || cues.coordinators.has(w)) continue;
    // capitalised words are nouns of the fronted phrase ("am Montag"); the first lower-case word is the verb
    if (/^\p{Ll}/u.test(v.raw[k]!)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  let j = verb + 1;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  return v.chains.find((ch) => ch.first === j && ch.role === 'core' && canAct(ch.type) && clauseOf(v, j) === c) ?? null;
}

/**
 * Whether the trigger noun opens a clause reported after a verb of saying and a comma ("sagte, die Angriffe …
 * seien"): only articles and lower-case modifiers stand between the comma and the noun.
 */
function opensReportedClause(ctx: ArgContext, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  let c0 = m.first;
  while (c0 > 0 && clauseOf(v, c0 - 1) === clauseOf(v, m.first)) c0--;
  if (c0 < 2 || v.words[c0 - 1] !== ',' || !cues.reportingVerbs.has(v.words[c0 - 2]!)) return false;
  for (let k = c0; k < m.first; k++) if (!cues.determiners.has(v.words[k]!) && !/^\p{Ll}/u.test(v.raw[k]!)) return false;
  return true;
}

/** Whether the trigger ends its clause, as the verb of a subordinate clause does (only lower-case words, auxiliaries, after it before the next punctuation). */
function verbLast(ctx: ArgContext, m: TriggerMatch): boolean {
  const v = ctx.view;
  for (let k = m.last + 1; k < v.words.length && v.tokens[k]!.kind !== 'punct'; k++) if (!/^\p{Ll}/u.test(v.raw[k]!)) return false;
  return true;
}

/**
 * The actor a relative clause's subject pronoun stands for ("Die israelische Armee, die seit Montag Rafah angreift",
 * "Macron, der zuvor mit Selenskyj telefoniert hatte"): the trigger's clause opens with a pronoun of
 * `subjectRelatives` (or of `personSubjectRelatives` after a person or a name without article) right after a comma,
 * and an acting chain ends at most two words before that comma (within the antecedent's noun phrase: no comma, no
 * verb between). Null otherwise; names inside the relative clause are then its objects.
 */
function relativeAntecedent(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  if (!ctx.verbSecond) return appositiveAntecedent(ctx, m);
  if (cues.subjectRelatives.size + cues.personSubjectRelatives.size === 0) return null;
  // the comma before the pronoun may have been read as a list comma ("Südafrikas, das Israel … vorwirft"), so it is
  // searched back from the trigger; a relative clause puts its verb last (only lower-case words, the auxiliaries,
  // after the trigger before the next punctuation), a list does not ("Russland, die Ukraine und Belarus vereinbarten …")
  let comma = -1;
  for (let k = m.first - 1; k > 0 && m.first - k <= 15; k--) {
    if (v.tokens[k]!.kind === 'punct') {
      if (v.words[k] === ',') comma = k;
      break;
    }
  }
  if (comma < 1 || comma + 1 >= m.first) return null;
  if (!verbLast(ctx, m)) return null;
  const pronoun = v.words[comma + 1]!;
  const anyAntecedent = cues.subjectRelatives.has(pronoun);
  if (!anyAntecedent && !cues.personSubjectRelatives.has(pronoun)) return null;
  const ch = v.chains.findLast((c) => c.last < comma && c.last >= comma - 3 && canAct(c.type));
  if (!ch) return null;
  // only the antecedent's own noun phrase between the chain and the comma: capitalised nouns and lower-case modifiers
  // after an adjective chain ("israelische Armee"); after a name at most a verb particle that closes the main clause
  // ("gaben einem Antrag Südafrikas statt, das …")
  const between = v.raw.slice(ch.last + 1, comma);
  if (v.tokens.slice(ch.last + 1, comma).some((t) => t.kind !== 'word')) return null;
  // (a listed verb particle: "statt", "an", "ab"; a verb of saying is none: "Putin sagte, die Ukraine habe …")
  if (ch.kind === 'adjective' ? between.some((r) => !/^\p{L}/u.test(r)) : between.length > 1 || between.some((r) => !cues.verbParticles.has(r))) return null;
  if (anyAntecedent) return ch;
  // "der": a person, or a name without an article before it
  return ch.type === 'PER' || !cues.determiners.has(v.words[ch.first - 1] ?? '') ? ch : null;
}

/**
 * German: the antecedent of a relative clause opened by a pronoun in the accusative or dative ("Selenskyj, den er im Mai
 * empfangen hatte", "der Journalist, den Russland festgenommen hatte", "Polen, dem Berlin Hilfe zugesagt hatte"): the
 * trigger closes the clause, its clause opens after a comma with a word of `objectDeterminers` right before the clause's
 * own subject (an acting chain, a pronoun or a name), and an acting chain ends at most three words before the comma with
 * only its noun phrase between. Null otherwise.
 */
function objectRelativeAntecedent(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  let comma = -1;
  for (let k = m.first - 1; k > 0 && m.first - k <= 15; k--) {
    if (v.tokens[k]!.kind === 'punct') {
      if (v.words[k] === ',') comma = k;
      break;
    }
  }
  if (comma < 1 || comma + 2 >= m.first || !verbLast(ctx, m) || !cues.objectDeterminers.has(v.words[comma + 1]!)) return null;
  // (the clause's own subject right after the pronoun: "den er", "den Russland", "dem die EU"; not "den Präsidenten …", an apposition)
  let j = comma + 2;
  while (j < m.first && cues.determiners.has(v.words[j]!)) j++;
  const own = v.chains.find((c) => (c.first === j || c.first === comma + 2) && c.role === 'core' && canAct(c.type));
  if (!own || own.first === comma + 1) return null;
  const ch = v.chains.findLast((c) => c.last < comma && c.last >= comma - 3 && canAct(c.type));
  if (!ch || v.tokens.slice(ch.last + 1, comma).some((t) => t.kind !== 'word') || v.raw.slice(ch.last + 1, comma).some((r) => /^\p{Ll}/u.test(r))) return null;
  return ch;
}

/**
 * English: "at the request of Prime Minister Jeremiah Manele, who imposed a curfew …", "China, which signed a pact …":
 * a relative pronoun of `appositiveRelatives` right after a comma, then the verb (adverbs and auxiliaries between, no
 * name), makes the actor that ends right before the comma the subject, whatever slot it fills in the main clause.
 * (German relative clauses: {@link relativeAntecedent}.)
 */
function appositiveAntecedent(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  let near = false;
  for (let j = Math.max(2, m.first - 4); j < m.first; j++) if (cues.appositiveRelatives.has(v.words[j]!) && v.words[j - 1] === ',') near = true;
  if (!near) return null;
  let k = m.first - 1;
  while (k > 0 && m.first - k <= 3 && v.tokens[k]!.kind === 'word' && !cues.appositiveRelatives.has(v.words[k]!) && /^\p{Ll}/u.test(v.raw[k]!)
    && !v.chains.some((c) => c.first <= k && k <= c.last)) k--;
  if (k < 2 || !cues.appositiveRelatives.has(v.words[k]!) || cues.possessives.has(v.words[k]!) || v.words[k - 1] !== ',') return null;
  const ch = v.chains.find((c) => c.last === k - 2 && canAct(c.type) && c.kind !== 'pronoun');
  return ch ?? null;
}

/**
 * English: "Lavrov told Turkey it would withdraw its troops", "Nurtleu told Japarov he will travel to Bishkek": a
 * pronoun after the addressee of a verb of telling (`reportingVerbs`), before a future (`reportedFuture` or a one-word
 * `planned` cue), announces the teller's own act: the teller (the first acting name before the verb), or for "it" and
 * "they" the state a teller who is a person acts for. (An obligation, "told Turkey it must withdraw", is the addressee's.)
 */
function tellerOfFuture(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  if (ctx.verbSecond) return null;
  const k = m.first - 2;
  const types = k >= 2 ? cues.pronouns.get(v.words[k]!) : undefined;
  if (!types) return null;
  const w = v.words[k + 1]!;
  if (!cues.reportedFuture.has(w) && !cues.oneWord.planned.has(w)) return null;
  if (v.chains.some((c) => c.first < k && k <= c.last)) return null;
  const addressee = v.chains.find((c) => c.last === k - 1 && c.role === 'core');
  if (!addressee || !cues.reportingVerbs.has(v.words[addressee.first - 1] ?? '')) return null;
  const verb = addressee.first - 1;
  const teller = v.chains.find((c) => c.last < verb && c.role === 'core' && canAct(c.type) && clauseOf(v, c.first) === clauseOf(v, verb));
  if (!teller) return null;
  if (types.includes(teller.type)) return teller;
  const state = stateOf(ctx.idx, teller.entity);
  return state && types.includes('GPE') ? { ...teller, entity: state, type: 'GPE' } : null;
}

/** Whether a verb of speaking about a topic (cue `topicVerbs`) stands before the trigger noun in its clause. */
function topicOfSpeech(ctx: ArgContext, m: TriggerMatch): boolean {
  const v = ctx.view;
  for (let k = m.first - 1; k >= 0 && clauseOf(v, k) === clauseOf(v, m.first); k--) if (ctx.cues.topicVerbs.has(v.words[k]!)) return true;
  return false;
}

/** The grammatical subject: first core chain left in the clause, else (V2) right, else the nearest earlier clause's. */
function subject(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const { view: v } = ctx;
  // a noun after a verb of speaking about something ("sprach von einem gezielten Angriff", "warnte vor einem Angriff")
  // names a topic: the speaker is not its doer
  if (m.entry.pos === 'noun' && topicOfSpeech(ctx, m)) return null;
  if (m.entry.pos === 'verb') {
    // "Gunmen killed …", "Militants abducted …": a pattern that opens with its agent noun has that noun's actor (an
    // unnamed group of its own) as its subject (not a possessive that opens the pattern: "seine Solidarität … bekundet")
    const agent = m.positions.length > 1 ? v.chains.find((c) => c.first <= m.first && c.last >= m.first && c.last < m.positions[1]! && c.kind !== 'pronoun' && canAct(c.type) && !exclude.has(c)) : undefined;
    if (agent && !objectAfterSubject(ctx, m, agent)) return agent;
    const inverted = pronounAfterVerb(ctx, m, exclude);
    if (inverted) return inverted;
    const antecedent = relativeAntecedent(ctx, m);
    if (antecedent && !exclude.has(antecedent)) return antecedent;
    const teller = tellerOfFuture(ctx, m);
    if (teller && !exclude.has(teller)) return teller;
    // German: "Russland, das …, kritisierte Kirgistan und drohte Usbekistan": a verb coordinated right after the
    // predicate that opens its clause behind an embedded clause has that predicate's subject, not its object
    const opener = ctx.verbSecond ? clauseOpeningVerb(ctx, m) : -1;
    if (opener >= 0) return subject(ctx, { ...m, first: opener, last: opener, positions: [opener] }, exclude);
    const elided = ctx.verbSecond ? elidedSubject(ctx, m, exclude) : null;
    if (elided) return elided;
  }
  const { left: all, right } = sides(v, m);
  // "denied that Putin met Zelensky": the subject of an embedded clause follows its subordinator
  let sub = -1;
  for (let k = m.first - 1; k >= 0 && clauseOf(v, k) === clauseOf(v, m.first); k--) {
    // (German: a subordinator opens its clause, after a comma or at the sentence's start; inside a clause "als" is a
    // preposition, "als einseitig verurteilt und Nepal aufgefordert")
    if (subordinatorAt(v.words, v.raw, k, ctx.cues) && (!ctx.verbSecond || k === 0 || v.tokens[k - 1]!.kind !== 'word')) {
      sub = k;
      break;
    }
  }
  // "rejected the sanctions as illegal and summoned …": a predicate coordinated after the embedded phrase
  // belongs to the main clause again
  if (sub >= 0 && !ctx.verbSecond && secondPredicate(v, ctx.cues, sub + 1) === m.first - 1) sub = -1;
  // (so does one opened by "and" before an auxiliary, with no subject of its own: "Beijing views Taiwan as part of its
  // territory and has not ruled out using force" — "as" there was a preposition, not a subordinator)
  if (sub >= 0 && !ctx.verbSecond) {
    for (let k = sub + 1; k + 1 < m.first; k++) {
      if (ctx.cues.coordinators.has(v.words[k]!) && ctx.cues.auxiliaries.has(v.words[k + 1]!) && !v.chains.some((ch) => ch.first > k && ch.first < m.first && ch.role === 'core')) {
        sub = -1;
        break;
      }
    }
  }
  const afterSub = all.filter((ch) => ch.first > sub);
  // "suggest that most voters there support …": an embedded clause with an unnamed subject has no actor
  if (sub >= 0 && afterSub.length === 0 && m.first - sub > 1 && !ctx.verbSecond && !subordinatorAt(v.words, v.raw, sub + 1, ctx.cues)) {
    const relative = sub > 0 && v.chains.some((ch) => ch.last === sub - 1);
    if (!relative) return null;
  }
  // "after Russia attacked Ukraine": a name right after a subordinator that is also a preposition is the clause's
  // subject, not a prepositional object
  if (sub >= 0 && !ctx.verbSecond) {
    let j = sub + 1;
    while (j < m.first && ctx.cues.determiners.has(v.words[j]!)) j++;
    // (the chain may hold the article itself: "after a Chinese coast guard vessel rammed …")
    const opener = afterSub.find((ch) => (ch.first === j || ch.first === sub + 1) && ch.role === `pp:${v.words[sub]!}` && !exclude.has(ch) && canAct(ch.type));
    if (opener && v.raw.slice(opener.last + 1, m.first).every((r) => /^\p{Ll}+$/u.test(r))) return opener;
  }
  let left = sub >= 0 && afterSub.length > 0 ? afterSub : all;
  // "Araghchi said Tehran would not negotiate": after a verb of saying, the reported clause has its own subject
  for (let k = m.first - 1; k > 0 && clauseOf(v, k) === clauseOf(v, m.first); k--) {
    // (German: not the verb of a separable trigger, "sagte Armenien die Lieferung … zu" pledges, it does not report)
    if (!ctx.cues.reportingVerbs.has(v.words[k]!) || (ctx.verbSecond && ctx.verbStarts.has(k))) continue;
    const reported = left.filter((ch) => ch.first > k);
    // "Fidan said Turkey was ready but warned Athens": a past-tense predicate coordinated right after the reported
    // clause continues the clause of the verb of saying (as after "that", above), its subject is the speaker's
    const continues = !ctx.verbSecond && secondPredicate(v, ctx.cues, k + 1) === m.first - 1;
    if (reported.length > 0 && left.some((ch) => ch.last < k) && !continues) left = reported;
    break;
  }
  const ok = (ch: Chain): boolean => !exclude.has(ch) && !objectPhrase(ctx, ch);
  // a gerund or to-infinitive has no subject of its own: "pledged to punish X by freezing …", "trying to persuade"
  if (!ctx.verbSecond && ((endsWithAny(v.words[m.first]!, ctx.cues.verbForms.gerundEndings) && !progressive(ctx, m)) || v.words[m.first - 1] === 'to')) {
    // "accused China of harassing …", "punished Russia for invading …": the object right before the preposition does it
    if (m.first >= 2 && ctx.cues.gerundObjectPrepositions.has(v.words[m.first - 1]!)) {
      const object = v.chains.find((ch) => ch.last === m.first - 2 && ch.role === 'core' && ok(ch) && canAct(ch.type));
      if (object) return object;
    }
    // "Turkey and Greece agreed …, Gerapetritis said after meeting Fidan": the subject of the gerund's own clause,
    // else the sentence's first
    const acting = (ch: Chain): boolean => ch.last < m.first && ch.role === 'core' && ok(ch) && canAct(ch.type);
    // ("The CSP said Malian troops had attacked its positions, killing 12 civilians": a participle after a reported
    // clause continues that clause, whose subject follows the verb of saying)
    let said = -1;
    for (let k = m.first - 1; k > 0 && said < 0; k--) if (ctx.cues.reportingVerbs.has(v.words[k]!)) said = k;
    const reported = said > 0 && v.words[m.first - 1] === ',' ? v.chains.find((ch) => acting(ch) && ch.first > said) : undefined;
    // ("Manila said Chinese ships tried to ram the boat": a to-infinitive in the reported clause is its named subject's,
    // when a verb governs it, not a noun phrase: "said Sudan had a long way to go")
    const reportedTo = v.words[m.first - 1] === 'to' && said > 0 && clauseOf(v, said) === clauseOf(v, m.first) && governedInfinitive(ctx, m.first - 1)
      ? v.chains.find((ch) => acting(ch) && ch.first > said && ch.kind !== 'pronoun') : undefined;
    // ("… after Chinese vessels fired water cannon at a boat, injuring two crew members": a participle after a comma
    // elaborates the clause right before it, whose subject follows its subordinator)
    let opener = -1;
    if (v.words[m.first - 1] === ',') {
      for (let k = m.first - 2; k > 0 && opener < 0 && v.words[k] !== ','; k--) if (subordinatorAt(v.words, v.raw, k, ctx.cues)) opener = k;
    }
    // (the subject right after a subordinator that is also a preposition reads as its object: "after Chinese vessels fired")
    const subordinated = opener > 0 ? v.chains.find((ch) => ch.first > opener && ch.last < m.first && (ch.role === 'core' || ch.role === `pp:${v.words[opener]!}`) && ok(ch) && canAct(ch.type)) : undefined;
    // ("… to meet Lutnick and that the EU remained ready to negotiate": a to-infinitive inside an embedded clause is
    // that clause's subject's)
    const embedded = sub >= 0 && v.words[m.first - 1] === 'to' && governedInfinitive(ctx, m.first - 1) ? afterSub.find((ch) => acting(ch) && ch.kind !== 'pronoun') : undefined;
    const main = embedded ?? reportedTo ?? v.chains.find((ch) => acting(ch) && clauseOf(v, ch.first) === clauseOf(v, m.first)) ?? subordinated ?? reported ?? v.chains.find(acting);
    if (main) return main;
  }
  // German: a zu-infinitive clause has no subject of its own ("versprach, der Ukraine Waffen zu liefern"):
  // the names in it are objects, the subject is the earlier clause's
  if (ctx.verbSecond && m.first > 0 && clauseOf(v, m.first) !== clauseOf(v, 0) && zuClause(v, clauseOf(v, m.first), ctx.cues.infinitive)) {
    const main = v.chains.find((ch) => clauseOf(v, ch.first) < clauseOf(v, m.first) && ch.role === 'core' && ok(ch) && canAct(ch.type));
    if (main) return main;
  }
  // "Israel, which struck Iranian sites in June, has warned …": a verb right after the comma that closes an embedded
  // clause belongs to the subject before that clause, not to a name inside it
  if (!ctx.verbSecond) {
    const outer = beforeEmbedded(ctx, m);
    if (outer && ok(outer)) return outer;
  }
  // "In Tunesien haben Sicherheitskräfte … festgenommen": the organ after the fronted place is the subject
  const seat = ctx.verbSecond && m.entry.pos === 'verb' ? frontedSeat(ctx, m) : null;
  if (seat && ok(seat)) return seat;
  const core = left.find((ch) => ch.role === 'core' && ok(ch) && canAct(ch.type));
  if (core && !ctx.verbSecond) {
    // "Russia attacked Kyiv and Ukraine shelled Belgorod": a second predicate after "and" has its own subject
    // when a name stands right before the verb and the first clause had a predicate of its own
    const near = left.findLast((ch) => ch.role === 'core' && ok(ch) && canAct(ch.type));
    if (near && near !== core && m.first - near.last <= 2) {
      let k = near.first - 1;
      while (k > core.last && ctx.cues.determiners.has(v.words[k]!)) k--;
      const coordinatorBefore = k > core.last && ctx.cues.coordinators.has(v.words[k]!);
      const predicateBetween = v.words.slice(core.last + 1, k).some((w, j) => /^\p{Ll}/u.test(v.raw[core.last + 1 + j]!) && !ctx.cues.determiners.has(w) && !ctx.cues.coordinators.has(w) && !ctx.cues.prepositions.has(w));
      const inBetween = v.words.slice(near.last + 1, m.first).every((w) => /^\p{Ll}+$/u.test(w));
      if (coordinatorBefore && predicateBetween && inBetween) return near;
    }
  }
  if (core && ctx.verbSecond && m.entry.pos === 'verb') {
    // "Polen warf Belarus Provokationen vor und die EU drohte …", "dass Ruanda seine Soldaten abzieht und Kinshasa die
    // FDLR entwaffnet": a coordinator after a predicate of its own (a verb trigger between the first subject and it),
    // with a name right after it (after articles), opens a clause with that name as its subject
    for (let k = m.first - 1; k > core.last; k--) {
      if (!ctx.cues.coordinators.has(v.words[k]!)) continue;
      let predicate = false;
      for (let j = core.last + 1; j < k; j++) if (ctx.verbStarts.has(j)) predicate = true;
      let j = k + 1;
      while (j < m.first && ctx.cues.determiners.has(v.words[j]!)) j++;
      const own = left.find((ch) => ch.first === j && ch.role === 'core' && ok(ch) && canAct(ch.type));
      // (not when the trigger is a participle or infinitive that shares the auxiliary of the first predicate: "Neu-Delhi
      // hatte das Vorgehen verurteilt und Nepal aufgefordert, …" — Nepal is the object there)
      if (predicate && own && !sharedAuxiliary(ctx, core.last + 1, k, own.last + 1, m)) return own;
      break;
    }
  }
  // "Russlands Angriff auf die Ukraine verurteilte Polen": the actor before an act noun that opens the clause is its
  // doer, not the speaker; the fronted phrase is the object, the subject follows the verb
  if (core && ctx.verbSecond && m.entry.pos === 'verb' && VERBAL_TYPES.has(m.entry.type) && frontedActAttribute(ctx, m, core)) {
    const after = subjectAfterVerb(ctx, m, right, ok);
    if (after) return after;
  }
  if (core) return core;
  if (ctx.verbSecond && m.entry.pos === 'verb') {
    // "Die Polizei Russlands nahm … fest": a noun phrase that opens the sentence before the verb is its subject, and
    // the actor in its genitive acts (not the object after the verb); a fronted prepositional phrase ("Nach Angaben
    // der UN wurden …") is no subject
    let w0 = 0;
    while (w0 < v.words.length && v.tokens[w0]!.kind !== 'word') w0++;
    if (ctx.cues.determiners.has(v.words[w0] ?? '')) {
      const fronted = left.find((ch) => ch.role === 'gen' && ok(ch) && canAct(ch.type) && clauseOf(v, ch.first) === clauseOf(v, w0)
        && v.words.slice(w0, ch.first).every((w) => !ctx.cues.prepositions.has(w) && w !== ','));
      // (a phrase headed by an act noun names an act, not an actor, as the subject: "Das Sanktionspaket der EU trifft
      // russische Banken" is no meeting of the EU's)
      // ("Die Forderung Kiews lehnte Moskau ab": a speech act's subject then follows the verb)
      if (fronted && [...ctx.nounStarts].some((k) => k >= w0 && k < fronted.first)) return VERBAL_TYPES.has(m.entry.type) ? subjectAfterVerb(ctx, m, right, ok) ?? null : null;
      if (fronted) return fronted;
    }
    // "China und Russland, die …, riefen das Gremium auf": a verb that opens a later clause belongs
    // to the subject that opens the sentence; after a fronted subordinate clause ("Während …,
    // warnte der Gesandte") the subject follows the verb
    const opensClause = m.first > 0 && clauseOf(v, m.first - 1) !== clauseOf(v, m.first);
    if (opensClause) {
      let firstWord = 0;
      while (firstWord < v.words.length && v.tokens[firstWord]!.kind !== 'word') firstWord++;
      const opener = v.chains.find((ch) => ch.role === 'core' && ok(ch) && canAct(ch.type) && ch.first <= firstWord + 1 && ch.last < m.first);
      // (only a subject an embedded clause interrupts, alone in its clause up to the comma; a fronted clause of its own,
      // "Peking müsse seinen Einfluss nutzen, forderte Wadephul", is reported content, the subject follows the verb)
      if (opener && !subordinatorAt(v.words, v.raw, firstWord, ctx.cues) && interruptedSubject(ctx, opener)) return opener;
    }
    // "Die Demonstranten warfen Fico vor": a noun phrase that names no actor, before the verb that opens its clause, is
    // the subject; the name after the verb is its object, not its doer
    if (unnamedFrontedSubject(ctx, m)) return null;
    const r = right.find((ch) => ch.role === 'core' && ok(ch));
    if (r) return r;
  }
  // "Weitere Sanktionen gegen Kenia schloss die EU nicht aus": an act noun whose phrase fronts the clause as its object
  // has the subject that follows the finite verb, as in the plain order ("Die EU schloss weitere Sanktionen … nicht aus")
  if (ctx.verbSecond && m.entry.pos === 'noun') {
    const after = frontedObjectSubject(ctx, m, right, ok);
    if (after) return after;
  }
  // "Nach dem Treffen mit Xi sagte Putin …": a noun in the phrase fronted before the finite verb (V2) is an act of the
  // subject right after that verb
  // (only a meeting of two sides: the subject took part; "Nach dem Angriff auf Kiew verurteilte Polen" names no attacker)
  if (m.entry.symmetric && (ctx.verbSecond ? m.entry.pos === 'noun' : m.entry.pos === 'noun' || endsWithAny(v.words[m.first]!, ctx.cues.verbForms.gerundEndings))) {
    const after = frontedSubject(ctx, m);
    if (after && ok(after)) return after;
  }
  // (for a verb, not the genitive of a noun inside a prepositional phrase: "Nach Angaben der Vereinten Nationen wurden
  // … getötet" names a source of information, not who was killed)
  const inPhrase = (ch: Chain): boolean => {
    let k = ch.first - 1;
    while (k > 0 && ctx.cues.determiners.has(v.words[k]!)) k--;
    k--;
    while (k >= 0 && ctx.cues.determiners.has(v.words[k]!)) k--;
    return k >= 0 && ctx.cues.prepositions.has(v.words[k]!);
  };
  const gen = left.find((ch) => ch.role === 'gen' && ok(ch) && !(m.entry.pos === 'verb' && inPhrase(ch)));
  if (gen) return gen;
  // a clause that opens with a verb continues a list of predicates ("Sudan will improve access …,
  // stop supporting rebels …, cease the bombing …"): its subject is the first subject of the sentence
  let c0 = m.first;
  while (c0 > 0 && clauseOf(v, c0 - 1) === clauseOf(v, m.first)) c0--;
  if (!ctx.verbSecond && c0 > 0 && c0 === m.first && /^\p{Ll}/u.test(v.raw[c0]!)) {
    const first = v.chains.find((ch) => ch.last < c0 && ch.role === 'core' && ok(ch) && canAct(ch.type));
    if (first) return first;
  }
  // a noun that opens its own reported clause is that clause's subject, not an object of the clause before it
  // ("Selenskyj sagte, die Angriffe Russlands seien …": the speaker did not attack)
  if (ctx.verbSecond && m.entry.pos === 'noun' && opensReportedClause(ctx, m)) return null;
  // earlier clauses of the sentence (apposition, fronted adverbial, relative clause in between)
  // (not the actors inside a relative clause: "Japarov, who met Rahmon in March, condemned … and summoned …", "Dschaparow,
  // der Rachmon im März getroffen hatte, verurteilte … und bestellte … ein" — the antecedent before it acts)
  for (let c = clauseOf(v, m.first) - 1; c >= 0; c--) {
    if (relativeClause(ctx, c)) continue;
    const inC = v.chains.filter((ch) => clauseOf(v, ch.first) === c && ok(ch));
    const first = inC.find((ch) => ch.role === 'core' && canAct(ch.type)) ?? null;
    if (first) return first;
  }
  // a named person in the clause is the likeliest agent even after a postposition ("aller Voraussicht nach US-Präsident Trump")
  return left.find((ch) => ch.type === 'PER' && ok(ch) && !ch.role.startsWith('pp:' + (ctx.cues.agentPrepositions[0] ?? ''))) ?? null;
}

/** How far after a fronted act noun its clause's finite verb may stand (the noun's own attributes and phrases between). */
const FRONTED_PHRASE_WORDS = 8;

/**
 * German: the subject after the finite verb when an act noun's phrase opens its clause ("Weitere Sanktionen gegen Kenia
 * schloss die EU nicht aus", "Neue Sanktionen gegen Russland kündigte die EU an"): only articles and lower-case
 * attributes before the noun in its clause; the finite verb is the first lower-case word after a capitalised one
 * (German nouns and names are capitalised; an adjective after a preposition stays inside the phrase) that is no
 * preposition, article or coordinator; the subject is the acting core chain right after that verb (after articles).
 * Only when that verb opens a cue of the noun's modality (planned, hypothetical, negated), and is no trigger of its own
 * ("Die Angriffe auf Kiew verurteilte Polen": the verb's frame reads the fronted act).
 */
function frontedObjectSubject(ctx: ArgContext, m: TriggerMatch, right: readonly Chain[], ok: (ch: Chain) => boolean): Chain | null {
  const { view: v, cues } = ctx;
  const c = clauseOf(v, m.first);
  let w0 = m.first;
  while (w0 > 0 && clauseOf(v, w0 - 1) === c && v.tokens[w0 - 1]!.kind === 'word') w0--;
  // (the clause starts the sentence or follows a comma: the fronted phrase is the Vorfeld)
  if (w0 > 0 && clauseOf(v, w0 - 1) === c) return null;
  for (let k = w0; k < m.first; k++) {
    const w = v.words[k]!;
    // (the clause's first word is capitalised whatever it is: "Weitere Sanktionen …"; but no name: "Russlands Angriff")
    const lower = /^\p{Ll}/u.test(v.raw[k]!) || (k === w0 && !v.chains.some((ch) => ch.first <= k && k <= ch.last));
    if (!cues.determiners.has(w) && (!lower || cues.prepositions.has(w))) return null;
  }
  let verb = -1;
  for (let k = m.last + 1; k < v.words.length && k - m.last <= FRONTED_PHRASE_WORDS && clauseOf(v, k) === c && v.tokens[k]!.kind === 'word'; k++) {
    const w = v.words[k]!;
    if (/^\p{Lu}/u.test(v.raw[k]!) || cues.prepositions.has(w) || cues.determiners.has(w)) continue;
    if (cues.coordinators.has(w) || !/^\p{Lu}/u.test(v.raw[k - 1]!)) return null;
    verb = k;
    break;
  }
  if (verb < 0 || ctx.verbStarts.has(verb) || ctx.nounStarts.has(verb)) return null;
  // (only a verb that opens a cue of the act's modality, "schloss … nicht aus", "kündigte … an": the subject then does
  // the fronted act; after another verb the subject only speaks of it, "Sanktionen gegen Kenia fordert die Opposition")
  const { planned, hypothetical, negators } = cues.cueIndex;
  if (![planned, hypothetical, negators].some((index) => index.has(v.words[verb]!))) return null;
  let j = verb + 1;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  return right.find((ch) => ch.first === j && ch.role === 'core' && ok(ch) && canAct(ch.type)) ?? null;
}

/**
 * German: whether the noun that opens a verb-final pattern is its object because the clause's subject stands before it
 * ("Burkina Faso hat die EU-Botschafterin ausgewiesen": the ambassador, named by her organisation's prefix, is the one
 * expelled; "Russland hat die Nato-Truppen … verlegt"): an acting core chain of the clause, not in the dative or
 * accusative, ends before the noun.
 */
function objectAfterSubject(ctx: ArgContext, m: TriggerMatch, noun: Chain): boolean {
  const v = ctx.view;
  if (!ctx.verbSecond) return false;
  return v.chains.some((c) => c !== noun && c.last < noun.first && c.role === 'core' && canAct(c.type) && clauseOf(v, c.first) === clauseOf(v, m.first) && !objectPhrase(ctx, c));
}

/**
 * German: whether the chain that opens the sentence is a subject an embedded clause interrupts ("China und Russland,
 * die …, riefen"): it and those coordinated with it run up to a comma or the end of their clause.
 */
function interruptedSubject(ctx: ArgContext, opener: Chain): boolean {
  const v = ctx.view;
  const group = coordinated(v, ctx.cues, opener);
  const end = group[group.length - 1]!.last;
  return end + 1 >= v.words.length || v.words[end + 1] === ',' || clauseOf(v, end + 1) !== clauseOf(v, opener.first);
}

/**
 * German: the one asked in a demand reported before its verb ("Peking müsse seinen Einfluss nutzen, forderte Wadephul",
 * "Die Ukraine müsse Gebiete abtreten, verlangte Putin"): when a verb of request opens its clause right after a comma,
 * the sentence opens with a clause that holds a modal of obligation, and an acting chain opens that clause.
 */
function demandedOfFronted(ctx: ArgContext, m: TriggerMatch, ok: (ch: Chain) => boolean): Chain | undefined {
  const { view: v, cues } = ctx;
  if (!ctx.verbSecond || m.entry.type !== 'REQUEST' || m.entry.pos !== 'verb' || m.first < 2 || v.words[m.first - 1] !== ',') return undefined;
  let w0 = 0;
  while (w0 < v.words.length && v.tokens[w0]!.kind !== 'word') w0++;
  const c0 = clauseOf(v, w0);
  if (c0 === clauseOf(v, m.first) || !v.words.some((w, k) => clauseOf(v, k) === c0 && cues.obligationModals.has(w))) return undefined;
  let j = w0;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  return v.chains.find((ch) => ch.first <= j && ch.last >= j && clauseOf(v, ch.first) === c0 && ch.role === 'core' && ch.kind !== 'pronoun' && canAct(ch.type) && ok(ch));
}

/**
 * German: whether `ch` is the possessor or attribute of an act noun that opens the trigger's clause ("Russlands Angriff
 * auf …", "Die russische Offensive …" before the verb): the chain opens the clause (after articles), a noun trigger
 * follows it within three words, with only adjectives between.
 */
function frontedActAttribute(ctx: ArgContext, m: TriggerMatch, ch: Chain): boolean {
  const { view: v, cues } = ctx;
  const c = clauseOf(v, m.first);
  if (clauseOf(v, ch.first) !== c || ch.last >= m.first) return false;
  let k0 = ch.first;
  while (k0 > 0 && clauseOf(v, k0 - 1) === c && cues.determiners.has(v.words[k0 - 1]!)) k0--;
  if (k0 > 0 && clauseOf(v, k0 - 1) === c) return false;
  for (let k = ch.last + 1; k < m.first && k <= ch.last + 3; k++) {
    if (ctx.nounStarts.has(k)) return true;
    // (only adjectives of the noun phrase between: "wies die Vorwürfe zurück" has a verb there)
    if (v.tokens[k]!.kind !== 'word' || !/^\p{Ll}/u.test(v.raw[k]!) || cues.determiners.has(v.words[k]!) || !adjective(v.words[k]!, cues)) return false;
  }
  return false;
}

/**
 * German: a pronoun that can only be a subject (`subjectPronouns`: "er", "wir") right after the finite verb that opens
 * the trigger is its subject, whatever stands before the verb ("Israel warf er vor, …", "Den Vorschlag lehnte er ab"):
 * the fronted phrase is then the object. Null when the word is no such pronoun or the entity layer resolved it to nothing.
 */
function pronounAfterVerb(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const v = ctx.view;
  const k = m.first + 1;
  if (!ctx.verbSecond || !ctx.cues.subjectPronouns.has(v.words[k] ?? '')) return null;
  return v.chains.find((c) => c.first === k && c.kind === 'pronoun' && !exclude.has(c)) ?? null;
}

/** German: the acting core chain right after the verb trigger (after articles), the subject of an inverted clause, or null. */
function subjectAfterVerb(ctx: ArgContext, m: TriggerMatch, right: readonly Chain[], ok: (ch: Chain) => boolean): Chain | null {
  const v = ctx.view;
  let j = m.first + 1;
  while (j < v.words.length && ctx.cues.determiners.has(v.words[j]!)) j++;
  return right.find((ch) => (ch.first === j || ch.first === m.first + 1) && ch.role === 'core' && ok(ch) && canAct(ch.type)) ?? null;
}

/**
 * German: the verb that opens the trigger's clause right after a comma ("…, kritisierte Kirgistan und drohte …"),
 * when the trigger is a finite verb coordinated after it with no subject of its own in between; else -1.
 */
function clauseOpeningVerb(ctx: ArgContext, m: TriggerMatch): number {
  const { view: v, cues } = ctx;
  const k = m.first - 1;
  if (k < 1 || m.entry.pos !== 'verb' || !cues.coordinators.has(v.words[k]!) || !coordinatedPredicate(v, cues, k, m.first + 1)) return -1;
  let c0 = k;
  while (c0 > 0 && clauseOf(v, c0 - 1) === clauseOf(v, m.first)) c0--;
  const w = v.words[c0] ?? '';
  if (c0 < 1 || v.words[c0 - 1] !== ',' || !/^\p{Ll}/u.test(v.raw[c0] ?? '') || cues.coordinators.has(w) || cues.determiners.has(w) || cues.prepositions.has(w)
    || subordinatorAt(v.words, v.raw, c0, cues) || relativePronoun(cues, w)) return -1;
  // (no subject of its own between: "…, kritisierte Kirgistan, und die EU drohte …" has one)
  if (v.chains.some((ch) => ch.first > k && ch.first < m.first)) return -1;
  return c0;
}

/**
 * German: the subject of a finite verb that opens its clause right after a comma and a coordinator ("Bourita sagte in
 * Rabat, sein Land sei kein Grenzpolizist, und warf Spanien vor, …", "Der Minister nannte die Lage ernst, und forderte
 * Russland auf, …"). A verb right after "und" has no subject of its own (the subject of a coordinated predicate is left
 * out), so the name after it is its object, and the subject is the sentence's: the first acting core chain of its
 * first clause, when that clause is a main clause (no subordinator opens the sentence). Without the comma the verb
 * continues the predicate next to it, which the general search already handles; null when the form does not apply.
 */
function elidedSubject(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const { view: v, cues } = ctx;
  const k = m.first - 1;
  if (k < 2 || m.entry.pos !== 'verb' || !cues.coordinators.has(v.words[k]!) || v.words[k - 1] !== ',' || !coordinatedPredicate(v, cues, k, m.first + 1)) return null;
  if (subordinatorAt(v.words, v.raw, 0, cues)) return null;
  const first = clauseOf(v, 0);
  return v.chains.find((ch) => clauseOf(v, ch.first) === first && ch.role === 'core' && !exclude.has(ch) && canAct(ch.type)) ?? null;
}

/** English: whether the "to" at `k` follows a verb rather than a noun phrase: no determiner among the three words before it, up to a coordinator. */
function governedInfinitive(ctx: ArgContext, k: number): boolean {
  const { view: v, cues } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = v.words[j]!;
    if (cues.coordinators.has(w) || v.tokens[j]!.kind !== 'word') return true;
    if (cues.determiners.has(w)) return false;
  }
  return true;
}

/** Whether clause `c` is a relative clause opened after a comma (", who …", ", which …", ", der …", ", die …"). */
export function relativeClause(ctx: ArgContext, c: number): boolean {
  const { view: v, cues } = ctx;
  const k = v.clause.indexOf(c);
  if (k < 0) return false;
  let w = k;
  while (w < v.words.length && clauseOf(v, w) === c && v.tokens[w]!.kind !== 'word') w++;
  if (w >= v.words.length || clauseOf(v, w) !== c || !(k > 0 ? v.words[k - 1] === ',' || v.words[k] === ',' : v.words[k] === ',')) return false;
  return relativePronoun(cues, v.words[w]!);
}

/**
 * German: whether a verb trigger stands last in its predicate under an auxiliary or modal of its clause ("hat …
 * kritisiert und", "will … angreifen,"): the next word is a coordinator or no word.
 */
function verbFinalTrigger(ctx: ArgContext, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  if (m.entry.pos !== 'verb' || !/^\p{Ll}/u.test(v.raw[m.last]!)) return false;
  const next = m.last + 1;
  if (next < v.words.length && v.tokens[next]!.kind === 'word' && !cues.coordinators.has(v.words[next]!)) return false;
  const c = clauseOf(v, m.first);
  const aux = (w: string): boolean => cues.auxiliaries.has(w) || cues.passiveAux.has(w) || cues.weakPassiveAux.has(w) || cues.oneWord.planned.has(w);
  for (let k = m.first - 1; k >= 0 && clauseOf(v, k) === c; k--) if (aux(v.words[k]!)) return true;
  return false;
}

/**
 * German: whether a verb-final trigger after "und" shares the auxiliary or modal of the predicate before it: one stands
 * in `[from, to)` (the first predicate), none in `[ownFrom, trigger)` (the second), and the trigger closes its clause.
 */
function sharedAuxiliary(ctx: ArgContext, from: number, to: number, ownFrom: number, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  const aux = (w: string): boolean => cues.auxiliaries.has(w) || cues.passiveAux.has(w) || cues.weakPassiveAux.has(w)
    || cues.oneWord.planned.has(w);
  if (!v.words.slice(from, to).some(aux) || v.words.slice(ownFrom, m.first).some(aux)) return false;
  const c = clauseOf(v, m.last);
  for (let k = m.last + 1; k < v.words.length && clauseOf(v, k) === c; k++) if (v.tokens[k]!.kind === 'word') return false;
  return true;
}

/**
 * German: "In Tunesien haben Sicherheitskräfte … festgenommen": a state organ named by a bare noun (cue `seatNouns`)
 * right after the finite verb that follows a fronted place ("In Tunesien") acts for that place, as "die
 * Sicherheitskräfte in Tunesien" does.
 */
function frontedSeat(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const { view: v, cues } = ctx;
  let k0 = 0;
  while (k0 < v.words.length && v.tokens[k0]!.kind !== 'word') k0++;
  if (!cues.seatPrepositions.has(v.words[k0]!)) return null;
  const place = v.chains.find((ch) => ch.first === k0 + 1 && ch.type === 'GPE' && ch.kind === 'name');
  if (!place) return null;
  // the finite verb right after the place, then the organ (after an article at most) before the trigger
  let k = place.last + 2;
  if (cues.determiners.has(v.words[k] ?? '')) k++;
  if (k >= m.first || !cues.seatNouns.has(v.words[k]!) || !/^\p{Lu}/u.test(v.raw[k]!) || v.chains.some((ch) => ch.first <= k && ch.last >= k)) return null;
  return clauseOf(v, k) === clauseOf(v, m.first) && clauseOf(v, k0) === clauseOf(v, m.first) ? place : null;
}

/**
 * German (verb second): whether the words before a verb trigger in its clause are one noun phrase in the nominative that
 * names no actor ("Die Demonstranten", "Tausende Menschen", "Die beiden Oppositionsparteien"): a subject determiner or
 * number word, lower-case modifiers, and a capitalised noun right before the verb; no actor, preposition, accusative or
 * dative determiner and no time ("Diese Woche traf Putin …") among them.
 */
function unnamedFrontedSubject(ctx: ArgContext, m: TriggerMatch): boolean {
  const { view: v, cues } = ctx;
  const c = clauseOf(v, m.first);
  let k0 = m.first;
  while (k0 > 0 && clauseOf(v, k0 - 1) === c) k0--;
  while (k0 < m.first && v.tokens[k0]!.kind !== 'word') k0++;
  // (only a main clause that opens the sentence, or one opened by a coordinator: a later clause may be a relative one)
  if (clauseOf(v, 0) !== c || m.first - k0 < 2) return false;
  if (!cues.determiners.has(v.words[k0]!) || cues.objectDeterminers.has(v.words[k0]!) || cues.possessives.has(v.words[k0]!)) return false;
  const noun = m.first - 1;
  if (!/^\p{Lu}/u.test(v.raw[noun]!) || v.tokens[noun]!.kind !== 'word') return false;
  for (let k = k0; k <= noun; k++) {
    if (ctx.timed.has(k) || cues.prepositions.has(v.words[k]!) || v.tokens[k]!.kind !== 'word') return false;
    if (k > k0 && k < noun && !/^\p{Ll}/u.test(v.raw[k]!)) return false;
  }
  return !v.chains.some((ch) => ch.first <= noun && ch.last >= k0);
}

/**
 * German: a phrase that opens with an accusative or dative determiner ("den Gouverneur", "dem Präsidenten"), or a name
 * in apposition after one, set off by a comma ("den Gouverneur von Santa Cruz, Luis Fernando Camacho,"), is no subject.
 */
function objectPhrase(ctx: ArgContext, ch: Chain): boolean {
  const { view: v, cues } = ctx;
  if (cues.objectDeterminers.size === 0) return false;
  // (after a comma the word is a relative pronoun, the name after it the relative clause's subject: "Der Journalist, den
  // Russland festgenommen hatte")
  const opens = (c: Chain): boolean => cues.objectDeterminers.has(v.words[c.first]!) || (cues.objectDeterminers.has(v.words[c.first - 1] ?? '') && v.words[c.first - 2] !== ',');
  if (opens(ch)) return true;
  if (v.words[ch.first - 1] !== ',') return false;
  const head = v.chains.find((c) => c.last === ch.first - 2 && c.entity === ch.entity);
  return head !== undefined && opens(head);
}

/**
 * English: the first coordinator (or predicate coordinator: "but") after `from` that opens a second predicate ("rejected the sanctions and
 * summoned the ambassador", "welcomed the decision and said it would …"), or the sentence length. A
 * lower-case past-tense form right after the coordinator (regular "-ed" or listed in `pastVerbs`) marks it.
 */
export function secondPredicate(v: SentenceView, cues: EventCues, from: number): number {
  for (let k = Math.max(0, from); k + 1 < v.words.length; k++) if (opensPredicate(v, cues, k)) return k;
  return v.words.length;
}

/** English: whether the coordinator at `k` opens a second predicate (see {@link secondPredicate}); a test of `k` alone. */
export function opensPredicate(v: SentenceView, cues: EventCues, k: number): boolean {
  if (k + 1 >= v.words.length || !(cues.coordinators.has(v.words[k]!) || cues.predicateCoordinators.has(v.words[k]!)) || v.tokens[k + 1]!.kind !== 'word' || cues.determiners.has(v.words[k + 1]!)) return false;
  // (an adverb may come first: "and then cancelled", "and instead attacked")
  const j = cues.predicateAdverbs.has(v.words[k + 1]!) && v.tokens[k + 2]?.kind === 'word' ? k + 2 : k + 1;
  return pastForm(v.raw[j]!, cues);
}

/** A word of lower-case letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;

/** A lower-case word as written is a past-tense form: a regular one (`verbForms.pastEndings`, "summoned") or a listed irregular one (`pastVerbs`, "met"). */
export function pastForm(raw: string, cues: EventCues): boolean {
  return (LOWER_WORD.test(raw) && cues.verbForms.pastEndings.some((e) => raw.length > e.length && raw.endsWith(e))) || cues.pastVerbs.has(raw);
}

/**
 * German: whether a coordinator in `[from, to)` opens a new predicate ("bestritt die Vorwürfe und warf Polen … vor",
 * "rief zur Ruhe auf und kündigte an, …"): a coordinator right before a lower-case word that is no article,
 * preposition, one-word negator or adjective (those coordinate phrases inside one predicate: "und die", "und nicht",
 * "und militärische"). The one test that modality, governing and argument search share.
 */
export function coordinatedPredicate(v: SentenceView, cues: EventCues, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k + 1 < to && k + 1 < v.words.length; k++) {
    if (!cues.coordinators.has(v.words[k]!) || v.tokens[k + 1]!.kind !== 'word') continue;
    const w = v.words[k + 1]!;
    if (/^\p{Ll}/u.test(v.raw[k + 1]!) && !cues.determiners.has(w) && !cues.prepositions.has(w)
      && !cues.oneWord.negators.has(w) && !adjective(w, cues)) return true;
  }
  return false;
}

function object(ctx: ArgContext, whole: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const m = ownClauseOf(ctx, whole);
  const { left, right } = sides(ctx.view, m, ctx.cues.infinitive);
  // (a possessive alone is no partner of a meeting, "treffe seine Entscheidungen" names whose decisions, not whom it
  // meets; it is the target of acts on what someone has, "detained its crew", "kritisierte seine Politik")
  const possessiveOnly = (ch: Chain): boolean => m.entry.type === 'CONSULT' && ch.kind === 'pronoun' && ch.first === ch.last && ctx.cues.possessives.has(ctx.view.words[ch.first]!);
  // ("Kenia warnte, seine Armee werde jeden Angriff Ugandas abwehren": in the announcement of the source's own response
  // its own side is the doer again, the addressee is the other actor of the announced act)
  const ownSide = (ch: Chain): boolean => m.entry.ownAct && [...exclude].some((x) => x.entity === ch.entity || stateOf(ctx.idx, x.entity) === ch.entity);
  const ok = (ch: Chain): boolean => !exclude.has(ch) && ch.entity !== '' && !possessiveOnly(ch) && !statementSource(ctx, ch) && !ownSide(ch) && !prepositionalConjunct(ctx, ch);
  // objects stand left of the verb only in verb-final (German) clauses; an of-phrase counts when it is close
  const v2 = ctx.verbSecond;
  // English: a coordinator opening a second predicate ("rejected the sanctions and summoned the ambassador")
  // ends the trigger's object; a past-tense form right after it marks that predicate
  // German: a coordinator right before another verb trigger ("verurteilte die Gewalt und sagte dem Sudan Hilfe zu")
  // (English: so does "but"/"yet", which joins predicates and clauses, never actors: "Samoa attacked throughout the
  // second half but Fiji's defence held firm")
  // (and so does an adverbial clause: "would send troops because Ukraine attacked Belgorod")
  // (computed once, and only when a chain after the trigger asks: most objects are checked against it)
  let end = -1;
  // (German: also a coordinator before a finite verb that is no trigger: "verurteilte den Beschuss und kündigte an, die
  // Truppen … zu verstärken" — the troops are no object of the condemnation)
  const predicateEnd = (): number => (end >= 0 ? end : (end = v2 ? Math.min(verbAfterCoordinator(ctx, m.last + 1), coordinatorOfPredicate(ctx, m.last + 1)) : predicateEndOf(ctx, m)));
  // "after meeting Fidan", "for invading Ukraine": the role reader takes a gerund after a preposition for an
  // adjective, so the gerund's object carries the preposition's role
  const w = ctx.view.words;
  // (the gerund opens the pattern: "by expelling Montenegro's envoy")
  const gerundPrep = !v2 && m.first > 0 && endsWithAny(w[m.first]!, ctx.cues.verbForms.gerundEndings) && ctx.cues.prepositions.has(w[m.first - 1]!) ? `pp:${w[m.first - 1]!}` : null;
  // German: an object left of the trigger belongs to its predicate, not to one coordinated before it ("traf die
  // Präsidentin der EU und kündigte Sanktionen an": the EU is whom Tusk met, not whom the sanctions hit)
  // (nor before a coordinator and the subject after it, when that stands left of the trigger too: "warf Belarus … vor
  // und die EU drohte …", "dass Polen … abzieht und Belarus die Miliz entwaffnet" — that name belongs to the first clause)
  const ownPredicate = (ch: Chain): boolean => !coordinatedPredicate(ctx.view, ctx.cues, ch.last + 1, m.first + 1)
    && ![...exclude].some((x) => x.first > ch.last && x.last < m.first && ctx.view.words.slice(ch.last + 1, x.first).some((w) => ctx.cues.coordinators.has(w)));
  // German: the zu-infinitive after the trigger's clause holds the content of a request or refusal, its names are that
  // content's objects; an object of the trigger's own clause comes first ("hat Frankreich aufgefordert, seine Soldaten
  // abzuziehen": France, not whose soldiers), and a neuter pronoun there that cannot name a person is the correlate of
  // that infinitive, no object ("lehnte es ab, das Abkommen aufzukündigen")
  const own = (ch: Chain): boolean => clauseOf(ctx.view, ch.first) === clauseOf(ctx.view, m.first) || clauseOf(ctx.view, ch.first) === clauseOf(ctx.view, m.last);
  // (so do objects after a verb-final trigger, a participle or infinitive under an auxiliary or modal that ends its
  // predicate: "hat Belarus kritisiert und die EU hat …", "will die Ukraine angreifen und Polen bedrohen" — what follows
  // the coordinator is the next predicate's)
  const verbFinal = v2 && verbFinalTrigger(ctx, m);
  const inContent = v2 && (right.some((ch) => !own(ch)) || verbFinal);
  const correlate = (ch: Chain): boolean => inContent && ch.kind === 'pronoun' && ch.first === ch.last && !(ctx.cues.pronouns.get(w[ch.first]!)?.includes('PER') ?? true);
  const okOwn = (ch: Chain): boolean => ok(ch) && !correlate(ch);
  // "Selenskyj, den er im Mai empfangen hatte": a relative clause opened by an object pronoun has its antecedent as object
  const antecedent = v2 && m.entry.pos === 'verb' ? objectRelativeAntecedent(ctx, m) : null;
  if (antecedent && ok(antecedent)) return antecedent;
  return (verbFinal ? undefined : right.find((ch) => ch.role === 'core' && okOwn(ch) && ch.first < predicateEnd() && (!inContent || own(ch))))
    ?? (inContent ? left.findLast((ch) => ch.role === 'core' && okOwn(ch) && ownPredicate(ch)) : undefined)
    ?? right.find((ch) => ch.role === 'core' && okOwn(ch) && ch.first < predicateEnd() && (!verbFinal || !own(ch)))
    ?? (gerundPrep ? right.find((ch) => ch.role === gerundPrep && ok(ch) && ch.first <= m.last + 4 && ch.first < predicateEnd()) : undefined)
    ?? (v2 ? left.findLast((ch) => ch.role === 'core' && okOwn(ch) && ownPredicate(ch)) : undefined)
    ?? (v2 ? patternObject(ctx, m, ok) ?? demandedOfFronted(ctx, m, ok) : undefined)
    ?? right.find((ch) => ch.role === 'gen' && ok(ch) && ch.first <= m.last + 5)
    ?? (v2 ? left.findLast((ch) => ch.role === 'gen' && ok(ch) && ownPredicate(ch)) : undefined)
    // "versprach der Ukraine, Panzer zu schicken": a zu-infinitive's recipient may be the object of the clause before
    ?? (v2 && m.first > 0 && clauseOf(ctx.view, m.first) !== clauseOf(ctx.view, 0) && zuClause(ctx.view, clauseOf(ctx.view, m.first), ctx.cues.infinitive)
      ? ctx.view.chains.findLast((ch) => clauseOf(ctx.view, ch.first) < clauseOf(ctx.view, m.first) && ch.role === 'core' && ok(ch)) : undefined)
    ?? null;
}

/**
 * Whether a place name is the later conjunct of a prepositional phrase of places ("arrested 14 people in Mitrovica and
 * Zvecan"): the role reader sees no preposition right before it, but it shares the phrase of the place before it (only
 * list words — coordinators, commas, articles — between), so it is no object of the verb. (Places only: a person after
 * a place phrase may be the object, "traf in der Hauptstadt Präsident X und Außenminister Y".)
 */
function prepositionalConjunct(ctx: ArgContext, ch: Chain): boolean {
  const placeName = (c: Chain): boolean => c.kind === 'name' && (c.type === 'GPE' || c.type === 'LOC' || c.type === 'FAC');
  if (ch.role !== 'core' || !placeName(ch)) return false;
  const { view: v, cues } = ctx;
  const before = v.chains.findLast((c) => c.last < ch.first);
  // (a locative preposition only: "begrüsste die Waffenruhe zwischen Polen und Belarus" names both parties)
  if (!before || !placeName(before) || !before.role.startsWith('pp:') || !cues.locativePrepositions.has(before.role.slice(3)) || clauseOf(v, before.last) !== clauseOf(v, ch.first)) return false;
  let joined = false;
  for (let k = before.last + 1; k < ch.first; k++) {
    const w = v.words[k]!;
    if (cues.coordinators.has(w) || w === ',') joined = true;
    else if (!cues.determiners.has(w)) return false;
  }
  return joined;
}

/**
 * German: the part of a pattern in its own clause, when the pattern carries on into the next clause through the word
 * that opens it ("hat Belarus gewarnt, dass Warschau zurückschlagen werde"): the objects of the trigger stand in its
 * own clause, and a name in the clause after "dass" is the subject of the announced act, not the addressee. Other
 * patterns are returned as they are (a zu-infinitive after the comma holds the content of a demand, whose names the
 * argument search reads on its own).
 */
function ownClauseOf(ctx: ArgContext, m: TriggerMatch): TriggerMatch {
  const { view: v, cues } = ctx;
  const c = clauseOf(v, m.first);
  const opener = m.positions.find((p) => clauseOf(v, p) !== c);
  if (opener === undefined || !subordinatorAt(v.words, v.raw, opener, cues)) return m;
  const positions = m.positions.filter((p) => p < opener);
  return { ...m, positions, last: positions[positions.length - 1] ?? m.first };
}

/**
 * Whether a genitive chain names whose statement a speech noun right before it is, in a prepositional phrase ("nach
 * Angaben des Innenministeriums", "laut einer Erklärung der Regierung", "according to a statement of the ministry"):
 * the source of a report inside the clause, not an object of the act ("Die Polizei nahm nach Angaben des
 * Innenministeriums 37 Demonstranten fest": the ministry is no one arrested).
 */
function statementSource(ctx: ArgContext, ch: Chain): boolean {
  if (ch.role !== 'gen') return false;
  const { view: v, cues } = ctx;
  let k = ch.first;
  while (k > 0 && cues.determiners.has(v.words[k]!)) k--;
  if (k === ch.first) k--;
  if (k < 1 || !cues.speechNouns.has(v.words[k]!)) return false;
  // (only a statement inside a prepositional phrase names a source: "wies den Vorwurf Madrids zurück" rejects Madrid's
  // accusation, whose author is the addressee)
  let j = k - 1;
  while (j > 0 && cues.determiners.has(v.words[j]!)) j--;
  return cues.prepositions.has(v.words[j]!);
}

/**
 * German: the object noun that opens a verb-final pattern when it is an actor of its own ("hat die EU-Botschafterin
 * ausgewiesen", the ambassador named by her organisation's prefix): a chain on the pattern's first word, ending before
 * its next, after the clause's subject ({@link objectAfterSubject}).
 */
function patternObject(ctx: ArgContext, m: TriggerMatch, ok: (ch: Chain) => boolean): Chain | undefined {
  const next = m.positions[1];
  if (next === undefined) return undefined;
  // (not a possessive that opens the pattern: "hat seine Solidarität mit der Ukraine bekundet" says whose solidarity)
  const noun = ctx.view.chains.find((c) => c.first === m.first && c.last < next && c.role === 'core' && c.kind !== 'pronoun' && ok(c));
  return noun && objectAfterSubject(ctx, m, noun) ? noun : undefined;
}

/**
 * English: whether token `k` opens an adverbial clause ("while", "because", "after"): a subordinator that is no
 * complement marker ("that"), conditional ("if", "whether"), relative pronoun or hedge. Such a clause has a subject,
 * objects and modals of its own.
 */
export function adverbialSubordinator(v: SentenceView, cues: EventCues, k: number): boolean {
  const w = v.words[k]!;
  if (cues.verbSecond || !cues.subordinators.has(w) || cues.complementMarkers.has(w) || cues.conditionals.has(w) || cues.appositiveRelatives.has(w)
    || cues.oneWord.hypothetical.has(w) || !subordinatorAt(v.words, v.raw, k, cues)) return false;
  // a clause: a subject right after it (past articles) and a lower-case word after that ("after Poland sent tanks",
  // "while the United States condemned"; not "after deadly clashes with Tajikistan", "as mediator")
  let j = k + 1;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  const subject = v.chains.find((c) => (c.first === j || c.first === k + 1) && c.role !== 'gen');
  const end = subject ? subject.last : cues.pronouns.has(v.words[k + 1] ?? '') ? k + 1 : -1;
  const next = v.words[end + 1] ?? '';
  return end > k && v.tokens[end + 1]?.kind === 'word' && /^\p{Ll}/u.test(v.raw[end + 1]!) && !cues.determiners.has(next) && !cues.prepositions.has(next);
}

/** English: where the predicate of verb trigger `m` ends: a second predicate, "but"/"yet", or an adverbial clause after it. */
function predicateEndOf(ctx: ArgContext, m: TriggerMatch): number {
  return Math.min(secondPredicate(ctx.view, ctx.cues, m.last + 1), predicateCoordinatorAfter(ctx, m.last + 1), adverbialClauseAfter(ctx, m.last + 1));
}

/** English: the first adverbial subordinator (see {@link adverbialSubordinator}) at or after `from`, or the sentence length. */
function adverbialClauseAfter(ctx: ArgContext, from: number): number {
  for (let k = from; k < ctx.view.words.length; k++) if (adverbialSubordinator(ctx.view, ctx.cues, k)) return k;
  return ctx.view.words.length;
}

/** English: the first predicate coordinator ("but", "yet") at or after `from`, or the sentence length. */
function predicateCoordinatorAfter(ctx: ArgContext, from: number): number {
  for (let k = from; k < ctx.view.words.length; k++) if (ctx.cues.predicateCoordinators.has(ctx.view.words[k]!)) return k;
  return ctx.view.words.length;
}

/** German: the first coordinator at or after `from` in the clause of `from - 1` that opens a predicate of its own (see {@link coordinatedPredicate}), or the sentence length. */
function coordinatorOfPredicate(ctx: ArgContext, from: number): number {
  const v = ctx.view;
  for (let k = from; k + 1 < v.words.length && clauseOf(v, k) === clauseOf(v, from - 1); k++) if (coordinatedPredicate(v, ctx.cues, k, k + 2)) return k;
  return v.words.length;
}

/** The first coordinator at or after `from` in the clause of `from - 1` that stands right before a verb trigger, or the sentence length. */
export function verbAfterCoordinator(ctx: ArgContext, from: number): number {
  const v = ctx.view;
  const starts = ctx.verbStarts;
  for (let k = from; k + 1 < v.words.length && clauseOf(v, k) === clauseOf(v, from - 1); k++) {
    if (ctx.cues.coordinators.has(v.words[k]!) && starts.has(k + 1) && /^\p{Ll}/u.test(v.raw[k + 1]!)) return k;
  }
  return v.words.length;
}

/**
 * Whether words[k] opens a modal of obligation: a one-word entry ("must", "müsse") or a two-word one whose second word
 * follows ("has to", "needs to": the lexicon keeps it as one string with a space) and that no negator just before
 * turns into the lack of one ("does not have to", "don't need to").
 */
export function obligationModalAt(words: readonly string[], k: number, cues: EventCues): boolean {
  const w = words[k]!;
  if (cues.obligationModals.has(w)) return true;
  const next = words[k + 1];
  return next !== undefined && cues.obligationModals.has(`${w} ${next}`) && !cues.oneWord.negators.has(words[k - 1] ?? '');
}

/**
 * The subject of a complement clause right after the trigger: "demanded that Sudan and the RSF
 * stop …", "forderte am Montag, dass Israel …". The marker must follow the trigger closely (a comma
 * or a time in between), the subject must open the complement clause (determiners and adjectives
 * before it).
 */
function complementSubject(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const v = ctx.view;
  for (let k = m.last + 1; k < v.words.length && k <= m.last + 6; k++) {
    const w = v.words[k]!;
    if (ctx.verbSecond && w === ',') {
      const told = obligedAfterComma(ctx, k, exclude);
      if (told) return told;
    }
    if (!ctx.cues.complementMarkers.has(w) || !subordinatorAt(v.words, v.raw, k, ctx.cues)) continue;
    const ch = v.chains.find((c) => c.first > k && c.first <= k + 3 && c.role === 'core' && !exclude.has(c) && c.entity !== '');
    if (!ch) return null;
    for (let j = k + 1; j < ch.first; j++) if (!ctx.cues.determiners.has(v.words[j]!) && !/^\p{Ll}/u.test(v.raw[j]!)) return null;
    return ch;
  }
  return null;
}

/**
 * German: the subject of a demand reported in a main clause after a comma ("forderte, Merz müsse den Bundestag
 * unterrichten", "verlangte am Montag, die Regierung solle …"): an acting chain opening the clause after the comma at
 * `k` (determiners before it), with a modal of obligation right after it. Or null.
 */
function obligedAfterComma(ctx: ArgContext, k: number, exclude: ReadonlySet<Chain>): Chain | null {
  const { view: v, cues } = ctx;
  let j = k + 1;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  // (a description may hold its article: "die chinesische Regierung")
  return v.chains.find((c) => c.first > k && c.first <= j && c.role === 'core' && c.kind !== 'pronoun' && !exclude.has(c) && c.entity !== '' && canAct(c.type)
    && obligationModalAt(v.words, c.last + 1, cues)) ?? null;
}

/** English: whether `ch` stands after the subject of a content clause of verb trigger `m` ("demanded that Russia withdraw … from Ukraine"). */
function inContentClause(ctx: ArgContext, m: TriggerMatch, ch: Chain, exclude: ReadonlySet<Chain>): boolean {
  const sub = complementSubject(ctx, m, exclude);
  return sub !== null && sub.last < ch.first;
}

function prepObject(ctx: ArgContext, m: TriggerMatch, prep: string, exclude: ReadonlySet<Chain>): Chain | null {
  const { left, right } = sides(ctx.view, m, ctx.cues.infinitive);
  const role = `pp:${prep}`;
  // (English: not past a second predicate: "did not meet Xi and then cancelled the summit with Modi"; nor past the
  // subject of a content clause: "demanded that Russia withdraw its troops from Ukraine" — "from" is the clause's)
  const after = right.find((ch) => ch.role === role && !exclude.has(ch));
  if (after && (ctx.verbSecond || m.entry.pos !== 'verb' || (after.first < predicateEndOf(ctx, m) && !inContentClause(ctx, m, after, exclude)))) return after;
  return left.findLast((ch) => ch.role === role && !exclude.has(ch) && !complementizerBetween(ctx, ch.last, m.first)) ?? actNounDoer(ctx, m, prep, exclude);
}

/**
 * Whether a complementizer that opens a content clause ("that", "dass": a complement marker that is a subordinator)
 * stands between token `from` and token `to`: a phrase before it belongs to the clause it completes, not to a trigger
 * after it ("said on X that Pakistani artillery had shelled villages": X is where it was said, not what was shelled).
 */
function complementizerBetween(ctx: ArgContext, from: number, to: number): boolean {
  const { view: v, cues } = ctx;
  for (let k = from + 1; k < to; k++) if (cues.complementMarkers.has(v.words[k]!) && subordinatorAt(v.words, v.raw, k, cues)) return true;
  return false;
}

/** Furthest a preposition may stand after its trigger ("protestierte am Montag in einer Note scharf gegen …"). */
const PREP_REACH = 8;

/**
 * "protestierte gegen das Vorgehen der Türkei", "protested against the decision of Cambodia": the preposition governs a
 * generic act noun (`actNouns`: its genitive names who acted), so the genitive is the preposition's actor. Other nouns
 * keep their genitive ("gegen die Festnahme der Journalisten" names whom the act concerns).
 */
function actNounDoer(ctx: ArgContext, m: TriggerMatch, prep: string, exclude: ReadonlySet<Chain>): Chain | null {
  const { view: v, cues } = ctx;
  const clause = clauseOf(v, m.last);
  const end = Math.min(v.words.length, m.last + 1 + PREP_REACH);
  // (the preposition may close the pattern itself: "protested … against")
  let k = m.first + 1;
  while (k < end && v.words[k] !== prep && clauseOf(v, k) === clause) k++;
  if (k >= end || v.words[k] !== prep) {
    // (German verb-final clauses put the phrase before the verb: "um gegen das Vorgehen der Regierung zu protestieren")
    if (!ctx.verbSecond) return null;
    k = m.first - 1;
    while (k >= 0 && m.first - k <= PREP_REACH + 4 && v.words[k] !== prep && clauseOf(v, k) === clauseOf(v, m.first)) k--;
    if (k < 0 || v.words[k] !== prep || clauseOf(v, k) !== clauseOf(v, m.first)) return null;
  }
  let j = k + 1;
  // (German writes every noun with a capital: a lowercase word after the article is an adjective, "gegen das neue Gesetz")
  const modifier = (w: string, raw: string): boolean => /^\p{Ll}/u.test(raw) && (adjective(w, cues) || (ctx.verbSecond && !cues.prepositions.has(w) && !cues.coordinators.has(w)));
  while (j < v.words.length && j <= k + 3 && (cues.determiners.has(v.words[j]!) || modifier(v.words[j]!, v.raw[j]!))) j++;
  if (!actNoun(ctx, j)) return null;
  // (not the doer's own act again: "protestierten gegen das Verbot ihrer Partei" names whose party, not who banned it)
  const own = new Set([...exclude].map((ch) => ch.entity));
  return v.chains.find((ch) => (ch.first === j + 1 || ch.first === j + 2) && ch.role === 'gen' && !exclude.has(ch) && !own.has(ch.entity) && clauseOf(v, ch.first) === clause) ?? null;
}

/**
 * Whether token `j` is a generic act noun (`actNouns`), in German also as the head of a compound written as one word
 * ("Mediengesetz", "Militärmanöver", "Grenzschließung": the last part names the act; heads of five letters or more).
 */
function actNoun(ctx: ArgContext, j: number): boolean {
  const w = ctx.view.words[j];
  if (w === undefined) return false;
  if (ctx.cues.actNouns.has(w)) return true;
  if (!ctx.verbSecond || !/^\p{Lu}/u.test(ctx.view.raw[j]!)) return false;
  for (const n of ctx.cues.actNouns) if (n.length >= 5 && w.length >= n.length + 3 && w.endsWith(n)) return true;
  return false;
}

/**
 * The actor right before a noun trigger: an adjective ("American sanctions", "russische
 * Lieferungen"), a possessive ("Washingtons Militäroperation", "Sudan’s sanctions") or, in English,
 * a name used as a modifier ("US sanctions"); at most two adjectives in between ("Trumps jüngste
 * Aussagen"), never a determiner, preposition or conjunction.
 */
function leftAttribute(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const v = ctx.view;
  for (const ch of v.chains) {
    if (ch.last >= m.first || ch.last < m.first - 3) continue;
    let ok = clauseOf(v, ch.last) === clauseOf(v, m.first);
    for (let k = ch.last + 1; k < m.first && ok; k++) {
      const w = v.words[k]!;
      if (v.tokens[k]!.kind !== 'word' || !/^\p{Ll}/u.test(v.raw[k]!) || ctx.cues.determiners.has(w) || ctx.cues.prepositions.has(w) || ctx.cues.coordinators.has(w) || ctx.cues.genitiveMarkers.has(w)) ok = false;
    }
    const last = v.raw[ch.last]!;
    // a personal pronoun is never an attribute ("dass es weitere Aktionen gibt"); a possessive is ("his vow")
    if (ch.kind === 'pronoun' && !ctx.cues.possessives.has(v.words[ch.last]!)) continue;
    const possessive = /(s|’s|'s|’|')$/u.test(last);
    if (ok && (ch.kind === 'adjective' || possessive || !ctx.cues.nounGenitive)) return ch;
  }
  return null;
}

/** The genitive or of-phrase right after a noun trigger ("der iranischen Atomanlagen", "of Sudan"). */
function genitive(ctx: ArgContext, m: TriggerMatch): Chain | null {
  const v = ctx.view;
  // German: a name right after the noun is its apposition and names the same thing ("verbot die Organisation Greenpeace")
  const apposition = (ch: Chain): boolean => ctx.cues.nounGenitive && ch.first === m.last + 1 && ch.role === 'core' && ch.kind === 'name' && /^\p{Lu}/u.test(v.raw[m.last]!);
  return v.chains.find((ch) => ch.first > m.last && ch.first <= m.last + 4 && (ch.role === 'gen' || apposition(ch)) && clauseOf(v, ch.first) === clauseOf(v, m.last))
    // German: in a verb-final pattern the genitive of its object noun stands inside the span ("die Botschaft Argentiniens
    // in Caracas geschlossen")
    ?? (ctx.verbSecond && m.entry.pos === 'verb' && m.positions.length > 1
      ? v.chains.find((ch) => ch.role === 'gen' && ch.first > m.first && ch.last < m.last && m.positions.some((p) => p < ch.first && ch.first - p <= 3) && clauseOf(v, ch.first) === clauseOf(v, m.first)) ?? null
      : null)
    // (English: a noun pattern that runs on past its of-phrase, "Criticism of Russia came from the EU")
    ?? (!ctx.verbSecond && m.entry.pos === 'noun' && m.positions.length > 1
      ? v.chains.find((ch) => ch.role === 'gen' && ch.first > m.first && ch.first <= m.first + 4 && ch.last < m.positions[1]! && clauseOf(v, ch.first) === clauseOf(v, m.first)) ?? null
      : null);
}

/** The actors of the genitive or of-phrase right after a noun trigger ("des UN-Sicherheitsrats", "of the Security Council"), with those coordinated with it. */
export function genitiveActor(ctx: ArgContext, m: TriggerMatch): string[] {
  const ch = genitive(ctx, m);
  return ch && canAct(ch.type) ? coordinated(ctx.view, ctx.cues, ch).map((c) => c.entity).filter((id) => id !== '') : [];
}

/** Actor of a hyphenated prefix of the trigger word ("US-Bombardierung" → usa). */
function prefixActor(ctx: ArgContext, m: TriggerMatch): string | null {
  if (m.prefixChars === 0) return null;
  const v = ctx.view;
  const inside = v.chains.find((ch) => ch.first <= m.first && ch.last >= m.first);
  if (inside) return inside.entity || null;
  const raw = v.raw[m.first]!;
  const prefix = raw.slice(0, raw[m.prefixChars - 1] === '-' ? m.prefixChars - 1 : m.prefixChars);
  return ctx.idx.aliases.get(prefix.toLowerCase()) ?? null;
}

/** Speaker of the quote that contains the trigger, or whose speech cue lies in the trigger's sentence. */
export function quoteSpeaker(ctx: ArgContext, m: TriggerMatch): string | null {
  const t = ctx.view.tokens[m.first]!;
  for (const q of ctx.quotes) {
    if (q.speaker === null) continue;
    if (q.start <= t.start && t.end <= q.end) return q.speaker;
    if (q.cue && q.cue.start <= t.start && t.end <= q.cue.end) return q.speaker;
  }
  return null;
}

/** Whether a means of contact or transport ("telephone", "a video link") follows the preposition at `k` (after determiners). */
function meansAfter(ctx: ArgContext, k: number): boolean {
  let j = k + 1;
  while (j < ctx.view.words.length && ctx.cues.determiners.has(ctx.view.words[j]!)) j++;
  return ctx.cues.agentMeans.has(ctx.view.words[j] ?? '');
}

/** An adjective that may stand before a noun ("a phased withdrawal", "with nuclear strikes"): by its ending or listed (the cues' nounModifiers). */
export const adjective = (w: string, cues: EventCues): boolean => cues.nounModifiers.words.has(w) || cues.nounModifiers.suffixes.some((sfx) => w.endsWith(sfx));

interface Filled { chains: Chain[]; ids: string[]; slot: string }

function fill(ctx: ArgContext, m: TriggerMatch, slots: readonly Slot[], exclude: Set<Chain>, passive: boolean, forTarget = false): Filled {
  for (const raw of slots) {
    let slot = raw;
    if (passive && slot === 'subj') slot = 'agent';
    else if (passive && slot === 'obj') slot = 'subj';
    let ch: Chain | null = null;
    if (slot === 'subj') ch = subject(ctx, m, exclude);
    else if (slot === 'obj') ch = object(ctx, m, exclude);
    else if (slot === 'vobj') {
      // only determiners and modifiers between the pattern's verb and its object; further on, the clause's own
      // object follows ("Russia's threat to cut gas supplies to Germany worried Poland")
      ch = object(ctx, m, exclude);
      if (ch && !ctx.view.words.slice(m.last + 1, ch.first).every((x) => ctx.cues.determiners.has(x) || ctx.cues.possessives.has(x) || adjective(x, ctx.cues))) ch = null;
    } else if (slot === 'self') {
      // "The Chinese ambassador was summoned": a description that holds the trigger noun names whom the act concerns
      ch = ctx.view.chains.find((c) => c.first < m.first && c.last >= m.first && c.kind === 'description' && !exclude.has(c)) ?? null;
    } else if (slot === 'left') ch = leftAttribute(ctx, m);
    else if (slot === 'gen') ch = genitive(ctx, m);
    else if (slot === 'comp') ch = complementSubject(ctx, m, exclude);
    else if (slot === 'agent') {
      for (const p of ctx.cues.agentPrepositions) if (!ch) ch = prepObject(ctx, m, p, exclude);
    } else if (slot.startsWith('pp:') || slot.startsWith('host:')) ch = prepObject(ctx, m, slot.slice(slot.indexOf(':') + 1), exclude);
    else if (slot.startsWith('place:')) {
      ch = prepObject(ctx, m, slot.slice(6), exclude);
      if (ch && ch.place !== true) ch = null;
    }
    else if (slot === 'prefix') {
      const id = prefixActor(ctx, m);
      if (id) return { chains: [], ids: [id], slot };
    } else if (slot === 'speaker') {
      const id = quoteSpeaker(ctx, m);
      if (id) return { chains: [], ids: [id], slot };
    }
    // "stand by its partner Guyana", "criticised its neighbour Belarus": a name after a possessive and one lower-case
    // noun is that noun's apposition and the real object; the possessive only says whose partner
    if (ch && !ctx.verbSecond && (slot === 'obj' || slot.startsWith('pp:')) && ch.first === ch.last && ctx.cues.possessives.has(ctx.view.words[ch.last]!)) {
      const v = ctx.view;
      const noun = ch.last + 1;
      const apposition = v.chains.find((c) => c.first === noun + 1 && c.kind === 'name' && !exclude.has(c));
      if (apposition && v.tokens[noun]?.kind === 'word' && /^\p{Ll}/u.test(v.raw[noun]!) && !ctx.cues.determiners.has(v.words[noun]!) && !ctx.cues.prepositions.has(v.words[noun]!)) ch = apposition;
    }
    // an unresolved first person ("unser") can stand for the speaker as source, never as target
    if (ch && !exclude.has(ch) && !(forTarget && ch.entity === '')) {
      const group = coordinated(ctx.view, ctx.cues, ch);
      return { chains: group, ids: group.map((g) => g.entity), slot };
    }
  }
  return { chains: [], ids: [], slot: '-' };
}

/** The non-empty target ids of a filled slot. */
const targets0 = (f: Filled): string[] => f.ids.filter((id) => id !== '');

/**
 * German: the frame a relative clause right after a noun trigger gives it ("Die Sanktionen, die die EU im Mai gegen
 * Russland verhängt hatte", "das Abkommen, das Kiew mit Moskau geschlossen hatte"): a comma and a relative pronoun right
 * after the noun, the clause's own subject (an acting core chain) right after the pronoun (past articles), the clause
 * closing with a lower-case verb form; the target is the first chain of the clause in one of the entry's `pp:` target
 * slots. Null otherwise.
 */
function relativeFrame(ctx: ArgContext, m: TriggerMatch): { source: string; targets: string[] } | null {
  const { view: v, cues } = ctx;
  if (!ctx.verbSecond || m.entry.pos !== 'noun' || v.words[m.last + 1] !== ',' || !relativePronoun(cues, v.words[m.last + 2] ?? '')) return null;
  const c = clauseOf(v, m.last + 2);
  let j = m.last + 3;
  while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
  const subject = v.chains.find((ch) => (ch.first === j || ch.first === m.last + 3) && clauseOf(v, ch.first) === c && ch.role === 'core' && ch.kind !== 'pronoun' && canAct(ch.type) && ch.entity !== '');
  if (!subject) return null;
  let end = subject.last + 1;
  while (end < v.words.length && clauseOf(v, end) === c && v.tokens[end]!.kind === 'word') end++;
  if (!/^\p{Ll}/u.test(v.raw[end - 1] ?? '')) return null;
  const preps = m.entry.target.filter((t) => t.startsWith('pp:')).map((t) => t.slice(3));
  const target = v.chains.find((ch) => ch.first > subject.last && ch.last < end && preps.some((p) => ch.role === `pp:${p}`) && canAct(ch.type) && ch.entity !== subject.entity);
  return { source: subject.entity, targets: target && target.entity !== '' ? [target.entity] : [] };
}

/** Types that judge an act: their addressee is whoever did it (README: the spec's convention for criticism). */
const JUDGING_TYPES: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);

/**
 * "condemned the arrest of Nika Melia by Georgian police", "verurteilte die Festnahme Melias durch die Polizei
 * Georgiens": the object of a judging verb is an act noun whose doer an agent preposition names (`agentPrepositions`
 * that are no `genitivePrepositions`: "by", "durch"; "von" also names the patient); that doer is the addressee, not the
 * patient the first object chain names. The act noun stands within four words after the verb, before the object chain.
 */
function judgedActDoer(ctx: ArgContext, m: TriggerMatch, f: Filled): Filled {
  const { view: v, cues } = ctx;
  const first = f.chains[0];
  if (!JUDGING_TYPES.has(m.entry.type) || m.entry.pos !== 'verb' || !first || first.first <= m.last) return f;
  let noun = -1;
  // (a verb entry after an article is its noun: "the arrest")
  for (let k = m.last + 1; k < first.first && k <= m.last + 4; k++) if (ctx.nounStarts.has(k) || (ctx.verbStarts.has(k) && cues.determiners.has(v.words[k - 1]!))) noun = k;
  if (noun < 0) return f;
  const c = clauseOf(v, noun);
  for (let k = noun + 1; k < v.words.length && k <= noun + 8 && clauseOf(v, k) === c; k++) {
    const w = v.words[k]!;
    if (!cues.agentPrepositions.includes(w) || cues.genitivePrepositions.has(w)) continue;
    let j = k + 1;
    while (j < v.words.length && cues.determiners.has(v.words[j]!)) j++;
    const doer = v.chains.find((ch) => (ch.first === j || ch.first === k + 1) && canAct(ch.type) && ch.entity !== '');
    return doer ? { chains: [doer], ids: [doer.entity], slot: `${f.slot}+by` } : f;
  }
  return f;
}

/**
 * Types whose place phrase names where forces go or where people meet, not whom the act concerns: a consultation's
 * partner is an actor, the town it is held in or travelled to is its venue ("kündigte an, nach Genf zu reisen", "will
 * travel to Geneva"; a capital that stands for its state is that state already).
 */
const DEPLOYMENTS: ReadonlySet<string> = new Set(['MOBILIZE', 'CONSULT']);

/**
 * A deployment's destination is no recipient when it is a town or region ("verlegte Soldaten nach Brčko", "ordered
 * troops to Sinaloa", "in die Grenzregion"): a place of a prepositional slot that is no country (a capital already
 * stands for its state) is dropped from the targets of a `DEPLOYMENTS` type; the development gold codes such acts
 * without a target, and one sent into a state ("nach Belarus", "into Guyana") keeps it.
 */
function destinationsDropped(ctx: ArgContext, m: TriggerMatch, f: Filled): Filled {
  if (!DEPLOYMENTS.has(m.entry.type) || !(f.slot.startsWith('pp:') || f.slot.startsWith('place:'))) return f;
  // (a town the knowledge base does not know is a place only the tagger or the entity layer's capitalised runs found, "to
  // Sinaloa": no country is missing from the base; a state the text names only by its capital, "nach Minsk", is no
  // entity of the document and stays)
  const town = (id: string): boolean => {
    const e = ctx.idx.entities.get(id);
    return e !== undefined && e.type === 'GPE' && (e.kbKind === 'city' || e.kbKind === 'place' || ((e.kbKind ?? null) === null && (e.rule === 'ner' || e.rule === 'caps-run')));
  };
  const keep = f.chains.map((c) => !town(c.entity));
  if (keep.every(Boolean)) return f;
  return { chains: f.chains.filter((_, i) => keep[i]), ids: f.ids.filter((_, i) => keep[i] ?? true), slot: keep.some(Boolean) ? f.slot : '-' };
}

/**
 * The addressee of a pledge ("hat Belarus zugesagt, …", "versprach der Ukraine, …"): the first acting name of the
 * pledge's own clause that is no mention of its source (names in the pledged content are that act's own).
 */
export function pledgeAddressee(ctx: ArgContext, g: TriggerMatch, sources: readonly string[]): string[] {
  const v = ctx.view;
  const c = clauseOf(v, g.first);
  const ch = v.chains.find((x) => clauseOf(v, x.first) === c && x.role === 'core' && x.entity !== '' && !sources.includes(x.entity)
    && canAct(x.type) && x.kind !== 'pronoun');
  return ch ? coordinated(v, ctx.cues, ch).map((x) => x.entity).filter((id) => id !== '' && !sources.includes(id)) : [];
}

/**
 * English: whether the word at `k`, before an actor adjective and the trigger after it, makes the two a noun phrase: a
 * determiner ("a Russian attack"), a preposition ("killed in Russian attacks") or a verb trigger whose object the phrase
 * is ("condemned Russian attacks on Ukraine"); lower-case adjectives before the actor adjective are passed over
 * ("in repeated Russian attacks"). The adjective then names the act's doer, not the clause's subject.
 */
function attributePosition(ctx: ArgContext, k: number): boolean {
  const { view: v, cues } = ctx;
  let j = k;
  // (not past a verb trigger, which may end like an adjective: "condemned")
  while (j > 0 && j >= k - 2 && !ctx.verbStarts.has(j) && /^\p{Ll}/u.test(v.raw[j]!) && adjective(v.words[j]!, cues) && !cues.determiners.has(v.words[j]!) && !cues.prepositions.has(v.words[j]!)) j--;
  const w = v.words[j]!;
  return cues.determiners.has(w) || (cues.prepositions.has(w) && /^\p{Ll}/u.test(v.raw[j]!)) || ctx.verbStarts.has(j);
}

/**
 * A `host:X` target ("held talks in Beijing", "will in Belgrad Gespräche führen"): the state whose capital or seat hosts
 * the talks of one party, which thereby meets that state (the development gold codes such talks with the host state, as
 * a visit to it). Only a state, only for a single party that is not of that state: two parties who meet in a third
 * capital meet each other ("Mirzoyan and Bayramov held talks in Abu Dhabi"), and a minister who holds talks at home meets
 * nobody the place names ("Wang Yi held talks in Beijing").
 */
function hostOnly(ctx: ArgContext, src: Filled, tgt: Filled): Filled {
  if (!tgt.slot.startsWith('host:')) return tgt;
  // (a state, or a seat of government the view read as its state; not a city: "talks in Geneva")
  // (every host the clause names: "will am Mittwoch in Pristina und am Donnerstag in Belgrad Gespräche führen")
  const role = `pp:${tgt.slot.slice(tgt.slot.indexOf(':') + 1)}`;
  const clause = tgt.chains.length > 0 ? clauseOf(ctx.view, tgt.chains[0]!.first) : -1;
  const hosts = ctx.view.chains.filter((c) => (tgt.chains.includes(c) || (c.role === role && clauseOf(ctx.view, c.first) === clause))
    && c.type === 'GPE' && (kbKind(ctx.idx, c.entity) === 'country' || (kbKind(ctx.idx, c.entity) === null && c.place === true)));
  const party = src.ids.length === 1 ? src.ids[0]! : null;
  if (party === null || party === '' || hosts.length === 0 || hosts.some((c) => c.entity === party || stateOf(ctx.idx, party) === c.entity)) return { chains: [], ids: [], slot: '-' };
  return { chains: hosts, ids: hosts.map((c) => c.entity), slot: tgt.slot };
}

/**
 * Reads source and target of a trigger from its frame. The passive swaps the frame (the agent
 * phrase "von/durch/by" is the source, the subject the target). First-person actors and missing
 * sources inside a quote go to the quote's speaker: a speech act is an event of its speaker.
 */
export function findArguments(ctx: ArgContext, m: TriggerMatch): Arguments {
  const e = m.entry;
  const passive = e.pos === 'verb' && isPassive(ctx, m);
  const exclude = new Set<Chain>();
  // a verb-entry word after a possessive is a noun whose possessor is its doer ("its supply of drones to Russia")
  // as is a nationality adjective between a determiner and it ("killed in a Russian attack on Kyiv"; English: a German
  // pattern that opens with its object noun, "zwei deutsche Diplomaten ausgewiesen", has the object's adjective there)
  // (German: not before the object noun that opens a verb-final pattern, "hat seine Grenze zu Kolumbien geschlossen":
  // the possessive says whose border, the clause's subject closed it)
  const objectFirst = ctx.verbSecond && m.positions.length > 1 && /^\p{Lu}/u.test(ctx.view.raw[m.first]!);
  const owner = e.pos === 'verb' && !objectFirst && ctx.view.chains.some((ch) => ch.last === m.first - 1 && (ctx.cues.possessives.has(ctx.view.words[ch.last]!) || /(’s|'s|s’|s')$/u.test(ctx.view.raw[ch.last]!)
    || (!ctx.verbSecond && ch.kind === 'adjective' && ch.first > 0 && attributePosition(ctx, ch.first - 1))));
  const src0 = fill(ctx, m, owner ? ['left'] : e.source, exclude, passive);
  const src = { ...src0, chains: src0.chains.filter((c) => canAct(c.type)), ids: src0.ids.filter((_, i) => !src0.chains[i] || canAct(src0.chains[i]!.type)) };
  for (const c of src.chains) exclude.add(c);
  // (a co-agent acts with the subject, no target: "gemeinsam mit Mali … ausgetreten")
  const co = passive || src.ids.length === 0 ? [] : coAgents(ctx, m).filter((c) => !src.chains.includes(c));
  for (const c of co) exclude.add(c);
  let tgt = hostOnly(ctx, src, judgedActDoer(ctx, m, destinationsDropped(ctx, m, fill(ctx, m, e.target, exclude, passive, true))));
  // a subject that is the source again hides the real one: "He said that Sudan's government continued to commit
  // abuses", Reeves's accusation (source: the speaker), has Sudan's government as the subject of the accused act
  if (tgt.slot === 'subj' && tgt.ids.length > 0 && tgt.ids.every((id) => src.ids.includes(id))) {
    const again = new Set(exclude);
    for (const c of tgt.chains) again.add(c);
    const next = fill(ctx, m, e.target, again, passive, true);
    if (next.slot === 'subj') tgt = next;
  }
  // "attacked a wing controlled by Los Choneros", "griffen einen von der Armee gehaltenen Posten an": a place or
  // facility the frame reads no actor in is whom the act concerns through the one who holds it
  if (tgt.ids.length === 0 && HELD_TYPES.has(e.type) && e.pos === 'verb' && !passive) {
    const holder = heldBy(ctx, m, exclude);
    if (holder) tgt = { chains: [holder], ids: [holder.entity], slot: 'held' };
  }
  let sources = src.ids;
  // (a target that names only the sources again is none: "X and Y signed an agreement that allows their troops to …")
  if (e.symmetric && src.ids.length > 1 && tgt.ids.every((id) => src.ids.includes(id))) {
    // "Kim und Trump haben sich getroffen": the first-named party is the source
    tgt = { chains: [], ids: src.ids.slice(1), slot: 'coord' };
    sources = src.ids.slice(0, 1);
  }
  // a speech act is an event of its speaker; material acts reported in a quote are not the speaker's.
  // A pronoun subject of reported speech is the speaker too ("Guterres erklärte, er sei besorgt").
  const verbal = VERBAL_TYPES.has(e.type);
  // (not a person's pronoun when an office or a capital speaks: "Er habe ihn gedrängt, teilte das Präsidialamt in
  // Brasília mit" — "er" is the president named before)
  const quoted = verbal ? quoteSpeaker(ctx, m) : null;
  const quotedType = quoted === null ? undefined : ctx.idx.entities.get(quoted)?.type;
  const pronounSource = src.chains.length > 0 && src.chains.every((c) => c.kind === 'pronoun' && (c.entity === '' || c.firstPerson || quotedType === undefined || c.type === quotedType));
  // a verb whose subject the quote leaves unnamed ("what could persuade …") is content, not the speaker's act
  const unnamedVerb = sources.length === 0 && e.pos === 'verb' && !e.source.includes('speaker');
  const speaker = verbal && !unnamedVerb && (sources.length === 0 || sources.some((s) => s === '') || src.chains.some((c) => c.firstPerson) || pronounSource) ? quoted : null;
  if (speaker) sources = [speaker];
  // an unnamed office-holder who speaks for a state or organisation ("A spokesperson for the fund … urged") acts as the
  // speaker the quotes stage found for it, as the spec counts actors the article never names
  else if (quoted !== null && quotedType !== 'PER' && sources.length === 1 && unnamedPerson(ctx, sources[0]!)) sources = [quoted];
  // "Serbien werde «nicht tatenlos zusehen», sagte Vučić", "Thailand would not give up a single centimetre, Anutin told
  // reporters": a refusal or threat a named person announces for their own state is that person's (the development gold
  // codes the speaker; a state's act reported by someone of another side, or by someone whose state the entity layer
  // does not know, keeps the state; the act keeps the state as its source while its addressee is found, see code.ts
  // codeEvents)
  // (a named person only: an unnamed spokesperson speaks for the state, which stays the source)
  const voice = !speaker && quoted !== null && STANCE_TYPES.has(e.type) && sources.length === 1 && quotedType === 'PER' && !unnamedPerson(ctx, quoted)
    && (stateOf(ctx.idx, quoted) ?? officeWithoutState(ctx, m, quoted, sources[0]!)) === sources[0] ? quoted : undefined;
  // English nominal acts name their doer with "by" ("attacks by Russia on Ukraine", "the arrest of … by China")
  if (!ctx.verbSecond && !passive && sources.length === 0) {
    const agent = byAgent(ctx, m, exclude);
    if (agent) sources = [agent.entity];
  }
  sources = sources.filter((s) => s !== '');
  if (sources.length > 0) for (const c of co) if (!sources.includes(c.entity)) sources.push(c.entity);
  if (thirdPartyAct(ctx, m, sources)) return { sources: [], targets: [], how: 'third-party' };
  // "Die Sanktionen, die die EU gegen Russland verhängt hatte": a relative clause right after an act noun names its doer
  // as the clause's subject and its target in the noun's own prepositional slots
  if (sources.length === 0 && targets0(tgt).length === 0) {
    const rel = relativeFrame(ctx, m);
    if (rel) return { sources: [rel.source], targets: rel.targets, how: 'relative>relative' };
  }
  // "In Minsk wurden zwei Journalisten festgenommen", "Police arrested Melia in Tbilisi": the unnamed authorities of
  // the place act, as the spec counts an actor the article never names as their state
  let authority = '';
  if (sources.length === 0) {
    const state = placeAuthority(ctx, m, passive);
    if (state && !tgt.ids.includes(state)) {
      sources = [state];
      authority = '+place';
    }
  }
  // "Zwei Männer wurden festgenommen, teilte die Polizei in Punjab mit", "Nach Angaben der beninischen Polizei wurden …
  // festgenommen", "were arrested, the interior minister said": the authority that reports an arrest it names no doer
  // of carried it out (a person who reports it, for their state)
  if (sources.length === 0 && passive) {
    const reporter = reportingAuthority(ctx, m);
    if (reporter && !tgt.ids.includes(reporter)) {
      sources = [reporter];
      authority = '+reporter';
    }
  }
  let targets = tgt.ids.filter((t) => t !== '' && !sources.includes(t));
  // "wurden 34 Personen festgenommen, unter ihnen der Bündnischef X": the named member of the counted patients
  const member = targets.length === 0 ? countedMember(ctx, m) : null;
  if (member !== null && !sources.includes(member)) targets = [member];
  const how = `${passive ? 'passive:' : ''}${src.slot}>${member !== null ? 'member' : tgt.slot}${authority}`;
  // "Russland und die Ukraine tauschten Gefangene aus", "accused each other of …": one act each way
  if (e.reciprocal || (e.pos === 'verb' && reciprocalMarked(ctx, m))) {
    const parties = [...new Set([...sources, ...targets])];
    if (parties.length >= 2 && (targets.length === 0 || sources.length === 1)) {
      const pairs: [string, string][] = [];
      for (const a of parties) for (const b of parties) if (a !== b) pairs.push([a, b]);
      return { sources, targets, how: `${how}+reciprocal`, pairs };
    }
  }
  return voice === undefined ? { sources, targets, how } : { sources, targets, how, voice };
}

/**
 * Whether a warning of an `ownAct` entry announces another actor's act: the chain that ends last before the pattern's
 * last element (the announced act) and after the complementiser is a name of an entity that is none of the sources ("NATO warned that
 * Russia could attack"; not "Russia warned Ukraine that it would respond", where the pronoun is the source, nor "Azerbaijan
 * warned that Baku could take measures", where the capital stands for the source, nor a person's warning about their
 * own state or, when the entity layer knows no state of theirs, any state).
 */
function thirdPartyAct(ctx: ArgContext, m: TriggerMatch, sources: readonly string[]): boolean {
  const { view: v, cues, idx } = ctx;
  // (the act's word closes the pattern: "warned that … could attack", "warnte, dass … angreifen könnte")
  const modal = m.positions.length > 1 ? m.positions[m.positions.length - 1] : undefined;
  if (!m.entry.ownAct || modal === undefined || sources.length === 0) return false;
  // (the complement's own words only: "warned Caracas that any aggression would …" names the addressee before "that")
  // (without a complementiser the words before the modal may be the addressee and its pronoun: "Kazakhstan warned Russia
  // it would halt …"; no test then)
  let from = -1;
  for (let k = m.first + 1; k < modal; k++) if (cues.complementMarkers.has(v.words[k]!)) from = k;
  if (from < 0) return false;
  const subject = v.chains.findLast((c) => c.first > from && c.last < modal);
  if (subject === undefined || subject.kind !== 'name' || subject.entity === '') return false;
  // (a person's own state is their side: "Aliyev warned that Baku could take other measures"; a person whose state
  // the entity layer does not know may speak for the state named: "Jaishankar warned Pakistan that India would respond")
  const ownSide = (s: string): boolean => {
    if (s === subject.entity) return true;
    const state = stateOf(idx, s);
    return state === subject.entity || (state === null && idx.entities.get(s)?.type === 'PER');
  };
  return !sources.some(ownSide);
}

/** Types only a state's authorities carry out, so an unnamed doer is the state where it happened (arrests, detentions, curfews). */
export const AUTHORITY_TYPES: ReadonlySet<string> = new Set(['COERCE']);

/**
 * The state whose unnamed authorities did an act of `AUTHORITY_TYPES` ("wurden in Minsk … festgenommen", "Die Polizei
 * nahm in Belgrad … fest", "Police arrested … in Tbilisi"): an agentless passive, or a bare seat noun (`seatNouns`:
 * "Polizei", "police", no actor of its own) in the trigger's clause, and a state named after a seat preposition
 * ("in") in that clause: a country, or a capital standing for its state. Null otherwise (a town the knowledge base
 * knows without its state names none).
 */
function placeAuthority(ctx: ArgContext, m: TriggerMatch, passive: boolean): string | null {
  const { view: v, cues, idx } = ctx;
  if (!AUTHORITY_TYPES.has(m.entry.type) || m.entry.pos !== 'verb') return null;
  const c = clauseOf(v, m.first);
  const inChain = (k: number): boolean => v.chains.some((ch) => ch.first <= k && k <= ch.last);
  const bareOrgan = v.words.some((w, k) => clauseOf(v, k) === c && cues.seatNouns.has(w) && !inChain(k));
  if (!passive && !bareOrgan) return null;
  const place = v.chains.find((ch) => clauseOf(v, ch.first) === c && ch.type === 'GPE' && ch.role.startsWith('pp:') && cues.seatPrepositions.has(ch.role.slice(3))
    && (!idx.entities.has(ch.entity) || kbKind(idx, ch.entity) === 'country'));
  return place ? place.entity : null;
}

/**
 * The reporter of an agentless passive act of `AUTHORITY_TYPES` (an arrest, a deportation): the speaker of the report
 * around it when it is an organisation ("teilte die Guardia Civil mit"), or a state whose security organ the sentence
 * names (a word both a seat noun and a state-agent noun, cues `seatNouns` and `stateAgentEndings`: "Polizei", "police":
 * "Nach Angaben der beninischen Polizei", "Punjab police said"). A person, or a state's ministry or spokesperson,
 * reporting an arrest may report one done to their own side ("The boat was boarded …, a ministry spokeswoman said"):
 * no doer.
 */
function reportingAuthority(ctx: ArgContext, m: TriggerMatch): string | null {
  if (!AUTHORITY_TYPES.has(m.entry.type) || m.entry.pos !== 'verb') return null;
  const speaker = quoteSpeaker(ctx, m);
  const type = speaker === null ? undefined : ctx.idx.entities.get(speaker)?.type;
  if (speaker === null || type === undefined) return null;
  if (type === 'ORG') return speaker;
  const { cues, view: v } = ctx;
  const organ = v.words.some((w, k) => (k < m.first || k > m.last) && cues.seatNouns.has(w) && cues.stateAgentEndings.includes(w));
  return type === 'GPE' && organ ? speaker : null;
}

/**
 * Where the trigger at `k` counts its patients in its clause ("wurden 34 Personen festgenommen", "42 people were
 * arrested", "arrested 20 protesters"): a number (digits or cue `cardinalWords`), perhaps one word, then a person noun
 * (cue `countedPersonNouns`) within six words before or five after the trigger. The number's and the noun's
 * positions, or null.
 */
export function countedGroupAt(v: SentenceView, cues: EventCues, k: number): { readonly count: number; readonly noun: number } | null {
  const counts = (j: number): boolean => j >= 0 && v.clause[j] === v.clause[k] && (/^\d+$/u.test(v.words[j]!) || cues.cardinalWords.has(v.words[j]!));
  for (let j = Math.max(1, k - 6); j < v.words.length && j <= k + 5; j++) {
    if (v.clause[j] !== v.clause[k] || !cues.countedPersonNouns.has(v.words[j]!)) continue;
    if (counts(j - 1)) return { count: j - 1, noun: j };
    if (counts(j - 2)) return { count: j - 2, noun: j };
  }
  return null;
}

/**
 * The named person among the counted patients of an arrest or detention (`AUTHORITY_TYPES`; "34 Personen
 * festgenommen, unter ihnen der Bündnischef X", "20 people were detained, among them opposition leader X"): after the
 * counted group (`countedGroupAt`), a cue of `memberMarkers` within eight words (a place and a date may come between),
 * then within four words a person's name. Null otherwise.
 */
function countedMember(ctx: ArgContext, m: TriggerMatch): string | null {
  const { view: v, cues } = ctx;
  if (!AUTHORITY_TYPES.has(m.entry.type) || cues.memberMarkers.length === 0) return null;
  const group = countedGroupAt(v, cues, m.first);
  if (group === null) return null;
  const from = Math.max(group.noun, m.last) + 1;
  for (let k = from; k < v.words.length && k - from <= 8; k++) {
    const cue = cues.memberMarkers.find((c) => c.every((x, i) => v.words[k + i] === x));
    if (cue === undefined) continue;
    const after = k + cue.length;
    const ch = v.chains.find((x) => x.first >= after && x.first - after <= 4 && x.type === 'PER' && x.kind === 'name' && x.entity !== '');
    return ch ? ch.entity : null;
  }
  return null;
}

/** Whether an entity is a person the article never names (an entity of its own with no alias: "a spokesperson"). */
/**
 * `state` when person `id` holds an office of a state (`stateOffices`) whose state the text never gives ("President
 * Irfaan Ali", "Foreign Minister Abdoulaye Diop"), `state` is a state, and the stance stands in the holder's own
 * direct quote: a state's stance in an office-holder's own words is taken as announced for their state ("'Mali
 * reserves the right to respond,' Foreign Minister Diop said"); else null. A stance in reported speech may be another
 * state's ("X said Russia would respond"), and a holder of another kind of role (a spokesperson, a lawyer, a UN
 * official) speaks of other states as often as of their own.
 */
function officeWithoutState(ctx: ArgContext, m: TriggerMatch, id: string, state: string): string | null {
  const e = ctx.idx.entities.get(id);
  if (!e || ctx.idx.entities.get(state)?.type !== 'GPE' || e.roles.length === 0 || e.roles.some((r) => r.of)) return null;
  if (!e.roles.some((r) => ctx.cues.stateOffices.has(r.role))) return null;
  const t = ctx.view.tokens[m.first]!;
  return ctx.quotes.some((q) => q.speaker === id && q.kind === 'direct' && q.start <= t.start && t.end <= q.end) ? state : null;
}

function unnamedPerson(ctx: ArgContext, id: string): boolean {
  const e = ctx.idx.entities.get(id);
  return e !== undefined && e.type === 'PER' && e.aliases.length === 0;
}

/** Types whose object may be a place or facility that someone holds: the holder is the act's target (`heldBy`). */
const HELD_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

/**
 * The holder of a place or facility in the trigger's clause after the trigger (`EventCues.heldParticiples`): English
 * "controlled by X", "held by X" (the participle right before the agent preposition), German "von X kontrollierte", "von
 * der Armee gehaltenen" (the agent preposition before the name, the participle right after it). The holder is an acting
 * chain that is not excluded (the source); null otherwise.
 */
function heldBy(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const { view: v, cues } = ctx;
  if (cues.heldParticiples.size === 0) return null;
  const c = clauseOf(v, m.first);
  for (const ch of v.chains) {
    // (from the trigger's first word: a German particle verb closes round its object, "griffen … gehaltene Stellungen an")
    if (ch.first <= m.first || clauseOf(v, ch.first) !== c || exclude.has(ch) || !canAct(ch.type) || ch.entity === '') continue;
    let j = ch.first - 1;
    while (j > m.first && cues.determiners.has(v.words[j]!)) j--;
    if (j <= m.first || !cues.agentPrepositions.includes(v.words[j]!)) continue;
    if (cues.heldParticiples.has(v.words[j - 1] ?? '') || cues.heldParticiples.has(v.words[ch.last + 1] ?? '')) return ch;
  }
  return null;
}

/**
 * The doer of a nominal act after "by" ("attacks by Russia", "the expulsion of Russian diplomats by Britain"): the
 * first acting name after an agent preposition within eight tokens of the trigger in its clause, or null.
 */
function byAgent(ctx: ArgContext, m: TriggerMatch, exclude: ReadonlySet<Chain>): Chain | null {
  const v = ctx.view;
  const c = clauseOf(v, m.first);
  for (let k = m.first + 1; k < v.words.length && k - m.last <= 8 && clauseOf(v, k) === c; k++) {
    // (not past the noun phrase's own end: "The attack was condemned by Bangladesh" names who condemned)
    if (k > m.last && (ctx.cues.auxiliaries.has(v.words[k]!) || ctx.cues.passiveAux.has(v.words[k]!))) return null;
    if (!ctx.cues.agentPrepositions.includes(v.words[k]!) || m.positions.includes(k)) continue;
    // ("attacks on a base run by the army": the holder of the place attacked, not the attacker; heldBy)
    if (ctx.cues.heldParticiples.has(v.words[k - 1] ?? '')) return null;
    let j = k + 1;
    while (j < v.words.length && ctx.cues.determiners.has(v.words[j]!)) j++;
    const ch = v.chains.find((x) => x.first === j && canAct(x.type) && !exclude.has(x));
    return ch ?? null;
  }
  return null;
}

/** Whether the trigger's clause has a reciprocal marker ("each other", "sich gegenseitig", "einander"). */
function reciprocalMarked(ctx: ArgContext, m: TriggerMatch): boolean {
  const v = ctx.view;
  const c = clauseOf(v, m.first);
  for (let i = 0; i < v.words.length; i++) {
    if (clauseOf(v, i) !== c) continue;
    for (const cue of ctx.cues.reciprocalMarkers) {
      let ok = true;
      for (let k = 0; k < cue.length && ok; k++) if (v.words[i + k] !== cue[k]) ok = false;
      if (ok) return true;
    }
  }
  return false;
}
