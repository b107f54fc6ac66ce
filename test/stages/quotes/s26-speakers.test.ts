import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 26: classes of wrong speakers (another entity of the text took the report), each written anew as self-made
// passages with negatives.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2026-03-12', lang }).get('quotes').map((q) => [q.text, q.speaker]);

// 1. A name in brackets right after the noun phrase that opens the clause names that phrase ("Die oppositionellen
// Sozialdemokraten (SDSM) warfen X vor, …", "The teachers' union (SSO) urged X to …"): it is the subject, and the name
// after the verb is the object, not an inverted subject.
describe('quotes: a bracketed name after the opening noun phrase is the subject', () => {
  const de = 'Streit in Skopje\n\nSkopje, 12.03.2026 – Ministerpräsident Hristijan Mickoski hat den Streit mit Bulgarien verschärft.\n\n';
  const en = 'Row in Skopje\n\nSKOPJE, March 12 (Reuters) - Prime Minister Hristijan Mickoski has escalated the dispute with Bulgaria.\n\n';
  it('German: "Die oppositionellen Sozialdemokraten (SDSM) warfen Mickoski vor, …"', () => {
    const got = quotes(`${de}Die oppositionellen Sozialdemokraten (SDSM) warfen Mickoski vor, den Konflikt für innenpolitische Zwecke anzuheizen.`, 'de');
    assert.deepEqual(got, [['den Konflikt für innenpolitische Zwecke anzuheizen', 'sdsm']]);
  });
  it('German: "Die Gewerkschaft der Lehrer (SSO) forderte Mickoski auf, …"', () => {
    const got = quotes(`${de}Die Gewerkschaft der Lehrer (SSO) forderte Mickoski auf, die Gehälter zu erhöhen.`, 'de');
    assert.deepEqual(got, [['die Gehälter zu erhöhen', 'sso']]);
  });
  it('English: "The teachers\' union (SSO) urged Mickoski to …"', () => {
    const got = quotes(`${en}The teachers' union (SSO) urged Mickoski to raise salaries.`, 'en');
    assert.deepEqual(got, [['to raise salaries', 'sso']]);
  });
  it('negative: a party in brackets after a person\'s office is the holder\'s party, not the speaker', () => {
    const got = quotes(`${de}Der Oppositionsführer (SDSM) warf Mickoski vor, den Konflikt anzuheizen.`, 'de');
    assert.ok(got.every(([, s]) => s !== 'sdsm'), JSON.stringify(got));
  });
  it('negative: a bracket after a prepositional phrase opens nothing ("Die Demonstranten vor dem Parlament (Sobranie) …")', () => {
    const got = quotes(`${de}Hristijan Mickoski traf die Demonstranten vor dem Parlament (Sobranie) und sagte, der Streit werde bald beigelegt.`, 'de');
    assert.deepEqual(got, [['der Streit werde bald beigelegt', 'hristijan-mickoski']]);
  });
});
