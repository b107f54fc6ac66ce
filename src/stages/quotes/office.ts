import type { Span } from '../../doc/types.js';
import type { MentionRef, QuoteContext } from './context.js';
import { describedPerson, hasTitle, isInstitution, namedCompanyBefore, officeOf, officialState, personsBody, phraseReferent, stateInstitutionOffice, resolvePronoun, roleGender, sentenceSubject, titledPerson } from './antecedent.js';
import { endsInEntry } from './lexicon.js';
import { isCap, isLower } from './case.js';
import { endingClitic, endsInPossessive, isPossessiveMark, withoutClitic } from './possessive.js';

/**
 * Corrections of a speaker read from its mention, by the corpus conventions on speakers:
 * an unnamed office-holder the entity layer made an entity of its own ("ein Sprecher des
 * Auswärtigen Amts", "A Vatican spokesman") speaks for the state or organisation of the office;
 * a nationality noun ("sagte der Russe", "the Russian said") is the person the article introduced
 * with that nationality ("Der russische Außenminister Sergej Lawrow"). Otherwise the speaker as given.
 */
export function conventionalSpeaker(c: QuoteContext, speaker: string | null, span: Span | null): string | null {
  if (span === null) return speaker;
  const court = courtSpeaker(c, speaker, span);
  if (court !== null) return court;
  if (speaker === null) return accusedPerson(c, span) ?? placedInstitution(c, span);
  if (c.entityType(speaker) === 'PER' && ownedInstitution(c, withName(c, speaker, span))) return personsBody(c, speaker);
  const first = c.tokenAt(span.start);
  const last = c.tokenBefore(span.end);
  if (first < 0 || last < first) return speaker;
  const type = c.entityType(speaker);
  if (type === 'PER') return unnamedOffice(c, speaker, first, last) ?? speaker;
  if (type === 'GPE') return nationalityNoun(c, speaker, first, last) ?? nationalOfficeHolder(c, speaker, first, last) ?? genitiveHolder(c, speaker, first) ?? speaker;
  if (type === 'ORG') return genitiveHolder(c, speaker, first) ?? speaker;
  return speaker;
}

/**
 * A court's spokesperson or panel named without its court ("Ein Gerichtssprecher", "ein Sprecher des Gerichts", "die
 * Strafkammer", "der Staatsschutzsenat"): the court the trial is held at (see {@link trialCourt}), not merely the court
 * named last ("Vor dem Landgericht Köln begann der Prozess. Das Oberlandesgericht hatte zuvor … Ein Gerichtssprecher
 * sagte": Köln's). A panel with no trial court named is the court named last in the sentences before; a panel the entity
 * layer or the phrase already gave a speaker ("Der Berliner Senat") keeps it. Null when none of this applies.
 */
function courtSpeaker(c: QuoteContext, speaker: string | null, span: Span): string | null {
  if (!c.lex.courtNouns.size) return null;
  const first = c.tokenAt(span.start);
  const last = c.tokenBefore(span.end);
  if (first < 0 || last < first) return null;
  let spokesperson = false;
  let court = false;
  let panel = false;
  for (let k = first; k <= last; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || isLower(t)) continue;
    const w = t.lower;
    const role = endingOf(w, c.lex.spokespersonNouns);
    if (role !== undefined) {
      spokesperson = true;
      // "Gerichtssprecher": the court noun before the role noun, with or without the linking "s"
      const stem = w.slice(0, -role.length);
      if (c.lex.courtNouns.has(stem) || c.lex.courtNouns.has(stem.replace(/s$/u, ''))) court = true;
      continue;
    }
    // "des Gerichts": the bare court noun, also in the genitive
    if (isCourtNoun(c, k)) court = true;
    else if (endsInEntry(w, c.lex.panelNouns, 5)) panel = true;
  }
  // (the genitive may follow the phrase read as the speaker's: "Ein Sprecher | des Gerichts")
  const next = c.toks[last + 1];
  if (spokesperson && !court && next !== undefined && next.sentence === c.toks[last]!.sentence && c.lex.determiners.has(next.lower) && isCourtNoun(c, last + 2)) court = true;
  if (spokesperson && court) return trialCourt(c, first);
  if (panel && !spokesperson && speaker === null) return trialCourt(c, first) ?? courtNamedLast(c, first);
  return null;
}

/**
 * "Vor dem Landgericht Essen begann der Prozess gegen Karl Brenner. Der Angeklagte sagte, …": a definite phrase of the
 * accused (`accusedNouns`) that no entity stands for is the person named last after an `accusedPrepositions` word
 * ("gegen Karl Brenner", "gegen den 45-jährigen Karl Brenner", "the case against John Hale") in the text before it; null
 * when the phrase is no such phrase ("ein Angeklagter": someone new) or no person is named so.
 */
function accusedPerson(c: QuoteContext, span: Span): string | null {
  if (!c.lex.accusedNouns.size) return null;
  const first = c.tokenAt(span.start);
  const last = c.tokenBefore(span.end);
  if (first < 0 || last < first || !c.lex.determiners.has(c.toks[first]!.lower) || c.lex.indefiniteDeterminers.has(c.toks[first]!.lower)) return null;
  if (!c.lex.accusedNouns.has(c.toks[last]!.lower)) return null;
  for (let s = c.toks[first]!.sentence; s >= 0; s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if (m.first >= first || m.entity === undefined || c.entityType(m.entity) !== 'PER') continue;
      if (afterAccusedPreposition(c, m.first)) return m.entity;
    }
  }
  return null;
}

