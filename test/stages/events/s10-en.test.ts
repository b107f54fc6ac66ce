import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * English trigger families added in session 10 (helper EV-EN) for gold events that had no event in their
 * sentence in the development material. Every sentence here was written for these tests (none is copied from
 * an article); each family has positive cases in several forms and at least one sentence that must not match.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', 'the Kremlin', ['Russian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'japan', type: 'GPE', forms: ['Japan', 'Tokyo', ['Japanese', 'adjective']] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran'] },
  { id: 'turkey', type: 'GPE', forms: ['Turkey', 'Ankara'] },
  { id: 'greece', type: 'GPE', forms: ['Greece', 'Athens'] },
  { id: 'poland', type: 'GPE', forms: ['Poland', 'Warsaw'] },
  { id: 'belarus', type: 'GPE', forms: ['Belarus', 'Minsk'] },
  { id: 'thailand', type: 'GPE', forms: ['Thailand', 'Bangkok'] },
  { id: 'cambodia', type: 'GPE', forms: ['Cambodia'] },
  { id: 'hungary', type: 'GPE', forms: ['Hungary', 'Budapest'] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington'] },
  { id: 'canada', type: 'GPE', forms: ['Canada', 'Ottawa'] },
  { id: 'eu', type: 'ORG', forms: ['EU', 'European Commission'] },
  { id: 'ivan-petrov', type: 'PER', forms: ['Ivan Petrov', 'Petrov'] },
];

const code = sentenceCoder('en', ACTORS);
const has = (s: string, want: string): void => assertHas(code(s), want);
const lacks = (s: string, bad: RegExp): void => assertLacks(code(s), bad);
const whole = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-03-02', 'en').map(brief);

