import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResourceLoader } from '../../src/resources/loader.js';
import { loadGrammar } from '../../src/resources/grammar.js';
import { LagebildError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

test('grammar.json loads in both languages', () => {
  const de = loadGrammar(new ResourceLoader('de'));
  const en = loadGrammar(new ResourceLoader('en'));
  assert.equal(en.separablePrefixes.length, 0, 'English has no separable prefixes');
  // the union of the lists the quotes and time stages kept before (34 and 24 entries)
  for (const p of ['ab', 'auf', 'heraus', 'um', 'bekannt', 'teil', 'wieder']) assert.ok(de.separablePrefixes.includes(p), p);
  // longest first: "heraus" is tried before "her"
  assert.ok(de.separablePrefixes.indexOf('heraus') < de.separablePrefixes.indexOf('her'));
  assert.ok(de.separablePrefixes.every((p, i, a) => i === 0 || a[i - 1]!.length >= p.length));
});

test('person nouns carry their gender; feminine forms are derived', () => {
  const de = loadGrammar(new ResourceLoader('de'));
  assert.equal(de.personNouns.get('botschafter'), 'm');
  assert.equal(de.personNouns.get('botschafterin'), 'f');
  assert.equal(de.personNouns.get('kollegin'), 'f', 'a final -e is dropped before the suffix');
  assert.equal(de.personNouns.get('staatsanwältin'), 'f', 'an umlaut form is listed');
  assert.equal(de.personNouns.get('vorsitzende'), null, 'either gender');
  assert.equal(de.personNouns.get('ministerium'), undefined);
  assert.ok(de.femaleTitles.has('frau') && de.maleTitles.has('herr'));
  const en = loadGrammar(new ResourceLoader('en'));
  assert.equal(en.personNouns.get('spokeswoman'), 'f');
  assert.equal(en.personNouns.get('spokesman'), 'm');
  assert.equal(en.personNouns.get('ambassador'), null);
  assert.equal(en.personNouns.get('ambassadorin'), undefined, 'English derives no feminine');
  // the court a trial is held at, one list for the quotes and resolve stages
  assert.ok(de.trialPrepositions.has('vor') && de.trialPrepositions.has('beim') && !de.trialPrepositions.has('nach'));
  assert.ok(en.trialPrepositions.has('before') && !en.trialPrepositions.has('after'));
});

function bad(body: Record<string, unknown>): () => unknown {
  const root = tempDir('lb-grammar-');
  mkdirSync(join(root, 'de'));
  const base = { comment: 'x', separablePrefixes: { auf: 'aufstocken' }, personNouns: { masculine: ['minister'] }, feminineSuffix: 'in', femaleTitles: ['frau'], maleTitles: ['herr'], trialPrepositions: ['vor'], peopleGroups: { generic: ['menschen'], lay: ['anwohner'], adherents: ['anhänger'], affected: ['zivilisten'], occupational: ['ärzte'] } };
  writeFileSync(join(root, 'de', 'grammar.json'), JSON.stringify({ ...base, ...body }));
  return () => loadGrammar(new ResourceLoader('de', root));
}

const invalid = (field: RegExp) => (e: unknown): boolean => e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && field.test(e.message) && /grammar\.json/.test(e.subject ?? '');

test('a separable prefix must come with a verb it opens', () => {
  assert.doesNotThrow(bad({}));
  assert.throws(bad({ separablePrefixes: { ver: 'sagen' } }), invalid(/separablePrefixes\.ver/));
  assert.throws(bad({ separablePrefixes: { auf: 'auf' } }), invalid(/separablePrefixes\.auf/), 'the prefix alone is no verb');
  assert.throws(bad({ separablePrefixes: { auf: 'Aufstocken' } }), invalid(/separablePrefixes\.auf/), 'a lower-case infinitive');
  assert.throws(bad({ separablePrefixes: { Auf: 'Aufstocken' } }), invalid(/separablePrefixes\.Auf/));
  assert.throws(bad({ separablePrefixes: ['auf'] }), invalid(/separablePrefixes/), 'a bare list has no proof');
});

test('a person noun under two genders or a title of both is rejected', () => {
  assert.throws(bad({ personNouns: { masculine: ['minister'], common: ['minister'] } }), invalid(/"minister" is listed under two genders/));
  assert.throws(bad({ maleTitles: ['frau'] }), invalid(/also a female title/));
  assert.throws(bad({ comment: undefined }), invalid(/comment/));
  assert.throws(bad({ trialPrepositions: 'vor' }), invalid(/trialPrepositions/), 'a list, not a word');
  assert.throws(bad({ trialPrepositions: undefined }), invalid(/trialPrepositions/));
});

test('people-group nouns: one list by class, checked on load', () => {
  const de = loadGrammar(new ResourceLoader('de'));
  const en = loadGrammar(new ResourceLoader('en'));
  assert.ok(de.peopleGroups.generic.has('menschen') && de.peopleGroups.lay.has('angehörige') && de.peopleGroups.adherents.has('anhänger'));
  assert.ok(de.peopleGroups.affected.has('zivilisten') && de.peopleGroups.occupational.has('ärzte'));
  assert.ok(en.peopleGroups.generic.has('people') && en.peopleGroups.lay.has('relatives') && en.peopleGroups.adherents.has('supporters'));
  assert.ok(en.peopleGroups.affected.has('civilians') && en.peopleGroups.occupational.has('strikers'));
  assert.throws(bad({ peopleGroups: undefined }), invalid(/peopleGroups/), 'the classes are required');
  const groups = { generic: ['menschen'], lay: ['anwohner'], adherents: [], affected: [], occupational: [] };
  assert.throws(bad({ peopleGroups: { ...groups, occupational: ['anwohner'] } }), invalid(/"anwohner" is also listed under lay/));
  assert.throws(bad({ peopleGroups: { ...groups, lay: ['Anwohner'] } }), invalid(/"Anwohner" is not one lower-case word/));
  assert.throws(bad({ peopleGroups: { ...groups, crowds: ['menge'] } }), invalid(/unknown class/));
  assert.doesNotThrow(bad({ peopleGroups: { ...groups, lay: ['passers-by'] } }), 'a hyphenated word is one word');
});