/** A preposition of `accusedPrepositions` before token k, over at most three articles, numbers or lower-case words ("gegen den 45-jährigen"). */
function afterAccusedPreposition(c: QuoteContext, k: number): boolean {
  const s = c.toks[k]!.sentence;
  for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
    const t = c.toks[p]!;
    if (t.sentence !== s) return false;
    if (c.lex.accusedPrepositions.has(t.lower)) return true;
    if (!(c.lex.determiners.has(t.lower) || t.kind === 'number' || (t.kind === 'word' && isLower(t)))) return false;
  }
  return false;
}

/** The first entry, in lexicon order, that `w` ends in ("gerichtssprecher" → "sprecher"); undefined when none. */
function endingOf(w: string, entries: ReadonlySet<string>): string | undefined {
  for (const n of entries) if (w.endsWith(n)) return n;
  return undefined;
}

/** The word at token k is a bare court noun, also in the genitive ("Gericht", "des Gerichts"), capitalised. */
function isCourtNoun(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || isLower(t)) return false;
  return c.lex.courtNouns.has(t.lower) || c.lex.courtNouns.has(t.lower.replace(/e?s$/u, ''));
}

/** The mention names a court: a word of it ends in a court noun ("Landgericht", "Bundesgerichtshof", "des Landgerichts"). */
function namesCourt(c: QuoteContext, m: MentionRef): boolean {
  if (m.entity === undefined || c.entityType(m.entity) !== 'ORG') return false;
  return m.mention.text.toLowerCase().split(/[\s-]+/u).some((w) => endsInEntry(w, c.lex.courtNouns, 7) || endsInEntry(w.replace(/e?s$/u, ''), c.lex.courtNouns, 7));
}

/**
 * The court a trial is held at: the court named last before token `before` right after a trial preposition (an article
 * between or contracted: "Vor dem Landgericht Köln", "Am Amtsgericht München"; `trialPrepositions`), anywhere earlier in
 * the text; null when no court is named so.
 */
function trialCourt(c: QuoteContext, before: number): string | null {
  for (let s = c.toks[before]!.sentence; s >= 0; s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if (m.first >= before || !namesCourt(c, m)) continue;
      let p = m.first - 1;
      if (c.toks[p] !== undefined && c.lex.determiners.has(c.toks[p]!.lower)) p--;
      const t = c.toks[p];
      if (t !== undefined && t.sentence === s && c.lex.trialPrepositions.has(t.lower)) return m.entity!;
    }
  }
  return null;
}

/** The court named last before token `before`, in its sentence or the {@link COURT_WINDOW} sentences before; null when none. */
function courtNamedLast(c: QuoteContext, before: number): string | null {
  const si = c.toks[before]!.sentence;
  for (let s = si; s >= Math.max(0, si - COURT_WINDOW); s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if (m.first < before && namesCourt(c, m)) return m.entity!;
    }
  }
  return null;
}

/** Sentences back in which a court's panel looks for the court named last. */
const COURT_WINDOW = 3;

/**
 * "Police in Bougainville said", "the army in Tigray said": a state institution's noun (`institutionNouns`) that no entity
 * stands for, placed by an office preposition in a state or region, speaks for that place (a capital stands for its
 * state, see `KnowledgeBase.governmentOf`, applied in `index.ts`); null otherwise.
 */
function placedInstitution(c: QuoteContext, span: Span): string | null {
  const head = c.tokenBefore(span.end);
  if (head < 0 || !isInstitution(c, head) || !c.lex.officePrepositions.has(c.toks[head + 1]?.lower ?? '')) return null;
  const s = c.toks[head]!.sentence;
  let k = head + 2;
  if (c.lex.determiners.has(c.toks[k]?.lower ?? '')) k++;
  const m = (c.mentionsBySentence[s] ?? []).find((x) => x.first === k && x.entity !== undefined && c.inQuote[k] === -1);
  return m?.entity !== undefined && c.entityType(m.entity) === 'GPE' ? m.entity : null;
}

/**
 * The span of a title mention joined to the name mention of the same entity right after it ("President" + "Emmanuel
 * Macron's": the entity layer gives them one mention each), so that a possessive after the name is seen; else the span.
 */
function withName(c: QuoteContext, speaker: string, span: Span): Span {
  const last = c.tokenBefore(span.end);
  if (last < 0) return span;
  const name = (c.mentionsBySentence[c.toks[last]!.sentence] ?? []).find((m) => m.first === last + 1 && m.entity === speaker);
  return name ? { start: span.start, end: name.mention.end } : span;
}

/**
 * "President Luis Abinader's office said": the speaker's mention is a possessor (clitic or lone apostrophe
 * after it, or ending it) of an institution noun right after it that ends the phrase, so the institution
 * speaks and the person's body with it (see {@link personsBody}); "Abinader's office chief" is no such phrase.
 */
