import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'philippines', type: 'GPE', forms: ['Philippines', 'Manila', ['Philippine', 'adjective']] },
  { id: 'vietnam', type: 'GPE', forms: ['Vietnam', 'Hanoi', ['Vietnamese', 'adjective']] },
  { id: 'sudan', type: 'GPE', forms: ['Sudan'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });

describe('events (en): the doer of a participle or to-infinitive is the subject of the clause it continues', () => {
  it('"… after Chinese vessels fired water cannon at a Philippine boat, injuring two crew members": not the protester', () => {
    const got = en('The Philippines lodged a protest on Sunday after Chinese vessels fired water cannon at a Philippine boat, injuring two crew members.');
    assertLacks(got, /^ASSAULT philippines/);
    assertHas(got, 'ASSAULT china>philippines asserted');
  });
  it('"after a Chinese coast guard vessel rammed a Vietnamese boat": the subject after the subordinator may begin with its article', () => {
    assertHas(en('Vietnam lodged a protest on Thursday after a Chinese coast guard vessel rammed a Vietnamese fishing boat.'), 'ASSAULT china>vietnam asserted');
  });
  it('"Manila said Chinese ships tried to ram the boat": the reported clause\'s subject, not the speaker', () => {
    const got = en('Manila said Chinese ships had blocked the vessel and tried to ram it.');
    assertLacks(got, /^ASSAULT philippines/);
    assertHas(got, 'ASSAULT china>- hypothetical');
  });
  it('negatives: an infinitive after a noun phrase is no act of the reported subject; a participle of the main clause keeps its subject', () => {
    assertLacks(en('Manila said Sudan had a long way to go in terms of human rights.'), /^CONSULT sudan/);
    assertHas(en('China attacked a Vietnamese boat, injuring four crew members.'), 'ASSAULT china>vietnam asserted');
  });
});

describe('events (en): "in what it called a …" names, it calls nobody', () => {
  it('a verb of naming with the predicate right after it is no contact', () => {
    assertLacks(en('Chinese state media showed warships taking part in what it called a simulated blockade of the Philippines.'), /^CONSULT/);
  });
  it('negative: "called Manila on Tuesday" is a call', () => {
    const got = en('Vietnam called Manila on Tuesday to discuss the incident.');
    assert.ok(got.some((e) => e.startsWith('CONSULT vietnam>')), got.join(', '));
  });
  it('negative: an actor described right after the verb is called, an article is no predicate ("called a Vietnamese envoy")', () => {
    assertHas(en('China called a Vietnamese envoy.'), 'CONSULT china>vietnam asserted');
    assertHas(en('China called a Vietnamese official, the ministry said.'), 'CONSULT china>vietnam asserted');
  });
});
