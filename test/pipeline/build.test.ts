import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/pipeline/build.js';
import { stageCatalogue } from '../../src/pipeline/catalogue.js';
import { PIPELINES } from '../../src/pipeline/pipelines.js';
import type { StageFactory } from '../../src/pipeline/stage.js';
import { LagebildError } from '../../src/errors.js';
import { Doc } from '../../src/doc/doc.js';

const stage = (name: string, requires: StageFactory['requires'], adds: StageFactory['adds'], log: string[] = []): StageFactory => ({
  name, requires, adds, create: () => () => { log.push(name); },
});

test('the shipped pipelines build and every stage is declared', () => {
  for (const decl of Object.values(PIPELINES)) {
    const p = buildPipeline(decl, stageCatalogue());
    assert.deepEqual(p.stages.map((s) => s.name), decl.stages.map((s) => s.stage));
  }
  assert.deepEqual(PIPELINES.de.stages.map((s) => s.stage), PIPELINES.en.stages.map((s) => s.stage), 'same stages in every language');
});

test('a stage whose required layer no earlier stage adds is rejected', () => {
  const cat = { a: stage('a', ['tokens'], ['mentions']), seg: stage('seg', ['paragraphs'], ['sentences', 'tokens']) };
  assert.throws(() => buildPipeline({ lang: 'de', stages: [{ stage: 'a' }, { stage: 'seg' }] }, cat),
    (e: unknown) => e instanceof LagebildError && e.code === 'PIPELINE_INVALID' && /requires tokens/.test(e.message));
  assert.doesNotThrow(() => buildPipeline({ lang: 'de', stages: [{ stage: 'seg' }, { stage: 'a' }] }, cat));
});

test('unknown and duplicate stages are rejected', () => {
  const cat = { seg: stage('seg', ['paragraphs'], ['sentences']) };
  assert.throws(() => buildPipeline({ lang: 'en', stages: [{ stage: 'nope' }] }, cat), /unknown stage "nope"/);
  assert.throws(() => buildPipeline({ lang: 'en', stages: [{ stage: 'seg' }, { stage: 'seg' }] }, cat), /appears twice/);
});

test('stages run in declared order, get their options, and are timed', () => {
  const log: string[] = [];
  let seen: unknown;
  const cat = {
    one: stage('one', ['paragraphs'], ['sentences'], log),
    two: { ...stage('two', ['sentences'], ['tokens'], log), create: (ctx: { options: Readonly<Record<string, unknown>> }) => { seen = ctx.options; return () => { log.push('two'); }; } },
  };
  const p = buildPipeline({ lang: 'de', stages: [{ stage: 'one' }, { stage: 'two', options: { k: 1 } }] }, cat);
  const timings = new Map<string, number>();
  p.run(new Doc('x', { id: 'x', title: null, published: null, language: 'de', source: null, address: null }), timings);
  assert.deepEqual(log, ['one', 'two']);
  assert.deepEqual(seen, { k: 1 });
  assert.deepEqual([...timings.keys()], ['one', 'two']);
});
