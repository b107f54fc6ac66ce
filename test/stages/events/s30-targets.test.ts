import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

/**
 * A ship's flag state is an attribute of the vessel (view.ts `flagAttribute`, event-cues `flagStates`): neither whom a
 * seizure of or an attack on the ship concerns nor an actor. A state the ship merely comes from or belongs to, named as
 * a state, stays the target.
 */
describe('events: a flag state is no target (s30)', () => {
  it('English: "a Panama-flagged tanker", "under the Liberian flag"', () => {
    const a = events('Tanker seized\n\nIranian forces seized a Panama-flagged oil tanker in the Gulf of Oman on Sunday.\n', 'en');
    assertHas(a, 'COERCE iran>- asserted');
    assertLacks(a, />panama/);
    const b = events('Ship attacked\n\nThe Houthis fired two missiles at a bulk carrier sailing under the Liberian flag on Tuesday.\n', 'en');
    assertLacks(b, />liberia/);
  });
  it('German: "unter panamaischer Flagge", "unter der Flagge Liberias"', () => {
    const a = events('Tanker beschlagnahmt\n\nIranische Einheiten beschlagnahmten am Sonntag einen Tanker unter panamaischer Flagge.\n', 'de');
    assertHas(a, 'COERCE iran>- asserted');
    assertLacks(a, />panama/);
    const b = events('Tanker beschlagnahmt\n\nIranische Einheiten beschlagnahmten am Sonntag einen Tanker unter der Flagge Liberias.\n', 'de');
    assertLacks(b, />liberia/);
  });
  it('negative: a state that is the object stays the target ("attacked Panama", "griffen Panama an")', () => {
    assertHas(events('Troops advance\n\nColombian troops attacked Panama on Sunday, the ministry said.\n', 'en'), 'ASSAULT colombia>panama asserted');
    assertHas(events('Angriff\n\nKolumbianische Truppen griffen am Sonntag Panama an.\n', 'de'), 'ASSAULT colombia>panama asserted');
  });
});

/**
 * "both sides" after a meeting of two named with no pair named together: the two who met in this or the three sentences
 * before (view.ts `pairAnaphorChains`, the window of a pair named together), not the article's main states. A meeting
 * further back does not reach.
 */
describe('events: "both sides" are the two who met a few sentences before (s30)', () => {
  it('English: a sentence between the meeting and "urged both sides"', () => {
    const got = events('Talks in Abu Dhabi\n\nPashinyan met Aliyev in Abu Dhabi on Monday. It was their fourth meeting this year. EU foreign policy chief Kaja Kallas urged both sides to keep talking.\n', 'en');
    assertHas(got, 'REQUEST kaja-kallas>nikol-pashinyan asserted');
    assertHas(got, 'REQUEST kaja-kallas>ilham-aliyev asserted');
  });
  it('German: a sentence between the meeting and "rief beide Seiten auf"', () => {
    const got = events('Treffen in Abu Dhabi\n\nPaschinjan traf sich am Montag in Abu Dhabi mit Alijew. Es war ihr viertes Treffen in diesem Jahr. Die EU-Außenbeauftragte Kaja Kallas rief beide Seiten auf, weiter zu verhandeln.\n', 'de');
    assertHas(got, 'REQUEST kaja-kallas>nikol-pashinyan asserted');
    assertHas(got, 'REQUEST kaja-kallas>ilham-aliyev asserted');
  });
  it('negative: a meeting four sentences before is out of reach', () => {
    const got = events('Talks in Abu Dhabi\n\nPashinyan met Aliyev in Abu Dhabi on Monday. It was their fourth meeting this year. The talks lasted four hours. Reporters waited outside. EU foreign policy chief Kaja Kallas urged both sides to keep talking.\n', 'en');
    assertLacks(got, /^REQUEST kaja-kallas>(nikol-pashinyan|ilham-aliyev)/);
  });
});

/**
 * A place or facility attacked or seized names whom the act concerns through its holder (actors.ts `heldBy`, event-cues
 * `heldParticiples`): "a wing controlled by Los Choneros", "von der Ukraine gehaltene Stellungen". Without a holder the
 * act keeps no target; a passive's agent stays its source.
 */
describe('events: the holder of a place attacked is the target (s30)', () => {
  it('English: "attacked a wing controlled by …", "struck an oil depot run by …"', () => {
    assertHas(events('Prison riot\n\nMembers of Los Lobos attacked a wing controlled by Los Choneros on Sunday.\n', 'en'), 'ASSAULT members-of-los-lobos>los-choneros asserted');
    assertHas(events('Drone strike\n\nRussian drones struck an oil depot run by Ukraine on Sunday.\n', 'en'), 'ASSAULT russia>ukraine asserted');
  });
  it('German: "griffen … von der Ukraine gehaltene Stellungen an", "einen von der Armee … kontrollierten Posten"', () => {
    assertHas(events('Angriff\n\nRussische Truppen griffen am Sonntag die von der Ukraine gehaltenen Stellungen an.\n', 'de'), 'ASSAULT russia>ukraine asserted');
    assertHas(events('Angriff\n\nKämpfer der JNIM griffen am Dienstag einen von der Armee Burkina Fasos kontrollierten Posten an.\n', 'de'), 'ASSAULT jnim>burkina-faso asserted');
  });
  it('negative: no holder named, or the holder in another sentence, gives no target', () => {
    assertHas(events('Angriff\n\nRussische Truppen griffen am Sonntag Stellungen an.\n', 'de'), 'ASSAULT russia>- asserted');
    assertHas(events('Angriff\n\nDie Stellungen wurden von der Ukraine gehalten. Russische Truppen griffen am Sonntag an.\n', 'de'), 'ASSAULT russia>- asserted');
    assertHas(events('Attack\n\nRussian drones struck an oil depot near the border on Sunday.\n', 'en'), 'ASSAULT russia>- asserted');
  });
});

/**
 * A deployment's or a journey's destination that the knowledge base does not know is a town or region, no recipient,
 * also when the entity layer found it as a capitalised run rather than by the tagger (actors.ts `destinationsDropped`):
 * the knowledge base lacks no country. A state sent to keeps it.
 */
describe('events: an unknown town or region sent to is no target (s30)', () => {
  it('English: "ordered troops to Sinaloa", "will travel to Buka"', () => {
    assertHas(events('Troops sent\n\nMexican President Claudia Sheinbaum ordered 2,000 National Guard troops to Sinaloa to restore calm.\n', 'en'), 'MOBILIZE claudia-sheinbaum>- asserted');
    assertLacks(events('Envoy travels\n\nFormer New Zealand governor-general Jerry Mateparae will travel to Buka next month, the secretariat said.\n', 'en'), />buka/);
  });
  it('German: "verlegte Soldaten nach Sinaloa"', () => {
    assertHas(events('Soldaten verlegt\n\nDie mexikanische Präsidentin Claudia Sheinbaum verlegte am Montag 2000 Soldaten nach Sinaloa.\n', 'de'), 'MOBILIZE claudia-sheinbaum>- asserted');
  });
  it('negative: a state sent to stays the target', () => {
    assertHas(events('Troops sent\n\nRussian President Vladimir Putin ordered 2,000 troops to Belarus on Monday.\n', 'en'), 'MOBILIZE vladimir-putin>belarus asserted');
    assertHas(events('Soldaten verlegt\n\nDer russische Präsident Wladimir Putin verlegte am Montag 2000 Soldaten nach Belarus.\n', 'de'), 'MOBILIZE vladimir-putin>belarus asserted');
  });
});
