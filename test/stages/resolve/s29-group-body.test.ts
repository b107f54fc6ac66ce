import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupStems, namedAfterGroup } from '../../../src/stages/resolve/group-body.js';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withDescription = (doc: Doc, d: string) => doc.get('entities').find((e) => e.descriptions.includes(d));
const withAlias = (doc: Doc, a: string) => doc.get('entities').find((e) => e.aliases.includes(a));

describe('resolve: a definite group noun joins the one body named after those people (s29)', () => {
  it('"der Bauernverband … Die Bauern", "die Studierendenbewegung X … Die Studierenden" are that body', () => {
    const a = withTagger('de', 'Der Deutsche Bauernverband hat am Mittwoch zu neuen Protesten aufgerufen. Die Bauern fordern die Rücknahme der Kürzungen beim Agrardiesel.');
    assert.ok(withDescription(a, 'Die Bauern')?.aliases.some((x) => x.includes('Bauernverband')), dump(a));
    const b = withTagger('de', 'In Belgrad hat die Studierendenbewegung Studenti u blokadi erneut Tausende Menschen auf die Straße gebracht. Die Studierenden fordern seit Monaten Neuwahlen.');
    assert.ok(withDescription(b, 'Die Studierenden')?.aliases.includes('Studenti u blokadi'), dump(b));
  });

  it('"the Strike Committee … The strikers", "the Farmers’ Union … the farmers" are that body', () => {
    const a = withTagger('en', 'The Dockworkers Strike Committee called on Wednesday for a new walkout at the port. The strikers demand a pay rise of ten percent.');
    assert.ok(withDescription(a, 'The strikers')?.aliases.some((x) => x.includes('Strike Committee')), dump(a));
    const b = withTagger('en', "The National Farmers' Union urged the government on Monday to scrap the tax. The farmers blocked roads near the capital.");
    assert.ok(withDescription(b, 'The farmers')?.aliases.some((x) => x.includes('Farmers')), dump(b));
  });

  it('negatives: a party named after the people, two such bodies, or a body named only later leave the group its own', () => {
    const party = withTagger('en', "The Workers' Party won the vote on Sunday. The workers marched through the capital on Monday.");
    assert.ok(!withDescription(party, 'The workers')?.aliases.some((x) => x.includes('Party')), dump(party));
    const two = withTagger('de', 'Der Deutsche Bauernverband und der Bayerische Bauernbund riefen zu Protesten auf. Die Bauern fordern die Rücknahme der Kürzungen.');
    const g = withDescription(two, 'Die Bauern');
    assert.ok(!g?.aliases.some((x) => x.includes('Bauern')), dump(two));
    const later = withTagger('en', 'The strikers blocked the port on Monday. The Dockworkers Strike Committee said talks would resume.');
    assert.ok(!withAlias(later, 'Dockworkers Strike Committee')?.descriptions.includes('The strikers'), dump(later));
  });
});

describe('resolve: the words a body is named after its people by (s29)', () => {
  const en = { personPluralEndings: ['s'], agentEndings: ['er', 'r'] };
  it('English stems cut the plural and the agent ending; short stems are left out', () => {
    assert.deepEqual([...groupStems('strikers', en)].sort(), ['strike', 'striker', 'strikers', 'strik'].sort());
    assert.ok(groupStems('protesters', en).has('protest'));
    assert.ok(!groupStems('users', en).has('use'));
  });
  it('a stem before a gathering noun, or a German compound the plural opens and a gathering noun closes', () => {
    const heads = new Set(['committee', 'union', 'verband', 'bewegung']);
    assert.ok(namedAfterGroup(['dockworkers', 'strike', 'committee'], groupStems('strikers', en), 'strikers', heads, false));
    assert.ok(!namedAfterGroup(['strike', 'force'], groupStems('strikers', en), 'strikers', heads, false));
    assert.ok(namedAfterGroup(['deutscher', 'bauernverbands'], new Set(['bauern']), 'bauern', heads, true));
    assert.ok(!namedAfterGroup(['bauernpartei'], new Set(['bauern']), 'bauern', heads, true));
    assert.ok(!namedAfterGroup(['bauernverbandstag'], new Set(['bauern']), 'bauern', heads, true));
  });
});
