import { endingOf } from '../../resources/grammar.js';
import type { Cand } from './candidates.js';
import type { Clustering, Draft } from './cluster.js';
import { bareClassMember, headClassesOf, headOf, sameHeadClass, type Head, type ResolveLexicon } from './lexicon.js';
import { activeAt, lastBefore, roleMatches, sentStart, stripCase, tokenAtOffset, type DescResources } from './phrase.js';
import type { DocView } from './view.js';
import type { ZoneKind } from '../../doc/types.js';

/** A nominal phrase with what it says about its referent. */
export interface Np {
  readonly from: number;
  readonly to: number;
  readonly head: Head;
  readonly headWord: string;
  /** States named by adjectives, genitives or compound prefixes inside the phrase. */
  readonly states: string[];
  /** Organisations named by compound prefixes inside the phrase ("CSU-Chef", "Verdi-Sprecherin"). */
  readonly orgs: readonly string[];
  /** The person named in a genitive inside the phrase ("Kims Schwester"). */
  readonly person: string | null;
  readonly region: string | null;
  readonly possessive: boolean;
  readonly definite: boolean;
  readonly indefinite: boolean;
}

/**
 * The entity a later nominal reference points to: the same phrase seen before, the entity last
 * described with the same head, a person holding the title's role for the named state (also just
 * after the phrase: a title before its name), the state of a government, the salient state of a
 * region, or a name modifying the head.
 */