function ownedInstitution(c: QuoteContext, span: Span): boolean {
  if (!endsInPossessive(c.lex, c.doc.text, span)) return false;
  // (the token of a name with its clitic reaches past the mention: "Abinader's")
  let last = c.tokenAt(span.start);
  if (last < 0) return false;
  while (c.toks[last + 1] !== undefined && c.toks[last + 1]!.start < span.end) last++;
  let k = last + 1;
  while (c.toks[k] !== undefined && c.toks[k]!.kind !== 'word' && isPossessiveMark(c.lex, c.toks[k]!.text)) k++;
  if (isPossessiveMark(c.lex, c.toks[k]?.text ?? '')) k++;
  const t = c.toks[k];
  if (!t || t.sentence !== c.toks[last]!.sentence || t.kind !== 'word' || !isInstitution(c, k) || c.lex.organisationNouns.has(t.lower)) return false;
  const next = c.toks[k + 1];
  return !(next && next.sentence === t.sentence && next.kind === 'word' && (roleGender(c, k + 1) !== undefined || isInstitution(c, k + 1)));
}

/**
 * "Parteichef Tô Lâm … sagte der Generalsekretär der Kommunistischen Partei", "Party chief X … the
 * general secretary of the party said": the organisation or state read as the genitive of a definite
 * office phrase right before it is the office; the office-holder is the person the phrase refers back
 * to (see {@link describedPerson}) when that person's title names the same body (a title word on its
 * head noun, "Parteichef" / "Partei", or a role of it). Spokespersons stay with their body. Null otherwise.
 */
function genitiveHolder(c: QuoteContext, body: string, first: number): string | null {
  const s = c.toks[first]!.sentence;
  // the link between office and body: an article, a genitive marker or an office preposition ("der", "of the")
  let k = first - 1;
  const linking = (i: number): boolean => {
    const t = c.toks[i];
    return t !== undefined && t.sentence === s && (c.lex.genitiveMarkers.has(t.lower) || c.lex.officePrepositions.has(t.lower) || c.lex.determiners.has(t.lower));
  };
  while (k >= first - 2 && linking(k)) k--;
  if (k === first - 1 && !c.lex.determiners.has(c.toks[first]!.lower)) return null;
  // the phrase's own article, over at most two adjectives ("the general secretary")
  let d = k - 1;
  while (d >= k - 2 && c.toks[d]?.sentence === s && c.toks[d]!.kind === 'word' && isLower(c.toks[d]) && !c.lex.determiners.has(c.toks[d]!.lower)) d--;
  return officeHolder(c, d, k, body);
}

/**
 * The person a definite office phrase (determiner at `det`, role noun at `role`) refers back to (see
 * {@link describedPerson}) when that person's title names `body`, the organisation or state the office
 * belongs to (see {@link titleNames}); spokespersons and institutions stay with their body. Null otherwise.
 */
function officeHolder(c: QuoteContext, det: number, role: number, body: string): string | null {
  const r = c.toks[role];
  const d = c.toks[det];
  if (!r || !d || d.sentence !== r.sentence || roleGender(c, role) === undefined || isInstitution(c, role) || c.lex.spokespersonNouns.has(r.lower) ||
    (c.lex.grammar.closedCompounds && endsInEntry(r.lower, c.lex.spokespersonNouns, 7)) || !c.lex.determiners.has(d.lower) || c.lex.indefiniteDeterminers.has(d.lower)) return null;
  const person = describedPerson(c, r.sentence, det, role, null);
  return person !== null && titleNames(c, person, body) ? person : null;
}

/** The person's title or role names the body: a role of it, or a word before one of the person's names that starts with the body's head noun ("Parteichef" → "Kommunistische Partei"). */
function titleNames(c: QuoteContext, person: string, body: string): boolean {
  const p = c.doc.entity(person);
  const b = c.doc.entity(body);
  if (!p || !b) return false;
  if (p.roles.some((r) => r.of === body)) return true;
  const heads = new Set(b.aliases.map((a) => a.toLowerCase().split(/\s+/u).pop() ?? '').filter((h) => h.length >= 4));
  if (heads.size === 0) return false;
  const mentions = c.doc.get('mentions');
  for (const i of p.mentions) {
    const m = mentions[i];
    if (!m || m.kind !== 'name') continue;
    const at = c.tokenAt(m.start);
    for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
      const t = c.toks[k]!;
      if (t.sentence !== c.toks[at]!.sentence || t.kind !== 'word') break;
      for (const h of heads) if (t.lower.startsWith(h)) return true;
    }
  }
  return false;
}

/**
 * The state or organisation an unnamed office-holder entity (no alias) acts for: read from the
 * phrase at tokens [first, last] or, for a pronoun, from the entity's own descriptions.
 */
function unnamedOffice(c: QuoteContext, speaker: string, first: number, last: number): string | null {
  const e = c.doc.entity(speaker);
  if (!e || e.aliases.length > 0) return null;
  const owner = spokespersonOwner(c, first, last);
  if (owner !== null) return owner;
  const introduced = namedNext(c, first, last);
  if (introduced !== null) return introduced;
  const holder = namedHolder(c, first, last);
  if (holder !== null) return holder;
  const body = nestedBody(c, first, last);
  if (body !== null) return body;
  // every phrase of the entity before the weakest reading (a bare spokesperson speaks for the
  // subject of the sentence before): "Ein Kommissionssprecher … Die EU werde …, fügte der Sprecher hinzu"
  // (a city read from the phrase, "ein Regierungssprecher in Warschau", is where the office sits: the state the entity
  // layer placed the office in speaks)
  const placed = e.roles.find((r) => r.of && r.source === 'text')?.of;
  for (const bare of [false, true]) {
    const own = officeOfPhrase(c, first, last, bare);
    const found = own !== null ? { a: first, hit: own } : descriptionOffice(c, speaker, bare);
    if (found === null) continue;
    const { a, hit } = found;
    // ("Parteichef X … sagte der Generalsekretär der Kommunistischen Partei": the party chief named before)
    const holder = a === first ? officeHolder(c, a, a + 1, hit) : null;
    if (holder !== null) return holder;
    // (any phrase of the entity may place it: "Eine Sprecherin in Brüssel … so die Sprecherin")
    if (placed && c.doc.entity(hit)?.rule === 'kb:city') return placedSpokesperson(c, first, last) ?? descriptionPlacement(c, speaker) ?? placed;
    return hit;
  }
  // ("Laut einem Beamten des Innenministeriums": a role noun in a form the role lexicon lacks, which the entity layer read as
  // an office of a state or organisation; that body speaks, as for any unnamed office-holder — not a city it sits in)
  const of = placed !== undefined ? c.doc.entity(placed) : undefined;
  return of && (of.type === 'GPE' || of.type === 'ORG') && of.rule !== 'kb:city' ? of.id : null;
}

