/**
 * Session 14 (entity layer): one unnamed judge of a court named before stands for that court, as its bench does
 * (benchNouns, courtWords), so later stages read the mention instead of a rule of their own. Own sentences, with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 14): one unnamed judge is the court named before', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['German feminine singular', 'de', 'Das Landgericht Köln verurteilte den Angeklagten am Montag. Die Richterin sagte, die Beweise seien eindeutig.', 'Die Richterin', 'Landgericht Köln'],
    ['German masculine singular, court two sentences back', 'de', 'Das Oberlandesgericht Koblenz verhandelt seit März. Der Angeklagte schwieg. Der Richter verwies auf frühere Urteile.', 'Der Richter', 'Oberlandesgericht Koblenz'],
    ['German compound singular', 'de', 'Das Bundesverfassungsgericht hat das Gesetz gekippt. Die Verfassungsrichterin begründete das Urteil ausführlich.', 'Die Verfassungsrichterin', 'Bundesverfassungsgericht'],
    ['German object case', 'de', 'Der Internationale Strafgerichtshof prüft den Antrag. Die Anwälte baten den Richter um mehr Zeit.', 'den Richter', 'Internationale Strafgerichtshof'],
    ['English singular', 'en', 'The Supreme Court struck down the law on Friday. The judge said the statute was void.', 'The judge', 'Supreme Court'],
    ['English singular, object', 'en', 'The International Criminal Court opened the hearing. Lawyers asked the judge for more time.', 'the judge', 'International Criminal Court'],
  ];
  for (const [label, lang, text, desc, court] of cases) {
    it(`${label}: "${desc}" is ${court}`, () => {
      const doc = withTagger(lang, text);
      const e = describing(doc, desc);
      assert.ok(e, dump(doc));
      assert.equal(e.type, 'ORG', dump(doc));
      assert.ok(e.aliases.some((x) => x.includes(court) || court.includes(x)), dump(doc));
    });
  }
});

describe('resolve (session 14): negatives — a named judge stays a person, no court named is no court', () => {
  it('a judge the text named keeps "Die Richterin"', () => {
    const doc = withTagger('de', 'Das Landgericht Köln verhandelt seit März. Die Vorsitzende Richterin Anna Berger eröffnete die Sitzung. Die Richterin sagte, das Urteil falle im Mai.');
    assert.equal(describing(doc, 'Die Richterin')?.type, 'PER', dump(doc));
  });
  it('English: a named judge keeps "the judge"', () => {
    const doc = withTagger('en', 'The Supreme Court heard the case. Judge Amy Berman Jackson ruled on Friday. The judge said the law was void.');
    assert.equal(describing(doc, 'The judge')?.type, 'PER', dump(doc));
  });
  it('no court named: "Der Richter" is no organisation', () => {
    const doc = withTagger('de', 'Der Prozess begann am Montag. Der Richter sagte, er werde das Urteil im Mai verkünden.');
    assert.notEqual(describing(doc, 'Der Richter')?.type, 'ORG', dump(doc));
  });
  it('a court named more than two sentences before is not meant', () => {
    const doc = withTagger('en', 'The Supreme Court ruled in May. The government appealed. Protests followed in the capital. Thousands marched. The judge said nothing.');
    assert.notEqual(describing(doc, 'The judge')?.type, 'ORG', dump(doc));
  });
  it('an indefinite judge is no court: "ein Richter"', () => {
    const doc = withTagger('de', 'Das Landgericht Köln verhandelt. Ein Richter erkrankte am Montag.');
    assert.notEqual(describing(doc, 'Ein Richter')?.type, 'ORG', dump(doc));
  });
});
