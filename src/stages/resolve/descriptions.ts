import { lowerBound } from '../../doc/doc.js';
import type { EntityType, Span } from '../../doc/types.js';
import { kebab } from '../../kb/normalise.js';
import type { Cand } from './candidates.js';
import type { Clustering, Draft } from './cluster.js';
import { endingOf } from '../../resources/grammar.js';
import { feminineForm, genitiveForm, headAt, headOf, possessiveOf, type Head, withoutPossessive } from './lexicon.js';
import { activeAt, adjLike, compoundAdjective, compoundState, headKey, prefixState, isGenitive, isGenitiveName, lastBefore, nextIsChainNoun, normPhrase, rankAt, regionOf, sentStart, stripCase, tokenAtOffset, type DescResources } from './phrase.js';
import { datelineState, resolveNp, stateDescribedWith, stateForOrgan, type Np } from './references.js';
import { titleCase } from './gazetteer.js';
import { placeUntiedOffices } from './office-state.js';
import { namedBodyOfGroup } from './group-body.js';
import type { DocView } from './view.js';

export type { DescResources } from './phrase.js';

const compatible = (head: EntityType, ent: EntityType): boolean => (head === 'PER') === (ent === 'PER');

/** An age noun: a number of up to three digits, a hyphen and the noun ("26-Jähriger", "15-year-old"); groups: age, noun. */
const AGE_NOUN = /^(\d{1,3})-(\p{L}.*)$/u;

/** Sentences after its last mention within which a definite plural of its class still refers to a counted group. */
const GROUP_WINDOW = 6;

/** Letters a headline's person noun shares at its start with a body noun of the same person ("oppositionsführer", "oppositionspolitiker"). */
const HEADLINE_STEM = 6;

/** The number of letters two words share at their start. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Finds nominal descriptions and attaches them to entities: titles before a name ("Russlands
 * Außenminister Sergej Lawrow", "Major General Arturo Rojas"), appositions after a name
 * ("Robert M. Danin, a senior fellow at …") and before one ("Kims Schwester, Kim Yo Jong,"),
 * then later nominal references ("der russische Außenminister", "den russischen Gast", "the
 * administration", "des südamerikanischen Landes") by what the earlier ones taught: the same
 * phrase, the same head, a role of the named state, or the most salient entity of the type.
 * Roles learned from titles become role facts (source 'text').
 *
 * Each pass is a local function of its own, called once (as in `scanCandidates`): as one body, this function was too
 * large for V8 to optimise in good time, and every deoptimisation recompiled all of it.
 */