/**
 * The state or organisation of a genitive or "of" attribute after the office noun of an unnamed office-holder's phrase
 * [first, last] that the entity layer resolved inside the phrase ("eine Sprecherin des Ministeriums" after "Das Auswärtige
 * Amt …", "a spokesman for the ministry"): the stage sees only outer mentions, so the nested one is looked up among all
 * mentions of the sentence. Null when the phrase has no role noun or no such attribute.
 */
function nestedBody(c: QuoteContext, first: number, last: number): string | null {
  let head = -1;
  for (let k = first; k <= last; k++) if (roleGender(c, k) !== undefined && !isInstitution(c, k)) head = k;
  if (head < 0 || head >= last) return null;
  const link = c.toks[head + 1]!;
  if (!c.lex.genitiveMarkers.has(link.lower) && !c.lex.officePrepositions.has(link.lower) && !c.lex.determiners.has(link.lower)) return null;
  const s = c.toks[head]!.sentence;
  const from = link.start;
  const to = c.toks[last]!.end;
  const byId = nestedMentions(c).get(s) ?? [];
  for (const { start, end, entity } of byId) {
    if (start < from || end > to) continue;
    const type = c.entityType(entity);
    if (type === 'GPE' || type === 'ORG') return entity;
  }
  return null;
}

/** Every mention of the document with an entity, by sentence (offsets and entity), built once per document. */
function nestedMentions(c: QuoteContext): Map<number, { start: number; end: number; entity: string }[]> {
  return c.memo('nested-mentions', new Map(), () => {
    const out = new Map<number, { start: number; end: number; entity: string }[]>();
    c.doc.get('mentions').forEach((m, i) => {
      const entity = c.doc.entityOfMention(i);
      if (entity === undefined) return;
      const list = out.get(m.sentence);
      if (list) list.push({ start: m.start, end: m.end, entity });
      else out.set(m.sentence, [{ start: m.start, end: m.end, entity }]);
    });
    return out;
  });
}

/**
 * Token ranges [first, last] of an entity's description mentions, in mention order. Memoised with the two readings
 * below: the speaker of each quote asks for its entity's descriptions, so without a memo a document where one unnamed
 * office-holder speaks n times costs n² phrase readings (minutes on a 2,000-sentence document).
 */
function descriptionPhrases(c: QuoteContext, speaker: string): [number, number][] {
  return c.memo(`office-phrases:${speaker}`, [], () => {
    const out: [number, number][] = [];
    const mentions = c.doc.get('mentions');
    for (const i of c.doc.entity(speaker)?.mentions ?? []) {
      const m = mentions[i];
      if (m && m.kind === 'description') out.push([c.tokenAt(m.start), c.tokenBefore(m.end)]);
    }
    return out;
  });
}

/** The first description phrase of an entity that names an office (see {@link officeOfPhrase}), with its first token. */
function descriptionOffice(c: QuoteContext, speaker: string, bare: boolean): { a: number; hit: string } | null {
  return c.memo(`office-of:${bare ? 'bare' : 'named'}:${speaker}`, null, () => {
    for (const [a, b] of descriptionPhrases(c, speaker)) {
      const hit = officeOfPhrase(c, a, b, bare);
      if (hit !== null) return { a, hit };
    }
    return null;
  });
}

/** The organisation the first description phrase of an entity places a spokesperson with (see {@link placedSpokesperson}). */
function descriptionPlacement(c: QuoteContext, speaker: string): string | null {
  return c.memo(`office-placed:${speaker}`, null, () => {
    for (const [a, b] of descriptionPhrases(c, speaker)) {
      const org = placedSpokesperson(c, a, b);
      if (org !== null) return org;
    }
    return null;
  });
}

/**
 * "Die EU-Kommission äußerte sich besorgt. Eine Sprecherin in Brüssel sagte, …": a spokesperson the phrase
 * only places in a city speaks for the organisation the sentence before is about (it sits there), not for
 * the city's state; null when that subject is no organisation.
 */
function placedSpokesperson(c: QuoteContext, a: number, b: number): string | null {
  let head = -1;
  for (let k = a; k <= b; k++) if (c.lex.spokespersonNouns.has(c.toks[k]!.lower)) head = k;
  if (head < 0 || !c.lex.officePrepositions.has(c.toks[head + 1]?.lower ?? '')) return null;
  const s = c.toks[head]!.sentence;
  const subj = s > 0 ? sentenceSubject(c, s - 1) : null;
  return subj && c.entityType(subj.speaker) === 'ORG' ? subj.speaker : null;
}

