import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 30: verbs of saying the lexicons lacked (self-written sentences, full pipeline).
// German: "führte an", "machte geltend", "schränkte ein", "stellte richtig", "beanstandete", "erkannte an, dass",
// "stimmte zu, dass", "drängte darauf", "insistierte", "verlautbarte", "offenbarte", "tadelte", "tat kund".
// English: "highlighted that", "objected that", "reminded reporters that", "hoped that", "doubted that".
// German "trat vor die Presse/Kameras" names a statement (as "nahm … Stellung" did already): a Konjunktiv account after them is its report.
// German Konjunktiv I of verbs whose stem ends in -t ("verpflichte", "berichte", "verzichte"), which the morphology rule
// takes for a preterite in -te, are listed (subjunctive.json forms): a sentence with one goes on with the report before it.
// Negatives: the same verbs in their other senses ("führte die Demonstration an", "stimmte dem Gesetz zu", "erkannte die
// Wahl an"), nouns ("There is little doubt that …", "The hopes that …"), and a verb of the reported clause inside it.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => [q.text, q.speaker]);

describe('quotes s30: German verbs of saying', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['führte an, die Kosten seien zu hoch', 'die Kosten seien zu hoch'],
    ['machte vor Gericht geltend, sein Mandant habe in Notwehr gehandelt', 'sein Mandant habe in Notwehr gehandelt'],
    ['schränkte ein, eine Einigung sei noch nicht sicher', 'eine Einigung sei noch nicht sicher'],
    ['stellte richtig, er habe nie von einem Rücktritt gesprochen', 'er habe nie von einem Rücktritt gesprochen'],
    ['beanstandete, die Frist sei zu kurz', 'die Frist sei zu kurz'],
    ['erkannte an, dass die Regierung Fehler gemacht habe', 'die Regierung Fehler gemacht habe'],
    ['stimmte zu, dass die Gespräche fortgesetzt werden sollten', 'die Gespräche fortgesetzt werden sollten'],
    ['drängte darauf, dass die Hilfe schneller fließe', 'die Hilfe schneller fließe'],
    ['insistierte, die Wahl sei gefälscht worden', 'die Wahl sei gefälscht worden'],
    ['tadelte, die Regierung habe zu spät reagiert', 'die Regierung habe zu spät reagiert'],
  ];
  for (const [verb, clause] of cases) {
    it(`"Der Oppositionsführer Marek Novak ${verb}"`, () => {
      const got = quotes(`Politik\n\nDer Oppositionsführer Marek Novak ${verb}.`, 'de');
      assert.deepEqual(got, [[clause, 'marek-novak']]);
    });
  }
  const negatives: readonly string[] = [
    'Der Oppositionsführer Marek Novak führte die Demonstration in Prag an, die Polizei hielt sich zurück.',
    'Das Parlament stimmte dem Gesetz am Montag zu, die Opposition enthielt sich.',
    'Die Regierung erkannte die Wahl an, nachdem die Kommission das Ergebnis bestätigt hatte.',
    'Die Regierung schränkte die Versammlungsfreiheit ein, um Proteste zu verhindern.',
  ];
  for (const text of negatives) {
    it(`negative: "${text}" reports nothing`, () => {
      assert.deepEqual(quotes(`Politik\n\n${text}`, 'de'), []);
    });
  }
  it('negative: a new verb inside the reported clause leaves the frame after it alone', () => {
    const got = quotes('Politik\n\nDie Regierung habe die Wahl nicht anerkannt, sagte der Oppositionsführer Marek Novak.', 'de');
    assert.deepEqual(got, [['Die Regierung habe die Wahl nicht anerkannt', 'marek-novak']]);
  });
});

