import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly } from './helpers.js';

type Doc = ReturnType<typeof resolveOnly>;
/** "role:state" of each role a person's descriptions gave them. */
const roles = (doc: Doc, form: string): string[] => (entityWith(doc, form)?.roles ?? []).map((r) => `${r.role}:${r.of ?? ''}`);

describe('resolve: a de-facto state names its own offices', () => {
  it('English: "Somaliland leader" leads Somaliland, and "his Somali counterpart" is Somalia\'s president', () => {
    const doc = resolveOnly('en', 'Somaliland leader Abdirahman Mohamed Abdullahi said on Friday the region would hold talks with Ethiopia. Somali President Hassan Sheikh Mohamud rejected the plan. Abdullahi said his Somali counterpart had no authority over the territory.');
    assert.deepEqual(roles(doc, 'Abdirahman Mohamed Abdullahi'), ['leader:somaliland']);
    assert.ok(entityWith(doc, 'Hassan Sheikh Mohamud')?.descriptions.includes('his Somali counterpart'));
    assert.ok(!entityWith(doc, 'Abdirahman Mohamed Abdullahi')?.descriptions.includes('his Somali counterpart'));
  });

  it('English: Transnistria\'s, Abkhazia\'s and Northern Cyprus\'s presidents are theirs', () => {
    const doc = resolveOnly('en', "Transnistria's president Vadim Krasnoselsky met Moldovan officials. Abkhazia's president Badra Gunba spoke on Tuesday. Northern Cyprus leader Tufan Erhurman said talks would resume.");
    assert.deepEqual(roles(doc, 'Vadim Krasnoselsky'), ['president:transnistria']);
    assert.deepEqual(roles(doc, 'Badra Gunba'), ['president:abkhazia']);
    assert.deepEqual(roles(doc, 'Tufan Erhurman'), ['leader:northern-cyprus']);
  });

  it('German: genitive and compound ("Transnistriens Präsident", "Nordzypern-Präsident")', () => {
    const doc = resolveOnly('de', 'Transnistriens Präsident Wadim Krasnoselski traf am Donnerstag Vertreter der Regierung. Nordzypern-Präsident Tufan Erhürman sagte, die Gespräche gingen weiter.');
    assert.deepEqual(roles(doc, 'Wadim Krasnoselski'), ['president:transnistria']);
    assert.deepEqual(roles(doc, 'Tufan Erhürman'), ['president:northern-cyprus']);
  });

  it('German "von" after a title names the state like a genitive ("Der Präsident von Somaliland", "von Kenia")', () => {
    const doc = resolveOnly('de', 'Der Präsident von Somaliland, Abdirahman Abdullahi, sprach. Der Präsident von Kenia, William Ruto, traf den Außenminister Somalias.');
    assert.deepEqual(roles(doc, 'Abdirahman Abdullahi'), ['president:somaliland']);
    assert.deepEqual(roles(doc, 'William Ruto'), ['president:kenya']);
  });

  it('a de-facto state is "the region" a later phrase names, also after a city', () => {
    const en = resolveOnly('en', 'Somaliland leader Abdirahman Mohamed Abdullahi spoke in Berbera. He said the breakaway region would hold a vote.');
    assert.ok(entityWith(en, 'somaliland')?.descriptions.includes('the breakaway region'), JSON.stringify(en.get('entities').map((e) => [e.id, e.descriptions])));
    const de = resolveOnly('de', 'In Transnistrien wurde am Sonntag gewählt. Die abtrünnige Region wird von Russland unterstützt.');
    assert.ok(entityWith(de, 'transnistria')?.descriptions.includes('Die abtrünnige Region'), JSON.stringify(de.get('entities').map((e) => [e.id, e.descriptions])));
  });

  it('a region that is no de-facto state keeps its state (negatives)', () => {
    const en = resolveOnly('en', 'Xinjiang official Erkin Tuniyaz spoke in Urumqi. Puntland leader Abdullahi Deni criticised the plan.');
    assert.deepEqual(roles(en, 'Erkin Tuniyaz'), ['official:china']);
    assert.deepEqual(roles(en, 'Abdullahi Deni'), ['leader:somalia']);
    const de = resolveOnly('de', 'Xinjiangs Parteichef Ma Xingrui sprach in Urumqi. Transnistriens Regierungschef Alexander Rosenberg schwieg.');
    assert.deepEqual(roles(de, 'Ma Xingrui'), ['party-leader:china']);
    assert.deepEqual(roles(de, 'Alexander Rosenberg'), ['head-of-government:transnistria']);
  });
});
