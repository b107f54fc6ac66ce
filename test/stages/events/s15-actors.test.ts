import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 15 (EV-ACT): event actors. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: a condition fronted before an announced act makes it a threat to the condition\'s actor', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [en, 'If Venezuela attacks Guyana, the EU will impose sanctions.', /^THREATEN european-union>venezuela asserted/u],
    [en, 'Should Iran close the strait, the United States would strike its ports.', /^THREATEN usa>iran asserted/u],
    [en, 'If Russia attacks Finland, NATO will strike back, the minister said.', /^THREATEN nato>russia asserted/u],
    [de, 'Falls der Iran angreift, droht Israel mit einem Gegenschlag.', /^THREATEN israel>iran asserted/u],
    [de, 'Wenn Russland die Lieferungen stoppt, wird die EU neue Sanktionen verhängen.', /^THREATEN european-union>russia asserted/u],
    [de, 'Falls Russland die Grenze überschreitet, wird Polen Truppen an die Grenze verlegen.', /^THREATEN poland>russia asserted/u],
    [de, 'Sollte Serbien die Grenze schließen, werde Kosovo Sanktionen verhängen, sagte Kurti.', /^THREATEN albin-kurti>serbia asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: a condition without an actor leaves the act announced ("If approved, the EU will impose sanctions on Russia")', () =>
    assertLacks(en('If approved, the EU will impose sanctions on Russia.'), /^THREATEN/u));
  it('negative: an act the main clause does not announce ("If Russia attacked Ukraine last year, it was a mistake")', () =>
    assertLacks(en('If Russia attacked Ukraine last year, it was a mistake.'), /^THREATEN/u));
  it('negative: support on a condition is no threat ("If Russia wants peace, the EU will support Ukraine")', () =>
    assertLacks(en('If Russia wants peace, the EU will support Ukraine.'), /^THREATEN/u));
  it('negative: a negated act ("Wenn Russland angreift, wird Polen keine Truppen entsenden")', () =>
    assertLacks(de('Wenn Russland angreift, wird Polen keine Truppen entsenden.'), /^THREATEN poland>russia/u));
  it('negative: a threat noun inside the condition takes no target from it', () =>
    assertLacks(de('Wenn die Drohungen Russlands gegen Polen toleriert werden, ist Europa in Gefahr.'), /^THREATEN \S+>russia/u));
});

describe('events: an order to the orderer\'s own organs or forces is the orderer\'s own act', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [en, 'Lai ordered the coast guard to step up patrols.', /^MOBILIZE lai-ching-te>- asserted/u],
    [en, 'Kenya\'s president ordered the army to deploy to the border.', /^MOBILIZE kenya>- asserted/u],
    [en, 'Putin ordered troops to attack Kyiv.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [en, 'Netanyahu instructed the army to launch strikes on Gaza.', /^ASSAULT benjamin-netanyahu>gaza-strip asserted/u],
    [de, 'Der Präsident ordnete an, die Truppen an die Grenze zu verlegen.', /^MOBILIZE \S+>- asserted/u],
    [de, 'Netanjahu wies die Armee an, Ziele im Gazastreifen anzugreifen.', /^ASSAULT benjamin-netanyahu>\S+ asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('the order to one\'s own forces is no demand ("Lai ordered the coast guard")', () =>
    assertLacks(en('Lai ordered the coast guard to step up patrols.'), /^REQUEST/u));
  it('negative: an order to a foreign party stays a demand ("The ICJ ordered Venezuela to refrain …")', () =>
    has(en('The ICJ ordered Venezuela to refrain from annexing the region.'), /^REQUEST icj>venezuela asserted/u));
  it('negative: a foreign state named as the ordered act\'s own doer keeps it a demand', () =>
    assertLacks(de('Der Gerichtshof ordnete an, dass Russland die Kinder freilassen müsse.'), /^RETREAT russia/u));
  it('negative: urging another state is no act of it ("urged Russia to stop the attacks")', () =>
    assertLacks(en('Biden urged Russia to stop the attacks on Ukraine.'), /^ASSAULT/u));
  it('negative: the UN Security Council ordering Israel to withdraw stays a demand', () =>
    has(en('The UN Security Council ordered Israel to withdraw from Gaza.'), /^REQUEST un-security-council>israel/u));
});

describe('events: an act announced after "otherwise"/"sonst" is the threatened consequence of the demand before it', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [de, 'Stockholm müsse Unterstützer der Gruppe ausliefern, sonst werde Ankara die Zusammenarbeit überprüfen, sagte Erdogan.', /^THREATEN recep-tayyip-erdogan>sweden asserted/u],
    [de, 'Serbien müsse die Truppen abziehen, andernfalls werde Kosovo Sanktionen verhängen.', /^THREATEN kosovo>serbia asserted/u],
    [en, 'Russia must withdraw its troops, otherwise the EU will impose new sanctions.', /^THREATEN european-union>russia asserted/u],
    [en, 'China must release the fishermen, otherwise Vietnam will expel its ambassador.', /^THREATEN vietnam>china asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: "otherwise" without an announced act ("Russia withdrew its troops, otherwise nothing changed")', () =>
    assertLacks(en('Russia withdrew its troops, otherwise nothing changed.'), /^THREATEN/u));
  it('negative: a negated consequence is no threat ("sonst werde Kosovo keine Sanktionen verhängen")', () =>
    assertLacks(de('Serbien müsse die Truppen abziehen, sonst werde Kosovo keine Sanktionen verhängen.'), /^THREATEN kosovo/u));
  it('negative: a past act after "otherwise" ("otherwise the EU imposed sanctions")', () =>
    assertLacks(en('Russia had to withdraw its troops, otherwise the EU imposed sanctions on Belarus.'), /^THREATEN european-union/u));
});

describe('events: an act counted among earlier ones as a predicate is background', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [en, 'Vietnam protested on Monday. It was the third such seizure this year.', /^COERCE/u],
    [en, 'Vietnam protested on Monday. It was the third attack on Vietnamese boats this year.', /^ASSAULT/u],
    [en, 'Vietnam protested on Monday. This is the 4th such attack this month.', /^ASSAULT/u],
  ];
  for (const [code, s, bad] of cases) it(s, () => assertLacks(code(s), bad));
  it('negative: a counted act that is the subject of its own predicate is an act ("It launched the third attack")', () =>
    has(en('Vietnam protested on Monday. It launched the third attack on Vietnamese boats this year.'), /^ASSAULT vietnam/u));
  it('negative: an ordinal without a copula ("Russia launched its third attack on Kyiv")', () =>
    has(en('Russia launched its third attack on Kyiv this week.'), /^ASSAULT russia>ukraine/u));
});
