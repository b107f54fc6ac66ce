import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * Issue #6, events stage: words of a name are no triggers, a means of contact after "by" is no agent, blame needs
 * no named target, and a quoted complement does not hide its verb. Sentences written for these tests.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'sudan', type: 'GPE', forms: ['Sudan', 'Khartoum', ['Sudanese', 'adjective']] },
  { id: 'egypt', type: 'GPE', forms: ['Egypt', 'Cairo', 'Ägypten', 'Kairo'] },
  { id: 'chad', type: 'GPE', forms: ['Chad', 'Tschad'] },
  { id: 'iraq', type: 'GPE', forms: ['Iraq', 'Baghdad', 'Irak', 'Bagdad'] },
  { id: 'rsf', type: 'ORG', forms: ['Rapid Support Forces', 'RSF'] },
  { id: 'pmf', type: 'ORG', forms: ['Popular Mobilization Forces'] },
  { id: 'nrc', type: 'ORG', forms: ['Nationaler Widerstandsrat', 'Nationalen Widerstandsrat', 'National Resistance Council'] },
  { id: 'france', type: 'GPE', forms: ['France', 'Frankreich', 'Paris'] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv', 'Kiew'] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'USA', 'Washington'] },
  { id: 'guyana', type: 'GPE', forms: ['Guyana'] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', 'Peking'] },
  { id: 'macron', type: 'PER', forms: ['Emmanuel Macron', 'Macron'] },
  { id: 'zelensky', type: 'PER', forms: ['Zelensky', 'Selenskyj'] },
  { id: 'sisi', type: 'PER', forms: ['Sisi'] },
];

const en = sentenceCoder('en', ACTORS);
const de = sentenceCoder('de', ACTORS);

describe('events: a word of a multi-word name is no trigger', () => {
  it('en: "Support" in "Rapid Support Forces" is no SUPPORT', () =>
    assertLacks(en('Khartoum says the Rapid Support Forces for Egypt are a threat.'), /^SUPPORT/u));
  it('en: nor after a coordinated name ("Sudan and the paramilitary Rapid Support Forces to …")', () =>
    assertLacks(en('Sudan and the paramilitary Rapid Support Forces sent delegations to Egypt.'), /^SUPPORT/u));
  it('en: "Mobilization" in "Popular Mobilization Forces" is no MOBILIZE', () =>
    assertLacks(en('Baghdad said the Popular Mobilization Forces in Iraq had new commanders.'), /^MOBILIZE/u));
  it('en: the act outside the name is still coded', () =>
    assertHas(en('Chad voiced support for the Rapid Support Forces.'), 'SUPPORT chad>rsf asserted'));
  it('en: the name is still an actor', () =>
    assertHas(en('The Rapid Support Forces attacked Khartoum on Tuesday.'), 'ASSAULT rsf>sudan asserted'));
  it('de: the act outside the name is still coded', () =>
    assertHas(de('Der Tschad sicherte dem Nationalen Widerstandsrat Unterstützung zu.'), 'SUPPORT chad>nrc asserted'));
});

describe('events: a means of contact after "by" is no agent', () => {
  it('en: "talked by telephone with" keeps its subject as source', () =>
    assert.deepEqual(en('Macron talked by telephone with Zelensky on Monday.'), ['CONSULT macron>zelensky asserted']));
  it('en: "by video link", "by a phone call"', () => {
    assertHas(en('Sisi talked by video link with Macron.'), 'CONSULT sisi>macron asserted');
    assertHas(en('Macron consulted by a phone call with Zelensky.'), 'CONSULT macron>zelensky asserted');
  });
  it('negative: a real agent after "-ed by" stays a passive', () =>
    assert.deepEqual(en('Macron was criticised by Zelensky.'), ['ACCUSE zelensky>macron asserted']));
  it('negative: a reduced passive with a named agent stays one', () =>
    assertHas(en('Kyiv, attacked by Russia and shelled by artillery, asked France for help.'), 'REQUEST ukraine>france asserted'));
  it('de: "per Telefon", "telefonisch" leave subject and partner in place', () => {
    assertHas(de('Macron sprach am Dienstag per Telefon mit Selenskyj.'), 'CONSULT macron>zelensky asserted');
    assertHas(de('Sisi beriet sich telefonisch mit Macron.'), 'CONSULT sisi>macron asserted');
  });
});

describe('events: blame of a named thing needs no named target (PLOVER: ACCUSE requires no recipient)', () => {
  it('en: "China criticised the rapprochement." → ACCUSE china>-', () =>
    assert.deepEqual(en('China criticised the rapprochement.'), ['ACCUSE china>- asserted']));
  it('en: "condemned the new constitution"', () =>
    assertHas(en('Egypt condemned the new constitution on Tuesday.'), 'ACCUSE egypt>- asserted'));
  it('negative: a generic act noun with no deed before it names nothing ("condemned the decision")', () =>
    assertLacks(en('Egypt condemned the decision on Tuesday.'), /^ACCUSE/u));
  it('negative: an indefinite object is no blamed thing ("slammed a door")', () =>
    assertLacks(en('Egypt slammed a door in the ministry.'), /^ACCUSE/u));
  it('de: "Peking kritisierte die Annäherung." → ACCUSE china>-', () =>
    assertHas(de('Peking kritisierte die Annäherung scharf.'), 'ACCUSE china>- asserted'));
  it('a named addressee still comes first', () =>
    assert.deepEqual(en('China criticised the United States for the rapprochement.'), ['ACCUSE china>usa asserted']));
  it('negative: concern without an object stays an opinion', () =>
    assertLacks(en('Egypt expressed concern on Tuesday.'), /^ACCUSE/u));
  it('negative: a pronoun object names no thing', () =>
    assertLacks(en('Asked about the border, Egypt criticised it.'), /^ACCUSE egypt>- /u));
});

describe('events (en): a quotation mark after the verb does not hide the quoted verb', () => {
  it('`would "stand by its partner Guyana"` → SUPPORT usa>guyana', () =>
    assertHas(en('Washington would "stand by its partner Guyana", the spokesperson added.').map((e) => e.replace(/ \w+$/u, '')), 'SUPPORT usa>guyana'));
  it('`would “stand with Ukraine”` (curly quotes) → SUPPORT france>ukraine', () =>
    assertHas(en('France would “stand with Ukraine”, Macron said.').map((e) => e.replace(/ \w+$/u, '')), 'SUPPORT france>ukraine'));
  it('`has "condemned" the attack` keeps its verb', () =>
    assertHas(en('Egypt has "strongly condemned" Chad, the ministry said.'), 'ACCUSE egypt>chad asserted'));
  it('a quoted noun after a possessive actor is a noun (`Chad\'s "support" for Egypt`)', () => {
    const got = codeText('en', 'Title\nChad\'s "support" for Egypt was debated.', ACTORS);
    assert.deepEqual(got.map((e) => `${brief(e)} ${e.rule.split('#')[0]}`), ['SUPPORT chad>egypt asserted en.support.support-noun']);
  });
  it('negative: a quoted word with nothing before it is still read as before', () =>
    assertLacks(en('"Stand by," Macron told Zelensky.'), /^SUPPORT macron>zelensky/u));
});

describe('events (en): the future of the speaker\'s own side, told before the cue, is planned', () => {
  const whole = (text: string): string[] => engineEvents(text, '2026-03-02').map(brief);
  it('a state body speaks for its state: `Washington would "stand with Kyiv", the State Department said` → planned', () =>
    assertHas(whole('Title\nThe State Department commented on the war on Monday. Washington would "stand with Ukraine", the State Department said.\n'), 'SUPPORT usa>ukraine planned'));
  it('a person of the state: `France would "stand with Ukraine", Macron said` → planned', () =>
    assertHas(whole('Title\nFrench President Emmanuel Macron spoke in Paris on Monday. France would "stand with Ukraine", Macron said.\n'), 'SUPPORT france>ukraine planned'));
  it('negative: another state\'s future stays hypothetical', () =>
    assertHas(whole('Title\nThe State Department commented on the war on Monday. Germany would "stand with Ukraine", the State Department said.\n'), 'SUPPORT germany>ukraine hypothetical'));
});

describe('events (de): a ceasefire noun is an act an evaluation can be about', () => {
  it('"begrüsste die Feuerpause" with no agreement reported → SUPPORT without target', () =>
    assertHas(de('Frankreich begrüsste die Feuerpause.'), 'SUPPORT france>- asserted'));
  it('after the agreement was reported, the welcome is for its parties', () => {
    const got = de('Ägypten und der Tschad vereinbarten am Montag eine Waffenruhe. Frankreich begrüßte die Waffenruhe.');
    assertHas(got, 'SUPPORT france>egypt asserted');
    assertHas(got, 'SUPPORT france>chad asserted');
  });
  it('negative: a ceasefire that holds is no act of anyone', () =>
    assert.deepEqual(de('Die Waffenruhe zwischen den Milizen hielt bis Montag.'), []));
  it('negative: the agreement verb with its noun stays one AGREE', () =>
    assert.deepEqual(de('Ägypten und der Tschad vereinbarten am Montag eine Feuerpause.'), ['AGREE egypt>chad asserted']));
});
