import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withAlias = (doc: Doc, a: string) => doc.get('entities').find((e) => e.aliases.includes(a));

describe('resolve (German): a name a title opens runs over "bin" and a capitalised "Al" (s29)', () => {
  it('"Außenminister Faisal bin Farhan Al Saud" is one person', () => {
    const a = withTagger('de', 'Außenminister Faisal bin Farhan Al Saud traf am Montag seinen Amtskollegen in Riad.');
    assert.equal(withAlias(a, 'Faisal bin Farhan Al Saud')?.type, 'PER', dump(a));
  });

  it('negatives: "Scheich" inside a name stays there ("Hassan Scheich Mohamud"); a lower-case "bin" is a verb', () => {
    const a = withTagger('de', 'Somalias Präsident Hassan Scheich Mohamud traf am Montag seinen Amtskollegen.');
    assert.ok(withAlias(a, 'Hassan Scheich Mohamud'), dump(a));
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
