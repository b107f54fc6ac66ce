import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

const descs = (doc: ReturnType<typeof withTagger>, form: string): readonly string[] => entityWith(doc, form)?.descriptions ?? [];

describe('resolve: descriptions and types on unfamiliar wire copy', () => {
  it('reads a superlative in -ßten/-sten as an adjective of the title, not a past-tense verb', () => {
    const doc = withTagger('de', 'Der Vorsitzende der größten kenianischen Oppositionspartei ODM, Oburu Oginga, rief zu Protesten auf.');
    assert.ok(descs(doc, 'ODM').includes('der größten kenianischen Oppositionspartei'), descs(doc, 'ODM').join('|'));
    const b = withTagger('de', 'Die Regierung der stärksten Volkswirtschaft Ostafrikas, Kenia, verschob die Wahl.');
    assert.ok(!entityWith(b, 'stärksten'));
    // (a past tense in -ten after a noun is still a verb: "Die Milizen töteten …")
    const neg = withTagger('de', 'Die Milizen töteten am Montag mindestens zwölf Menschen in Borno.');
    assert.ok(!neg.get('entities').some((e) => e.descriptions.some((d) => d.includes('töteten'))));
  });

  it('takes no common noun after a German person noun for a surname ("wirft dem 58-Jährigen Korruption vor")', () => {
    const doc = withTagger('de', 'Die Staatsanwaltschaft in Lahore wirft dem 71-Jährigen Bestechung vor. Der Richter wirft dem Politiker Korruption vor.');
    assert.equal(entityWith(doc, 'Bestechung'), undefined);
    assert.equal(entityWith(doc, 'Korruption'), undefined);
    // a surname after a person noun stays a name
    const pos = withTagger('de', 'Kremlberater Uschakow sagte, das Treffen finde statt. Regierungssprecher Mahlangu widersprach.');
    assert.equal(entityWith(pos, 'Mahlangu')?.type, 'PER');
  });

  it('reads an unknown acronym before an organisation keyword as one organisation name ("die DEM-Partei")', () => {
    const doc = withTagger('de', 'Die CHP kritisierte die Regierung. Auch die prokurdische DEM-Partei forderte Neuwahlen. Die Partei kündigte Proteste an.');
    const dem = entityWith(doc, 'DEM-Partei');
    assert.equal(dem?.type, 'ORG');
    assert.equal(entityWith(doc, 'DEM'), undefined, 'the acronym alone is no entity of its own');
    assert.ok(dem?.descriptions.includes('Die Partei'), 'the party named last is meant');
    assert.ok(!descs(doc, 'CHP').includes('Die Partei'));
    // (a known state before the keyword stays a state's organ: "US-Armee"; a person noun is no organisation)
    const neg = withTagger('de', 'Die US-Armee verlegte Truppen. Der BNP-Abgeordnete Rahman protestierte.');
    assert.notEqual(entityWith(neg, 'US-Armee')?.rule, 'org-name', 'the US army is a state institution');
    assert.equal(entityWith(neg, 'BNP-Abgeordnete'), undefined);
  });

  it('gives a generic organisation noun to the organisation last named with it, in text order', () => {
    const en = withTagger('en', 'The Awami League boycotted the vote. The Jatiya Party said it would take part. The party fielded 200 candidates.');
    assert.ok(descs(en, 'Jatiya Party').includes('The party'), descs(en, 'Jatiya Party').join('|'));
    assert.ok(!descs(en, 'Awami League').includes('The party'));
  });
});
