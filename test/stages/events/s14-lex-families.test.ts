import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 14 (EV-LEX): travel advisories are sanctions; an interview with a medium is no consultation; an act after
 * "without" did not happen; a threat made on a condition is asserted. Sentences written for these tests, each family
 * with negatives. Whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');

type Case = readonly [string, () => string[], string];

describe('events: a travel advisory against a country is a SANCTION of it', () => {
  const cases: readonly Case[] = [
    ['(en) "advised its citizens against travelling to"', () => en('China advised its citizens against travelling to Japan.'), 'SANCTION china>japan asserted'],
    ['(en) "warned its nationals not to travel to"', () => en('China has warned its nationals not to travel to Japan.'), 'SANCTION china>japan asserted'],
    ['(en) "urged citizens to avoid trips to"', () => en('China urged its citizens to avoid trips to Japan.'), 'SANCTION china>japan asserted'],
    ['(en) "warned against travelling to"', () => en('China warned against travelling to Japan.'), 'SANCTION china>japan asserted'],
    ['(en) "issued a travel warning for"', () => en('China issued a travel warning for Japan on Monday.'), 'SANCTION china>japan asserted'],
    ['(en) "raised its travel advisory for"', () => en('China raised its travel advisory for Japan to the highest level.'), 'SANCTION china>japan asserted'],
    ['(de) "riet seinen Bürgern von Reisen nach … ab"', () => de('China riet seinen Bürgern von Reisen nach Japan ab.'), 'SANCTION china>japan asserted'],
    ['(de) "rät … von Reisen nach … ab" (present)', () => de('China rät chinesischen Touristen von Reisen nach Japan ab.'), 'SANCTION china>japan asserted'],
    ['(de) "warnt vor Reisen nach"', () => de('China warnt vor Reisen nach Japan.'), 'SANCTION china>japan asserted'],
    ['(de) "gab eine Reisewarnung für … heraus"', () => de('China gab eine Reisewarnung für Japan heraus.'), 'SANCTION china>japan asserted'],
    ['(de) Perfekt "hat eine Reisewarnung für … ausgesprochen"', () => de('China hat eine Reisewarnung für Japan ausgesprochen.'), 'SANCTION china>japan asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (en): the advisory is no visit to the country', () =>
    assertLacks(en('China advised its citizens against travelling to Japan.'), /^CONSULT/u));
  it('negative (en): the advisory is no threat', () =>
    assertLacks(en('China issued a travel warning for Japan on Monday.'), /^THREATEN/u));
  it('negative (en): urging citizens to travel is no sanction', () =>
    assertLacks(en('China urged its citizens to travel to Japan.'), /^SANCTION/u));
  it('negative (en): a visit stays a visit', () => assertHas(en('Li Qiang travelled to Japan.'), 'CONSULT li-qiang>japan asserted'));
  it('negative (de): a warning of an escalation is no sanction', () =>
    assertLacks(de('China warnte vor einer Eskalation in Japan.'), /^SANCTION/u));
  it('negative (de): a journey stays a visit', () => assertLacks(de('Li Qiang reiste nach Japan.'), /^SANCTION/u));
});

describe('events (en): an interview with a medium is no consultation', () => {
  for (const medium of ['DW', 'Bloomberg', 'Politico', 'ABC News']) {
    it(`"told ${medium} that …"`, () => assertLacks(en(`Kenya's foreign minister told ${medium} that the ruling was a victory.`), /^CONSULT/u));
  }
  it('"…," the minister told the Guardian', () =>
    assertLacks(en('"This is a victory," Kenya\'s foreign minister told the Guardian.'), /^CONSULT/u));
  it('negative: telling a state\'s leader is a consultation', () =>
    assertHas(en('William Ruto told Yoweri Museveni about his concerns.'), 'CONSULT william-ruto>yoweri-museveni asserted'));
});

describe('events (en): an act after "without" did not happen', () => {
  const cases: readonly Case[] = [
    ['"ended talks without signing a peace treaty"', () => en('Armenia and Azerbaijan ended two days of talks without signing a peace treaty.'), 'AGREE armenia>azerbaijan negated'],
    ['"without formally reaching an agreement" (an adverb between)', () => en('Armenia and Azerbaijan left Geneva without formally reaching an agreement.'), 'AGREE armenia>azerbaijan negated'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative: the talks before "without" were held', () =>
    assertHas(en('Armenia and Azerbaijan ended two days of talks without signing a peace treaty.'), 'CONSULT armenia>azerbaijan asserted'));
  it('negative: a verb before "without" stays asserted ("withdrew without firing a shot")', () =>
    assertHas(en('Armenia withdrew its troops from Azerbaijan without firing a shot.'), 'RETREAT armenia>azerbaijan asserted'));
  it('negative: "without" before a noun phrase does not reach a later verb', () =>
    assertLacks(en('After decades without an ambassador, Armenia and Azerbaijan signed a peace treaty.'), /^AGREE .* negated$/u));
});

describe('events: a threat made on a condition is asserted, the condition stays hypothetical', () => {
  const cases: readonly Case[] = [
    ['(de) "Falls …, werden die USA militärisch reagieren"', () => de('Falls Iran die Straße von Hormus schließt, werden die USA militärisch reagieren.'), 'THREATEN usa>iran asserted'],
    ['(de) "Sollte …, werde die Allianz militärisch antworten"', () => de('Sollte Russland ein Nato-Land angreifen, werde die Nato militärisch antworten, sagte Rutte.'), 'THREATEN mark-rutte>russia asserted'],
    ['(de) "Falls …, droht Israel mit einem Gegenschlag"', () => de('Falls Iran angreift, droht Israel mit einem Gegenschlag.'), 'THREATEN israel>iran asserted'],
    ['(en) "If …, Israel has threatened a massive response"', () => en('If Iran attacks, Israel has threatened a massive response.'), 'THREATEN israel>iran asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (de): the attack in the condition stays hypothetical', () =>
    assertHas(de('Sollte Russland ein Nato-Land angreifen, werde die Nato militärisch antworten, sagte Rutte.'), 'ASSAULT russia>- hypothetical'));
  it('negative (de): a threat inside the condition is supposed, not made', () =>
    assertLacks(de('Wenn Russland mit Vergeltung droht, reagiert die Nato gelassen.'), /^THREATEN .* asserted$/u));
  it('negative (de): a modal in the threat\'s own clause keeps it hypothetical', () =>
    assertLacks(de('Wenn Serbien nicht einlenkt, könnte die EU mit Sanktionen drohen.'), /^THREATEN .* asserted$/u));
  it('negative (en): a threat inside the condition is supposed', () =>
    assertLacks(en('If Russia threatens Poland, NATO will meet.'), /^THREATEN .* asserted$/u));
});

describe('events: restrictions short of violence are COERCE (PLOVER modes restrict, censor, deport)', () => {
  const cases: readonly Case[] = [
    ['(en) "sealed off the town"', () => en('Ethiopian forces sealed off the town near the border with Somalia.'), 'COERCE ethiopia>- asserted'],
    ['(en) "cordoned off the area"', () => en('Kenyan police cordoned off the area around the parliament.'), 'COERCE kenya>- asserted'],
    ['(en) "jammed foreign radio broadcasts"', () => en('Eritrea jammed Ethiopian radio broadcasts.'), 'COERCE eritrea>ethiopia asserted'],
    ['(en) progressive "has been jamming GPS signals"', () => en('Russia has been jamming GPS signals over Estonia.'), 'COERCE russia>estonia asserted'],
    ['(en) "forced the vessel to leave"', () => en('The Japanese navy forced a Chinese vessel to leave the area.'), 'COERCE japan>china asserted'],
    ['(de) "zwang das Schiff, das Gebiet zu verlassen"', () => de('Die japanische Marine zwang ein chinesisches Schiff, das Gebiet zu verlassen.'), 'COERCE japan>china asserted'],
    ['(de) "stört GPS-Signale über"', () => de('Russland stört seit Monaten GPS-Signale über Estland.'), 'COERCE russia>estonia asserted'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative (en): soldiers made to leave are no retreat of theirs', () =>
    assertLacks(en('Ethiopian soldiers forced villagers in Somalia to leave their homes.'), /^RETREAT/u));
  it('negative (en): "…, forcing villagers to flee" is the consequence of the attack before it, no act of its own', () =>
    assertLacks(en('Ethiopian troops shelled villages in Somalia, forcing thousands of villagers to flee.'), /^COERCE/u));
  it('negative (en): sealing a deal is an agreement, no repression', () =>
    assertLacks(en('Ethiopia and Somalia sealed a deal on Friday.'), /^COERCE/u));
  it('negative (en): sealing off a border stays a border closure (SANCTION)', () =>
    assertLacks(en('Ethiopia sealed off the border with Somalia.'), /^COERCE/u));
  it('negative (de): "störte die Anwohner" is no act', () =>
    assertLacks(de('Der Lärm aus Estland störte die Anwohner.'), /^COERCE/u));
});

describe('events (de): an act someone considers ("prüft, … zu", "überlegt, … zu") is hypothetical', () => {
  const cases: readonly Case[] = [
    ['"prüft, Fördergelder … einzufrieren"', () => de('Die EU-Kommission prüft, Fördergelder für Georgien einzufrieren.'), 'SANCTION european-commission>georgia hypothetical'],
    ['"überlegt, den Botschafter … abzuziehen"', () => de('Georgien überlegt, seinen Botschafter aus Russland abzuziehen.'), 'SANCTION georgia>russia hypothetical'],
    ['"prüft, ob sie Sanktionen … verhängt"', () => de('Die EU prüft, ob sie Sanktionen gegen Georgien verhängt.'), 'SANCTION european-union>georgia hypothetical'],
  ];
  for (const [name, run, want] of cases) it(name, () => assertHas(run(), want));
  it('negative: a court examining a lawsuit does not make the lawsuit hypothetical', () =>
    assertHas(de('Das Gericht in Den Haag prüft die Klage Armeniens gegen Aserbaidschan.'), 'ACCUSE armenia>azerbaijan asserted'));
  it('negative: a decided freeze stays asserted', () =>
    assertHas(de('Die EU fror Fördergelder für Georgien ein.'), 'SANCTION european-union>georgia asserted'));
});
