import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own sentences: court and prosecution titles before a name are descriptions, the name a person
describe('resolve: judicial titles before a name', () => {
  it('en: "District Judge Adrienne Nelson" is the person Adrienne Nelson with the title as description', () => {
    const doc = withTagger('en', 'In Portland, U.S. District Judge Adrienne Nelson blocked the deployment on Saturday. The judge said the government had not shown a rebellion.');
    const e = entityWith(doc, 'Adrienne Nelson');
    assert.equal(e?.type, 'PER');
    assert.ok(e?.descriptions.some((x) => /District Judge$/.test(x)), JSON.stringify(e?.descriptions));
    assert.ok(e?.descriptions.includes('The judge'));
  });

  it('de: "Richterin" and "Die Richterin" go to the named judge; a male judge gets no "Die Richterin"', () => {
    const doc = withTagger('de', 'Der Richter Thomas Fischer vertagte den Prozess. Die Vorsitzende Richterin Anna Berger eröffnete am Dienstag die Verhandlung. Die Richterin sagte, das Urteil falle im Mai.');
    assert.ok(entityWith(doc, 'Anna Berger')?.descriptions.includes('Die Richterin'), JSON.stringify(entityWith(doc, 'Anna Berger')?.descriptions));
    assert.ok(!entityWith(doc, 'Thomas Fischer')?.descriptions.includes('Die Richterin'));
  });
});