export function resolveNp(npIn: Np, v: DocView, cands: readonly Cand[], isAdj: (k: number) => boolean, cl: Clustering, r: DescResources, memo: ReadonlyMap<string, string>, headMemo: ReadonlyMap<string, string>, phrase: string, at: number, orgOf: ReadonlyMap<string, ReadonlySet<string>>, genderOf: ReadonlyMap<string, 'f' | 'm'>): string | null {
  let np = npIn;
  const g = npIn.head.gender;
  // a gendered person noun never points to a person of the other gender
  const otherGender = (d: Draft): boolean => {
    const dg = g && d.type === 'PER' ? genderOf.get(d.id) : undefined;
    return dg !== undefined && dg !== g;
  };
  // (when each draft was last named before the phrase: asked for every draft by several rules, and the drafts do not change
  // while a phrase is resolved, so each is computed once)
  const lastMemo = new Map<Draft, number>();
  const lastOf = (d: Draft): number => {
    let x = lastMemo.get(d);
    if (x === undefined) {
      x = lastBefore(cands, d, at);
      lastMemo.set(d, x);
    }
    return x;
  };
  const seenAll = [...cl.drafts.values()].filter((d) => d.first < at);
  const seen = seenAll.filter((d) => !otherGender(d));
  // whether d was last named at most `n` sentences before the phrase
  const namedWithin = (d: Draft, n: number): boolean => (v.sentence[tokenAtOffset(v, at)] ?? 0) - v.doc.sentenceAt(lastOf(d)) <= n;
  // the owner a possessive of things refers to: the country or organisation named (by a name, not an adjective) right
  // before a verb of saying just before the phrase ("Japan protested after China said its coast guard …"), else the
  // first one its sentence names before it, the clause's subject in news ("China will require licences for exports to
  // Japan, its commerce ministry said"), else the first one the sentence before names ("Kenya sent troops to Haiti. Its
  // army said …")
  const possessiveOwner = (from: number): Draft | null => {
    const sent = v.sentence[from] ?? 0;
    let first: Draft | null = null;
    let firstAt = Infinity;
    let prev: Draft | null = null;
    let prevAt = Infinity;
    let last: Draft | null = null;
    let lastAt = -1;
    let speaker: Draft | null = null;
    for (const d of seenAll) {
      if (d.type !== 'ORG' && !(d.type === 'GPE' && d.kb?.kind === 'country')) continue;
      for (const ci of d.cands) {
        const c = cands[ci]!;
        if (c.kind !== 'name' || c.start >= at) continue;
        if (c.sentence === sent && c.start < firstAt) { first = d; firstAt = c.start; }
        if (c.sentence === sent - 1 && c.start < prevAt) { prev = d; prevAt = c.start; }
        if ((c.sentence === sent || c.sentence === sent - 1) && c.start > lastAt) { last = d; lastAt = c.start; }
        if (c.sentence === sent && c.to < from && from - c.to <= 2 && r.lex.speechVerbForms.has(v.lower[c.to]!)) speaker = d;
      }
    }
    // (a demonstrative possessive points at the nearest name: "die Vorwürfe Estlands, dessen Regierung …")
    if (r.lex.nearestPossessives.has(v.lower[from]!)) return last;
    return speaker ?? first ?? prev;
  };
  const mostRecent = (pred: (d: Draft) => boolean, among: readonly Draft[] = seen): Draft | null => {
    let best: Draft | null = null;
    let bestLast = -Infinity;
    for (const d of among) {
      if (!pred(d)) continue;
      const last = lastOf(d);
      if (!best || last > bestLast) {
        best = d;
        bestLast = last;
      }
    }
    return best;
  };
  // the state of the nearest person named before the phrase in its sentence, when the text or the base ties them to one
  // ("Richter told reporters the government …", "Präsident William Ruto reiste ins Nachbarland")
  const speakerState = (): string | null => {
    const k0 = tokenAtOffset(v, at);
    for (let x = k0 - 1; x >= 0 && v.sentence[x] === v.sentence[k0]; x--) {
      const id = cl.tokenEntity[x];
      const p = id ? cl.drafts.get(id) : undefined;
      if (p?.type !== 'PER') continue;
      const st = personState(p);
      if (st && r.kb.get(st)?.kind === 'country') return st;
    }
    return null;
  };
  // the state named first in the phrase's sentence before the phrase, by name or adjective
  const firstStateInSentence = (): string | null => {
    const k0 = tokenAtOffset(v, at);
    for (let x = sentStart(v, k0); x < k0; x++) {
      const id = cl.tokenEntity[x];
      if (id && cl.drafts.get(id)?.kb?.kind === 'country') return id;
    }
    return null;
  };
  const mostSalient = (pred: (d: Draft) => boolean): Draft | null => {
    let best: Draft | null = null;
    let bestN = -1;
    for (const d of seen) {
      if (!pred(d)) continue;
      const c = d.cands.filter((ci) => ci >= 0).length;
      if (c > bestN) { best = d; bestN = c; }
    }
    return best;
  };
  // whether an entity was named before the phrase with the head in its name ("International Court of Justice" for
  // "the court", "DEM-Partei" for "die Partei")
  // (or a head of its class: "the Golden Steppe Accord" for "the agreement")
  // (a compound that narrows its head names a kind of its own: "das Innenministerium" is no "Auswärtiges Amt")
  const cls = bareClassMember(r.lex, np.headWord) ? headClassesOf(r.lex, np.headWord) : [];
  const withHead = (d: Draft): boolean => d.cands.some((ci) => {
    const c = cands[ci];
    const all = cl.candWords[ci];
    if (!c || !all || c.start >= at) return false;
    // (the name's own words, before a genitive tail: "die Aussenpolitische Kommission des Nationalrats" is no parliament)
    const link = all.findIndex((w, x) => x > 0 && r.lex.genitiveLinks.has(w));
    const words = link > 0 ? all.slice(0, link) : all;
    return words.includes(np.headWord) || (r.lex.compoundHeads && words.some((w) => w.length > np.headWord.length && w.endsWith(np.headWord))) || words.some((w) => sameHeadClass(r.lex, cls, w));
  });
  // the entity last described with the head, if it was mentioned before the phrase (appositions are read first,
  // so the memo may hold a person introduced only later: "Der CDU-Vorsitzende …. Der Vorsitzende der Linken, Jan van Aken")
  const byHeadBefore = (): string | null => {
    const id = headMemo.get(np.headWord);
    const d = id ? cl.drafts.get(id) : undefined;
    return d && lastOf(d) >= 0 ? d.id : null;
  };
  // "der CDU-Politiker", "the diplomat", "der 66-Jährige" right after a named person: that person (in this or the
  // sentence before); of several persons in the sentence before, the one it names first (news sentences open with
  // their subject: "Scholz traf Erdogan. Der SPD-Politiker …" is Scholz)
  // the state a sentence opens with as its place, before the phrase: a locative preposition (or its contraction with an
  // article), at most one noun, then the state ("In Somalia …", "Im Nachbarland Niger …", "In Myanmar, …")
  const openingState = (): string | null => {
    const k0 = sentStart(v, tokenAtOffset(v, at));
    if (!r.lex.locativePreps.has(v.lower[k0]!) && !r.lex.definiteContractions.has(v.lower[k0]!)) return null;
    for (let x = k0 + 1; x <= k0 + 2 && x < np.from; x++) {
      const id = cl.tokenEntity[x];
      if (id && !isAdj(x) && cl.drafts.get(id)?.kb?.kind === 'country') return id;
      if (id) return null;
    }
    return null;
  };
  const justNamed = (): Draft | null => {
    // a state in the phrase ("the former Dutch prime minister") rules out a person known to act for another one
    const fitsState = (d: Draft): boolean => {
      if (!np.states.length) return true;
      const tied = [d.state, ...d.roles.map((x) => x.of ?? null)].filter((x): x is string => x !== null && r.kb.get(x)?.kind === 'country');
      return tied.length === 0 || tied.includes(np.states[0]!);
    };
    // (a person the text never names, "his lawyer", is no antecedent for "the journalist")
    const p = mostRecent((d) => d.type === 'PER' && d.cands.length > 0 && fitsState(d) && lastOf(d) >= 0);
    // (three sentences back when the noun's gender is the person's: "Ministerin X … teilte ihr Ministerium mit. Ein Teil
    // … Die SPD-Politikerin traf …"; the latest person, so no one else was named since)
    if (!p || !(namedWithin(p, 2) || (g !== undefined && genderOf.get(p.id) === g && namedWithin(p, 3)))) return null;
    const sent = v.doc.sentenceAt(lastOf(p));
    // (two sentences back only where that sentence names no one else: "Goïta suspended the parties. The junta had
    // promised elections. The 42-year-old …")
    if (!namedWithin(p, 1) && seen.some((d) => d !== p && d.type === 'PER' && d.cands.length > 0 && v.doc.sentenceAt(lastOf(d)) === sent)) return null;
    // (a person named in the phrase's own sentence is its subject, and the phrase someone else: "Raila Odinga said on
    // Monday the politician had lied")
    if (sent === v.sentence[tokenAtOffset(v, at)]) return null;
    return firstMentionedIn(seen.filter((d) => d.type === 'PER' && fitsState(d) && d.cands.length > 0), cands, sent, at, v) ?? p;
  };
  // a noun of one private person (`privatePersonNouns`: "the driver", "den Journalisten") is no office holder named just
  // before: an occupation is not an office ("Innenminister X traf ein. Die Polizei nahm den Journalisten fest" is someone
  // else); a person the text gave no office may be meant ("X … the driver")
  const privateNoun = r.lex.privatePersonNouns.has(np.headWord) || r.lex.privatePersonNouns.has(v.lower[np.to - 1] ?? '');
  const justNamedPerson = (): Draft | null => {
    const p = justNamed();
    return p && privateNoun && p.roles.length > 0 ? null : p;
  };
  // "the island", "die Insel": the latest island named, an island state of the knowledge base ("Taiwan") or a place
  // named with an island noun ("Thitu Island"), not merely the latest place (nor
  // the referent of the same phrase before: "Thitu Island … The island" after "… the island" of Taiwan)
  if (np.head.island && np.definite && !np.states.length) {
    const islandName = (d: Draft): boolean => d.type === 'LOC' && d.name.toLowerCase().split(/[\s-]+/u).some((w) => r.lex.islandWords.has(w));
    // (a place named with the very noun first, in its name or right after it: "the Paracel Islands", "near the Kinmen
    // islands" … "the islands" is that group, not a single island named later, nor an island state)
    const noun = v.lower[np.to - 1]!;
    const sameNoun = (d: Draft): boolean => (d.type === 'LOC' || d.type === 'GPE') && d.cands.some((ci) => {
      const c = cands[ci];
      return !!c && c.start < at && (cl.candWords[ci]?.includes(noun) === true || (c.to < v.lower.length && v.sentence[c.to] === v.sentence[c.from] && v.lower[c.to] === noun));
    });
    const named = mostRecent(sameNoun);
    if (named) return named.id;
    return mostRecent((d) => d.kb?.island === true || islandName(d))?.id ?? null;
  }
  // (a bare regional noun refers to nothing, also where a subdivision was introduced with it: "the state of Rakhine … a
  // state of emergency")
  if (np.head.regional && !np.region) return null;
  const remembered = memo.get(phrase);
  if (remembered) return remembered;
  const h = np.head;
  const isGov = r.lex.governmentWords.has(np.headWord);
  // "dessen UN-Gesandter", "its ambassador": the possessor is the latest state or organisation
  if (np.possessive && !np.states.length && !isGov && r.lex.thingPossessives.has(v.lower[np.from]!)) {
    const owner = mostRecent((d) => d.type === 'GPE' && d.kb?.kind === 'country');
    if (owner) np = { ...np, states: [owner.id] };
  }
  if (isGov) {
    if (np.states.length) return np.states[0]!;
    // "Lukashenko's government", "Dbeibahs Regierung": the state the named person acts for
    if (np.person) {
      const p = cl.drafts.get(np.person);
      const st = p ? personState(p) : null;
      if (st && r.kb.get(st)?.kind === 'country') return st;
      // (a person the text ties to no state governs the state it is about: "Dbeibahs Regierung")
      if (p && !st && p.type === 'PER') return stateForOrgan(v, cands, cl, at);
    }
    // "the Democratic Party leadership", "die Hamas-Führung": the organ of an organisation named in the phrase, not of a state
    for (let x = tokenAtOffset(v, at); x < np.to; x++) {
      const id = cl.tokenEntity[x];
      const t = id ? cl.drafts.get(id)?.type : undefined;
      if (t && t !== 'GPE' && !isAdj(x)) return null;
    }
    if (np.possessive) {
      // (the person just named in the phrase's own sentence owns it: "Prime Minister Hun Manet said his government …";
      // with no state known for them, the dateline's or most-named state rather than an earlier person's)
      const own = r.lex.personPossessives.has(v.lower[np.from]!) ? mostRecent((d) => d.type === 'PER' && d.cands.length > 0 && lastOf(d) >= 0) : null;
      if (own && namedWithin(own, 0)) {
        const st = personState(own);
        if (st && r.kb.get(st)?.kind === 'country') return st;
        return stateForOrgan(v, cands, cl, at);
      }
      // "China will require licences, its commerce ministry said", "a day after its army said": a possessive of things
      // owns the organ for the state or organisation it points at (`possessiveOwner`; an adjective names no owner:
      // "ordered a Pakistani diplomat to leave, a day after its army said" is India's army); an organisation's organ is
      // no state's ("Hamas said its armed wing …")
      if (r.lex.thingPossessives.has(v.lower[np.from]!) && !r.lex.personPossessives.has(v.lower[np.from]!)) {
        const owner = possessiveOwner(np.from);
        return owner?.type === 'GPE' && owner.kb?.kind === 'country' ? owner.id : null;
      }
      const p = mostRecent((d) => d.type === 'PER' && d.state !== null);
      if (p?.state) return p.state;
      // "his government" of a person whose state the text never says: the state of the dateline's city (a foreign
      // minister quoted from Georgetown speaks for Guyana), else the state the text is most about
      if (!r.lex.personPossessives.has(v.lower[np.from]!)) return null;
      return stateForOrgan(v, cands, cl, at);
    }
    if (np.definite) {
      // "The International Court of Justice … the court's jurisdiction", "das Verfassungsgericht … das Gericht": an
      // organisation named with the head in its name in this or the sentence before
      // (a body the base knows or one placed in a state; an armed group named with the head is no state organ's referent:
      // "Die Arakan-Armee … sagte, die Armee habe Dörfer bombardiert")
      // (any named organisation for an organ noun a body names itself with: "Das Landgericht Köln … das Gericht")
      const anyBody = r.lex.bodyHeads.has(np.headWord);
      const namedOrgan = mostRecent((d) => d.type === 'ORG' && (d.kb !== null || d.state !== null || anyBody) && withHead(d) && namedWithin(d, 1));
      if (namedOrgan) return namedOrgan.id;
      // "Die Staatsanwaltschaft Köln … [paragraphs] … Die Staatsanwaltschaft": a court or prosecutor named with the head
      // earlier in the text, at any distance (`judiciaryHeads`; a report follows one case)
      const judiciary = r.lex.judiciaryHeads.has(np.headWord);
      const caseBody = judiciary ? mostRecent((d) => d.type === 'ORG' && withHead(d) && lastOf(d) >= 0) : null;
      if (caseBody) return caseBody.id;
      // "In Minsk, the foreign ministry …", "In Peking teilte das Außenministerium mit": a seat city named before the
      // phrase in its own sentence places the organ
      const seat = seatBefore(v, cands, cl, at, r.lex.seatPrepositions);
      if (seat) return seat;
      // "the ministry" after "Pakistan's foreign ministry": the state whose organ was last named with that head
      // (government descriptions carry no head memo, so their text is read: within the two sentences before)
      const sent = v.sentence[tokenAtOffset(v, at)] ?? 0;
      let organOf: string | null = null;
      let organAt = -1;
      for (const d of seen) {
        if (d.type !== 'GPE') continue;
        for (const x of d.descs) {
          if (x.start < at && x.start > organAt && sent - x.sentence <= 2 && headPart(r.lex, x.text).join(' ').endsWith(np.headWord)) { organOf = d.id; organAt = x.start; }
        }
      }
      if (organOf) return organOf;
      // "the administration" after "the Obama administration": the state of the latest regime name
      let reg: string | null = null;
      cands.forEach((c, ci) => { if (c.source === 'regime' && c.start < at && cl.owner[ci]) reg = cl.owner[ci]!; });
      if (reg) return reg;
      // the state whose organ the text described last, in this or the sentence before ("Die Junta … Seitdem kämpft die
      // Armee"), and the last one described with the same head ("Myanmars Junta" … "Die Junta")
      let near: string | null = null;
      let nearAt = -1;
      for (const d of seen) {
        if (d.type !== 'GPE') continue;
        for (const x of d.descs) {
          if (x.start >= at || x.start <= nearAt || sent - x.sentence > 1) continue;
          // (its last word or two: "Myanmars Junta", "the foreign ministry")
          const words = headPart(r.lex, x.text);
          if (r.lex.governmentWords.has(words.at(-1)!) || (words.length > 1 && r.lex.governmentWords.has(words.slice(-2).join(' ')))) { near = d.id; nearAt = x.start; }
        }
      }
      const same = stateDescribedWith(r.lex, seen, np.headWord, at);
      // "the junta", "die Militärregierung": the state described before with any word for its military rule ("Niger's
      // military government … Paris said the junta"), else the dateline's, else the state the text names first — not
      // the state that speaks about it or the one named most
      // (a German compound is read at its head, "regierung": its whole last word says "Militärregierung")
      const headWords = headPart(r.lex, phrase);
      if (r.lex.juntaWords.has(np.headWord) || r.lex.juntaWords.has(stripCase(headWords.at(-1) ?? ''))) {
        const ruled = stateDescribedWithAny(r.lex, seen, r.lex.juntaWords, at);
        if (ruled) return ruled;
        // ("Im Nachbarland Niger hatte die Militärregierung …": the state its sentence opens with as its place)
        const placed = openingState();
        if (placed) return placed;
        const st = speakerState();
        if (st) return st;
        return datelineState(v, cands, cl) ?? firstNamedState(cands, cl, at) ?? stateForOrgan(v, cands, cl, at);
      }
      // "the US ambassador was summoned to the foreign ministry": an envoy of one state before the organ in its sentence
      // is posted in another, whose organ it is (the dateline's, else the state the text is most about)
      const envoy = envoyStateBefore(v, r.lex, cl, at);
      // (a seat after the organ names its state: "said the foreign ministry in Moscow would respond")
      const host = envoy && !seatAfter(v, cands, cl, np.to, r.lex) ? hostState(v, cands, cl, envoy, at) : null;
      if (host) return host;
      // "Richter told reporters the government was ready to talk": the state of a person named before the phrase in
      // its sentence, when the text ties that person to one
      // (unless another state was described with the same head before: "Myanmars Militärjunta … Der malaysische
      // Außenminister Mohamad Hasan rief die Junta zu einem Waffenstillstand auf")
      const st = speakerState();
      if (st) return same ?? st;
      // "the military said in Rawalpindi", "teilte das Außenministerium in Islamabad mit": with no organ of a state
      // described in this or the sentence before, the city the organ speaks from places it
      const spokeFrom = near ? null : seatAfter(v, cands, cl, np.to, r.lex);
      if (spokeFrom) return spokeFrom;
      // else the organ's state described last nearby, or earlier with the same head; a specific organ ("the ministry",
      // "die Armee") goes to the state last described with it before a state described nearby with another organ
      // ("Das iranische Außenministerium … Die saudische Regierung forderte … Das Ministerium erklärte" is Iran's), while a
      // government word ("the government") takes the organ nearby
      if (same && !r.lex.regimeWords.has(np.headWord)) return same;
      if (near ?? same) return near ?? same;
      // (or the state a sentence opens with as its place: "In Somalia hat das Parlament …", "In Myanmar, the military said")
      const placed = openingState();
      if (placed) return placed;
      // an unqualified domestic organ ("die Küstenwache", "the police") is the dateline country's, else the state the
      // text is most about
      // (not a court or prosecutor of a federal state in a report from one of its cities that is not its seat — a court of
      // a member state the text leaves unnamed: "Köln (dpa) – … Die Staatsanwaltschaft", "das Gericht" are no organs of
      // Germany; from the capital, or with no such dateline, the state keeps them)
      const home = stateForOrgan(v, cands, cl, at);
      return judiciary && home && r.kb.get(home)?.federal && localDateline(v, cands, cl, home) ? null : home;
    }
    return null;
  }
  if (h.type === 'PER') {
    if (h.kin) return byHeadBefore();
    if (h.generic) {
      // "Merz begrüßte seinen Gast", "his counterpart": the other person of the latest encounter, named within two sentences
      if (!np.states.length && np.possessive && !r.lex.thingPossessives.has(v.lower[np.from]!)) {
        // (the possessor may be of either gender: "ihrem Gastgeber")
        const owner = mostRecent((d) => d.type === 'PER' && lastOf(d) >= 0, seenAll);
        const other = owner ? mostRecent((d) => d !== owner && d.type === 'PER' && lastOf(d) >= 0) : null;
        if (other && namedWithin(other, 2)) return other.id;
        return null;
      }
      if (!np.states.length && np.definite) return justNamedPerson()?.id ?? null;
      if (!np.states.length) return null;
      return mostRecent((d) => d.type === 'PER' && (d.state === np.states[0] || d.roles.some((x) => x.of === np.states[0])))?.id ?? null;
    }
    // "der CSU-Chef": the organisation in the phrase must be the person's (known from their descriptions or roles)
    const org = np.orgs[0];
    const orgFits = (d: Draft): boolean | null => {
      if (!org) return true;
      if (orgOf.get(d.id)?.has(org) || d.roles.some((x) => x.of === org)) return true;
      return orgOf.get(d.id)?.size || d.roles.some((x) => x.of && r.kb.get(x.of)?.type === 'ORG') ? false : null;
    };
    const byHead = byHeadBefore();
    if (byHead) {
      const d = cl.drafts.get(byHead)!;
      if (!otherGender(d) && (!np.states.length || d.state === np.states[0] || d.roles.some((x) => x.of === np.states[0])) && orgFits(d) !== false) return byHead;
    }
    if (org && !np.states.length && np.definite) {
      // a member known for that organisation, else the person just named (this or the sentence before) if not tied to another one
      const member = mostRecent((d) => d.type === 'PER' && orgFits(d) === true && lastOf(d) >= 0);
      if (member) return member.id;
      const p = mostRecent((d) => d.type === 'PER' && lastOf(d) >= 0);
      // (not a state's man for a body of no state: "Militärchef Abdel Fattah al-Burhan … Die UN-Sonderbeauftragte")
      const stateMan = !!p && personState(p) !== null && r.kb.get(org)?.type === 'ORG' && !r.kb.get(org)?.state;
      if (p && orgFits(p) === null && namedWithin(p, 1) && !stateMan) return p.id;
      return null;
    }
    if (h.role) {
      const fits = (d: Draft, dated: boolean, strict = false): boolean => d.type === 'PER' && d.roles.some((x) => roleMatches(x.role, h.role!, strict) && (!np.states.length || x.of === np.states[0]) && (!dated || activeAt(x, v.doc.meta.published)));
      // the holder of the very office first ("der Staatschef" is the president before the chancellor), then any leader
      const strictness = [(d: Draft): boolean => fits(d, true, true), (d: Draft): boolean => fits(d, true), (d: Draft): boolean => fits(d, false)];
      for (const ok of strictness) {
        const withRole = mostRecent(ok);
        if (!withRole) continue;
        // of several holders last named in one sentence ("Dschaparow empfing Rachmon. Der Staatschef …"), the one
        // it names first (its subject)
        const at0 = lastOf(withRole);
        const sent0 = v.doc.sentenceAt(at0);
        const rivals = seen.filter((d) => d !== withRole && ok(d) && v.doc.sentenceAt(lastOf(d)) === sent0 && lastOf(d) >= 0);
        return rivals.length ? (firstMentionedIn([withRole, ...rivals], cands, sent0, at, v) ?? withRole).id : withRole.id;
      }
      // the title before the name: "warnte der französische UN-Gesandte, … sagte Jay Dharmadhikari, stellvertretender französischer Botschafter"
      const sent = v.sentence[tokenAtOffset(v, at)] ?? 0;
      let next: Draft | null = null;
      for (const d of cl.drafts.values()) {
        if (d.first <= at || otherGender(d) || !(fits(d, true) || (fits(d, false) && d.roles.some((x) => x.source === 'text')))) continue;
        const ds = v.doc.sentenceAt(d.first);
        if (ds - sent <= 2 && (!next || d.first < next.first)) next = d;
      }
      if (next) return next.id;
      // "Malaysia's Anwar Ibrahim … The Malaysian leader": a generic leader title with a state goes to the person of that
      // state named within two sentences when the text gives them no office at all
      if ((h.role === 'leader' || h.role.startsWith('head-of-')) && np.definite && np.states.length) {
        const p = mostRecent((d) => d.type === 'PER' && d.state === np.states[0] && d.roles.length === 0 && lastOf(d) >= 0);
        if (p && namedWithin(p, 2)) return p.id;
        // (or a leader the text gave a title with no state, in an article placed in that state: "TASHKENT … President
        // Shavkat Mirziyoyev … The Uzbek leader")
        const titled = mostRecent((d) => d.type === 'PER' && d.cands.length > 0 && d.state === null && d.roles.length > 0 && d.roles.every((x) => !x.of && roleMatches(x.role, 'leader')) && lastOf(d) >= 0);
        if (titled && namedWithin(titled, 2) && stateForOrgan(v, cands, cl, at) === np.states[0]) return titled.id;
      }
    }
    // "Die Chefin der AfD-Fraktion" (a person noun with no office the base knows) right after a named person
    // (with a state in the phrase, one of that state: "Putin gratulierte. Der Kremlchef telefonierte")
    if (!h.role && !np.orgs.length && np.definite && !np.person) return justNamedPerson()?.id ?? null;
    // "the former Dutch prime minister" with no known holder of that past office: the person just named, not a new one
    if (h.role && np.definite && formerOffice(v, r, np)) return justNamed()?.id ?? null;
    return null;
  }
  if (h.type === 'GPE') {
    // "im Nachbarland", "its neighbour": of the states bordering the state of reference (named in the phrase, the
    // possessor, that of a person named before it in its sentence: "Präsident William Ruto reiste ins Nachbarland" is
    // no visit to Kenya; else the latest state named), the one the text names most
    // (the state its sentence names first before it is the sentence's subject and the state of reference, not a state named
    // after it: "Der Iran bestellte den Botschafter des Irak ein, nachdem Granaten aus dem Nachbarland …" is Iraq, "Kenya
    // sent troops to Somalia to stabilise its neighbour" Somalia)
    if (h.neighbour && !np.indefinite) {
      const of = np.states[0] ?? speakerState() ?? firstStateInSentence() ?? mostRecent((d) => d.kb?.kind === 'country')?.id ?? null;
      const borders = of ? r.kb.get(of)?.neighbours ?? [] : [];
      return borders.length ? mostSalient((d) => borders.includes(d.id))?.id ?? null : null;
    }
    if (h.direction) {
      // the state of the pair whose name opens with the direction's word ("Nordkorea", "South Korea")
      const prefixes = r.lex.directions.get(h.direction) ?? [];
      const opens = (x: string): boolean => prefixes.some((p) => x.toLowerCase().startsWith(p));
      return mostSalient((d) => d.kb?.kind === 'country' && (opens(d.name) || d.kb.names.some(opens)))?.id ?? null;
    }
    if (np.region) return mostSalient((d) => d.kb?.kind === 'country' && (d.kb.region ?? '').split('|').includes(np.region!))?.id ?? null;
    if (h.regional) return null;
    // "der libyschen Hauptstadt", "the capital" (with no name after it): the capital of the state it names, else of
    // the state the text is most about
    if (h.capital && np.definite) {
      const st = np.states[0] ?? mostSalient((d) => d.kb?.kind === 'country')?.id;
      const cap = st ? r.kb.capitalOf(st)?.id : undefined;
      if (cap) return cap;
    }
    if (np.states.length) return null;
    // "die Stadt", "the city": the latest city named (a capital or a place the knowledge base places in a state)
    if (h.city && !h.capital && np.definite) return mostRecent((d) => d.type === 'GPE' && (d.kb?.kind === 'city' || (d.kb?.kind === 'place' && d.kb.state !== null)))?.id ?? null;
    if (h.stateNoun) {
      // "sein Land", "the country" after a person: the state of that person (the clause's subject, or the latest person)
      if (!np.indefinite) {
        const sent = v.sentence[tokenAtOffset(v, at)] ?? 0;
        // (of several persons in the phrase's sentence, the one it names first, its subject: "The Ethiopian leader
        // thanked his host and said his country …")
        const latest = mostRecent((d) => d.type === 'PER' && lastOf(d) >= 0);
        const sameSentence = latest !== null && v.doc.sentenceAt(lastOf(latest)) === sent;
        const person = sameSentence ? firstMentionedIn(seen.filter((d) => d.type === 'PER' && personState(d) !== null), cands, sent, at, v) ?? latest : latest;
        // (a person acting for an organisation names no state: "Nato-Generalsekretär Mark Rutte sprach dem baltischen Staat …")
        const st0 = person ? personState(person) : null;
        const st = st0 && r.kb.get(st0)?.kind === 'country' ? st0 : null;
        if (st && (np.possessive || sameSentence)) return st;
        // "Burkina Faso's military government ordered three French diplomats to leave the country", "Der Mitarbeiter
        // der russischen Botschaft in Tallinn müsse das Land verlassen": the state named first in its sentence by a
        // name or a city (an adjective names the foreigners)
        if (!np.possessive) {
          const k0 = tokenAtOffset(v, at);
          for (let x = sentStart(v, k0); x < k0; x++) {
            const id = cl.tokenEntity[x];
            const d = id && !isAdj(x) ? cl.drafts.get(id) : undefined;
            const named = d?.kb?.kind === 'country' ? d.id : d?.kb?.kind === 'city' && d.kb.state ? d.kb.state : null;
            if (named && r.kb.get(named)?.kind === 'country') return named;
          }
        }
      }
      // otherwise the state the text is most about ("im Osten des Landes" after a neighbour was named in passing)
      return mostSalient((d) => d.kb?.kind === 'country')?.id ?? null;
    }
    return byHeadBefore();
  }
  // a group noun in a compound that opens with an organisation's name is that organisation ("die FACT-Rebellen", "die
  // M23-Miliz"), whatever group was named last
  if (h.type === 'ORG' && np.orgs.length === 1 && !np.person && r.lex.groupHeads.has(stripCase(np.headWord))) return np.orgs[0]!;
  // a name right before the head says which ("the Spratly group")
  const k = tokenAtOffset(v, at);
  for (let x = np.to - 2; x >= k && x >= np.from; x--) {
    const id = cl.tokenEntity[x];
    if (id && !isAdj(x) && cl.drafts.get(id)?.type !== 'PER' && cl.drafts.get(id)?.type !== 'GPE') return id;
    // (an unknown name read as a place before a facility noun is the facility's: "the Litoral penitentiary")
    if (id && !isAdj(x) && h.type === 'FAC' && cl.drafts.get(id)?.type === 'GPE' && !cl.drafts.get(id)?.kb) return id;
    // a province's name before a place head ("the Tavush region") is the name of the place, which the
    // phrase names rather than describes (as the gold reads it): no other place is meant
    if (id && !isAdj(x) && h.type === 'LOC' && cl.drafts.get(id)?.type === 'GPE') return null;
  }
  // "Kipianis Partei", "Trump's party": the organisation of the person named in the phrase, one the text or the
  // knowledge base ties them to, never merely the last one described with the same head
  if (np.person && h.type === 'ORG') {
    const p = cl.drafts.get(np.person);
    const tied = p ? [...(orgOf.get(p.id) ?? []), ...p.roles.flatMap((x) => (x.of ? [x.of] : []))] : [];
    return tied.find((id) => cl.drafts.get(id)?.type === 'ORG' || r.kb.get(id)?.type === 'ORG') ?? null;
  }
  // the entity described or named with the head that the text mentioned last ("Die CHP … die DEM-Partei … Die Partei"
  // is the DEM party), else the one last described with it
  // (or with a head of its class: "der Übung „Freedom Shield“ … das Manöver")
  const byHead = mostRecent((d) => d.type !== 'PER' && d.type !== 'GPE' && (d.heads.has(np.headWord) || withHead(d) || [...d.heads].some((x) => sameHeadClass(r.lex, cls, x))) && lastOf(d) >= 0)?.id ?? byHeadBefore();
  if (byHead) return byHead;
  // (or a province, district or town the knowledge base does not know: a political unit by its type)
  // (not a city the text introduced with its noun: "the city of Beledweyne … displaced in the region"; a province may be)
  const settlement = (d: Draft): boolean => [...d.heads].some((x) => !!headOf(r.lex, x)?.city);
  // (a de-facto state is "the breakaway region" too: "Somaliland … the region")
  if (h.type === 'LOC' && np.definite) return mostRecent((d) => d.type === 'LOC' || (d.type === 'GPE' && ((!d.kb && d.cands.length > 0 && !settlement(d)) || !!d.kb?.deFacto)))?.id ?? null;
  // "das Unternehmen", "the company", "the body": the organisation named last, within the two sentences before
  if (h.type === 'ORG' && h.generic && (np.definite || np.possessive)) {
    // (people in a plural, "Die Demonstranten", "the protesters", are no organisation named before them — a party
    // calling a protest is not its crowd; a group of its own or one described with that noun is found by the caller)
    if (r.lex.groupNouns.has(np.headWord)) return null;
    // (an agency named only in the dateline is not what the text goes on about)
    const inBody = (d: Draft): boolean => d.cands.some((ci) => cands[ci]!.start < at && v.zone[cands[ci]!.from] === 'body');
    // "the bloc", "das Bündnis": the alliance of states the text is most about, however far back (an organisation of
    // the knowledge base that belongs to no state)
    if (r.lex.blocNouns.has(stripCase(np.headWord)) || [...r.lex.blocNouns].some((b) => b.length > 6 && np.headWord.endsWith(b))) {
      // (not an armed group the text calls by a plural group noun: "The rebels of … JNIM")
      const armed = (d: Draft): boolean => [...d.heads].some((x) => !!headOf(r.lex, x)?.generic && headOf(r.lex, x)?.type === 'ORG' && !!endingOf(x, r.lex.forms.orgPluralEndings, 0));
      const blocLike = (d: Draft): boolean => d.type === 'ORG' && d.kb?.kind === 'org' && d.kb.state === null && inBody(d) && !armed(d);
      // (one named in this or the sentence before first: "The European Union's special representative … The bloc" after
      // a rights group named twice)
      const near = mostRecent(blocLike);
      const bloc = near && namedWithin(near, 1) ? near : mostSalient(blocLike);
      if (bloc) return bloc.id;
    }
    // (a plural of people, "The militants", "die Islamisten", is no body the text described with another kind of noun:
    // "U.S. Africa Command … The command … The militants" are al-Shabaab's)
    // (nor is "the Islamist group"; such a group may be named three sentences back)
    const groupLike = r.lex.groupHeads.has(stripCase(np.headWord));
    // (another kind: a singular organisation noun; plurals of people, "the guerrillas", describe groups as well)
    // (any organisation noun, not only the generic ones: "Die Gefängnisbehörde SNAI … Die Banden" are no agency)
    const otherKind = (d: Draft): boolean => groupLike && [...d.heads].some((x) => headOf(r.lex, x)?.type === 'ORG' && ![...r.lex.groupHeads].some((g) => stripCase(x).endsWith(g)) && !endingOf(x, r.lex.forms.orgPluralEndings, 0));
    // (nor is an outlet that reported on them: "Radio Okapi reported that the rebels had withdrawn")
    const outlet = (d: Draft): boolean => groupLike && d.name.toLowerCase().split(/\s+/u).some((w) => r.lex.mediaWords.has(w));
    const o = mostRecent((d) => d.type === 'ORG' && inBody(d) && !otherKind(d) && !outlet(d));
    return o && namedWithin(o, groupLike ? 3 : 2) ? o.id : null;
  }
  return null;
}

