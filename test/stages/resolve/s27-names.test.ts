import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve: names on unseen articles (s27)', () => {
  it('a glottal-stop letter before a capital opens a capitalised word (Polynesian names)', () => {
    const a = withTagger('en', "Tonga's Prime Minister ʻAisake Eke met Vanuatu's leader on Sunday. Eke said the two countries would work together.");
    const e = entityWith(a, 'ʻAisake Eke');
    assert.equal(e?.type, 'PER', dump(a));
    assert.ok(e?.aliases.includes('Eke'), dump(a));
    assert.ok(e?.descriptions.includes("Tonga's Prime Minister"), dump(a));
    const b = withTagger('de', 'Tongas Regierungschef ʻAisake Eke hat am Sonntag Gäste empfangen. Eke sagte, die Gespräche seien gut verlaufen.');
    assert.equal(entityWith(b, 'ʻAisake Eke')?.type, 'PER', dump(b));
  });

  it('negatives: a lower-case word after the letter is no name', () => {
    const a = withTagger('en', 'The word ʻaina means land, the teacher said on Monday.');
    assert.ok(!a.get('entities').some((e) => e.aliases.some((x) => x.includes('ʻaina'))), dump(a));
  });
});

describe('resolve: Arabic name particles after a German title (s27)', () => {
  it('"bin" between capitalised words stays inside the name a title opens', () => {
    const a = withTagger('de', 'Der Sultan empfing am Montag den bahrainischen Außenminister Abdullatif bin Raschid al-Sajani. Al-Sajani sagte, die Beziehungen seien gut.');
    const p = entityWith(a, 'Abdullatif bin Raschid al-Sajani');
    assert.equal(p?.type, 'PER', dump(a));
    assert.ok(p?.descriptions.includes('den bahrainischen Außenminister'), dump(a));
  });

  it('negatives: a German word after the name ends it ("zu", "von" are words of the language)', () => {
    const a = withTagger('de', 'Außenminister Johann Wadephul reiste am Montag zu Gesprächen nach Kairo.');
    assert.ok(entityWith(a, 'Johann Wadephul'), dump(a));
    assert.ok(!a.get('entities').some((e) => e.aliases.some((x) => x.includes('Gesprächen'))), dump(a));
  });
});

describe('resolve: "Hon." and "Rev." are honorifics (s27)', () => {
  it('the honorific is left out and the name is a person', () => {
    const a = withTagger('en', "Hon. Lord Tu'ivakanō resigned as speaker on Monday. Rev. Samuel Kofi said the church would help.");
    assert.equal(entityWith(a, "Lord Tu'ivakanō")?.type, 'PER', dump(a));
    assert.equal(entityWith(a, 'Samuel Kofi')?.type, 'PER', dump(a));
  });

  it('negatives: a word that only begins like one is no honorific', () => {
    const a = withTagger('en', 'Honduras recalled its ambassador on Monday.');
    assert.equal(entityWith(a, 'Honduras')?.type, 'GPE', dump(a));
  });
});
