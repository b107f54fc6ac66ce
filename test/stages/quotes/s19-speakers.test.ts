import { speakerTable as table, type EntitySpec } from './helpers.js';

// Session 19: speaker families found among the wrong speakers of the development material (tune, heldout … heldout5),
// each written anew as self-made passages in both word orders where the language has them, with negatives.

// 1. A Konjunktiv clause after a colon ("… erteilte er eine Absage: Eine Freilassung komme nicht in Frage") reports what the
// subject of the clause before said; the conventions on speakers hold for it as for a frame with a speech verb: an unnamed
// spokesperson the entity layer made an entity of speaks for the office's state or organisation.
const kosovo: EntitySpec = { id: 'kosovo', type: 'GPE', forms: [['Kosovo', 'name'], ['kosovarischen', 'name']] };
const staSprecher: EntitySpec = { id: 'kosovo-spokesperson', type: 'PER', nested: true, forms: [['Ein Sprecher der kosovarischen Staatsanwaltschaft', 'description'], ['Der Sprecher der kosovarischen Staatsanwaltschaft', 'description'], ['er', 'pronoun']] };
const dobrindt: EntitySpec = { id: 'dobrindt', type: 'PER', forms: [['Alexander Dobrindt', 'name'], ['Dobrindt', 'name']] };
const belgrad: EntitySpec = { id: 'serbia', type: 'GPE', forms: [['Belgrad', 'name']] };
table('colon report, conventional speaker', 'de', [kosovo, staSprecher, dobrindt, belgrad], [
  ['Ein Sprecher der kosovarischen Staatsanwaltschaft teilte mit, gegen die beiden Männer werde ermittelt. Der Forderung aus Belgrad erteilte er eine Absage: Eine Freilassung komme nicht in Frage.',
    [['gegen die beiden Männer werde ermittelt', 'kosovo'], ['Eine Freilassung komme nicht in Frage', 'kosovo']]],
  ['Der Sprecher der kosovarischen Staatsanwaltschaft wies die Vorwürfe zurück: Die Ermittlungen seien rechtmäßig.',
    [['Die Ermittlungen seien rechtmäßig', 'kosovo']]],
  // a named person keeps his own name
  ['Innenminister Alexander Dobrindt verteidigte das Vorhaben: Die Zahl der Anträge müsse sinken.',
    [['Die Zahl der Anträge müsse sinken', 'dobrindt']]],
  // negative: an indicative clause after the colon reports nothing
  ['Der Sprecher der kosovarischen Staatsanwaltschaft nannte die Zahlen: Zwei Männer sitzen in Haft.', []],
]);

// 2. "Wadephul stellte sich hinter Kallas: Deutschland stehe …, sagte er": the pronoun of a frame after the reported clause
// may refer to the subject of an introduction before a colon in its own sentence (not to a mention of the reported clause).
const peskow: EntitySpec = { id: 'peskow', type: 'PER', forms: [['Dmitri Peskow', 'name'], ['Dmitry Peskov', 'name']] };
const wadephul: EntitySpec = { id: 'wadephul', type: 'PER', forms: [['Johann Wadephul', 'name'], ['Wadephul', 'name']] };
const germany: EntitySpec = { id: 'germany', type: 'GPE', forms: [['Deutschland', 'name'], ['Germany', 'name']] };
const eu: EntitySpec = { id: 'eu', type: 'ORG', forms: [['EU', 'name']] };
table('pronoun after a colon introduction, de', 'de', [peskow, wadephul, germany, eu], [
  ['Kremlsprecher Dmitri Peskow warf der EU Einmischung vor. Außenminister Johann Wadephul stellte sich hinter die Kommission: Deutschland stehe an der Seite der Menschen, sagte er.',
    [['Deutschland stehe an der Seite der Menschen', 'wadephul']]],
  ['Kremlsprecher Dmitri Peskow warf der EU Einmischung vor. Außenminister Johann Wadephul widersprach: Die Vorwürfe seien haltlos, erklärte er am Montag.',
    [['Die Vorwürfe seien haltlos', 'wadephul']]],
  // negative: a person named after the colon is part of what was said, no antecedent of the frame's pronoun
  ['Außenminister Johann Wadephul reiste nach Tiflis. Kremlsprecher Dmitri Peskow meldete sich zu Wort. Die Lage sei klar: Wadephul mische sich ein, sagte er.',
    [['Wadephul mische sich ein', 'peskow']]],
]);
table('pronoun after a colon introduction, en', 'en', [peskow, wadephul, germany, eu], [
  ['Kremlin spokesman Dmitry Peskov accused the EU of meddling. Foreign Minister Johann Wadephul backed the commission: Germany stood by the people of Georgia, he said.',
    [['Germany stood by the people of Georgia', 'wadephul']]],
]);

