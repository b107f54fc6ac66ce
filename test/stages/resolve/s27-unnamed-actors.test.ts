import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
/** The unnamed entity (no aliases) listing the description. */
const unnamedWith = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.aliases.length === 0 && e.descriptions.includes(desc));

describe('resolve: unnamed persons who act or speak (s27)', () => {
  it('an indefinite person noun opening its sentence is a person of its own, also a generic one', () => {
    const a = withTagger('en', 'An opposition lawmaker accused the government of fraud on Monday. A diplomat said the talks had failed.');
    assert.equal(unnamedWith(a, 'An opposition lawmaker')?.type, 'PER', dump(a));
    assert.equal(unnamedWith(a, 'A diplomat')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Ein Oppositionsabgeordneter warf der Regierung am Montag Betrug vor. Ein Diplomat sagte, die Gespräche seien gescheitert.');
    assert.equal(unnamedWith(b, 'Ein Oppositionsabgeordneter')?.type, 'PER', dump(b));
    assert.equal(unnamedWith(b, 'Ein Diplomat')?.type, 'PER', dump(b));
  });

  it('after the verb of saying that inverts it', () => {
    const a = withTagger('de', 'Die Gespräche seien gescheitert, sagte ein Diplomat am Montag in Genf.');
    assert.equal(unnamedWith(a, 'ein Diplomat')?.type, 'PER', dump(a));
  });

  it('negatives: an apposition naming the person, a predicate noun and an object are no person of their own', () => {
    const a = withTagger('en', 'An analyst at the University of Liberia, Ibrahim Nyei, said the opposition was weak.');
    assert.ok(!unnamedWith(a, 'An analyst'), dump(a));
    const b = withTagger('en', 'The new speaker is a lawmaker from the north, officials said.');
    assert.ok(!unnamedWith(b, 'a lawmaker'), dump(b));
    const c = withTagger('de', 'Die Polizei nahm am Montag einen Politiker fest.');
    assert.ok(!unnamedWith(c, 'einen Politiker'), dump(c));
  });
});

describe('resolve: unnamed persons inside quotations (s27)', () => {
  it('negatives: an indefinite person noun opening a quotation or a clause after a colon is no actor of the report', () => {
    const a = withTagger('en', 'The minister said: "A lawmaker who lies must resign." The opposition rejected the remark.');
    assert.ok(!unnamedWith(a, 'A lawmaker'), dump(a));
    const b = withTagger('de', 'Der Minister sagte: „Ein Politiker, der lügt, muss zurücktreten.“');
    assert.ok(!unnamedWith(b, 'Ein Politiker'), dump(b));
  });
});

describe('resolve: unnamed individuals in compounds, relative clauses and vox pops (s27)', () => {
  it('a German compound of a class noun is one of that class ("Ein Selbstmordattentäter … der Attentäter")', () => {
    const a = withTagger('de', 'Ein Selbstmordattentäter hat sich am Freitag vor einer Moschee in die Luft gesprengt. Der Attentäter stammte aus dem Ort.');
    const b = unnamedWith(a, 'Ein Selbstmordattentäter');
    assert.equal(b?.type, 'PER', dump(a));
    assert.ok(b?.descriptions.includes('Der Attentäter'), dump(a));
  });

  it('negatives: a compound the lexicon reads as an office keeps its reading ("Ein Mitarbeiter der Botschaft")', () => {
    const a = withTagger('de', 'Ein Mitarbeiter der russischen Botschaft wurde am Montag ausgewiesen.');
    assert.ok(!a.get('entities').some((e) => e.id.startsWith('unnamed-mitarbeiter')), dump(a));
  });

  it('an English relative clause with no commas ends before the verb of saying', () => {
    const a = withTagger('en', 'A young man who witnessed the blast said he saw smoke everywhere.');
    const m = unnamedWith(a, 'A young man');
    assert.ok(m?.descriptions.includes('A young man who witnessed the blast'), dump(a));
    assert.ok(!m?.descriptions.some((d) => d.includes('said')), dump(a));
  });

  it('a shopkeeper, a driver or a passenger who speaks is an unnamed person', () => {
    const a = withTagger('en', 'A shopkeeper said the police arrived late. A driver told reporters the road was blocked.');
    assert.equal(unnamedWith(a, 'A shopkeeper')?.type, 'PER', dump(a));
    assert.equal(unnamedWith(a, 'A driver')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Ein Ladenbesitzer sagte, die Polizei sei zu spät gekommen. Ein Lkw-Fahrer berichtete, die Straße sei gesperrt.');
    assert.equal(unnamedWith(b, 'Ein Ladenbesitzer')?.type, 'PER', dump(b));
  });

  it('negatives: a surname that is also a noun is no description ("Fischer")', () => {
    const a = withTagger('de', 'Der frühere Außenminister Joschka Fischer sagte, Europa müsse handeln. Fischer warnte vor Russland.');
    const f = a.get('entities').find((e) => e.aliases.includes('Joschka Fischer'));
    assert.ok(f?.aliases.includes('Fischer'), dump(a));
  });
});