/**
 * The state of a city the phrase ending at token `to` speaks from: a statement word or none, a seat preposition and the
 * city within the next four tokens of its sentence ("the military said in Rawalpindi", "das Militär in Rawalpindi mit",
 * "erklärte in Islamabad"), or null.
 */
function seatAfter(v: DocView, cands: readonly Cand[], cl: Clustering, to: number, lex: ResolveLexicon): string | null {
  let x = to;
  if (x < v.texts.length && v.sentence[x] === v.sentence[to - 1] && lex.statementWords.has(v.lower[x]!)) x++;
  if (x + 1 >= v.texts.length || v.sentence[x + 1] !== v.sentence[to - 1] || !lex.seatPrepositions.has(v.lower[x]!)) return null;
  const at = v.starts[x + 1]!;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.start !== at) continue;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if ((d?.kb?.kind === 'city' || (d?.kb?.kind === 'place' && d.kb.type === 'GPE')) && d.kb.state) return d.kb.state;
    // (a capital that acts for its state was clustered under the state)
    if (d?.kb?.kind === 'country' && c.hits.some((h) => h.entity.kind === 'city')) return d.id;
  }
  return null;
}

/** The state of a capital or seat named after a locative preposition earlier in the sentence of `at` ("In Minsk, …"). */
function seatBefore(v: DocView, cands: readonly Cand[], cl: Clustering, at: number, seatPrepositions: ReadonlySet<string>): string | null {
  const k = tokenAtOffset(v, at);
  const sent = v.sentence[k];
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.start >= at || v.sentence[c.from] !== sent || c.from === 0) continue;
    if (!seatPrepositions.has(v.lower[c.from - 1]!)) continue;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    const e = d?.kb;
    if (e?.seat && e.state) return e.state;
  }
  return null;
}

