/**
 * Session 22 (entity layer): a person who holds an office of a state (president, prime minister, head of state …) that
 * the text ties to no state ("President X", "The president, X", "Präsident X") is placed in the one state the report's
 * opening is about: the only state the headline and lead name, or, where they name several, the one whose city the
 * dateline gives. Own sentences, with negatives: two states in the lead and no dateline, another state named before
 * the holder in their sentence, a spokesperson, an opposition leader.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.roles]));
const statesOf = (doc: Doc, name: string): (string | undefined)[] => (entityWith(doc, name)?.roles ?? []).map((r) => r.of);

describe('resolve (session 22): an untied state office is the opening state\'s', () => {
  const placed: [string, 'de' | 'en', string, string, string][] = [
    ['English title before the name, one state in the lead', 'en', 'Zambia raised fuel prices on Monday after weeks of shortages. President Mwila Banda said the rise would be temporary.', 'Mwila Banda', 'zambia'],
    ['English apposition after "The president,"', 'en', 'Chile closed two border crossings on Tuesday. The president, Elena Morales, told reporters the measure would last a week.', 'Elena Morales', 'chile'],
    ['English lead naming two states, the dateline choosing', 'en', 'LUSAKA, May 3 (Reuters) - Zambia accused Malawi of blocking trucks at the border. President Mwila Banda called the move "unacceptable" and said his government had written to Lilongwe.', 'Mwila Banda', 'zambia'],
    ['German title before the name', 'de', 'Sambia hat am Montag die Treibstoffpreise erhöht. Präsident Mwila Banda sagte, die Erhöhung sei vorübergehend.', 'Mwila Banda', 'zambia'],
    ['German prime minister', 'de', 'Chile schließt zwei Grenzübergänge. Ministerpräsidentin Elena Morales sagte am Dienstag, die Maßnahme gelte eine Woche.', 'Elena Morales', 'chile'],
  ];
  for (const [label, lang, text, name, state] of placed) {
    it(`${label}: "${name}" holds the office for ${state}`, () => {
      const doc = withTagger(lang, text);
      assert.ok(statesOf(doc, name).includes(state), dump(doc));
    });
  }

  const untied: [string, 'de' | 'en', string, string][] = [
    ['two states in the lead and no dateline', 'en', 'Zambia accused Malawi of blocking trucks at the border. President Mwila Banda called the move unacceptable.', 'Mwila Banda'],
    ['German: two states in the lead and no dateline', 'de', 'Sambia wirft Malawi vor, Lastwagen an der Grenze aufzuhalten. Präsident Mwila Banda nannte das inakzeptabel.', 'Mwila Banda'],
    ['another state named before the holder in their sentence', 'en', 'Zambia raised fuel prices on Monday. Separately, Malawi closed its border for a day, President Mwila Banda\'s office said.', 'Mwila Banda'],
    ['a spokesperson', 'en', 'Zambia raised fuel prices on Monday. Spokesperson Mwila Banda said the rise would be temporary.', 'Mwila Banda'],
    ['a German opposition leader', 'de', 'Sambia hat am Montag die Treibstoffpreise erhöht. Oppositionsführer Mwila Banda kritisierte die Entscheidung scharf.', 'Mwila Banda'],
  ];
  for (const [label, lang, text, name] of untied) {
    it(`negative, ${label}: "${name}" gets no state`, () => {
      const doc = withTagger(lang, text);
      assert.ok(entityWith(doc, name), dump(doc));
      assert.deepEqual(statesOf(doc, name).filter((x) => x !== undefined), [], dump(doc));
    });
  }
});
