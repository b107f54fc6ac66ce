import type { Lang } from '../doc/types.js';
import { detectLanguage } from './language.js';
import { lineZones } from './plain.js';
import type { IngestedText } from './types.js';

/** Ingests plain text: title on the first line, body after. */
export function ingestPlainText(text: string, lang?: Lang | null): IngestedText {
  const zones = lineZones(text);
  const title = zones.find((z) => z.zone === 'title');
  return {
    text,
    zones,
    title: title ? text.slice(title.start, title.end) : null,
    published: null,
    source: null,
    language: lang ?? detectLanguage(text),
    format: 'text',
  };
}
