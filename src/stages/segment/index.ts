import type { Sentence, Token } from '../../doc/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import type { ResourceLoader } from '../../resources/loader.js';
import { asBoolean, asObject, asStringArray } from '../../resources/validate.js';
import { splitSentences } from './split.js';
import { tokenize, type SegmentLexicon } from './tokenize.js';
import { loadCalendar } from '../../resources/calendar.js';
import { loadQuoteMarks } from '../../resources/quote-marks.js';

const STAGE = 'segment';

/** Loads the segmentation lexicon of a language (abbreviations, months, quotation marks). */
export function loadSegmentLexicon(res: ResourceLoader): SegmentLexicon {
  const abbr = res.lexicon('abbreviations', (raw, where) => {
    const o = asObject(raw, where);
    return {
      abbreviations: asStringArray(o.abbreviations, where, 'abbreviations'),
      sentenceFinal: asStringArray(o.sentenceFinal ?? [], where, 'sentenceFinal'),
      ordinalFollowers: asStringArray(o.ordinalFollowers ?? [], where, 'ordinalFollowers'),
      ordinalPrecursors: asStringArray(o.ordinalPrecursors ?? [], where, 'ordinalPrecursors'),
      letterWords: asStringArray(o.letterWords ?? [], where, 'letterWords'),
      letterWordHeads: asStringArray(o.letterWordHeads ?? [], where, 'letterWordHeads'),
      finalContinuers: asStringArray(o.finalContinuers ?? [], where, 'finalContinuers'),
      dottedOrdinals: asBoolean(o.dottedOrdinals, where, 'dottedOrdinals'),
    };
  });
  const cal = loadCalendar(res);
  const marks = loadQuoteMarks(res);
  return {
    abbreviations: new Set(abbr.abbreviations),
    sentenceFinal: new Set(abbr.sentenceFinal),
    ordinalFollowers: new Set(abbr.ordinalFollowers),
    ordinalPrecursors: new Set(abbr.ordinalPrecursors.map((w) => w.toLowerCase())),
    letterWords: new Set(abbr.letterWords),
    letterWordHeads: new Set(abbr.letterWordHeads.map((w) => w.toLowerCase())),
    months: new Set(Object.keys(cal.months)),
    weekdays: new Set(Object.keys(cal.weekdays).map((w) => w.toLowerCase())),
    finalContinuers: new Set(abbr.finalContinuers),
    quoteChars: new Set(marks.flat()),
    dottedOrdinals: abbr.dottedOrdinals,
  };
}

/**
 * Sentence and token segmentation, one paragraph at a time (paragraphs come from ingestion, so a
 * sentence never crosses a paragraph, a title or a dateline).
 */
export const segmentStage: StageFactory = {
  name: STAGE,
  requires: ['paragraphs'],
  adds: ['sentences', 'tokens'],
  create(ctx) {
    const lex = loadSegmentLexicon(ctx.resources);
    return (doc) => {
      const sentences: Sentence[] = [];
      const tokens: Token[] = [];
      doc.get('paragraphs').forEach((p, pi) => {
        const raw = tokenize(doc.text, p.start, p.end, lex);
        for (const [a, b] of splitSentences(doc.text, raw)) {
          const si = sentences.length;
          sentences.push({ start: raw[a]!.start, end: raw[b]!.end, paragraph: pi, stage: STAGE, rule: 'terminator' });
          for (let k = a; k <= b; k++) {
            const t = raw[k]!;
            tokens.push({ start: t.start, end: t.end, kind: t.kind, sentence: si, stage: STAGE, rule: t.rule });
          }
        }
      });
      doc.add('sentences', sentences, STAGE);
      doc.add('tokens', tokens, STAGE);
    };
  },
};
