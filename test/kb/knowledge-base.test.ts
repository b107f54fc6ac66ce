import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { applySuffixRule, entityDecl } from '../../src/kb/data.js';
import { buildKnowledgeBase, entityIdFor, normaliseName } from '../../src/kb/index.js';
import { ResourceLoader, RESOURCES_DIR } from '../../src/resources/loader.js';
import { tempDir } from '../support/temp-dir.js';

const de = buildKnowledgeBase(new ResourceLoader('de'), 'de');
const en = buildKnowledgeBase(new ResourceLoader('en'), 'en');
const ids = (kb: typeof de, form: string): string[] => kb.lookup(form).map((h) => h.entity.id);

describe('knowledge base', () => {
  it('finds German inflected and official forms of states', () => {
    assert.deepEqual(ids(de, 'Nordkoreas'), ['north-korea']);
    assert.deepEqual(ids(de, 'Russlands'), ['russia']);
    assert.deepEqual(ids(de, 'Demokratische Volksrepublik Korea'), ['north-korea']);
    assert.deepEqual(ids(de, 'DVRK'), ['north-korea']);
    assert.deepEqual(ids(de, 'Weißrussland'), ['belarus']);
    assert.deepEqual(ids(de, 'Birma'), ['myanmar']);
    assert.deepEqual(ids(de, 'Vereinigten Staaten'), ['usa']);
    assert.deepEqual(ids(en, 'DPRK'), ['north-korea']);
    assert.deepEqual(ids(en, 'UK'), ['united-kingdom']);
  });

  it('inflects a German name that opens with an adjective, and knows the adjectives of smaller states', () => {
    assert.deepEqual(ids(de, 'Demokratischen Republik Kongo'), ['dr-congo']);
    assert.deepEqual(ids(de, 'Zentralafrikanischen Republik'), ['central-african-republic']);
    for (const [form, id] of [['ruandische', 'rwanda'], ['kongolesischen', 'dr-congo'], ['malischen', 'mali'], ['kroatischer', 'croatia'], ['kosovarische', 'kosovo']] as const) assert.deepEqual(ids(de, form), [id], form);
  });

  it('flags ambiguous names and their generated genitive, and only those', () => {
    const flags = (form: string): boolean[] => de.lookup(form).filter((h) => h.entity.id === 'der-spiegel').map((h) => h.ambiguous);
    assert.deepEqual(flags('Spiegel'), [true]);
    assert.deepEqual(flags('Spiegels'), [true]);
    assert.deepEqual(flags('Spiegel Online'), [false]);
    assert.ok(de.lookup('Russland').every((h) => !h.ambiguous));
    assert.throws(() => entityDecl({ id: 'x-org', type: 'ORG', name: 'X Org', names: ['X'], ambiguous: ['Y'] }, 'kb-orgs.json', 'orgs[0]'), LagebildError);
  });

  it('inflects German adjectives and knows English demonyms', () => {
    for (const f of ['russisch', 'russische', 'russischen', 'russischer', 'russisches']) assert.deepEqual(ids(de, f), ['russia'], f);
    assert.deepEqual(ids(en, 'Russian'), ['russia']);
    assert.deepEqual(ids(en, 'Sudanese'), ['sudan']);
    assert.deepEqual(ids(en, 'Filipino'), ['philippines']);
    assert.deepEqual(ids(en, 'Israelis'), ['israel']);
    assert.deepEqual(ids(en, 'American'), ['usa']);
    assert.ok(de.lookup('russischen').every((h) => h.form === 'adjective'));
  });

  it('gives one id to both spellings of a person and of a capital', () => {
    assert.deepEqual(ids(de, 'Lawrow'), ['sergey-lavrov']);
    assert.deepEqual(ids(en, 'Lavrov'), ['sergey-lavrov']);
    assert.deepEqual(ids(de, 'Sergej Lawrow'), ids(en, 'Sergey Lavrov'));
    assert.deepEqual(ids(de, 'Pjöngjang'), ['pyongyang']);
    assert.deepEqual(ids(en, 'Pyongyang'), ['pyongyang']);
    assert.equal(de.get('pyongyang')?.state, 'north-korea');
    assert.deepEqual(ids(de, 'Selenskyj'), ids(en, 'Zelenskyy'));
    assert.deepEqual(ids(de, 'Kim Jo Jong'), ['kim-yo-jong']);
    assert.deepEqual(ids(de, 'Abbas Araghtschi'), ids(en, 'Abbas Araghchi'));
  });

  it('knows the capital of a state, not another seat of it', () => {
    assert.equal(de.capitalOf('north-korea')?.id, 'pyongyang');
    assert.equal(en.capitalOf('russia')?.kind, 'city');
    assert.equal(de.capitalOf('pyongyang'), undefined);
  });

  it('knows organisations, seats and actors with roles', () => {
    assert.deepEqual(ids(de, 'UN-Sicherheitsrat'), ['un-security-council']);
    assert.deepEqual(ids(en, 'UN Security Council'), ['un-security-council']);
    assert.deepEqual(ids(de, 'Kreml'), ['kremlin']);
    assert.equal(de.get('kremlin')?.state, 'russia');
    assert.equal(de.get('white-house')?.seat, true);
    const lavrov = de.get('sergey-lavrov')!;
    assert.ok(lavrov.roles.some((r) => r.role === 'foreign-minister' && r.of === 'russia' && r.source === 'kb'));
    assert.deepEqual(ids(de, 'Kim').sort(), ['kim-jong-un', 'kim-yo-jong']);
  });

  it('keeps a German name out of English text ("Island" is not Iceland there)', () => {
    assert.deepEqual(ids(en, 'Island'), []);
    assert.deepEqual(ids(de, 'Island'), ['iceland']);
  });
});

