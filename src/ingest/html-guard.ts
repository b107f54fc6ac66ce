/**
 * A linear pre-pass over HTML, before it is parsed, that bounds what the parser and Readability
 * have to cope with. Readability's cost grows with the square of the nesting depth (3,000 nested
 * divs take seconds, 100,000 would hang), so open tags beyond {@link MAX_DEPTH} are dropped
 * together with their end tags: their text is kept, only the excess structure is flattened.
 * The pass also counts elements, so a page with absurdly many is refused before parsing.
 */

/** Deeper nesting than this is flattened; real article pages stay far below (typically < 40). */
export const MAX_DEPTH = 128;

/** Elements that never have content, and so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements whose end tag is usually omitted; the parser closes them implicitly, so they are not counted. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);
/** Elements whose content is raw text up to their end tag (a "<div>" inside a script is no tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

/** Result of the guard: the (possibly flattened) HTML and what was found. */
export interface GuardedHtml {
  readonly html: string;
  readonly elements: number;
  readonly maxDepth: number;
  readonly flattened: number;
  /** Whether the page has an `<html>` element (linkedom needs one; fragments get wrapped). */
  readonly hasHtml: boolean;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

/** Scans `html` once; returns it unchanged unless nesting deeper than `maxDepth` had to be flattened. */
export function guardHtml(html: string, maxDepth: number = MAX_DEPTH): GuardedHtml {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  const keep: string[] = [];
  let kept = 0; // html[kept, i) is still to be copied
  let elements = 0;
  let deepest = 0;
  let flattened = 0;
  let hasHtml = false;
  let i = 0;
  const n = html.length;
  const drop = (from: number, to: number): void => {
    keep.push(html.slice(kept, from));
    kept = to;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const c1 = html.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c1 === 47; /* / */
    let p = lt + (closing ? 2 : 1);
    const nameStart = p;
    while (p < n && isNameChar(html.charCodeAt(p))) p++;
    if (p === nameStart) {
      i = lt + 1; // a bare "<" in text
      continue;
    }
    const name = lower.slice(nameStart, p);
    // Find the tag's end, skipping quoted attribute values.
    let quote = 0;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62 /* > */) break;
      p++;
    }
    const tagEnd = Math.min(p + 1, n);
    const selfClosing = html.charCodeAt(p - 1) === 47;
    i = tagEnd;
    if (closing) {
      const d = dropped.get(name) ?? 0;
      if (d > 0) {
        dropped.set(name, d - 1);
        drop(lt, tagEnd);
      } else {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      }
      continue;
    }
    elements++;
    if (name === 'html') hasHtml = true;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? n : end;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || selfClosing) continue;
    if (stack.length >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      flattened++;
      drop(lt, tagEnd);
      continue;
    }
    stack.push(name);
    if (stack.length > deepest) deepest = stack.length;
  }
  if (flattened === 0) return { html, elements, maxDepth: deepest, flattened, hasHtml };
  keep.push(html.slice(kept));
  return { html: keep.join(''), elements, maxDepth: deepest, flattened, hasHtml };
}
