import { describe, it } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 21: the article's main pair (which gives a threat, refusal or accusation without addressee its other side)
 * is the pair of the first event of the title or lead once two events join it, before the pair most events join: one
 * side's quarrel with a third party may yield more events than the dispute the article is about. Articles written for
 * these tests; whole-engine runs.
 */
const code = (lang: Lang, text: string): string[] => engineEvents(text, '2026-02-03', lang).map(brief);

const EN_QUARREL = 'Armenia has repeatedly accused Turkey of arming Azerbaijan, a charge Ankara rejects. Last month, Armenia filed a new complaint against Turkey at the UN Security Council.';
const DE_QUARREL = 'Armenien wirft der Türkei seit langem vor, Aserbaidschan zu bewaffnen, was Ankara zurückweist. Im vergangenen Monat reichte Armenien beim UN-Sicherheitsrat eine neue Beschwerde gegen die Türkei ein.';
const EN_THREAT = 'In a statement, Azerbaijan said it was committed to the agreement but warned that it would respond to any violation.';
const DE_THREAT = 'In einer Erklärung betonte Aserbaidschan, es stehe zu der Vereinbarung, drohte aber, auf jeden Verstoß zu reagieren.';

describe('events: the lead\'s pair is the main pair once two events join it', () => {
  it('(en)', () => assertHas(code('en', `Ceasefire in the Caucasus\nArmenia and Azerbaijan agreed to a ceasefire on Tuesday.\n${EN_THREAT}\n${EN_QUARREL} Armenia and Azerbaijan will meet again in Geneva in May.\n`), 'THREATEN azerbaijan>armenia asserted'));
  it('(de)', () => assertHas(code('de', `Waffenruhe im Kaukasus\nArmenien und Aserbaidschan haben sich am Dienstag nach zweiwöchigen Gesprächen in Genf auf eine Waffenruhe geeinigt.\n${DE_THREAT}\n${DE_QUARREL}\n`), 'THREATEN azerbaijan>armenia asserted'));
});

describe('events: negatives — one event of the lead\'s pair leaves the main pair to the counts', () => {
  it('(en) the lead\'s pair joined once: the quarrel\'s pair is the main pair, the threat keeps no addressee', () =>
    assertLacks(code('en', `Ceasefire in the Caucasus\nArmenia and Azerbaijan agreed to a ceasefire on Tuesday.\n${EN_THREAT}\n${EN_QUARREL}\n`), /^THREATEN azerbaijan>armenia/u));
});
