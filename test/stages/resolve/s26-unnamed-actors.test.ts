import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
/** The unnamed entity (no aliases) listing the description. */
const unnamedWith = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.aliases.length === 0 && e.descriptions.includes(desc));
/** Whether any entity lists the description. */
const listed = (doc: Doc, desc: string): boolean => doc.get('entities').some((e) => e.descriptions.includes(desc));

describe('resolve: unnamed individual actors (s26)', () => {
  it('an indefinite singular person noun is a person of its own; a later definite noun of its class refers to it', () => {
    const a = withTagger('en', 'A gunman opened fire at a market in Kano on Monday, police said. The attacker fled on a motorcycle. Witnesses said the man wore a uniform.');
    const g = unnamedWith(a, 'A gunman');
    assert.equal(g?.type, 'PER', dump(a));
    assert.ok(g?.descriptions.includes('The attacker'), dump(a));
    assert.ok(g?.descriptions.includes('the man'), dump(a));
    const b = withTagger('de', 'Ein Bewaffneter hat am Montag in Kano das Feuer eröffnet. Der Täter floh auf einem Motorrad. Zeugen zufolge trug der Mann eine Uniform.');
    const h = unnamedWith(b, 'Ein Bewaffneter');
    assert.equal(h?.type, 'PER', dump(b));
    assert.ok(h?.descriptions.includes('Der Täter'), dump(b));
    assert.ok(h?.descriptions.includes('der Mann'), dump(b));
  });

  it('a woman who speaks is a person of its own, apart from a man; the genders are kept apart', () => {
    const a = withTagger('en', 'A man was arrested near the border on Friday. A woman told reporters she had seen him. The woman said the police came late.');
    const w = unnamedWith(a, 'A woman');
    assert.ok(w?.descriptions.includes('The woman'), dump(a));
    assert.ok(!w?.descriptions.includes('A man'), dump(a));
    const b = withTagger('de', 'Eine Frau sagte der Zeitung, sie habe Schüsse gehört. Die Frau lebt seit Jahren in dem Dorf.');
    assert.ok(unnamedWith(b, 'Eine Frau')?.descriptions.includes('Die Frau'), dump(b));
  });

  it('lists a relative clause after the phrase with it (the gold writes "a man who tried to cross the border fence")', () => {
    const a = withTagger('en', 'A soldier was stabbed by a man who tried to cross the border fence near the village of Usnarz.');
    const m = unnamedWith(a, 'a man');
    assert.ok(m?.descriptions.includes('a man who tried to cross the border fence'), dump(a));
    assert.ok(m?.descriptions.includes('a man who tried to cross the border fence near the village of Usnarz'), dump(a));
    const b = withTagger('de', 'Eine Frau, die bei dem Anschlag ihren Sohn verloren hatte, sagte: "Wir sind allein."');
    assert.ok(unnamedWith(b, 'Eine Frau')?.descriptions.includes('Eine Frau, die bei dem Anschlag ihren Sohn verloren hatte'), dump(b));
  });

  it('negatives: a predicate noun, a plural, a noun as a modifier and a person the text names are no unnamed person', () => {
    // (a predicate nominal says what someone is)
    const a = withTagger('en', 'The suspect was a man in his thirties, police said.');
    assert.ok(!unnamedWith(a, 'a man'), dump(a));
    // ("die Täter" is a plural; "der Angreifer" after a noun is a genitive plural)
    const b = withTagger('de', 'Die Täter flohen. Die Polizei sucht nach den Spuren der Angreifer.');
    assert.ok(!listed(b, 'Die Täter'), dump(b));
    assert.ok(!listed(b, 'der Angreifer'), dump(b));
    // (a noun before another noun is its modifier)
    const c = withTagger('en', 'A woman journalist was detained in Minsk.');
    assert.ok(!unnamedWith(c, 'A woman'), dump(c));
    // (a definite noun right after a named person may be that person: no one of its own)
    const d = withTagger('en', 'Police arrested John Okafor on Tuesday. The man denied the charges.');
    assert.ok(!unnamedWith(d, 'The man'), dump(d));
  });
});

