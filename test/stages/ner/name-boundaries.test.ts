import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { calendarWords, nounLike, trimNounTail, type NounCues } from '../../../src/stages/ner/noun.js';
import { loadNerLexicon } from '../../../src/stages/ner/model.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { withTagger } from '../resolve/helpers.js';

const res = new ResourceLoader('de');
const cues: NounCues = { suffixes: loadNerLexicon(res).nounSuffixes, words: calendarWords(res) };
const personNames = (text: string): string[] => withTagger('de', text).get('mentions').filter((m) => m.type === 'PER' && m.kind === 'name').map((m) => m.text);

describe('ner: a German name run ends before a common noun', () => {
  it('reads noun suffixes and calendar words as nouns, names as names', () => {
    for (const w of ['rebellion', 'regierung', 'montag', 'journalisten', 'korruption', 'mitgliedschaft', 'juli']) assert.ok(nounLike(w, cues), w);
    for (const w of ['castillo', 'dschaparow', 'mohamud', 'lorenz', 'timur', 'wei', 'marion', 'ion']) assert.ok(!nounLike(w, cues), w);
    // surnames with a noun-like ending keep a three-word name whole
    for (const w of ['fröhlich', 'clement', 'dennis', 'ehrlich', 'kirchen']) assert.ok(!nounLike(w, cues), w);
  });

  it('keeps a given name and a family name', () => {
    const words = ['pedro', 'castillo', 'rebellion'];
    assert.equal(trimNounTail(words, 0, 3, cues), 2);
    assert.equal(trimNounTail(['jin', 'rebellion'], 0, 2, cues), 2, 'never below two words');
    assert.equal(trimNounTail(['hassan', 'scheich', 'mohamud'], 0, 3, cues), 3);
  });

  it('keeps three-word names whose surname ends like a noun (negatives)', () => {
    const names = personNames('Der Abgeordnete Hans Peter Fröhlich sagte, man werde klagen. Der Minister Jean Paul Clement widersprach. Die Sprecherin Mary Ann Dennis schwieg.');
    for (const n of ['Hans Peter Fröhlich', 'Jean Paul Clement', 'Mary Ann Dennis']) assert.ok(names.includes(n), `${n}: ${names.join('|')}`);
  });

  it('cuts the tagger\'s and the resolver\'s person names in running text', () => {
    const names = personNames('Die Pedro Castillo Rebellion scheiterte. Nach Angaben von Präsident Shavkat Mirziyoyev Montag war alles ruhig.');
    assert.ok(names.includes('Pedro Castillo'), names.join('|'));
    assert.ok(names.includes('Shavkat Mirziyoyev'), names.join('|'));
    assert.ok(!names.some((n) => /Rebellion|Montag/.test(n)), names.join('|'));
  });
});

describe('resolve: a German name run ends at a word the document uses nowhere else', () => {
  it('cuts "Sadyr Dschaparow Dekret" when Dschaparow recurs alone, and an object noun after a name', () => {
    const doc = withTagger('de', 'Präsident Sadyr Dschaparow Dekret wurde am Montag veröffentlicht. Dschaparow sagte, es gelte ab Mai. Am Dienstag warf Pedro Castillo Abgeordneten Verrat vor. Castillo ist in Haft.');
    const aliases = doc.get('entities').flatMap((e) => e.aliases);
    assert.ok(aliases.includes('Sadyr Dschaparow'), aliases.join('|'));
    assert.ok(aliases.includes('Pedro Castillo'), aliases.join('|'));
    assert.ok(!aliases.some((a) => /Dekret|Verrat|Abgeordneten/.test(a)), aliases.join('|'));
  });

  it('keeps three-part names the text repeats or shortens to the last part (negatives)', () => {
    const doc = withTagger('de', 'Somalias Präsident Hassan Scheich Mohamud traf Manuel López Obrador. Mohamud und López Obrador sprachen über Handel.');
    const aliases = doc.get('entities').flatMap((e) => e.aliases);
    assert.ok(aliases.includes('Hassan Scheich Mohamud'), aliases.join('|'));
    assert.ok(aliases.includes('Manuel López Obrador'), aliases.join('|'));
  });
});
