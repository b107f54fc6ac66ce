import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly } from './helpers.js';

type Doc = ReturnType<typeof resolveOnly>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const descOf = (doc: Doc, form: string, desc: string): boolean => !!entityWith(doc, form)?.descriptions.includes(desc);

describe('resolve: a regional state noun is a state of its region (kb-countries.json regions, world-countries subregions)', () => {
  it('German compounds pick the region\'s state, not the commenting state named more', () => {
    const a = resolveOnly('de', 'Die USA haben Peru zu mehr Transparenz aufgefordert. Washington kritisierte die Entlassung. Das Andenland wies die Kritik zurück.');
    assert.ok(descOf(a, 'Peru', 'Das Andenland'), dump(a));
    const b = resolveOnly('de', 'Frankreich hat seine letzten Soldaten aus Niger abgezogen. Paris bedauerte den Schritt. Der Sahelstaat wird von einer Junta regiert.');
    assert.ok(descOf(b, 'Niger', 'Der Sahelstaat'), dump(b));
    const c = resolveOnly('de', 'Russland hat Georgien vor einer Annäherung an die Nato gewarnt. Moskau sprach von Provokation. Die Kaukasusrepublik wies dies zurück.');
    assert.ok(descOf(c, 'Georgien', 'Die Kaukasusrepublik'), dump(c));
    const d = resolveOnly('de', 'Litauen hat die Grenze zu Belarus geschlossen. Minsk kritisierte das. Der Baltenstaat verweist auf Schmuggler.');
    assert.ok(descOf(d, 'Litauen', 'Der Baltenstaat'), dump(d));
    const e = resolveOnly('de', 'Kasachstan hat mit China einen Vertrag geschlossen. Peking lobte die Zusammenarbeit. Die zentralasiatische Republik liefert bereits Öl.');
    assert.ok(descOf(e, 'Kasachstan', 'Die zentralasiatische Republik'), dump(e));
  });

  it('English region adjectives, two-word ones read whole ("Central Asian" is not "Asian")', () => {
    const a = resolveOnly('en', 'China signed a uranium deal with Kazakhstan on Monday. Beijing praised the cooperation. The Central Asian country already supplies oil.');
    assert.ok(descOf(a, 'Kazakhstan', 'The Central Asian country'), dump(a));
    const b = resolveOnly('en', 'The European Union pressed Serbia to align with its sanctions. Brussels warned of consequences. The Balkan country has been a candidate since 2012.');
    assert.ok(descOf(b, 'Serbia', 'The Balkan country'), dump(b));
    assert.ok(!entityWith(b, 'Balkan'), dump(b));
    const c = resolveOnly('en', 'France withdrew its last troops from Niger. Paris said the pullout was orderly. The Sahel country is ruled by a junta.');
    assert.ok(descOf(c, 'Niger', 'The Sahel country'), dump(c));
    assert.ok(!entityWith(c, 'Sahel'), dump(c));
    const d = resolveOnly('en', 'Lithuania closed its border with Belarus. Minsk criticised the move. The Baltic state cited smugglers.');
    assert.ok(descOf(d, 'Lithuania', 'The Baltic state'), dump(d));
    const e = resolveOnly('en', 'Saudi Arabia and the United States signed a defence pact. Washington will sell jets to the Gulf kingdom.');
    assert.ok(descOf(e, 'Saudi Arabia', 'the Gulf kingdom'), dump(e));
  });

  it('of two states of the region, the one the text is most about', () => {
    const doc = resolveOnly('de', 'Boliviens Präsident reiste nach Lima. Peru und Bolivien wollen den Handel ausbauen. Bolivien exportiert Gas. Das Andenland hofft auf neue Abnehmer.');
    assert.ok(descOf(doc, 'Bolivien', 'Das Andenland'), dump(doc));
  });

  it('negative: no state of the region named, no reference; a bare "state" or "Republik" refers to nothing; places stay places', () => {
    const a = resolveOnly('de', 'Die Schweiz und Österreich unterzeichneten ein Abkommen. Der Golfstaat war nicht beteiligt.');
    assert.ok(!descOf(a, 'Schweiz', 'Der Golfstaat') && !descOf(a, 'Österreich', 'Der Golfstaat'), dump(a));
    const b = resolveOnly('en', 'The government declared a state of emergency in the state of Rakhine. The state said nothing.');
    // (session 14: "the state of Rakhine" names the subdivision, so "the state" describes it; the bare "a state" and
    // "The state" still refer to nothing)
    const rakhine = entityWith(b, 'Rakhine')?.descriptions ?? [];
    assert.ok(rakhine.includes('the state') && !rakhine.includes('a state') && !rakhine.includes('The state'), dump(b));
    const c = resolveOnly('en', 'Iran seized a tanker in the Gulf of Oman. Drought has hit the Sahel for years.');
    assert.ok(entityWith(c, 'Sahel'), dump(c));
    const d = resolveOnly('de', 'Die Regierung der Republik Moldau trat zurück. Die Republik steht vor Neuwahlen.');
    assert.ok(!dump(d).includes('"Die Republik"'), dump(d));
  });
});

describe('resolve: landlocked states (world-countries landlocked) as a pseudo-region', () => {
  it('"Der Binnenstaat", "the landlocked nation" pick the landlocked state named, not the one named most', () => {
    const a = resolveOnly('de', 'Kasachstans Präsident empfing Pakistans Premier. Pakistan will mehr Handel. Der Binnenstaat will über pakistanische Häfen exportieren.');
    assert.ok(descOf(a, 'Kasachstans', 'Der Binnenstaat'), dump(a));
    const b = resolveOnly('en', 'Ethiopia and Eritrea traded accusations. Eritrea said it would defend itself, Eritrea\'s minister said. The landlocked country needs a port.');
    assert.ok(descOf(b, 'Ethiopia', 'The landlocked country'), dump(b));
  });

  it('negative: no landlocked state named, no reference', () => {
    const a = resolveOnly('en', 'Somalia and Kenya signed a deal. The landlocked country was not involved.');
    assert.ok(!descOf(a, 'Somalia', 'The landlocked country') && !descOf(a, 'Kenya', 'The landlocked country'), dump(a));
  });
});