/**
 * "Oppositionsführer Carlos Mesa … erklärte sein Sprecher", "his spokeswoman said", "Tinubus Sprecher": the named person a
 * possessive (or a possessive name) before a spokesperson noun refers to speaks through the spokesperson; null otherwise
 * (a state or organisation as owner is read by {@link officeOf}).
 */
function spokespersonOwner(c: QuoteContext, first: number, last: number): string | null {
  const p = c.toks[first];
  const h = c.toks[last];
  if (!p || !h || last <= first || c.lex.determiners.has(p.lower)) return null;
  if (!(c.lex.spokespersonNouns.has(h.lower) || (c.lex.grammar.closedCompounds && endsInEntry(h.lower, c.lex.spokespersonNouns, 7)))) return null;
  // ("Tinubus Sprecher", "Tinubu's spokesman": a named person in the possessive right before the noun)
  if (isCap(p)) {
    const phrase = c.doc.text.slice(p.start, c.toks[last - 1]!.end);
    const id = c.entityBySurface(phrase) ?? c.entityBySurface(withoutClitic(c.lex, phrase));
    const possessive = endingClitic(c.lex, phrase) !== undefined || (c.lex.grammar.genitiveS && phrase.endsWith('s'));
    if (possessive && id !== undefined && c.entityType(id) === 'PER') return id;
  }
  const agr = c.lex.possessives.get(p.lower);
  if (agr === undefined) return null;
  const r = resolvePronoun(c, p.sentence, first, agr, null);
  return r?.speaker && c.entityType(r.speaker) === 'PER' ? r.speaker : null;
}

/**
 * "…, a junta spokesman said. Spokesman Zaw Min Tun told reporters …", "…, sagte ein Sprecher des Ministeriums.
 * Ministeriumssprecher X fügte hinzu …": an indefinite office phrase [first, last] is the person the next sentence
 * introduces, near its start, with that office as a title right before the name — a person the text had not named
 * before (an indefinite phrase is someone new). Null otherwise.
 */
function namedNext(c: QuoteContext, first: number, last: number): string | null {
  if (!c.lex.indefiniteDeterminers.has(c.toks[first]?.lower ?? '')) return null;
  let head = -1;
  for (let k = first; k <= last; k++) if (roleGender(c, k) !== undefined && !isInstitution(c, k)) head = k;
  if (head < 0) return null;
  const si = c.toks[head]!.sentence;
  const start = c.sentTokens[si + 1]?.[0];
  if (start === undefined) return null;
  const word = c.toks[head]!.lower;
  for (const m of c.mentionsBySentence[si + 1] ?? []) {
    // (the subject the sentence opens with: a title and a name, at most an article before them)
    if (m.first - start > NAMED_NEXT_REACH) break;
    if (m.type !== 'PER' || m.entity === undefined || m.mention.kind !== 'name' || namedBefore(c, m.entity, c.toks[first]!.start)) continue;
    for (let k = Math.max(start, m.first - 1); k < m.last; k++) {
      const t = c.toks[k]!;
      if (t.kind === 'word' && hasTitle(c, t.lower, !isLower(t), word)) return m.entity;
    }
  }
  return null;
}

/** How far into the next sentence (tokens) the title and name that introduce an indefinite office-holder may start. */
const NAMED_NEXT_REACH = 2;

/**
 * "Außenminister Winston Peters … Der neuseeländische Außenminister betonte": the person the text
 * named with the title of the phrase [first, last] (see {@link titledPerson}) — the speaker by the
 * convention that a person named anywhere speaks as that person. When the phrase names a state
 * ("der neuseeländische"), that person must act for it: a role of that state, or a sentence naming
 * both; else null ("Außenminister Peters … der russische Außenminister" is someone else).
 */
function namedHolder(c: QuoteContext, first: number, last: number): string | null {
  // (not after an indefinite article: "Militärsprecher X … Ein Sprecher sagte" is someone new)
  if (c.lex.indefiniteDeterminers.has(c.toks[first]?.lower ?? '')) return null;
  let head = -1;
  for (let k = first; k <= last; k++) if (roleGender(c, k) !== undefined && !isInstitution(c, k)) head = k;
  if (head < 0) return null;
  const si = c.toks[head]!.sentence;
  const person = titledPerson(c, si, head);
  if (person === null) return null;
  const state = officeOfPhrase(c, first, last, false);
  if (state === null) return person;
  const p = c.doc.entity(person);
  if (p?.roles.some((r) => r.of === state)) return person;
  const mentions = c.doc.get('mentions');
  for (const i of p?.mentions ?? []) {
    const s = mentions[i]?.sentence;
    if (s !== undefined && s !== si && (c.mentionsBySentence[s] ?? []).some((m) => m.entity === state)) return person;
  }
  return null;
}

