import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 19 (EV-TGT): event actors, from misses in the development material. Sentences written for these tests;
 * whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: defending or praising one\'s own act is no SUPPORT (PLOVER SUPPORT backs another actor)', () => {
  const own: [string, (s: string) => string[], string][] = [
    ['en', en, 'Israel defended its strike on the Iranian consulate.'],
    ['en', en, 'Russia defended its invasion of Ukraine.'],
    ['en', en, 'Russian forces attacked Kyiv on Monday. The Kremlin defended the attack.'],
    ['de', de, 'Israel verteidigte seinen Angriff auf das Konsulat.'],
    ['de', de, 'Russland verteidigte seinen Angriff auf die Ukraine.'],
    ['de', de, 'Russland griff am Montag Kiew an. Der Kreml verteidigte den Angriff.'],
  ];
  for (const [lang, code, s] of own) it(`(${lang}) "${s}" has no SUPPORT`, () => assertLacks(code(s), /^SUPPORT/u));
  const other: [string, (s: string) => string[], string, RegExp][] = [
    ['en', en, 'Macron defended Israel\'s strike on the Iranian consulate.', /^SUPPORT emmanuel-macron>israel/u],
    ['en', en, 'Russian forces attacked Kyiv on Monday. Hungary defended the attack.', /^SUPPORT hungary>russia/u],
    ['de', de, 'Macron verteidigte den Angriff Israels auf das Konsulat.', /^SUPPORT emmanuel-macron>israel/u],
    ['de', de, 'Russland griff am Montag Kiew an. Ungarn verteidigte den Angriff.', /^SUPPORT hungary>russia/u],
  ];
  for (const [lang, code, s, want] of other) it(`negative (${lang}): another's act stays SUPPORT — "${s}"`, () => has(code(s), want));
});

describe('events: an offer of talks or mediation that names no party is made to the two sides of the dispute', () => {
  const both: [string, (s: string) => string[], string, string, string][] = [
    ['en', en, 'Pakistan and Afghanistan closed the border crossing after clashes. Qatar has offered to host talks in Doha.', 'qatar', 'pakistan|afghanistan'],
    ['en', en, 'Thailand and Cambodia traded fire on Monday. Malaysia offered to mediate.', 'malaysia', 'thailand|cambodia'],
    ['de', de, 'Somalia und Äthiopien streiten um einen Hafen. Kenia bot an, Gespräche in Nairobi zu vermitteln.', 'kenya', 'somalia|ethiopia'],
    ['de', de, 'Äthiopien und Somalia streiten um einen Hafen. Die Afrikanische Union rief beide Seiten zur Zurückhaltung auf. Kommissionschef Mahmoud Ali Youssouf bot an, Gespräche zu vermitteln.', 'mahmoud-ali-youssouf', 'ethiopia|somalia'],
  ];
  for (const [lang, code, s, source, sides] of both) {
    it(`(${lang}) "${s}"`, () => {
      const got = code(s);
      for (const side of sides.split('|')) has(got, new RegExp(`^CONSULT ${source}>${side} hypothetical`, 'u'));
    });
  }
  it('negative (en): an offer with no dispute named before it keeps no target ("Brazil offered to host talks.")', () =>
    has(en('Brazil offered to host talks.'), /^CONSULT brazil>- hypothetical/u));
  it('negative (en): an offer by one of the sides is not made to itself ("Armenia accused Azerbaijan … Armenia offered to host talks")', () => {
    const got = en('Armenia accused Azerbaijan of shelling. Armenia offered to host talks in Yerevan.');
    assertLacks(got, /^CONSULT armenia>armenia/u);
    assertLacks(got, /^CONSULT armenia>azerbaijan/u);
  });
  it('negative (en): parties the offer names stay its targets ("offered to host talks between Moscow and Kyiv")', () => {
    const got = en('Israel and Hamas exchanged fire. Turkey offered to host talks between Moscow and Kyiv.');
    has(got, /^CONSULT turkey>russia hypothetical/u);
    assertLacks(got, /^CONSULT turkey>(israel|hamas)/u);
  });
  it('negative (de): talks held, no offer, get no sides ("Kenia führte Gespräche in Nairobi")', () =>
    assertLacks(de('Somalia und Äthiopien streiten um einen Hafen. Kenia führte Gespräche in Nairobi.'), /^CONSULT kenya>(somalia|ethiopia)/u));
});

describe('events: a refusal or threat a named person announces for their own state is that person\'s (the gold codes the speaker)', () => {
  it('(de) "Serbien werde «nicht tatenlos zusehen», sagte … Vučić" is Vučić\'s threat, addressed as the state\'s', () => {
    const got = de('Kosovo nahm zwei serbische Polizisten fest. Serbien werde «nicht tatenlos zusehen», sagte der serbische Präsident Aleksandar Vučić.');
    has(got, /^THREATEN aleksandar-vucic>kosovo/u);
    assertLacks(got, /^THREATEN serbia>/u);
  });
  it('(en) "Thailand would not give up a single centimetre, Prime Minister Anutin said" is Anutin\'s refusal', () => {
    const got = en('Thai Prime Minister Anutin Charnvirakul said Thailand would "not give up a single centimetre" of its territory to Cambodia.');
    has(got, /^REJECT anutin-charnvirakul>/u);
    assertLacks(got, /^REJECT thailand>/u);
  });
  it('(en) the speaker stays the source when the refusal then answers a charge (the step that rebuilds the event keeps the voice)', () => {
    const got = en('Cambodia accused Thailand of shelling a temple near the border. Thai Prime Minister Anutin Charnvirakul said Thailand would not give up a single centimetre of its territory.');
    has(got, /^REJECT anutin-charnvirakul>cambodia/u);
    assertLacks(got, /^REJECT thailand>/u);
  });
  it('negative (de): a state\'s threat reported by someone of the other side keeps the state', () =>
    has(de('Kosovo nahm zwei serbische Polizisten fest. Serbien werde nicht tatenlos zusehen, sagte Kosovos Regierungschef Albin Kurti.'), /^THREATEN serbia>kosovo/u));
  it('negative (en): a state\'s refusal reported by the other side\'s leader keeps the state', () =>
    has(en('Cambodia shelled Thai positions. Thailand would not give up a single centimetre, Cambodian Prime Minister Hun Manet said.'), /^REJECT thailand>cambodia/u));
  it('negative (de): a demand the speaker reports for the state stays the state\'s (no stance)', () =>
    has(de('Serbien fordere die sofortige Freilassung der Polizisten, sagte der serbische Präsident Aleksandar Vučić.'), /^REQUEST serbia>/u));
});
