import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../../../src/doc/types.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { speechActsStage } from '../../../src/stages/speech-acts/index.js';
import { runQuotes, type EntitySpec } from '../quotes/helpers.js';

// Session 22: speech acts reported without their content ("Die Regierung kündigte Reformen an"), a layer of their
// own. Self-written passages in German and English; each row is a passage and the acts expected from it as
// [speaker, verb, topic]; the quotes the quotes stage reports are checked to be no acts.

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const berg: EntitySpec = { id: 'anna-berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };
const verdi: EntitySpec = { id: 'verdi', type: 'ORG', forms: [['Verdi', 'name']] };
const entities = [huber, berg, verdi];

type Row = readonly [text: string, acts: readonly (readonly [speaker: string | null, cue: string, topic: string | null])[]];

/** Registers one test per passage: the acts of the speech-acts stage after the quotes stage, as [speaker, cue, topic]. */
function table(name: string, lang: Lang, rows: readonly Row[]): void {
  const run = speechActsStage.create({ lang, resources: new ResourceLoader(lang), options: {}, dataDir: null });
  for (const [text, expected] of rows) {
    test(`${name}: ${text}`, () => {
      const { doc } = runQuotes(`${text}\n`, lang, entities);
      run(doc);
      const acts = doc.get('speechActs');
      assert.deepEqual(acts.map((a) => [a.speaker, a.cue.text, a.topic?.text ?? null]), expected,
        JSON.stringify({ acts: acts.map((a) => [a.text, a.rule]), quotes: doc.get('quotes').map((q) => q.text) }));
      for (const a of acts) assert.equal(a.text, doc.text.slice(a.start, a.end));
    });
  }
}

table('speech acts, de', 'de', [
  ['Anna Berg dementierte die Berichte über ihren Rücktritt.', [['anna-berg', 'dementierte', 'die Berichte über ihren Rücktritt']]],
  ['Karl Huber äußerte sich am Abend zur Lage im Hafen.', [['karl-huber', 'äußerte', 'am Abend zur Lage im Hafen']]],
  ['Verdi kritisierte die Entscheidung des Vorstands scharf.', [['verdi', 'kritisierte', 'die Entscheidung des Vorstands scharf']]],
  ['Am Dienstag warnte Anna Berg vor einer Eskalation an der Grenze.', [['anna-berg', 'warnte', 'vor einer Eskalation an der Grenze']]],
  ['Karl Huber kündigte für den Herbst eine neue Steuerreform an.', [['karl-huber', 'kündigte', 'für den Herbst eine neue Steuerreform']]],
  ['Der Minister Karl Huber hat gestern den Abzug der Truppen angekündigt.', [['karl-huber', 'angekündigt', 'gestern den Abzug der Truppen']]],
  ['Anna Berg drohte der Firma mit einer Klage.', [['anna-berg', 'drohte', 'der Firma mit einer Klage']]],
  // a subject no entity stands for is the speaker phrase (speaker null); a fixed verb phrase is the cue as a whole
  ['Der Betriebsratschef der Werft sprach von chaotischen Zuständen im Lager.', [[null, 'sprach von', 'chaotischen Zuständen im Lager']]],
  // a relative or adverbial clause after the verb leaves the act
  ['Verdi hat den Streik angekündigt, falls die Gespräche scheitern.', [['verdi', 'angekündigt', 'den Streik']]],
  ['Anna Berg begrüßte die Entscheidung des Gerichts.', [['anna-berg', 'begrüßte', 'die Entscheidung des Gerichts']]],
  // the clause after a dash between two main clauses (a headline) has its own subject
  ['Die Werft entlässt zweihundert Arbeiter – Verdi kritisiert den Stellenabbau', [['verdi', 'kritisiert', 'den Stellenabbau']]],
  // a relative clause reports its own act; when its pronoun is the object, what the pronoun refers to is the topic
  ['Karl Huber verteidigte den Plan, den Anna Berg im Mai kritisiert hatte.', [['anna-berg', 'kritisiert', 'den Plan']]],
  ['Die Firma Verdi, die den Plan im Mai kritisiert hatte, schweigt seither.', [['verdi', 'kritisiert', 'den Plan im Mai']]],
]);

table('no speech acts, de', 'de', [
  // a content clause or a quote after the verb: reported speech, the quotes stage's
  ['Karl Huber kündigte an, die Steuern im Herbst zu senken.', []],
  ['Anna Berg kritisierte, dass die Regierung zu spät gehandelt habe.', []],
  ['Karl Huber warnte: „Die Lage an der Grenze ist ernst.“', []],
  // "kündigen" in the sense of dismissal has no particle "an"
  ['Die Firma kündigte dem Hausmeister nach zwanzig Jahren.', []],
  ['Der Verein kündigte den Mietvertrag für die Halle.', []],
  // a passive names no speaker; a negated act did not happen
  ['Die Bevölkerung wurde vor weiteren Unwettern gewarnt.', []],
  ['Die Entscheidung wurde von vielen scharf kritisiert.', []],
  ['Karl Huber hat sich für die Äußerung bisher nicht entschuldigt.', []],
  // other senses of a speech verb: casualties, a threat without anybody threatening, an attributive participle
  ['Das Erdbeben forderte mindestens zwanzig Todesopfer.', []],
  ['Der Region droht eine lange Dürre.', []],
  ['Die angekündigten Reformen blieben aus.', []],
  // an unspecified group is no source
  ['Experten warnten vor einer Eskalation an der Grenze.', []],
  // greeting a person or guests is no speech act; welcoming a decision is
  ['Anna Berg begrüßte Karl Huber am Flughafen.', []],
  ['Verdi begrüßte die Gäste im Festsaal.', []],
]);

table('speech acts, en', 'en', [
  ['Anna Berg denied the reports on Tuesday.', [['anna-berg', 'denied', 'the reports on Tuesday']]],
  ['Verdi condemned the attack on the embassy.', [['verdi', 'condemned', 'the attack on the embassy']]],
  ['Anna Berg welcomed the ruling of the court.', [['anna-berg', 'welcomed', 'the ruling of the court']]],
  ['Karl Huber warned of a new escalation at the border.', [['karl-huber', 'warned', 'of a new escalation at the border']]],
  // a relative clause without a comma is a clause of its own: its subject speaks, not the main clause's
  ['Verdi began a strike on Monday, days after a pay offer that Anna Berg had rejected.', [['anna-berg', 'rejected', 'a pay offer']]],
]);

table('no speech acts, en', 'en', [
  ['Karl Huber announced that he would resign in May.', []],
  ['Anna Berg warned: “The situation at the border is serious.”', []],
  ['The plan was criticised by several ministers.', []],
  ['Anna Berg did not deny the reports.', []],
  // a negated verb form is a negation too (the quotes stage's negationClitics)
  ['Anna Berg didn\'t deny the reports.', []],
  ['Karl Huber won’t comment on the plan.', []],
  ['Experts warned of a new escalation at the border.', []],
  ['Anna Berg welcomed Karl Huber at the airport.', []],
  ['Verdi welcomed thousands of visitors at the fair.', []],
  // a capitalised word at the start of an English sentence is no speaker phrase of its own
  ['Tests confirmed the presence of the virus.', []],
]);
