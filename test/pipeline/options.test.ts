import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline } from '../../src/pipeline/build.js';
import { checkStageOptions, parseStageOptions, STAGE_OPTIONS } from '../../src/pipeline/options.js';
import type { StageContext, StageFactory } from '../../src/pipeline/stage.js';
import { LagebildError } from '../../src/errors.js';
import { stageCatalogue } from '../../src/pipeline/catalogue.js';
import { PIPELINES } from '../../src/pipeline/pipelines.js';

const isUsage = (re: RegExp) => (e: unknown): boolean => e instanceof LagebildError && e.code === 'USAGE' && re.test(e.message);

test('stage.option=value settings are parsed to the option kinds', () => {
  assert.deepEqual(parseStageOptions(['events.pronounActors=state', 'events.ploverFuture=true', 'ner.minConfidence=0.4', 'time.anchor=narrative']), {
    events: { pronounActors: 'state', ploverFuture: true },
    ner: { minConfidence: 0.4 },
    time: { anchor: 'narrative' },
  });
  assert.deepEqual(parseStageOptions(['events.ploverFuture=true', 'events.ploverFuture=false']), { events: { ploverFuture: false } }, 'the last setting wins');
  assert.deepEqual(parseStageOptions([]), {});
});

test('unknown stages and options, bad values and malformed settings are usage errors naming them', () => {
  assert.throws(() => parseStageOptions(['events.pronounActor=state']), isUsage(/has no option "pronounActor".*pronounActors/));
  assert.throws(() => parseStageOptions(['quotes.x=1']), isUsage(/no stage "quotes" takes options/));
  assert.throws(() => parseStageOptions(['events.pronounActors=nation']), isUsage(/must be one of person, state/));
  assert.throws(() => parseStageOptions(['events.ploverFuture=yes']), isUsage(/true or false/));
  assert.throws(() => parseStageOptions(['ner.minConfidence=2']), isUsage(/from 0 to 1/));
  assert.throws(() => parseStageOptions(['ner.minConfidence=']), isUsage(/stage\.option=value/));
  for (const bad of ['pronounActors=state', 'events.=x', '.a=b', 'events.pronounActors']) {
    assert.throws(() => parseStageOptions([bad]), isUsage(/stage\.option=value/), bad);
  }
});

test('every declared option is one the shipped pipelines have a stage for', () => {
  const stages = new Set(PIPELINES.de.stages.map((s) => s.stage));
  for (const stage of Object.keys(STAGE_OPTIONS)) assert.ok(stages.has(stage), stage);
  // the declared defaults of the shipped pipelines are valid options too
  for (const decl of Object.values(PIPELINES)) {
    for (const s of decl.stages) if (s.options) assert.doesNotThrow(() => checkStageOptions({ [s.stage]: s.options as Record<string, string> }));
  }
});

test('user options override the declaration and reach the stage; others keep theirs', () => {
  const seen = new Map<string, Readonly<Record<string, unknown>>>();
  const spy = (name: string, requires: StageFactory['requires'], adds: StageFactory['adds']): StageFactory => ({
    name, requires, adds, create: (ctx: StageContext) => { seen.set(name, ctx.options); return () => {}; },
  });
  const cat = { time: spy('time', ['paragraphs'], ['times']), events: spy('events', ['times'], ['events']) };
  const decl = { lang: 'en' as const, stages: [{ stage: 'time', options: { anchor: 'publication' } }, { stage: 'events', options: { requireActors: false } }] };
  buildPipeline(decl, cat, { stageOptions: { time: { anchor: 'narrative' } } });
  assert.deepEqual(seen.get('time'), { anchor: 'narrative' });
  assert.deepEqual(seen.get('events'), { requireActors: false });
  assert.throws(() => buildPipeline(decl, cat, { stageOptions: { ner: { minConfidence: 0.5 } } }), isUsage(/pipeline does not have/));
  // the shipped pipelines accept every declared option
  assert.doesNotThrow(() => buildPipeline(PIPELINES.de, stageCatalogue(), { stageOptions: parseStageOptions(['events.pronounActors=state', 'time.anchor=narrative']) }));
});

test('every option a stage reads from its context is declared (else the CLI rejects it as misspelt)', () => {
  // read from the stage sources, so a new `ctx.options.x` with no STAGE_OPTIONS entry fails here, not at a user's command line
  const root = join(import.meta.dirname, '..', '..', 'src', 'stages');
  for (const stage of readdirSync(root)) {
    const index = join(root, stage, 'index.ts');
    if (!existsSync(index)) continue;
    const read = new Set([...readFileSync(index, 'utf8').matchAll(/ctx\.options\.(\w+)/g)].map((m) => m[1]!));
    for (const name of read) assert.ok(STAGE_OPTIONS[stage]?.[name], `${stage}.${name} is read by src/stages/${stage}/index.ts but not declared in STAGE_OPTIONS`);
  }
});
