import type { Span } from '../../doc/types.js';
import type { QuoteContext } from './context.js';
import { isAdjunctParticiple, isParticipleCue, type Cue } from './cues.js';
import { passiveFrame, type Attribution, type Attributor, type QuoteCandidate } from './attribution.js';
import { clauseStart, hasQuote, startsMainClauseInKonjunktiv, TERMINAL } from './clauses.js';
import { pickSpeaker } from './speaker.js';
import { adjunctSubject, personSubject, sentenceSubject } from './antecedent.js';
import { isCap } from './case.js';
import { endingClitic } from './possessive.js';

/** How many paragraphs of a run-on speech a quote looks ahead for the frame of a continuation (bounded: linear time on long speeches). */
const RUN_ON_REACH = 6;

/**
 * Attributes top-level quoted span `qi`: the frame after the closing mark or before the opening
 * mark (the nearer cue wins), a colon introduction, a cue elsewhere in the sentence, or the previous
 * quote's speaker. Titles and scare quotes without a speaker give null.
 * @param d.frameOnly only a speech-verb frame of the quote itself counts (steps 1–3b); null without
 *   one. A quote that runs on asks this of its continuation, which so never asks the one after it:
 *   a long speech over many paragraphs is attributed in linear, not quadratic, time.
 */
export function attributeDirect(ax: Attributor, d: { qi: number; frameOnly?: boolean }): QuoteCandidate | null {
  const c = ax.c;
  const q = c.quotes[d.qi]!;
  if (q.end <= q.start) return null;
  const openTok = c.tokenAt(q.open);
  const closeTok = q.runsOn ? c.tokenBefore(q.close) : c.tokenAt(q.close - 1);
  if (openTok < 0 || closeTok < 0) return null;
  const innerFirst = c.tokenAt(q.start);
  const innerLast = c.tokenBefore(q.end);
  const words = innerLast >= innerFirst ? c.words(innerFirst, innerLast) : 0;
  if (words === 0) return null;
  if (isTitle(c, openTok, closeTok, innerFirst, innerLast, words)) return null;
  const fragment = words <= 2;
  const si = c.toks[openTok]!.sentence;
  const sc = c.toks[closeTok]!.sentence;
  let att: Attribution | null = null;
  let rule = '';
  // 1./2. the frame after the closing mark or before the opening mark; the nearer cue wins,
  // an inverted frame right after the quote ("…“, sagte X") always
  let after: { cue: Cue; from: number; to: number; dist: number } | null = null;
  if (!q.runsOn) {
    const [sa, b] = c.sentTokens[sc]!;
    let fe = closeTok;
    while (fe < b && c.inQuote[fe + 1] === -1) fe++;
    const cue = ax.cuesBySentence[sc]!.find((k) => k.first > closeTok && k.last <= fe && k.kind !== 'source-post' && k.kind !== 'source-prep');
    if (cue && cue.first - closeTok <= 12) {
      let cs = openTok;
      while (cs > sa && c.inQuote[cs - 1] === -1 && !c.isComma(cs - 1)) cs--;
      after = { cue, from: closeTok + 1, to: fe, dist: cue.first - closeTok };
      // nobody named after the quote ("was in Caracas als „…“ verurteilt wurde"): the clause before it,
      // over an earlier quote of the same clause ("X hatte … als „…“ bezeichnet und mit „…“ gedroht")
      if (!pickSpeaker(c, sc, closeTok + 1, fe, cue.first, cue.last).mention && cs < openTok && sc === si) after.from = cs;
      if (sc === si && !pickSpeaker(c, sc, after.from, fe, cue.first, cue.last).mention) {
        const whole = clauseStart(c, sa, openTok);
        if (whole < after.from) after.from = whole;
      }
    }
  }
  let before: { cue: Cue | null; sent: number; from: number; to: number; dist: number } | null = null;
  let possessed = false;
  {
    const [a] = c.sentTokens[si]!;
    let fs = openTok;
    while (fs > a && c.inQuote[fs - 1] === -1) fs--;
    let fe = openTok - 1;
    let fsent = si;
    if (fe < fs) {
      // quote opens the sentence: a preceding sentence that ends in ":" introduces it
      const prev = c.sentTokens[si - 1];
      if (prev && prev[0] <= prev[1] && c.toks[prev[1]]!.text === ':') {
        fsent = si - 1;
        fs = prev[0];
        fe = prev[1];
      }
    }
    // "Beijing’s ‘maritime militia’", "his "historic" visit": a quote after a possessive is a label of the
    // possessor's thing, not words a verb before it frames
    possessed = fe === openTok - 1 && fe >= fs && (endingClitic(c.lex, c.toks[fe]!.text) !== undefined || c.lex.possessives.has(c.toks[fe]!.lower));
    if (fe >= fs && !possessed) {
      const lastTok = c.toks[fe]!;
      const cue = ax.cuesBySentence[fsent]!.findLast((k) => k.first >= fs && k.last <= fe && k.kind === 'verb');
      if (cue && (lastTok.text === ':' || lastTok.text === ',' || fe - cue.last <= 3)) {
        before = { cue, sent: fsent, from: fs, to: fe, dist: openTok - cue.last };
      } else if (lastTok.text === ':') {
        before = { cue: null, sent: fsent, from: fs, to: fe, dist: 99 };
      }
    }
  }
  const invertedAfter = after !== null && c.toks[closeTok + 1]?.text === ',' && after.cue.first <= closeTok + 3;
  // "X described it as "…" and said …", "Er sprach von einer „…“ und kündigte an, …", "dismissed it as
  // "irrelevant," saying …": a verb after the quote that opens a coordinated predicate or a participle
  // adjunct frames what follows it; the verb before the quote in its own clause frames the quote
  const ownClauseBefore = before?.cue != null && before.sent === si && sc === si;
  const afterOpensPredicate = after !== null && ownClauseBefore && !invertedAfter && opensPredicate(c, closeTok, after.cue, before!.cue!);
  // with no frame before the quote, such a verb still shares the subject of the quote's clause
  // ("Lin accused Washington of "…" and announced …": Lin)
  if (after && !before?.cue && !invertedAfter && sc === si && opensPredicate(c, closeTok, after.cue, null)) {
    const [sa] = c.sentTokens[si]!;
    const cs = clauseStart(c, sa, openTok);
    if (cs < openTok) after = { ...after, from: cs, to: openTok - 1 };
  }
  // "X hatte im Bundestag von einer »…« aus Moskau gesprochen": a quote inside a clause whose participle closes it
  // after the quote (no comma between) has the clause's subject before the quote
  if (after && !before?.cue && !invertedAfter && sc === si && c.lex.grammar.verbBracket && c.inQuote[openTok - 1] === -1 && c.toks[openTok - 1]?.kind === 'word') {
    let open = true;
    for (let k = closeTok + 1; k < after.cue.first && open; k++) open = !c.isComma(k) && !TERMINAL.has(c.toks[k]!.text);
    const [sa] = c.sentTokens[si]!;
    const cs = clauseStart(c, sa, openTok);
    // (one clause from its start: no comma before the quote either — "…, was in Caracas als „…“ verurteilt wurde" is a clause of its own)
    for (let k = cs; k < openTok && open; k++) open = !c.isComma(k);
    if (open && cs < openTok && c.toks[cs]?.sentence === si) after = { ...after, from: cs };
  }
  if (after && !afterOpensPredicate && (!before || invertedAfter || after.dist <= before.dist)) {
    att = ax.attribution(sc, after.from, after.to, after.cue);
    rule = 'direct-frame-after';
  } else if (before?.cue) {
    // "Rubio hatte …, am Donnerstag sagte Wadephul: „…“": the speaker is in the clause of the
    // speech verb (after the last comma before it) when that clause names one
    const k = lastCommaBefore(c, before.from, before.cue.first);
    const own = k >= 0 ? pickSpeaker(c, before.sent, k + 1, before.to, before.cue.first, before.cue.last) : null;
    // (English keeps its subject before the verb: a mention after it is the object, and the comma before
    // the verb closes an apposition of the subject: "X's minister, Y, accused Addis Ababa of “…”")
    const ownSubject = own?.mention && (c.lex.grammar.verbSecond || own.mention.last < before.cue.first) ? own.mention : null;
    const from = ownSubject && !isPronounMention(ownSubject.mention.kind) || (k >= 0 && hasAdjacentPronoun(c, before.cue, k + 1, before.to)) ? k + 1 : before.from;
    att = ax.attribution(before.sent, from, before.to, before.cue);
    rule = 'direct-frame-before';
    // "X gave the envoy 48 hours to leave, accusing Paris of “…”": a participle after a comma shares
    // the subject of its clause; the mention after it is its object
    const pc = before.cue;
    // (the speaker of a report the sentence made before it first: "…, the ministry said, accusing Paris of “…”")
    // (so does a finite verb right after a coordinator, whose subject is left out: "Mao said Beijing “opposes” it, and
    // warned Manila against “provocations”": Mao, not the object after the verb; German alike, "und warnte Manila vor …")
    const elided = pc.first - 1 >= before.from && c.lex.coordinators.has(c.toks[pc.first - 1]!.lower);
    const shared = (isAdjunctParticiple(c, pc) || elided) && before.sent === si ? sharedSpeaker(ax, si, c.toks[pc.first]!.start) : null;
    if (shared) att = { ...att, ...shared };
  } else if (before) {
    const pick = pickSpeaker(c, before.sent, before.from, before.to, -1, -1);
    if (pick.mention) {
      att = ax.toAttribution(pick, null, [before.from, before.to]);
      rule = 'direct-colon';
    }
  }
  // 3. a cue elsewhere in the sentence ("verteidigte den Einsatz als „…“", "calling … a “stern warning”")
  if (!att && !possessed) {
    const cues = ax.cuesBySentence[si]!.filter((k) => k.kind === 'verb');
    if (cues.length) {
      const cue = cues.reduce((x, y) => (Math.abs(y.first - openTok) < Math.abs(x.first - openTok) ? y : x));
      const [a, b] = c.sentTokens[si]!;
      const cs = clauseStart(c, a, Math.min(cue.first, openTok));
      att = ax.attribution(si, cs, b, cue);
      rule = 'direct-in-sentence';
      // ("…, the defence ministry said, accusing Mali of violating its airspace “…”": a participle after a comma shares the
      // speaker of the report its sentence made before it, else its clause's subject; the mention after it is its object)
      if (isAdjunctParticiple(c, cue) && cue.first < openTok) {
        const shared = sharedSpeaker(ax, si, c.toks[cue.first]!.start);
        if (shared) att = { ...att, ...shared };
      }
    }
  }
  // 3b. the next sentence points back: „…“ Das sagte X. / “…” That is what X said.
  if (!att && !q.runsOn) {
    const next = c.sentTokens[sc + 1];
    const [, sb] = c.sentTokens[sc]!;
    const quoteEndsSentence = closeTok >= sb - 1;
    // (also after a preposition: „…“ Mit diesen Worten kommentierte X …)
    const pointsBack = (k: number): boolean => c.lex.anaphoricFrames.has(c.toks[k]!.lower) ||
      (k < next![1] && c.lex.prepositions.has(c.toks[k]!.lower) && c.lex.anaphoricFrames.has(c.toks[k + 1]!.lower));
    if (next && next[0] <= next[1] && quoteEndsSentence && pointsBack(next[0])) {
      const cue = ax.cuesBySentence[sc + 1]!.find((k) => k.kind === 'verb' && k.first <= next[0] + 5);
      if (cue) {
        att = ax.attribution(sc + 1, next[0], next[1], cue);
        rule = 'direct-frame-next';
      } else {
        // („…“ Mit diesen Worten wandte sich X an die Nation. / “…” With these words X addressed the nation.: the words
        // noun makes the frame, whatever the verb; the sentence's subject said them)
        // (only words that point back: after "Mit scharfen Worten wies Y das zurück" Y answers the quote, not says it)
        const w = c.toks[next[0] + 2];
        const back = c.toks[next[0] + 1];
        const subj = w && back && c.lex.prepositions.has(c.toks[next[0]]!.lower) && c.lex.anaphoricFrames.has(back.lower) && c.lex.wordsNouns.has(w.lower) ? sentenceSubject(c, sc + 1) ?? subjectAfter(c, sc + 1, next[0] + 3) : null;
        if (subj) {
          att = { speaker: subj.speaker, speakerSpan: subj.span, cue: null, addressee: null, frame: [next[0], next[1]] };
          rule = 'direct-frame-next';
        }
      }
    }
  }
  // (a passive frame names its agent or nobody: its subject is no speaker phrase, "Der Plan wurde als „…“ bezeichnet")
  const passive = att?.cue ? att.cue.kind === 'verb' && passiveFrame(c, att.cue, att.frame[0]) : false;
  // a frame that names its speaker only by a phrase ("the secretary said", "the Fed chair said:")
  if (att && att.cue && !passive) att = ax.withPhrase(att);
  // ("“…,” the decree said", "„…“, hieß es in der Erklärung": an impersonal or document subject is the actor's before)
  if (att && att.cue && !passive) att = ax.impersonal(c.toks[att.cue.first]!.sentence, att);
  // (every later step gives a frame without a cue, which a run-on quote before this one cannot use)
  if (d.frameOnly && !att?.cue) return null;
  // 3c. a quote that runs on into the next paragraph takes the frame of its continuation there
  // ("“We have been patient …¶“The government will act,” Rabuka said."), over continuations without
  // any frame of their own (a speech framed only in its last paragraph), up to RUN_ON_REACH paragraphs
  if ((!att || (att.speaker === null && att.speakerSpan === null)) && q.runsOn && c.quotes[d.qi + 1]?.continued) {
    for (let j = d.qi + 1; j <= d.qi + RUN_ON_REACH && c.quotes[j]?.continued; j++) {
      const r = attributeDirect(ax, { qi: j, frameOnly: true });
      // (further on only a frame that names its speaker: a pronoun there is read far from this paragraph)
      if (r && r.cue !== null && (r.speaker !== null || (j === d.qi + 1 && r.speakerSpan !== null))) {
        att = { speaker: r.speaker, speakerSpan: r.speakerSpan, cue: null, addressee: r.addressee, frame: [openTok, openTok - 1] };
        rule = 'direct-frame-continued';
      }
      if (r || !c.quotes[j]!.runsOn) break;
    }
  }
  // 4. the previous quote's speaker (a quote continuing the same speech)
  if ((!att || (att.speaker === null && att.speakerSpan === null)) && !fragment && ax.last) {
    const gap = si - ax.last.sentence;
    if ((gap >= 0 && gap <= 1) || q.continued) {
      att = { speaker: ax.last.speaker, speakerSpan: ax.last.speakerSpan, cue: null, addressee: null, frame: [openTok, openTok - 1] };
      rule = 'direct-follow-on';
    }
  }
  // 5. a quote that is a sentence of its own, right after a sentence about a person who acts or
  // speaks ("Der Kommissar kündigte Gegenmaßnahmen an. „Wir werden …“"): that person
  // (also one that runs on into the next paragraph: "X addressed parliament. “We have … better.¶“The …”")
  if (!att && !fragment) {
    const [sa, sb] = c.sentTokens[si]!;
    const prev = c.sentTokens[si - 1];
    const whole = openTok <= sa && (q.runsOn || closeTok >= c.sentTokens[sc]![1] - 1) && sb >= sa;
    if (whole && prev && prev[0] <= prev[1] && !hasQuote(c, prev[0], prev[1])) {
      // (over sentences in Konjunktiv that go on reporting that person: "X kritisierte Y. Die Koalition habe keinen Plan. „…“")
      let back = 1;
      while (back < 3 && !personSubject(c, si - back) && si - back - 1 >= 0 && konjunktivMainClause(c, si - back)) back++;
      // ("Die Partei will an der Reform festhalten. „Wir wollen …“": an organisation subject when the quote speaks in its voice)
      const subj = personSubject(c, si - back) ?? collectiveSubject(c, si - back, innerFirst, innerLast);
      if (subj) {
        att = { speaker: subj.speaker, speakerSpan: subj.span, cue: null, addressee: null, frame: [openTok, openTok - 1] };
        rule = 'direct-after-subject';
      }
    }
  }
  if (fragment && (!att || (att.speaker === null && att.speakerSpan === null))) return null;
  if (!att) {
    if (words < 4 || nameSlot(c, openTok, innerFirst, innerLast, words)) return null;
    att = { speaker: null, speakerSpan: null, cue: null, addressee: null, frame: [openTok, openTok - 1] };
    rule = 'direct-unattributed';
  }
  const conf = rule === 'direct-frame-after' || rule === 'direct-frame-before' ? 0.9 : rule === 'direct-unattributed' ? 0.4 : 0.7;
  return ax.make('direct', q.start, q.end, si, att, fragment ? `${rule}-fragment` : rule, conf, fragment);
}