describe('name normalisation', () => {
  it('maps German and English romanisations to one key and id', () => {
    const pairs: [string, string][] = [
      ['Sergej Lawrow', 'Sergey Lavrov'], ['Wolodymyr Selenskyj', 'Volodymyr Zelenskyy'], ['Kim Jo Jong', 'Kim Yo Jong'],
      ['Abbas Araghtschi', 'Abbas Araghchi'], ['Dmitri Peskow', 'Dmitry Peskov'], ['Wassili Nebensja', 'Vassily Nebenzia'],
    ];
    for (const [a, b] of pairs) {
      assert.equal(normaliseName(a), normaliseName(b), `${a} / ${b}`);
      assert.equal(entityIdFor(a), entityIdFor(b));
    }
    assert.notEqual(entityIdFor('Anna Weber'), entityIdFor('Thomas Weber'));
    assert.match(entityIdFor('Jay Dharmadhikari'), /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('user aliases', () => {
  const dir = (content: string): string => {
    const d = tempDir('lagebild-kb-');
    writeFileSync(join(d, 'aliases.json'), content);
    return d;
  };

  it('adds names to known entities and new actors', () => {
    const d = dir(JSON.stringify({
      aliases: { 'north-korea': ['Nordkorea-Staat'] },
      entities: [{ id: 'erika-musterfrau', type: 'PER', name: 'Erika Musterfrau', names: ['Erika Musterfrau'], roles: [{ role: 'spokesperson', of: 'germany', from: '2025-01-01' }] }],
    }));
    const kb = buildKnowledgeBase(new ResourceLoader('de'), 'de', d);
    assert.deepEqual(ids(kb, 'Nordkorea-Staat'), ['north-korea']);
    assert.deepEqual(ids(kb, 'Erika Musterfrau'), ['erika-musterfrau']);
    assert.deepEqual(ids(kb, 'Musterfrau'), ['erika-musterfrau']);
  });

  it('rejects an invalid file with the file and the field in the error', () => {
    const cases: [string, RegExp][] = [
      ['{ "aliases": { "no-such-id": ["X"] } }', /aliases\.no-such-id/],
      ['{ "entities": [ { "id": "x", "type": "PERSON", "name": "X" } ] }', /entities\[0\]\.type/],
      ['{ "entities": [ { "id": "Not Kebab", "name": "X" } ] }', /entities\[0\]\.id/],
      ['{ "aliases": { "russia": "Russland" } }', /aliases\.russia/],
      ['{ "alias": {} }', /alias/],
      ['{ "entities": [ { "id": "x-y", "name": "X Y", "roles": [ { "role": "president", "of": "atlantis" } ] } ] }', /entities\[0\]\.roles\[0\]\.of/],
      ['{ "entities": [ { "id": "x-y", "name": "X Y", "roles": [ { "role": "president", "from": "last year" } ] } ] }', /entities\[0\]\.roles\[0\]\.from/],
      ['not json', /not valid JSON/],
    ];
    for (const [content, field] of cases) {
      const d = dir(content);
      assert.throws(() => buildKnowledgeBase(new ResourceLoader('de'), 'de', d), (err: unknown) => {
        assert.ok(err instanceof LagebildError);
        assert.equal(err.code, 'RESOURCE_INVALID');
        assert.match(err.message, field);
        assert.match(err.subject ?? '', /aliases\.json$/);
        return true;
      }, content);
    }
  });
});

describe('knowledge base: places, platforms and institutions in the news', () => {
  it('knows conflict cities under their German and English names', () => {
    const pairs: [string, string, string][] = [
      ['Charkiw', 'Kharkiv', 'kharkiv'], ['Cherson', 'Kherson', 'kherson'], ['Mariupol', 'Mariupol', 'mariupol'], ['Saporischschja', 'Zaporizhzhia', 'zaporizhzhia'],
      ['El Fascher', 'El Fasher', 'el-fasher'], ['Gaza-Stadt', 'Gaza City', 'gaza-city'], ['Chan Junis', 'Khan Younis', 'khan-younis'], ['Bergkarabach', 'Nagorno-Karabakh', 'nagorno-karabakh'],
    ];
    for (const [g, e, id] of pairs) {
      assert.deepEqual(ids(de, g), [id], g);
      assert.deepEqual(ids(en, e), [id], e);
    }
  });

  it('knows platforms and German state organs', () => {
    for (const kb of [de, en]) {
      assert.deepEqual(ids(kb, 'Telegram'), ['telegram']);
      assert.deepEqual(ids(kb, 'X'), ['x-platform']);
      assert.deepEqual(ids(kb, 'Bundeswehr'), ['bundeswehr']);
    }
  });

  it('places every place, organisation and actor in a state it knows', () => {
    for (const kb of [de, en]) for (const e of kb.all()) if (e.state) assert.ok(kb.get(e.state), `${e.id} → ${e.state}`);
  });
});

describe('knowledge base: island states', () => {
  it('marks states without a land border as islands (world-countries), not the others', () => {
    for (const id of ['taiwan', 'cuba', 'cyprus', 'iceland', 'japan']) assert.equal(en.get(id)?.island, true, id);
    for (const id of ['germany', 'china', 'north-korea', 'belarus']) assert.equal(en.get(id)?.island, false, id);
  });
});

describe('knowledge base: land neighbours', () => {
  it('lists the states a country borders, as knowledge-base ids (world-countries)', () => {
    assert.deepEqual([...(de.get('rwanda')?.neighbours ?? [])].sort(), ['burundi', 'dr-congo', 'tanzania', 'uganda']);
    assert.deepEqual(en.get('japan')?.neighbours, []);
    assert.ok(en.get('germany')?.neighbours.includes('poland'));
  });
});

describe('knowledge base: seats acting for another body', () => {
  it('Brussels belongs to Belgium but acts for the EU; other capitals act for their state', () => {
    assert.equal(en.get('brussels')?.state, 'belgium');
    assert.equal(en.get('brussels')?.actsFor, 'european-union');
    assert.equal(en.get('moscow')?.actsFor, null);
  });
  it('rejects an actsFor that names no entity', () => {
    const dir = tempDir('lagebild-kb-');
    cpSync(RESOURCES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'common', 'kb-places.json'), JSON.stringify({ places: [{ id: 'brussels', name: 'Brussels', type: 'GPE', state: 'belgium', seat: true, actsFor: 'no-such-body' }] }));
    assert.throws(() => buildKnowledgeBase(new ResourceLoader('en', dir), 'en'), (e: LagebildError) => e.code === 'RESOURCE_INVALID' && /actsFor/.test(e.message));
  });
});

describe('knowledge base: generated name forms are language data (kb-names.json forms)', () => {
  it('applies a suffix rule only to words with one of its endings and none of its exceptions', () => {
    const rule = { endings: ['e'], except: ['ee'], suffix: 'n' };
    assert.equal(applySuffixRule(rule, 'Niederlande'), 'Niederlanden');
    assert.equal(applySuffixRule(rule, 'Russland'), null);
    assert.equal(applySuffixRule(rule, 'Kalee'), null);
    assert.equal(applySuffixRule(null, 'Niederlande'), null);
    assert.equal(applySuffixRule({ endings: [], except: ['s'], suffix: 's' }, 'Lawrow'), 'Lawrows');
  });

  it('generates German genitives, weak adjectival first words, plural datives and adjective endings; not over articles or acronyms', () => {
    assert.deepEqual(ids(de, 'Niederlanden'), ['netherlands']);
    assert.deepEqual(ids(de, 'Russlands'), ['russia']);
    assert.ok(ids(de, 'russischen').includes('russia'));
    assert.deepEqual(ids(de, 'Len Monde'), [], 'a two-letter first word is an article, not an adjective');
    assert.deepEqual(ids(de, 'USAs'), [], 'acronyms take no genitive');
    assert.deepEqual(ids(de, 'Moskauer'), ['moscow']);
    assert.deepEqual(ids(de, 'Moskauern'), [], 'capitalised adjective stems are invariable');
    assert.deepEqual(ids(de, 'USA'), ['usa']);
  });

  it('generates English demonym plurals only, and no genitive forms', () => {
    assert.ok(ids(en, 'Russians').includes('russia'));
    assert.deepEqual(ids(en, 'Russias'), []);
  });

  it('rejects a language file without forms, or a rule with an empty suffix', () => {
    for (const forms of [undefined, { adjectiveEndings: [], nameGenitive: { endings: [], except: [], suffix: '' }, nameAdjectiveWeak: null, countryDative: null, demonymPlural: null }]) {
      const dir = tempDir('lagebild-kb-');
      cpSync(RESOURCES_DIR, dir, { recursive: true });
      const file = join(dir, 'de', 'kb-names.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      json.forms = forms;
      writeFileSync(file, JSON.stringify(json));
      assert.throws(() => buildKnowledgeBase(new ResourceLoader('de', dir), 'de'), (e: LagebildError) => e.code === 'RESOURCE_INVALID' && /forms/.test(e.message));
    }
  });
});

describe('knowledge base: island states', () => {
  it('derives the flag from the packages and takes the curated override where the package records a land border', () => {
    assert.equal(de.get('cuba')?.island, true, 'no land border');
    assert.equal(de.get('sri-lanka')?.island, true, 'the package records a border with India across the Palk Strait');
    assert.equal(en.get('indonesia')?.island, true, 'borders shared on its own islands');
    assert.equal(de.get('haiti')?.island, false, 'Hispaniola is shared by states not called island states');
    assert.equal(de.get('india')?.island, false);
  });
});

describe('knowledge base: adjectives and demonyms of de-facto states', () => {
  it('are their own, in both languages', () => {
    assert.deepEqual(ids(de, 'südossetischen'), ['south-ossetia']);
    assert.deepEqual(ids(de, 'Abchasen'), ['abkhazia']);
    assert.deepEqual(ids(en, 'South Ossetian'), ['south-ossetia']);
    assert.deepEqual(ids(en, 'Turkish Cypriot'), ['northern-cyprus']);
    assert.deepEqual(ids(en, 'Turkish'), ['turkey'], 'the longer form does not take the shorter one');
  });
});