/**
 * The state an unqualified organ or collective belongs to ("die Küstenwache", "the police", "die
 * Opposition"): the dateline's, else the country the text names most (of those named before offset
 * `before`, when given: a reference looks back).
 */
export function stateForOrgan(v: DocView, cands: readonly Cand[], cl: Clustering, before = Infinity): string | null {
  // (a foreign desk's city places no organ of a state the text itself never names where the text described the bodies of
  // another state before: "NAIROBI – Somalia's parliament … The army said", "BANGKOK – Myanmar's opposition … The military
  // denied"; a report from home about foreign ships keeps its own coast guard: "Stockholm – Russland hat Schiffe
  // geschickt … Die Küstenwache meldete"; a large city of the base that is no capital places the organ when the text
  // names its state: "KARACHI – India and Pakistan traded accusations. The military said")
  const dateline = datelineState(v, cands, cl, true);
  if (dateline && (namedOutsideDateline(v, cands, cl, dateline) || (!!datelineState(v, cands, cl) && !otherStateDescribed(cl, dateline, before)))) return dateline;
  let best: string | null = null;
  let bestN = 0;
  for (const d of cl.drafts.values()) {
    if (d.kb?.kind !== 'country' || d.first >= before) continue;
    const n = d.cands.filter((ci) => ci >= 0).length;
    if (n > bestN) { best = d.id; bestN = n; }
  }
  return best;
}

