import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * English triggers and frames of session 11 (helper EV-EN). Sentences written for these tests; each family has
 * positive cases (tenses, voices, nouns where it has them) and a sentence that must not match.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington', ['American', 'adjective']] },
  { id: 'south-africa', type: 'GPE', forms: ['South Africa', 'Pretoria'] },
  { id: 'canada', type: 'GPE', forms: ['Canada', 'Ottawa'] },
  { id: 'japan', type: 'GPE', forms: ['Japan', 'Tokyo', ['Japanese', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel'] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'taliban', type: 'ORG', forms: ['Taliban'] },
  { id: 'houthis', type: 'ORG', forms: ['Houthis', 'Houthi movement'] },
  { id: 'general-court', type: 'ORG', forms: ['General Court'] },
  { id: 'ivan-petrov', type: 'PER', forms: ['Ivan Petrov', 'Petrov'] },
  { id: 'maria-lopez', type: 'PER', forms: ['Maria Lopez', 'Lopez'] },
  { id: 'opposition-front', type: 'ORG', forms: ['Opposition Front'] },
  { id: 'korea', type: 'GPE', forms: ['South Korea', 'Seoul'] },
];

const code = sentenceCoder('en', ACTORS);
/** The same without the actor requirement (as the PLOVER benchmark codes types). */
const typeOnly = sentenceCoder('en', ACTORS, { options: { requireActors: false } });
/** The whole English pipeline (entity layer included) on one sentence under a title. */
const whole = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-03-02', 'en').map(brief);

describe('events (en, s11): a call on supporters to rally is a protest, planned (PLOVER manual, MOBILIZE: "mobilizing supporters to demonstrate" is PROTEST)', () => {
  it('called on his supporters to rally', () => assertHas(code('Maria Lopez called on her supporters to rally outside parliament on Friday.'), 'PROTEST maria-lopez>- planned'));
  it('urges its members to strike', () => assertHas(code('The Opposition Front urges its members to strike next week.'), 'PROTEST opposition-front>- planned'));
  it('calling on citizens to take to the streets', () => assertHas(code('Petrov is calling on citizens to take to the streets.'), 'PROTEST ivan-petrov>- planned'));
  it('negative: a call on the public to stay calm is no protest', () => assertLacks(code('Maria Lopez called on the public to remain calm.'), /PROTEST/));
});

describe('events (en, s11): a court striking down sanctions concedes (CONCEDE, ease administrative sanctions), not an attack', () => {
  it('struck down sanctions on X', () => {
    const got = code('The General Court struck down sanctions on Ivan Petrov on Wednesday.');
    assertHas(got, 'CONCEDE general-court>ivan-petrov asserted');
    assertLacks(got, /ASSAULT/);
  });
  it('strikes down the ban', () => assertLacks(code('The General Court strikes down the travel ban.'), /ASSAULT/));
  it('overturned the sanctions against X', () => assertHas(code('The General Court overturned the sanctions against Ivan Petrov.'), 'CONCEDE general-court>ivan-petrov asserted'));
  it('negative: a missile struck down an airliner is no concession', () => assertLacks(code('The Houthis struck down a drone over the sea.'), /CONCEDE/));
});

describe('events (en, s11): picking up a crew at sea is a rescue (AID)', () => {
  it('picked up the crew', () => assertHas(code('A Japanese frigate picked up the crew early on Wednesday.'), 'AID japan>- asserted'));
  it('evacuated survivors', () => assertHas(code('Japan evacuated survivors from the island.'), 'AID japan>- asserted'));
  it('negative: picking up the phone is no rescue', () => assertLacks(code('Petrov picked up the phone.'), /AID/));
});

describe('events (en, s11): harbouring an armed group is aid to it', () => {
  it('has long harboured the Taliban', () => assertHas(code('Pakistan has long harboured the Taliban.'), 'AID pakistan>taliban asserted'));
  it('denied harbouring', () => assertHas(code('Pakistan denied harbouring the Taliban.'), 'AID pakistan>taliban negated'));
  it('negative: harbouring doubts names no actor', () => assertLacks(code('Petrov harboured doubts about the plan.'), /AID/));
});

describe('events (en, s11): a response "with everything" is a threat', () => {
  it('will respond with everything we have', () => assertHas(whole('"If they continue, we will respond with everything we have," Ivan Petrov said.'), 'THREATEN ivan-petrov>- asserted'));
  it('would retaliate with all its might', () => assertHas(code('Japan said it would retaliate with all its might.'), 'THREATEN japan>- asserted'));
  it('hit back with all means', () => assertHas(code('Israel vowed to hit back with all means.'), 'THREATEN israel>- asserted'));
  it('negative: responding to questions is no threat', () => assertLacks(code('Petrov responded with a short statement to all questions.'), /THREATEN/));
});

describe('events (en, s11): COERCE misinformation (PLOVER manual, COERCE modes: deception/manipulation/misinformation)', () => {
  it('launched a disinformation campaign against X', () => assertHas(code('Japan launched a disinformation campaign against South Korea.'), 'COERCE japan>korea asserted'));
  it("is running influence operations against X", () => assertHas(code("Israel is running influence operations against Pakistan."), "COERCE israel>pakistan asserted"));
  it('negative: an election campaign is no coercion', () => assertLacks(code('Petrov launched his election campaign in Seoul.'), /COERCE/));
});

describe('events (en, s11): armed groups gathering near a place mobilise', () => {
  it('fighters gathered near the town', () => assertHas(code('Taliban fighters gathered near the border on Monday.'), 'MOBILIZE taliban>- asserted'));
  it('troops have massed outside the city', () => assertLacks(code('Pakistani troops have massed outside the city.'), /ASSAULT/));
  it('negative: students gathered near the school', () => assertLacks(code('Students gathered near the school on Monday.'), /MOBILIZE/));
});

describe('events (en, s11): remaining committed to a partnership is support', () => {
  it('remained fully committed to its partnership with X', () => assertHas(code('Washington remained fully committed to its partnership with Seoul.'), 'SUPPORT usa>korea asserted'));
  it('remains committed to the alliance with X', () => assertHas(code('The United States remains committed to the alliance with Japan.'), 'SUPPORT usa>japan asserted'));
  it.todo("committed to Japan's security: the genitive inside the pattern is not yet its target");
  it('negative: committed to reducing emissions names no partner', () => assertLacks(code('Japan is committed to reducing emissions by 2030.'), /SUPPORT/));
});

describe('events (en, s11): missiles fired at a target are an attack, not a test', () => {
  it('fired two anti-ship missiles at a carrier', () => {
    const got = code('The Houthi movement fired two anti-ship missiles at an Israeli tanker on Tuesday.');
    assertHas(got, 'ASSAULT houthis>- asserted');
    assertLacks(got, /MOBILIZE/);
  });
  it('launched drones at X', () => assertHas(code('The Houthis launched drones at Israel overnight.'), 'ASSAULT houthis>israel asserted'));
  it('negative: a missile test into the sea stays a show of force', () => assertLacks(code('Pakistan fired two ballistic missiles into the sea on Monday.'), /ASSAULT/));
});

describe('events (en, s11): a tariff on imports from X targets X', () => {
  it('will impose a tariff on citrus imports from X', () => assertHas(code('The United States will impose a 30% tariff on citrus imports from South Africa.'), 'SANCTION usa>south-africa planned'));
  it('imposed duties on steel imports from X', () => assertHas(code('Washington imposed duties on steel imports from Canada.'), 'SANCTION usa>canada asserted'));
  it('negative: a tariff from a date names no target', () => assertLacks(code('Washington imposed tariffs on steel from March.'), /SANCTION usa>canada/));
});

describe('events (en, s11): a future told to an audience in a longer phrase is announced (modality)', () => {
  it('told reporters at party headquarters that he would start talks', () => assertHas(code('Ivan Petrov told reporters at party headquarters that he would start talks with Maria Lopez.'), 'CONSULT ivan-petrov>maria-lopez planned'));
  it('negative: an analyst believing that he would meet stays a guess', () => assertHas(code('Analysts in the capital believe that Petrov would meet Maria Lopez.'), 'CONSULT ivan-petrov>maria-lopez hypothetical'));
});

describe('events (en, s11): a bare denial closing its clause rejects ("a claim X denied", "which X denies")', () => {
  it('a claim Japan denied', () => assertHas(code('Israel said Japanese ships had entered its waters, a claim Japan denied.'), 'REJECT japan>- asserted'));
  it('which Pakistan denies', () => assertHas(code('Israel blames Pakistan for the leak, which Pakistan denies.'), 'REJECT pakistan>israel asserted'));
  it('a version Tokyo disputed', () => assertHas(code('Seoul gave its own version, which Tokyo disputed.'), 'REJECT japan>- asserted'));
  it('negative: a denial with its object is the charge pattern, and a denied act stays negated', () => {
    const got = code('Japan denied attacking the convoy.');
    assertHas(got, 'ASSAULT japan>- negated');
    assertLacks(got, /REJECT japan>- asserted/);
  });
});

describe('events (en, s11): readiness to use force or pressure is a threat (PLOVER manual, THREATEN; readiness to cooperate is the offered act, AGREE under ploverFuture since s31)', () => {
  it('was prepared to cut gas supplies to X', () => assertHas(code('Japan said it was prepared to cut gas supplies to South Korea.'), 'THREATEN japan>korea asserted'));
  it('is ready to strike X', () => assertHas(code('Israel is ready to strike Pakistan, the minister said.'), 'THREATEN israel>pakistan asserted'));
  it('negative: ready to resume talks is the talks, offered (no threat)', () => {
    const got = code('Pakistan is ready to resume talks with Israel.');
    assertHas(got, 'CONSULT pakistan>israel hypothetical');
    assertLacks(got, /THREATEN/);
  });
  it('negative: … with ploverFuture, AGREE (moved from the default in s31)', () => {
    const got = sentenceCoder('en', ACTORS, { options: { ploverFuture: true } })('Pakistan is ready to resume talks with Israel.');
    assertHas(got, 'AGREE pakistan>israel hypothetical');
    assertLacks(got, /THREATEN/);
  });
});

describe('events (en, s11): police pushing back a crowd restricts it (PLOVER manual, ASSAULT ambiguities: "police pushed back protesters" is coded RESTRICT, i.e. COERCE)', () => {
  it('pushed back the protesters', () => assertHas(code('Police in Seoul pushed back the protesters on Saturday.'), 'COERCE korea>- asserted'));
  it('pushed the demonstrators back', () => assertLacks(code('Riot police pushed the demonstrators back from the square.'), /ASSAULT/));
  it('negative: troops pushing back an army is an attack', () => assertHas(code('Japanese troops pushed back Pakistani forces near the border.'), 'ASSAULT japan>pakistan asserted'));
});

describe('events (en, s11): police storming a place is a raid (COERCE seize: "Execute search, confiscate property, raid"); closing a newspaper censors it', () => {
  it('security forces stormed the offices of X', () => assertHas(code('Pakistani security forces stormed the offices of the Opposition Front.'), 'COERCE pakistan>opposition-front asserted'));
  it('authorities closed the newspaper', () => assertLacks(code('Authorities in Islamabad closed the newspaper of the Opposition Front.'), /ASSAULT/));
  it('shuttered two television stations', () => assertHas(code('Japan shuttered two television stations.'), 'COERCE japan>- asserted'));
  it('negative: militants storming a hotel attack it', () => assertLacks(code('Taliban militants stormed a hotel in the capital.'), /COERCE/));
  it('negative: closing a road is no censorship', () => assertLacks(code('Police in Seoul closed the road for the parade.'), /COERCE/));
});

describe('events (en, s11): raised readiness is MOBILIZE (manual modes police/troops: "Mobilize or increase readiness of police or security units")', () => {
  it('security was stepped up in the capital', () => assertHas(typeOnly('Security was stepped up in the capital on Friday.'), 'MOBILIZE ->- asserted'));
  it('security has been tightened around X', () => assertLacks(code('Security has been tightened around the parliament in Tokyo.'), /COERCE|ASSAULT/));
  it('declared a state of high alert', () => assertHas(code('Pakistan declared a state of high alert along the border.'), 'MOBILIZE pakistan>- asserted'));
  it('were placed on a state of combat readiness', () => assertHas(code('Japanese troops were placed on a state of combat readiness.'), 'MOBILIZE japan>- asserted'));
  it('negative: food security improving is no mobilisation', () => assertLacks(code('Food security has improved in Pakistan.'), /MOBILIZE/));
  it('negative: a state of emergency stays COERCE', () => assertHas(code('Pakistan declared a state of emergency.'), 'COERCE pakistan>- asserted'));
});

describe('events (en, s11): warning that something would be treated as a threat or a target is a threat', () => {
  it('warned that any base would be treated as "a direct threat"', () => assertHas(code('Pakistan warned that any new American base in the region would be treated as "a direct threat".'), 'THREATEN pakistan>usa asserted'));
  it('warned that ships would be considered a hostile target', () => assertHas(code('Japan warned that any ship entering its waters would be considered a hostile target.'), 'THREATEN japan>- asserted'));
  it('said troops would be treated as legitimate targets', () => assertHas(code('The Houthis said Israeli troops would be treated as legitimate targets.'), 'THREATEN houthis>- asserted'));
  it('negative: a report seen as a sign of weakness is no threat', () => assertLacks(code('Petrov warned that the report would be seen as a sign of weakness.'), /THREATEN/));
});

describe('events (en, s11): a complaint or lawsuit being considered or prepared is a hypothetical accusation', () => {
  it('is preparing a lawsuit against X', () => assertHas(code('Japan is preparing a lawsuit against Pakistan.'), 'ACCUSE japan>pakistan hypothetical'));
  it('was weighing legal action against X', () => assertHas(code('Israel was weighing legal action against Japan.'), 'ACCUSE israel>japan hypothetical'));
  it('considering a complaint (type only)', () => assertHas(typeOnly('Japan was considering a complaint at the World Trade Organization.'), 'ACCUSE japan>- hypothetical'));
  it('negative: considering legal reforms is no accusation', () => assertLacks(code('Japan is considering legal reforms.'), /ACCUSE/));
});

describe('events (en, s11): a negator inside one quote does not negate a trigger inside another quote of the sentence (modality)', () => {
  it('"an offer, not a demand" … "fully committed" to its partnership', () => assertHas(code('A spokesperson said the letter was "a gesture, not a demand" and that Washington remained "fully committed" to its partnership with Seoul.'), 'SUPPORT usa>korea asserted'));
  it('negative: a negator inside the same quote still negates', () => assertHas(code('Petrov said Japan was "not committed to its partnership with Seoul".'), 'SUPPORT japan>korea negated'));
});

describe('events (en, s11): a second complement after "and that" is a statement of its own (modality)', () => {
  it('"said the proposal was … and that Washington remained committed": not hypothetical', () => assertHas(code('A spokesperson said the proposal was a gesture and that Washington remained committed to its partnership with Seoul.'), 'SUPPORT usa>korea asserted'));
  it('negative: a hedge inside the second complement still hedges', () => assertHas(code('Petrov said the talks were over and that Japan might impose sanctions on Pakistan.'), 'SANCTION japan>pakistan hypothetical'));
});
