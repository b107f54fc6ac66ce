import type { Doc } from '../doc/doc.js';
import type { EntityType, Lang, Modality, PloverType, QuadClass, QuoteKind, TimexMod, TimexType } from '../doc/types.js';
import { normaliseName } from '../kb/normalise.js';

/** Schema version of the JSON output (bump on incompatible changes). */
export const OUTPUT_VERSION = 1;

/** A mention in the output: where an entity is referred to. */
export interface OutMention { start: number; end: number; text: string; kind: string; sentence: number }

/** An entity in the output (gold-format fields first, extras after). */
export interface OutEntity {
  id: string;
  /**
   * Transliteration-aware key of the name (`normaliseName`): German and English spellings of one
   * name share it ("sergej lawrow", "sergey lavrov" → "sergey lavrov"), so entities the knowledge
   * base does not know can be joined across articles and languages.
   */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  descriptions: string[];
  wikidata: string | null;
  roles: { role: string; of?: string; from?: string | null; to?: string | null; source: string; ofInferred?: boolean }[];
  mentions: OutMention[];
  rule: string;
}

/** A temporal expression in the output. */
export interface OutTime {
  text: string; type: TimexType; value: string | null; mod: TimexMod | null;
  start: number; end: number; sentence: number; rule: string;
}

/** A quote in the output. */
export interface OutQuote {
  speaker: string | null; kind: QuoteKind; text: string;
  start: number; end: number; sentence: number;
  cue: string | null; addressee: string | null; date: string | null; fragment: boolean;
  /** The quoted passages inside a reported clause (the speaker's own words; offsets and text without the marks); empty for none and for a direct quote. */
  verbatim: { start: number; end: number; text: string }[];
  confidence: number; rule: string;
}

/**
 * A speech act reported without its content in the output ("Der Minister kündigte Reformen an"): who spoke about
 * what. Apart from `quotes`, whose kinds are the gold format's; `start`/`end`/`text` are the clause that reports it.
 */
export interface OutSpeechAct {
  speaker: string | null;
  /** The words the speaker was read from. */
  speakerStart: number; speakerEnd: number;
  /** The verb ("kündigte"), its lemma ("ankündigen") and offsets. */
  cue: string; lemma: string; cueStart: number; cueEnd: number;
  /** What the act is about ("Reformen", "zur Lage"), or null. */
  topic: { start: number; end: number; text: string } | null;
  text: string; start: number; end: number; sentence: number;
  confidence: number; rule: string;
}

/** An event in the output. */
export interface OutEvent {
  type: PloverType; source: string | null; target: string | null; date: string | null;
  modality: Modality; trigger: string; evidence: string;
  start: number; end: number; sentence: number;
  triggerStart: number; triggerEnd: number;
  cameo: string | null; quad: QuadClass; weight: number; confidence: number; rule: string;
}

/** One analysed article in the gold format of `shared/spec/gold-format.md`, plus offsets and provenance. */
export interface OutDoc {
  version: number;
  id: string;
  language: Lang;
  published: string | null;
  source: string | null;
  title: string | null;
  address: string | null;
  /** The analysed text; every offset refers to it. */
  text: string;
  sentences: { start: number; end: number; zone: string }[];
  entities: OutEntity[];
  times: OutTime[];
  quotes: OutQuote[];
  events: OutEvent[];
  /**
   * Speech acts reported without their content (the speech-acts stage). Optional: documents analysed or stored
   * before the stage existed have none, and readers must accept them without it.
   */
  speechActs?: OutSpeechAct[];
}

/** Serialises a processed document into the output schema. */
export function toOutput(doc: Doc): OutDoc {
  const paragraphs = doc.get('paragraphs');
  const mentions = doc.get('mentions');
  return {
    version: OUTPUT_VERSION,
    id: doc.meta.id,
    language: doc.meta.language,
    published: doc.meta.published,
    source: doc.meta.source,
    title: doc.meta.title,
    address: doc.meta.address,
    text: doc.text,
    sentences: doc.get('sentences').map((s) => ({ start: s.start, end: s.end, zone: paragraphs[s.paragraph]?.zone ?? 'body' })),
    entities: doc.get('entities').map((e) => ({
      id: e.id, key: normaliseName(e.name), type: e.type, name: e.name, aliases: [...e.aliases], descriptions: [...e.descriptions], wikidata: e.wikidata,
      roles: e.roles.map((r) => ({ ...r })),
      mentions: e.mentions.flatMap((i) => {
        const m = mentions[i];
        return m ? [{ start: m.start, end: m.end, text: m.text, kind: m.kind, sentence: m.sentence }] : [];
      }),
      rule: `${e.stage}/${e.rule}`,
    })),
    times: doc.get('times').map((t) => ({
      text: t.text, type: t.type, value: t.value, mod: t.mod, start: t.start, end: t.end, sentence: t.sentence, rule: `${t.stage}/${t.rule}`,
    })),
    quotes: doc.get('quotes').map((q) => ({
      speaker: q.speaker, kind: q.kind, text: q.text, start: q.start, end: q.end, sentence: q.sentence,
      cue: q.cue?.text ?? null, addressee: q.addressee, date: q.date, fragment: q.fragment,
      verbatim: q.verbatim.map((v) => ({ start: v.start, end: v.end, text: v.text })), confidence: q.confidence, rule: `${q.stage}/${q.rule}`,
    })),
    events: doc.get('events').map((v) => ({
      type: v.type, source: v.source, target: v.target, date: v.date, modality: v.modality,
      trigger: v.trigger.text, evidence: v.evidence, start: v.start, end: v.end, sentence: v.sentence,
      triggerStart: v.trigger.start, triggerEnd: v.trigger.end,
      cameo: v.cameo, quad: v.quad, weight: v.weight, confidence: v.confidence, rule: `${v.stage}/${v.rule}`,
    })),
    speechActs: doc.get('speechActs').map((a) => ({
      speaker: a.speaker, speakerStart: a.speakerSpan.start, speakerEnd: a.speakerSpan.end,
      cue: a.cue.text, lemma: a.lemma, cueStart: a.cue.start, cueEnd: a.cue.end,
      topic: a.topic ? { start: a.topic.start, end: a.topic.end, text: a.topic.text } : null,
      text: a.text, start: a.start, end: a.end, sentence: a.sentence, confidence: a.confidence, rule: `${a.stage}/${a.rule}`,
    })),
  };
}
