import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective'], ['Israelische', 'adjective']] },
  { id: 'saudi-arabia', type: 'GPE', forms: ['Saudi Arabia', 'Saudi-Arabien'] },
  { id: 'yemen', type: 'GPE', forms: ['Yemen', "Yemen's", 'Jemen', 'Jemens', 'Sanaa'] },
];
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });

describe('events: a verdict on an act blames its doer, not the victim named in the verdict', () => {
  it('en: "called the strikes a flagrant violation of Yemen\'s sovereignty"', () => {
    const got = en("Israeli jets struck targets in Yemen on Monday. Saudi Arabia called the strikes a flagrant violation of Yemen's sovereignty.");
    assertHas(got, 'ACCUSE saudi-arabia>israel asserted');
    assertLacks(got, /^ACCUSE saudi-arabia>yemen/);
  });
  it('de: "bezeichnete die Angriffe als eklatante Verletzung der Souveränität Jemens"', () => {
    const got = de('Israelische Kampfjets griffen am Montag Ziele im Jemen an. Saudi-Arabien bezeichnete die Angriffe als eklatante Verletzung der Souveränität Jemens.');
    assertHas(got, 'ACCUSE saudi-arabia>israel asserted');
    assertLacks(got, /^ACCUSE saudi-arabia>yemen/);
  });
  it('negative: an actor that is itself the object of the verdict stays the addressee', () => {
    assertHas(en("Saudi Arabia called Israel's strikes on Yemen a flagrant violation of international law."), 'ACCUSE saudi-arabia>israel asserted');
  });
});

describe('events (en): a place after "near" is no target of a strike (it may lie across a border)', () => {
  it('negative: "near the Saudi border", "near Saudi Arabia" do not make Saudi Arabia the target', () => {
    assertLacks(en('Israeli jets struck a convoy near the Saudi border on Monday.'), /^ASSAULT israel>saudi-arabia/);
    assertLacks(en('Israeli jets struck a convoy near Saudi Arabia on Monday.'), /^ASSAULT israel>saudi-arabia/);
  });
  it('the object, when an actor, stays the target', () => {
    assertHas(en('Israeli jets struck Yemen near the Saudi border on Monday.'), 'ASSAULT israel>yemen asserted');
  });
});

describe('events: a strike near a city or place hits that place (its state for a capital); near a state or border it does not', () => {
  // through the whole engine: whether a mention names a city or a state is the entity layer's knowledge
  const run = (lang: 'de' | 'en', s: string): string[] => engineEvents(`${lang === 'de' ? 'Titel' : 'Title'}\n${s}\n`, '2026-11-30', lang).map(brief);
  it('en: "struck targets near Sanaa" (a capital: its state), "bombed positions near Mosul" (a place)', () => {
    assertHas(run('en', 'Israeli jets struck targets near Sanaa on Monday.'), 'ASSAULT israel>yemen asserted');
    assertHas(run('en', 'Turkish drones bombed positions near Mosul on Tuesday.'), 'ASSAULT turkey>mosul asserted');
  });
  it('de: "griffen Ziele nahe Sanaa an", "bombardierten Stellungen bei Mossul"', () => {
    assertHas(run('de', 'Israelische Kampfjets griffen am Montag Ziele nahe Sanaa an.'), 'ASSAULT israel>yemen asserted');
    assertHas(run('de', 'Türkische Drohnen bombardierten am Dienstag Stellungen bei Mossul.'), 'ASSAULT turkey>mosul asserted');
  });
  it('negative: near a state or its border, the state is no target', () => {
    assertLacks(run('en', 'Israeli jets struck a convoy near Saudi Arabia on Monday.'), /^ASSAULT israel>saudi-arabia/);
    assertLacks(run('en', 'Israeli jets struck a convoy near the Saudi border on Monday.'), /^ASSAULT israel>saudi-arabia/);
    assertLacks(run('en', 'Pakistani jets bombed hideouts near Afghanistan on Friday.'), /^ASSAULT pakistan>afghanistan/);
    assertLacks(run('de', 'Israelische Kampfjets bombardierten am Dienstag Stellungen nahe Saudi-Arabien.'), /^ASSAULT israel>saudi-arabia/);
    assertLacks(run('de', 'Israelische Kampfjets bombardierten am Dienstag Stellungen nahe der saudischen Grenze.'), /^ASSAULT israel>saudi-arabia/);
  });
  it('negative: the object, when an actor, stays the target', () => {
    assertHas(run('en', 'Israeli jets struck Yemen near Sanaa on Monday.'), 'ASSAULT israel>yemen asserted');
    assertLacks(run('en', 'Iranian drones struck Iraq near Basra on Monday.'), /^ASSAULT iran>basra/);
  });
});
