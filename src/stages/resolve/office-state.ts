import type { Cand } from './candidates.js';
import type { Clustering, Draft } from './cluster.js';
import type { ResolveLexicon } from './lexicon.js';
import { cityStateIn, datelineState } from './references.js';
import type { DocView } from './view.js';

/**
 * The state a report is about, as far as its opening makes it unambiguous: the one state (by name, adjective or
 * acting capital) its headline and lead sentence name; where they name several, the one of them whose city the
 * dateline or byline gives ("Guyana puts army on alert after Venezuelan troops cross …" / "GEORGETOWN, Oct 21 –");
 * else null. Two states named in the opening with no place to choose between them give none.
 */
export function openingState(v: DocView, cands: readonly Cand[], cl: Clustering): string | null {
  // the lead is the first sentence of the body
  let lead = -1;
  for (let k = 0; k < v.zone.length; k++) if (v.zone[k] === 'body') { lead = v.sentence[k]!; break; }
  const named = new Set<string>();
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (v.zone[c.from] !== 'title' && v.sentence[c.from] !== lead) continue;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if (d?.kb?.kind === 'country') named.add(d.id);
  }
  if (named.size === 1) return [...named][0]!;
  if (named.size === 0) return null;
  const place = datelineState(v, cands, cl) ?? cityStateIn(v, cands, cl, 'byline');
  return place && named.has(place) ? place : null;
}

/**
 * Places people who hold a state office (`stateOfficeRoles`: heads of state or government) the text ties to no state
 * ("President X", "The president, X,", "Präsident X") in the state the report's opening is unambiguously about
 * (`openingState`): their state-office roles get that state, marked `ofInferred`, so what they do is done for it. Not
 * a holder of another kind of role (minister, spokesperson, lawyer, party leader), nor one whose descriptions tie them
 * to an organisation (`orgTied`: "the Red Cross president"), nor a holder with any role of a known state, nor one
 * whose sentence may name their state (`otherStateAround`).
 */
export function placeUntiedOffices(v: DocView, cands: readonly Cand[], cl: Clustering, lex: ResolveLexicon, orgTied: (id: string) => boolean): void {
  const holders: Draft[] = [];
  for (const d of cl.drafts.values()) {
    if (d.type !== 'PER' || d.state || d.roles.length === 0 || d.roles.some((x) => x.of) || orgTied(d.id)) continue;
    if (d.roles.some((x) => x.source === 'text' && lex.stateOfficeRoles.has(x.role))) holders.push(d);
  }
  if (holders.length === 0) return;
  const state = openingState(v, cands, cl);
  if (!state) return;
  for (const d of holders) {
    if (otherStateAround(v, cands, cl, d, state)) continue;
    d.roles.forEach((x, i) => {
      if (x.source === 'text' && lex.stateOfficeRoles.has(x.role)) d.roles[i] = { ...x, of: state, ofInferred: true };
    });
  }
}

/**
 * Whether the sentence that first names holder `d` names a state other than `state` where it may be the holder's:
 * anywhere before the holder, the context the writer leaves the title to ("the Dominican Republic closed its border,
 * President X's office said", "'…,' Foreign Minister X said" after a quote about another state); after the holder, by
 * the state's own name, which is often the state the holder speaks for ("X said Venezuela had no intention …"). An
 * adjective or a capital after the holder names the other side of what they do ("Venezuelan soldiers", "a protest
 * with Caracas") and leaves the opening's state standing.
 */
function otherStateAround(v: DocView, cands: readonly Cand[], cl: Clustering, d: Draft, state: string): boolean {
  const own = d.cands.filter((ci) => ci >= 0);
  const first = own.length ? cands[Math.min(...own)] : undefined;
  if (!first) return true;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.sentence !== first.sentence || cl.owner[ci] === d.id) continue;
    const o = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if (o?.kb?.kind !== 'country' || o.id === state) continue;
    if (c.start < first.start) return true;
    if (c.kind === 'name' && c.hits.some((h) => h.entity.id === o.id && h.form === 'name')) return true;
  }
  return false;
}
