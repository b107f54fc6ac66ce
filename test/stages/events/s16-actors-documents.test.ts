import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 16 (EV-ACT): a definite document noun as the subject of an act ("Die Resolution fordert …", "The report
 * accuses …") speaks for the named body that adopted or issued that document in the nearest sentence before (EV-LEX's
 * `documentNouns` and `adoptionVerbs`, 7664f2c8). Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: a document that acts speaks for the body that adopted it', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [de, 'Der UN-Sicherheitsrat hat am Donnerstag eine Resolution verabschiedet. Die Resolution fordert die Armee und die RSF auf, die Kämpfe in Darfur einzustellen.', /^REQUEST un-security-council>rapid-support-forces asserted/u],
    // a separable adoption verb whose particle closes the clause
    [de, 'Amnesty International legte am Montag einen Bericht vor. Der Bericht wirft Israel vor, Zivilisten anzugreifen.', /^ACCUSE amnesty-international>israel asserted/u],
    [de, 'Amnesty International hat einen Bericht veröffentlicht. Der Bericht wirft Israel vor, Zivilisten anzugreifen.', /^ACCUSE amnesty-international>israel asserted/u],
    [en, 'The UN Security Council adopted a resolution on Thursday. The resolution demands that Russia withdraw its troops from Ukraine.', /^REQUEST un-security-council>/u],
    // the body as the agent of a passive adoption
    [en, 'The resolution was adopted by the UN Security Council. The resolution demands that Russia withdraw its troops.', /^REQUEST un-security-council>russia asserted/u],
    [en, 'Amnesty International published a report on Monday. The report accuses Israel of war crimes.', /^ACCUSE amnesty-international>israel asserted/u],
    // lower-case modifiers and an adverb between
    [en, 'Human Rights Watch released a report. The new report also accuses Russia of torture.', /^ACCUSE human-rights-watch>russia asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: no adoption before — a report nobody issued has no source ("Der Bericht wirft Israel vor, …")', () =>
    assertLacks(de('Der Bericht wirft Israel vor, Zivilisten anzugreifen.'), /^ACCUSE/u));
  it('negative: another document was adopted ("verabschiedete eine Resolution. Der Bericht wirft …")', () =>
    assertLacks(de('Der UN-Sicherheitsrat verabschiedete eine Resolution. Der Bericht wirft Israel vor, Zivilisten anzugreifen.'), /^ACCUSE/u));
  it('negative: a body that only presented the document without a name ("Die Regierung stellte einen Bericht vor")', () =>
    assertLacks(de('Die Regierung stellte einen Bericht vor. Der Bericht wirft Israel vor, Zivilisten anzugreifen.'), /^ACCUSE/u));
  it('negative: a vetoed resolution was not adopted by the vetoing state ("Russia vetoed the resolution. The resolution demands …")', () =>
    assertLacks(en('Russia vetoed the resolution. The resolution demands that Israel halt its offensive.'), /^REQUEST russia>/u));
  it('negative: an indefinite document is no reference back ("A report accuses Israel …")', () =>
    assertLacks(en('Amnesty International published a report on Monday. A report by a local group accuses Israel of war crimes.'), /^ACCUSE amnesty-international>/u));
});
