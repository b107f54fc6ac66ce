import { sharedKnowledgeBase } from '../../kb/index.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { codeEvents, STAGE, type CodeOptions } from './code.js';
import { loadEventLexicon } from './lexicon.js';
import { TriggerMatcher } from './match.js';

/**
 * PLOVER event coding: finds trigger words and patterns from the language's lexicon
 * (`event-triggers.json`), reads source and target from each entry's argument frame over the
 * entity mentions of the sentence, and adds modality, date and evidence.
 *
 * Option `pronounActors`: `"person"` (default; the spec: a pronoun or description the entity layer
 * resolved is the person) or `"state"` (the dev README's variant: the person's state).
 * Option `requireActors` (default true): false keeps events without actors (type-only benchmarks).
 * Option `dateCarry` (default false): an earlier sentence of the paragraph may date an event.
 * Option `occasionDates` (default true): undated speech acts take the date of the last dated meeting.
 * Option `ploverFuture` (default false): the PLOVER manual's coding of future acts (planned cooperation →
 * AGREE, planned retreat → CONCEDE) instead of the project's (same type, modality planned).
 * Option `untargetedEvaluations` (default true): an evaluation of an act whose doer was not reported
 * ("verurteilte das Manöver", "condemned the pact") is kept with a null target rather than dropped.
 * Option `counterpartTargets` (default true): an act of an addressed type (accusation, refusal, threat; `addressed` in
 * plover.json) whose sentence names no addressee goes to the other side of the article's main pair of actors
 * (`counterpart.ts`).
 * Option `openAddressees` (default true): such an act (a verb whose subject is its source) is kept for that step rather than
 * dropped at once, and coded only if the article's main pair is a plain dispute (`OPEN_PAIR_EVENTS`) it is a side of.
 */
export const eventsStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens', 'mentions', 'entities', 'times'],
  adds: ['events'],
  create(ctx) {
    const lex = loadEventLexicon(ctx.resources);
    const matcher = new TriggerMatcher(lex.triggers, lex.cues.infinitive, lex.cues.verbSecond);
    // a capital or seat of government acting ("Moskau", "the Kremlin", "in Kopenhagen") is its state
    const kb = sharedKnowledgeBase(ctx.resources, ctx.lang, ctx.dataDir);
    const seatOf = (id: string): string | null => kb.governmentOf(id);
    // a state body ("the State Department", "das Auswärtige Amt") speaks for its state: its side in what it reports
    const bodyState = (id: string): string | null => {
      const e = kb.get(id);
      return e && e.type === 'ORG' && e.state && e.state !== id ? e.state : null;
    };
    const opts: CodeOptions = {
      seatOf,
      bodyState,
      pronounActors: ctx.options.pronounActors === 'state' ? 'state' : 'person',
      requireActors: ctx.options.requireActors !== false,
      // off by default: on the dev corpus a paragraph's earlier date more often dates a different act
      dateCarry: ctx.options.dateCarry === true,
      occasionDates: ctx.options.occasionDates !== false,
      ploverFuture: ctx.options.ploverFuture === true,
      untargetedEvaluations: ctx.options.untargetedEvaluations !== false,
      counterpartTargets: ctx.options.counterpartTargets !== false,
      openAddressees: ctx.options.openAddressees !== false,
    };
    return (doc) => {
      doc.add('events', codeEvents(doc, lex, matcher, opts), STAGE);
    };
  },
};
