import { dateOfTokens, monthOf, type PartialDate } from './dates.js';
import type { IngestLexicon } from './lexicon.js';
import { isAllCaps, isCapitalised, isDash, tokenizeLine, type LineToken } from './tokens.js';

/**
 * Recognisers for the metadata lines at the top of an article: a line that is only a date
 * ("31. Juli 2025", "Thursday, July 3, 2025", "Berlin, 3. Juli 2025, 14:30 Uhr"), a dateline that
 * opens the first paragraph ("WASHINGTON, July 3 (Xinhua) --", "Moskau. ", "BERLIN (dpa) -",
 * "LONDON — ") and a byline ("Von Max Mustermann", "By Jane Doe").
 *
 * All work on tokens of a bounded prefix of one line, so their cost is independent of how long a
 * paragraph is and no pattern can backtrack.
 */

/** Lines longer than this are never a date-only line or a byline. */
const MAX_META_LINE = 120;
/** Only this many leading characters of a paragraph are searched for a dateline. */
const DATELINE_WINDOW = 160;
const MAX_PLACE_WORDS = 5;

/** The date of a line that is only a date (optionally after a place), or null. */
export function dateOnlyLine(text: string, start: number, end: number, lex: IngestLexicon): PartialDate | null {
  if (end - start > MAX_META_LINE) return null;
  const toks = tokenizeLine(text, start, end);
  let i = 0;
  // Optional leading place: "Berlin, 31. Juli 2025", "Tunis 27.08.2025".
  const place = parsePlace(toks, 0, lex);
  if (place > 0 && toks[place]?.text === ',') i = place + 1;
  else if (place > 0 && toks[place]?.kind === 'num') i = place;
  let sawDateish = false;
  for (let k = i; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'num') {
      sawDateish = true;
      continue;
    }
    if (t.kind === 'punct') {
      if (!',|:·/()–—-'.includes(t.text[0]!)) return null;
      continue;
    }
    const w = t.text.toLowerCase();
    if (monthOf(t, lex) !== undefined) sawDateish = true;
    else if (!lex.weekdays.has(w) && !lex.dateWords.has(w) && !lex.dateWords.has(w + '.')) return null;
  }
  if (!sawDateish) return null;
  return dateOfTokens(toks.slice(i), lex);
}

/** A dateline found at the start of a paragraph. */
export interface DatelinePrefix {
  /** End of the dateline (after its separator). */
  readonly end: number;
  /** Where the body text starts (after the separator's spaces). */
  readonly bodyStart: number;
  readonly date: PartialDate | null;
  readonly rule: string;
}

/**
 * A dateline opening the paragraph `text[start, end)`:
 * PLACE[/PLACE][ (REGION)][, REGION][, DATE][ (AGENCY[/AGENCY])] SEPARATOR BODY, where SEPARATOR is a
 * dash ("-", "--", "–", "—") or, for a single place with nothing else, a period ("Moskau. Die …").
 * To tell it from an ordinary sentence, a dash dateline needs an agency, a date, an all-caps
 * place, or a place the knowledge base knows followed by a capitalised word ("Kiew – Die …",
 * "Dhaka, Bangladesh – Police …"; "Kaduna – Die …" stays body text); a period dateline needs a capitalised place word that is not a known sentence opener or
 * abbreviation, followed by a capitalised word. A place with lower-case connectors ("Frankfurt am
 * Main", "Halle an der Saale") and a region in brackets ("Genf (Schweiz), 4. März 2025 –") are
 * accepted only where a date follows (or, for connectors, an agency), since without one they read
 * as the start of a sentence ("Berlin (Hauptstadt) - Die …").
 */