/** The state or organisation of the office-holder phrase [a, b]: see {@link officeOf}, or a state or organisation named inside it or in the genitive right after it. */
function officeOfPhrase(c: QuoteContext, a: number, b: number, bare: boolean): string | null {
  if (a < 0 || b < a) return null;
  let head = -1;
  for (let k = a; k <= b; k++) if (roleGender(c, k) !== undefined) head = k;
  if (head < 0 || isInstitution(c, head)) return null;
  const s = c.toks[head]!.sentence;
  const group = (id: string | null | undefined): id is string => id !== null && id !== undefined && (c.entityType(id) === 'GPE' || c.entityType(id) === 'ORG');
  // (the phrase's own words first, the same office named in earlier sentences last: "The bloc's spokesman
  // said … A KFOR spokesman said" is KFOR's)
  const owner = officeOf(c, s, a, head, 1);
  if (group(owner)) return owner;
  // mentions the entity layer merged into the phrase ("A Vatican spokesman"), or the head noun of one
  // organisation's name ("A Commission spokesperson" → the European Commission)
  // (a name of several words right before the role noun first, "a White House spokesman", "A U.S. State Department
  // spokesperson": the named office, not the state before it)
  for (let k = a; k < head - 1; k++) {
    if (!isCap(c.toks[k])) continue;
    const id = c.entityBySurface(c.doc.text.slice(c.toks[k]!.start, c.toks[head - 1]!.end));
    if (group(id)) return id;
  }
  for (let k = a; k < head; k++) {
    const w = withoutClitic(c.lex, c.toks[k]!.text);
    const id = c.entityBySurface(w) ?? (isCap(c.toks[k]) ? c.entityByHead(w) : undefined);
    if (group(id)) return id;
  }
  // "a ministry official": the one organisation of the article that the institution noun names, when the text
  // named it before ("its commerce ministry said … A ministry spokeswoman told …" is not a ministry named later)
  for (let k = a; k < head; k++) {
    if (!isInstitution(c, k)) continue;
    const id = c.entityByHead(c.toks[k]!.text);
    if (group(id) && namedBefore(c, id, c.toks[a]!.start)) return id;
    // ("China … , its commerce ministry said. A ministry spokeswoman told …": the body the last sentences described with the noun)
    const described = describedWith(c, s, a, c.toks[k]!.lower);
    if (described !== null) return described;
  }
  // "The bloc's spokesman", "the ministry's spokeswoman": an institution noun in the possessive owns the
  // office and refers back to the nearest organisation (or, for a state organ, state) named before it
  for (let k = a; k < head; k++) {
    const w = c.toks[k]!.lower;
    if (endingClitic(c.lex, w) === undefined || !c.lex.determiners.has(c.toks[a]!.lower)) continue;
    const base = withoutClitic(c.lex, w);
    const want = c.lex.organisationNouns.has(base) ? 'ORG' : c.lex.institutionNouns.has(base) ? 'GPE' : null;
    if (want === null) continue;
    for (let p = s; p >= Math.max(0, s - 2); p--) {
      const list = c.mentionsBySentence[p] ?? [];
      for (let j = list.length - 1; j >= 0; j--) {
        const m = list[j]!;
        if ((p === s && m.first >= a) || m.entity === undefined || c.inQuote[m.first] !== -1 || c.entityType(m.entity) !== want) continue;
        return m.entity;
      }
    }
  }
  // "A spokeswoman for the United Nations", "ein Sprecher des Auswärtigen Amts": a name after the role noun
  // (or a state's adjective there, which the layer's mention of the whole phrase hides: "ein Sprecher des chinesischen Außenministeriums")
  for (let k = head + 1; k <= b; k++) {
    const t = c.toks[k]!;
    if (t.kind === 'word' && isLower(t) && c.inQuote[k] === -1) {
      const adj = c.entityBySurface(t.text);
      if (adj !== undefined && c.entityType(adj) === 'GPE') return adj;
    }
    if (t.kind !== 'word' || isLower(t)) continue;
    let e = k;
    while (e + 1 <= b && c.toks[e + 1]!.kind === 'word' && !isLower(c.toks[e + 1])) e++;
    // (where nouns are capitalised the run may open with the body's noun: "ein Sprecher der Partei Ata-Meken")
    for (let j = k; j <= (c.lex.grammar.capitalisedNouns ? e : k); j++) {
      const id = c.entityBySurface(c.doc.text.slice(c.toks[j]!.start, c.toks[e]!.end));
      if (group(id)) return id;
    }
    k = e;
  }
  const compound = compoundOwner(c, head) ?? compoundPrefixOwner(c, head);
  if (group(compound)) return compound;
  // "ein Sprecher des Außenministeriums" with no ministry named: the state its institution stands for
  for (let k = head + 1; k <= b; k++) {
    if (!isInstitution(c, k)) continue;
    const id = phraseReferent(c, s, k, k, null);
    if (group(id)) return id;
  }
  // the same office named in the sentences before ("den sudanesischen Botschafter … Der Botschafter")
  const earlier = officeOf(c, s, a, head);
  if (group(earlier)) return earlier;
  // "Der Verband zeigte sich enttäuscht. …, teilte ein Sprecher mit.": a bare spokesperson speaks for
  // the organisation or state the sentence before (or this one) is about
  if (bare && head === b && c.lex.spokespersonNouns.has(c.toks[head]!.lower)) {
    for (const p of [s - 1, s]) {
      if (p < 0) continue;
      const subj = sentenceSubject(c, p);
      // (a crowd the text never names, "several thousand people marched", has no spokesperson; an unnamed
      // institution, "Die Staatsanwaltschaft hat Anklage erhoben", has one)
      if (subj && group(subj.speaker) && !isCrowd(c, subj.speaker)) return subj.speaker;
    }
  }
  // "Ein ranghoher Beamter, der anonym bleiben wollte, sagte …": an official with nothing attached speaks for the state the text is about
  // (so does "Ein Regierungssprecher erklärte", "a government spokesman said")
  return bare ? officialState(c, s, a, head) ?? stateInstitutionOffice(c, s, a, head) : null;
}

