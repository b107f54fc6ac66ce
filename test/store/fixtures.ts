/**
 * Hand-made analysed articles for store tests: one event (North Korea sends troops to Russia)
 * reported by a German and an English article, plus helpers to build OutDocs with facts at real
 * offsets of their own text.
 */
import type { OutDoc, OutEntity, OutEvent, OutQuote } from '../../src/output/schema.js';
import type { PloverType, QuadClass } from '../../src/doc/types.js';
import { normaliseName } from '../../src/kb/normalise.js';

/** Offsets of `needle` in `text` (first occurrence at or after `from`); throws when absent so fixtures stay honest. */
export function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

/** An entity with mentions at every occurrence of each alias. */
export function entity(text: string, id: string, type: OutEntity['type'], name: string, aliases: string[], descriptions: string[] = []): OutEntity {
  const mentions: OutEntity['mentions'] = [];
  for (const a of aliases) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(a, from);
      if (i < 0) break;
      mentions.push({ start: i, end: i + a.length, text: a, kind: 'name', sentence: 0 });
      from = i + a.length;
    }
  }
  return { id, key: normaliseName(name), type, name, aliases, descriptions, wikidata: null, roles: [], mentions, rule: 'test/fixture' };
}

/** An event whose evidence is `evidence` and trigger `trigger` inside it. */
export function event(text: string, type: PloverType, source: string | null, target: string | null, date: string | null, evidence: string, trigger: string, weight = 0, quad: QuadClass = 'material-cooperation'): OutEvent {
  const ev = at(text, evidence);
  const tr = at(text, trigger, ev.start);
  return {
    type, source, target, date, modality: 'asserted', trigger, evidence, start: ev.start, end: ev.end, sentence: 1,
    triggerStart: tr.start, triggerEnd: tr.end, cameo: null, quad, weight, confidence: 0.9, rule: 'test/fixture',
  };
}

/** A quote over `said` with the given speaker. */
export function quote(text: string, speaker: string | null, said: string, addressee: string | null = null): OutQuote {
  const q = at(text, said);
  return { speaker, kind: 'direct', text: said, start: q.start, end: q.end, sentence: 1, cue: null, addressee, date: null, fragment: false, verbatim: [], confidence: 0.9, rule: 'test/fixture' };
}

/** A bare OutDoc around a text. */
export function outDoc(id: string, language: 'de' | 'en', published: string | null, text: string, parts: Partial<OutDoc> = {}): OutDoc {
  const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  return {
    version: 1, id, language, published, source: null, title: text.slice(0, firstLine), address: null, text,
    sentences: [{ start: 0, end: firstLine, zone: 'title' }, { start: Math.min(firstLine + 1, text.length), end: text.length, zone: 'body' }],
    entities: [], times: [], quotes: [], events: [], ...parts,
  };
}

export const DE_TEXT = 'Nordkorea schickt Soldaten nach Russland\nPjöngjang hat nach Angaben aus Seoul am 27. Juli weitere Soldaten nach Russland geschickt. „Wir stehen fest an der Seite Moskaus“, sagte Kim Jong Un. Außenminister Sergej Lawrow dankte.';
export const EN_TEXT = 'North Korea sends more troops to Russia\nNorth Korea sent additional troops to Russia in July, officials in Seoul said. Sergey Lavrov thanked Pyongyang, saying: "Our friendship grows." Kim Jong Un did not comment.';

/** The German report. */
export function germanReport(published = '2025-07-28'): OutDoc {
  const t = DE_TEXT;
  return outDoc('de-nk-truppen', 'de', published, t, {
    entities: [
      entity(t, 'north-korea', 'GPE', 'North Korea', ['Nordkorea', 'Pjöngjang']),
      entity(t, 'russia', 'GPE', 'Russia', ['Russland', 'Moskaus']),
      entity(t, 'kim-jong-un', 'PER', 'Kim Jong Un', ['Kim Jong Un']),
      { ...entity(t, 'sergey-lavrov', 'PER', 'Sergey Lavrov', ['Sergej Lawrow'], ['Außenminister']), roles: [{ role: 'Außenminister', of: 'russia', from: null, to: null, source: 'text' }] },
      entity(t, 'seoul', 'GPE', 'Seoul', ['Seoul']),
    ],
    times: [{ text: 'am 27. Juli', type: 'DATE', value: '2025-07-27', mod: null, ...at(t, 'am 27. Juli'), sentence: 1, rule: 'test/fixture' }],
    quotes: [quote(t, 'kim-jong-un', 'Wir stehen fest an der Seite Moskaus', 'russia')],
    events: [
      event(t, 'AID', 'north-korea', 'russia', '2025-07-27', 'Pjöngjang hat nach Angaben aus Seoul am 27. Juli weitere Soldaten nach Russland geschickt.', 'geschickt', 7.4),
      event(t, 'SUPPORT', 'sergey-lavrov', 'north-korea', null, 'Außenminister Sergej Lawrow dankte.', 'dankte', 3.4, 'verbal-cooperation'),
    ],
  });
}

/** The English report of the same troop transfer (dated only "in July"). */
export function englishReport(published = '2025-07-29'): OutDoc {
  const t = EN_TEXT;
  return outDoc('en-nk-troops', 'en', published, t, {
    entities: [
      entity(t, 'north-korea', 'GPE', 'North Korea', ['North Korea', 'Pyongyang']),
      entity(t, 'russia', 'GPE', 'Russia', ['Russia']),
      entity(t, 'sergey-lavrov', 'PER', 'Sergey Lavrov', ['Sergey Lavrov']),
      entity(t, 'kim-jong-un', 'PER', 'Kim Jong Un', ['Kim Jong Un']),
      entity(t, 'seoul', 'GPE', 'Seoul', ['Seoul']),
    ],
    quotes: [quote(t, 'sergey-lavrov', 'Our friendship grows.', 'north-korea')],
    events: [
      event(t, 'AID', 'north-korea', 'russia', '2025-07', 'North Korea sent additional troops to Russia in July', 'sent', 7.4),
      event(t, 'SUPPORT', 'sergey-lavrov', 'north-korea', null, 'Sergey Lavrov thanked Pyongyang', 'thanked', 3.4, 'verbal-cooperation'),
    ],
  });
}

/** A later, unrelated conflict event between the same states (must not merge). */
export function laterConflict(): OutDoc {
  const t = 'Russia accuses North Korea\nIn September Russia accused North Korea of breaking a promise.';
  return outDoc('en-later', 'en', '2025-09-15', t, {
    entities: [entity(t, 'russia', 'GPE', 'Russia', ['Russia']), entity(t, 'north-korea', 'GPE', 'North Korea', ['North Korea'])],
    events: [event(t, 'ACCUSE', 'russia', 'north-korea', '2025-09', 'Russia accused North Korea of breaking a promise.', 'accused', -2, 'verbal-conflict')],
  });
}