/** Words at the start of a quote looked at for the voice it speaks in (see {@link collectiveSubject}). */
const VOICE_REACH = 12;

/**
 * The organisation that is the subject of sentence s, when the quote over tokens [first, last] speaks in the first person
 * plural within its first words (`collectiveVoice`: "wir", "unser", "we"): an organisation speaks so; a state or a group
 * of people no entity stands for does not take the quote. Null otherwise.
 */
function collectiveSubject(c: QuoteContext, s: number, first: number, last: number): { speaker: string; span: Span } | null {
  if (s < 0) return null;
  const x = sentenceSubject(c, s);
  if (!x || c.entityType(x.speaker) !== 'ORG') return null;
  for (let k = first; k <= Math.min(last, first + VOICE_REACH); k++) if (c.lex.collectiveVoice.has(c.toks[k]!.lower)) return { speaker: x.speaker, span: x.span };
  return null;
}

/**
 * Whether the speech verb `cue` after a quote closing at token `closeTok` opens a predicate of its
 * own rather than an inverted frame: a coordinator right before it ("and said", "und kündigte an"),
 * a participle ("saying"), or — after a verb before the quote that frames only quotes and fragments
 * ("verurteilte den Test als „…“") — a comma right before it that does not close the quote ("„…“
 * von UN-Resolutionen, rief …"; "„…“, sagte X" is the frame).
 */