/**
 * Whether the entity is a crowd: a group of private people the text never names ("several thousand people",
 * "mehrere Tausend Demonstranten"), told by the head noun of its name or descriptions (`crowdNouns`, also as a
 * German compound's end), not by its lack of aliases, which an unnamed institution ("die Staatsanwaltschaft") shares.
 */
export function isCrowd(c: QuoteContext, id: string): boolean {
  const e = c.doc.entity(id);
  if (!e || e.aliases.length > 0 || e.type !== 'ORG') return false;
  const min = c.lex.grammar.capitalisedNouns ? 4 : Number.POSITIVE_INFINITY;
  return [e.name, ...e.descriptions].some((phrase) => {
    const head = phrase.toLowerCase().split(/\s+/u).pop() ?? '';
    return c.lex.crowdNouns.has(head) || (head.length > min && endsInEntry(head, c.lex.crowdNouns, min));
  });
}

/**
 * "ein Regierungssprecher", "ein Parteisprecher": a German compound of an institution or organisation
 * noun and a role noun speaks for the state or organisation last named with that noun ("Die israelische
 * Regierung", "Die Regierungspartei Georgischer Traum"); one of a generic company noun (`companyNouns`:
 * "Unternehmenssprecher", "Konzernsprecherin") for the company named last.
 */
function compoundOwner(c: QuoteContext, head: number): string | null {
  const t = c.toks[head]!;
  if (!c.lex.grammar.closedCompounds || isLower(t)) return null;
  let inst: string | null = null;
  for (const list of [c.lex.institutionNouns, c.lex.organisationNouns]) {
    for (const n of list) if (n.length >= 4 && t.lower.startsWith(n) && t.lower.length - n.length >= 5 && (inst === null || n.length > inst.length)) inst = n;
  }
  if (inst === null) return null;
  for (let s = t.sentence; s >= Math.max(0, t.sentence - 3); s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const x = list[j]!;
      if (x.first >= head || x.entity === undefined || (x.type !== 'GPE' && x.type !== 'ORG')) continue;
      if (x.mention.text.toLowerCase().split(/[\s-]+/u).some((w) => w === inst || w.endsWith(inst!))) return x.entity;
    }
  }
  // "Der Autobauer Volkswagen … Ein Unternehmenssprecher sagte": a generic noun of a company is the company named last
  return c.lex.companyNouns.has(inst) ? namedCompanyBefore(c, t.sentence, head) : null;
}

/**
 * "ein KFOR-Sprecher", "ein Kommissionssprecher": the first part of a role-noun compound names an
 * organisation or state of the article — an alias before a hyphen, or (with or without the linking
 * "s") the head noun of exactly one organisation's name ("EU-Kommission").
 */
function compoundPrefixOwner(c: QuoteContext, head: number): string | null {
  const t = c.toks[head]!;
  if (isLower(t)) return null;
  for (let i = 2; i < t.lower.length - 3; i++) {
    if (!c.lex.roleNouns.has(t.lower.slice(i))) continue;
    const prefix = t.text.slice(0, i);
    if (prefix.endsWith('-')) return c.entityBySurface(prefix.slice(0, -1)) ?? c.entityByHead(prefix.slice(0, -1)) ?? null;
    const stem = prefix.toLowerCase();
    return c.entityByHead(stem) ?? (stem.endsWith('s') ? c.entityByHead(stem.slice(0, -1)) : undefined) ?? null;
  }
  return null;
}

/**
 * The person nearest before token `before` whose title carried the state's adjective or name ("Der
 * russische Außenminister Sergej Lawrow", "Kenyan President William Ruto") and whose title tokens pass
 * `titled`, or null.
 */
function personOfState(c: QuoteContext, state: string, before: number, titled: (first: number, x: MentionRef) => boolean, ahead = 0): string | null {
  // the state's surface forms: its aliases and the texts of its mentions ("russische")
  const e = c.doc.entity(state);
  const forms = new Set((e?.aliases ?? []).map((a) => a.toLowerCase()));
  for (const i of e?.mentions ?? []) {
    const x = c.doc.get('mentions')[i];
    if (x) forms.add(x.text.toLowerCase());
  }
  const si = c.toks[before]!.sentence;
  // (a headline looks ahead into the first sentences of the body, nearest first)
  const order = [...Array.from({ length: ahead }, (_, i) => si + 1 + i), ...Array.from({ length: si + 1 }, (_, i) => si - i)];
  for (const s of order) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const x = list[j]!;
      if (x.type !== 'PER' || x.entity === undefined || (s === si && x.first >= before)) continue;
      // (the title before the name, or the phrase the name is apposed to: "Greenland's prime minister, Jens-Frederik Nielsen")
      const from = Math.max(0, x.first - (c.isComma(x.first - 1) ? 7 : 3));
      for (let k = from; k <= x.last; k++) {
        const w = c.toks[k]!;
        // (a possessive form names the state too: "Greenland's prime minister")
        const bare = withoutClitic(c.lex, w.lower);
        if (w.sentence === s && w.kind === 'word' && c.inQuote[k] === -1 && (forms.has(w.lower) || forms.has(bare) || c.entityBySurface(w.text) === state) && titled(from, x)) return x.entity;
      }
    }
  }
  return null;
}

