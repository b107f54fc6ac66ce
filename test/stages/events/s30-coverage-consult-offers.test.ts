import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineCoder, engineEvents } from './helpers.js';

/**
 * Offers of talks by one side, and idioms of "strike" and "hit" (session 30, issue 6).
 * An offer of talks that names no addressee went to the two sides of the article's dispute when an outsider made it
 * ("Qatar offered to host talks") and to nobody when one side made it ("Benin offered talks"): an event with a source
 * and no target, a spurious event and a missed one when the development golds code the other side as the target
 * (heldout6, "Cotonou …"). One side's offer is now made to the other side. (Readiness for talks, "ready to negotiate",
 * stayed AGREE here, the session-16 reading; since session 31 it is an offer as well, CONSULT hypothetical, as the
 * development golds code it: s31-readiness.test.ts.)
 * "struck a softer tone", "hit a snag", "hit a record low" are no assault: a no-event entry (`en.none.strike-tone`)
 * spans the idiom so the single strike verb is not read.
 */
const en = engineCoder('en');
const dispute = (lang: 'de' | 'en', text: string): string[] => engineEvents(text, '2026-03-02', lang).map(brief);
const deHead = 'Niger und Benin streiten um Pipeline\n\nCOTONOU (dpa) - Im Streit zwischen Niger und Benin hat Niamey am Montag den Botschafter Benins ausgewiesen.\n\nDie Regierung in Cotonou wies die Vorwürfe zurück. ';
const enHead = 'Niger and Benin feud over pipeline\n\nCOTONOU (AP) — In the dispute between Niger and Benin, Niamey expelled Benin\'s ambassador on Monday.\n\nThe government in Cotonou rejected the accusations. ';

describe('events: an offer of talks by one side goes to the other side (s30)', () => {
  it('German: "Benin schlug … Gespräche vor" in a Niger–Benin dispute is addressed to Niger', () => {
    const got = dispute('de', `${deHead}Benin schlug am Dienstag Gespräche vor.\n`);
    assertHas(got, 'CONSULT benin>niger hypothetical');
    assertLacks(got, /^CONSULT benin>- /);
  });
  it('English: "Benin offered talks" is addressed to Niger', () => {
    assertHas(dispute('en', `${enHead}Benin offered talks on Tuesday.\n`), 'CONSULT benin>niger hypothetical');
  });
  it('negative: an outside offerer still offers to both sides', () => {
    const de = dispute('de', `${deHead}Katar schlug am Dienstag Gespräche vor.\n`);
    assertHas(de, 'CONSULT qatar>niger hypothetical');
    assertHas(de, 'CONSULT qatar>benin hypothetical');
    const got = dispute('en', `${enHead}Qatar offered to host talks on Tuesday.\n`);
    assertHas(got, 'CONSULT qatar>niger hypothetical');
    assertHas(got, 'CONSULT qatar>benin hypothetical');
  });
});

describe('events: "struck a softer tone", "hit a snag" are no assault (s30)', () => {
  it('idioms of strike and hit', () => {
    assertLacks(en('President Javier Milei struck a softer tone on Monday.'), /^ASSAULT/);
    assertLacks(en('The talks between Israel and Hamas hit a snag.'), /^ASSAULT/);
    assertLacks(en('Exports from China hit a record high.'), /^ASSAULT/);
  });
  it('negative: a strike on a target is still an ASSAULT', () => {
    assertHas(en('Israel struck a Hezbollah target in Lebanon.'), 'ASSAULT israel>hezbollah asserted');
    assertHas(en('Russian missiles hit Kyiv on Monday.'), 'ASSAULT russia>ukraine asserted');
    // (a wall or a roadblock can be struck for real: only idioms whose noun is never a target are listed)
    assert.ok(en('A Russian missile hit a wall of the hospital in Kharkiv.').some((e) => e.startsWith('ASSAULT russia>')));
    assert.ok(en('Militants struck a roadblock manned by Nigerian soldiers near Maiduguri.').some((e) => e.startsWith('ASSAULT ')));
  });
});
