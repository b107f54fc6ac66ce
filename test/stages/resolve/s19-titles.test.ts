/**
 * Session 19 (entity layer): the extent of a German title before a name. A verb of saying after a demonstrative that
 * opens its clause is the finite verb, not a participle of the title ("Das kündigte Innenminister X an" lists
 * "Innenminister"), and a noun of another kind before a person's title closes the phrase before it ("traf in der
 * syrischen Hauptstadt Präsident X" lists "Präsident"). Own sentences, with negatives: a participle with its own prefix,
 * a rank after a title, two titles joined by "und" and an adjective before the title stay inside.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.descriptions]));

describe('resolve (session 19): a German title before a name ends at the verb or at a noun of another kind', () => {
  // [label, text, name, listed title, a longer phrase that must not be listed]
  const cases: [string, string, string, string, string][] = [
    ['separable verb of saying after "Das"', 'Das kündigte Innenminister Marcin Kierwiński am Dienstag in Warschau an.', 'Marcin Kierwiński', 'Innenminister', 'Das kündigte Innenminister'],
    ['"Dies teilte … mit"', 'Dies teilte Präsidentin Maia Sandu am Abend mit.', 'Maia Sandu', 'Präsidentin', 'Dies teilte Präsidentin'],
    ['after a comma', 'Die Grenze bleibt geschlossen, das meldete Regierungschef Donald Tusk am Montag.', 'Donald Tusk', 'Regierungschef', 'das meldete Regierungschef'],
    ['present tense', 'Das kündigt Verteidigungsminister Boris Pistorius für Mittwoch an.', 'Boris Pistorius', 'Verteidigungsminister', 'Das kündigt Verteidigungsminister'],
    ['a capital before the title', 'Die Ministerin traf in der syrischen Hauptstadt Präsident Ahmed al-Scharaa.', 'Ahmed al-Scharaa', 'Präsident', 'der syrischen Hauptstadt Präsident'],
    ['a government before the title', 'Der Gesandte übergab der Regierung Ministerpräsident Irakli Kobachidse einen Brief.', 'Irakli Kobachidse', 'Ministerpräsident', 'der Regierung Ministerpräsident'],
  ];
  for (const [label, text, name, desc, not] of cases) {
    it(`${label}: "${desc}"`, () => {
      const doc = withTagger('de', text);
      const e = entityWith(doc, name);
      assert.ok(e, dump(doc));
      assert.ok(e.descriptions.includes(desc), dump(doc));
      assert.ok(!e.descriptions.includes(not), dump(doc));
    });
  }

  // negatives: these titles keep their whole phrase
  const negatives: [string, string, string, string[]][] = [
    ['a participle with its prefix stays the adjective', 'Die gewählte Präsidentin Claudia Sheinbaum sagte das am Montag.', 'Claudia Sheinbaum', ['Die gewählte Präsidentin']],
    ['a verb of saying inside the clause is no opener', 'Die Zeitung meldete, der erwähnte Minister Stefan Berger sei zurückgetreten.', 'Stefan Berger', ['der erwähnte Minister']],
    ['a rank after a title stays a description of its own', 'Juntachef General Assimi Goïta sprach am Abend.', 'Assimi Goïta', ['Juntachef', 'General']],
    ['two titles joined by "und"', 'Der Oppositionspolitiker und Kongressabgeordnete Guillermo Bermejo wurde festgenommen.', 'Guillermo Bermejo', ['Der Oppositionspolitiker und Kongressabgeordnete']],
    ['an adjective before the title', 'Der frühere Präsident Evo Morales hat das Land verlassen.', 'Evo Morales', ['Der frühere Präsident']],
  ];
  for (const [label, text, name, keep] of negatives) {
    it(`negative: ${label}`, () => {
      const doc = withTagger('de', text);
      const e = entityWith(doc, name);
      assert.ok(e, dump(doc));
      for (const d of keep) assert.ok(e.descriptions.includes(d), `${d}: ${dump(doc)}`);
    });
  }
});
