import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import type { Lang } from '../../../src/doc/types.js';
import { assertHas, assertLacks, brief, engineCoder } from './helpers.js';

/**
 * Session 31, lead decision: readiness or willingness to an act is an offer of that act ("ready to negotiate",
 * "zu Gesprächen bereit", "open to talks", "signalled readiness", "stands ready to"), coded as the offered act with
 * modality hypothetical, as the development golds code it (tune, heldout6) and as other offers are coded; under option
 * `ploverFuture` it is AGREE, the PLOVER manual's reading. Negated readiness is a refusal, REJECT, as "will not
 * negotiate" and "weigerte sich, zu verhandeln" are in the golds and the lexicon. A readiness whose content the lexicon
 * does not know is no event (AGREE under `ploverFuture`). Readiness to use force stays a threat. Sentences written for
 * these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const ploverEngine = new Engine({ stageOptions: { events: { ploverFuture: true } } });
/** The whole engine under option `ploverFuture`, events in `brief` form. */
const plover = (lang: Lang) => (s: string): string[] =>
  ploverEngine.analyze(ingestPlainText(`${lang === 'de' ? 'Titel' : 'Title'}\n${s}\n`, lang), { id: 't', published: '2026-11-20' }).get('events').map(brief);
const dePlover = plover('de');
const enPlover = plover('en');

describe('events (en, s31): readiness to an act is that act, offered (hypothetical)', () => {
  it('"is ready to negotiate with" → CONSULT, hypothetical', () => {
    const got = en('Iran is ready to negotiate with the United States, the foreign minister said.');
    assertHas(got, 'CONSULT iran>usa hypothetical');
    assertLacks(got, /^AGREE/u);
  });
  it('"was willing to hold talks with" → CONSULT, hypothetical', () => assertHas(en('Russia said it was willing to hold talks with Ukraine.'), 'CONSULT russia>ukraine hypothetical'));
  it('"is open to talks with" → CONSULT, hypothetical', () => assertHas(en('Turkey is open to talks with Greece, Erdogan said.'), 'CONSULT turkey>greece hypothetical'));
  it('"signalled readiness to resume talks" → CONSULT, hypothetical', () => assertHas(en('Iran signalled readiness to resume talks with the United States.'), 'CONSULT iran>usa hypothetical'));
  it('"stands ready to mediate between" → CONSULT with both sides, hypothetical', () => {
    const got = en('China said it stands ready to mediate between India and Pakistan.');
    assertHas(got, 'CONSULT china>india hypothetical');
    assertHas(got, 'CONSULT china>pakistan hypothetical');
  });
  it('"is ready to sign a ceasefire" → AGREE (a ceasefire is an agreement), hypothetical', () => assertHas(en('Israel is ready to sign a ceasefire with Hamas.'), 'AGREE israel>hamas hypothetical'));
  it('"is ready to send more aid to" → AID, hypothetical', () => assertHas(en('Germany is ready to send more aid to Ukraine, Scholz said.'), 'AID germany>ukraine hypothetical'));
  it('"and that X remained willing to negotiate": the embedded clause\'s subject offers, not the object before "and that"', () => {
    const got = en('Kallas said she would meet Lavrov in Geneva and that the EU remained willing to negotiate with Russia.');
    assertHas(got, 'CONSULT european-union>russia hypothetical');
    assertLacks(got, /^CONSULT sergey-lavrov>/u);
  });
});

describe('events (en, s31): negated readiness is a refusal (REJECT), not a negated offer', () => {
  it('"is not willing to negotiate with" → REJECT', () => {
    const got = en('Russia is not willing to negotiate with Ukraine.');
    assertHas(got, 'REJECT russia>ukraine asserted');
    assertLacks(got, /^CONSULT/u);
  });
  it('"is unwilling to negotiate with" → REJECT', () => assertHas(en('Russia is unwilling to negotiate with Ukraine.'), 'REJECT russia>ukraine asserted'));
  it('"is no longer willing to" → REJECT', () => assertHas(en('Russia is no longer willing to negotiate with Ukraine.'), 'REJECT russia>ukraine asserted'));
  it('"was not prepared to withdraw its troops from" → REJECT (the negator does not make "was … prepared" a passive)', () =>
    assertHas(en('Russia was not prepared to withdraw its troops from Moldova.'), 'REJECT russia>moldova asserted'));
});

