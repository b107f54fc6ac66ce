import type { DocCoding, Frame, SentenceCoding } from './coding.js';

/**
 * An accusation read from the words of a quote (a lexicon entry whose source is the `speaker` and whose target is the
 * reported clause's subject: "Russia had sabotaged the cable, X said", "Benin unterstütze terroristische Gruppen, sagte
 * Zeine") accuses someone the quote names. When the reported clause's subject is no actor ("China and Russia defended
 * Myanmar, saying the resolution interfered in its internal affairs"), the subject search reaches past the quote into
 * the frame around it and finds the speaker's own company or whoever the frame names; that is nobody the speaker
 * accused, so such a frame is dropped. A trigger that is itself the cue of the quote (not inside its text) is left as
 * it was.
 */
export function accusedInQuote(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame | null {
  const { m, args } = f;
  if (m.entry.type !== 'ACCUSE' || !args.how.startsWith('speaker>subj') || args.targets.length === 0) return f;
  const v = sc.view;
  const at = v.tokens[m.first]!;
  const quote = dc.quotes.find((q) => q.speaker !== null && q.start <= at.start && at.end <= q.end);
  if (!quote) return f;
  // (a chain of the target inside the quote's text: named, described or referred to by a pronoun there)
  const inside = (id: string): boolean => v.chains.some((ch) => ch.entity === id && v.tokens[ch.first]!.start >= quote.start && v.tokens[ch.last]!.end <= quote.end);
  const targets = args.targets.filter(inside);
  if (targets.length === 0) return null;
  return targets.length === args.targets.length ? f : { ...f, args: { ...args, targets } };
}