/**
 * The state of an envoy (a posted role: ambassador, envoy) before offset `at` in its sentence: a person named with such a
 * role ("the US ambassador, Ronald Johnson, was summoned"), or an envoy noun with a state just before it ("The US
 * ambassador", "Der US-Botschafter"); else null.
 */
function envoyStateBefore(v: DocView, lex: ResolveLexicon, cl: Clustering, at: number): string | null {
  const k0 = tokenAtOffset(v, at);
  // (an envoy to an organisation speaks for his own state: "Der sudanesische Botschafter bei den Vereinten Nationen …
  // der Armee"; an organisation within three words after the envoy)
  const toOrganisation = (x: number): boolean => {
    for (let y = x + 1; y <= x + 4 && y < k0; y++) {
      const oid = cl.tokenEntity[y];
      if (oid && oid !== cl.tokenEntity[x] && cl.drafts.get(oid)?.type === 'ORG') return true;
    }
    return false;
  };
  for (let x = k0 - 1; x >= 0 && v.sentence[x] === v.sentence[k0]; x--) {
    const id = cl.tokenEntity[x];
    const d = id ? cl.drafts.get(id) : undefined;
    if (d?.type === 'PER' && toOrganisation(x)) return null;
    if (d?.type === 'PER') {
      const posted = d.roles.find((y) => lex.postedRoles.has(y.role) && y.of);
      if (posted?.of && cl.drafts.get(posted.of)?.kb?.kind === 'country') return posted.of;
      continue;
    }
    const h = id ? undefined : headOf(lex, stripCase(v.lower[x]!));
    if (!h?.role || !lex.postedRoles.has(h.role)) continue;
    if (toOrganisation(x)) return null;
    // (the state as an adjective or name right before the noun, or as the first part of its compound)
    for (let y = x; y >= Math.max(0, x - 2) && v.sentence[y] === v.sentence[k0]; y--) {
      const sid = cl.tokenEntity[y];
      if (sid && cl.drafts.get(sid)?.kb?.kind === 'country') return sid;
    }
  }
  return null;
}

