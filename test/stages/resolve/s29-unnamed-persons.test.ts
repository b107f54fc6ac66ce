import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withDescription = (doc: Doc, d: string) => doc.get('entities').find((e) => e.descriptions.includes(d));

describe('resolve: unnamed persons by their age (s29)', () => {
  it('"Ein 26-Jähriger … Der 26-Jährige", "A 26-year-old … The 26-year-old" are one person; an age noun as object is one too', () => {
    const a = withTagger('de', 'Ein 26-Jähriger hat am Freitagabend in Solingen mehrere Menschen mit einem Messer angegriffen. Der 26-Jährige wurde am Samstag festgenommen. Die Polizei nahm zudem einen 15-Jährigen fest.');
    const p = withDescription(a, 'Ein 26-Jähriger');
    assert.equal(p?.type, 'PER', dump(a));
    assert.ok(p?.descriptions.includes('Der 26-Jährige'), dump(a));
    assert.equal(withDescription(a, 'einen 15-Jährigen')?.type, 'PER', dump(a));
    const b = withTagger('en', 'A 26-year-old attacked several people with a knife in Solingen on Friday evening. The 26-year-old was arrested on Saturday. Police also detained a 15-year-old.');
    const q = withDescription(b, 'A 26-year-old');
    assert.ok(q?.descriptions.includes('The 26-year-old'), dump(b));
    assert.equal(withDescription(b, 'a 15-year-old')?.type, 'PER', dump(b));
  });

  it('negatives: another age is another person; an age before a noun is its adjective', () => {
    const a = withTagger('de', 'Eine 67-Jährige wurde am Freitag in Solingen schwer verletzt. Der 26-Jährige wurde am Samstag festgenommen.');
    assert.ok(!withDescription(a, 'Eine 67-Jährige')?.descriptions.includes('Der 26-Jährige'), dump(a));
    const b = withTagger('en', 'A 67-year-old woman was seriously injured in Solingen on Friday.');
    assert.equal(withDescription(b, 'A 67-year-old'), undefined, dump(b));
    assert.equal(withDescription(b, 'A 67-year-old woman')?.type, 'PER', dump(b));
  });
});

describe('resolve: unnamed persons by what they lead, whose relatives they are, or where they passed (s29)', () => {
  it('"The head of the agency", "Der Bürgermeister der Stadt" with no one named so are persons of their own', () => {
    const a = withTagger('en', 'Gunmen attacked a convoy near the border on Monday. The head of the agency warned of further attacks.');
    assert.equal(withDescription(a, 'The head of the agency')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Bewaffnete haben am Montag einen Konvoi an der Grenze angegriffen. Der Bürgermeister der Stadt verurteilte den Angriff.');
    assert.equal(withDescription(b, 'Der Bürgermeister der Stadt')?.type, 'PER', dump(b));
  });

  it('"Her husband", "Ihr Ehemann" after a named woman are someone else', () => {
    const a = withTagger('en', 'The activist Mary Wanjiku was arrested in Nairobi on Monday. Her husband accused the police of negligence.');
    const h = withDescription(a, 'Her husband');
    assert.equal(h?.type, 'PER', dump(a));
    assert.ok(!h?.aliases.length, dump(a));
    const b = withTagger('de', 'Die Aktivistin Mary Wanjiku wurde am Montag in Nairobi festgenommen. Ihr Ehemann warf der Polizei Nachlässigkeit vor.');
    const g = withDescription(b, 'Ihr Ehemann');
    assert.equal(g?.type, 'PER', dump(b));
    assert.ok(!g?.aliases.length, dump(b));
  });

  it('"A passer-by", "Ein Passant" are persons; "a Chinese national" is one', () => {
    const a = withTagger('en', 'A passer-by confronted the attacker in the street. A Chinese national was arrested in Manila.');
    assert.equal(withDescription(a, 'A passer-by')?.type, 'PER', dump(a));
    assert.equal(withDescription(a, 'A Chinese national')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Ein Passant stellte sich dem Angreifer in den Weg. Ein indischer Fischer wurde festgenommen.');
    assert.equal(withDescription(b, 'Ein Passant')?.type, 'PER', dump(b));
    assert.equal(withDescription(b, 'Ein indischer Fischer')?.type, 'PER', dump(b));
  });

  it('negatives: a bare definite head, a plural head and a named relative make no new person', () => {
    const a = withTagger('en', 'Agency head John Kamau visited the site on Monday. The head of the agency warned of further attacks.');
    assert.ok(!a.get('entities').some((e) => e.id.startsWith('unnamed') && e.descriptions.includes('The head of the agency')), dump(a));
    const b = withTagger('en', 'The director said on Monday the hospital was full.');
    assert.ok(!b.get('entities').some((e) => e.type === 'PER' && e.descriptions.includes('The director')), dump(b));
    const c = withTagger('de', 'Die Bürgermeister der Städte verurteilten den Angriff.');
    assert.ok(!c.get('entities').some((e) => e.type === 'PER' && e.descriptions.includes('Die Bürgermeister der Städte')), dump(c));
  });
});