function opensPredicate(c: QuoteContext, closeTok: number, cue: Cue, before: Cue | null): boolean {
  const p = cue.first - 1;
  if (p <= closeTok || c.inQuote[p] !== -1) return isParticipleCue(c, cue);
  const prev = c.toks[p]!;
  if (c.lex.coordinators.has(prev.lower)) return true;
  if (isParticipleCue(c, cue) && (p === closeTok || prev.text === ',')) return true;
  return before !== null && before.complement === 'none' && c.lex.grammar.commaClauses && c.isComma(p) && p > closeTok + 1;
}

/** Quoted titles: after "Buch", "Operation", "titled" …, or a quoted name the NER already knows. */
function isTitle(c: QuoteContext, openTok: number, closeTok: number, innerFirst: number, innerLast: number, words: number): boolean {
  const prev = c.toks[openTok - 1];
  const matchesNoun = (w: string): boolean => c.lex.titleNouns.some((n) => w === n || (w.endsWith(n) && w.length - n.length >= 3) || (w.startsWith(n) && w.length - n.length <= 2));
  if (prev && prev.sentence === c.toks[openTok]!.sentence && prev.kind === 'word') {
    if (titleWord(c, prev, matchesNoun) && !namedByPronoun(c, openTok - 1)) return true;
  }
  // a title named as one elsewhere in the article ("Der Film „Das Ende der Welt“" and the headline "…: „Das Ende der Welt“ im Kino")
  if (titledTexts(c, matchesNoun).has(normQuote(c.doc.text.slice(c.toks[innerFirst]!.start, c.toks[innerLast]!.end)))) return true;
  const next = c.toks[closeTok + 1];
  if (words <= 3 && next && next.kind === 'word' && next.sentence === c.toks[closeTok]!.sentence && c.lex.grammar.titleNounAfterQuote && matchesNoun(next.lower)) return true;
  // a quote framed as speech ("„…“, sagte X", "X sagte: „…“") is no title, whatever the tagger made of it
  const n2 = c.toks[closeTok + 2];
  if (next?.text === ',' && n2 && c.lex.verbs.has(n2.lower) && n2.sentence === next.sentence) return false;
  if (prev?.text === ':' && prev.sentence === c.toks[openTok]!.sentence) return false;
  // a name in a noun-phrase slot ("The "Make America Great Again" movement"): after an article or
  // preposition, three words or more, shaped like a name
  // (English only: German nouns are capitalised, and „Anschlag auf die Demokratie“ after "von einem" is a quoted fragment)
  if (!c.lex.grammar.capitalisedNouns && nameSlot(c, openTok, innerFirst, innerLast, words)) return true;
  const si = c.toks[innerFirst]!.sentence;
  const a = c.toks[innerFirst]!.start;
  const b = c.toks[innerLast]!.end;
  return (c.mentionsBySentence[si] ?? []).some((m) => m.mention.kind === 'name' && m.mention.type !== 'PER' && m.mention.start <= a && m.mention.end >= b);
}

