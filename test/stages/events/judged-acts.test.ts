import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective'], ['Israelische', 'adjective']] },
  { id: 'saudi-arabia', type: 'GPE', forms: ['Saudi Arabia', 'Saudi-Arabien'] },
  { id: 'yemen', type: 'GPE', forms: ['Yemen', "Yemen's", 'Jemen', 'Jemens', 'Sanaa'] },
];
const en = (s: string): string[] => codeText('en', `Title\n${s}`, ACTORS, [], '2025-11-27').map(brief);
const de = (s: string): string[] => codeText('de', `Titel\n${s}`, ACTORS, [], '2025-11-27').map(brief);

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
