import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 13 (EV-ACT): actors of German clauses. Sentences written for these tests; whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): a verb right after ", und" has the sentence\'s subject (its own is left out)', () => {
  const cases: readonly [string, string, string][] = [
    ['after a reported clause: "sagte, sein Land sei …, und warf Spanien vor"',
      'Der marokkanische Außenminister Nasser Bourita sagte in Rabat, sein Land sei kein Grenzpolizist, und warf Spanien vor, die Patrouillen zu vernachlässigen.',
      'ACCUSE nasser-bourita>spain asserted'],
    ['a fronted time: "Am Montag sagte Tusk …, die Lage sei ernst, und forderte Belarus auf"',
      'Am Montag sagte Tusk in Warschau, die Lage sei ernst, und forderte Belarus auf, die Grenze zu schließen.',
      'REQUEST donald-tusk>belarus asserted'],
    ['a state subject: "Die Regierung in Warschau erklärte, …, und drohte Belarus mit Sanktionen"',
      'Die Regierung in Warschau erklärte, die Lage sei ernst, und drohte Belarus mit Sanktionen.',
      'THREATEN poland>belarus asserted'],
  ];
  for (const [name, sentence, want] of cases) it(name, () => assertHas(de(sentence), want));
  it('negative: the name after the verb is no subject ("und warf Spanien vor" is no ACCUSE spain>…)', () =>
    assertLacks(de('Der marokkanische Außenminister Nasser Bourita sagte in Rabat, sein Land sei kein Grenzpolizist, und warf Spanien vor, die Patrouillen zu vernachlässigen.'), /^ACCUSE spain/u));
  it('negative: a subject of its own after "und" stays ("…, und die EU forderte Belarus auf")', () =>
    assertHas(de('Tusk sagte, Russland habe die Grenze verletzt, und die EU forderte Belarus auf, die Grenze zu schließen.'), 'REQUEST european-union>belarus asserted'));
  it('negative: a sentence opened by a subordinator has no main clause subject to give', () =>
    assertLacks(de('Weil die Lage ernst sei, und forderte Belarus auf, die Grenze zu schließen.'), /^REQUEST [a-z-]+>belarus/u));
});

describe('events (de): the source of a statement in a prepositional phrase is no object ("nach Angaben des Ministeriums")', () => {
  it('"Die Polizei nahm … nach Angaben des Innenministeriums 37 Demonstranten fest": the arrest stays, by the place\'s state', () =>
    assertHas(de('Die Polizei nahm am Samstag in Belgrad nach Angaben des Innenministeriums 37 Demonstranten fest.'), 'COERCE serbia>- asserted'));
  it('negative: the ministry is no one arrested', () =>
    assertLacks(de('Die Polizei nahm am Samstag in Belgrad nach Angaben des Innenministeriums 37 Demonstranten fest.'), /^COERCE [a-z-]+>serbia/u));
  it('a statement noun that is the object keeps its author: "wies den Vorwurf Madrids zurück" answers Madrid', () =>
    assertHas(de('Rabat wies den Vorwurf Madrids umgehend zurück.'), 'REJECT morocco>spain asserted'));
});

describe('events (de): a pattern carried into the "dass" clause keeps its objects in the trigger\'s own clause', () => {
  it('Perfekt with the addressee before the participle: "Die Regierung in Warschau hat Minsk gewarnt, dass Polen reagieren werde"', () =>
    assertHas(de('Die Regierung in Warschau hat Minsk eindringlich gewarnt, dass Polen reagieren werde.'), 'THREATEN poland>belarus asserted'));
  it('negative: without an addressee the name in the "dass" clause is no target ("Polen hat gewarnt, dass Warschau …")', () =>
    assertHas(de('Polen hat gewarnt, dass Warschau zurückschlagen werde.'), 'THREATEN poland>- asserted'));
  it('negative: a third party\'s act in the Perfekt is still no threat ("Die Nato hat gewarnt, dass Russland angreifen könnte")', () =>
    assertLacks(de('Die Nato hat gewarnt, dass Russland angreifen könnte.'), /^THREATEN/u));
});
