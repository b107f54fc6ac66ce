import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 9 probe wire (Caucasus, Gulf, Central Asia, Sahel, South Asia): structures found on self-written
 * dpa-style articles, each with negatives. Whole-engine runs, so the entity layer's mentions are the real ones.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): a title after its article and adjectives, right before a name, is in apposition to the name', () => {
  it('"traf in Ankara den saudischen Kronprinzen Mohammed bin Salman" (a place phrase before the object)', () => {
    const got = de('Erdogan traf in Ankara den saudischen Kronprinzen Mohammed bin Salman.');
    assertHas(got, 'CONSULT recep-tayyip-erdogan>mohammed-bin-salman asserted');
  });
  it('"traf in Baku den armenischen Kronprinzen …" (another pair, another title)', () =>
    assertHas(de('Aliyev traf in Baku den armenischen Kronprinzen Nikol Paschinjan.'), 'CONSULT ilham-aliyev>nikol-pashinyan asserted'));
  it('"traf am Montag in Riad den Kronprinzen …" (no adjective, as before)', () =>
    assertHas(de('Erdogan traf am Montag in Riad den Kronprinzen Mohammed bin Salman.'), 'CONSULT recep-tayyip-erdogan>mohammed-bin-salman asserted'));
  it('negative: the seat named in the place phrase is not whom he met', () =>
    assertLacks(de('Erdogan traf in Riad den saudischen Kronprinzen Mohammed bin Salman.'), /^CONSULT \S+>saudi-arabia/u));
});

describe('events: an unnamed actor acts for the body its description holds (the lead\'s decision on unnamed actors)', () => {
  it('a group of a state\'s agents is its state: "wies zwei indische Diplomaten aus"', () =>
    assertHas(de('Bangladesch wies zwei indische Diplomaten aus.'), 'SANCTION bangladesh>india asserted'));
  it('… and so is every later reference to the group ("den Polizisten")', () => {
    const got = de('Drei kosovarische Polizisten wurden von serbischen Sicherheitskräften festgenommen. Belgrad warf den Polizisten Spionage vor.');
    assertHas(got, 'ACCUSE serbia>kosovo asserted');
    assertLacks(got, /kosovo-polizisten/u);
  });
  it('an unnamed envoy "der ASEAN" is ASEAN, and so is "Der Gesandte" after it', () => {
    const got = de('Der Sondergesandte der ASEAN traf den Juntachef Min Aung Hlaing. Der Gesandte forderte die Junta auf, die Gewalt zu beenden.');
    assertHas(got, 'CONSULT asean>min-aung-hlaing asserted');
    assertLacks(got, /unnamed/u);
  });
  it('en: "a special envoy of ASEAN … The envoy met …"', () => {
    const got = engineEvents('Title\nA special envoy of ASEAN arrived in Myanmar for talks. The envoy met junta chief Min Aung Hlaing.\n', '2026-11-20', 'en').map(brief);
    assertHas(got, 'CONSULT asean>min-aung-hlaing asserted');
    assertLacks(got, /unnamed/u);
  });
  it('negative: private protesters against their own government keep their own entity, not the state', () => {
    const got = de('Tausende georgische Demonstranten forderten in Tiflis den Rücktritt der Regierung.');
    assert.ok(got.some((e) => /^REQUEST \S+>georgia asserted$/u.test(e)), got.join(', '));
    assertLacks(got, /^REQUEST georgia>/u);
  });
});

describe('events: "die Entscheidung", "the move" with no deed before it is the last refusal (blocking, vetoing)', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"Ungarn blockierte die Erklärung. Tusk kritisierte die Entscheidung scharf."', () =>
    assertHas(de('Ungarn blockierte die Erklärung. Tusk kritisierte die Entscheidung scharf.'), 'ACCUSE donald-tusk>hungary asserted'));
  it('en: "Hungary vetoed the EU statement on Georgia. Poland criticised the move."', () =>
    assertHas(en('Hungary vetoed the EU statement on Georgia. Poland criticised the move.'), 'ACCUSE poland>hungary asserted'));
  it('en: "Hungary blocked the statement. Lithuania condemned the decision."', () =>
    assertHas(en('Hungary blocked the statement. Lithuania condemned the decision.'), 'ACCUSE lithuania>hungary asserted'));
  it('negative: a deed after the refusal is what the decision names', () => {
    const got = de('Ungarn lehnte den Vorschlag ab. Polen wies zwei ungarische Diplomaten aus. Die EU kritisierte die Entscheidung.');
    assertHas(got, 'ACCUSE european-union>poland asserted');
    assertLacks(got, /^ACCUSE european-union>hungary/u);
  });
});

