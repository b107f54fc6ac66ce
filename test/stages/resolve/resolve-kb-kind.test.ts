import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveOnly } from './helpers.js';

/** id → kbKind of every entity. */
const kinds = (doc: ReturnType<typeof resolveOnly>): Record<string, string | null | undefined> => Object.fromEntries(doc.get('entities').map((e) => [e.id, e.kbKind]));

describe('resolve: an entity carries its knowledge-base kind', () => {
  it('English: a state, its capital as a place, an organisation; an unknown name and an unnamed person have none', () => {
    const k = kinds(resolveOnly('en', 'Kenya and the African Union met in Addis Ababa on Monday. Local trader John Mbugua said a spokesman for the ministry left.'));
    assert.equal(k['kenya'], 'country');
    assert.equal(k['african-union'], 'org');
    assert.equal(k['addis-ababa'], 'city');
    assert.equal(k['john-mbugua'] ?? null, null);
    for (const [id, kind] of Object.entries(k)) if (!['kenya', 'african-union', 'addis-ababa', 'ethiopia'].includes(id)) assert.equal(kind ?? null, null, id);
  });

  it('German: a state named only by its capital gets the state\'s kind', () => {
    const k = kinds(resolveOnly('de', 'Die Regierung in Ankara kritisierte am Montag den Beschluss.'));
    assert.equal(k['turkey'], 'country');
  });
});