export function resolveDescriptions(v: DocView, cands: readonly Cand[], cl: Clustering, title: Int8Array, r: DescResources): void {
  const n = v.texts.length;
  const f = r.lex.forms;
  // tokens wholly inside a name; a compound with a name part ("US-Präsident") stays a possible head
  const used = new Int8Array(n);
  for (const c of cands) if (c.start === v.starts[c.from] && c.end >= v.ends[c.to - 1]! - 2) for (let k = c.from; k < c.to; k++) used[k] = 1;
  // per token: 1 = inside a resolved name, 2 = inside a resolved adjective (one pass instead of a search per question)
  const owned = new Int8Array(n);
  cands.forEach((c, ci) => {
    if (!cl.owner[ci]) return;
    for (let k = c.from; k < c.to; k++) if (owned[k] !== 2) owned[k] = c.kind === 'adjective' ? 2 : 1;
  });
  const adjTok = new Int8Array(n);
  for (const c of cands) if (c.kind === 'adjective') for (let k = c.from; k < c.to; k++) adjTok[k] = 1;
  const isAdj = (k: number): boolean => adjTok[k] === 1;
  const inDesc = new Int8Array(n);
  const memo = new Map<string, string>();
  const headMemo = new Map<string, string>();
  // organisations a person's descriptions tie them to ("Verdi-Chef" → verdi): a later "der CSU-Chef" is someone else
  const orgOf = new Map<string, Set<string>>();
  // a person's gender as their gendered titles show it ("Bundesarbeitsministerin"): "Die Ministerin" is not a man
  const genderOf = new Map<string, 'f' | 'm'>();
  const stateOfTok = (k: number): string | null => {
    const id = cl.tokenEntity[k];
    if (!id) return null;
    const d = cl.drafts.get(id);
    // a de-facto state names its own offices ("Somaliland leader" is not Somalia's), a region its state's
    if (d?.kb?.deFacto) return d.id;
    return d && (d.type === 'GPE' || d.kb?.kind === 'country') ? (d.state ?? d.id) : null;
  };
  // a person the base does not know, named right after a state's possessive or genitive ("Peru's Dina Boluarte",
  // "Perus Dina Boluarte"), belongs to that state: "Boluarte's government" is Peru's
  cands.forEach((c, ci) => {
    const id = cl.owner[ci];
    const d = id ? cl.drafts.get(id) : undefined;
    if (!d || d.kb || d.type !== 'PER' || d.state || c.kind !== 'name' || c.from === 0 || v.sentence[c.from - 1] !== v.sentence[c.from]) return;
    const prev = v.texts[c.from - 1]!;
    const st = stateOfTok(c.from - 1);
    const sd = st ? cl.drafts.get(st) : undefined;
    if (st && sd?.kb?.kind === 'country' && (!!possessiveOf(r.lex, prev) || (!!f.nameGenitive && prev.endsWith(f.nameGenitive) && sd.kb.names.includes(prev.slice(0, -f.nameGenitive.length))))) d.state = st;
  });
  // "die Bundesregierung" is Germany's unless the text places it in another federal state and never names Germany:
  // a federal state after a locative preposition in its sentence ("Die Bundesregierung in Somalia", "In Mexiko hat
  // die Bundesregierung …") or the dateline's; a later bare phrase keeps the state an earlier one was placed in
  const namedStates = new Set<string>();
  for (const d of cl.drafts.values()) if (d.kb?.kind === 'country' && d.cands.some((ci) => ci >= 0)) namedStates.add(d.id);
  // (the federal state a locative preposition places in the sentence of token `at`, if any)
  const placedIn = (own: string, at: number): string | null => {
    for (let x = sentStart(v, at); x + 1 < v.sentEnd[at]!; x++) {
      const id = r.lex.locativePreps.has(v.lower[x]!) ? stateOfTok(x + 1) : null;
      if (id && id !== own && r.kb.get(id)?.federal) return id;
    }
    return null;
  };
  // (the latest sentence before token `at` with a noun that names its state by default and is placed elsewhere)
  const placedBefore = (own: string, at: number): string | null => {
    for (let x = sentStart(v, at) - 1; x >= 0; x--) {
      if (!headAt(v, r.lex, x)?.state && !prefixState(r, v.texts[x]!)) continue;
      const st = placedIn(own, x);
      if (st) return st;
    }
    return null;
  };
  const federalStateFor = (own: string, at: number): string => {
    if (namedStates.has(own)) return own;
    const dateline = datelineState(v, cands, cl);
    return placedIn(own, at) ?? (dateline && dateline !== own && r.kb.get(dateline)?.federal ? dateline : null) ?? placedBefore(own, at) ?? own;
  };
  // "China's foreign ministry spokesperson Lin Jian": the organ the person speaks for, with its state, is also a
  // description of that state (the phrase up to the organ noun right before the person noun)
  const organInTitle = (np: Np, from: number): void => {
    const j = np.to - 2;
    if (j <= from) return;
    const organ = r.lex.governmentWords.has(v.lower[j]!) || (j - 1 > from && r.lex.governmentWords.has(`${v.lower[j - 1]} ${v.lower[j]}`));
    const state = cl.drafts.get(np.states[0]!);
    if (!organ || !state || state.type !== 'GPE') return;
    let named = false;
    for (let x = from; x < j; x++) if (cl.tokenEntity[x] === state.id) named = true;
    // (an article before it belongs to the person: "the Russian defence ministry spokesman")
    const start = r.lex.determiners.has(v.lower[from]!) ? from + 1 : from;
    if (named && start < j) add(state, start, j + 1, 'organ-in-title', null);
  };
  // whether a settlement or subdivision noun introduces one of the entity's names ("the town of Maga", "der Provinz Hakkari")
  const namedAsPlace = (d: Draft): boolean => d.cands.some((ci) => {
    const x = cands[ci]?.from ?? 0;
    const link = x > 0 && f.namingLinks.has(v.lower[x - 1]!) ? 1 : 0;
    return x - link > 0 && v.sentence[x - link - 1] === v.sentence[x] && r.lex.placeNouns.has(headKey(r.lex, v.lower[x - link - 1]!));
  });
  // another written form of a description, listed with the entity but no mention of its own (tokens [from, to))
  const addVariant = (d: Draft, from: number, to: number, rule: string): void => {
    if (to > from) d.descs.push({ start: v.starts[from]!, end: v.ends[to - 1]!, sentence: v.sentence[from]!, text: v.doc.text.slice(v.starts[from]!, v.ends[to - 1]!), rule, variant: true });
  };
  const add = (d: Draft, from: number, to: number, rule: string, np: Np | null): void => {
    if (to <= from) return;
    const start = v.starts[from]!;
    let end = v.ends[to - 1]!;
    // a possessive clitic is not part of the phrase ("the country’s relationship")
    end -= possessiveOf(r.lex, v.texts[to - 1]!)?.length ?? 0;
    const text = v.doc.text.slice(start, end);
    if (!d.descs.some((x) => x.start === start && x.end === end)) d.descs.push({ start, end, sentence: v.sentence[from]!, text, rule });
    for (let k = from; k < to; k++) inDesc[k] = 1;
    memo.set(normPhrase(v, r.lex, from, to), d.id);
    if (np?.head.counterpart && d.type === 'PER' && np.states.length) counterpartRole(d, np.states[0]!, v.starts[from]!, v.sentence[from]!);
    if (np?.head.gender && d.type === 'PER' && !genderOf.has(d.id)) genderOf.set(d.id, np.head.gender);
    if (np && d.type === 'PER' && np.states.length) organInTitle(np, from);
    if (np && d.type === 'PER' && np.orgs.length) {
      const set = orgOf.get(d.id) ?? new Set<string>();
      for (const o of np.orgs) set.add(o);
      orgOf.set(d.id, set);
    }
    if (np) {
      // a name of unknown type takes the type its description gives ("the main island of Luzon")
      if (!d.kb && d.type === 'MISC' && np.head.type !== 'MISC' && !r.lex.governmentWords.has(np.headWord)) d.type = np.head.type;
      // (a name called a government or administration that is no state's is an organisation: "The National Unity
      // Government, a shadow administration")
      else if (!d.kb && d.type === 'MISC' && rule === 'apposition' && r.lex.governmentWords.has(np.headWord)) d.type = 'ORG';
      // an unknown name read as a place that its title or apposition calls an organisation is one ("Safaricom, the
      // country's largest telecoms company")
      else if (!d.kb && d.type === 'GPE' && np.head.type === 'ORG' && (rule === 'apposition' || rule === 'title') && !r.lex.governmentWords.has(np.headWord)) d.type = 'ORG';
      // an unknown place read as a political unit is a geographic place or a named thing when its description says
      // so ("the main island of Luzon", "Kamandag … the joint exercises")
      // (not an administrative unit: "der Provinz Badachschan" stays a political unit)
      // (not a name a settlement noun introduced: "the town of Maga … in the region")
      // (not by a later "the islands", which speaks of the place as land, not of what it is: "the Kinmen islands … the islands")
      else if (!d.kb && d.type === 'GPE' && (np.head.type === 'LOC' || np.head.type === 'MISC' || np.head.type === 'FAC') && !(np.head.island && rule === 'reference') && !r.lex.governmentWords.has(np.headWord) && !r.lex.placeNouns.has(np.headWord) && !namedAsPlace(d)) d.type = np.head.type;
      // and a geographic or facility noun makes an unknown name a place or facility ("the disputed Essequibo region",
      // "Anacoco island", "the Torkham border crossing")
      else if (!d.kb && d.type === 'ORG' && (np.head.type === 'LOC' || np.head.type === 'FAC') && !np.head.generic) d.type = np.head.type;
      headMemo.set(np.headWord, d.id);
      d.heads.add(np.headWord);
      // a later reference adds a role only when it names the state ("der russische Außenminister")
      if (np.head.role && d.type === 'PER' && (rule !== 'reference' || np.states.length)) {
        for (const st of np.states.length ? np.states : [null]) {
          if (!d.roles.some((x) => x.role === np.head.role && x.source === 'text' && (x.of ?? null) === st)) {
            // the text attests the role on its publication date
            const on = v.doc.meta.published;
            d.roles.push({ role: np.head.role, ...(st ? { of: st } : {}), from: on, to: on, source: 'text', sentence: v.sentence[from]! });
          }
          if (st && !d.state) d.state = st;
        }
      }
    }
  };
  // "Baerbock traf ihren ukrainischen Amtskollegen Kuleba": Kuleba holds Baerbock's office for Ukraine
  const counterpartRole = (d: Draft, state: string, at: number, sentence: number): void => {
    let other: Draft | null = null;
    let otherAt = -1;
    for (const x of cl.drafts.values()) {
      if (x === d || x.type !== 'PER' || !x.roles.some((y) => y.source === 'text' || activeAt(y, v.doc.meta.published))) continue;
      const last = lastBefore(cands, x, at);
      if (last > otherAt) { other = x; otherAt = last; }
    }
    const role = other?.roles.find((y) => y.source === 'text') ?? other?.roles.find((y) => activeAt(y, v.doc.meta.published));
    if (!role || role.of === state || d.roles.some((y) => y.role === role.role && y.of === state)) return;
    const on = v.doc.meta.published;
    d.roles.push({ role: role.role, of: state, from: on, to: on, source: 'text', sentence });
    if (!d.state) d.state = state;
  };
  // a local mark before the government word at `k` or, in a closed compound, opening it ("regional", "Provinz-")
  const localOrgan = (from: number, k: number): boolean => {
    for (let x = from; x < k; x++) if (r.lex.localOrganMarks.has(v.lower[x]!)) return true;
    return f.compoundHeads && [...r.lex.localOrganMarks].some((m) => v.lower[k]!.length > m.length + 3 && v.lower[k]!.startsWith(m));
  };
  // the organisations the base does not know, by the forms the text names them with ("FACT"), for the compounds that
  // open with one ("die FACT-Rebellen")
  const orgByForm = new Map<string, string>();
  for (const d of cl.drafts.values()) {
    if (d.type !== 'ORG' || d.kb) continue;
    for (const ci of d.cands) {
      const c = cands[ci];
      if (c && c.kind === 'name' && c.to > c.from) orgByForm.set(v.doc.text.slice(c.start, c.end), d.id);
    }
  }
  const npOf = (from: number, to: number): Np | null => {
    let head: Head | undefined;
    let headWord = '';
    const states: string[] = [];
    const orgs: string[] = [];
    let person: string | null = null;
    let region: string | null = null;
    let regionEnd = -1;
    let headLocked = false;
    let pastPrep = false;
    let fallback: string | null = null;
    for (let k = from; k < to; k++) {
      // multi-word heads first ("secretary of state", "prime minister")
      let span = 1;
      let h: Head | undefined;
      for (let len = Math.min(3, to - k); len >= 2 && !h; len--) {
        h = r.lex.heads.get(v.lower.slice(k, k + len).join(' '));
        if (h) span = len;
      }
      h = h ?? headOf(r.lex, withoutPossessive(r.lex, v.lower[k]!));
      if (h && !used[k] && !(head && headLocked)) {
        head = h;
        // (a head's own state, "Bundesregierung", only when the phrase names no other: "die somalische Bundesregierung")
        if (h.state) fallback = h.state;
        // a compound with a state or seat before the head ("Kremlsprecher", "Nato-Generalsekretär")
        if (span === 1 && f.compoundHeads) {
          fallback = prefixState(r, v.texts[k]!) ?? fallback;
          const st = compoundState(r, v.texts[k]!);
          if (st && !states.includes(st)) states.push(st);
        }
        headWord = span > 1 ? v.lower.slice(k, k + span).join(' ') : headKey(r.lex, stripCase(withoutPossessive(r.lex, v.lower[k]!)));
        // the noun before a genitive attribute is the head ("Präsident des … Landes")
        if (span === 1 && k + 1 < to && (r.lex.genitiveLinks.has(v.lower[k + 1]!) || f.benefactiveLinks.has(v.lower[k + 1]!))) headLocked = true;
      }
      k += span - 1;
      // after the head, a preposition other than a genitive ("envoy to the UN", "Botschafter in Berlin") names no state of the person
      if (head && !h && (r.lex.stopWords.has(v.lower[k]!) || r.lex.locativePreps.has(v.lower[k]!)) && !r.lex.genitiveLinks.has(v.lower[k]!) && !f.benefactiveLinks.has(v.lower[k]!) && !r.lex.determiners.has(v.lower[k]!)) pastPrep = true;
      const st = pastPrep ? null : stateOfTok(k);
      if (st && !states.includes(st)) states.push(st);
      const id = cl.tokenEntity[k];
      if (id && cl.drafts.get(id)?.type === 'PER') person = id;
      if (!used[k] && v.texts[k]!.includes('-')) {
        const prefix = v.texts[k]!.split('-')[0]!;
        for (const hit of r.kb.lookup(prefix)) {
          if ((hit.entity.kind === 'country' || hit.entity.deFacto) && !states.includes(hit.entity.id)) states.push(hit.entity.id);
          else if (hit.entity.type === 'ORG' && !orgs.includes(hit.entity.id)) orgs.push(hit.entity.id);
        }
        const named = orgByForm.get(prefix);
        if (named && !orgs.includes(named)) orgs.push(named);
      }
      // (a two-word region adjective first: "South American", "Central Asian")
      // (whose second word names no region of its own: "Central Asian" is not "Asian")
      const reg2 = k + 1 < to && r.lex.regionStarts.has(v.lower[k]!) ? r.lex.regionAdjectives.get(`${v.lower[k]} ${v.lower[k + 1]}`) : undefined;
      const reg = reg2 ?? (k === regionEnd ? undefined : regionOf(r.lex, v.lower[k]!));
      if (reg2) regionEnd = k + 1;
      if (reg) region = reg;
    }
    if (!head) return null;
    if (!states.length && fallback) states.push(federalStateFor(fallback, from));
    const l0 = v.lower[from]!;
    return { from, to, head, headWord, states, orgs, person, region, possessive: r.lex.possessives.has(l0), definite: r.lex.definite.has(l0), indefinite: r.lex.determiners.has(l0) && !r.lex.definite.has(l0) };
  };

  const rankWords = new Set([...r.lex.ranks].flatMap((x) => x.split(' ')));
  const named = [...cl.drafts.values()].flatMap((d) => d.cands.map((ci) => ({ d, c: cands[ci]! }))).filter((x) => x.c.kind === 'name').sort((a, b) => a.c.start - b.c.start);

  // heads inside or right after a name teach what a later "the bureau", "the exercises" is
  const learnHeads = (): void => {
    for (const { d, c } of named) {
      if (d.type === 'PER' || d.type === 'GPE') continue;
      for (let k = c.from; k <= c.to && k < n; k++) {
        if (k === c.to && (v.sentence[k] !== v.sentence[c.from] || cl.tokenEntity[k])) break;
        // (in an open compound the last noun is the head: "the SNAI prison agency" is no prison)
        if (k === c.to && !r.lex.forms.compoundHeads && k + 1 < n && v.sentence[k + 1] === v.sentence[k] && /^\p{Ll}/u.test(v.texts[k + 1]!) && headAt(v, r.lex, k + 1)) break;
        const h = headAt(v, r.lex, k);
        if (h && h.type !== 'PER' && h.type !== 'GPE' && !r.lex.governmentWords.has(v.lower[k]!)) headMemo.set(headKey(r.lex, stripCase(v.lower[k]!)), d.id);
      }
    }
  };
  learnHeads();

  // 1. titles right before a name
  // a demonstrative that opens its clause (the sentence's first word or one after a punctuation mark): there it may
  // stand alone before the finite verb ("Das", "Dies"; `demonstrativeOpeners`)
  const clauseOpener = (x: number, s0: number): boolean => x >= s0 && r.lex.demonstrativeOpeners.has(v.lower[x]!) && (x === s0 || /^\p{P}$/u.test(v.texts[x - 1]!));
  // a head noun of a kind other than a person's ("Hauptstadt", "Regierung"), not a name
  const otherKindHead = (k: number): boolean => {
    const h = headAt(v, r.lex, k);
    return !!h && h.type !== 'PER';
  };
  const titlesBefore = (): void => {
    for (const { d, c } of named) {
      const s0 = sentStart(v, c.from);
      // "Sicherheitsberater Trumps" is Trump's adviser, not Trump
      if (isGenitiveName(v, r, c)) continue;
      const quoted = c.from - 1 > s0 && /^["„“‚‘»«]$/.test(v.texts[c.from - 1]!);
      // "the Philippines’ main island of Luzon": a place noun with its naming link before the name
      const ofPlace = c.from - 2 >= s0 && r.lex.genitiveLinks.has(v.lower[c.from - 1]!) && f.namingLinks.has(v.lower[c.from - 1]!) && d.type !== 'PER' && (headAt(v, r.lex, c.from - 2)?.type ?? 'PER') !== 'PER';
      const end = quoted || ofPlace ? c.from - 1 : c.from;
      const k0 = end - 1;
      if (k0 < s0 || r.lex.honorifics.has(v.lower[k0]!)) continue;
      if (!(title[k0] || (headAt(v, r.lex, k0) && !used[k0]))) continue;
      // (a regional state noun only after its region: "the Gulf state of Qatar", not "the state of Israel"; with its naming
      // link before a place that is no sovereign state it names a subdivision: "the northern state of Sinaloa")
      const subdivision = ofPlace && d.type === 'GPE' && d.kb?.kind !== 'country' && !d.kb?.deFacto;
      if (headAt(v, r.lex, k0)?.regional && !subdivision && !(k0 > s0 && (r.lex.regionAdjectives.has(v.lower[k0 - 1]!) || regionOf(r.lex, v.lower[k0 - 1]!)))) continue;
      let a = end;
      // the "und" between two joined titles, if any
      let joined = -1;
      // a capitalised title ("President", "Foreign Minister") takes only capitalised modifiers; a lower-case one ("press secretary") also nouns before it
      let capsTitle: boolean | null = null;
      for (let k = k0; k >= s0; k--) {
        const l = v.lower[k]!;
        if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) { a = k; break; }
        // (the rest of a name whose genitive the title took: "Sri Lankas Präsident", "Kim Jong Uns Schwester")
        if (used[k] && k + 1 === a && a < end && cl.tokenEntity[k] && cl.tokenEntity[k] === cl.tokenEntity[a] && v.starts[a]! > v.ends[k]!) { a = k; continue; }
        if (used[k] && cl.tokenEntity[k] && cl.drafts.get(cl.tokenEntity[k]!)?.type === 'PER' && !isGenitive(v, k, r.lex)) break;
        // "former President", "acting Defense Secretary": a lower-case office modifier before a capitalised title belongs to it
        // (where nouns are capitalised, a lower-case word before a title is its adjective)
        if (!f.nounsCapitalised && capsTitle === true && !v.capital[k] && !title[k]) {
          if (r.lex.titleModifiers.has(l)) { a = k; continue; }
          break;
        }
        // plural possessive written as a separate apostrophe ("the Philippines’ main island")
        if (f.possessiveClitics.includes(v.texts[k]!) && k > s0 && used[k - 1]) { a = k; continue; }
        if (capsTitle === null && (title[k] || headOf(r.lex, l)) && !rankWords.has(l)) capsTitle = v.capital[k]!;
        // "Staats- und Parteichef": an elliptical compound joined by "und"
        if ((l === 'und' || l === 'oder' || l === 'and') && k > s0 && v.texts[k - 1]!.endsWith('-')) { a = k - 1; k--; continue; }
        // "Der Oppositionspolitiker und Kongressabgeordnete Guillermo Bermejo": two titles joined by "und"
        if ((l === 'und' || l === 'and') && joined < 0 && k > s0 && a < end && v.lower.slice(a, end).some((w) => headOf(r.lex, w)?.type === 'PER') && headAt(v, r.lex, k - 1)?.type === 'PER' && !used[k - 1]) { joined = k; a = k - 1; k--; continue; }
        // a capitalised word inside a title-case title ("Supreme Leader", "Deputy Prime Minister", "Oberster Führer")
        if (v.capital[k] && !used[k] && !title[k] && !r.lex.stopWords.has(l) && !r.lex.notNames.has(l) && !r.lex.determiners.has(l) && (title[k + 1] || headAt(v, r.lex, k + 1)) && (capsTitle === true || f.nounsCapitalised) && /^\p{L}+$/u.test(l) && (!f.adjectiveEndings.length || !!endingOf(l, f.adjectiveEndings, 0))) { a = k; continue; }
        // (a past-tense verb ends the title: "Police detained opposition leader Dawit Kipiani")
        if (!title[k] && verbAfterNoun(r, v, k)) break;
        // (so does a verb of saying after a demonstrative that opens its clause: "Das kündigte Innenminister X an", "Dies
        // teilte Präsidentin Y mit" — no participle, which would need its own prefix: "die gekündigte …")
        if (!title[k] && r.lex.speechVerbForms.has(l) && clauseOpener(k - 1, s0)) break;
        // (where nouns are capitalised, a noun of another kind before a person's title is no part of it but the end of the
        // phrase before: "traf in der syrischen Hauptstadt Präsident X" — the title is "Präsident")
        if (f.nounsCapitalised && a < end && !title[k] && !used[k] && v.capital[k] && !rankWords.has(l) && otherKindHead(k)) break;
        // (a compound adjective with a name before its hyphen modifies the title: "der Al-Kaida-nahen Gruppe JNIM")
        if (a < end && compoundAdjective(r, v, k)) { a = k; continue; }
        if (title[k] || headOf(r.lex, l) || (used[k] && (!f.compoundHeads || isGenitive(v, k, r.lex) || owned[k] === 2)) || adjLike(r, v, k) || (!f.nounsCapitalised && (/^\p{Ll}/u.test(v.texts[k]!) || (v.startish[k] && !used[k])) && !r.lex.stopWords.has(l) && !r.lex.notNames.has(l) && /^\p{L}+$/u.test(l))) { a = k; continue; }
        break;
      }
      // a leading name that is not a modifier (verb-less lists) stays out: trim lower-case words (no nouns where nouns are capitalised) before the first modifier
      while (a < end && !f.nounsCapitalised && !used[a] && !title[a] && !headAt(v, r.lex, a) && !r.lex.determiners.has(v.lower[a]!) && /^\p{Ll}/u.test(v.texts[a]!) && !nextIsChainNoun(v, r, a, end)) a++;
      const np = npOf(a, end);
      // a rank alone is a title too ("General Khalifa Haftar", "Oberst Assimi Goïta")
      if (!np && d.type === 'PER' && rankAt(v, r.lex, a, end) === end - a) {
        add(d, a, end, 'rank', null);
        continue;
      }
      if (!np || !compatible(np.head.type, d.type)) continue;
      // ranks form their own description ("Major General" apart from "Philippine Marine Corps Commandant")
      let segStart = a;
      let k = a;
      while (k < end) {
        const rl = rankAt(v, r.lex, k, end);
        // (modifiers without a noun of their own stay with the rank: "Saudi Crown Prince", "Der saudische Kronprinz")
        const before = rl > 0 && k > segStart ? npOf(segStart, k) : null;
        if (rl > 0 && k > segStart && !before) { k += rl; continue; }
        if (rl > 0) {
          if (k > segStart) add(d, segStart, k, 'title', before);
          add(d, k, k + rl, 'rank', null);
          k += rl;
          segStart = k;
        } else k++;
      }
      if (segStart < end) {
        add(d, segStart, end, 'title', npOf(segStart, end) ?? np);
        // a title right before a name is also written without its article ("den Oppositionspolitiker Dawit Kipiani",
        // "der Rebellengruppe M23": "Oppositionspolitiker", "Rebellengruppe")
        // (listed only: the phrase with its article is the mention)
        if (end - segStart > 1 && r.lex.determiners.has(v.lower[segStart]!) && !r.lex.determiners.has(v.lower[segStart + 1]!)) addVariant(d, segStart + 1, end, 'title-bare');
        // and each of two joined titles ("Der Oppositionspolitiker", "Kongressabgeordnete")
        if (joined > segStart && joined < end) {
          addVariant(d, segStart, joined, 'title-bare');
          addVariant(d, joined + 1, end, 'title-bare');
        }
      }
    }
  };
  titlesBefore();

  // an indefinite apposition after a person's name whose noun the lexicon does not know ("Said Abdullahi, a local
  // elder in Jilib,", "Omar Ali, ein Bauer aus dem Dorf,"): the article, then modifiers and one noun (lower case where
  // nouns are not capitalised, capitalised where they are), then an optional prepositional tail; no name before the tail
  const openPersonApposition = (x: number, y: number): boolean => {
    if (!r.lex.singularDeterminers.has(v.lower[x]!) || r.lex.definite.has(v.lower[x]!) || y - x < 2 || y - x > 10) return false;
    let z = x + 1;
    while (z < y && !r.lex.stopWords.has(v.lower[z]!) && !r.lex.locativePreps.has(v.lower[z]!)) {
      // (a person noun the lexicon knows is marked as a title, and is the noun here: "ein Politiker aus dem Dorf")
      if (used[z] || (title[z] && headAt(v, r.lex, z)?.type !== 'PER')) return false;
      const upper = /^\p{Lu}/u.test(v.texts[z]!);
      if (!/^[\p{L}\d][\p{L}\d-]*$/u.test(v.texts[z]!)) return false;
      if (f.nounsCapitalised ? !upper && !adjLike(r, v, z) : upper) return false;
      z++;
    }
    // (the noun ends the run: a German noun is capitalised; the tail opens with a preposition)
    if (z === x + 1 || (f.nounsCapitalised && !/^\p{Lu}/u.test(v.texts[z - 1]!))) return false;
    // (a tail is a place or a body: "in Jilib", "at the university", "aus dem Dorf"; not "a day after the vote")
    return z === y || (z + 1 < y && (r.lex.locativePreps.has(v.lower[z]!) || r.lex.genitiveLinks.has(v.lower[z]!)));
  };

  // 2. appositions after a name: "Robert M. Danin, a senior fellow at …"
  const appositionsAfter = (): void => {
    for (const { d, c } of named) {
      let k = c.to;
      const se = v.sentEnd[c.from]!;
      if (k < se && v.texts[k] === '(') { while (k < se && v.texts[k] !== ')') k++; k++; }
      // (a name's abbreviation in brackets: "Die Bangladesh Nationalist Party (BNP), die größte Oppositionspartei …")
      else if (k < se && v.texts[k] === ')' && c.from > 0 && v.texts[c.from - 1] === '(') k++;
      if (k >= se || v.texts[k] !== ',') continue;
      // "Kaja Kallas, now the EU's foreign policy chief": a time adverb opens the apposition, it is not part of it
      const a = k + 2 < se && r.lex.appositionAdverbs.has(v.lower[k + 1]!) ? k + 2 : k + 1;
      let b = a;
      while (b < se && b - a < 22 && !/^[,.;:!?"„“”»«()—–]$/.test(v.texts[b]!)) b++;
      if (b === a || b - a >= 22) continue;
      const l0 = v.lower[a]!;
      // an apposition starts with an article, "one (of)", a title, or modifiers that reach a head within four words
      let headSoon = false;
      for (let z = a; z < Math.min(b, a + 4); z++) {
        if (headAt(v, r.lex, z) || title[z]) { headSoon = true; break; }
        // a function word before the head makes it no noun phrase: "Woody Island, according to the ministry"
        if (z > a && r.lex.stopWords.has(v.lower[z]!) && !r.lex.determiners.has(v.lower[z]!) && !r.lex.possessives.has(v.lower[z]!)) break;
      }
      const partitive = r.lex.partitives.has(l0) && a + 1 < b && (r.lex.genitiveLinks.has(v.lower[a + 1]!) || r.lex.definite.has(v.lower[a + 1]!));
      const startsNp = r.lex.determiners.has(l0) || partitive || !!headOf(r.lex, l0) || title[a] === 1 || ((adjLike(r, v, a) || /^\p{Lu}/u.test(v.texts[a]!)) && headSoon);
      if (!startsNp || (cl.tokenEntity[a] && !adjLike(r, v, a) && !isGenitive(v, a, r.lex))) continue;
      // English: a verb right after the comma opens a clause, not an apposition ("Matthew Wale, accused the prime
      // minister of …", "ECOWAS, urged the authorities …", "…with China, saying his government would …"); a
      // participle used as an adjective takes no article after it ("Luc Hallade, exiled former envoy")
      if (a + 1 < b && /^\p{Ll}/u.test(v.texts[a]!) && (!!endingOf(l0, f.verbAfterNounEndings, 0) || !!endingOf(l0, f.gerundEndings, 0) || r.lex.pastForms.has(l0)) && (r.lex.determiners.has(v.lower[a + 1]!) || r.lex.possessives.has(v.lower[a + 1]!) || r.lex.stopWords.has(v.lower[a + 1]!))) continue;
      if (r.lex.determiners.has(l0) && !partitive && a + 1 < b && (r.lex.stopWords.has(v.lower[a + 1]!) || r.lex.determiners.has(v.lower[a + 1]!))) continue;
      // "X, the United States said …" is a new clause, not an apposition
      if (r.lex.determiners.has(l0) && a + 1 < b && used[a + 1] && !isAdj(a + 1) && !isGenitive(v, a + 1, r.lex)) continue;
      // "Manele, a former diplomat who took office in May,": a relative clause after the head ends the apposition (the
      // whole phrase is listed as well)
      let full = -1;
      for (let x = a + 2; x < b; x++) {
        if (f.relativePronouns.has(v.lower[x]!) && r.lex.determiners.has(l0) && /^\p{Ll}+$/u.test(v.texts[x - 1]!) && npOf(a, x)) { full = b; b = x; break; }
        // (so does a participle with its agent: "The National Unity Government, a shadow administration formed by ousted
        // lawmakers," — a reduced relative clause, no finite verb)
        if (x + 1 < b && f.agentLinks.has(v.lower[x + 1]!) && verbAfterNoun(r, v, x) && r.lex.determiners.has(l0) && npOf(a, x)) { full = b; b = x; break; }
      }
      let clause = false;
      for (let x = a; x < b; x++) if (r.lex.stopWords.has(v.lower[x]!) && r.lex.clauseVerbs.has(v.lower[x]!)) clause = true;
      // where nouns are capitalised, a lower-case word that is no article, function word or
      // attributive adjective is a verb, so "sagte dem Spiegel, die Regierung müsse handeln" is a clause
      if (f.nounsCapitalised) {
        for (let x = partitive ? a + 1 : a; x < b && !clause; x++) {
          const l = v.lower[x]!;
          if (/^\p{Ll}/u.test(v.texts[x]!) && !r.lex.stopWords.has(l) && !r.lex.determiners.has(l) && !r.lex.possessives.has(l) && !r.lex.locativePreps.has(l) && !r.lex.genitiveLinks.has(l) && !title[x] && !headOf(r.lex, l) && !adjLike(r, v, x)) clause = true;
        }
      }
      // a past-tense verb after a noun ("Minsk, the foreign ministry dismissed …") makes it a clause too
      for (let x = a + 1; x < b && !clause; x++) if (verbAfterNoun(r, v, x)) clause = true;
      if (clause) continue;
      // "executive vice president of X and a former U.S. ambassador to Israel": two descriptions
      const parts: [number, number][] = [];
      let p = a;
      for (let x = a + 1; x < b - 1; x++) {
        if ((v.lower[x] === 'and' || v.lower[x] === 'und') && r.lex.determiners.has(v.lower[x + 1]!)) { parts.push([p, x]); p = x + 1; }
      }
      parts.push([p, b]);
      for (const [x, y] of parts) {
        const np = npOf(x, y);
        if ((!np || !compatible(np.head.type, d.type)) && d.type === 'PER' && openPersonApposition(x, y)) {
          add(d, x, y, 'apposition-open', null);
          continue;
        }
        if (!np || !compatible(np.head.type, d.type)) continue;
        // "…, der Zeitung Korea JoongAng": the phrase introduces the next name
        let introduces = false;
        // (not a name in a genitive tail: "ein langjähriger Vertrauter des Ex-Präsidenten Nursultan Nasarbajew")
        let tail = false;
        for (let z = x; z + 1 < y && !introduces; z++) {
          if (z > x && r.lex.genitiveLinks.has(v.lower[z]!)) tail = true;
          if (!tail && headAt(v, r.lex, z) && !used[z] && used[z + 1] && !isAdj(z + 1) && !isGenitive(v, z + 1, r.lex)) introduces = true;
        }
        if (introduces) continue;
        add(d, x, y, 'apposition', np);
        if (full > y && y === b) addVariant(d, x, full, 'apposition-relative');
        // also the phrase without its prepositional tail ("a Philippine-garrisoned island" of "… island in the Spratly group")
        for (let z = x + 1; z < y - 1; z++) {
          if (headAt(v, r.lex, z) && r.lex.stopWords.has(v.lower[z + 1]!) && !r.lex.genitiveLinks.has(v.lower[z + 1]!)) { add(d, x, z + 1, 'apposition', np); break; }
        }
      }
    }
  };
  appositionsAfter();

  // 3. appositions before a name: "Kims Schwester, Kim Yo Jong,", "Sudan’s president, Omar Hassan al-Bashir"
  const appositionsBefore = (): void => {
    for (const { d, c } of named) {
      const s0 = sentStart(v, c.from);
      // (a rank or title between the comma and the name is the name's own: "the transitional president, Capt. Ibrahim Traoré")
      let from = c.from;
      // (with its modifiers: "Its leader, former police officer Jimmy Chérizier")
      while (from - 1 > s0 && (title[from - 1] || r.lex.titleModifiers.has(v.lower[from - 1]!) || r.lex.formerModifiers.has(v.lower[from - 1]!)) && v.texts[from - 1] !== ',') from--;
      // (an article before the name: "Ihre Partei, die Nationale Liga für Demokratie" — then the phrase must end in its head)
      const article = from - 2 > s0 && r.lex.definite.has(v.lower[from - 1]!) && v.texts[from - 2] === ',' && !!headAt(v, r.lex, from - 3);
      if (article) from--;
      if (from - 2 < s0 || v.texts[from - 1] !== ',' || inDesc[from - 2]) continue;
      // (an abbreviation in brackets before the comma stays out: "der frühere Chef des Nationalen
      // Sicherheitskomitees (KNB), Karim Massimow")
      let phraseEnd = from - 1;
      if (v.texts[phraseEnd - 1] === ')') {
        let p = phraseEnd - 2;
        while (p > s0 && p > phraseEnd - 6 && v.texts[p] !== '(') p--;
        if (v.texts[p] === '(' && p - 1 >= s0) phraseEnd = p;
      }
      let a = phraseEnd;
      for (let k = phraseEnd - 1; k >= s0; k--) {
        const l = v.lower[k]!;
        if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) {
          a = k;
          if (r.lex.genitiveLinks.has(l) && k > s0 && (headAt(v, r.lex, k - 1) || (v.capital[k - 1] && f.nounsCapitalised))) continue;
          // the article of a prepositional tail: "envoy to the UN"
          if (k - 2 >= s0 && (r.lex.stopWords.has(v.lower[k - 1]!) || r.lex.locativePreps.has(v.lower[k - 1]!)) && headAt(v, r.lex, k - 2)?.type === 'PER') continue;
          break;
        }
        // a prepositional tail of the head stays in ("Beijing’s envoy to the UN, Fu Cong", "the chief executive of Volkswagen, Oliver Blume")
        const headBefore = k > s0 ? headAt(v, r.lex, k - 1) ?? (k - 1 > s0 ? r.lex.heads.get(`${v.lower[k - 2]} ${v.lower[k - 1]}`) : undefined) : undefined;
        if ((r.lex.stopWords.has(l) || r.lex.locativePreps.has(l)) && headBefore?.type === 'PER' && !/^\p{P}$/u.test(v.texts[k]!)) { a = k; continue; }
        if (/^\p{P}$/u.test(v.texts[k]!) || r.lex.stopWords.has(l) || r.lex.locativePreps.has(l)) break;
        a = k;
        // a possessor's name opens the phrase; a word before it belongs to the clause ("a claim Mexico's security
        // secretary, X, denied": "Mexico's security secretary")
        const possessor = used[k] === 1 && !!cl.tokenEntity[k] && (genitiveForm(r.lex, v.texts[k]!) || (k + 1 < phraseEnd && f.possessiveClitics.includes(v.texts[k + 1]!)));
        if (possessor) {
          let b = a;
          while (b - 1 >= s0 && cl.tokenEntity[b - 1] === cl.tokenEntity[k]) b--;
          // (a genitive after its noun keeps its article and the noun: "die Sprecherin des Weißen Hauses, Karoline Leavitt")
          const before = b - 1 >= s0 ? v.lower[b - 1]! : '';
          // (so does a name's genitive after its person noun, where names take one: "Der Handelsminister Kenias, X")
          // (the genitive closes the phrase: "Sprecher Lukas Brandl forderte, X" has none)
          const afterNoun = !!f.nameGenitive && k === phraseEnd - 1 && genitiveForm(r.lex, v.texts[k]!) && b - 1 >= s0 && !used[b - 1] && headAt(v, r.lex, b - 1)?.type === 'PER';
          if (!r.lex.determiners.has(before) && !r.lex.genitiveLinks.has(before) && !afterNoun) { a = b; break; }
        }
      }
      if (a >= phraseEnd) continue;
      const np = npOf(a, phraseEnd);
      if (!np || !compatible(np.head.type, d.type) || np.person === d.id) continue;
      add(d, a, phraseEnd, 'apposition-before', np);
    }
  };
  appositionsBefore();

  // a state named only through its capital ("die Regierung in Peking"): its entity, from the knowledge base
  const stateDraft = (id: string): Draft | undefined => {
    const e = r.kb.get(id);
    if (!e) return undefined;
    const d: Draft = {
      id, type: e.type, name: e.name, wikidata: e.wikidata, kb: e, state: id, cands: [], descs: [], roles: [...e.roles], heads: new Set(),
      first: Infinity, last: -1, count: 0, surnames: [], rule: `kb:${e.kind}`, kbKind: e.kind,
    };
    cl.drafts.set(id, d);
    return d;
  };

  // an entity for a collective of a state ("die Opposition"); descriptions only. Its state is the one the phrase names,
  // else the dateline's, else the one the text is most about (as for an unqualified organ)
  // the draft of an entity the text never names: descriptions only, its first mention at token `from`
  const describedOnly = (id: string, type: EntityType, name: string, state: string | null, from: number, roles: Draft['roles'] = []): Draft => {
    const d: Draft = {
      id, type, name, wikidata: null, kb: null, state, cands: [], descs: [], roles, heads: new Set(),
      first: v.starts[from]!, last: v.starts[from]!, count: 0, surnames: [], rule: 'unnamed', kbKind: null,
    };
    cl.drafts.set(id, d);
    return d;
  };
  // an id not taken yet: `base`, else `base-2`, `base-3` …
  const freeId = (base: string): string => {
    let id = base;
    for (let i = 2; cl.drafts.has(id); i++) id = `${base}-${i}`;
    return id;
  };

  const unnamedCollective = (from: number, to: number, named: string | null): number => {
    const np = npOf(from, to);
    if (!np) return from + 1;
    const st = named ?? stateForOrgan(v, cands, cl);
    const id = `${st ?? 'unnamed'}-${kebabWord(np.headWord)}`;
    const d = cl.drafts.get(id) ?? describedOnly(id, 'ORG', `${np.headWord}${st ? ` (${r.kb.get(st)?.name ?? st})` : ''}`, st, from);
    add(d, from, to, 'unnamed', np);
    return to;
  };

  // the English name of an unnamed local institution with head `head` at `city` (`institutionNames`: "Cologne court";
  // a city from a dateline in capitals title-cased: "SPRINGFIELD" → "Springfield"); a head not listed keeps its word,
  // capitalised as a noun of the language, with the city in brackets
  const institutionName = (head: string, city: Draft | null): string => {
    const place = city ? city.name.split(' ').map((w) => titleCase(w) ?? w).join(' ') : null;
    const pattern = r.lex.institutionNames.get(head);
    if (pattern !== undefined) return (place ? pattern.replace('{place}', place) : pattern.replace('{place}', '')).trim();
    const word = f.nounsCapitalised ? head.charAt(0).toUpperCase() + head.slice(1) : head;
    return `${word}${place ? ` (${place})` : ''}`;
  };

  // the city a report is from: the dateline's, else the city named last before offset `at` in its or the two sentences
  // before ("In Leipzig ist ein Auto … teilte die Polizei mit")
  const reportCity = (at: number): Draft | null => {
    const sent = v.sentence[tokenAtOffset(v, at)] ?? 0;
    let best: Draft | null = null;
    let bestAt = -1;
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci]!;
      const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
      // (a city or place, known to the base or not: "Leipzig", "Springfield"; no state)
      if (!d || d.type !== 'GPE' || d.kb?.kind === 'country') continue;
      if (v.zone[c.from] === 'dateline') return d;
      if (c.start < at && c.start > bestAt && sent - c.sentence <= 2) { best = d; bestAt = c.start; }
    }
    return best;
  };

  // an entity for a local institution no state takes and no named body answers ("Die Staatsanwaltschaft ermittelt", "das
  // Gericht" in a report from a federal state's city, `localInstitutions`): descriptions only, placed at the report's
  // city, under its canonical English name ("Leipzig public prosecutor's office"); one per head and city, so later
  // mentions join it
  const unnamedInstitution = (from: number, to: number, np: Np): number => {
    const city = reportCity(v.starts[from]!);
    const id = `${city ? city.id : 'unnamed'}-${kebabWord(np.headWord)}`;
    const d = cl.drafts.get(id) ?? describedOnly(id, 'ORG', institutionName(np.headWord, city), null, from);
    add(d, from, to, 'unnamed', np);
    return to;
  };

  // an entity for an organisation of a named person that the text never names ("Kipianis Partei"); descriptions only
  const unnamedOrganisation = (from: number, to: number): number => {
    const np = npOf(from, to);
    if (!np) return from + 1;
    // (the id is the phrase as written, like the ids of unknown names: "kipianis-partei")
    const base = kebab(v.doc.text.slice(v.starts[from]!, v.ends[to - 1]!)) || 'organisation';
    const existing = cl.drafts.get(base);
    if (existing?.rule === 'unnamed') {
      add(existing, from, to, 'unnamed', np);
      return to;
    }
    const d = describedOnly(freeId(base), 'ORG', v.doc.text.slice(v.starts[from]!, v.ends[to - 1]!), null, from);
    add(d, from, to, 'unnamed', np);
    return to;
  };

  // an agreement, bill or pipeline the text never names ("a framework agreement", "das Abkommen vom März 2025"): an entity
  // of its own with descriptions only (the gold's unnamed MISC and FAC entities); a later definite phrase of its head or
  // head class finds it through `resolveNp`
  // (a date after "von"/"vom"/"of" belongs to the phrase: "das Abkommen vom März 2025", "die Vereinbarungen von 2022")
  const times = v.doc.get('times');
  const unnamedThing = (from: number, at: number, type: EntityType): number => {
    let to = at;
    if (to + 1 < v.sentEnd[from]! && (r.lex.genitiveLinks.has(v.lower[to]!) || r.lex.definiteContractions.has(v.lower[to]!))) {
      const t = times.find((x) => x.start === v.starts[to + 1]);
      if (t) while (to < v.sentEnd[from]! && v.ends[to]! < t.end) to++;
      if (t && v.ends[to] === t.end) to++;
      else to = at;
    }
    const np = npOf(from, to);
    if (!np) return from + 1;
    const d = describedOnly(freeId(`unnamed-${kebabWord(np.headWord)}`), type, v.doc.text.slice(v.starts[from]!, v.ends[to - 1]!), null, from);
    add(d, from, to, 'unnamed', np);
    return to;
  };
  const thingHead = (h: Head, word: string): boolean => (h.type === 'MISC' || h.type === 'FAC') && (r.lex.unnamedThings.has(word) || (f.compoundHeads && [...r.lex.unnamedThings].some((t) => word.endsWith(t))));

  // the person named last before offset `at`, in its sentence or the one before
  const latestPerson = (at: number): Draft | null => {
    let best: Draft | null = null;
    let bestAt = -1;
    for (const d of cl.drafts.values()) {
      if (d.type !== 'PER' || !d.cands.length) continue;
      const x = lastBefore(cands, d, at);
      if (x > bestAt) { best = d; bestAt = x; }
    }
    return best && v.doc.sentenceAt(at) - v.doc.sentenceAt(bestAt) <= 1 ? best : null;
  };
  const personStateOf = (d: Draft): string | null => d.state ?? d.roles.find((x) => x.of && activeAt(x, v.doc.meta.published))?.of ?? null;

  // the unnamed office holders made so far whose head noun stands in a class of `individualClasses`, in text order, for a
  // later definite noun of the same class ("Ein Polizist wurde verletzt. Der Beamte …", "A policeman … The officer")
  const holders: { d: Draft; classes: ReadonlySet<string>; state: string | null; sentence: number; at: number }[] = [];
  // whether a person the text names has a name between offsets `from` and `to` (read afresh: few phrases ask)
  const personNameBetween = (from: number, to: number): boolean =>
    cands.some((c, ci) => c.kind === 'name' && c.start > from && c.start < to && !!cl.owner[ci] && cl.drafts.get(cl.owner[ci]!)?.type === 'PER');
  // the unnamed holder a definite phrase of its head's class refers back to: the latest sharing a class, within
  // GROUP_WINDOW sentences, no person named between and no other state in the phrase
  const holderFor = (np: Np, from: number): (typeof holders)[number] | null => {
    if (!np.definite || np.person || np.possessive) return null;
    const classes = npClasses(np);
    if (!classes) return null;
    const at = v.starts[from]!;
    for (let i = holders.length - 1; i >= 0; i--) {
      const h = holders[i]!;
      if (![...h.classes].some((c) => classes.has(c))) continue;
      if (v.sentence[from]! - h.sentence > GROUP_WINDOW || personNameBetween(h.at, at)) return null;
      return !np.states.length || np.states[0] === h.state ? h : null;
    }
    return null;
  };
  // an entity for an individual the text never names; it has descriptions only
  const unnamedPerson = (from: number, to: number, state: string | null = null): number => {
    const np = npOf(from, to);
    if (!np) return from + 1;
    // "Ein Polizist … Der Beamte": a definite phrase of the class of an unnamed holder made before is that holder
    const holder = holderFor(np, from);
    if (holder) {
      add(holder.d, from, to, 'reference', np);
      holder.sentence = v.sentence[from]!;
      holder.at = v.starts[from]!;
      return to;
    }
    // a definite person noun with an age ("The 38-year-old lawyer", "Der 38-jährige Anwalt") speaks of someone the text
    // named just before, not of a new person
    let aged = false;
    for (let x = from; x < to; x++) if (AGE_NOUN.test(v.texts[x]!)) aged = true;
    const named = aged && np.definite ? latestPerson(v.starts[from]!) : null;
    if (named) {
      add(named, from, to, 'reference', np);
      return to;
    }
    // "eine Sprecherin des Ministeriums" right after "das Auswärtige Amt": an organ tail that names again an office the
    // text just named speaks for that office, as "eine Sprecherin des Auswärtigen Amts" does (no state's spokesperson)
    // (not one a place after it puts elsewhere: "eine Sprecherin des Ministeriums in Moskau")
    const placed = to + 1 < n && r.lex.seatPrepositions.has(v.lower[to]!);
    const office = placed ? null : namedOfficeTail(from, to);
    if (office) {
      const d = describedOnly(freeId(`unnamed-${np.head.role ?? kebabWord(np.headWord)}`), 'PER', np.head.role ?? np.headWord, null, from);
      add(d, from, to, 'unnamed', np);
      add(office.d, office.at, to, 'reference', null);
      return to;
    }
    // "ein Regierungssprecher in Warschau", "a spokesman in Beijing": a seat right after the office places it (not a
    // posted office: "der Botschafter in Berlin" is another state's)
    let seatState: string | null = null;
    if (to + 1 < n && r.lex.seatPrepositions.has(v.lower[to]!) && !(np.head.role && r.lex.postedRoles.has(np.head.role))) {
      const e = cl.tokenEntity[to + 1] ? cl.drafts.get(cl.tokenEntity[to + 1]!)?.kb : undefined;
      if (e?.kind === 'country') seatState = e.id;
      else if (e?.seat && e.state) seatState = e.state;
    }
    // "Ein Sprecher der Armee", "an army spokesman": an organ with no state named is the state the text last described
    // with it ("Die Junta in Myanmar … Ein Sprecher der Junta"), else the text's state
    // (one that names its state by default keeps it: "Ein Sprecher der Bundesregierung")
    let organState: string | null = null;
    for (let x = from; x < to && !organState; x++) {
      if (!r.lex.governmentWords.has(v.lower[x]!)) continue;
      const own = headAt(v, r.lex, x)?.state ?? prefixState(r, v.texts[x]!);
      organState = own ? federalStateFor(own, from) : stateDescribedWith(r.lex, cl.drafts.values(), v.lower[x]!, v.starts[from]!) ?? stateForOrgan(v, cands, cl, v.starts[from]!);
    }
    const st = np.states[0] ?? state ?? seatState ?? organState;
    const base = `${st ?? 'unnamed'}-${np.head.role ?? kebabWord(np.headWord)}`;
    const stateName = st ? r.kb.get(st)?.name ?? st : null;
    // (the office and the state it was placed in, for the stages that read entities: a speaker acts for it)
    const roles = st && np.head.role ? [{ role: np.head.role, of: st, source: 'text' as const, sentence: v.sentence[from]! }] : [];
    const d = describedOnly(freeId(base), 'PER', `${np.head.role ?? np.headWord}${stateName ? ` of ${stateName}` : ''}`, st, from, roles);
    add(d, from, to, 'unnamed', np);
    const classes = npClasses(np);
    if (classes) holders.push({ d, classes, state: st, sentence: v.sentence[from]!, at: v.starts[from]! });
    const organ = st ? organTail(from, to) : -1;
    const stD = organ >= 0 && st ? cl.drafts.get(st) ?? stateDraft(st) : undefined;
    if (stD) add(stD, organ, to, 'reference', null);
    return to;
  };
  // the named organisation an unnamed office holder's organ tail refers back to (`resolveNp`: a definite bare head of
  // its name's class, named in this or the sentence before: "das Auswärtige Amt … eine Sprecherin des Ministeriums"),
  // with the token the tail opens at; null where the tail is a state's organ or names none
  const namedOfficeTail = (from: number, to: number): { d: Draft; at: number } | null => {
    const y = organTail(from, to);
    const tail = y >= 0 ? npOf(y, to) : null;
    if (!tail?.definite || tail.states.length) return null;
    const id = resolveNp(tail, v, cands, isAdj, cl, r, memo, headMemo, normPhrase(v, r.lex, y, to), v.starts[y]!, orgOf, genderOf);
    const d = id ? cl.drafts.get(id) : undefined;
    return d?.type === 'ORG' ? { d, at: y } : null;
  };
  // where the tail of an unnamed office holder's phrase is a state organ ("Ein Sprecher des somalischen
  // Außenministeriums", "a spokesman for the Somali foreign ministry"), the token its phrase opens at ("des", "the"), else
  // -1: the organ is a description of its state as well (an unnamed spokesperson is no entity of the text's own, the
  // convention, and the organ is what the text names)
  const organTail = (from: number, to: number): number => {
    for (let x = from + 1; x < to; x++) {
      if (!r.lex.genitiveLinks.has(v.lower[x]!) && !f.benefactiveLinks.has(v.lower[x]!)) continue;
      const y = r.lex.determiners.has(v.lower[x]!) ? x : x + 1;
      if (y >= to || !r.lex.determiners.has(v.lower[y]!) || used[y]) return -1;
      for (let z = y + 1; z < to; z++) {
        if (used[z] && !isAdj(z)) return -1;
        if (r.lex.governmentWords.has(v.lower[z]!) || (z + 1 < to && r.lex.governmentWords.has(`${v.lower[z]} ${v.lower[z + 1]}`))) return y;
      }
      return -1;
    }
    return -1;
  };

  // 4. a group of people the text counts but never names ("zwei kosovarische Polizisten", "two Kosovo police
  // officers") is an entity of its own; a later definite plural of a group noun of the same class ("Die beiden
  // Beamten", "the officers") within three sentences refers to it. Only count words make a group: a figure
  // ("12 soldiers were killed") is a casualty count, not a party to refer back to.
  // (the latest group of each class: "Gunmen killed three police officers … The attackers" are the gunmen)
  const groups = new Map<string, { d: Draft; sentence: number }>();
  const classOf = (w: string): string => r.lex.groupClassOf.get(w) ?? w;
  // (a sentence that names an organisation has it act, not an unnamed group: "Al-Shabaab militants", "Fighters of the RSF")
  const orgInSentence = (k: number): boolean => {
    for (let x = sentStart(v, k); x < v.sentEnd[k]!; x++) {
      const id = cl.tokenEntity[x];
      if (id && cl.drafts.get(id)?.type === 'ORG' && v.zone[x] === 'body') return true;
    }
    return false;
  };
  // the end of a genitive tail of common nouns after a group noun ending at `x` ("of inmates", "of the missing men", "der
  // Opfer"): a genitive link, articles and modifiers, then one noun (lower case where nouns are not capitalised,
  // capitalised where they are); `x` where there is none or a name is in it (a named party is read on its own)
  const genitiveTail = (x: number): number => {
    const end = v.sentEnd[x] ?? x;
    if (x + 1 >= end || !r.lex.genitiveLinks.has(v.lower[x]!)) return x;
    let y = x + 1;
    if (r.lex.determiners.has(v.lower[y]!)) y++;
    const plain = (z: number): boolean => z < end && !used[z] && !cl.tokenEntity[z] && /^\p{L}+$/u.test(v.texts[z]!);
    const verbLike = (z: number): boolean => verbAfterNoun(r, v, z) || r.lex.pastForms.has(v.lower[z]!) || r.lex.reportVerbs.has(v.lower[z]!);
    if (f.nounsCapitalised) {
      // (lower-case modifiers, then the capitalised noun)
      while (plain(y) && /^\p{Ll}/u.test(v.texts[y]!) && y - x <= 3) y++;
      return plain(y) && v.capital[y]! ? y + 1 : x;
    }
    // (a lower-case noun, or a modifier and its noun: "of inmates", "of the missing men"; a plural noun ends it)
    if (!plain(y) || !/^\p{Ll}/u.test(v.texts[y]!) || verbLike(y)) return x;
    if (!v.lower[y]!.endsWith('s') && plain(y + 1) && /^\p{Ll}/u.test(v.texts[y + 1]!) && !verbLike(y + 1)) return y + 2;
    return y + 1;
  };
  // whether a word in [from, to) is a possessive ("The fishermen's families": the families are the fishermen's)
  const possessed = (from: number, to: number): boolean => {
    for (let x = from; x < to; x++) if (possessiveOf(r.lex, v.texts[x]!) || owned[x]) return true;
    return false;
  };
  // whether an organisation named before offset `at` was described as an armed or political group ("der Rebellengruppe
  // M23"): a later definite "die Kämpfer" may be its fighters, no group of its own
  const namedArmedGroup = (at: number): boolean => {
    for (const d of cl.drafts.values()) {
      if (d.type !== 'ORG' || !d.cands.length || d.first >= at) continue;
      for (const h of d.heads) if (r.lex.groupHeads.has(h) || (f.compoundHeads && [...r.lex.groupHeads].some((g) => h.endsWith(g)))) return true;
    }
    return false;
  };
  const countedGroups = (): void => {
    for (let k = 0; k < n; k++) {
      const armed = r.lex.armedNouns.has(v.lower[k]!) && (!f.nounsCapitalised || v.capital[k]!);
      if (!(r.lex.groupNouns.has(v.lower[k]!) || armed || r.lex.actorGroupNouns.has(v.lower[k]!)) || inDesc[k] || used[k]) continue;
      const s0 = sentStart(v, k);
      let a = k;
      const counting = (x: number): boolean => r.lex.countWords.has(v.lower[x]!) || r.lex.groupBackWords.has(v.lower[x]!);
      while (a - 1 >= s0 && !counting(a - 1) && (adjLike(r, v, a - 1) || owned[a - 1]! > 0) && !(used[a - 1] && isGenitive(v, a - 1, r.lex) && f.possessiveClitics.length > 0)) a--;
      // ("thousands of Georgian protesters": a link between the count word and the noun)
      if (a - 2 >= s0 && r.lex.countLinks.has(v.lower[a - 1]!) && r.lex.countWords.has(v.lower[a - 2]!)) a--;
      const count = a - 1 >= s0 && counting(a - 1);
      const article = count && a - 2 >= s0 && r.lex.definite.has(v.lower[a - 2]!);
      const back = count && r.lex.groupBackWords.has(v.lower[a - 1]!);
      // the bare plural subject that opens a sentence naming no organisation: "Gunmen killed three police officers",
      // "Unbekannte Bewaffnete haben … entführt", "Relatives of the missing men blocked a highway" — not a generic source
      // ("Witnesses said") nor an adjective before its noun ("Bewaffnete Männer")
      const next = k + 1 < v.sentEnd[k]! ? k + 1 : -1;
      // (a capitalised modifier opening the sentence: "Unbekannte Bewaffnete", "Striking doctors", "Suspected militants")
      const opener = !count && a === k && k === s0 + 1 && !used[s0] && /^\p{L}+$/u.test(v.texts[s0]!) && !!(endingOf(v.lower[s0]!, f.adjectiveEndings, 3) || endingOf(v.lower[s0]!, f.gerundEndings, 3) || endingOf(v.lower[s0]!, f.verbAfterNounEndings, 3) || r.lex.groupModifiers.has(v.lower[s0]!));
      if (opener) a = s0;
      const bare = !count && a === s0 && (armed || r.lex.actorGroupNouns.has(v.lower[k]!)) && next >= 0 && !r.lex.reportVerbs.has(v.lower[next]!) && !(f.nounsCapitalised && v.capital[next]!) && !orgInSentence(k);
      if (bare) {
        // (the same noun again, as the headline's "Gunmen kill 12 …" and the lead's "Gunmen killed …": one group)
        const prev = groups.get(classOf(v.lower[k]!));
        if (prev && v.sentence[k]! - prev.sentence <= GROUP_WINDOW && prev.d.descs.some((x) => x.text.toLowerCase().endsWith(v.lower[k]!))) {
          add(prev.d, a, k + 1, 'reference', null);
          prev.sentence = v.sentence[k]!;
          continue;
        }
        let st: string | null = null;
        for (let x = a; x < k && !st; x++) st = stateOfTok(x);
        const d = describedOnly(freeId(`${st ?? 'unnamed'}-${kebabWord(v.lower[k]!)}`), 'ORG', v.texts.slice(a, k + 1).join(' '), st, a);
        // (with its genitive tail: "Relatives of inmates", "Angehörige der Opfer"; the bare noun listed too)
        const tail = genitiveTail(k + 1);
        add(d, a, tail, 'unnamed', null);
        if (tail > k + 1) addVariant(d, a, k + 1, 'unnamed');
        groups.set(classOf(v.lower[k]!), { d, sentence: v.sentence[k]! });
        k = tail - 1;
        continue;
      }
      if (count && !article && !back) {
        let st: string | null = null;
        for (let x = a; x < k && !st; x++) st = stateOfTok(x);
        const d = describedOnly(freeId(`${st ?? 'unnamed'}-${kebabWord(v.lower[k]!)}`), 'ORG', v.texts.slice(a - 1, k + 1).join(' '), st, a - 1);
        add(d, a - 1, k + 1, 'unnamed', null);
        groups.set(classOf(v.lower[k]!), { d, sentence: v.sentence[k]! });
        continue;
      }
      // a definite plural of private people named after the one organisation the text named before that gathers them is
      // that organisation ("der Deutsche Bauernverband … Die Bauern fordern", "the Strike Committee … The strikers"),
      // not a group of its own; with two such bodies ("der Bauernverband … die Bauernpartei") it stays a group
      if (!count && a - 1 >= s0 && r.lex.definite.has(v.lower[a - 1]!) && r.lex.actorGroupNouns.has(v.lower[k]!) && (!f.nounsCapitalised || f.feminineArticles.has(v.lower[a - 1]!)) && !possessed(a, k)) {
        const body = namedBodyOfGroup(cl, v.lower[k]!, v.starts[a - 1]!, r.lex.gatheringHeads, f, (w) => withoutPossessive(r.lex, w));
        if (body) {
          add(body, a - 1, k + 1, 'reference', null);
          continue;
        }
      }
      const group = groups.get(classOf(v.lower[k]!));
      // a definite plural of armed or private people that no group before answers ("The protesters marched", "Die
      // Siedler griffen … an") is a group of its own: not a noun the later references read (a head of the lexicon), a
      // possessed one ("The fishermen's families"), the fighters of an armed group the text named, a reporting subject
      // or one in a sentence naming an organisation; where nouns are capitalised only after the plural article "die"
      // ("der Angreifer" may be a genitive plural)
      if (!group || v.sentence[k]! - group.sentence > GROUP_WINDOW) {
        const det = a - 1 >= s0 ? v.lower[a - 1]! : '';
        const next2 = k + 1 < v.sentEnd[k]! ? v.lower[k + 1]! : '';
        if ((armed || r.lex.actorGroupNouns.has(v.lower[k]!)) && !headAt(v, r.lex, k) && !possessed(a, k) && !(armed && namedArmedGroup(v.starts[k]!)) && r.lex.definite.has(det) && (!f.nounsCapitalised || f.feminineArticles.has(det)) && !r.lex.reportVerbs.has(next2) && !orgInSentence(k)) {
          let st: string | null = null;
          for (let x = a; x < k && !st; x++) st = stateOfTok(x);
          const d = describedOnly(freeId(`${st ?? 'unnamed'}-${kebabWord(v.lower[k]!)}`), 'ORG', v.texts.slice(a, k + 1).join(' '), st, a - 1);
          add(d, a - 1, k + 1, 'unnamed', null);
          groups.set(classOf(v.lower[k]!), { d, sentence: v.sentence[k]! });
        }
        continue;
      }
      const from = article ? a - 2 : back ? a - 1 : a === k && k - 1 >= s0 && r.lex.definite.has(v.lower[k - 1]!) ? k - 1 : -1;
      if (from < 0) continue;
      add(group.d, from, k + 1, 'reference', null);
      group.sentence = v.sentence[k]!;
    }
  };
  countedGroups();

  // 4b. one private person the text never names, by a noun of `individualClasses` ("A gunman opened fire", "a man who
  // tried to cross the fence", "Eine Frau sagte"): an indefinite singular phrase is a person of its own; a later definite
  // singular of a noun sharing a class ("The attacker", "Der Täter", "die Frau") within GROUP_WINDOW sentences, with no
  // person named between, refers to it. A definite one with none to refer to is a person of its own when no person is
  // named in its or the sentence before (else it may be that person: "X was arrested. The man …").
  const individuals: { d: Draft; classes: ReadonlySet<string>; sentence: number; at: number }[] = [];
  const indefinite = (w: string): boolean => r.lex.singularDeterminers.has(w) && !r.lex.definite.has(w);
  // the starts of the names of persons, as one-character spans in text order, for `personNamedBetween`: read once when
  // the individual actors are sought (no step of theirs changes which names are persons; a scan of every candidate for
  // each definite person noun made a long article quadratic)
  let personNames: readonly Span[] | null = null;
  const personNameSpans = (): readonly Span[] => {
    const starts = new Set<number>();
    cands.forEach((c, ci) => { if (c.kind === 'name' && cl.owner[ci] && cl.drafts.get(cl.owner[ci]!)?.type === 'PER') starts.add(c.start); });
    return [...starts].sort((a, b) => a - b).map((start) => ({ start, end: start + 1 }));
  };
  // whether a person is named between offsets `from` and `to`
  const personNamedBetween = (from: number, to: number): boolean => {
    personNames ??= personNameSpans();
    const i = lowerBound(personNames, from);
    return i < personNames.length && personNames[i]!.start < to;
  };
  // whether a person's name follows the first comma within ten tokens after `from` in its sentence (an apposition naming
  // the person an indefinite phrase describes)
  const personAfterComma = (from: number): boolean => {
    const se = v.sentEnd[Math.max(0, from - 1)]!;
    for (let x = from; x < se && x < from + 10; x++) {
      if (v.texts[x] !== ',') continue;
      const id = x + 1 < se ? cl.tokenEntity[x + 1] : null;
      return !!id && cl.drafts.get(id)?.type === 'PER';
    }
    return false;
  };
  // the classes of a person noun of `individualClasses`: its own, a closed compound's by its head, and for an age noun
  // with its number ("26-jähriger", "15-year-old") its noun's classes for that age only, so "Der 26-Jährige" refers back
  // to "Ein 26-Jähriger" and not to "Eine 67-Jährige"
  const classesOfWord = (word: string): ReadonlySet<string> | undefined => {
    const aged = AGE_NOUN.exec(word);
    if (aged) {
      const c = r.lex.individualClassesOf.get(aged[2]!);
      return c ? new Set([...c].map((x) => `${x} ${aged[1]}`)) : undefined;
    }
    return r.lex.individualClassesOf.get(word) ?? (f.compoundHeads ? compoundClasses(word) : undefined);
  };
  // the classes of a phrase's head: an age noun's with its number, read from its token ("Ein 26-Jähriger": the phrase's
  // head word is the noun without it), else the head word's
  const npClasses = (np: Np): ReadonlySet<string> | undefined => {
    for (let x = np.from; x < np.to; x++) if (AGE_NOUN.test(v.lower[x]!)) { const c = classesOfWord(v.lower[x]!); if (c) return c; }
    return classesOfWord(withoutPossessive(r.lex, np.headWord));
  };
  // the classes of a closed compound by its longest head the classes list ("Selbstmordattentäter": "attentäter"), with at
  // least four letters before it
  const compoundClasses = (word: string): ReadonlySet<string> | undefined => {
    for (let x = 4; x <= word.length - 4; x++) {
      const c = r.lex.individualClassesOf.get(word.slice(x));
      if (c) return c;
    }
    return undefined;
  };
  // the classes of a weak masculine noun's case form by its stem ("demonstranten", "zeugen": the stem without a
  // `weakNounEndings` ending)
  const weakClasses = (word: string): ReadonlySet<string> | undefined => {
    for (const e of f.weakNounEndings) {
      const c = word.length > e.length + 3 && word.endsWith(e) ? r.lex.individualClassesOf.get(word.slice(0, -e.length)) : undefined;
      if (c) return c;
    }
    return undefined;
  };
  // whether a lower-case word after a noun may be a noun it modifies: a word of letters that is no function word, verb of
  // the lexicon, preposition or relative pronoun and has no verb or adverb ending ("protest", "swap"; not "was", "fled"?
  // — an irregular past the lexicon lacks counts as a noun, so the phrase is left out)
  const mayBeNoun = (w: string): boolean => /^\p{Ll}+$/u.test(w) && !r.lex.stopWords.has(w) && !r.lex.copulas.has(w) && !r.lex.pastForms.has(w)
    && !r.lex.reportVerbs.has(w) && !r.lex.clauseVerbs.has(w) && !r.lex.locativePreps.has(w) && !f.relativePronouns.has(w)
    && ![...f.verbAfterNounEndings, ...f.presentEndings, ...f.adverbEndings].some((e) => w.endsWith(e));
  const individualActors = (): void => {
    for (let k = 0; k < n; k++) {
      const word = withoutPossessive(r.lex, v.lower[k]!);
      const own = classesOfWord(word);
      // (a weak masculine noun's case form, "einen Demonstranten", "einem Zeugen": its stem's classes, after an
      // indefinite singular article only — checked below)
      const weak = own ? undefined : weakClasses(word);
      const classes = own ?? weak;
      // (an age noun's capital comes after its number: "einen 15-Jährigen")
      const capital = v.capital[k]! || /^\d{1,3}-\p{Lu}/u.test(v.texts[k]!);
      if (!classes || used[k] || inDesc[k] || (f.nounsCapitalised && !capital)) continue;
      // (an office holder's noun, "Ein Polizist", "a policeman", is read by the later references with its state and role;
      // its class joins a later definite phrase there: `holderFor`)
      if (headAt(v, r.lex, k)?.role) continue;
      // (a noun before another noun is its modifier: "a woman journalist", "the suspect vehicle"; a noun that often modifies
      // one, before any lower-case word that may be a noun: "a student protest", "a prisoner swap")
      if (k + 1 < v.sentEnd[k]! && !f.nounsCapitalised && headAt(v, r.lex, k + 1)) continue;
      if (r.lex.attributiveNouns.has(word) && k + 1 < v.sentEnd[k]! && mayBeNoun(v.lower[k + 1]!)) continue;
      // (an age noun before a word that may be a noun is its adjective: "A 67-year-old woman" is read at "woman")
      if (!f.nounsCapitalised && /^\d/u.test(word) && k + 1 < v.sentEnd[k]! && mayBeNoun(v.lower[k + 1]!)) continue;
      const s0 = sentStart(v, k);
      let a = k;
      while (a - 1 >= s0 && !r.lex.determiners.has(v.lower[a - 1]!) && (adjLike(r, v, a - 1) || isAdj(a - 1) || AGE_NOUN.test(v.texts[a - 1]!))) a--;
      const det = a - 1 >= s0 ? v.lower[a - 1]! : '';
      const isIndef = indefinite(det);
      if (!isIndef && !r.lex.definite.has(det)) continue;
      if (weak && !isIndef) continue;
      a--;
      // a predicate nominal says what someone is ("the suspect was a man"), "as a woman" how
      if (a > s0 && (r.lex.copulas.has(v.lower[a - 1]!) || r.lex.predicativeMarkers.has(v.lower[a - 1]!))) continue;
      // a feminine-or-plural article before a noun that is not feminine is a plural ("die Täter")
      if (f.feminineArticles.has(det) && !classes.has('female') && !feminineForm(r.lex, word)) continue;
      // (so is one after a genitive-plural article right after a common noun: "die Flucht der Angreifer")
      if (genitivePluralAt(a, k + 1)) continue;
      const at = v.starts[a]!;
      const sent = v.sentence[a]!;
      // (a person head with a genitive or benefactive tail that opens its sentence or follows the verb of saying is read by
      // the later references with its tail, as an actor or speaker: "A reporter for the newspaper X was expelled", "Ein
      // Reporter der Zeitung X wurde ausgewiesen")
      const opening = a === s0 || r.lex.clauseVerbs.has(v.lower[a - 1]!) || r.lex.reportVerbs.has(v.lower[a - 1]!);
      if (isIndef && opening && headAt(v, r.lex, k)?.type === 'PER' && k + 1 < v.sentEnd[k]! && (r.lex.genitiveLinks.has(v.lower[k + 1]!) || f.benefactiveLinks.has(v.lower[k + 1]!))) continue;
      if (isIndef) {
        let st: string | null = null;
        for (let x = a + 1; x < k && !st; x++) st = isAdj(x) ? stateOfTok(x) : null;
        const d = describedOnly(freeId(`${st ?? 'unnamed'}-${kebabWord(word)}`), 'PER', v.texts.slice(a + 1, k + 1).join(' '), st, a);
        add(d, a, k + 1, 'unnamed', null);
        relativeVariants(d, a, k + 1);
        individuals.push({ d, classes, sentence: sent, at });
        continue;
      }
      let prev: (typeof individuals)[number] | undefined;
      for (let i = individuals.length - 1; i >= 0 && !prev; i--) if ([...individuals[i]!.classes].some((c) => classes.has(c))) prev = individuals[i];
      if (prev && sent - prev.sentence <= GROUP_WINDOW && !personNamedBetween(prev.at, at)) {
        add(prev.d, a, k + 1, 'reference', null);
        prev.sentence = sent;
        prev.at = at;
        continue;
      }
      if (personNamedBetween(v.starts[sentStart(v, Math.max(0, s0 - 1))]!, at)) continue;
      // (a definite person noun read by the later references: not the person of its own the text introduces here)
      if (headAt(v, r.lex, k)?.type === 'PER' && !headAt(v, r.lex, k)?.kin) continue;
      const d = describedOnly(freeId(`unnamed-${kebabWord(word)}`), 'PER', v.texts.slice(a + 1, k + 1).join(' '), null, a);
      add(d, a, k + 1, 'unnamed', null);
      individuals.push({ d, classes, sentence: sent, at });
    }
  };
  // a relative clause after an unnamed person's phrase belongs to the description ("a man who tried to cross the border
  // fence"; "Eine Frau, die ihren Sohn verloren hatte,"): listed up to the clause's end (a comma or the sentence's end),
  // and, in English, also without a place adjunct after the clause's verb ("… the border fence near the village")
  const relativeVariants = (d: Draft, from: number, to: number): void => {
    const end = v.sentEnd[from]!;
    let open = -1;
    if (to < end && f.relativePronouns.has(v.lower[to]!)) open = to;
    else if (to + 1 < end && v.texts[to] === ',' && f.nounsCapitalised && r.lex.definite.has(v.lower[to + 1]!)) open = to + 1;
    if (open < 0) return;
    let x = open + 1;
    // (the clause ends at punctuation, or where commas do not close it, before the main clause's verb of saying: "A young
    // man who witnessed the blast said he saw smoke")
    while (x < end && !/^[,;:()„“"«»–—.!?]$/u.test(v.texts[x]!) && !(x > open + 2 && r.lex.reportVerbs.has(v.lower[x]!))) x++;
    if (x - open < 2) return;
    addVariant(d, from, x, 'relative');
    if (f.nounsCapitalised) return;
    for (let y = open + 3; y < x; y++) {
      if (r.lex.locativePreps.has(v.lower[y]!) && y - open >= 3) { addVariant(d, from, y, 'relative'); break; }
    }
  };

  // where the language puts participle attributes between the article and the noun: the article that opens one before
  // the head `k` (article, preposition, a name with its article, then participles or adjectives: "Die mit Al-Kaida
  // verbundene Miliz", "der vom Iran unterstützten Miliz") and the first token after the names
  const attributeBefore = (k: number): { from: number; rest: number } | null => {
    if (!f.attributePrepositions.size) return null;
    const s0 = sentStart(v, k);
    let x = k - 1;
    const modifier = (y: number): boolean => !used[y] && /^\p{Ll}/u.test(v.texts[y]!) && (adjLike(r, v, y) || !!endingOf(v.lower[y]!, f.participleEndings, 3) || !!endingOf(v.lower[y]!, f.adjectiveEndings, 3));
    while (x >= s0 && modifier(x)) x--;
    const rest = x + 1;
    let names = 0;
    while (x >= s0 && (used[x] || (names > 0 && r.lex.determiners.has(v.lower[x]!)))) { if (used[x]) names++; x--; }
    if (rest === k || !names || x - 1 < s0 || !f.attributePrepositions.has(v.lower[x]!) || !r.lex.determiners.has(v.lower[x - 1]!)) return null;
    return { from: x - 1, rest };
  };

  // the first person named in the body and described there with a noun that shares the headline noun's first six
  // letters and more ("oppositionsführer" and "Oppositionspolitiker")
  const headlinePerson = (word: string): Draft | null => {
    let best: Draft | null = null;
    for (const d of cl.drafts.values()) {
      if (d.type !== 'PER' || !d.cands.some((ci) => cands[ci] && v.zone[cands[ci]!.from] === 'body')) continue;
      const like = d.descs.some((x) => v.zone[tokenAtOffset(v, x.start)] === 'body' && x.text.toLowerCase().split(/\s+/u).some((w) => w !== word && sharedPrefix(w, word) >= HEADLINE_STEM && !!headOf(r.lex, w)));
      if (like && (!best || d.first < best.first)) best = d;
    }
    return best;
  };

  // the person first named after offset `at`, in its sentence or the two after it, with a title of the head `word`
  const titledAfter = (word: string, at: number): Draft | null => {
    const sent = v.sentence[tokenAtOffset(v, at)] ?? 0;
    let best: Draft | null = null;
    for (const d of cl.drafts.values()) {
      if (d.type !== 'PER' || !d.cands.length || d.first <= at || v.doc.sentenceAt(d.first) - sent > 2 || !d.heads.has(word)) continue;
      if (!best || d.first < best.first) best = d;
    }
    return best;
  };

  // a word closing a frame with a dative and an accusative object (`objectFrames`: "vor" after "warf", "vorgeworfen")
  // within three words after `end`, before a comma, whose finite verb (if the frame names any) comes before `a` in the
  // sentence: the noun phrase just before it is the frame's dative object
  const dativeFrameAfter = (a: number, end: number): boolean => {
    const s0 = sentStart(v, a);
    for (let x = end; x < v.sentEnd[a]! && x <= end + 2 && v.texts[x] !== ','; x++) {
      const verbs = r.lex.objectFrames.get(v.lower[x]!);
      if (!verbs) continue;
      if (!verbs.size) return true;
      for (let y = a - 1; y >= s0; y--) if (verbs.has(v.lower[y]!)) return true;
    }
    return false;
  };
  // a genitive-plural article at `a` before the person noun ending at `hEnd`: the article follows a common noun of its
  // sentence (capitalised where nouns are, no name, no month or weekday: "am Montag der Minister" is a subject) and the
  // noun is neither feminine ("der Ministerin" is one woman) nor adjectival ("der Vorsitzenden")
  const genitivePluralAt = (a: number, hEnd: number): boolean => {
    if (!f.genitivePluralArticles.has(v.lower[a]!) || a === 0 || v.sentence[a - 1] !== v.sentence[a] || used[a - 1]) return false;
    const prev = v.texts[a - 1]!;
    if (!f.nounsCapitalised || !/^\p{Lu}\p{Ll}/u.test(prev) || v.startish[a - 1] || r.calendar.has(v.lower[a - 1]!)) return false;
    const w = v.lower[hEnd - 1]!;
    if (feminineForm(r.lex, w) || endingOf(w, f.adjectivalNounEndings, 0) || endingOf(w, f.weakAdjectiveEndings, 0)) return false;
    // (after a verb of saying with no name between, in its clause, the phrase is the verb's subject after an adverbial:
    // "sagte nach dem Treffen der Minister")
    for (let x = a - 1; x >= 0 && v.sentence[x] === v.sentence[a] && !/^[,;:„“"«»]$/u.test(v.texts[x]!) && !used[x]; x--) if (r.lex.speechVerbForms.has(v.lower[x]!)) return false;
    return true;
  };
  // a plural noun of a court's members at `k` (article at `a`): listed plurals ("judges") and, where compounds end in
  // their head, any compound of one ("Verfassungsrichter") after a plural article, not a feminine singular ("die Richterin")
  // (a listed word, or where compounds end in their head a compound of one: "verfassungsrichter", "strafgerichtshof")
  const listedOrCompound = (list: ReadonlySet<string>, w: string): boolean => {
    if (list.has(w)) return true;
    if (f.compoundHeads) for (const x of list) if (w.endsWith(x)) return true;
    return false;
  };
  const benchAt = (a: number, k: number): boolean => {
    const w = v.lower[k]!;
    if (!listedOrCompound(r.lex.benchNouns, w)) return false;
    return !!endingOf(w, f.personPluralEndings, 0) || (f.pluralArticles.has(v.lower[a]!) && !feminineForm(r.lex, w));
  };
  // one member of a court at `k` ("der Richter", "die Verfassungsrichterin", "the judge"): a listed bench noun or a
  // compound of one that is no plural
  const memberAt = (a: number, k: number): boolean => listedOrCompound(r.lex.benchNouns, v.lower[k]!) && !benchAt(a, k);
  // the organisation last mentioned before offset `at`, in its or the two sentences before, whose name holds a court word
  const courtBefore = (at: number): Draft | null => {
    const sent = v.doc.sentenceAt(at);
    let best: Draft | null = null;
    let bestAt = -1;
    for (const d of cl.drafts.values()) {
      if (d.type !== 'ORG' || !d.cands.length) continue;
      const last = lastBefore(cands, d, at);
      if (last <= bestAt || sent - v.doc.sentenceAt(last) > 2) continue;
      if (d.cands.some((ci) => courtName(cands[ci]!))) { best = d; bestAt = last; }
    }
    return best;
  };
  // the court a trial is held at, for a judge no court in the window explains ("Vor dem Landgericht Köln hat der Prozess
  // begonnen … [paragraphs] … Der Richter sagte"): the latest court before offset `at` named after a trial preposition
  // (`trialPrepositions`, an article between: "vor dem", "am"); null when it names none so (a court merely mentioned
  // further back is not meant: "The Supreme Court ruled in May. … [three sentences] … The judge said nothing")
  const trialCourt = (at: number): Draft | null => {
    let heldAt: Draft | null = null;
    let heldPos = -1;
    for (const d of cl.drafts.values()) {
      if (d.type !== 'ORG') continue;
      for (const ci of d.cands) {
        const c = cands[ci];
        if (!c || c.start >= at || !courtName(c)) continue;
        const p = c.from > 0 && r.lex.determiners.has(v.lower[c.from - 1]!) ? c.from - 2 : c.from - 1;
        if (p >= 0 && v.sentence[p] === c.sentence && r.lex.trialPrepositions.has(v.lower[p]!) && c.start > heldPos) { heldAt = d; heldPos = c.start; }
      }
    }
    return heldAt;
  };
  const courtName = (c: Cand): boolean => {
    for (let x = c.from; x < c.to; x++) if (listedOrCompound(r.lex.courtWords, v.lower[x]!)) return true;
    return false;
  };
  // the end of a seat phrase after token `e` ("in Karlsruhe", "in The Hague"): a seat preposition and a city name, else `e`
  const seatAfter = (e: number): number => {
    if (e + 1 >= v.sentEnd[e]! || !r.lex.seatPrepositions.has(v.lower[e]!)) return e;
    const id = cl.tokenEntity[e + 1];
    if (!id || cl.drafts.get(id)?.type !== 'GPE') return e;
    let x = e + 1;
    while (x < v.sentEnd[e]! && cl.tokenEntity[x] === id) x++;
    return x;
  };

  // whether the article at `a` is one that is also a dative plural ("den") before a head noun (ending at `hEnd`) with no
  // dative-plural ending, so the phrase can only be an accusative singular ("den Oberbürgermeister", not "den Journalisten")
  const accusativeSingular = (a: number, hEnd: number): boolean =>
    f.accusativeSingularArticles.has(v.lower[a]!) && hEnd - 1 > a && !endingOf(v.lower[hEnd - 1]!, f.dativePluralEndings, 0);

  // whether the head noun at `k` names one private person (`privatePersonNouns`: "driver", "Journalisten"; not an age or
  // gender noun, which may describe anyone)
  const privateHead = (k: number): boolean => r.lex.privatePersonNouns.has(withoutPossessive(r.lex, v.lower[k]!));

  // 5. later nominal references
  const laterReferences = (): void => {
    for (let k = 0; k < n; k++) {
      if (used[k]) continue;
      const word = withoutPossessive(r.lex, v.lower[k]!);
      const multi = k + 1 < n && r.lex.phraseStarts.has(v.lower[k]!);
      // (a two-word head wins over its first word: "military government" over "military")
      const h2 = multi ? r.lex.heads.get(`${v.lower[k]} ${v.lower[k + 1]}`) : undefined;
      const h = h2 ?? headOf(r.lex, word);
      if (!h) continue;
      // inside a description already made, only a genitive place ("Präsident des südamerikanischen Landes")
      const namedBefore = k > 0 && used[k - 1] === 1 && !isAdj(k - 1) && h.type !== 'PER' && h.type !== 'GPE';
      if (inDesc[k] && !namedBefore && !(h.type === 'GPE' && k > 1 && (r.lex.genitiveLinks.has(v.lower[k - 1]!) || r.lex.genitiveLinks.has(v.lower[k - 2]!)))) continue;
      const hEnd = h2 ? k + 2 : k + 1;
      // where nouns are capitalised, a lower-case "68-jährige" before a noun is that noun's adjective, not the head
      // ("Der 68-jährige General" is read at "General"; "Der 68-Jährige" stays a head)
      if (f.nounsCapitalised && !h2 && adjLike(r, v, k) && /^\d/.test(v.texts[k]!)) continue;
      // open noun compounds end in their head: "a Somali army officer" is read at "officer", not at "army"
      // (and an age before any person noun: "the 39-year-old politician")
      // (so is "the SNAI prison agency" at "agency")
      const nextHead = !f.compoundHeads && hEnd < v.sentEnd[k]! && /^\p{Ll}/u.test(v.texts[hEnd]!) ? headAt(v, r.lex, hEnd) : undefined;
      if (nextHead && (nextHead.type !== 'PER' || !nextHead.generic || /^\d/.test(v.texts[k]!))) continue;
      // an organ with its state in the genitive after it ("das Verteidigungsministerium Russlands") is that state's
      const govWord = r.lex.governmentWords.has(multi && hEnd === k + 2 ? `${v.lower[k]} ${v.lower[k + 1]}` : headKey(r.lex, stripCase(word)));
      // (also an office with its state after it: "Die Außenministerin Kasachstans")
      // (a name genitive after its noun, where names take one)
      const genState = !!f.nameGenitive && (govWord || (h.type === 'PER' && !!h.role)) && hEnd < v.sentEnd[k]! && used[hEnd] && genitiveForm(r.lex, v.texts[hEnd]!) ? stateOfTok(hEnd) : null;
      // (a capitalised word after the head continues a name, where nouns are not capitalised)
      if (!genState && hEnd < v.sentEnd[k]! && (cl.tokenEntity[hEnd] || (v.capital[hEnd] && !f.nounsCapitalised && !v.startish[hEnd]))) continue;
      const s0 = sentStart(v, k);
      let a = k;
      // "im Nachbarland", "zur Regierung": a preposition fused with the article makes the phrase definite; it is not part of it
      let contracted = false;
      for (let x = k - 1; x >= s0; x--) {
        const l = v.lower[x]!;
        if (r.lex.definiteContractions.has(l)) { contracted = true; break; }
        // (a name's prenominal genitive ending takes no article, so one before it is not the phrase's:
        // "die Türkei, die Dbeibahs Regierung unterstützt" — the relative pronoun)
        // (a hyphenated adjective is no such genitive: "das kap-verdische Parlament")
        if ((r.lex.determiners.has(l) || r.lex.possessives.has(l)) && !!f.nameGenitive && a === x + 1 && a < k && used[a] === 1 && owned[a] !== 2 && isGenitive(v, a, r.lex)) break;
        // (an article inside a name is part of the name: "Saint Vincent and the Grenadines’ parliament")
        if (used[x] === 1 && cl.tokenEntity[x] && cl.tokenEntity[x] === cl.tokenEntity[x + 1] && x + 1 === a) { a = x; continue; }
        if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) { a = x; break; }
        if (inDesc[x] && !inDesc[k]) break;
        // a possessive written as a separate apostrophe after a name in -s ("Belarus’ parliament")
        if (f.possessiveClitics.includes(v.texts[x]!) && x > s0 && used[x - 1] && owned[x - 1]! > 0) { a = x; continue; }
        // (a past-tense verb right after a name is the name's verb: "The Bundeswehr began drills", "Iran launched strikes";
        // after a possessive it is an adjective: "Sudan's military-dominated government")
        const verbAfterName = x > s0 && used[x - 1] === 1 && !isGenitive(v, x - 1, r.lex) && (!!endingOf(l, f.verbAfterNounEndings, 0) || r.lex.pastForms.has(l));
        // (a present-tense verb after a noun, as in headlines: "Tajik court jails opposition figures")
        const present = /^\p{Ll}+$/u.test(v.texts[x]!) ? endingOf(l, f.presentEndings) : null;
        // (also after a name: "Sudan's RSF declares rival government")
        if (present && x > s0 && !headOf(r.lex, l) && !headOf(r.lex, l.slice(0, -present.length)) && (!!headAt(v, r.lex, x - 1) || (used[x - 1] === 1 && !isGenitive(v, x - 1, r.lex) && !possessiveOf(r.lex, v.texts[x - 1]!)))) break;
        // (a past-tense verb after a noun ends the phrase: "The strike killed three militants" is "three militants")
        if (!verbAfterName && x > s0 && !used[x] && verbAfterNoun(r, v, x)) break;
        if ((adjLike(r, v, x) && !verbAfterName) || (used[x] && (isGenitive(v, x, r.lex) || owned[x]! > 0)) || title[x]) { a = x; continue; }
        break;
      }
      const before = a > s0 ? v.lower[a - 1]! : '';
      if (r.lex.predicativeMarkers.has(before)) continue;
      // "die kurdische Regionalregierung in Erbil", "the provincial government": a sub-national government is no state's
      // organ (its other organs are: "the local police" is the state's police)
      if (govWord && r.lex.regimeWords.has(headKey(r.lex, stripCase(word))) && localOrgan(a, k)) continue;
      // an adjective with a plural ending and no article before a person noun is a plural ("russische Diplomaten", "mit
      // estnischen Soldaten"), not one person (a singular count noun takes an article; a feminine "-in" may not be plural)
      if (h.type === 'PER' && a < k && owned[a] !== 1 && !r.lex.determiners.has(v.lower[a]!) && !r.lex.possessives.has(v.lower[a]!) && !contracted && !!endingOf(v.lower[a]!, f.weakAdjectiveEndings, 0) && !feminineForm(r.lex, v.lower[hEnd - 1]!)) continue;
      // an extended attribute before the noun ("Die mit Al-Kaida verbundene Miliz", "der vom Iran unterstützten Huthi"): the
      // phrase opens with the article before its preposition, and the name inside neither owns nor places the phrase
      const attr = attributeBefore(k);
      // (a fused preposition there opens the attribute, not the phrase: "der vom Iran unterstützten Huthi")
      if (attr) { a = attr.from; contracted = false; }
      const npRest = attr ? npOf(attr.rest, hEnd) : null;
      const npRead = npRest ? { ...npRest, possessive: false, definite: r.lex.definite.has(v.lower[a]!), indefinite: !r.lex.definite.has(v.lower[a]!) } : npOf(a, hEnd);
      if (!npRead) continue;
      // "Police said", "Border guards detained", "Polish troops fired": an organ noun that refers without an article
      const bare = h.bare && hEnd < v.sentEnd[k]! && verbAfterNoun(r, v, hEnd) && !r.lex.determiners.has(v.lower[a]!) && !r.lex.possessives.has(v.lower[a]!);
      const np = bare || contracted ? { ...npRead, definite: true } : npRead;
      // "Die Richter in Karlsruhe", "the judges": the members of a court named before are that court
      // (with no court named, a plural of judges is no one person: "Judge X … The judges of the panel")
      if (h.type === 'PER' && a < k && benchAt(a, k)) {
        const court = np.definite ? courtBefore(v.starts[a]!) : null;
        if (!court) continue;
        const e2 = seatAfter(hEnd);
        add(court, a, e2, 'reference', null);
        k = e2 - 1;
        continue;
      }
      // a person noun with no article in a headline ("Polizei nimmt Oppositionsführer fest") is the person the body
      // introduces with a noun of the same stem ("den Oppositionspolitiker Dawit Kipiani"); it is listed only (the
      // headline's clause is told in full by the body, whose mentions the later stages read)
      if (a === k && h.type === 'PER' && (v.zone[k] === 'title' || v.zone[k] === 'heading') && !h2) {
        const p = headlinePerson(v.lower[k]!);
        if (p) {
          addVariant(p, k, hEnd, 'headline');
          continue;
        }
      }
      if (a === k && !bare && !contracted && !(v.startish[k] && v.capital[k] && h.type === 'PER')) continue;
      // a reference starts with an article, a possessive or a name ("der russische …", "Kims Schwester"); bare adjectives do not refer
      if (a !== k && !bare && !contracted && !r.lex.determiners.has(v.lower[a]!) && !r.lex.possessives.has(v.lower[a]!) && !owned[a]) continue;
      // a genitive attribute belongs to the phrase ("dem mächtigsten Gremium der Vereinten Nationen", "a spokesman for the ministry")
      let end = hEnd;
      // (where there are gerunds, only a noun phrase follows the link, not a gerund: "accused the prime minister of surrendering Karabakh")
      const tailStarts = !f.gerundEndings.length || (hEnd + 1 < n && (used[hEnd + 1] === 1 || r.lex.determiners.has(v.lower[hEnd + 1]!) || v.capital[hEnd + 1] === true));
      if (tailStarts && hEnd + 1 < v.sentEnd[k]! && (r.lex.genitiveLinks.has(v.lower[hEnd]!) || (f.benefactiveLinks.has(v.lower[hEnd]!) && h.type === 'PER'))) {
        let j = hEnd + 1;
        let last = -1;
        // (a private person's tail may end in any common noun after its article: "the driver of the truck", "Der Pilot des
        // Flugzeugs" — what the person drives or steers, no head of the lexicon)
        const thingTail = (x: number): boolean => h.type === 'PER' && privateHead(k) && x <= hEnd + 2 && r.lex.determiners.has(v.lower[x - 1]!)
          && (f.nounsCapitalised ? v.capital[x] === true && !used[x] : mayBeNoun(v.lower[x]!));
        while (j < v.sentEnd[k]! && j - hEnd < 6 && !verbAfterNoun(r, v, j) && (used[j] || adjLike(r, v, j) || headAt(v, r.lex, j) || r.lex.determiners.has(v.lower[j]!) || thingTail(j))) {
          if (used[j] || headAt(v, r.lex, j) || thingTail(j)) last = j;
          j++;
        }
        // (a person's tail right before the close of a frame with a dative object is that object, not a genitive: "warf
        // der Minister der kongolesischen Armee vor")
        if (last > hEnd && !(h.type === 'PER' && dativeFrameAfter(a, last + 1))) end = last + 1;
      }
      let np2 = np;
      if (genState && !np.states.length) {
        end = hEnd + 1;
        np2 = { ...np, states: [genState] };
      } else if ((govWord || (h.type === 'PER' && !!h.role)) && !np.states.length && end > hEnd) {
        // "die Armee der Ukraine", "the government of France": the state in the genitive tail
        // (an office too: "Der Präsident der Vereinigten Staaten", "the president of Kenya" is no other state's president;
        // only the state's name, before any other noun: "warf der Minister der kongolesischen Armee vor" is an object)
        let other = false;
        for (let x = hEnd; x < end && !np2.states.length; x++) {
          if (!govWord && !used[x] && headAt(v, r.lex, x)) break;
          const st = used[x] && (govWord || !isAdj(x)) ? stateOfTok(x) : null;
          if (st) np2 = { ...np, states: [st] };
          else if (cl.tokenEntity[x]) other = true;
        }
        // "die Führung der CDU": the organ of an organisation, not of a state
        if (!np2.states.length && other && govWord) continue;
      }
      // "die Regierung in Peking", "the government in Hanoi": the place names the state
      // (not an organisation's own body there: "The European Union's delegation in Bishkek")
      // (it is that organisation's: a description of it)
      let orgOwner: Draft | undefined;
      for (let x = attr?.rest ?? a; x < k; x++) if (cl.tokenEntity[x] && cl.drafts.get(cl.tokenEntity[x]!)?.type === 'ORG') orgOwner = cl.drafts.get(cl.tokenEntity[x]!);
      if (orgOwner && !np2.states.length && r.lex.governmentWords.has(np.headWord)) {
        // (only a possessive owner makes it a description: "The Democratic Party leadership" stays apart)
        if (!(k > 0 && genitiveForm(r.lex, v.texts[k - 1]!))) continue;
        let e2 = end;
        if (e2 + 1 < v.sentEnd[k]! && r.lex.seatPrepositions.has(v.lower[e2]!) && cl.tokenEntity[e2 + 1]) {
          e2 += 2;
          while (e2 < v.sentEnd[k]! && cl.tokenEntity[e2] && cl.tokenEntity[e2] === cl.tokenEntity[e2 - 1]) e2++;
        }
        add(orgOwner, a, e2, 'reference', null);
        k = e2 - 1;
        continue;
      }
      if (r.lex.governmentWords.has(np.headWord) && !np2.states.length && end === hEnd && hEnd + 1 < v.sentEnd[k]! && (v.lower[hEnd] === 'in' || v.lower[hEnd] === 'of')) {
        // (a city the base does not place in a state names none: "die Polizei in Mandalay" is not the city's)
        // (a town the base does not know places the organ in the dateline's or most-named state: "Ein Gericht in Tartu")
        const town = cl.tokenEntity[hEnd + 1] ? cl.drafts.get(cl.tokenEntity[hEnd + 1]!) : undefined;
        const st0 = stateOfTok(hEnd + 1);
        const st = st0 && r.kb.get(st0)?.kind === 'country' ? st0 : town && !town.kb && town.type === 'GPE' && used[hEnd + 1] ? stateForOrgan(v, cands, cl, v.starts[a]!) : null;
        if (st && used[hEnd + 1] && r.kb.get(st)?.kind === 'country') {
          let e2 = hEnd + 2;
          while (e2 < v.sentEnd[k]! && cl.tokenEntity[e2] === cl.tokenEntity[hEnd + 1]) e2++;
          end = e2;
          np2 = { ...np, states: [st] };
        }
      }
      // "the US embassy in Copenhagen", "Russia's embassy in Copenhagen": an organ of a named state with the city it sits in
      // after it, the city included (a city of another state, which places nothing)
      else if (r.lex.governmentWords.has(np.headWord) && np.states.length && end === hEnd && hEnd + 1 < v.sentEnd[k]! && r.lex.seatPrepositions.has(v.lower[hEnd]!)
        && cl.tokenEntity[hEnd + 1] && cl.drafts.get(cl.tokenEntity[hEnd + 1]!)?.kb?.kind === 'city') {
        let e2 = hEnd + 2;
        while (e2 < v.sentEnd[k]! && cl.tokenEntity[e2] === cl.tokenEntity[hEnd + 1]) e2++;
        end = e2;
      }
      if (h.anchored && !np2.states.length) continue;
      // "Starmer's spokesman", "Merz' Sprecher": an office holder of a named person is someone else, acting for that person's state
      const owner = np.person && h.type === 'PER' && !h.kin && !h.generic && h.role && cl.tokenEntity[k - 1] === np.person && isGenitive(v, k - 1, r.lex) ? cl.drafts.get(np.person) : undefined;
      const ownerState = owner ? personStateOf(owner) : null;
      if (owner && ownerState && !np2.states.length) np2 = { ...np2, states: [ownerState] };
      // "His spokesman", "Sein Sprecher": an office holder of the person just named (this or the sentence before)
      // (a person noun with a plural ending is a group, not one office holder: "his spokesmen")
      const plural = !!endingOf(v.lower[k]!, f.personPluralEndings, 0);
      const heldFor = !owner && h.type === 'PER' && !h.kin && !h.generic && !!h.role && a < k && r.lex.personPossessives.has(v.lower[a]!) && !plural ? latestPerson(v.starts[a]!) : null;
      const heldState = heldFor ? personStateOf(heldFor) : null;
      if (heldState && !np2.states.length) np2 = { ...np2, states: [heldState] };
      // one individual who is never named: "ein Sprecher des Außenministeriums", "a senior official"
      // (also one member of a group the lexicon counts, with no office: "A journalist was beaten … The journalist said")
      // (where nouns are capitalised, a weak masculine noun after an indefinite singular article has its plural's form:
      // "einen Journalisten", "eines Demonstranten" are one person)
      const weakSingular = f.nounsCapitalised && a < k && r.lex.singularDeterminers.has(v.lower[a]!) && !r.lex.definite.has(v.lower[a]!) && r.lex.groupNouns.has(v.lower[k]!);
      const member = weakSingular || [`${v.lower[k]}s`, `${v.lower[k]}en`, `${v.lower[k]}n`].some((w) => r.lex.groupNouns.has(w));
      // (a definite article before a feminine noun is one woman: "Die Außenministerin Kasachstans")
      const feminine = r.lex.definite.has(v.lower[a]!) && feminineForm(r.lex, v.lower[hEnd - 1]!) && np2.states.length > 0;
      // (any person noun in an indefinite singular phrase that acts or speaks: one opening its sentence, or after the verb
      // of saying that inverts it: "A lawmaker accused the government", "An analyst said", "sagte ein Diplomat"; not one
      // opening a quotation or a clause after a colon, where the speaker's own words talk about someone; not a phrase a
      // named person's apposition follows: "An analyst at the University of Liberia, Ibrahim Nyei, said")
      const actorLike = np.indefinite && r.lex.singularDeterminers.has(v.lower[a]!) && ((a === 0 || v.sentence[a - 1] !== v.sentence[a])
        || (a > 0 && v.sentence[a - 1] === v.sentence[a] && (r.lex.clauseVerbs.has(v.lower[a - 1]!) || r.lex.reportVerbs.has(v.lower[a - 1]!))))
        && !personAfterComma(end)
        // (nor a noun that modifies the next one: "A student protest was held", "A passenger plane crashed")
        && !(r.lex.attributiveNouns.has(v.lower[k]!) && k + 1 < v.sentEnd[k]! && mayBeNoun(v.lower[k + 1]!));
      // (a definite singular person noun of no office, trade or kin with a genitive tail after it, no person in the phrase:
      // "The head of the agency", "Der Leiter der Behörde", "the director of the hospital" — one person the text describes by
      // what they lead; a bare "The director" may be anyone named before, and is left to the references)
      // (where an article is also a dative plural, a noun with no dative-plural ending after it is an accusative singular:
      // "nahm den Oberbürgermeister von Izmir fest" is one person)
      const singular = r.lex.singularDeterminers.has(v.lower[a]!) || accusativeSingular(a, hEnd);
      // (also a private person by their trade, "The driver of the truck", "Der Kapitän des Schiffes", when no one named just
      // before is meant)
      const tailed = h.type === 'PER' && !h.kin && (!h.generic || privateHead(k)) && !h.role && np.definite && !np.person && hEnd < end && r.lex.genitiveLinks.has(v.lower[hEnd]!) && singular;
      // (a definite singular noun of one private person, "The driver", "den Journalisten", "The defendant", that no person
      // named before answers: someone the text does not name — one it names stays that person, an office holder named
      // before no private person: `justNamedPerson` in references.ts)
      const privateDefinite = h.type === 'PER' && !h.kin && !h.role && np.definite && !np.person && !np.orgs.length && singular && privateHead(k);
      // (a relative by a person possessive: "Her husband", "Ihr Ehemann", "his brother" — someone else than the person named)
      const kinOwned = h.type === 'PER' && !!h.kin && a < k && r.lex.personPossessives.has(v.lower[a]!);
      // (a state's genitive before an office is its one holder, as "the Ethiopian prime minister" is: "Ethiopia's prime
      // minister said", "Äthiopiens Ministerpräsident sagte")
      const stateOwned = !!h.role && a < k && np2.states.length > 0 && used[a] === 1 && cl.tokenEntity[a] === np2.states[0] && genitiveForm(r.lex, v.texts[a]!);
      const unnamed = h.type === 'PER' && (!h.kin || kinOwned) && ((!h.generic && (!!h.role || kinOwned || (member && np.indefinite && r.lex.singularDeterminers.has(v.lower[a]!)))) || tailed || privateDefinite || actorLike) && a !== k && (singular || feminine || kinOwned || stateOwned || (!!(owner ?? heldFor) && !plural)) &&
        !plural && !(f.pluralArticles.has(v.lower[a]!) && !feminineForm(r.lex, v.lower[k]!) && !accusativeSingular(a, hEnd));
      // a feminine-or-plural article before a person noun that is neither feminine (-in) nor an adjectival noun (-e: "die
      // Vorsitzende") is a plural ("die EU-Außenminister"), not one person
      if (h.type === 'PER' && f.feminineArticles.has(v.lower[a]!) && !feminineForm(r.lex, v.lower[hEnd - 1]!) && !endingOf(v.lower[hEnd - 1]!, f.adjectivalNounEndings, 0)) continue;
      // (so is one after a genitive-plural article right after a common noun: "ein Treffen der Außenminister der Allianz" —
      // the genitive singular would be "des Außenministers"; its tail is read on its own: "der Allianz")
      if (h.type === 'PER' && genitivePluralAt(a, hEnd)) continue;
      // a predicate nominal says what something is, it does not refer ("Taiwan sei ein souveräner Staat", "is a trap")
      if (np.indefinite && a > 0 && v.sentence[a - 1] === v.sentence[a] && r.lex.copulas.has(v.lower[a - 1]!)) continue;
      const thing = thingHead(h, np.headWord) && !np.person;
      if (thing && np.indefinite && !(a > 0 && v.sentence[a - 1] === v.sentence[a] && r.lex.copulas.has(v.lower[a - 1]!))) {
        k = unnamedThing(a, end, h.type) - 1;
        continue;
      }
      // indefinite phrases rarely refer back, except an office of a named state ("an Israeli prime minister")
      if (np.indefinite && h.type !== 'GPE' && !(h.type === 'PER' && h.role && np.states.length)) {
        if (unnamed) k = unnamedPerson(a, end, np2.states[0] ?? null) - 1;
        continue;
      }
      // "die Opposition", "the opposition": the collective of the state the phrase names, else of the one last
      // described with the noun, else of the dateline's or most-named state; an organisation of its own
      if (h.collective && !np.indefinite && !np.person) {
        const last = headMemo.get(np.headWord);
        // (a state after "in" places it: "Die Opposition in Kirgistan")
        const placed = end + 1 < v.sentEnd[k]! && r.lex.locativePreps.has(v.lower[end]!) && used[end + 1] ? stateOfTok(end + 1) : null;
        const inState = placed && r.kb.get(placed)?.kind === 'country' ? placed : null;
        k = unnamedCollective(a, inState ? end + 2 : end, np2.states[0] ?? inState ?? (last ? cl.drafts.get(last)?.state ?? null : null)) - 1;
        continue;
      }
      // a group noun with a named organisation in its genitive tail is that organisation ("Die Islamisten der Gruppe
      // Dschaisch al-Adl"), whatever group was named before
      let tailOrg: string | null = null;
      if (h.type === 'ORG' && r.lex.groupHeads.has(stripCase(np.headWord)) && hEnd < end && r.lex.genitiveLinks.has(v.lower[hEnd]!)) {
        for (let x = hEnd + 1; x < end && !tailOrg; x++) if (used[x] === 1 && !isAdj(x) && cl.tokenEntity[x] && cl.drafts.get(cl.tokenEntity[x]!)?.type === 'ORG') tailOrg = cl.tokenEntity[x]!;
      }
      const target = tailOrg ?? resolveNp(np2, v, cands, isAdj, cl, r, memo, headMemo, normPhrase(v, r.lex, a, end), v.starts[a]!, orgOf, genderOf);
      // "their lawyer said. … lawyer Babar Awan told reporters": a definite office holder no one was named as before is the
      // person the next sentences name with that title first
      const namedNext = !target && unnamed && !np.indefinite ? titledAfter(np.headWord, v.starts[a]!) : null;
      if (namedNext) {
        add(namedNext, a, end, 'reference', np2);
        k = end - 1;
        continue;
      }
      // "Das Landgericht Köln … Die Richterin sagte", "The court ruled … the judge said": one unnamed judge of a court named
      // in this or the two sentences before speaks for that court, as its bench does; a judge the text named (before, or
      // with the title in the next sentences) stays that person
      if (!target && h.type === 'PER' && np.definite && !np.person && a < k && memberAt(a, k)) {
        const court = courtBefore(v.starts[a]!) ?? trialCourt(v.starts[a]!);
        if (court) {
          const e2 = seatAfter(hEnd);
          add(court, a, e2, 'reference', null);
          k = e2 - 1;
          continue;
        }
      }
      // "Ein 26-Jähriger … Der 26-Jährige", "A 26-year-old … The 26-year-old": a definite person noun of no office with nothing
      // else to refer to is the unnamed person of its class made before (`holderFor`: the same age, within GROUP_WINDOW
      // sentences, no person named between)
      const heldBy = !target && !unnamed && h.type === 'PER' && !h.role ? holderFor(np, a) : null;
      if (heldBy) {
        add(heldBy.d, a, end, 'reference', np);
        heldBy.sentence = v.sentence[a]!;
        heldBy.at = v.starts[a]!;
        k = end - 1;
        continue;
      }
      if (!target && unnamed) {
        k = unnamedPerson(a, end, np2.states[0] ?? null) - 1;
        continue;
      }
      if (!target && thing && np.definite) {
        k = unnamedThing(a, end, h.type) - 1;
        continue;
      }
      // "Haftars Truppen", "Hemedti's forces": the armed men of a person who holds no state's office are a force of their
      // own (an organisation with descriptions only), not a state's troops ("Putins Truppen" stay Russia's)
      const owner2 = np.person ? cl.drafts.get(np.person) : undefined;
      if (h.type === 'GPE' && owner2?.type === 'PER' && r.lex.forceHeads.has(stripCase(np.headWord)) && a === np.from && used[a] === 1 && cl.tokenEntity[a] === np.person) {
        if (!np2.states.length && !personStateOf(owner2)) {
          k = unnamedOrganisation(a, end) - 1;
          continue;
        }
        // (another person's force is not this one's: "Haftars Truppen … Putins Truppen")
        if (target && cl.drafts.get(target)?.rule === 'unnamed') continue;
      }
      // "Kipianis Partei", "Navalny's team" with no organisation of that person known: an organisation of its own
      if (!target && h.type === 'ORG' && np.person && !h.generic && a === np.from && used[a] === 1 && cl.tokenEntity[a] === np.person) {
        k = unnamedOrganisation(a, end) - 1;
        continue;
      }
      // "The rebels attacked …", "Die Demonstranten zogen …" with no group named before: a group of its own
      // (a group named before with a head of the same stem is meant: "der Rebellengruppe M23 … mit den Rebellen")
      if (!target && h.type === 'ORG' && h.generic && np.definite && !np.person && !np.orgs.length && endingOf(v.lower[hEnd - 1]!, f.orgPluralEndings, 0)) {
        const stem = np.headWord.slice(0, np.headWord.length - (endingOf(np.headWord, f.orgPluralEndings, 0)?.length ?? 0));
        let group: Draft | null = null;
        for (const d of cl.drafts.values()) if (d.type === 'ORG' && d.cands.length && d.first < v.starts[a]! && stem.length >= 4 && [...d.heads].some((x) => x.includes(stem)) && (!group || d.last > group.last)) group = d;
        if (group) add(group, a, end, 'reference', null);
        else k = unnamedCollective(a, end, np2.states[0] ?? null) - 1;
        if (group) k = end - 1;
        continue;
      }
      if (!target && h.type === 'GPE' && np.definite && !np.person && !np.states.length && !np.orgs.length && r.lex.localInstitutions.has(np.headWord)) {
        k = unnamedInstitution(a, end, np2) - 1;
        continue;
      }
      if (target) {
        const d = cl.drafts.get(target) ?? stateDraft(target);
        if (!d) continue;
        if (!compatible(h.type, d.type) && !r.lex.governmentWords.has(np.headWord)) continue;
        // (a phrase that names one state is no other state's body: "the Philippine ship" after the China Coast Guard; a person
        // may hold a former office of another state: "The former Dutch prime minister" is NATO's Rutte)
        if (d.type !== 'GPE' && d.type !== 'PER' && d.state && np.states.length && !np.states.includes(d.state)) continue;
        add(d, a, end, 'reference', r.lex.governmentWords.has(np.headWord) ? null : np);
        // a person noun's tail may be an object of the verb, not a genitive ("warf der Minister der kongolesischen Armee
        // vor"): the phrase without it is listed too
        if (end > hEnd && h.type === 'PER') addVariant(d, a, hEnd, 'reference-bare');
        k = end - 1;
      }
    }
  };
  individualActors();
  laterReferences();
  // a state office the text ties to no state: the state the opening is about ("President Irfaan Ali")
  placeUntiedOffices(v, cands, cl, r.lex, (id) => (orgOf.get(id)?.size ?? 0) > 0);
}

/**
 * An English past-tense verb after a noun, not an adjective: "-ed" or a listed past form
 * (`pastForms`) after a word that is no determiner, possessive or adverb-like modifier ("the
 * ministry dismissed", "a spokesman … criticised"; not "the detained sailors", "Sudan's
 * military-dominated government").
 */
function verbAfterNoun(r: DescResources, v: DocView, x: number): boolean {
  const l = v.lower[x]!;
  if (!/^\p{Ll}/u.test(v.texts[x]!) || !(endingOf(l, r.lex.forms.verbAfterNounEndings, 0) || r.lex.pastForms.has(l)) || l.includes('-')) return false;
  const prev = v.lower[x - 1] ?? '';
  return !r.lex.determiners.has(prev) && !r.lex.possessives.has(prev) && !possessiveOf(r.lex, v.texts[x - 1] ?? '')?.endsWith('s') && !r.lex.degreeAdverbs.has(prev);
}

/** Lower-case word as an id part. */
function kebabWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}