/** The state an envoy of state `envoy` is posted in: the dateline's, else the state named most before `at`, not `envoy`. */
function hostState(v: DocView, cands: readonly Cand[], cl: Clustering, envoy: string, at: number): string | null {
  const dateline = datelineState(v, cands, cl, true);
  if (dateline && dateline !== envoy) return dateline;
  let best: string | null = null;
  let bestN = 0;
  for (const d of cl.drafts.values()) {
    if (d.kb?.kind !== 'country' || d.id === envoy || d.first >= at) continue;
    const n = d.cands.filter((ci) => ci >= 0).length;
    if (n > bestN) { best = d.id; bestN = n; }
  }
  return best;
}

/**
 * The lower-case words of a description up to the first locative or genitive link after its first word, where its
 * head ends ("Die Junta in Myanmar" → die junta; "the government of Pakistan" → the government).
 */
function headPart(lex: ResolveLexicon, text: string): string[] {
  const words = text.toLowerCase().split(' ');
  const cut = words.findIndex((w, i) => i > 0 && (lex.locativePreps.has(w) || lex.genitiveLinks.has(w)));
  return cut > 0 ? words.slice(0, cut) : words;
}

/**
 * The state last described before offset `at` with a description whose head ends in `head` ("Myanmars Militärjunta",
 * "Die Junta in Myanmar" for "junta"), or null.
 */
