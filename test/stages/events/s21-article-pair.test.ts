import { describe, it } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 21: "the two countries", "beide Länder" with no pair named together in the last three sentences are the pair
 * the title or the lead names together, before the two states named most often (a third state the pact is aimed at is
 * often named more often than the partner). Articles written for these tests; whole-engine runs.
 */
const code = (lang: Lang, text: string): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

const EN_BODY = [
  'China condemned the pact. Beijing warned Manila against provocations.',
  'Last week, the Chinese coast guard fired water cannon at a Philippine vessel.',
  'Manila summoned the Chinese ambassador on Friday. China said the ship had entered Chinese waters.',
].join(' ');
const DE_BODY = [
  'China verurteilte den Pakt. Peking warnte Manila vor Provokationen.',
  'Vergangene Woche setzte die chinesische Küstenwache Wasserwerfer gegen ein philippinisches Schiff ein.',
  'Manila bestellte am Freitag den chinesischen Botschafter ein. China erklärte, das Schiff sei in chinesische Gewässer eingedrungen.',
].join(' ');

describe('events: a pair anaphor far from any pair named together is the pair of the title or lead', () => {
  it('(en) title pair', () => assertHas(code('en', `Philippines and Japan sign defense pact\n${EN_BODY} The two countries will hold joint naval exercises next month.\n`), 'COOPERATE philippines>japan planned'));
  it('(en) lead pair', () => assertHas(code('en', `Defense pact signed\nThe Philippines and Japan signed a defense pact on Tuesday. ${EN_BODY} Both countries will hold joint naval exercises next month.\n`), 'COOPERATE philippines>japan planned'));
  it('(de) title pair', () => assertHas(code('de', `Philippinen und Japan unterzeichnen Verteidigungspakt\n${DE_BODY} Die beiden Länder wollen im kommenden Monat gemeinsame Marinemanöver abhalten.\n`), 'COOPERATE philippines>japan planned'));
});

describe('events: negatives — the article pair does not override a nearer pair or a pair named in the body later', () => {
  it('(en) a pair named together in the sentence before wins', () =>
    assertLacks(code('en', `Philippines and Japan sign defense pact\n${EN_BODY} Vietnam and Malaysia met on Monday. The two countries will hold joint naval exercises next month.\n`), /^COOPERATE philippines>japan/u));
  it('(en) no pair in title or lead: the two states named most often', () =>
    assertLacks(code('en', `Defense pact signed\nA defense pact was signed on Tuesday in Manila with Japan. ${EN_BODY} The two countries will hold joint naval exercises next month.\n`), /^COOPERATE philippines>japan/u));
});