describe('quotes s30: German phrases that name a statement before its Konjunktiv account', () => {
  const cases: readonly string[] = [
    'Innenminister Karl Berg nahm am Montag zu den Vorwürfen Stellung. Die Polizei habe richtig gehandelt.',
    'Innenminister Karl Berg trat vor die Kameras. Die Polizei habe richtig gehandelt.',
    'Innenminister Karl Berg trat vor die Presse. Die Polizei habe richtig gehandelt.',
  ];
  for (const text of cases) {
    it(`"${text}"`, () => {
      assert.deepEqual(quotes(`Streit\n\n${text}`, 'de'), [['Die Polizei habe richtig gehandelt', 'karl-berg']]);
    });
  }
  it('negative: an account after a sentence that names no statement reports nothing', () => {
    assert.deepEqual(quotes('Streit\n\nAm Abend reiste Innenminister Karl Berg nach Graz. Die Reise sei ein Erfolg gewesen.', 'de'), []);
  });
  it('negative: "Stellung" in another sense ("die Stellung der Armee") names no statement', () => {
    assert.deepEqual(quotes('Streit\n\nDie Rebellen nahmen die Stellung der Armee ein. Die Lage sei unübersichtlich.', 'de'), []);
  });
});

describe('quotes s30: Konjunktiv I of verbs whose stem ends in -t', () => {
  const text = (verb: string): string => `Streit\n\nDas Nachbarland verstoße gegen das Abkommen, sagte Außenminister Karl Berg. Das Abkommen ${verb} beide Seiten zur Zusammenarbeit.`;
  it('"Das Abkommen verpflichte beide Seiten …" goes on with the report before it', () => {
    const got = quotes(text('verpflichte'), 'de');
    assert.deepEqual(got.find(([t]) => t.startsWith('Das Abkommen')), ['Das Abkommen verpflichte beide Seiten zur Zusammenarbeit', 'karl-berg']);
  });
  it('negative: the preterite "verpflichtete" is the writer\'s narration', () => {
    const got = quotes(text('verpflichtete'), 'de');
    assert.equal(got.find(([t]) => t.startsWith('Das Abkommen')), undefined);
  });
  it('"Die Regierung verzichte auf Gegenmaßnahmen" after a report is part of it', () => {
    const got = quotes('Streit\n\nDie Lage sei ernst, sagte Außenminister Karl Berg. Die Regierung verzichte vorerst auf Gegenmaßnahmen.', 'de');
    assert.deepEqual(got.find(([t]) => t.startsWith('Die Regierung')), ['Die Regierung verzichte vorerst auf Gegenmaßnahmen', 'karl-berg']);
  });
});

describe('quotes s30: English verbs of saying', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['highlighted that the door remained open', 'the door remained open'],
    ['objected that the deadline was too short', 'the deadline was too short'],
    ['reminded reporters that the country was a NATO member', 'the country was a NATO member'],
    ['hoped that the talks would resume soon', 'the talks would resume soon'],
    ['doubted that the truce would hold', 'the truce would hold'],
  ];
  for (const [verb, clause] of cases) {
    it(`"Opposition leader Marek Novak ${verb}"`, () => {
      const got = quotes(`Politics\n\nOpposition leader Marek Novak ${verb}.`, 'en');
      assert.deepEqual(got, [[clause, 'marek-novak']]);
    });
  }
  const negatives: readonly string[] = [
    'There is little doubt that the truce will hold.',
    'The hopes that the talks would resume were dashed on Monday.',
    'The summit highlighted the divisions that had grown between the allies.',
  ];
  for (const text of negatives) {
    it(`negative: "${text}" reports nothing`, () => {
      assert.deepEqual(quotes(`Politics\n\n${text}`, 'en'), []);
    });
  }
  it('negative: "recognize" inside a reported clause is no frame of its own', () => {
    const got = quotes('Politics\n\nForeign Minister Penny Wong met her counterpart on Monday. Canberra would not recognize a unilateral declaration of independence, she added.', 'en');
    assert.deepEqual(got, [['Canberra would not recognize a unilateral declaration of independence', 'penny-wong']]);
  });
});