describe('events (en, s31): negatives — no offer', () => {
  it('"ready for the winter" is no event', () => assertLacks(en('The Ukrainian army is ready for the winter, Zelensky said.'), /^(AGREE|CONSULT|REJECT)/u));
  it('readiness whose content the lexicon does not know is no event ("ready to play a constructive role")', () =>
    assertLacks(en('Beijing was ready to play a constructive role, China said.'), /^(AGREE|CONSULT)/u));
  it('readiness to use force stays a threat ("is ready to strike")', () => {
    const got = en('Russia is ready to strike Ukraine, Putin said.');
    assertHas(got, 'THREATEN vladimir-putin>ukraine asserted');
    assertLacks(got, /^(CONSULT|AGREE)/u);
  });
  it('"has already negotiated" is the negotiation, asserted', () => assertHas(en('Russia has already negotiated with Ukraine.'), 'CONSULT russia>ukraine asserted'));
  it('a real passive after a negator stays one ("was not accepted by Russia")', () => assertHas(en('The proposal was not accepted by Russia.'), 'AGREE russia>- negated'));
});

describe('events (de, s31): Bereitschaft zu einer Handlung ist diese Handlung, angeboten (hypothetical)', () => {
  it('"sei zu Gesprächen mit … bereit" → CONSULT, hypothetical', () => {
    const got = de('Der iranische Außenminister Araghtschi erklärte am Montag, Iran sei zu Gesprächen mit den USA bereit.');
    assertHas(got, 'CONSULT iran>usa hypothetical');
    assertLacks(got, /^AGREE/u);
  });
  it('"sei bereit, mit … zu verhandeln" → CONSULT, hypothetical (not asserted)', () => {
    const got = de('Russland sei bereit, mit der Ukraine zu verhandeln, sagte Peskow.');
    assertHas(got, 'CONSULT russia>ukraine hypothetical');
    assertLacks(got, /^CONSULT russia>ukraine asserted/u);
  });
  it('"zeigte sich zu Verhandlungen mit … bereit" → CONSULT, hypothetical', () => assertHas(de('Die Regierung in Kiew zeigte sich zu Verhandlungen mit Russland bereit.'), 'CONSULT ukraine>russia hypothetical'));
  it('"signalisierte Bereitschaft zu Gesprächen" → CONSULT, hypothetical', () => assertHas(de('Serbien signalisierte Bereitschaft zu Gesprächen mit dem Kosovo.'), 'CONSULT serbia>kosovo hypothetical'));
  it('"ist gesprächsbereit" → CONSULT, hypothetical', () => assertHas(de('Iran zeigte sich gesprächsbereit.'), 'CONSULT iran>- hypothetical'));
  it('"ist zu einer Waffenruhe mit … bereit" → AGREE (a ceasefire is an agreement), hypothetical', () => assertHas(de('Russland ist zu einer Waffenruhe mit der Ukraine bereit.'), 'AGREE russia>ukraine hypothetical'));
  it('"sei bereit, der Ukraine weitere Hilfe zu leisten" → AID, hypothetical', () => assertHas(de('Deutschland sei bereit, der Ukraine weitere Hilfe zu leisten, sagte Scholz.'), 'AID germany>ukraine hypothetical'));
  it('"sei bereit, seine Truppen aus … abzuziehen" → RETREAT, hypothetical', () => assertHas(de('Russland sei bereit, seine Truppen aus Moldau abzuziehen, sagte Lawrow.'), 'RETREAT russia>moldova hypothetical'));
});

