import { lowerBound, type Doc } from '../../doc/doc.js';
import type { Token } from '../../doc/types.js';
import type { Cue, EventCues } from './lexicon.js';

/** A leader-group noun phrase that stands for the organisation of the summit the article reports. */
export interface LeaderGroup {
  /** Character offsets of the leader noun (`summitLeaders` cue), its sentence and the organisation it acts for. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly entity: string;
  /** Whether a preposition governs the phrase ("mit den Staats- und Regierungschefs"): no subject or object. */
  readonly governed: boolean;
}

/** How many words a summit noun and its genitive article may stand before the organisation ("Gipfel der Nato", "summit of the African Union"). */
const SUMMIT_OF_WORDS = 3;

/**
 * Leader groups of a document: "Die Staats- und Regierungschefs verabschiedeten eine Erklärung", "The heads of state
 * and government agreed …" in an article about a summit. The plural leader noun names no actor of its own; the
 * leaders gathered there act together for the organisation whose summit the article named before them ("Nato-Gipfel",
 * "EU-Gipfel", "the G7 summit", "a summit of the African Union"), the actor the convention gives a joint act of an
 * organisation's members. A phrase with an actor of its own is left to the mention layer ("die Staats- und
 * Regierungschefs der EU", "EU leaders", "die Außenminister Frankreichs"); no summit named before it, no group. Built
 * once per document (one pass over mentions and tokens).
 */
export function leaderGroups(doc: Doc, tokens: readonly Token[], cues: EventCues): LeaderGroup[] {
  if (cues.summitLeaders.length === 0 || cues.summitNouns.size === 0) return [];
  const summits = summitMentions(doc, tokens, cues);
  if (summits.length === 0) return [];
  const words = tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  const starts = new Set(cues.summitLeaders.map((c) => c[0]!));
  const mentioned = new Uint8Array(tokens.length);
  for (const m of doc.get('mentions')) {
    for (let k = lowerBound(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) mentioned[k] = 1;
  }
  const out: LeaderGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!starts.has(words[i]!) || mentioned[i] === 1) continue;
    const cue = cueAt(cues.summitLeaders, words, tokens, i);
    if (!cue) continue;
    const last = i + cue.length - 1;
    const sentence = tokens[i]!.sentence;
    // the phrase's own words before the noun: articles and numbers ("Die 32 Staats- und Regierungschefs"); an actor
    // right before them makes them that actor's leaders ("EU heads of government", "Frankreichs Staatenlenker")
    let first = i;
    while (first > 0 && tokens[first - 1]!.sentence === sentence && (cues.determiners.has(words[first - 1]!) || cues.cardinalWords.has(words[first - 1]!) || /^\d+$/u.test(words[first - 1]!))) first--;
    const before = first > 0 && tokens[first - 1]!.sentence === sentence ? first - 1 : -1;
    if (before >= 0 && mentioned[before] === 1) continue;
    // ("der EU", "of the African Union" after the noun: the phrase names its organisation itself)
    if (ownedAfter(words, tokens, mentioned, last, cues)) continue;
    const start = tokens[i]!.start;
    const summit = latestBefore(summits, start);
    if (summit === null) continue;
    out.push({ start, end: tokens[last]!.end, sentence, entity: summit, governed: before >= 0 && cues.prepositions.has(words[before]!) });
    i = last;
  }
  return out;
}

/** The summit mentions of a document: an organisation's name with a summit noun joined to it, in text order. */
function summitMentions(doc: Doc, tokens: readonly Token[], cues: EventCues): { start: number; entity: string }[] {
  const out: { start: number; entity: string }[] = [];
  const mentions = doc.get('mentions');
  mentions.forEach((m, mi) => {
    if (m.kind !== 'name' || m.type !== 'ORG') return;
    const entity = doc.entityOfMention(mi);
    if (entity === undefined) return;
    const k = lowerBound(tokens, m.start);
    const tok = tokens[k];
    if (!tok) return;
    const word = (j: number): string => (tokens[j] && tokens[j]!.sentence === m.sentence ? doc.text.slice(tokens[j]!.start, tokens[j]!.end).toLowerCase() : '');
    // "Nato-Gipfel", "EU-Gipfels": the summit noun is the compound's last part
    const rest = doc.text.slice(m.end, tok.end);
    const compound = /^[-‐‑]/u.test(rest) && cues.summitNouns.has(rest.slice(1).toLowerCase());
    // "the G7 summit", "NATO summit": the noun right after the name (a name that ends its token)
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    const next = tokens[last]!.end === m.end ? word(last + 1) : '';
    // "summit of the African Union", "Gipfel der Nato": the noun before the name and its genitive article
    let j = k - 1;
    let steps = 0;
    while (j >= 0 && steps < SUMMIT_OF_WORDS && (cues.determiners.has(word(j)) || cues.genitiveMarkers.has(word(j)))) { j--; steps++; }
    const of = steps > 0 && cues.summitNouns.has(word(j));
    if (compound || cues.summitNouns.has(next) || of) out.push({ start: m.start, entity });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a genitive article or marker and an actor's name follow the leader noun that ends at token `last`. */
function ownedAfter(words: readonly string[], tokens: readonly Token[], mentioned: Uint8Array, last: number, cues: EventCues): boolean {
  let k = last + 1;
  const sentence = tokens[last]!.sentence;
  let steps = 0;
  while (k < words.length && tokens[k]!.sentence === sentence && steps < SUMMIT_OF_WORDS && mentioned[k] !== 1 && (cues.genitiveMarkers.has(words[k]!) || cues.genitiveDeterminers.has(words[k]!) || cues.determiners.has(words[k]!))) { k++; steps++; }
  return steps > 0 && k < words.length && tokens[k]!.sentence === sentence && mentioned[k] === 1;
}

/** The organisation of the latest summit mention before `offset`, or null. */
function latestBefore(summits: readonly { start: number; entity: string }[], offset: number): string | null {
  let hit: string | null = null;
  for (const s of summits) {
    if (s.start >= offset) break;
    hit = s.entity;
  }
  return hit;
}

/** The cue of `list` whose words stand at token `i` of one sentence, longest first in list order. */
function cueAt(list: readonly Cue[], words: readonly string[], tokens: readonly Token[], i: number): Cue | undefined {
  for (const c of list) {
    let k = 0;
    while (k < c.length && words[i + k] === c[k] && tokens[i + k]!.sentence === tokens[i]!.sentence) k++;
    if (k === c.length) return c;
  }
  return undefined;
}