/**
 * "The Kenyan leader said", "Der äthiopische Regierungschef sagte": a definite office phrase with a
 * state's adjective speaks as the person the text introduced with that adjective and the same title
 * ("Kenyan President William Ruto" for a leader noun, `leaderNouns`), or null (then the state speaks
 * for an unnamed official).
 */
function nationalOfficeHolder(c: QuoteContext, state: string, first: number, last: number): string | null {
  const t = c.toks[first]!;
  const d = c.toks[first - 1];
  // (a headline drops the article: "Greenland leader rejects US offer")
  const bare = !d || d.sentence !== t.sentence || c.toks[first - 1]?.kind !== 'word';
  if (!bare && (!c.lex.determiners.has(d.lower) || c.lex.indefiniteDeterminers.has(d.lower))) return null;
  const m = (c.mentionsBySentence[t.sentence] ?? []).find((x) => x.first === first && x.last === last);
  if (!m || (m.mention.kind !== 'adjective' && !(bare && m.mention.kind === 'name'))) return null;
  // the role noun, after at most two more adjectives ("the Kenyan foreign minister")
  let k = last + 1;
  while (k <= last + 2 && c.toks[k]?.sentence === t.sentence && c.toks[k]!.kind === 'word' && isLower(c.toks[k]) && roleGender(c, k) === undefined) k++;
  const h = c.toks[k];
  if (!h || h.sentence !== t.sentence || roleGender(c, k) === undefined || isInstitution(c, k)) return null;
  const word = h.lower;
  const leader = c.lex.leaderNouns.has(word);
  const zone = c.doc.get('paragraphs')[c.doc.get('sentences')[t.sentence]?.paragraph ?? -1]?.zone;
  return personOfState(c, state, first, (from, x) => {
    if (leader) return true;
    for (let j = from; j < x.first; j++) if (c.toks[j]!.kind === 'word' && hasTitle(c, c.toks[j]!.lower, !isLower(c.toks[j]), word)) return true;
    return false;
  }, zone === 'title' ? 3 : 0);
}

/**
 * "der Russe", "the Russian": a capitalised adjective mention of a state after a determiner (and up to two
 * lower-case attributes: "der 59-jährige Slowake"), standing alone as a noun (before a verb, a preposition or a mark); the person nearest before it whose title carried that state's
 * adjective or name ("Der russische Außenminister Sergej Lawrow"), or null.
 */
function nationalityNoun(c: QuoteContext, state: string, first: number, last: number): string | null {
  const t = c.toks[first]!;
  // (up to two lower-case attributes between the determiner and the noun: "sagte der 59-jährige Slowake")
  let at = first - 1;
  while (at >= first - 2 && c.toks[at]?.sentence === t.sentence && c.toks[at]!.kind === 'word' && isLower(c.toks[at]) &&
    !c.lex.determiners.has(c.toks[at]!.lower) && !c.lex.verbs.has(c.toks[at]!.lower) && !c.lex.prepositions.has(c.toks[at]!.lower)) at--;
  const d = c.toks[at];
  const n = c.toks[last + 1];
  if (isLower(t) || !d || d.sentence !== t.sentence || !c.lex.determiners.has(d.lower)) return null;
  const m = (c.mentionsBySentence[t.sentence] ?? []).find((x) => x.first === first && x.last === last);
  if (!m || m.mention.kind !== 'adjective') return null;
  // an attributive adjective ("the Russian foreign minister") is followed by its noun, not by a verb or a
  // preposition ("schrieb die Estin auf X", "the Russian on Tuesday said")
  if (n && n.sentence === t.sentence && n.kind === 'word' && !c.lex.verbs.has(n.lower) && !c.lex.prepositions.has(n.lower)) return null;
  const introduced = personOfState(c, state, first, () => true);
  if (introduced !== null) return introduced;
  // "EU-Kommissarin Marta Kos … erklärte die Slowenin": with nobody introduced by that nationality, the
  // person noun refers back as a description does, to the person the last sentences are about
  // (a feminine person noun ends in the feminine suffix, German "-in", after a feminine article)
  const feminine = c.lex.feminineSuffix !== '' && c.lex.feminineDeterminers.has(d.lower) && t.lower.endsWith(c.lex.feminineSuffix);
  return describedPerson(c, t.sentence, at, first, null, feminine ? 'f' : null);
}

/** Some mention of entity `id` starts before text offset `at`. */
function namedBefore(c: QuoteContext, id: string, at: number): boolean {
  const mentions = c.doc.get('mentions');
  return (c.doc.entity(id)?.mentions ?? []).some((i) => (mentions[i]?.start ?? Infinity) < at);
}

/**
 * The state or organisation that a description headed by the institution noun `noun` stands for ("its commerce ministry"
 * → China), the nearest in sentence `si` before token `before` or in the two sentences before it; null when none.
 */
function describedWith(c: QuoteContext, si: number, before: number, noun: string): string | null {
  for (let s = si; s >= Math.max(0, si - 2); s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if (m.first >= before || m.entity === undefined || m.mention.kind !== 'description' || c.inQuote[m.first] !== -1) continue;
      if (c.toks[m.last]?.lower !== noun) continue;
      const type = c.entityType(m.entity);
      if (type === 'GPE' || type === 'ORG') return m.entity;
    }
  }
  return null;
}
