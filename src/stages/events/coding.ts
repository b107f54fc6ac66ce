/**
 * The state the event coder (code.ts) carries while it codes a document, a sentence, and one trigger's frame: shared by
 * code.ts and the modules its frame steps live in (documents.ts, orders.ts).
 */
import type { Doc } from '../../doc/doc.js';
import type { Event, Paragraph, Quote, Sentence } from '../../doc/types.js';
import type { ArgContext, Arguments } from './actors.js';
import type { CodeOptions } from './code.js';
import type { TimesBySentence } from './date.js';
import type { EventCues, EventLexicon } from './lexicon.js';
import type { TriggerMatch, TriggerMatcher } from './match.js';
import type { DocIndex, SentenceView } from './view.js';

/** What coding one document shares across its sentences: its inputs, the events coded so far and the marks the final filters read. */
export interface DocCoding {
  readonly doc: Doc;
  /** The view of every sentence coded so far (by sentence index), for acts whose doer an earlier sentence names. */
  readonly views: SentenceView[];
  readonly lex: EventLexicon;
  readonly cues: EventCues;
  readonly matcher: TriggerMatcher;
  readonly opts: CodeOptions;
  readonly idx: DocIndex;
  readonly times: TimesBySentence;
  readonly quotes: readonly Quote[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Token index ranges [first, end) of each sentence. */
  readonly ranges: readonly [number, number][];
  /** The events coded so far, in text order. */
  readonly out: Event[];
  /** Events a quote reports on behalf of someone else: not said at the occasion of the quote. */
  readonly reported: Set<Event>;
  /** Definite noun reports, dropped when the act was reported before. */
  readonly anaphoric: Set<Event>;
  /** Events of acts an accusation charges someone with (see select.ts selectMatches). */
  readonly charged: Set<Event>;
  /** Act nouns used as time references, dropped when the act is reported anywhere else. */
  readonly timeReference: Set<Event>;
  /**
   * Acts named by a noun, not told by a predicate ("after the attack", "amid fears of an attack", "Russia's strikes"),
   * whatever the entry's part of speech (code.ts `nominalAct`; see reports.ts `manualRules`).
   */
  readonly nominal: Set<Event>;
  /** The type of the act each demand asks for ("forderte ihre Freilassung": RETREAT), for the refusals that answer it. */
  readonly demanded: Map<Event, string>;
  /** Events told in a relative clause ("Japarov, who met Rahmon in March, …"): background on a party, no occasion for what it says. */
  readonly background: Set<Event>;
  /** Stances announced by a named speaker for their own state (see actors.ts `Arguments.voice`): that speaker, by act (see code.ts `voiceKey`). */
  readonly voices: Map<string, string>;
  /** Acts of an addressed type kept without a target only for the document steps that may find their addressee (see code.ts `admitted`). */
  readonly open: Set<Event>;
  /** Those acts, set aside from `out` while the sentences are coded (no later sentence answers or judges them). */
  readonly pending: Event[];
  /** The last actor reported using force (for agentless passives that continue its operation). */
  lastForce: { source: string; sentence: number; paragraph: number } | null;
}

/** One sentence being coded: its view and matches, and the scopes all its events share. */
export interface SentenceCoding {
  readonly si: number;
  readonly s: Sentence;
  readonly view: SentenceView;
  /** Every trigger match of the sentence (before selection: an evaluation's object act may be one that was not picked). */
  readonly found: readonly TriggerMatch[];
  readonly ctx: ArgContext;
  /** Index in `out` of the sentence's first event. */
  readonly sentenceStart: number;
  /** Offsets where the sentence's subordinate clauses start: boundaries of the date scope of every event of the sentence. */
  readonly subordinateStarts: readonly number[];
  /** Keys (type, actors, date) of the events coded in the sentence, so that none is coded twice. */
  readonly seen: Set<string>;
  /** The sentence's selected triggers (acts of their own, with what governs them). */
  readonly matches: readonly TriggerMatch[];
}

/** A trigger's argument frame while it is refined: the match (the echoed noun or a demand may stand in for the picked one), its arguments, and whether its target is an act nobody was reported doing. */
export interface Frame {
  readonly m: TriggerMatch;
  readonly args: Arguments;
  readonly aboutAct: boolean;
  /**
   * The position of the otherwise cue the act is announced after (see code.ts otherwiseAt), or -1; set by
   * contextTargets for acts that can be a threatened consequence, read again by emitEvents.
   */
  readonly otherwise?: number;
}