describe('resolve: unnamed groups acting as a bare subject (s26)', () => {
  it('takes the genitive tail of a bare group subject ("Relatives of inmates", "Angehörige der Opfer")', () => {
    const a = withTagger('en', 'Relatives of inmates gathered outside the prison in Guayaquil on Sunday.');
    assert.ok(unnamedWith(a, 'Relatives of inmates'), dump(a));
    const b = withTagger('en', 'Relatives of the missing men blocked a highway near Culiacán.');
    assert.ok(unnamedWith(b, 'Relatives of the missing men'), dump(b));
    const c = withTagger('de', 'Angehörige der Opfer blockierten am Montag die Hauptstraße.');
    assert.ok(unnamedWith(c, 'Angehörige der Opfer'), dump(c));
    // (the tail stops before the verb)
    assert.ok(!listed(b, 'Relatives of the missing men blocked'), dump(b));
  });

  it('settlers, residents and activists acting, also after an opening modifier ("Unknown attackers", "Unbekannte")', () => {
    const a = withTagger('en', 'Settlers attacked Palestinian farmers near Nablus on Thursday.');
    assert.ok(unnamedWith(a, 'Settlers'), dump(a));
    const b = withTagger('en', 'Unknown attackers set fire to a church in the village.');
    assert.ok(unnamedWith(b, 'Unknown attackers'), dump(b));
    const c = withTagger('de', 'Unbekannte zündeten in der Nacht eine Kirche an.');
    assert.ok(unnamedWith(c, 'Unbekannte'), dump(c));
    const d = withTagger('de', 'Siedler griffen am Donnerstag palästinensische Bauern bei Nablus an.');
    assert.ok(unnamedWith(d, 'Siedler'), dump(d));
  });

  it('negatives: a reporting subject and a group in a background clause are no group of their own', () => {
    const a = withTagger('en', 'Residents said the police arrived hours after the shooting.');
    assert.ok(!listed(a, 'Residents'), dump(a));
    const b = withTagger('de', 'Anwohner berichteten von Schüssen in der Nacht.');
    assert.ok(!listed(b, 'Anwohner'), dump(b));
    // (not a bare plural inside a sentence: "die Menschen" in a background sentence)
    const c = withTagger('de', 'Die Lage für die Menschen in der Region bleibt schwierig.');
    assert.ok(!unnamedWith(c, 'die Menschen'), dump(c));
  });

  it('a definite plural of acting people no group before answers is a group of its own', () => {
    const a = withTagger('en', 'The government raised fuel prices on Monday. The protesters marched to parliament in Kampala on Tuesday.');
    assert.equal(unnamedWith(a, 'The protesters')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Im Westjordanland ist die Lage angespannt. Die Siedler griffen am Donnerstag ein Dorf bei Nablus an.');
    assert.ok(unnamedWith(b, 'Die Siedler'), dump(b));
  });

  it('negatives: the fighters of a named group, a possessed plural, a reporting subject, a German genitive plural', () => {
    const a = withTagger('de', 'Die Rebellengruppe M23 hat die Stadt Goma eingenommen. Seit Donnerstag seien die Kämpfer auf Butembo vorgerückt.');
    assert.ok(!unnamedWith(a, 'die Kämpfer'), dump(a));
    const b = withTagger('en', 'China seized a Vietnamese boat. The fishermen\'s families protested in Hanoi.');
    assert.ok(!unnamedWith(b, 'The fishermen\'s families'), dump(b));
    const c = withTagger('en', 'A fire destroyed the market. The residents said help came late.');
    assert.ok(!unnamedWith(c, 'The residents'), dump(c));
    const d = withTagger('de', 'Die Polizei sucht nach den Spuren der Siedler.');
    assert.ok(!unnamedWith(d, 'der Siedler'), dump(d));
  });
});
