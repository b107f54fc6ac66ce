import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 27: a main clause with a listed Konjunktiv I form ("sei", "habe", "bleibe"; subjunctive.json `forms`) right
// after a sentence of the same paragraph whose subject is a named person is that person's account, even
// when the sentence before names no statement (free indirect speech of the German press). Self-written passages.

const engine = new Engine({});
const quotes = (text: string): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, 'de'), { id: 't', published: '2025-11-20', lang: 'de' }).get('quotes').map((q) => [q.text, q.speaker]);

describe('quotes: a Konjunktiv I sentence after a named actor\'s sentence is that actor\'s account', () => {
  it('a person: "X sieht darin Parallelen zu … Die Ursache sei nie gefunden worden."', () => {
    const got = quotes('Störfall\n\nIm Kraftwerk Krümmel brannte am Montag ein Transformator. Greenpeace-Experte Karl Brenner sieht darin Parallelen zu einem Brand im Jahr 2019. Die Ursache sei damals nie gefunden worden.');
    assert.deepEqual(got, [['Die Ursache sei damals nie gefunden worden', 'karl-brenner']]);
  });
  it('a person named by title and name in a sentence of action: "Ministerin Anna Berg besuchte … Die Lage bleibe angespannt."', () => {
    const got = quotes('Hochwasser\n\nDer Pegel der Elbe stieg am Montag weiter. Umweltministerin Anna Berg besuchte am Nachmittag die Deiche bei Dresden. Die Lage bleibe angespannt.');
    assert.deepEqual(got, [['Die Lage bleibe angespannt', 'anna-berg']]);
  });
});

describe('quotes: Konjunktiv I without a named person before it, negatives', () => {
  it('an organisation as the subject before is left to the report rules (it was as often wrong as right)', () => {
    assert.deepEqual(quotes('Tarifstreit\n\nDie Bahn will die Arbeitszeit verlängern. Die Gewerkschaft Verdi hält nichts von dem Plan. Er gehe zu Lasten der Beschäftigten.'), []);
  });
  it('a verb form only the morphology rule reads as Konjunktiv ("als die Maschine aufsetze") reports nothing', () => {
    assert.deepEqual(quotes('Notlandung\n\nDie Fluggesellschaft Lufthansa schickte eine Maschine nach Guam. In dem Moment als die Maschine aufsetze, brach das Fahrwerk zusammen.'), []);
  });
  it('an unnamed crowd as the subject before: no speaker to give', () => {
    assert.deepEqual(quotes('Protest\n\nMehrere Tausend Menschen zogen am Samstag durch die Innenstadt. Die Lage sei ruhig geblieben.').filter(([, s]) => s !== null), []);
  });
  it('a new paragraph: the actor of the paragraph before is no source', () => {
    assert.deepEqual(quotes('Störfall\n\nGreenpeace-Experte Karl Brenner besuchte am Montag das Kraftwerk.\n\nDie Anlage sei seit Jahren veraltet.'), []);
  });
  it('the writer\'s Konjunktiv II ("Es wäre …") reports nothing', () => {
    assert.deepEqual(quotes('Störfall\n\nGreenpeace-Experte Karl Brenner besuchte am Montag das Kraftwerk. Es wäre das erste Mal seit Jahren.'), []);
  });
});