describe('events (en, s10): objecting to a result or decision is ACCUSE (PLOVER manual, ACCUSE: "Express disapprovals, objections")', () => {
  // (whose result it is must be named: a bare "questioned the result" has no recipient to give)
  const cases: [string, string][] = [
    ['Moscow questioned the result of the referendum in Hungary.', 'ACCUSE russia>hungary asserted'],
    ['Turkey has challenged the outcome of Greece\'s election.', 'ACCUSE turkey>greece asserted'],
    ['Hungary disputed the decision of the European Commission.', 'ACCUSE hungary>eu asserted'],
    ['Belarus contested the results of the vote in Poland.', 'ACCUSE belarus>poland asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('a result nobody is named for gives no accusation', () => lacks('Hungary disputed the result.', /^ACCUSE/u));
  it('a passive with no named doer is no accusation', () => lacks('The results of the census were questioned by economists.', /^ACCUSE/u));
  it('reporting a result is no objection', () => lacks('Poland announced the result of the vote.', /^ACCUSE/u));
});

describe('events (en, s10): suing for damages is ACCUSE (PLOVER manual, ACCUSE: "Sue or bring to court")', () => {
  it('"will seek damages from"', () => has('Hungary will seek damages from the European Commission.', 'ACCUSE hungary>eu planned'));
  it('"sued … for damages"', () => has('Petrov sued the European Commission for damages.', 'ACCUSE ivan-petrov>eu asserted'));
  it('"claimed damages from"', () => has('Poland claimed damages from Belarus over the fire.', 'ACCUSE poland>belarus asserted'));
  it('damages as harm done are no lawsuit', () => lacks('The storm caused damages in Poland.', /^ACCUSE/u));
});

describe('events (en, s10): reserving the right to respond, playing with fire are THREATEN', () => {
  it('"reserves the right to respond"', () => has('Iran reserves the right to respond.', 'THREATEN iran>- asserted'));
  it('"reserved the right to retaliate against"', () => has('Turkey reserved the right to retaliate against Greece.', 'THREATEN turkey>greece asserted'));
  it('"is reserving the right to take action"', () => has('Japan is reserving the right to take action.', 'THREATEN japan>- asserted'));
  // the speaker comes from the quote layer: these two run through the whole engine
  it('a quote that says its subject plays with fire is the speaker\'s warning', () => assertHas(whole('"Japan is playing with fire," China\'s foreign ministry said on Monday.'), 'THREATEN china>japan asserted'));
  it('"should stop playing with fire"', () => assertHas(whole('"Japan should stop playing with fire," China said.'), 'THREATEN china>japan asserted'));
  it('a right that is not reserved is no threat', () => lacks('Turkey defended its right to respond.', /^THREATEN/u));
  it('children playing with fire are no threat', () => lacks('Children were playing with fire in the park.', /^THREATEN/u));
});

describe('events (en, s10): licences for trade, relisting, export curbs, tariffs are SANCTION', () => {
  it('"will require special licences for exports … to"', () => has('China will require special licences for exports of gallium to Japan.', 'SANCTION china>japan planned'));
  it('"required export permits for shipments to"', () => has('Beijing required new export permits for shipments to Japan.', 'SANCTION china>japan asserted'));
  it('"relisted"', () => has('The EU relisted Petrov on new grounds.', 'SANCTION eu>ivan-petrov asserted'));
  it('"blacklisted"', () => has('Washington blacklisted Petrov.', 'SANCTION usa>ivan-petrov asserted'));
  it('"has used export licensing against"', () => has('China has used export licensing against Japan.', 'SANCTION china>japan asserted'));
  it('"imposed export curbs on"', () => has('Japan imposed export curbs on China.', 'SANCTION japan>china asserted'));
  it('"will impose a tariff on" (singular)', () => has('The United States will impose a 25% tariff on Canada.', 'SANCTION usa>canada planned'));
  it('"imposed a levy on"', () => has('Canada imposed a levy on the United States.', 'SANCTION canada>usa asserted'));
  it('exports that grow are no sanction', () => lacks('Exports of gallium to Japan rose by 10%.', /^SANCTION/u));
  it('a licence for a broadcaster is no trade sanction', () => lacks('Japan requires a licence for broadcasters.', /^SANCTION/u));
});

describe('events (en, s10): weapons put on standby are MOBILIZE (PLOVER manual, MOBILIZE weapons: "Increase readiness of weapons systems")', () => {
  it('"put fighter jets on standby along"', () => has('Thailand put fighter jets on standby along the border with Cambodia.', 'MOBILIZE thailand>cambodia asserted'));
  it('"placed its warships on alert"', () => has('Greece placed its warships on alert.', 'MOBILIZE greece>- asserted'));
  it('jets that only fly are no mobilisation', () => lacks('Thai fighter jets flew over the border.', /^MOBILIZE/u));
});

describe('events (en, s10): ruling out an alliance is REJECT', () => {
  it('"ruled out any alliance with"', () => has('Poland ruled out any alliance with Belarus.', 'REJECT poland>belarus asserted'));
  it('"rules out a coalition with"', () => has('Petrov rules out a coalition with Hungary.', 'REJECT ivan-petrov>hungary asserted'));
  it('wanting an alliance is no rejection', () => lacks('Poland wants an alliance with Belarus.', /^REJECT/u));
});

describe('events (en, s10): an act of force or pressure announced on a condition is a threat (PLOVER manual, THREATEN: "All threats, coercive or forceful warnings")', () => {
  const cases: [string, string][] = [
    ['Turkey would strike the camps in Greece unless Athens acted within a week.', 'THREATEN turkey>greece asserted'],
    ['The United States will impose tariffs on Canada if the talks fail.', 'THREATEN usa>canada asserted'],
    ['Russia would deploy troops to the border if Poland expanded the fence.', 'THREATEN russia>poland asserted'],
    ['Hungary said it would veto the package unless its demands were met.', 'THREATEN hungary>- asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('an act done, with a subordinate clause after it, stays the act', () => has('The United States imposed tariffs on Canada after the talks failed.', 'SANCTION usa>canada asserted'));
  it('an act inside the condition is hypothetical, no threat', () => lacks('If Russia attacks Poland, the alliance will respond.', /^THREATEN/u));
  it('an act ruled out on a condition is no threat', () => lacks('China will not impose sanctions on Japan if the talks succeed.', /^THREATEN/u));
  it('"it is unclear if … will attack" is no threat', () => lacks('It is unclear if Russia will attack Poland.', /^THREATEN/u));
});

describe('events (en, s10): readiness to take action, vows that attacks go on, "would be met with" are THREATEN', () => {
  it('"was prepared to take further action against"', () => has('The United States was prepared to take further action against Iran.', 'THREATEN usa>iran asserted'));
  it('"is ready to take all necessary measures"', () => has('Russia is ready to take all necessary measures.', 'THREATEN russia>- asserted'));
  it('"vowed that attacks would continue"', () => has('Petrov vowed that attacks would continue.', 'THREATEN ivan-petrov>- asserted'));
  it('"warned that any violation would be met with force"', () => has('Turkey warned that any violation would be met with force.', 'THREATEN turkey>- asserted'));
  it('readiness to talk stays an offer', () => lacks('Iran is ready to hold talks with the United States.', /^THREATEN/u));
  it('a vow that talks will continue is no threat', () => lacks('Poland vowed that talks would continue.', /^THREATEN/u));
});

describe('events (en, s10): expecting an actor to honour or do something is REQUEST', () => {
  it('"expected … to honour its obligations"', () => has('Moscow expected Hungary to honour its obligations.', 'REQUEST russia>hungary asserted'));
  it('"expects … to release"', () => has('Washington expects Beijing to release the journalists.', 'REQUEST usa>china asserted'));
  it('a forecast is no demand', () => lacks('Russia expects Poland to lose the vote.', /^REQUEST/u));
  it('an expectation with no actor asked is none', () => lacks('Analysts expect prices to rise.', /^REQUEST/u));
});

describe('events (en, s10): welcoming a decision or ruling by someone supports its author', () => {
  it('"welcomed the ruling by"', () => has('Moscow welcomed the ruling by the European Commission.', 'SUPPORT russia>eu asserted'));
  it('"welcomed the decision by … to"', () => has('Poland welcomed the decision by Hungary to reopen the border.', 'SUPPORT poland>hungary asserted'));
  it('a ruling with no author named gives no support', () => lacks('Moscow welcomed the ruling.', /^SUPPORT/u));
});

describe('events (en, s10): a promise to retaliate or respond with force is THREATEN; retaliating with trade measures is SANCTION', () => {
  it('"will retaliate against"', () => has('Iran will retaliate against Turkey, the foreign minister said.', 'THREATEN iran>turkey asserted'));
  it('"would hit back at"', () => has('China would hit back at Japan.', 'THREATEN china>japan asserted'));
  it('"will strike back against"', () => has('Thailand will strike back against Cambodia.', 'THREATEN thailand>cambodia asserted'));
  it('"retaliated with tariffs on"', () => has('Canada retaliated with tariffs on the United States.', 'SANCTION canada>usa asserted'));
  it('a reply to questions is no threat', () => lacks('The ministry will respond to questions from Poland on Friday.', /^THREATEN/u));
  it('a retaliation that did not happen is no threat', () => lacks('Russia did not retaliate.', /^THREATEN/u));
});

describe('events (en, s10): "no plans to" negates the act it plans', () => {
  it('"had no plans to retaliate with export curbs against"', () => has('Japan had no plans to retaliate with export curbs against China.', 'SANCTION japan>china negated'));
  it('plans without "no" stay planned', () => has('Japan has plans to retaliate with export curbs against China.', 'SANCTION japan>china planned'));
  it('"no" before another noun does not negate the verb', () => lacks('With no warning, Japan imposed export curbs on China.', /^SANCTION japan>china negated/u));
});