export function datelinePrefix(text: string, start: number, end: number, lex: IngestLexicon): DatelinePrefix | null {
  const toks = tokenizeLine(text, start, Math.min(end, start + DATELINE_WINDOW));
  const plain = parsePlace(toks, 0, lex);
  if (plain === 0) return null;
  // "Frankfurt am Main": lower-case connectors between the words of a place (checked below)
  const placeEnd = parsePlace(toks, 0, lex, true);
  const connected = placeEnd > plain;
  const placeToks = toks.slice(0, placeEnd);
  const allCaps = placeToks.every((t) => t.kind !== 'word' || isAllCaps(t.text) || lex.nameParticles.has(t.text.toLowerCase()));
  // (the place as written without connectors: "Kiew", "Port-au-Prince", "Rio de Janeiro")
  const knownPlace = lex.placeNames.has(text.slice(toks[0]!.start, toks[plain - 1]!.end));
  let i = placeEnd;
  let date: PartialDate | null = null;
  let agency = false;
  // "Genf (Schweiz), 4. März 2025 –": a region in brackets, only before a date (else it may be an agency)
  let bracketed = false;
  if (toks[i]?.text === '(') {
    const regionEnd = parsePlace(toks, i + 1, lex, true);
    if (regionEnd > i + 1 && toks[regionEnd]?.text === ')' && toks[regionEnd + 1]?.text === ',' && parseDateRun(toks, regionEnd + 2, lex) > regionEnd + 2) {
      i = regionEnd + 1;
      bracketed = true;
    }
  }
  // Period dateline: "Moskau. Die …", "Berlin/Moskau. Russland …".
  const last = placeToks[placeToks.length - 1]!;
  if (last.dot && !connected) {
    const words = placeToks.filter((t) => t.kind === 'word');
    const ok = words.length === placeToks.filter((t) => t.text !== '/').length && words.length <= 3 && words.every((w) => plausiblePlaceWord(w, lex));
    const next = toks[placeEnd];
    if (ok && next && (next.kind === 'word' ? isCapitalised(next.text) : '"„“»«‚\''.includes(next.text))) {
      return { end: last.end, bodyStart: next.start, date: null, rule: 'dateline-place-period' };
    }
    return null;
  }
  // ", Region" and/or ", Date".
  for (let rounds = 0; rounds < 2 && toks[i]?.text === ','; rounds++) {
    const dateEnd = parseDateRun(toks, i + 1, lex);
    if (dateEnd > i + 1) {
      date = dateOfTokens(toks.slice(i + 1, dateEnd), lex);
      if (!date) return null;
      i = dateEnd;
      continue;
    }
    const regionEnd = parsePlace(toks, i + 1, lex);
    if (regionEnd === i + 1 || date) return null;
    i = regionEnd;
  }
  // "(Reuters)", "(dpa/AFP)".
  if (toks[i]?.text === '(') {
    const close = toks.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0 || close - i > 8) return null;
    const inner = text.slice(toks[i]!.end, toks[close]!.start);
    const names = agencyNames(inner, lex.listConjunctions);
    if (names.length === 0) return null;
    // an outlet we do not list is accepted only where the rest already reads as a dateline
    // (a date or an all-caps place), and only if it looks like a name
    const known = names.every((n) => lex.agencies.has(n));
    const nameLike = toks.slice(i + 1, close).every((t) => t.kind !== 'word' || isCapitalised(t.text));
    if (!known && !((date || allCaps) && nameLike)) return null;
    agency = true;
    i = close + 1;
  }
  const sep = toks[i];
  if (!isDash(sep)) return null;
  const next = toks[i + 1];
  // a known place alone: the body must open after the dash like a sentence ("Kiew – das ist …" is prose)
  const placeOnly = !agency && !date && !allCaps;
  if (placeOnly && !(knownPlace && next && (next.kind === 'word' ? isCapitalised(next.text) : '"„“»«‚\''.includes(next.text)))) return null;
  if ((bracketed && !date) || (connected && !date && !agency)) return null;
  // nothing after the separator: the dateline fills its line and the body starts on the next one
  if (!next && sep!.end === end) {
    return { end: sep!.end, bodyStart: end, date, rule: agency ? 'dateline-agency-line' : date ? 'dateline-date-line' : 'dateline-caps-line' };
  }
  if (!next) return null;
  return { end: sep!.end, bodyStart: next.start, date, rule: agency ? 'dateline-agency' : date ? 'dateline-date' : allCaps ? 'dateline-caps' : 'dateline-known-place' };
}

/** A byline: a prefix ("Von", "By", "Ein Kommentar von") followed only by names. */
export function isByline(text: string, start: number, end: number, lex: IngestLexicon): boolean {
  if (end - start > MAX_META_LINE) return false;
  const last = text[end - 1];
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === ';') {
    // A name may end in an initial or "Jr."; a sentence ends with a lower-case word and a period.
    if (last !== '.') return false;
  }
  const toks = tokenizeLine(text, start, end);
  const prefix = lex.bylinePrefixes.find((p) => p.every((w, k) => matchesPrefixWord(toks[k], w)));
  if (!prefix || !isCapitalised(toks[0]!.text)) return false;
  const rest = toks.slice(prefix.length);
  let names = 0;
  for (const t of rest) {
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (isCapitalised(t.text) || lex.agencies.has(w)) names++;
      else if (!lex.nameParticles.has(w) && !lex.nameParticles.has(w + '.')) return false;
      if (t.dot && t.text.length > 3 && !isAllCaps(t.text)) return false;
    } else if (t.kind === 'num' || !',&|/()–—-'.includes(t.text[0]!)) {
      return false;
    }
  }
  return names >= 1 && names <= 12;
}

/**
 * A signed date line without a byline word: the author's name, a comma, then a date-only line with
 * its place ("Daniel Brunner, Tunis 27.08.2025, 16.20 Uhr"). Returns the date, or null.
 */
export function signedDateLine(text: string, start: number, end: number, lex: IngestLexicon): PartialDate | null {
  if (end - start > MAX_META_LINE) return null;
  const toks = tokenizeLine(text, start, end);
  let k = 0;
  let names = 0;
  for (; k < toks.length && toks[k]!.text !== ','; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && isCapitalised(t.text) && !t.dot) names++;
    else if (!(t.kind === 'word' && lex.nameParticles.has(t.text.toLowerCase()))) return null;
  }
  if (names < 2 || names > 4 || k >= toks.length - 1) return null;
  return dateOnlyLine(text, toks[k + 1]!.start, end, lex);
}

