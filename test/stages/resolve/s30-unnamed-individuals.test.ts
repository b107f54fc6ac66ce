import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withDescription = (doc: Doc, d: string) => doc.get('entities').find((e) => e.descriptions.includes(d));

describe('resolve: a definite noun of one private person no one named answers is an unnamed person (s30)', () => {
  it('"The defendant", "The driver", "Der Angeklagte", "Der Fahrer" opening a report are persons of their own', () => {
    const a = withTagger('en', 'The defendant rejected the charges in court on Monday. The driver fled the scene after the crash, police said.');
    for (const d of ['The defendant', 'The driver']) {
      const p = withDescription(a, d);
      assert.equal(p?.type, 'PER', `${d}: ${dump(a)}`);
      assert.deepEqual(p?.aliases, [], dump(a));
    }
    const b = withTagger('de', 'Der Angeklagte wies die Vorwürfe am Montag vor Gericht zurück. Der Fahrer flüchtete nach dem Unfall, teilte die Polizei mit.');
    for (const d of ['Der Angeklagte', 'Der Fahrer']) assert.equal(withDescription(b, d)?.type, 'PER', `${d}: ${dump(b)}`);
  });

  it('as the object too, with what the person drives or steers in the tail ("the driver of the truck", "den Fahrer des Lastwagens")', () => {
    const a = withTagger('en', 'Officers stopped a convoy near the border. Police arrested the driver of the truck on Monday.');
    assert.equal(withDescription(a, 'the driver of the truck')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Beamte stoppten einen Konvoi an der Grenze. Die Polizei nahm den Fahrer des Lastwagens am Montag fest.');
    assert.equal(withDescription(b, 'den Fahrer des Lastwagens')?.type, 'PER', dump(b));
    const c = withTagger('en', 'The captain of the ship refused to leave the port on Sunday.');
    assert.equal(withDescription(c, 'The captain of the ship')?.type, 'PER', dump(c));
    const d = withTagger('de', 'Der Kapitän des Schiffes weigerte sich am Sonntag, den Hafen zu verlassen.');
    assert.equal(withDescription(d, 'Der Kapitän des Schiffes')?.type, 'PER', dump(d));
  });

  it('an indefinite reporter opening the sentence keeps the paper in the description ("A reporter for the newspaper X")', () => {
    const a = withTagger('en', 'A reporter for the newspaper Le Monde was expelled from Algeria on Thursday.');
    assert.equal(withDescription(a, 'A reporter for the newspaper Le Monde')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Ein Reporter der Zeitung Le Monde wurde am Donnerstag aus Algerien ausgewiesen.');
    assert.equal(withDescription(b, 'Ein Reporter der Zeitung Le Monde')?.type, 'PER', dump(b));
  });

  it('an occupation is not an office: "den Journalisten", "the driver" after a named office holder are someone else', () => {
    const a = withTagger('de', 'Innenminister Karl Brenner traf am Montag in Graz ein. Die Polizei nahm den Journalisten fest.');
    assert.ok(!a.get('entities').find((e) => e.aliases.includes('Karl Brenner'))?.descriptions.includes('den Journalisten'), dump(a));
    const b = withTagger('en', 'Mayor Hans Weber criticised the attack. Police arrested the driver.');
    const weber = b.get('entities').find((e) => e.aliases.includes('Hans Weber'));
    assert.ok(!weber?.descriptions.includes('the driver'), dump(b));
    assert.equal(withDescription(b, 'the driver')?.type, 'PER', dump(b));
    const c = withTagger('de', 'Bürgermeister Hans Weber kritisierte den Angriff. Die Polizei nahm den Fahrer fest.');
    assert.ok(!c.get('entities').find((e) => e.aliases.includes('Hans Weber'))?.descriptions.includes('den Fahrer'), dump(c));
    assert.equal(withDescription(c, 'den Fahrer')?.type, 'PER', dump(c));
  });

  it('negatives: an age noun still finds the office holder named before; a person named with no office keeps the noun', () => {
    const a = withTagger('de', 'Präsident Daniel Mabote reiste am Montag nach Kigali. Der 48-Jährige traf dort den Präsidenten Ruandas.');
    assert.ok(a.get('entities').find((e) => e.aliases.includes('Daniel Mabote'))?.descriptions.includes('Der 48-Jährige'), dump(a));
    const b = withTagger('en', 'Lewis Okafor crashed his car into a wall in Lagos on Sunday. The driver was taken to hospital.');
    assert.equal(withDescription(b, 'The driver')?.aliases.length ? 'named' : 'unnamed', 'named', dump(b));
  });

  it('negatives: a plural noun after "den" with a dative-plural ending makes no person ("mit den Journalisten")', () => {
    const a = withTagger('de', 'Der Minister sprach am Montag mit den Journalisten über den Angriff.');
    assert.equal(withDescription(a, 'den Journalisten'), undefined, dump(a));
  });
});

describe('resolve: "den" before a noun with no dative-plural ending is one person (s30)', () => {
  it('"nahm den Oberbürgermeister von Izmir fest" makes the mayor, as "The police detained the mayor of Izmir" does', () => {
    const a = withTagger('de', 'Die Polizei nahm den Oberbürgermeister von Izmir am Montag fest.');
    const p = withDescription(a, 'den Oberbürgermeister von Izmir');
    assert.equal(p?.type, 'PER', dump(a));
    assert.deepEqual(p?.aliases, [], dump(a));
    const b = withTagger('en', 'The police detained the mayor of Izmir on Monday.');
    assert.equal(withDescription(b, 'the mayor of Izmir')?.type, 'PER', dump(b));
  });

  it('negatives: "den Bürgermeistern" (a dative plural) is no one person', () => {
    const a = withTagger('de', 'Der Gouverneur dankte am Montag den Bürgermeistern der Region.');
    assert.equal(a.get('entities').filter((e) => e.descriptions.some((d) => d.startsWith('den Bürgermeister'))).length, 0, dump(a));
  });
});
