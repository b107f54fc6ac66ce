import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LagebildError } from '../../../src/errors.js';
import { pastForm } from '../../../src/stages/events/actors.js';
import { verbFormCues } from '../../../src/stages/events/lexicon.js';
import { eventLexicon } from './helpers.js';

describe('events lexicon: verb-form cues (participle, gerund and finite-verb morphology as data)', () => {
  it('German: the headline participle is compiled from its marker, prefix, stem and endings', () => {
    const re = eventLexicon('de').cues.verbForms.headlineParticiple;
    assert.ok(re);
    for (const w of ['festgenommen', 'angegriffen', 'getötet', 'ausgewiesen']) assert.ok(re.test(w), w);
    for (const w of ['gestern', 'gegen', 'festnehmen', 'Festgenommen', 'greift']) assert.ok(!re.test(w), w);
  });
  it('English has no headline participle marker; its reduced-passive endings come from the file', () => {
    const v = eventLexicon('en').cues.verbForms;
    assert.equal(v.headlineParticiple, null);
    assert.deepEqual([...v.agentParticipleEndings].sort(), ['ed', 'en', 'wn']);
    assert.ok(v.auxiliaryInterveners.has('been'));
    assert.deepEqual(v.gerundEndings, ['ing']);
  });
  it('every field is optional, and a bad headline pattern is a resource error, not a broken regular expression', () => {
    assert.deepEqual(verbFormCues({}, 'x').activeEndings, []);
    for (const bad of [{ marker: 'g(e', maxPrefix: 6, minStem: 3, endings: ['t'] }, { marker: 'ge', maxPrefix: 6, minStem: 3, endings: [] }, { marker: 'ge', maxPrefix: 1.5, minStem: 3, endings: ['t'] }]) {
      assert.throws(() => verbFormCues({ headlineParticiple: bad }, 'x'), (e: unknown) => e instanceof LagebildError && e.code === 'RESOURCE_INVALID');
    }
    assert.throws(() => verbFormCues({ activeEndings: 'ing' }, 'x'), LagebildError);
  });
  it('English: a past form after a coordinator is regular by the file\'s pastEndings or listed in pastVerbs', () => {
    const { cues } = eventLexicon('en');
    assert.deepEqual(cues.verbForms.pastEndings, ['ed']);
    for (const w of ['summoned', 'condemned', 'met']) assert.ok(pastForm(w, cues), w);
    // (negatives: the bare ending, a capitalised word, a hyphenated form, a present form)
    for (const w of ['ed', 'Ted', 'Summoned', 're-elected', 'summons']) assert.ok(!pastForm(w, cues), w);
    assert.deepEqual(verbFormCues({}, 'x').pastEndings, []);
  });
});
