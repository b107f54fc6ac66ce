import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withDescription = (doc: Doc, d: string) => doc.get('entities').find((e) => e.descriptions.includes(d));

describe('resolve: the forces of a person who holds no state office are an organisation of their own (s29)', () => {
  it('"Haftars Truppen", "Haftar\'s forces" are an unnamed organisation, not Libya and not Haftar', () => {
    const a = withTagger('de', 'Im Osten des Landes nutzte General Khalifa Haftar die Lage für scharfe Kritik. Haftars Truppen würden das libysche Volk nicht im Stich lassen.');
    const f = withDescription(a, 'Haftars Truppen');
    assert.equal(f?.type, 'ORG', dump(a));
    assert.ok(!f?.aliases.length, dump(a));
    const b = withTagger('en', "General Khalifa Haftar criticised the government on Monday. Haftar's forces said they would not abandon the Libyan people.");
    const g = withDescription(b, "Haftar's forces");
    assert.equal(g?.type, 'ORG', dump(b));
    assert.ok(!g?.aliases.length, dump(b));
  });

  it('negatives: a head of state\'s troops stay the state\'s; another person\'s force is not the first one', () => {
    const a = withTagger('en', "Russian President Vladimir Putin praised Putin's troops on Monday.");
    assert.equal(withDescription(a, "Putin's troops")?.id, 'russia', dump(a));
    const b = withTagger('de', 'General Khalifa Haftar kritisierte die Regierung. Haftars Truppen rückten vor. Kremlchef Wladimir Putin lobte Putins Truppen.');
    assert.ok(!withDescription(b, 'Haftars Truppen')?.descriptions.includes('Putins Truppen'), dump(b));
  });
});
