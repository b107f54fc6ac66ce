import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 18 (EV-LEX): lexicon families. Sentences written for these tests.
 */
const en = engineCoder('en');
const de = engineCoder('de');

/** Asserts an event starting with `want` ("SUPPORT china>"): the type and source, whatever the target the actor layer finds. */
function hasPrefix(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

describe('events: taking a party\'s side is SUPPORT (en "took the side of / sides with", "threw its support behind"; de "stellte sich auf die Seite", "ergriff Partei für")', () => {
  const cases: readonly (readonly [string, (s: string) => string[], string, string])[] = [
    ['en "took the side of"', en, 'China took the side of Russia in the dispute.', 'SUPPORT china>russia'],
    ['en "has taken sides with"', en, 'Hungary has taken sides with Moscow.', 'SUPPORT hungary>russia'],
    ['en "threw its support behind"', en, 'The United States threw its support behind Kenya.', 'SUPPORT usa>kenya'],
    ['en "put its backing behind"', en, 'France put its backing behind Morocco.', 'SUPPORT france>morocco'],
    ['de "stellte sich auf die Seite"', de, 'China stellte sich auf die Seite Russlands.', 'SUPPORT china>'],
    ['de "schlug sich auf die Seite"', de, 'Die Türkei schlug sich auf die Seite Aserbaidschans.', 'SUPPORT turkey>'],
    ['de "hat sich … auf die Seite … gestellt" (verb last)', de, 'Ungarn hat sich klar auf die Seite Moskaus gestellt.', 'SUPPORT hungary>'],
    ['de "stellten sich an die Seite"', de, 'Frankreich und Italien stellten sich an die Seite der Ukraine.', 'SUPPORT france>'],
    ['de "steht an der Seite der" (the party after "an/auf … Seite" is the target)', de, 'Deutschland steht fest an der Seite der Ukraine.', 'SUPPORT germany>ukraine'],
    ['de "ergriff Partei für"', de, 'Ungarn ergriff im Streit Partei für Russland.', 'SUPPORT hungary>russia'],
  ];
  for (const [name, code, s, want] of cases) it(name, () => hasPrefix(code(s), want));
  const negatives: readonly (readonly [string, (s: string) => string[], string])[] = [
    ['en "it takes two sides" (no party taken)', en, 'It takes two sides to make peace, the mediator said.'],
    ['en "took positions on both sides of the road"', en, 'Police took positions on both sides of the road.'],
    ['en "took a side road"', en, 'The convoy took a side road to avoid the checkpoint.'],
    ['de "stellte sich die Frage, auf welcher Seite" (the clause after the comma)', de, 'Er stellte sich die Frage, auf welcher Seite die Wahrheit liege.'],
    ['de "Auf der anderen Seite stellte sich …" (a fronted phrase)', de, 'Auf der anderen Seite stellte sich die Lage anders dar.'],
    ['de "stellten sich auf beiden Seiten der Straße auf" (a position)', de, 'Die Polizisten stellten sich auf beiden Seiten der Straße auf.'],
  ];
  for (const [name, code, s] of negatives) it(`negative: ${name}`, () => assertLacks(code(s), /^SUPPORT/u));
});

describe('events (de): reinforcements sent or moved are MOBILIZE ("schickte Verstärkung", "verlegte Verstärkungen", "hat Verstärkungen … verlegt")', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"schickten Verstärkung in …"', 'Die USA schickten Verstärkung in den Nahen Osten.', 'MOBILIZE usa>'],
    ['"verlegte Verstärkungen nach …"', 'Die Ukraine verlegte Verstärkungen nach Pokrowsk.', 'MOBILIZE ukraine>'],
    ['"hat Verstärkungen … verlegt" (participle last)', 'Die Nato hat Verstärkungen ins Baltikum verlegt.', 'MOBILIZE nato>'],
  ];
  for (const [name, s, want] of cases) it(name, () => hasPrefix(de(s), want));
  it('negative: a football club "holte Verstärkung" (no force moved)', () =>
    assertLacks(de('Der Fußballverein Hertha holte im Winter Verstärkung für die Abwehr.'), /^MOBILIZE/u));
  it('negative: "verlegte das Training in die Halle" (no force noun)', () =>
    assertLacks(de('Der Verein verlegte das Training wegen des Regens in die Halle.'), /^MOBILIZE/u));
});
