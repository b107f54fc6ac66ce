import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedKnowledgeBase } from '../../src/kb/index.js';
import { ResourceLoader } from '../../src/resources/loader.js';

describe('the knowledge base shared by the stages of one pipeline', () => {
  it('is built once per loader, language and data folder', () => {
    const res = new ResourceLoader('de');
    const a = sharedKnowledgeBase(res, 'de');
    assert.equal(sharedKnowledgeBase(res, 'de'), a);
    assert.notEqual(sharedKnowledgeBase(res, 'de', '/nonexistent-data-dir'), a, 'another data folder has other user aliases');
    assert.notEqual(sharedKnowledgeBase(new ResourceLoader('de'), 'de'), a, 'no process-wide cache: a new loader builds its own');
  });

  it('a loader builds a derived value once per key', () => {
    const res = new ResourceLoader('en');
    let builds = 0;
    const build = (): number => ++builds;
    assert.equal(res.derived('x', build), 1);
    assert.equal(res.derived('x', build), 1);
    assert.equal(res.derived('y', build), 2);
  });
});

describe('KnowledgeBase.governmentOf', () => {
  const de = sharedKnowledgeBase(new ResourceLoader('de'), 'de');
  const id = (form: string): string => {
    const hit = de.lookup(form)[0];
    assert.ok(hit, `no entity for ${form}`);
    return hit.entity.id;
  };

  it('a capital stands for its state, a seat that acts for a body for that body', () => {
    assert.equal(de.governmentOf(id('Moskau')), 'russia');
    assert.equal(de.governmentOf(id('Bischkek')), 'kyrgyzstan');
    assert.equal(de.governmentOf('brussels'), 'european-union');
  });

  it('a building that is a seat counts unless only cities are asked for', () => {
    assert.equal(de.governmentOf('kremlin'), 'russia');
    assert.equal(de.governmentOf('kremlin', true), null);
    assert.equal(de.governmentOf(id('Moskau'), true), 'russia');
  });

  it('negative: a state, an ordinary city and an unknown id are no seats', () => {
    assert.equal(de.governmentOf('russia'), null);
    assert.equal(de.governmentOf(id('Hamburg')), null);
    assert.equal(de.governmentOf('no-such-entity'), null);
  });
});
