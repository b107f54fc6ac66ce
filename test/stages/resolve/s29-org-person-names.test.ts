import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withAlias = (doc: Doc, a: string) => doc.get('entities').find((e) => e.aliases.includes(a));

describe('resolve (German): a Gulf ruler titled Scheich, with particles in the name (s29)', () => {
  it('"Scheich Tamim bin Hamad Al Thani" is one person, the title a description; "Der Scheich" refers back', () => {
    const a = withTagger('de', 'Scheich Tamim bin Hamad Al Thani empfing am Montag den Präsidenten in Doha. Der Scheich sagte, Katar werde vermitteln.');
    const p = withAlias(a, 'Tamim bin Hamad Al Thani');
    assert.equal(p?.type, 'PER', dump(a));
    assert.ok(p?.descriptions.includes('Scheich'), dump(a));
    assert.ok(p?.descriptions.includes('Der Scheich'), dump(a));
    assert.ok(!a.get('entities').some((e) => e.aliases.includes('Hamad Al Thani')), dump(a));
  });

  it('negatives: English "Sheikh" stays in the name (it is part of South Asian names: "Sheikh Hasina"); a lower-case "bin" is a verb', () => {
    const a = withTagger('en', 'Former prime minister Sheikh Hasina was sentenced in absentia on Monday.');
    assert.ok(a.get('entities').some((e) => e.type === 'PER' && e.aliases.some((x) => x.includes('Sheikh Hasina'))), dump(a));
    const b = withTagger('de', 'Außenminister Peter Müller sagte: „Ich bin Optimist.“');
    assert.ok(!b.get('entities').some((e) => e.aliases.some((x) => x.includes('bin'))), dump(b));
  });
});

describe('resolve (German): an organisation name with lower-case derived adjectives after "für" (s29)', () => {
  it('"Koalition für demokratischen Wandel", "Bewegung für nationale Einheit" are one name each', () => {
    const a = withTagger('de', 'Die Koalition für demokratischen Wandel rief am Montag zu Protesten auf. Die Bewegung für nationale Einheit lehnte das ab.');
    assert.equal(withAlias(a, 'Koalition für demokratischen Wandel')?.type, 'ORG', dump(a));
    assert.equal(withAlias(a, 'Bewegung für nationale Einheit')?.type, 'ORG', dump(a));
  });

  it('negatives: a plain adjective after "für" makes no name', () => {
    const a = withTagger('de', 'Die Kommission für weitere Gespräche tagte am Montag in Brüssel.');
    assert.ok(!a.get('entities').some((e) => e.aliases.some((x) => x.includes('weitere'))), dump(a));
  });
});