/** A quote of three words or more, shaped like a name, right after an article or preposition of its sentence. */
function nameSlot(c: QuoteContext, openTok: number, innerFirst: number, innerLast: number, words: number): boolean {
  const prev = c.toks[openTok - 1];
  return words >= 3 && prev !== undefined && prev.sentence === c.toks[openTok]!.sentence &&
    (c.lex.determiners.has(prev.lower) || c.lex.prepositions.has(prev.lower)) && nameShapedQuote(c, innerFirst, innerLast);
}

/**
 * Tokens [a, b] read as a name, not a sentence: the last word is capitalised (or a number), and every
 * lower-case word is a function word (article, preposition, conjunction) or, in German, an
 * adjective right before a capitalised word ("Tag der deutschen Einheit", "Inflation Reduction Act of 2022").
 */
function nameShapedQuote(c: QuoteContext, a: number, b: number): boolean {
  const cap = (i: number): boolean => c.toks[i]!.kind === 'number' || (c.toks[i]!.kind === 'word' && isCap(c.toks[i]));
  if (!cap(b) || !cap(a)) return false;
  for (let i = a; i <= b; i++) {
    const t = c.toks[i]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (t.kind !== 'word' || cap(i)) continue;
    const l = t.lower;
    if (c.lex.determiners.has(l) || c.lex.prepositions.has(l) || c.lex.coordinators.has(l) || c.lex.genitiveMarkers.has(l)) continue;
    if (c.lex.grammar.capitalisedNouns && i < b && cap(i + 1) && !c.lex.verbs.has(l) && c.mood(i) === null) continue;
    return false;
  }
  return true;
}