describe('events: "Beide", "the two leaders" with no pair named together nearby are the two who met in the sentence before', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"Erdogan traf Putin in Sotschi. Beide Seiten vereinbarten eine Waffenruhe."', () =>
    assertHas(de('Erdogan traf Putin in Sotschi. Beide Seiten vereinbarten eine Waffenruhe.'), 'AGREE recep-tayyip-erdogan>vladimir-putin asserted'));
  it('en: "Yunus met Indian Prime Minister Narendra Modi in Bangkok. The two leaders agreed to reduce tensions."', () =>
    assertHas(en('Yunus met Indian Prime Minister Narendra Modi in Bangkok. The two leaders agreed to reduce tensions.'), 'AGREE yunus>narendra-modi asserted'));
  it('negative: a pair named together nearby still wins over a mediator\'s meeting with one side', () => {
    const got = de('Armenien und Aserbaidschan lieferten sich Gefechte. Der russische Präsident Wladimir Putin traf Aliyev in Moskau. Die EU rief beide Seiten zur Zurückhaltung auf.');
    assertHas(got, 'REQUEST european-union>armenia asserted');
    assertLacks(got, /^REQUEST european-union>vladimir-putin/u);
  });
  it('negative: a planned visit is no meeting that makes a pair', () =>
    assertLacks(en('Vietnam detained a Chinese boat. Chinese Defence Minister Dong Jun plans to visit Hanoi next month. The two countries agreed last year to set up a hotline.'), /^AGREE dong-jun/u));
});

describe('events (en): an attributive participle in a pattern\'s gap is no other act (EVENTS-EN request)', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"Turkey returned the confiscated documents to Iraq."', () =>
    assertHas(en('Turkey returned the confiscated documents to Iraq.'), 'RETREAT turkey>iraq asserted'));
  it('"Kazakhstan handed back the seized trucks to Uzbekistan."', () =>
    assertHas(en('Kazakhstan handed back the seized trucks to Uzbekistan.'), 'RETREAT kazakhstan>uzbekistan asserted'));
  it('negative: a coordinated verb is an act of its own', () => {
    const got = en('Turkey returned and confiscated the documents.');
    assertHas(got, 'COERCE turkey>- asserted');
    assertLacks(got, /^RETREAT/u);
  });
});

describe('events (en): a pattern that opens with its agent noun has that unnamed group as its source', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"Gunmen killed three police officers in Balochistan." (was no source, so no event)', () =>
    assert.ok(en('Gunmen killed three police officers in Balochistan.').some((e) => /^ASSAULT unnamed-gunmen>\S+ asserted$/u.test(e))));
  it('"Militants abducted 20 students in northern Nigeria."', () =>
    assert.ok(en('Militants abducted 20 students in northern Nigeria.').some((e) => /^ASSAULT unnamed-militants>/u.test(e))));
  it('negative: a named group before the agent noun stays the source ("Al-Shabaab militants killed …")', () => {
    const got = en('Al-Shabaab militants killed five soldiers in Somalia.');
    assert.ok(got.some((e) => e.startsWith('ASSAULT al-shabaab>')), got.join(', '));
    assertLacks(got, /unnamed-militants/u);
  });
});

describe('events (de): forces that "gingen mit Wasserwerfern/Tränengas gegen Demonstranten vor" crack down (COERCE), the crowd is no protest of theirs', () => {
  it('"Georgische Polizisten gingen mit Wasserwerfern gegen Demonstranten in Tiflis vor."', () => {
    const got = de('Georgische Polizisten gingen mit Wasserwerfern gegen Demonstranten in Tiflis vor.');
    assert.ok(got.some((e) => e.startsWith('COERCE georgia>')), got.join(', '));
    assertLacks(got, /^PROTEST georgia/u);
  });
  it('"Die Polizei in Nairobi ist am Dienstag mit Tränengas gegen Demonstranten vorgegangen."', () =>
    assert.ok(de('Die Polizei in Nairobi ist am Dienstag mit Tränengas gegen Demonstranten vorgegangen.').some((e) => e.startsWith('COERCE kenya>'))));
  it('negative: legal action ("ging mit einer Klage gegen das Urteil vor") is no crackdown', () =>
    assertLacks(de('Die Regierung Kenias ging mit einer Klage gegen das Urteil vor.'), /^COERCE/u));
  it('negative: an act noun as the means is that act once ("ging mit Luftangriffen gegen die PKK vor")', () => {
    const got = de('Die Türkei ging mit Luftangriffen gegen die PKK im Nordirak vor.');
    assertHas(got, 'ASSAULT turkey>pkk asserted');
    assertLacks(got, /^COERCE/u);
  });
});

