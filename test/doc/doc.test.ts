import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, indexAt } from '../../src/doc/doc.js';

const meta = { id: 'd', title: null, published: null, language: 'de' as const, source: null, address: null };

test('layers are append-only, frozen, and record their stage', () => {
  const doc = new Doc('Hallo Welt.', meta);
  assert.equal(doc.has('sentences'), false);
  assert.deepEqual(doc.get('sentences'), []);
  const first = doc.add('sentences', [{ start: 0, end: 11, paragraph: 0, stage: 's', rule: 'r' }], 's');
  assert.equal(first, 0);
  const s = doc.get('sentences')[0]!;
  assert.ok(Object.isFrozen(s));
  assert.equal(doc.slice(s), 'Hallo Welt.');
  assert.equal(doc.add('sentences', [], 's2'), 1);
  assert.deepEqual(doc.additions().map((a) => `${a.stage}:${a.layer}:${a.count}`), ['s:sentences:1', 's2:sentences:0']);
});

test('spans outside the text are rejected', () => {
  const doc = new Doc('abc', meta);
  assert.throws(() => doc.add('tokens', [{ start: 2, end: 4, kind: 'word', sentence: 0, stage: 'x', rule: 'y' }], 'x'), RangeError);
  assert.throws(() => doc.add('tokens', [{ start: 2, end: 1, kind: 'word', sentence: 0, stage: 'x', rule: 'y' }], 'x'), RangeError);
});

test('lookups: sentenceAt, within, entityOfMention', () => {
  const doc = new Doc('Aa bb. Cc dd.', meta);
  doc.add('sentences', [
    { start: 0, end: 6, paragraph: 0, stage: 's', rule: 'r' },
    { start: 7, end: 13, paragraph: 0, stage: 's', rule: 'r' },
  ], 's');
  assert.equal(doc.sentenceAt(0), 0);
  assert.equal(doc.sentenceAt(6), -1);
  assert.equal(doc.sentenceAt(8), 1);
  assert.deepEqual(doc.within('sentences', { start: 3, end: 9 }), [0, 1]);
  assert.deepEqual(doc.within('sentences', { start: 6, end: 7 }), []);
  doc.add('mentions', [{ start: 0, end: 2, text: 'Aa', type: 'PER', kind: 'name', sentence: 0, confidence: 1, stage: 'm', rule: 'r' }], 'm');
  doc.add('entities', [{ id: 'aa', type: 'PER', name: 'Aa', aliases: ['Aa'], descriptions: [], wikidata: null, roles: [], mentions: [0], stage: 'e', rule: 'r' }], 'e');
  assert.equal(doc.entityOfMention(0), 'aa');
  assert.equal(doc.entityOfMention(1), undefined);
  assert.equal(doc.entity('aa')?.name, 'Aa');
});

test('indexAt finds the containing span by binary search', () => {
  const spans = [{ start: 0, end: 2 }, { start: 3, end: 5 }, { start: 5, end: 9 }];
  assert.equal(indexAt(spans, 1), 0);
  assert.equal(indexAt(spans, 2), -1);
  assert.equal(indexAt(spans, 5), 2);
  assert.equal(indexAt(spans, 9), -1);
});
