import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * English wire wording for the PLOVER types (issue #6): phrasal verbs, nominalisations and fixed phrases of
 * Reuters/AP/AFP copy that the lexicon did not know. Every sentence was written for these tests and its reading
 * decided from the PLOVER manual's definitions (cited where a definition settles the type) before the engine ran.
 * Each new trigger that could fire on sport, market or weather copy has a negative next to it.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', 'Kremlin', ['Russian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington', ['American', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv', ['Ukrainian', 'adjective']] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective']] },
  { id: 'egypt', type: 'GPE', forms: ['Egypt', 'Cairo', ['Egyptian', 'adjective']] },
  { id: 'japan', type: 'GPE', forms: ['Japan', 'Tokyo', ['Japanese', 'adjective']] },
  { id: 'india', type: 'GPE', forms: ['India', 'New Delhi', ['Indian', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'turkey', type: 'GPE', forms: ['Turkey', 'Ankara', ['Turkish', 'adjective']] },
  { id: 'france', type: 'GPE', forms: ['France', 'Paris', ['French', 'adjective']] },
  { id: 'germany', type: 'GPE', forms: ['Germany', 'Berlin', ['German', 'adjective']] },
  { id: 'georgia', type: 'GPE', forms: ['Georgia', 'Tbilisi', ['Georgians', 'adjective'], ['Georgian', 'adjective']] },
  { id: 'niger', type: 'GPE', forms: ['Niger', 'Niamey'] },
  { id: 'taiwan', type: 'GPE', forms: ['Taiwan', 'Taipei'] },
  { id: 'spain', type: 'GPE', forms: ['Spain', 'Madrid'] },
  { id: 'syria', type: 'GPE', forms: ['Syria', 'Damascus', ['Syrian', 'adjective']] },
  { id: 'eu', type: 'ORG', forms: ['European Union', 'EU'] },
  { id: 'ecowas', type: 'ORG', forms: ['ECOWAS'] },
  { id: 'imf', type: 'ORG', forms: ['IMF'] },
  { id: 'google', type: 'ORG', forms: ['Google'] },
  { id: 'hamas', type: 'ORG', forms: ['Hamas'] },
  { id: 'vladimir-putin', type: 'PER', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'recep-erdogan', type: 'PER', forms: ['Recep Tayyip Erdogan', 'Erdogan'] },
];

const code = sentenceCoder('en', ACTORS);
/** Types only, no actors required (as the PLOVER benchmarks run the stage). */
const types = (s: string): string[] => codeText('en', `Title\n${s}`, ACTORS, [], '2025-07-31', { requireActors: false }).map((e) => e.type);

/** [sentence, an event it must yield] */
type Case = readonly [string, string];
const check = (cases: readonly Case[]): void => {
  for (const [s, want] of cases) it(`${want}: ${s}`, () => assertHas(code(s), want));
};

describe('events (en, wire): ASSAULT', () => {
  check([
    ['Ukraine downed 40 Russian drones overnight.', 'ASSAULT ukraine>russia asserted'],
    ['Iran said it had downed an Israeli jet.', 'ASSAULT iran>israel asserted'],
    // the manual's crowd-control mode lists "firing weapons in the air"
    ['Indian police fired warning shots at Pakistani smugglers.', 'ASSAULT india>pakistan asserted'],
    ['Israeli police fired into the air to disperse the crowd.', 'COERCE israel>- asserted'],
    // the manual's "targeted" mode: targeted killings, assassinations, mass killings
    ['Russia carried out targeted killings in Ukraine, Putin\'s critics said.', 'ASSAULT russia>- asserted'],
    // "destroy" mode: destruction that is the intention of the assault
    ['The deliberate destruction of Ukrainian power plants by Russia continued.', 'ASSAULT russia>ukraine asserted'],
  ]);
  it('sexual violence (the manual\'s "sexual" mode) is an assault', () => assert.ok(types('Hamas committed sexual violence against hostages.').includes('ASSAULT')));
  it('mass killings (no actor named) still read as an assault', () => assert.ok(types('Mass killings were reported in the region.').includes('ASSAULT')));
  it('"revenge for the killing" is no targeted killing', () => assertLacks(code('Hamas vowed revenge for the killing of its commander by Israel.'), /^ASSAULT hamas/));
  it('negative: a sports win "downed" a team', () => assert.deepEqual(code('Japan downed Spain 2-1 in the World Cup.'), []));
  it('negative: fans firing flares', () => assertLacks(code('Japanese fans fired flares and waved flags after the win over Spain.'), /^ASSAULT/));
});

describe('events (en, wire): COERCE', () => {
  check([
    ['Russia stripped the journalist of his citizenship.', 'COERCE russia>- asserted'],
    // "restrict": the banning of individuals or organizations from political life
    ['Turkey barred the opposition leader from running in the election.', 'COERCE turkey>- asserted'],
    ['China silenced critics of the lockdown.', 'COERCE china>- asserted'],
    // COERCE needs no recipient ("Requires recipient: No"): a crackdown on unnamed people is still coded
    ['Turkey launched a crackdown on the opposition.', 'COERCE turkey>- asserted'],
    ['China stepped up its crackdown on Uyghurs.', 'COERCE china>- asserted'],
    ['Iran\'s crackdown on protesters drew criticism from Germany.', 'COERCE iran>- asserted'],
    ['Iran\'s repression of women drew condemnation.', 'COERCE iran>- asserted'],
    // "withhold": shut off power, water, or withhold food and medical supplies
    ['Israel withheld fuel and electricity from Hamas.', 'COERCE israel>hamas asserted'],
  ]);
  it('negative: a referee denied a penalty', () => assert.deepEqual(code('The referee denied Spain a penalty against Japan.'), []));
  it('a called-for crackdown is the content of the request, not an act', () => assertLacks(code('Germany called for a crackdown on smuggling gangs.'), /^COERCE/));
  it('negative: a player "silenced the crowd"', () => assert.deepEqual(code('Japan silenced the crowd in Madrid with a late goal.'), []));
  it('negative: an athlete stripped of titles', () => assertLacks(code('The Russian cyclist was stripped of his titles.'), /^COERCE/));
});

describe('events (en, wire): SANCTION', () => {
  check([
    // "withdraw": withdraw oneself from a group or organization
    ['Niger quit the ECOWAS bloc.', 'SANCTION niger>ecowas asserted'],
    ['Russia terminated the fisheries agreement with Japan.', 'SANCTION russia>japan asserted'],
    ['Russia scrapped the transit deal with Ukraine.', 'SANCTION russia>ukraine asserted'],
    // the manual: "All reductions in existing, routine, or cooperative relations"
    ['Russia announced the suspension of relations with Japan.', 'SANCTION russia>japan asserted'],
    ['China withdrew recognition of Taiwan.', 'SANCTION china>taiwan asserted'],
    ['Japan broke off exchanges with China.', 'SANCTION japan>china asserted'],
    ['Egypt terminated diplomatic relations with Iran.', 'SANCTION egypt>iran asserted'],
    // "Withdrawal of military aid or other assistance is coded as SANCTION" (REJECT, ambiguities)
    ['The European Union suspended budget support to Niger.', 'SANCTION eu>niger asserted'],
    ['Germany froze development aid to Niger.', 'SANCTION germany>niger asserted'],
    ['Turkey announced a reduction in trade and diplomatic relations with Israel.', 'SANCTION turkey>israel planned'],
  ]);
  it('suspended budget support is no retreat', () => assertLacks(code('The European Union suspended budget support to Niger.'), /^RETREAT/));
  // ending support for rebels ends one's own hostile activity (dev README: RETREAT)
  it('stopped supporting the rebels stays a retreat', () => assert.ok(code('Russia stopped supporting the rebels in Syria.').some((g) => g.startsWith('RETREAT russia>'))));
  it('negative: a club ends a player\'s contract', () => assertLacks(code('Madrid terminated the contract of its Spanish coach.'), /^SANCTION/));
  it('negative: a tennis player leaves the court', () => assertLacks(code('The Spanish player left the court in tears.'), /^SANCTION/));
});

describe('events (en, wire): CONCEDE', () => {
  check([
    ['Japan agreed to reopen the border with China.', 'CONCEDE japan>- planned'],
    // easing of restrictions (CONCEDE), not new sanctions
    ['The United States paused tariffs on Chinese goods.', 'CONCEDE usa>china asserted'],
    ['The EU postponed its countermeasures against the United States.', 'CONCEDE eu>usa asserted'],
    ['The United States exempted Japan from the tariffs.', 'CONCEDE usa>japan asserted'],
    // withdrawing a complaint or lawsuit withdraws an accusation (CONCEDE, like withdrawing a demand)
    ['Japan dropped its complaint against China at the WTO.', 'CONCEDE japan>china asserted'],
    ['Ukraine withdrew its lawsuit against Russia.', 'CONCEDE ukraine>russia asserted'],
  ]);
  // "Withdrawing a demand should be coded as CONCEDE" (REQUEST, ambiguities); the target (the party the demand was
  // made of) is the actor stage's to choose
  it('dropped its demand for … → CONCEDE, not a request or a withdrawal of its own', () => {
    const got = code('Hamas dropped its demand for a full Israeli withdrawal.');
    assert.ok(got.length === 1 && /^CONCEDE hamas>\S+ asserted$/.test(got[0]!), got.join(', '));
  });
  it('a withdrawn lawsuit is no accusation', () => assertLacks(code('Ukraine withdrew its lawsuit against Russia.'), /^ACCUSE/));
  it('negative: a postponed state visit concedes nothing', () => assertLacks(code('Putin postponed the state visit to Turkey.'), /^CONCEDE/));
});

describe('events (en, wire): COOPERATE', () => {
  check([
    ['Egypt and Israel coordinated security along the border.', 'COOPERATE egypt>israel asserted'],
    ['Japan and India worked together on the rescue.', 'COOPERATE japan>india asserted'],
    // "joint military games and maneuvers" (COOPERATE), single-country exercises are MOBILIZE
    ['Japan and India carried out joint exercises in the Arabian Sea.', 'COOPERATE japan>india asserted'],
    ['China and Russia held joint military games.', 'COOPERATE china>russia asserted'],
  ]);
  it('negative: a joint bid for the Games', () => assertLacks(code('Spain and Egypt made a joint bid to host the Olympic Games.'), /^COOPERATE/));
});

describe('events (en, wire): AID, CONSULT, AGREE', () => {
  check([
    // "Hostage rescues … should be coded as AID"
    ['Turkish commandos rescued 17 hostages from pirates.', 'AID turkey>- asserted'],
    ['China handed Pakistan a $2 billion loan.', 'AID china>pakistan asserted'],
    // AID: asylum and shelter for persons in its territory
    ['Turkey took in 3 million Syrian refugees.', 'AID turkey>syria asserted'],
    ['The European Union unveiled a 50 billion euro support package for Ukraine.', 'AID eu>ukraine asserted'],
    // CONCEDE: easing of restrictions
    ['Pakistan reopened its airspace to Indian flights.', 'CONCEDE pakistan>india asserted'],
    ['Putin and Erdogan spoke by phone on Monday.', 'CONSULT vladimir-putin>recep-erdogan asserted'],
    ['Egypt acted in close consultation with France.', 'CONSULT egypt>france asserted'],
    // a pledge to refrain from force is a commitment to cooperate (AGREE), not a threat
    ['Israel and Egypt pledged not to use force against each other.', 'AGREE israel>egypt asserted'],
    // ending a dispute is an agreement between the parties, not a concession of one
    ['India and Pakistan agreed to end their dispute over water.', 'AGREE india>pakistan asserted'],
    ['India vowed never to attack Pakistan first.', 'AGREE india>pakistan asserted'],
  ]);
  it('agreed to end a dispute is no concession', () => assertLacks(code('India and Pakistan agreed to end their dispute over water.'), /^CONCEDE/));
  it('agreed to end a blockade stays a concession', () => assertHas(code('Russia agreed to end the blockade of Ukraine.'), 'CONCEDE russia>ukraine planned'));
  it('a sanctions package is no aid package', () => assertLacks(code('The European Union approved a new sanctions package against Russia.'), /^AID/));
  it('negative: a team handed another a defeat', () => assert.deepEqual(code('Japan handed China a 3-0 defeat in Tokyo.'), []));
  it('a pledge not to use force yields no threat', () => assertLacks(code('Israel and Egypt pledged not to use force against each other.'), /^(THREATEN|ASSAULT)/));
  it('a pledge to use force is still a threat', () => assertHas(code('Iran vowed to attack Israel.'), 'THREATEN iran>israel asserted'));
  it('negative: vowed to keep fighting for voters is no threat', () => assertLacks(code('Erdogan vowed to keep fighting for Turkish farmers.'), /^THREATEN/));
  it('negative: vowed to hunt for a new coach is no threat', () => assertLacks(code('Spain vowed to hunt for a new coach.'), /^THREATEN/));
  it('vowed to keep attacking → THREATEN, no AGREE', () => {
    const got = code('Hamas vowed to keep attacking Israel.');
    assert.ok(got.includes('THREATEN hamas>israel asserted') && !got.some((g) => g.startsWith('AGREE')), got.join(', '));
  });
  it('ordered troops back to their barracks → RETREAT', () => assert.ok(code('The Kremlin ordered troops back to their barracks.').some((g) => g.startsWith('RETREAT russia>'))));
});

describe('events (en, wire): REQUEST, REJECT, ACCUSE', () => {
  check([
    ['Pakistan sought a bailout from the IMF.', 'REQUEST pakistan>imf asserted'],
    ['Egypt sought mediation from Turkey.', 'REQUEST egypt>turkey asserted'],
    // REQUEST "meet": the requested meeting is the content of the request, not a consultation
    ['Iran requested a meeting with France.', 'REQUEST iran>france asserted'],
    ['Iran sought talks with the United States.', 'REQUEST iran>usa asserted'],
    ['Japan asked the United States for help.', 'REQUEST japan>usa asserted'],
    ['Japan ruled out recognising Taiwan.', 'REJECT japan>- asserted'],
    ['China laughed off the threat from Japan.', 'REJECT china>japan asserted'],
    ['Russia shrugged off the new sanctions.', 'REJECT russia>- asserted'],
    ['Iran denied the claim.', 'REJECT iran>- asserted'],
    ['Russia said it would not return to the grain deal.', 'REJECT russia>- asserted'],
    // ACCUSE "Sue or bring to court"
    ['The European Union launched legal action against Germany.', 'ACCUSE eu>germany asserted'],
    ['Ukraine filed an arbitration case against Russia.', 'ACCUSE ukraine>russia asserted'],
  ]);
  // not ruling out force is a threat of force (THREATEN "violence"), not a refusal
  it('has not ruled out using force → THREATEN', () => assertHas(code('China has not ruled out using force against Taiwan.'), 'THREATEN china>taiwan asserted'));
  it('never ruled out military action → THREATEN, no REJECT', () => {
    const got = code('Israel has never ruled out military action against Iran.');
    assert.ok(got.includes('THREATEN israel>iran asserted') && !got.some((g) => g.startsWith('REJECT')), got.join(', '));
  });
  it('a requested meeting is no meeting', () => assertLacks(code('Iran requested a meeting with France.'), /^CONSULT/));
  it('ruled out recognising: the gerund is the content of the refusal, no SUPPORT', () => assertLacks(code('Japan ruled out recognising Taiwan.'), /^SUPPORT/));
  // a denied report stays the reported act, negated (golden-en: "The Kremlin denied that Putin met Zelensky")
  it('denied supplying drones: the supply is negated, never asserted', () => assertLacks(code('Iran denied supplying drones to Russia.'), /^AID \S+ asserted/));
  it('a denial of an attack on power plants is no withholding of power', () => assertLacks(code('Russia denied that it had attacked power plants in Ukraine.'), /^COERCE/));
  it('denied X water and electricity → COERCE withhold', () => assert.ok(code('Israel denied Hamas water and electricity.').some((g) => g.startsWith('COERCE israel>'))));
  it('shrugged-off sanctions are no new sanction', () => assertLacks(code('Russia shrugged off the new sanctions.'), /^SANCTION/));
  it('negative: a team shrugged off a defeat', () => assert.deepEqual(code('Japan shrugged off the defeat to Spain.'), []));
  it('negative: an injury ruled a player out', () => assertLacks(code('An injury ruled out the Spanish striker.'), /^REJECT/));
});

describe('events (en, wire): passives, verb-object idioms and listings', () => {
  check([
    ['Russia targeted Ukrainian energy infrastructure with missiles.', 'ASSAULT russia>ukraine asserted'],
    // "abduct" mode: abduct, kidnap, hijack; captured combatants are ASSAULT too
    ['Hamas took two Israeli soldiers hostage.', 'ASSAULT hamas>israel asserted'],
    // "Combatants captured during conflict should be coded as ASSAULT 'abduct' rather than COERCE 'arrest'"
    ['Russian soldiers captured 30 Ukrainian soldiers near the river.', 'ASSAULT russia>ukraine asserted'],
    ['Ukrainian forces took 200 Russian soldiers prisoner.', 'ASSAULT ukraine>russia asserted'],
    ['Japan placed export restrictions on Chinese firms.', 'SANCTION japan>china asserted'],
    // discontinued commercial exchange (SANCTION "discontinue"), not the barring of a group (REJECT)
    ['Turkey banned Israeli ships from its ports.', 'SANCTION turkey>israel asserted'],
    ['Russia fined Google after a ruling in Moscow.', 'SANCTION russia>google asserted'],
    ['Israel was hit with new sanctions by the United States.', 'SANCTION usa>israel asserted'],
    ['Sanctions on Russia will be extended by the European Union.', 'SANCTION eu>russia planned'],
    ['The embargo on Iran could be reinstated by the United States.', 'SANCTION usa>iran hypothetical'],
    ['Sanctions on Iran are being lifted by the European Union.', 'CONCEDE eu>iran asserted'],
    ['The United States hit Russia with new tariffs.', 'SANCTION usa>russia asserted'],
    ['Japan imposed export controls on China.', 'SANCTION japan>china asserted'],
    // "expel": expulsion of ambassadors or similar diplomats
    ['The United States declared two Russian diplomats persona non grata.', 'SANCTION usa>russia asserted'],
    ['Russia closed its embassy in Japan.', 'SANCTION russia>japan asserted'],
    ['Turkey pulled out of the convention with the European Union.', 'SANCTION turkey>eu asserted'],
    // COERCE "restrict": banning of individuals or organizations from political life
    ['Russia designated the newspaper a foreign agent.', 'COERCE russia>- asserted'],
    ['Israel revoked the residency of a Palestinian lawyer.', 'COERCE israel>- asserted'],
    // COERCE "cyber": hacking, security breaches
    ['Chinese hackers broke into the computer systems of the American Treasury.', 'COERCE china>usa asserted'],
    ['Russian hackers breached the networks of the German parliament.', 'COERCE russia>germany asserted'],
    ['Russian hackers targeted the German parliament in a cyberattack.', 'COERCE russia>germany asserted'],
    // SANCTION "expel": expel an entity from a group or organization, temporarily too
    ['The European Union suspended Turkey from the programme.', 'SANCTION eu>turkey asserted'],
    ['Iran called the EU sanctions a blow to diplomacy.', 'ACCUSE iran>eu asserted'],
    // staying away from talks is a refusal to meet (REJECT "meet"); a boycott is the manual's PROTEST "boycott" mode
    ['Iran skipped the talks with the European Union.', 'REJECT iran>eu asserted'],
    ['Iran boycotted the talks with the European Union.', 'PROTEST iran>eu asserted'],
  ]);
  it('captured soldiers: no COERCE arrest', () => assertLacks(code('Russian soldiers captured 30 Ukrainian soldiers near the river.'), /^COERCE/));
  it('seized tankers stay COERCE', () => assertHas(code('Iran seized two Israeli tankers.'), 'COERCE iran>israel asserted'));
  it('negative: a team that captured the title took no combatants', () => assertLacks(code('Japan captured the title and the fighters cheered in Tokyo.'), /^ASSAULT/));
  it('a cyberattack is no armed assault', () => assertLacks(code('Russian hackers targeted the German parliament in a cyberattack.'), /^ASSAULT/));
  it('a breached agreement is no hacking', () => assertLacks(code('Iran said Israel had breached the ceasefire agreement.'), /^COERCE/));
  it('suspended talks stay a suspension of talks, no second event', () => assert.deepEqual(code('Russia suspended talks with Japan.'), ['SANCTION russia>japan asserted']));
  it('negative: a suspended player', () => assert.deepEqual(code('The Spanish federation suspended the player for three matches.'), []));
  it('hit with sanctions is no assault', () => assertLacks(code('Israel was hit with new sanctions by the United States.'), /^ASSAULT/));
  it('negative: a storm hit the coast with heavy rain', () => assert.deepEqual(code('A storm hit the coast of Japan with heavy rain and strong winds.'), []));
  it('negative: a company targeted with fines is no attack', () => assertLacks(code('A Chinese carmaker was targeted with a fine in Germany.'), /^ASSAULT/));
  it('negative: the market "took" a hit', () => assert.deepEqual(code('Shares in Tokyo took a hit after Japan raised rates.'), []));
  it('the boycotted talks are no consultation', () => assertLacks(code('Iran boycotted the talks with the European Union.'), /^CONSULT/));
  it('the skipped talks are no consultation', () => assertLacks(code('Iran skipped the talks with the European Union.'), /^CONSULT/));
});

describe('events (en, wire): trigger words inside names and idioms', () => {
  // a capitalised "Support" inside an organisation's name is no act of support (the verb entry is lower case only)
  it('names through the whole engine: no act from "Support", "Cooperation", "Aid"', () => {
    const text = `Leaders meet in Tianjin
TIANJIN, Aug 31 (Reuters) - Sudan's army said it had recaptured the palace from the paramilitary Rapid Support Forces after weeks of fighting. The Gulf Cooperation Council sent observers to Tianjin. Christian Aid said the figures were alarming.
`;
    const got = engineEvents(text, '2025-08-31', 'en');
    assert.ok(!got.some((e) => ['SUPPORT', 'COOPERATE', 'AID'].includes(e.type)), got.map(brief).join(', '));
  });
  it('lower-case support stays an act', () => assertHas(code('Germany will support Ukraine.'), 'SUPPORT germany>ukraine planned'));
  check([
    ['Erdogan called the vote a stab in the back.', 'ACCUSE recep-erdogan>- asserted'],
    // the manual's "territory" readings of ASSAULT: seizing places by force
    ['Russia recaptured the airport from Ukraine.', 'ASSAULT russia>ukraine asserted'],
    ['Egypt vowed to block any similar text at the United Nations.', 'REJECT egypt>- planned'],
  ]);
  it('a stab in the back is no support ("back")', () => assertLacks(code('Erdogan called the vote a stab in the back.'), /^SUPPORT/));
  it('negative: a literal stabbing is no accusation', () => assertLacks(code('A Turkish soldier was stabbed in the back in Ankara.'), /^ACCUSE/));
  it('negative: a team recaptured the lead', () => assert.deepEqual(code('Japan recaptured the lead against Spain in the second half.'), []));
});

describe('events (en, wire): diplomatic crises', () => {
  check([
    // "summoning an in-country ambassador to present such grievances is just coded ACCUSE"
    ['Iran summoned the ambassadors of France and Germany.', 'ACCUSE iran>france asserted'],
    ['Iran summoned the ambassadors of France and Germany.', 'ACCUSE iran>germany asserted'],
    // SANCTION "expel": expulsion of ambassadors or similar diplomats (defence attachés and advisers of an embassy)
    ['India expelled Pakistani military advisers.', 'SANCTION india>pakistan asserted'],
    ['The United States suspended its strategic partnership with Egypt.', 'SANCTION usa>egypt asserted'],
    ['The United States imposed visa bans on Iranian officials.', 'SANCTION usa>iran asserted'],
    ['Pakistan denied any role in the attack on India.', 'REJECT pakistan>- asserted'],
  ]);
  it('expelled military advisers is no deportation', () => assertLacks(code('India expelled Pakistani military advisers.'), /^COERCE/));
  it('visa bans are a sanction, not repression', () => assertLacks(code('The United States imposed visa bans on Iranian officials.'), /^COERCE/));
  it('negative: the military expelled from a town is no diplomatic expulsion', () => assertLacks(code('Rebels expelled the Pakistani military from the town.'), /^SANCTION/));
  const text = `India vows to punish attackers
NEW DELHI, April 24 (Reuters) - Prime Minister Narendra Modi vowed to hunt down the attackers.
Pakistan said any attempt to stop the flow of water would be considered an act of war.
`;
  const got = engineEvents(text, '2026-04-24', 'en').map(brief);
  // THREATEN: "coercive or forceful warnings with serious potential repercussions"
  it('vowed to hunt down → THREATEN, not AGREE', () => assert.ok(got.some((g) => /^THREATEN narendra-modi>/.test(g)) && !got.some((g) => g.startsWith('AGREE')), got.join('\n')));
  it('would be considered an act of war → THREATEN by the speaker', () => assert.ok(got.some((g) => /^THREATEN pakistan>/.test(g)), got.join('\n')));
});

describe('events (en, wire): more relation wording', () => {
  check([
    ['Britain said Russian agents had poisoned the defector.', 'ASSAULT russia>- asserted'],
    // rejecting a protest or criticism is REJECT (the dismissal), not a counter-accusation
    ['Japan dismissed China\'s protest as groundless.', 'REJECT japan>china asserted'],
    // SUPPORT: "Initiate, resume, improve, or expand diplomatic, non-material cooperation"
    ['India and Egypt elevated ties to a strategic partnership.', 'SUPPORT india>egypt asserted'],
    ['Turkey and Egypt mended ties after a decade of tension.', 'SUPPORT turkey>egypt asserted'],
    // AID: "Monetary aid and financial guarantees, grants, gifts and credit"
    ['The IMF approved new financing for Egypt.', 'AID imf>egypt asserted'],
    // COOPERATE: "Initiate, resume, improve, or expand economic exchange or cooperation"
    ['France and Germany will jointly develop a new fighter jet.', 'COOPERATE france>germany planned'],
    ['Turkey and Iran opened a new trade corridor.', 'COOPERATE turkey>iran asserted'],
  ]);
  it('dismissed a protest as groundless yields no ACCUSE', () => assertLacks(code('Japan dismissed China\'s protest as groundless.'), /^ACCUSE/));
  it('approved a defence budget is no aid', () => assertLacks(code('The German parliament approved a defence budget of 90 billion euros.'), /^AID/));
  it('negative: food poisoning', () => assert.deepEqual(code('Food poisoning sickened dozens of tourists in Egypt.'), []));
  it('negative: poisoned relations are no assault', () => assertLacks(code('The dispute poisoned relations between Japan and China.'), /^ASSAULT/));
});

describe('events (en, wire): coups, expulsions and media', () => {
  // the withdrawn target of the next tests is France; the actor set has no junta, so the state acts
  check([
    ['Niger revoked a series of military cooperation agreements with France.', 'SANCTION niger>france asserted'],
    // SANCTION "expel": expel an entity from a country
    ['Niger gave French troops a month to leave the country.', 'SANCTION niger>france asserted'],
    ['Niger ordered French troops out of the country.', 'SANCTION niger>france asserted'],
    // COERCE "censor": censor, ban or restrict access to publications or other information
    ['Niger suspended broadcasts of French radio stations.', 'COERCE niger>france asserted'],
    ['Russia banned two German broadcasters.', 'COERCE russia>germany asserted'],
    // barring entry is REJECT (COERCE, ambiguities)
    ['Egypt turned back two Turkish aid ships.', 'REJECT egypt>turkey asserted'],
  ]);
  it('vowed that it would hit … → THREATEN (asserted), not an assault', () => {
    const got = code('Iran vowed that it would hit Israel much harder.');
    assert.ok(got.some((g) => /^THREATEN iran>\S+ asserted$/.test(g)) && !got.some((g) => g.startsWith('ASSAULT')), got.join(', '));
  });
  it('revoked cooperation agreements: no COOPERATE or AGREE from the nouns', () => assertLacks(code('Niger revoked a series of military cooperation agreements with France.'), /^(COOPERATE|AGREE)/));
  it('gave troops a month to leave is no aid', () => assertLacks(code('Niger gave French troops a month to leave the country.'), /^AID/));
  it('suspending foreign broadcasts is no retreat', () => assertLacks(code('Niger suspended broadcasts of French radio stations.'), /^RETREAT/));
  it('ending its own broadcasts stays a retreat', () => assert.ok(code('Russia suspended its broadcasts into Ukraine.').some((g) => g.startsWith('RETREAT russia>'))));
  it('turned back the planes is no support ("back")', () => assertLacks(code('Egypt turned back two Turkish military planes.'), /^SUPPORT/));
  it('negative: weather turning back ships', () => assert.deepEqual(code('Strong winds turned back two Turkish ships.'), []));
  it('warned that X would be considered a declaration of war → THREATEN only', () => {
    const got = engineEvents('Sahel states warn\nBAMAKO, Aug 5 (Reuters) - Mali warned that any military intervention in Niger would be considered a declaration of war.\n', '2026-08-05', 'en').map(brief);
    assert.ok(got.some((g) => g.startsWith('THREATEN mali>')) && !got.some((g) => g.startsWith('ACCUSE')), got.join(', '));
  });
});

describe('events (en, wire): phrasal verbs with "back"', () => {
  // the particle "back" is no act of support ("backed Ukraine")
  check([
    ['Japan came back to the talks with China.', 'CONSULT japan>china asserted'],
    ['Iran returned to the negotiations with the United States.', 'CONSULT iran>usa asserted'],
    ['Israel pushed back Hamas fighters.', 'ASSAULT israel>hamas asserted'],
    ['Ukraine drove Russian troops back across the river.', 'ASSAULT ukraine>russia asserted'],
    ['The United States will back Ukraine.', 'SUPPORT usa>ukraine planned'],
  ]);
  for (const s of ['Japan came back to the talks with China.', 'Israel pushed back Hamas fighters.']) {
    it(`no SUPPORT: ${s}`, () => assertLacks(code(s), /^SUPPORT/));
  }
  it('negative: a pushed-back deadline is no assault', () => assert.deepEqual(code('Israel pushed back the deadline by a week.'), []));
  it('pushing back against calls stays a rejection', () => assertHas(code('Israel pushed back against calls for a ceasefire.'), 'REJECT israel>- asserted'));
});

describe('events (en, wire): more ways of reporting force and repression', () => {
  check([
    ['Russia rained missiles on Ukrainian cities.', 'ASSAULT russia>ukraine asserted'],
    // the manual's "primitive" mode: fire, edged weapons
    ['Hamas militants set fire to Israeli homes.', 'ASSAULT hamas>- asserted'],
    ['Israeli mortar fire hit a school in Gaza.', 'ASSAULT israel>- asserted'],
    ['Russian artillery fire killed three people in Kherson.', 'ASSAULT russia>- asserted'],
    ['Turkish drones targeted Kurdish fighters in Syria.', 'ASSAULT turkey>syria asserted'],
    // COERCE "deport": expel or deport individuals
    ['Russia forcibly transferred Ukrainian children.', 'COERCE russia>ukraine asserted'],
    // ACCUSE "allege": bring to trial
    ['Turkey put the opposition leader on trial.', 'ACCUSE turkey>- asserted'],
    // "police pushed back protesters" is COERCE restrict, not an assault
    ['Georgian police broke up a protest in Tbilisi.', 'COERCE georgia>- asserted'],
  ]);
  it('types only: a bomb that exploded is an assault', () => assert.ok(types('An IED exploded under an army convoy.').includes('ASSAULT')));
  it('types only: two bombs exploded', () => assert.ok(types('Two bombs exploded outside a mosque.').includes('ASSAULT')));
  // rioting protesters who set fire to things protest (PROTEST "riot"), they do not assault
  it('protesters set fire to tyres → PROTEST', () => {
    const got = code('Protesters set fire to tyres in Tbilisi.');
    assert.ok(got.some((g) => g.startsWith('PROTEST')) && !got.some((g) => g.startsWith('ASSAULT')), got.join(', '));
  });
  it('negative: a fire at a refinery', () => assert.deepEqual(code('A fire broke out at a Russian refinery.'), []));
  it('negative: a player set the stadium ablaze', () => assertLacks(code('The Spanish striker set the stadium in Tokyo ablaze with two goals.'), /^ASSAULT/));
  it('negative: fans set off fireworks', () => assert.deepEqual(code('Japanese fans set off fireworks in Madrid.'), []));
  it('negative: a phone that exploded', () => assert.deepEqual(code('A phone battery exploded in a Japanese store.'), []));
  it('negative: heavy fire from critics is no assault', () => assertLacks(code('The Japanese minister came under heavy fire from critics.'), /^ASSAULT/));
  it('a broken-up protest is no protest of the police', () => assertLacks(code('Georgian police broke up a protest in Tbilisi.'), /^PROTEST georgia/));
});

describe('events (en, wire): cooperation wording', () => {
  check([
    // RETREAT: "ceding territory"
    ['Russia handed over two villages to Ukraine.', 'RETREAT russia>ukraine asserted'],
    // AID: "Monetary aid and financial guarantees"
    ['Turkey deposited $3 billion in Egypt\'s central bank.', 'AID turkey>egypt asserted'],
    ['The United States provided intelligence support to Ukraine.', 'AID usa>ukraine asserted'],
    // SUPPORT: express support for, approve an actor; recognition of new governments
    ['The United States welcomed the election of the new Egyptian president.', 'SUPPORT usa>egypt asserted'],
    ['The European Union granted Ukraine candidate status.', 'SUPPORT eu>ukraine asserted'],
  ]);
  it('handed over villages is no extradition', () => assertLacks(code('Russia handed over two villages to Ukraine.'), /^COOPERATE/));
  it('welcomed the election of a president is no visit', () => assertLacks(code('The United States welcomed the election of the new Egyptian president.'), /^CONSULT/));
  it('a call-up ahead of a possible invasion is no asserted assault', () => assertLacks(code('Israel called up reservists ahead of a possible ground invasion of Egypt.'), /^ASSAULT \S+ asserted/));
  it('negative: a training session is no aid', () => assert.deepEqual(code('The Spanish coach gave the Japanese player a training session.'), []));
});

describe('events (en, wire): PROTEST', () => {
  check([
    ['Thousands of Georgians poured into the streets of Tbilisi.', 'PROTEST georgia>- asserted'],
  ]);
  it('negative: floodwater pouring into the streets', () => assert.deepEqual(code('Floodwaters poured into the streets of Tbilisi.'), []));
});

describe('events (en, wire): statements through the whole engine', () => {
  const text = `Beijing warns Taipei
BEIJING, March 3, 2026
China said Taiwan would face consequences if it pushed for independence.
The United Nations said Russia had committed war crimes in Ukraine.
Shares in Tokyo fell sharply on Monday, and oil prices surged.
A powerful storm hit the coast of Japan on Sunday.
`;
  const got = engineEvents(text, '2026-03-03', 'en').map(brief);
  // THREATEN: "coercive or forceful warnings with serious potential repercussions"
  it('would face consequences → THREATEN by the speaker', () => assert.ok(got.some((g) => /^THREATEN china>taiwan/.test(g)), got.join('\n')));
  // ACCUSE "allege": formally or informally accuse
  it('said X had committed war crimes → ACCUSE by the speaker', () => assert.ok(got.some((g) => /^ACCUSE united-nations>russia/.test(g)), got.join('\n')));
  it('negative: markets and weather yield no event', () => assert.ok(!got.some((g) => /japan/.test(g)), got.join('\n')));
});