describe('events (de): an act noun coordinated with the object of a demand or condemnation ("… und den Rücktritt") is its content too', () => {
  it('"forderten Neuwahlen und den Rücktritt der Regierung": the demand, no resignation', () => {
    const got = de('Die Demonstranten in Tiflis forderten Neuwahlen und den Rücktritt der Regierung.');
    assert.ok(got.some((e) => e.startsWith('REQUEST ')), got.join(', '));
    assertLacks(got, /^RETREAT/u);
  });
  it('"forderte eine Waffenruhe und den Abzug der äthiopischen Truppen"', () =>
    assertLacks(de('Die Afrikanische Union forderte eine Waffenruhe und den Abzug der äthiopischen Truppen aus Somalia.'), /^RETREAT/u));
  it('"verurteilte die Festnahmen und den Angriff auf die Journalisten": the EU attacked nobody', () =>
    assertLacks(de('Die EU verurteilte die Festnahmen und den Angriff auf die Journalisten in Baku.'), /^ASSAULT european-union/u));
  it('negative: a coordinated predicate is an act of its own ("und kündigte Sanktionen gegen Aserbaidschan an")', () =>
    assertHas(de('Die EU verurteilte die Festnahmen und kündigte Sanktionen gegen Aserbaidschan an.'), 'SANCTION european-union>azerbaijan planned'));
});

describe('events (en): an act noun coordinated with the object of a governing verb is its content too', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"demanded new elections and the resignation of the government": no resignation', () =>
    assertLacks(en('Protesters in Tbilisi demanded new elections and the resignation of the government.'), /^RETREAT/u));
  it('"condemned the arrests and the attack on journalists in Baku": the EU attacked nobody', () =>
    assertLacks(en('The EU condemned the arrests and the attack on journalists in Baku.'), /^ASSAULT european-union/u));
  it('negative: "condemned the arrests and announced sanctions against Azerbaijan" keeps the sanctions', () =>
    assert.ok(en('The EU condemned the arrests and announced sanctions against Azerbaijan.').some((e) => e.startsWith('SANCTION european-union>azerbaijan'))));
});

describe('events (de): a spaced hyphen is a dash between clauses, as "–" is ("Ungarn blockiert Hilfen - Polen kritisiert Orban")', () => {
  it('the second clause has its own subject', () => {
    const got = engineEvents('Ungarn blockiert Hilfen - Polen kritisiert Orban\nText.\n', '2026-11-20', 'de').map(brief);
    assertHas(got, 'ACCUSE poland>viktor-orban asserted');
    assertLacks(got, /^ACCUSE hungary/u);
  });
  it('negative: a hyphen inside a compound joins it ("Die EU-Kommission drohte Georgien …")', () =>
    assertHas(de('Die EU-Kommission drohte Georgien mit der Aussetzung der Visafreiheit.'), 'THREATEN european-commission>georgia asserted'));
});

describe('events: a group of state agents with no state in its description serves the state it stands in ("in Somalia")', () => {
  const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);
  it('"Al-Shabaab militants killed five soldiers in Somalia."', () =>
    assertHas(en('Al-Shabaab militants killed five soldiers in Somalia.'), 'ASSAULT al-shabaab>somalia asserted'));
  it('"Bewaffnete töteten drei Polizisten in Kenia."', () =>
    assert.ok(de('Bewaffnete töteten drei Polizisten in Kenia.').some((e) => /^ASSAULT \S+>kenya asserted$/u.test(e))));
  it('negative: a state named elsewhere in the sentence is not theirs ("accused Armenia of wounding two soldiers")', () =>
    assertLacks(en('Azerbaijan accused Armenia of wounding two soldiers.'), /^ASSAULT armenia>armenia/u));
});