const normQuote = (x: string): string => x.toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * "condemned what it called “a hostile act”", "what they dubbed “…”": a title marker right after a personal pronoun is the
 * finite verb of the pronoun's referent naming something, no title of a work.
 */
function namedByPronoun(c: QuoteContext, k: number): boolean {
  const m = c.toks[k];
  const p = c.toks[k - 1];
  return !!m && !!p && p.sentence === m.sentence && c.inQuote[k - 1] === -1 && c.lex.titleMarkers.has(m.lower) && c.lex.pronounAgreement.has(p.text);
}

/** A title marker ("namens", "titled") or title noun before a quote; a German noun is capitalised ("Bericht „…“" is a title, "berichtet „…“" a verb of saying). */
function titleWord(c: QuoteContext, prev: { text: string; lower: string }, matchesNoun: (w: string) => boolean): boolean {
  if (c.lex.titleMarkers.has(prev.lower)) return true;
  return (!c.lex.grammar.capitalisedNouns || isCap(prev)) && matchesNoun(prev.lower);
}

/** Inner texts of the article's quotes that follow a title noun or marker ("Der Film „…“", "titled “…”"). */
function titledTexts(c: QuoteContext, matchesNoun: (w: string) => boolean): ReadonlySet<string> {
  return c.memo('titled-quotes', new Set<string>(), () => {
    const out = new Set<string>();
    for (const q of c.quotes) {
      const open = c.tokenAt(q.open);
      const prev = c.toks[open - 1];
      if (open < 1 || !prev || prev.kind !== 'word' || prev.sentence !== c.toks[open]!.sentence) continue;
      if (titleWord(c, prev, matchesNoun) && !namedByPronoun(c, open - 1)) out.add(normQuote(c.doc.text.slice(q.start, q.end)));
    }
    return out;
  });
}

