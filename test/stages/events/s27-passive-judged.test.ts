import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A passive evaluation whose subject is a generic deed noun ("The decision was condemned by the EU", "Von der EU wurde
 * das Vorgehen verurteilt", "Das harte Vorgehen wurde auch von Frankreich verurteilt") judges the deed reported before,
 * as its active form does ("the EU condemned the decision"): the agent is the source, the deed's doer the target.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);
const DE_DEED = 'Titel\n\nSerbien nahm am Montag zwei kosovarische Polizisten fest.\n\n';
const EN_DEED = 'Title\n\nSerbia detained two Kosovo police officers on Monday.\n\n';

describe('events: passive blame of a generic deed (s27)', () => {
  it('English: "The decision was condemned by the EU"', () => assertHas(events(`${EN_DEED}The decision was condemned by the EU.\n`, 'en'), 'ACCUSE european-union>serbia asserted'));
  it('English: "The move was also criticised by Germany"', () => assertHas(events(`${EN_DEED}The move was also criticised by Germany.\n`, 'en'), 'ACCUSE germany>serbia asserted'));
  it('German: agent fronted, "Von der EU wurde das Vorgehen verurteilt"', () => assertHas(events(`${DE_DEED}Von der EU wurde das Vorgehen verurteilt.\n`, 'de'), 'ACCUSE european-union>serbia asserted'));
  it('German: subject opening the clause, "Die Entscheidung wurde von Deutschland scharf kritisiert"', () => assertHas(events(`${DE_DEED}Die Entscheidung wurde von Deutschland scharf kritisiert.\n`, 'de'), 'ACCUSE germany>serbia asserted'));
  it('German: a modifier before the noun, "Das harte Vorgehen wurde auch von Frankreich verurteilt"', () => assertHas(events(`${DE_DEED}Das harte Vorgehen wurde auch von Frankreich verurteilt.\n`, 'de'), 'ACCUSE france>serbia asserted'));
});

describe('events: passive evaluations with no deed to judge (s27 negatives)', () => {
  it('English: no deed reported before', () => assertLacks(events('Title\n\nThe foreign ministers met in Brussels on Monday.\n\nThe decision was condemned by the EU.\n', 'en'), /^ACCUSE european-union>/));
  it('German: no deed reported before', () => assertLacks(events('Titel\n\nDie Außenminister trafen sich am Montag in Brüssel.\n\nDie Entscheidung wurde von Deutschland scharf kritisiert.\n', 'de'), /^ACCUSE germany>/));
  it('German: a law adopted is no blame', () => assertLacks(events(`${DE_DEED}Das Gesetz wurde vom Parlament verabschiedet.\n`, 'de'), /^ACCUSE/));
  it('English: the judge\'s own deed is not blamed on itself', () => assertLacks(events('Title\n\nGermany closed its embassy in Belgrade on Monday.\n\nThe decision was criticised by Germany.\n', 'en'), /^ACCUSE germany>germany/));
});