// 3. "…, after Baku insisted that …": after a word that is both a preposition and a subordinator ("after", "before") a
// mention right before the speech verb is the subject of a clause of its own, not a prepositional object.
const mirzoyan: EntitySpec = { id: 'mirzoyan', type: 'PER', forms: [['Ararat Mirzoyan', 'name'], ['Mirzoyan', 'name']] };
const azerbaijan: EntitySpec = { id: 'azerbaijan', type: 'GPE', forms: [['Baku', 'name'], ['Azerbaijan', 'name']] };
const russia: EntitySpec = { id: 'russia', type: 'GPE', forms: [['Kremlin', 'name'], ['Moscow', 'name']] };
table('subject after a subordinating preposition', 'en', [mirzoyan, azerbaijan, russia], [
  ['Foreign Minister Ararat Mirzoyan ended two days of talks without a treaty, after Baku insisted that Armenia first change its constitution.',
    [['Armenia first change its constitution', 'azerbaijan']]],
  ['Ararat Mirzoyan left Geneva on Monday, hours before the Kremlin announced that it would leave the talks.',
    [['it would leave the talks', 'russia']]],
  // negatives: a prepositional object before a comma, and at the end of the clause, stays one
  ['The talks ended without a deal after the meeting in Baku, Mirzoyan said.',
    [['The talks ended without a deal after the meeting in Baku', 'mirzoyan']]],
  ['The meeting took place after Moscow, Mirzoyan said.',
    [['The meeting took place after Moscow', 'mirzoyan']]],
]);

// 4. "»…«, sagte Woodward. Seit Oktober sei die Stadt abgeschnitten. Sie rief alle Staaten auf, …": a Konjunktiv sentence
// right after a report goes on with it; what it names is what the speaker talked about, so the pronoun of the next speech
// verb is the speaker, not a noun of the reported sentence that agrees with it.
const woodward: EntitySpec = { id: 'woodward', type: 'PER', forms: [['Barbara Woodward', 'name'], ['Woodward', 'name']] };
const fascher: EntitySpec = { id: 'el-fasher', type: 'GPE', forms: [['El Fascher', 'name'], ['die Stadt', 'description']] };
const bauer: EntitySpec = { id: 'bauer', type: 'PER', forms: [['Karl Bauer', 'name'], ['Bauer', 'name']] };
const polen: EntitySpec = { id: 'poland', type: 'GPE', forms: [['Polen', 'name']] };
const regierung: EntitySpec = { id: 'regierung', type: 'ORG', forms: [['Die Regierung', 'description']] };
table('pronoun after a Konjunktiv continuation', 'de', [woodward, fascher, bauer, polen, regierung], [
  ['»Die Menschen in El Fascher können nicht warten«, sagte die Botschafterin Barbara Woodward. Seit Oktober sei die Stadt abgeschnitten. Sie rief alle Staaten auf, keine Waffen mehr zu liefern.',
    [['Die Menschen in El Fascher können nicht warten', 'woodward'], ['Seit Oktober sei die Stadt abgeschnitten', 'woodward'], ['keine Waffen mehr zu liefern', 'woodward']]],
  ['Karl Bauer sagte, die Lage sei ernst. Die Regierung habe zu spät gehandelt. Er forderte, die Hilfe sofort aufzustocken.',
    [['die Lage sei ernst', 'bauer'], ['Die Regierung habe zu spät gehandelt', 'bauer'], ['die Hilfe sofort aufzustocken', 'bauer']]],
  // negative: a pronoun only the reported sentence's person agrees with still refers to that person
  ['Die Botschafterin Barbara Woodward sagte, die Lage sei ernst. Karl Bauer habe die Warnungen ignoriert. Er wies die Vorwürfe am Abend zurück und erklärte, er habe richtig gehandelt.',
    [['die Lage sei ernst', 'woodward'], ['Karl Bauer habe die Warnungen ignoriert', 'woodward'], ['er habe richtig gehandelt', 'bauer']]],
]);