export function stateDescribedWith(lex: ResolveLexicon, drafts: Iterable<Draft>, head: string, at: number): string | null {
  let same: string | null = null;
  let sameAt = -1;
  for (const d of drafts) {
    if (d.type !== 'GPE') continue;
    for (const x of d.descs) if (x.start < at && x.start > sameAt && headPart(lex, x.text).join(' ').endsWith(head)) { same = d.id; sameAt = x.start; }
  }
  return same;
}

/** The state described last before offset `at` with a description whose head is one of `heads` ("Myanmars Junta", "Niger's military government"), or null. */
function stateDescribedWithAny(lex: ResolveLexicon, drafts: Iterable<Draft>, heads: ReadonlySet<string>, at: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const d of drafts) {
    if (d.type !== 'GPE') continue;
    for (const x of d.descs) {
      if (x.start >= at || x.start <= bestAt) continue;
      const words = headPart(lex, x.text);
      if (heads.has(words.at(-1)!) || (words.length > 1 && heads.has(words.slice(-2).join(' ')))) { best = d.id; bestAt = x.start; }
    }
  }
  return best;
}

/** The state named first in the text (headline included) before offset `at`, by name, adjective or acting capital. */
function firstNamedState(cands: readonly Cand[], cl: Clustering, at: number): string | null {
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.start >= at) break;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if (d?.kb?.kind === 'country') return d.id;
  }
  return null;
}

