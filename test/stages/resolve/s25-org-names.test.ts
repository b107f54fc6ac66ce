import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own passages (session 25): English organisation names that run across "for the", "of the" and a collective noun's
// possessive, a state's name inside the name of its capitalised body, and "AM"/"PM" as no names

const aliases = (doc: ReturnType<typeof withTagger>): string[] => (doc.get('entities') ?? []).flatMap((e) => e.aliases);

describe('resolve (s25): an organisation name with its keyword runs on through "for the" / "of the"', () => {
  it('"the National Committee for the Protection of Journalists" is one organisation', () => {
    const doc = withTagger('en', 'The National Committee for the Protection of Journalists, a Lima-based group, accused soldiers of beating reporters on Monday.');
    const e = entityWith(doc, 'National Committee for the Protection of Journalists');
    assert.equal(e?.type, 'ORG', JSON.stringify(aliases(doc)));
    assert.ok(!aliases(doc).includes('National Committee'), JSON.stringify(aliases(doc)));
    assert.ok(e?.descriptions.includes('a Lima-based group'), JSON.stringify(e?.descriptions));
  });

  it('"the Office for the Coordination of Humanitarian Affairs" is one organisation', () => {
    const doc = withTagger('en', 'Aid convoys reached the town on Tuesday, the Office for the Coordination of Humanitarian Affairs said.');
    assert.equal(entityWith(doc, 'Office for the Coordination of Humanitarian Affairs')?.type, 'ORG', JSON.stringify(aliases(doc)));
  });

  it('negative: no keyword before the link keeps the names apart ("Smith of the Daily Mirror")', () => {
    const doc = withTagger('en', 'Reporter John Smith of the Daily Mirror said the minister had lied.');
    assert.ok(!aliases(doc).some((a) => a.includes('Smith of')), JSON.stringify(aliases(doc)));
  });

  it('negative: a lower-case word after "for the" ends the name ("the Commission for the first time")', () => {
    const doc = withTagger('en', 'The Electoral Commission for the first time published all results online on Monday.');
    assert.ok(!aliases(doc).some((a) => a.includes('first')), JSON.stringify(aliases(doc)));
  });
});

describe("resolve (s25): a collective noun's possessive inside an organisation's name", () => {
  it('"the People\'s Defence Force", "the Women\'s League" are one name each', () => {
    const doc = withTagger('en', "Fighters of the People's Defence Force attacked an army post, the Women's League said on Sunday.");
    assert.equal(entityWith(doc, "People's Defence Force")?.type, 'ORG', JSON.stringify(aliases(doc)));
    assert.ok(entityWith(doc, "Women's League"), JSON.stringify(aliases(doc)));
    assert.ok(!aliases(doc).includes('People'), JSON.stringify(aliases(doc)));
  });

  it("negative: a person's possessive stays the owner (\"Pashinyan's Civil Contract party\")", () => {
    const doc = withTagger('en', "Prime Minister Nikol Pashinyan's Civil Contract party won the vote, officials said.");
    assert.ok(!aliases(doc).some((a) => a.includes("Pashinyan's")), JSON.stringify(aliases(doc)));
  });

  it('negative: "the People\'s demands" names no organisation', () => {
    const doc = withTagger('en', "Protesters in Lima read out the People's Demands on Friday.");
    assert.ok(!aliases(doc).some((a) => a.startsWith("People's")), JSON.stringify(aliases(doc)));
  });
});

describe("resolve (s25): a state's name before its capitalised body is part of the body's name", () => {
  it('"the U.S. State Department", "the US Congress" are one name; the state keeps its other mentions', () => {
    const doc = withTagger('en', 'The U.S. State Department urged restraint on Monday. The US Congress will debate the aid package. U.S. envoy Jane Miller is due in Manila next week.');
    assert.equal(entityWith(doc, 'U.S. State Department')?.id, 'us-state-department', JSON.stringify(aliases(doc)));
    assert.ok(entityWith(doc, 'US Congress'), JSON.stringify(aliases(doc)));
    const us = entityWith(doc, 'U.S.');
    assert.equal(us?.id, 'usa');
    assert.ok(!us?.aliases.includes('US'), JSON.stringify(us?.aliases));
  });

  it('negative: a possessive owner stays apart ("Peru\'s Congress" is Peru\'s body, Peru named)', () => {
    const doc = withTagger('en', "Peru's Congress voted on Thursday to remove the president.");
    assert.ok(entityWith(doc, 'Peru'), JSON.stringify(aliases(doc)));
    assert.ok(!aliases(doc).includes("Peru's Congress"), JSON.stringify(aliases(doc)));
  });

  it('negative: an embassy, a facility, keeps its state apart ("blew up the United States Embassy")', () => {
    const doc = withTagger('en', 'In 1998 militants blew up the United States Embassy in Nairobi.');
    assert.ok(entityWith(doc, 'United States'), JSON.stringify(aliases(doc)));
  });

  it('German writes the state into a compound and is not read so ("das US-Außenministerium")', () => {
    const doc = withTagger('de', 'Das US-Außenministerium rief am Montag zur Zurückhaltung auf.');
    assert.equal(entityWith(doc, 'US-Außenministerium')?.id, 'us-state-department', JSON.stringify(aliases(doc)));
  });
});

describe('resolve (s25): "AM" and "PM" of a clock time are no names', () => {
  it('en', () => {
    const doc = withTagger('en', 'By JANE DOE | Published 11:20 AM EDT, May 3, 2026\n\nThe strike hit at 9 PM on Monday, the army said.');
    assert.ok(!aliases(doc).includes('AM') && !aliases(doc).includes('PM'), JSON.stringify(aliases(doc)));
  });

  it('negative: an organisation in capitals is still one ("the UN said")', () => {
    const doc = withTagger('en', 'The strike hit at 9 PM on Monday, the UN said.');
    assert.ok(entityWith(doc, 'UN'));
  });
});

describe('resolve (s25): the plural demonym of a curated English adjective names its state', () => {
  it('"Ecuadorians", "Saudis", "Djiboutians" are aliases of their states', () => {
    const doc = withTagger('en', 'Months after Ecuadorians rejected foreign bases in a referendum, Saudis and Djiboutians watched the vote closely.');
    assert.equal(entityWith(doc, 'Ecuadorians')?.id, 'ecuador', JSON.stringify(aliases(doc)));
    assert.equal(entityWith(doc, 'Saudis')?.id, 'saudi-arabia', JSON.stringify(aliases(doc)));
    assert.equal(entityWith(doc, 'Djiboutians')?.id, 'djibouti', JSON.stringify(aliases(doc)));
  });

  it('negative: German text does not read the English plural ("die Ecuadorianer" is German\'s own form)', () => {
    const doc = withTagger('de', 'Die Band Ecuadorians spielte am Montag in Berlin.');
    assert.notEqual(entityWith(doc, 'Ecuadorians')?.id, 'ecuador', JSON.stringify(aliases(doc)));
  });
});
