/**
 * Session 13 (entity layer): inflected multi-word names, plural state organs, and descriptions that generalise.
 * Own sentences; each family with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledgeBase } from '../../../src/kb/index.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));
const kbDe = buildKnowledgeBase(new ResourceLoader('de'), 'de');
const ids = (form: string): string[] => kbDe.lookup(form).map((h) => h.entity.id);

describe('resolve (session 13): German declension of names that open with adjectives', () => {
  const forms: [string, string][] = [
    ['Vereinigten Arabischen Emiraten', 'united-arab-emirates'], // dative plural
    ['Vereinigten Arabischen Emirate', 'united-arab-emirates'], // genitive plural
    ['Emiraten', 'united-arab-emirates'],
    ['Vereinigten Staaten von Amerika', 'usa'],
    ['Demokratischen Sozialistischen Republik Sri Lanka', 'sri-lanka'], // every adjective, not only the first
    ['Vereinigten Mexikanischen Staaten', 'mexico'],
    ['Internationalen Strafgerichtshofs', 'icc'], // genitive of the head
    ['Europäischen Parlaments', 'european-parliament'],
    ['Nördlichen Marianen', 'northern-mariana-islands'],
    ['Niederlanden', 'netherlands'],
  ];
  for (const [form, id] of forms) it(`the knowledge base finds "${form}"`, () => assert.ok(ids(form).includes(id), `${form}: ${ids(form).join(',')}`));

  it('negative: a half-declined form or a dative on a name that is not plural-final is no name', () => {
    assert.deepEqual(ids('Vereinigte Arabische Emiraten'), []);
    assert.deepEqual(ids('Karibische Niederlanden'), []);
  });

  it('a dative and a genitive plural in a sentence are the state', () => {
    const a = withTagger('de', 'Der ukrainische Präsident dankte den Vereinigten Arabischen Emiraten für die Vermittlung.');
    assert.ok(byAlias(a, 'Vereinigten Arabischen Emiraten')?.id === 'united-arab-emirates', dump(a));
    const b = withTagger('de', 'Der Außenminister der Vereinigten Arabischen Emirate reiste nach Kiew. Er lobte den Austausch mit den Emiraten.');
    assert.equal(byAlias(b, 'Vereinigten Arabischen Emirate')?.id, 'united-arab-emirates', dump(b));
    assert.equal(byAlias(b, 'Emiraten')?.id, 'united-arab-emirates', dump(b));
  });

  it('negative: an emirate in the singular is not the state', () => {
    const a = withTagger('de', 'Das Emirat Katar vermittelte zwischen den Parteien.');
    assert.notEqual(byAlias(a, 'Emirat')?.id, 'united-arab-emirates', dump(a));
  });
});

describe('resolve (session 13): a plural organ listed with another type than its singular is its own head', () => {
  const cases: [string, 'de' | 'en', string, string][] = [
    ['nominative, adjective of the state', 'de', 'Die spanischen Behörden teilten mit, es gebe keine Gefahr.', 'Die spanischen Behörden'],
    ['dative after a preposition', 'de', 'Die Männer wurden von den marokkanischen Behörden festgenommen.', 'den marokkanischen Behörden'],
    ['genitive', 'de', 'Nach Angaben der tunesischen Behörden gab es drei Tote.', 'der tunesischen Behörden'],
    ['English plural prosecutors', 'en', 'Spanish prosecutors said the men were held in Madrid.', 'Spanish prosecutors'],
  ];
  const state: Record<string, string> = { 'Die spanischen Behörden': 'spain', 'den marokkanischen Behörden': 'morocco', 'der tunesischen Behörden': 'tunisia', 'Spanish prosecutors': 'spain' };
  for (const [what, lang, text, desc] of cases) {
    it(`${what}: "${desc}" describes its state`, () => {
      const a = withTagger(lang, text);
      assert.equal(describing(a, desc)?.id, state[desc], dump(a));
    });
  }

  it('negative: the singular "die Behörde" stays an agency named before, not a state', () => {
    const a = withTagger('de', 'Das Bundesamt für Verfassungsschutz warnte vor Sabotage. Die Behörde beobachte die Szene seit Jahren.');
    assert.equal(describing(a, 'Die Behörde')?.id, 'bfv', dump(a));
    const b = withTagger('en', 'Prosecutor Maria Lopez said the case was closed. The prosecutor declined further comment.');
    assert.notEqual(describing(b, 'The prosecutor')?.type, 'GPE', dump(b));
  });
});

describe('resolve (session 13): vessel nouns refer to the vessel named before (headClasses vessel)', () => {
  it('English: "the vessel", "the ship" after a ship named with another vessel noun', () => {
    const a = withTagger('en', 'Rebels fired two missiles at the Nordic Spirit, a Greek-owned tanker, on Tuesday. The vessel was damaged. The ship later reached Djibouti.');
    const ship = byAlias(a, 'Nordic Spirit');
    assert.ok(ship, dump(a));
    assert.ok(ship.descriptions.includes('The vessel') && ship.descriptions.includes('The ship'), dump(a));
  });

  it('German: "das Schiff" after "der Tanker X"', () => {
    const a = withTagger('de', 'Der Tanker Eventin trieb manövrierunfähig vor Rügen. Das Schiff wurde später beschlagnahmt.');
    assert.equal(describing(a, 'Das Schiff')?.id, byAlias(a, 'Eventin')?.id, dump(a));
  });

  it('negative: a vessel noun joins no organisation or state described without one', () => {
    const a = withTagger('en', 'The Philippine coast guard said on Monday it had filed a protest. The vessel was later towed away.');
    assert.equal(describing(a, 'The vessel')?.type === 'GPE', false, dump(a));
    const b = withTagger('de', 'Die Bundesregierung verurteilte den Angriff. Das Schiff lag da bereits im Hafen.');
    assert.notEqual(describing(b, 'Das Schiff')?.id, 'germany', dump(b));
  });
});

describe('resolve (session 13): the judges of a court named before are that court (benchNouns, courtWords)', () => {
  it('German: "Die Richter in Karlsruhe" and a compound "Die Verfassungsrichter" after the court', () => {
    const a = withTagger('de', 'Das Bundesverfassungsgericht hat das Gesetz gekippt. Die Richter in Karlsruhe sahen einen Verstoß gegen das Grundgesetz. Die Verfassungsrichter verwiesen auf frühere Urteile.');
    assert.equal(describing(a, 'Die Richter in Karlsruhe')?.id, 'bundesverfassungsgericht', dump(a));
    assert.equal(describing(a, 'Die Verfassungsrichter')?.id, 'bundesverfassungsgericht', dump(a));
  });

  it('English: "the judges in The Hague", "the justices" after the court', () => {
    const a = withTagger('en', 'The International Court of Justice ruled on Friday. The judges in The Hague said the order was binding.');
    assert.equal(describing(a, 'The judges in The Hague')?.id, 'icj', dump(a));
    const b = withTagger('en', 'The Supreme Court will hear the case in March. The justices said the matter was urgent.');
    assert.equal(describing(b, 'The justices')?.id, byAlias(b, 'Supreme Court')?.id, dump(b));
  });

  it('negative: judges with no court named are no named judge; one judge stays a person', () => {
    const a = withTagger('en', 'Judge Amy Berman Jackson ruled on Friday. The judges of the appeals panel disagreed.');
    assert.ok(!describing(a, 'The judges'), dump(a));
    const b = withTagger('de', 'Das Bundesverfassungsgericht verhandelt. Die Richterin Ana Popa stimmte dagegen.');
    assert.notEqual(describing(b, 'Die Richterin')?.id, 'bundesverfassungsgericht', dump(b));
  });
});

describe('resolve (session 13): an office with its state in a genitive tail is that state\'s office holder', () => {
  it('"Der Präsident der Vereinigten Staaten" is the US president named before, not another president', () => {
    const a = withTagger('de', 'Selenskyj dankte Trump für die Hilfe. Der Präsident der Vereinigten Staaten sagte, der Krieg müsse enden.');
    assert.equal(describing(a, 'Der Präsident der Vereinigten Staaten')?.id, 'donald-trump', dump(a));
  });

  it('English "the president of Kenya" is not the Ukrainian president named before', () => {
    const a = withTagger('en', 'Zelensky arrived in Nairobi on Monday. The president of Kenya said the talks were useful.');
    assert.notEqual(describing(a, 'The president of Kenya')?.id, 'volodymyr-zelensky', dump(a));
  });

  it('negative: the office of the state the person holds stays theirs; an organisation in the tail keeps the person', () => {
    const a = withTagger('de', 'Selenskyj sprach in Kiew. Der Präsident der Ukraine kündigte neue Sanktionen an.');
    assert.equal(describing(a, 'Der Präsident der Ukraine')?.id, 'volodymyr-zelensky', dump(a));
    const b = withTagger('de', 'Merz traf Macron in Paris. Der Vorsitzende der CDU lobte die Zusammenarbeit.');
    assert.equal(describing(b, 'Der Vorsitzende der CDU')?.id, 'friedrich-merz', dump(b));
  });

  it('negative: a dative object with a state adjective after the subject is no genitive tail ("warf der Minister der kongolesischen Armee vor")', () => {
    const a = withTagger('de', 'Außenminister Olivier Nduhungirehe schrieb auf X. Zugleich warf der Minister der kongolesischen Armee vor, mit der Miliz zusammenzuarbeiten.');
    assert.equal(describing(a, 'der Minister')?.id, 'olivier-nduhungirehe', dump(a));
  });
});
