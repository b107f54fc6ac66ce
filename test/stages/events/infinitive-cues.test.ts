import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LagebildError } from '../../../src/errors.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { infinitiveWord, infixedInfinitive, loadEventLexicon } from '../../../src/stages/events/lexicon.js';
import { sentenceCoder, eventLexicon, type ActorSpec } from './helpers.js';

/**
 * The infinitive particle is data (`infinitiveMarkers`, `infinitiveInfixes` in event-cues.json), not a word in code:
 * German "zu" before the verb and inside it ("anzugreifen"); English has none ("to" is a complement marker).
 */
describe('events: infinitive cues', () => {
  const de = eventLexicon('de').cues.infinitive;
  const en = eventLexicon('en').cues.infinitive;
  it('German reads the particle and infixed infinitives', () => {
    assert.ok(infinitiveWord(de, 'zu'));
    for (const w of ['anzugreifen', 'abzuziehen', 'einzustellen']) assert.ok(infixedInfinitive(de, w), w);
    for (const w of ['zugreifen', 'angreifen', 'zusagen', 'bezug', 'zuvor']) assert.ok(!infixedInfinitive(de, w), w);
  });
  it('English has no infinitive particle of this kind', () => {
    assert.ok(!infinitiveWord(en, 'to'));
    assert.ok(!infinitiveWord(en, 'zu'));
  });
  it('an infix that is not lower-case letters is a resource error', () => {
    const root = mkdtempSync(join(tmpdir(), 'lb-cues-'));
    try {
      cpSync(join(new ResourceLoader('de').root, 'de'), join(root, 'de'), { recursive: true });
      cpSync(join(new ResourceLoader('de').root, 'common'), join(root, 'common'), { recursive: true });
      const file = join(root, 'de', 'event-cues.json');
      const cues = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      cues.infinitiveInfixes = [{ infix: 'z(u', ending: 'en' }];
      writeFileSync(file, JSON.stringify(cues));
      assert.throws(() => loadEventLexicon(new ResourceLoader('de', root)), (e: unknown) => e instanceof LagebildError && /infinitiveInfixes\[0\]/u.test(e.message));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  const ACTORS: readonly ActorSpec[] = [
    { id: 'russia', type: 'GPE', forms: ['Russland', 'Moskau'] },
    { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kiew'] },
    { id: 'poland', type: 'GPE', forms: ['Polen', 'Warschau'] },
  ];
  const code = sentenceCoder('de', ACTORS);
  it('a threat with a zu-infinitive or an infixed one is one threat (the content is no act of its own)', () => {
    assert.deepEqual(code('Russland drohte, Polen anzugreifen.'), ['THREATEN russia>poland asserted']);
    assert.deepEqual(code('Russland drohte, die Ukraine zu bombardieren.'), ['THREATEN russia>ukraine asserted']);
  });
});
