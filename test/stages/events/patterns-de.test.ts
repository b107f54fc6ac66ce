import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

/** Held-out failure patterns (issue: overfit events stage), German; sentences written for these tests. */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russland', 'Moskau', ['russische', 'adjective'], ['russischen', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kiew', ['ukrainische', 'adjective'], ['ukrainischen', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Peking', ['chinesische', 'adjective'], ['chinesischen', 'adjective']] },
  { id: 'vietnam', type: 'GPE', forms: ['Vietnam', 'Hanoi', ['vietnamesisches', 'adjective'], ['vietnamesische', 'adjective']] },
  { id: 'india', type: 'GPE', forms: ['Indien', 'Neu-Delhi'] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad'] },
  { id: 'armenia', type: 'GPE', forms: ['Armenien', 'Armeniens', 'Eriwan'] },
  { id: 'azerbaijan', type: 'GPE', forms: ['Aserbaidschan', 'Baku'] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Teheran', ['iranische', 'adjective'], ['iranischen', 'adjective']] },
  { id: 'germany', type: 'GPE', forms: ['Deutschland', 'Berlin'] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['israelische', 'adjective'], ['israelischen', 'adjective']] },
  { id: 'usa', type: 'GPE', forms: ['USA', 'Washington', 'Washingtons'] },
  { id: 'sudan', type: 'GPE', forms: ['Sudan', 'Khartum'] },
  { id: 'rsf', type: 'ORG', forms: ['RSF'] },
  { id: 'unsc', type: 'ORG', forms: ['UN-Sicherheitsrat', 'Sicherheitsrat'] },
  { id: 'eu', type: 'ORG', forms: ['EU'] },
  { id: 'hamas', type: 'ORG', forms: ['Hamas'] },
  { id: 'annalena-baerbock', type: 'PER', forms: ['Annalena Baerbock', 'Baerbock'] },
  { id: 'antonio-guterres', type: 'PER', forms: ['António Guterres', 'Guterres'] },
];

const code = sentenceCoder('de', ACTORS);

describe('events (de) patterns: targets named in the clause', () => {
  it('forderte X auf, …: the addressee', () => assert.deepEqual(code('Baerbock forderte Teheran auf, die inhaftierten Journalisten freizulassen.'), ['REQUEST annalena-baerbock>iran asserted']));
  it('rief beide Seiten auf → the two parties named together before', () => assert.deepEqual(
    code('Indien und Pakistan beschossen sich in der Nacht. Guterres rief beide Seiten zur Zurückhaltung auf.').filter((e) => e.startsWith('REQUEST')),
    ['REQUEST antonio-guterres>india asserted', 'REQUEST antonio-guterres>pakistan asserted']));
  it('warfen sich gegenseitig … vor: one ACCUSE each way', () => assert.deepEqual(code('Armenien und Aserbaidschan warfen sich gegenseitig den Bruch der Waffenruhe vor.'), ['ACCUSE armenia>azerbaijan asserted', 'ACCUSE azerbaijan>armenia asserted']));
  it('beschuldigten einander: reciprocal marker', () => assert.deepEqual(code('Indien und Pakistan beschuldigten einander der Provokation.'), ['ACCUSE india>pakistan asserted', 'ACCUSE pakistan>india asserted']));
  it('wies die Vorwürfe Washingtons zurück: target from the genitive', () => assert.deepEqual(code('Peking wies die Vorwürfe Washingtons entschieden zurück.'), ['REJECT china>usa asserted']));
  it('verurteilte den russischen Angriff: target from the adjective', () => assert.deepEqual(code('Die EU verurteilte den russischen Angriff auf Kiew.'), ['ACCUSE eu>russia asserted']));
  it('forderte, dass X und Y …: one REQUEST per coordinated target', () => assert.deepEqual(
    code('Der UN-Sicherheitsrat forderte am Dienstag, dass Sudan und die RSF Hilfskonvois passieren lassen.'),
    ['REQUEST unsc>sudan asserted', 'REQUEST unsc>rsf asserted']));
  it('the act in a zu-infinitive complement is content, not an event', () => assert.deepEqual(code('Baerbock forderte Israel auf, die Angriffe auf Iran zu beenden.'), ['REQUEST annalena-baerbock>israel asserted']));
});

describe('events (de) patterns: prisoner exchanges and releases', () => {
  it('tauschten Gefangene aus: one RETREAT each way', () => assert.deepEqual(code('Russland und die Ukraine tauschten am Samstag Kriegsgefangene aus.'), ['RETREAT russia>ukraine asserted', 'RETREAT ukraine>russia asserted']));
  it('beide Länder: pair anaphor', () => assert.deepEqual(
    code('Armenien und Aserbaidschan unterzeichneten ein Abkommen. Die beiden Länder tauschten zudem Gefangene aus.').filter((e) => e.startsWith('RETREAT')),
    ['RETREAT armenia>azerbaijan asserted', 'RETREAT azerbaijan>armenia asserted']));
  it('vereinbarter Gefangenenaustausch: planned', () => assert.deepEqual(code('Russland und die Ukraine vereinbarten einen Gefangenenaustausch.').filter((e) => e.startsWith('RETREAT')), ['RETREAT russia>ukraine planned', 'RETREAT ukraine>russia planned']));
  it('ließ Geiseln frei: RETREAT to their state', () => assert.deepEqual(code('Die Hamas ließ drei israelische Geiseln frei.'), ['RETREAT hamas>israel asserted']));
  it('negative: nicht freigelassen stays negated', () => assert.deepEqual(code('Russland hat die ukrainischen Gefangenen nicht freigelassen.'), ['RETREAT russia>ukraine negated']));
});

describe('events (de) patterns: statements', () => {
  it('bezeichnete … als unbegründet → ACCUSE', () => assert.deepEqual(code('Peking bezeichnete die Entscheidung Washingtons als unbegründet.'), ['ACCUSE china>usa asserted']));
  it('nannte … völkerrechtswidrig → ACCUSE', () => assert.deepEqual(code('Teheran nannte die israelischen Angriffe völkerrechtswidrig.'), ['ACCUSE iran>israel asserted']));
  it('werden nicht verhandeln → REJECT, not a negated CONSULT', () => assert.deepEqual(code('Der Iran werde unter Drohungen nicht verhandeln.'), ['REJECT iran>- asserted']));
  it('lässt sich nicht erpressen → REJECT', () => assert.deepEqual(code('Die Ukraine wird sich von Moskau nicht erpressen lassen.'), ['REJECT ukraine>- asserted']));
  it('zutiefst besorgt is not negated by "ohne" after it', () => assert.deepEqual(code('Guterres zeigte sich zutiefst besorgt über russische Angriffe ohne Vorwarnung.'), ['ACCUSE antonio-guterres>russia asserted']));
  it('rief auf, … nicht …: the negation belongs to the complement', () => assert.deepEqual(code('Guterres rief Russland auf, die Offensive nicht auszuweiten.'), ['REQUEST antonio-guterres>russia asserted']));
  it('negative: a negated V2 verb stays negated', () => assert.deepEqual(code('Baerbock traf Guterres am Montag nicht.'), ['CONSULT annalena-baerbock>antonio-guterres negated']));
});

describe('events (de) patterns: actors from descriptions and pronouns', () => {
  it('nationality adjective of an unnamed organ is its state', () => {
    const actors: ActorSpec[] = [...ACTORS, { id: 'china-coast-guard', type: 'ORG', forms: [['Küstenwache', 'description']] }];
    assert.deepEqual(codeText('de', 'Titel\nDie chinesische Küstenwache beschlagnahmte ein vietnamesisches Fischerboot.', actors).map(brief), ['COERCE china>vietnam asserted']);
  });
  it('Sie rief … auf → the person named before', () => assert.deepEqual(
    code('Baerbock reiste nach Kiew. Sie rief Russland auf, den Beschuss zu beenden.').filter((e) => e.startsWith('REQUEST')),
    ['REQUEST annalena-baerbock>russia asserted']));
  it('Er versprach … → the person named before', () => assert.deepEqual(
    code('Guterres traf in Khartum ein. Er versprach dem Sudan Hilfe.').filter((e) => e.startsWith('AID')),
    ['AID antonio-guterres>sudan planned']));
});

describe('events (de) patterns: general mechanisms', () => {
  it('Kritik an einer zuvor gemeldeten Tat gilt deren Urheber', () => assert.deepEqual(
    code('Russland griff in der Nacht Kiew an. Die EU verurteilte den Angriff.').filter((e) => e.startsWith('ACCUSE')),
    ['ACCUSE eu>russia asserted']));
  it('Demonstranten als Ziel einer Festnahme sind kein Protest', () => assert.deepEqual(code('Die iranische Polizei nahm Dutzende Demonstranten fest.').map((e) => e.split(' ')[0]), ['COERCE']));
  it('negative: Demonstranten protestieren', () => assert.deepEqual(code('Tausende Demonstranten protestierten in Berlin gegen Israel.').map((e) => e.split(' ')[0]), ['PROTEST']));
});

describe('events (de) patterns: plural pronouns', () => {
  it('"Sie" mit Verb im Plural nach zwei gemeinsam genannten Parteien: beide', () => assert.deepEqual(
    code('Armenien und Aserbaidschan verhandelten in Abu Dhabi. Sie tauschten Gefangene aus.').filter((e) => e.startsWith('RETREAT')),
    ['RETREAT armenia>azerbaijan asserted', 'RETREAT azerbaijan>armenia asserted']));
  it('negative: "Sie" mit Verb im Singular bleibt die zuvor genannte Person', () => assert.deepEqual(
    code('Armenien und Aserbaidschan verhandelten in Abu Dhabi. Baerbock reiste nach Baku. Sie forderte Aserbaidschan auf, die Gefangenen freizulassen.').filter((e) => e.startsWith('REQUEST')),
    ['REQUEST annalena-baerbock>azerbaijan asserted']));
});

describe('events (de) patterns: parts of a place', () => {
  it('beschossen Dörfer im Süden der Ukraine: the state is the target', () => assert.deepEqual(code('Russland beschoss Dörfer im Süden der Ukraine.'), ['ASSAULT russia>ukraine asserted']));
  it('im Grenzgebiet Armeniens: the genitive takes the preposition of the region noun', () => assert.deepEqual(code('Aserbaidschan bombardierte Stellungen im Grenzgebiet Armeniens.'), ['ASSAULT azerbaijan>armenia asserted']));
});

describe('events (de) patterns: zu-infinitives', () => {
  it('versprach, der Ukraine Waffen zu liefern: the promised act, planned; the name in the infinitive is its object', () => assert.deepEqual(code('Deutschland versprach, der Ukraine Waffen zu liefern.'), ['AID germany>ukraine planned']));
  it('versprach der Ukraine, Panzer zu schicken: the recipient stands in the clause before', () => assert.deepEqual(code('Deutschland versprach der Ukraine, Panzer zu schicken.'), ['AID germany>ukraine planned']));
  it('lehnte es ab, Waffen an Israel zu liefern: the delivery is the content of the refusal', () => assert.deepEqual(code('Deutschland lehnte es ab, Waffen an Israel zu liefern.').filter((e) => e.startsWith('AID')), []));
});

describe('events (de) patterns: deliveries with the object before a final verb', () => {
  it('wird der Ukraine Patriot-Systeme liefern: compound head, planned', () => assert.deepEqual(code('Deutschland wird der Ukraine zwei weitere Patriot-Systeme liefern.'), ['AID germany>ukraine planned']));
  it('will keine Taurus-Raketen an die Ukraine liefern: negated', () => assert.deepEqual(code('Deutschland will keine Taurus-Raketen an die Ukraine liefern.'), ['AID germany>ukraine negated']));
});
