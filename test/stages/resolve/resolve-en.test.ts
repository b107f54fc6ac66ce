import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesWith, entityWith, resolveOnly, withTagger } from './helpers.js';
import { toOutput } from '../../../src/output/schema.js';

const TEXT = [
  'LONDON — Russian Foreign Minister Sergey Lavrov met President Obama on Monday.',
  'Lavrov said the talks were useful, and the Russian foreign minister praised his host.',
  'Robert M. Danin, a senior fellow at the Council on Foreign Relations, said the Obama administration was divided.',
  'The administration did not comment.',
  'Beijing accused Manila of provocations, and Philippine officials spoke at a ceremony in Manila.',
  'Filipino and American troops trained with Israelis. Mr. Danin added that Sudan’s government had changed.',
  'Khartoum, the capital, was calm. Kim Jong Un met his sister Kim Yo Jong. Kim later spoke to reporters.',
].join(' ');

describe('resolve (English)', () => {
  const doc = resolveOnly('en', TEXT, '2015-03-18');

  it('groups names, surnames and honorific forms', () => {
    assert.deepEqual(entityWith(doc, 'Sergey Lavrov')?.aliases, ['Sergey Lavrov', 'Lavrov']);
    const danin = entityWith(doc, 'Robert M. Danin')!;
    assert.equal(danin.type, 'PER');
    assert.deepEqual(danin.aliases, ['Robert M. Danin', 'Danin']);
    assert.equal(entityWith(doc, 'Obama')?.id, 'barack-obama');
  });

  it('attaches titles, appositions and later references', () => {
    const lavrov = entityWith(doc, 'sergey-lavrov')!;
    assert.ok(lavrov.descriptions.includes('Russian Foreign Minister'));
    assert.ok(lavrov.descriptions.includes('the Russian foreign minister'));
    assert.ok(lavrov.roles.some((r) => r.source === 'text' && r.role === 'foreign-minister' && r.of === 'russia'));
    assert.ok(entityWith(doc, 'barack-obama')!.descriptions.includes('President'));
    assert.ok(entityWith(doc, 'Robert M. Danin')!.descriptions.includes('a senior fellow at the Council on Foreign Relations'));
    assert.equal(entityWith(doc, 'Council on Foreign Relations')?.type, 'ORG');
    assert.ok(entityWith(doc, 'Kim Yo Jong')!.descriptions.includes('his sister'));
  });

  it('treats administrations as their state and governments as its descriptions', () => {
    const usa = entityWith(doc, 'usa')!;
    assert.ok(usa.aliases.includes('Obama administration'));
    assert.ok(usa.aliases.includes('American'));
    assert.ok(usa.descriptions.includes('The administration'));
    const sudan = entityWith(doc, 'sudan')!;
    assert.ok(sudan.descriptions.includes('Sudan’s government'));
    assert.ok(!sudan.aliases.includes('Sudan’s'), 'the English possessive is not an alias');
  });

  it('reads capitals as states when they act and as cities where they are places', () => {
    assert.ok(entityWith(doc, 'china')!.aliases.includes('Beijing'));
    assert.ok(entityWith(doc, 'philippines')!.aliases.includes('Manila'));
    assert.ok(entityWith(doc, 'manila')?.aliases.includes('Manila'), '"in Manila" is the city');
    assert.ok(entityWith(doc, 'london')?.aliases.includes('LONDON'), 'a dateline is the city');
    const khartoum = entityWith(doc, 'khartoum')!;
    assert.ok(khartoum.descriptions.includes('the capital'));
  });

  it('resolves demonyms and the salient short form', () => {
    assert.ok(entityWith(doc, 'philippines')!.aliases.includes('Filipino'));
    assert.ok(entityWith(doc, 'philippines')!.aliases.includes('Philippine'));
    assert.ok(entityWith(doc, 'israel')!.aliases.includes('Israelis'));
    assert.deepEqual(entitiesWith(doc, 'Kim').map((e) => e.id), ['kim-jong-un']);
  });

  it('keeps two people who share a surname apart', () => {
    const d = resolveOnly('en', 'Former president Bill Clinton and Secretary of State Hillary Clinton arrived. Hillary Clinton spoke first. Clinton said the talks went well.', '2012-01-01');
    const bill = entityWith(d, 'Bill Clinton')!;
    const hillary = entityWith(d, 'Hillary Clinton')!;
    assert.notEqual(bill.id, hillary.id);
    assert.equal(entitiesWith(d, 'Clinton').length, 1);
    assert.equal(entitiesWith(d, 'Clinton')[0]!.id, 'hillary-clinton', 'the nearer Clinton');
  });
});

describe('resolve after the tagger', () => {
  it('works with the ner stage and gives the same ids in both languages', () => {
    const de = withTagger('de', 'Der russische Außenminister Sergej Lawrow reiste nach Pjöngjang. Lawrow traf Kim Jong Un.');
    const en = withTagger('en', 'Russian Foreign Minister Sergey Lavrov traveled to Pyongyang. Lavrov met Kim Jong Un.');
    const ids = (d: typeof de): string[] => d.get('entities').map((e) => e.id).sort();
    assert.deepEqual(ids(de), ids(en));
    assert.ok(ids(de).includes('sergey-lavrov') && ids(de).includes('pyongyang') && ids(de).includes('russia'));
  });
});