/** Sentence s has no quote and opens with a main clause in Konjunktiv (before its first comma). */
function konjunktivMainClause(c: QuoteContext, s: number): boolean {
  const r = c.sentTokens[s];
  return r !== undefined && r[0] <= r[1] && !hasQuote(c, r[0], r[1]) && startsMainClauseInKonjunktiv(c, r[0], r[1]);
}

/**
 * The speaker a participle adjunct at offset `at` of sentence si shares: the last report's, when the sentence made it
 * and named its speaker ("…, the ministry said, accusing …"), else the sentence subject before the participle.
 */
function sharedSpeaker(ax: Attributor, si: number, at: number): { speaker: string | null; speakerSpan: Span | null } | null {
  const last = ax.last;
  if (last && last.sentence === si && last.speaker !== null) return { speaker: last.speaker, speakerSpan: last.speakerSpan };
  const subj = adjunctSubject(ax.c, si, last, at);
  return subj ? { speaker: subj.speaker, speakerSpan: subj.span } : null;
}

/** Last comma outside quotes in [a, before), or -1. */
function lastCommaBefore(c: QuoteContext, a: number, before: number): number {
  for (let i = before - 1; i >= a; i--) if (c.isComma(i)) return i;
  return -1;
}

const isPronounMention = (kind: string): boolean => kind === 'pronoun';

/** A personal pronoun right next to the cue inside [a, b] ("sagte er:", "he said:"). */
function hasAdjacentPronoun(c: QuoteContext, cue: Cue, a: number, b: number): boolean {
  return [cue.first - 1, cue.last + 1].some((i) => i >= a && i <= b && c.lex.pronouns.has(c.toks[i]!.lower));
}

/**
 * The first mention of a speaker in sentence s from token `from` on with no preposition between (the subject after an
 * opening phrase that {@link sentenceSubject} reads as governing it: "With these words President X addressed …"), or null.
 */
function subjectAfter(c: QuoteContext, s: number, from: number): { speaker: string; span: Span } | null {
  for (const m of c.mentionsBySentence[s] ?? []) {
    if (m.first < from) continue;
    for (let k = from; k < m.first; k++) if (c.lex.prepositions.has(c.toks[k]!.lower) || c.inQuote[k] !== -1) return null;
    if (m.entity === undefined || !(m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE')) return null;
    return { speaker: m.entity, span: { start: m.mention.start, end: m.mention.end } };
  }
  return null;
}