/**
 * The state of the city a dateline names ("GEORGETOWN, Feb 18 (Reuters)"), or null: a capital, or with `anyCity` also
 * another city the knowledge base places in a state ("KARACHI").
 */
export function datelineState(v: DocView, cands: readonly Cand[], cl: Clustering, anyCity = false): string | null {
  return cityStateIn(v, cands, cl, 'dateline', anyCity);
}

/** The state of the first city (with `anyCity`, also a GPE place) named in zone `zone` ("Lucía Ferrer in Mexico City" in a byline), or null. */
export function cityStateIn(v: DocView, cands: readonly Cand[], cl: Clustering, zone: ZoneKind, anyCity = false): string | null {
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (v.zone[c.from] !== zone) continue;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if ((d?.kb?.kind === 'city' || (anyCity && d?.kb?.kind === 'place' && d.kb.type === 'GPE')) && d.kb.state) return d.kb.state;
  }
  return null;
}

/** Whether the dateline names a city of state `id` that is not its seat ("Köln (dpa) –"): a report from one of its places. */
function localDateline(v: DocView, cands: readonly Cand[], cl: Clustering, id: string): boolean {
  for (let ci = 0; ci < cands.length; ci++) {
    if (v.zone[cands[ci]!.from] !== 'dateline') continue;
    const d = cl.owner[ci] ? cl.drafts.get(cl.owner[ci]!) : undefined;
    if (d?.kb?.kind === 'city' && d.kb.state === id && !d.kb.seat) return true;
  }
  return false;
}

/** Whether the text described, before offset `before`, a body, office or collective of a state other than `id` ("Somalia's parliament", "Myanmar's opposition"). */
function otherStateDescribed(cl: Clustering, id: string, before: number): boolean {
  for (const d of cl.drafts.values()) {
    if (d.kb?.kind === 'country' ? d.id !== id && d.descs.some((x) => x.start < before) : d.type !== 'GPE' && d.cands.length === 0 && !!d.state && d.state !== id && d.first < before) return true;
  }
  return false;
}

/** Whether the text names state `id` (by name, adjective or acting capital) outside the dateline and byline. */
function namedOutsideDateline(v: DocView, cands: readonly Cand[], cl: Clustering, id: string): boolean {
  const d = cl.drafts.get(id);
  return !!d && d.cands.some((ci) => ci >= 0 && v.zone[cands[ci]!.from] !== 'dateline' && v.zone[cands[ci]!.from] !== 'byline');
}

/** The phrase puts its office in the past ("the former Dutch prime minister", "der ehemalige Kanzler", "Ex-Kanzler"). */
function formerOffice(v: DocView, r: DescResources, np: Np): boolean {
  for (let k = np.from; k < np.to; k++) if (r.lex.formerModifiers.has(v.lower[k]!) || v.lower[k]!.startsWith('ex-')) return true;
  return false;
}

/** Of the drafts, the one mentioned first (by name or description) in sentence `sent`, before offset `at`. */
function firstMentionedIn(drafts: readonly Draft[], cands: readonly Cand[], sent: number, at: number, v: DocView): Draft | null {
  let best: Draft | null = null;
  let bestAt = Infinity;
  for (const d of drafts) {
    const starts = [...d.descs.map((x) => x.start), ...d.cands.map((ci) => cands[ci]!.start)];
    for (const s of starts) if (s < at && s < bestAt && v.doc.sentenceAt(s) === sent) { best = d; bestAt = s; }
  }
  return best;
}

/** The state a person acts for: the state learned or curated for them, else the state of a role. */
function personState(d: Draft): string | null {
  return d.state ?? d.roles.find((x) => x.of)?.of ?? null;
}
