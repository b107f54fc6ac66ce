import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * An arrest or deportation reported in the agentless passive by the authority that carried it out (session 31, issue 6,
 * "no event in sentence"): "… abgeschoben, teilte die Guardia Civil mit", "Nach Angaben der beninischen Polizei
 * wurden … festgenommen", "were arrested, Punjab police said". The reporter is the doer (actors.ts
 * `reportingAuthority`): an organisation, or a state whose police the sentence names; not a person or a ministry, who
 * may report an arrest done to their own side.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events: an authority reporting an agentless arrest made it (COERCE, s31)', () => {
  it('German: "Nach Angaben der … Polizei wurden … festgenommen", "… abgeschoben, teilte … mit"', () => {
    assertHas(de('Nach Angaben der beninischen Polizei wurden am Montag fünf Arbeiter festgenommen.'), 'COERCE benin>unnamed-arbeiter asserted');
    assertHas(de('Etwa 40 Migranten seien nach Marokko abgeschoben worden, teilte die Guardia Civil mit.'), 'COERCE guardia-civil>- asserted');
  });
  it('English: "were arrested, … police said"', () => {
    assertHas(en('Two men were arrested near the border, Punjab police said.'), 'COERCE punjab>- asserted');
  });
  it('a person or a ministry spokesperson reporting an arrest names no doer (it may be done to their own side)', () => {
    assertLacks(en("Twelve activists were detained overnight, Belarus's interior minister Ivan Kubrakov said."), /^COERCE/);
    assertLacks(en('Two Vietnamese fishermen were detained near the islands, a Vietnamese foreign ministry spokeswoman said.'), /^COERCE vietnam/);
  });
  it('a doer the sentence names stays the doer; a report by someone of no state, or no report, names none', () => {
    assertHas(de('Zwei Journalisten wurden von der russischen Polizei festgenommen, teilte die Organisation Reporter ohne Grenzen mit.'), 'COERCE russia>unnamed-journalisten asserted');
    assertLacks(en('Two men were arrested near the border, a witness said.'), /^COERCE/);
    assertLacks(en('Two men were arrested near the border.'), /^COERCE/);
  });
  it('the same verbs in a sentence with no authority are no act of the speaker', () => {
    // (an active verb keeps its own subject: the speaker is no doer)
    assertLacks(de('„Wer heute abschiebt, gefährdet Leben“, sagte die Fraktionschefin der Grünen Britta Haßelmann.'), /^COERCE britta/);
  });
});