describe('events (de, s31): verneinte Bereitschaft ist eine Weigerung (REJECT)', () => {
  it('"sei nicht bereit, mit … zu verhandeln" → REJECT (the speaker, as for "werde nicht verhandeln")', () => {
    const got = de('Russland sei nicht bereit, mit der Ukraine zu verhandeln, sagte Peskow.');
    assertHas(got, 'REJECT dmitry-peskov>ukraine asserted');
    assertLacks(got, /^CONSULT/u);
  });
  it('"sei zu Gesprächen mit … nicht bereit" → REJECT', () => assertHas(de('Russland sei zu Gesprächen mit der Ukraine nicht bereit, sagte Peskow.'), 'REJECT dmitry-peskov>ukraine asserted'));
  it('"sei nicht bereit, seine Truppen aus … abzuziehen" → REJECT', () => assertHas(de('Russland sei nicht bereit, seine Truppen aus Moldau abzuziehen, sagte Lawrow.'), 'REJECT sergey-lavrov>moldova asserted'));
});

describe('events (de, s31): negatives — "bereit" in other senses', () => {
  it('"sind einsatzbereit" (a state of readiness, no act) is no offer', () => assertLacks(de('Die Truppen sind einsatzbereit, sagte der russische Verteidigungsminister.'), /^(AGREE|CONSULT|REJECT)/u));
  it('"bereit für den Winter" is no event', () => assertLacks(de('Die Armee ist bereit für den Winter, sagte Selenskyj.'), /^(AGREE|CONSULT|REJECT)/u));
  it('"bereits" is no readiness: "hat bereits … verhandelt" is asserted', () => assertHas(de('Russland hat bereits mit der Ukraine verhandelt.'), 'CONSULT russia>ukraine asserted'));
  it('"stellte … bereit" is aid given, asserted', () => assertHas(de('Deutschland stellte der Ukraine weitere Hilfe bereit.'), 'AID germany>ukraine asserted'));
  it('Bereitschaft zum Angriff bleibt eine Drohung ("sei bereit, … anzugreifen")', () => {
    const got = de('Russland sei bereit, die Ukraine anzugreifen, sagte Putin.');
    assertHas(got, 'THREATEN vladimir-putin>ukraine asserted');
    assertLacks(got, /^ASSAULT/u);
  });
  it('doubts about readiness are an accusation, no offer ("Zweifel an Russlands Bereitschaft zu einer Waffenruhe")', () => {
    const got = de('Die USA meldeten Zweifel an Russlands Bereitschaft zu einer Waffenruhe an.');
    assertHas(got, 'ACCUSE usa>russia asserted');
    assertLacks(got, /^AGREE/u);
  });
});

describe('events (s31): under ploverFuture readiness is AGREE (the PLOVER manual)', () => {
  it('en: "is ready to negotiate with" → AGREE', () => assertHas(enPlover('Iran is ready to negotiate with the United States, the foreign minister said.'), 'AGREE iran>usa hypothetical'));
  it('en: readiness with content unknown to the lexicon is AGREE too', () => assertHas(enPlover('Beijing was ready to play a constructive role, China said.'), 'AGREE china>- hypothetical'));
  it('de: "sei zu Gesprächen mit … bereit" → AGREE', () => assertHas(dePlover('Iran sei zu Gesprächen mit den USA bereit.'), 'AGREE iran>usa hypothetical'));
  it('de: "sei bereit, mit … zu verhandeln" → AGREE', () => assertHas(dePlover('Russland sei bereit, mit der Ukraine zu verhandeln, sagte Peskow.'), 'AGREE russia>ukraine hypothetical'));
  it('negative: a refusal stays REJECT', () => {
    assertHas(enPlover('Russia is not willing to negotiate with Ukraine.'), 'REJECT russia>ukraine asserted');
    assertLacks(enPlover('Russia is not willing to negotiate with Ukraine.'), /^AGREE/u);
  });
});