function matchesPrefixWord(t: LineToken | undefined, w: string): boolean {
  if (!t) return false;
  if (w === ':') return t.text === ':';
  return t.kind === 'word' && !t.dot && t.text.toLowerCase() === w;
}

/**
 * End index of a place name starting at token `i`: capitalised words (up to five), joined by
 * spaces, "/" or name particles ("Rio de Janeiro", "Frankfurt/Main"). 0-length → returns `i`.
 * With `connectors`, up to {@link MAX_CONNECTORS} short lower-case words may also join two
 * capitalised words ("Frankfurt am Main", "Mülheim an der Ruhr", "Freiburg im Breisgau"); the
 * caller must then ask for more evidence of a dateline, since "Seit dem Jahr" has the same shape.
 */
function parsePlace(toks: readonly LineToken[], i: number, lex: IngestLexicon, connectors = false): number {
  let k = i;
  let words = 0;
  let end = i;
  while (k < toks.length && words < MAX_PLACE_WORDS) {
    const t = toks[k]!;
    if (t.kind === 'word' && isCapitalised(t.text) && monthOf(t, lex) === undefined && !lex.weekdays.has(t.text.toLowerCase())) {
      words++;
      k++;
      end = k;
      // "Moskau." ends the place; an abbreviation ("St. Louis") does not.
      if (t.dot && !lex.abbreviations.has(t.text.toLowerCase() + '.')) break;
      continue;
    }
    if (words > 0 && (t.text === '/' || (t.kind === 'word' && lex.nameParticles.has(t.text.toLowerCase()) && !t.dot))) {
      k++;
      continue;
    }
    if (connectors && words > 0 && k === end) {
      // a run of short lower-case words, then a capitalised word that continues the place
      let j = k;
      while (j < toks.length && j - k < MAX_CONNECTORS && isConnector(toks[j]!)) j++;
      const next = toks[j];
      if (j > k && next && next.kind === 'word' && isCapitalised(next.text)) {
        k = j;
        continue;
      }
    }
    break;
  }
  return end;
}

/** Short lower-case words that may join the words of a place name ("am", "an der", "upon"). */
const MAX_CONNECTORS = 2;
const isConnector = (t: LineToken): boolean => t.kind === 'word' && !t.dot && t.text.length <= 4 && t.text === t.text.toLowerCase();

/** End of a run of date tokens ("04. Feb", "July 3", "3. Juli 2025") starting at `i`, or `i`. */
function parseDateRun(toks: readonly LineToken[], i: number, lex: IngestLexicon): number {
  let k = i;
  let month = false;
  while (k < toks.length && k - i < 4) {
    const t = toks[k]!;
    if (t.kind === 'num') k++;
    else if (t.kind === 'word' && monthOf(t, lex) !== undefined) {
      month = true;
      k++;
    } else if (t.kind === 'word' && lex.weekdays.has(t.text.toLowerCase())) k++;
    else if (t.text === ',' && toks[k + 1]?.kind === 'num' && toks[k + 1]!.text.length === 4) k++;
    else break;
  }
  return month || toks.slice(i, k).some((t) => t.kind === 'num' && /[./-]/.test(t.text)) ? k : i;
}

function plausiblePlaceWord(t: LineToken, lex: IngestLexicon): boolean {
  const w = t.text.toLowerCase();
  if (t.text.length < 3 || !isCapitalised(t.text) || isDottedAcronym(t.text)) return false;
  if (lex.notPlaces.has(w) || lex.abbreviations.has(w + '.') || lex.dateWords.has(w)) return false;
  if (lex.supportedWords.de.has(w) || lex.supportedWords.en.has(w)) return false;
  return true;
}

/**
 * Single letters joined by periods ("U.S", "U.N", "E.U", "U.S.A" — the tokenizer keeps the final
 * period apart): an abbreviation, whose period ends no place ("U.S. President Biden said …" opens a
 * sentence). The abbreviation lexicons list words, not these; they are recognised by shape, as the
 * segmenter does.
 */
function isDottedAcronym(text: string): boolean {
  // (each repetition consumes exactly two characters, so the pattern cannot backtrack)
  return /^(?:\p{L}\.)+\p{L}$/u.test(text);
}

/**
 * The lower-case agency names credited in a dateline's brackets: "dpa/AFP", "Reuters, AP",
 * "Reuters und AFP" → ["reuters", "afp"]. Slashes, commas and ampersands separate names; so do
 * the language's list conjunctions when they stand as words.
 */
function agencyNames(inner: string, conjunctions: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const part of inner.split(/[/,&]/)) {
    let words: string[] = [];
    for (const word of part.trim().split(/\s+/)) {
      if (conjunctions.has(word.toLowerCase())) {
        if (words.length > 0) names.push(words.join(' ').toLowerCase());
        words = [];
      } else if (word.length > 0) words.push(word);
    }
    if (words.length > 0) names.push(words.join(' ').toLowerCase());
  }
  return names;
}