// 5. "Christian Schmidt reiste nach Sarajevo. Der Hohe Repräsentant für Bosnien und Herzegowina kündigte an, …": a definite
// phrase of a noun for a person that names no office ("Repräsentant", "Obfrau": quote-cues personDescriptors), with an
// attachment that runs up to the verb, is the subject and refers back to the person; the state or party attached to it is
// no speaker. An office noun ("Der Sprecher des Ministeriums") and an indefinite phrase keep the body.
const schmidt: EntitySpec = { id: 'schmidt', type: 'PER', forms: [['Christian Schmidt', 'name'], ['Schmidt', 'name']] };
const bih: EntitySpec = { id: 'bih', type: 'GPE', forms: [['Bosnien und Herzegowina', 'name'], ['Bosnien', 'name']] };
const albers: EntitySpec = { id: 'albers', type: 'PER', forms: [['Karin Albers', 'name']] };
const gruene: EntitySpec = { id: 'gruene', type: 'ORG', forms: [['Grünen', 'name']] };
const ministerium: EntitySpec = { id: 'bih-ministry', type: 'ORG', forms: [['Außenministeriums', 'name']] };
table('described person with an attachment before the verb', 'de', [schmidt, bih, albers, gruene, ministerium], [
  ['Christian Schmidt reiste am Mittwoch nach Sarajevo. Der Hohe Repräsentant für Bosnien und Herzegowina kündigte am Donnerstag an, er werde den Beschluss annullieren.',
    [['er werde den Beschluss annullieren', 'schmidt']]],
  ['Karin Albers forderte eine Sondersitzung. Die Obfrau der Grünen sagte, die Regierung habe zu spät gehandelt.',
    [['die Regierung habe zu spät gehandelt', 'albers']]],
  // negatives: an office noun keeps its body; an indefinite phrase is someone new
  ['Christian Schmidt reiste am Mittwoch nach Sarajevo. Der Sprecher des Außenministeriums sagte, die Lage sei ruhig.',
    [['die Lage sei ruhig', 'bih-ministry']]],
  ['Christian Schmidt reiste am Mittwoch nach Sarajevo. Ein Repräsentant für Bosnien sagte, die Lage sei ruhig.',
    [['die Lage sei ruhig', 'bih']]],
]);

// 6. "Gemeint ist vor allem Christian Schmidt": a fixed adverbial phrase that opens with a preposition (quote-cues
// `adverbialPhrases`) governs no noun after it, so the person is what a later description or pronoun refers back to.
table('person after a fixed adverbial phrase', 'de', [schmidt, bih, albers, gruene], [
  ['Gemeint ist vor allem Christian Schmidt. Der Hohe Repräsentant für Bosnien und Herzegowina kündigte an, er werde den Beschluss annullieren.',
    [['er werde den Beschluss annullieren', 'schmidt']]],
  ['Kritik kam unter anderem von Karin Albers. Sie sagte, die Regierung habe zu spät gehandelt.',
    [['die Regierung habe zu spät gehandelt', 'albers']]],
  // negative: a preposition that governs the name still does ("vor Christian Schmidt" is no subject)
  ['Die Delegation traf sich vor Christian Schmidt mit der Regierung. Der Hohe Repräsentant für Bosnien kündigte an, er werde den Beschluss annullieren.',
    [['er werde den Beschluss annullieren', 'bih']]],
]);