describe('resolve across languages', () => {
  it('gives a person the knowledge base does not know a readable id and the same key in German and English', () => {
    const de = resolveOnly('de', 'Der Diplomat Dmitri Kusnezow traf Wolodymyr Selenskyj. Kusnezow lobte das Treffen.');
    const en = resolveOnly('en', 'The diplomat Dmitry Kuznetsov met Volodymyr Zelenskyy. Kuznetsov praised the meeting.');
    const a = entityWith(de, 'Dmitri Kusnezow')!;
    const b = entityWith(en, 'Dmitry Kuznetsov')!;
    // the id is the name as written; the key (in the output, and the store's merge key) is shared
    assert.equal(a.id, 'dmitri-kusnezow');
    assert.equal(b.id, 'dmitry-kuznetsov');
    const keyOf = (d: typeof de, id: string): string | undefined => toOutput(d).entities.find((e) => e.id === id)?.key;
    assert.equal(keyOf(de, a.id), keyOf(en, b.id));
    assert.ok(keyOf(de, a.id));
    assert.ok(a.aliases.includes('Kusnezow') && b.aliases.includes('Kuznetsov'));
    assert.equal(entityWith(de, 'Wolodymyr Selenskyj')?.id, 'volodymyr-zelensky');
    assert.equal(entityWith(en, 'Volodymyr Zelenskyy')?.id, 'volodymyr-zelensky');
  });
});

describe('readable ids', () => {
  it('publishes a name the knowledge base does not know as written, not as its romanisation key', () => {
    const doc = resolveOnly('en', 'Kenyan opposition leader Wafula Mwangi met William Otieno in Nairobi. Mwangi said the talks were useful.');
    assert.equal(entityWith(doc, 'Wafula Mwangi')?.id, 'wafula-mwangi');
    assert.equal(entityWith(doc, 'William Otieno')?.id, 'william-otieno');
    const out = toOutput(doc).entities.find((e) => e.id === 'wafula-mwangi');
    assert.equal(out?.key, 'vafula mvangy');
  });
});

describe('resolve (English) names written family name first', () => {
  it('refers to a Vietnamese official by the last name and a Korean one by the family name', () => {
    const doc = resolveOnly('en', 'Foreign ministry spokeswoman Pham Thu Hang said Hanoi would defend its sovereignty. Hang said the crew was safe. Lee Jae-myung met Hong Min. Hong said the talks were useful.', '2025-09-12');
    assert.deepEqual(entityWith(doc, 'Pham Thu Hang')?.aliases, ['Pham Thu Hang', 'Hang']);
    assert.ok(entityWith(doc, 'Pham Thu Hang')!.descriptions.includes('Foreign ministry spokeswoman'));
    assert.deepEqual(entityWith(doc, 'Hong Min')?.aliases, ['Hong Min', 'Hong']);
    assert.ok(entityWith(doc, 'vietnam')!.aliases.includes('Hanoi'));
  });
});

describe('resolve (English) appositions with genitives and prepositions', () => {
  it('reads "China’s top diplomat" and "Beijing’s envoy to the UN" as descriptions with the right state', () => {
    const doc = resolveOnly('en', 'Wang Yi, China’s top diplomat, said the talks were frank. Beijing’s envoy to the UN, Fu Cong, said the council should act. The Kremlin spokesman declined to comment. Dmitry Peskov later said Moscow was ready.');
    assert.ok(entityWith(doc, 'wang-yi')!.descriptions.includes('China’s top diplomat'));
    const fu = entityWith(doc, 'Fu Cong')!;
    assert.equal(fu.type, 'PER');
    assert.ok(fu.descriptions.includes('Beijing’s envoy to the UN'));
    assert.ok(fu.roles.some((r) => r.role === 'envoy' && r.of === 'china'), 'the UN after "to" is not his state');
    assert.ok(entityWith(doc, 'dmitry-peskov')!.descriptions.includes('The Kremlin spokesman'));
  });
});


describe('resolve: a given name written with diacritics the name list lacks', () => {
  it('"Luís Montenegro" is a person, not Montenegro the state', () => {
    const doc = withTagger('en', 'Portuguese Prime Minister Luís Montenegro met Chinese officials in Lisbon.');
    assert.equal(entityWith(doc, 'Luís Montenegro')?.type, 'PER');
    assert.ok(!doc.get('entities').some((e) => e.id === 'montenegro'));
  });
});

describe('resolve: a possessive before a known organisation is its owner, not part of a longer name', () => {
  it('"Elon Musk\'s Tesla" is Elon Musk and Tesla', () => {
    const doc = withTagger('en', "Elon Musk's Tesla cut prices in China on Monday.");
    assert.equal(entityWith(doc, 'Elon Musk')?.type, 'PER');
    assert.equal(entityWith(doc, 'Tesla')?.id, 'tesla');
  });
});
