import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 11: self-written wire passages (not from any corpus).

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const latvia: EntitySpec = { id: 'latvia', type: 'GPE', forms: [['Lettland', 'name'], ['Latvia', 'name']] };
const rinkevics: EntitySpec = {
  id: 'rinkevics', type: 'PER', forms: [['Edgars Rinkēvičs', 'name'], ['Rinkēvičs', 'name']],
  roles: [{ role: 'president', of: 'latvia', source: 'kb' }],
};
const ozola: EntitySpec = { id: 'ozola', type: 'PER', forms: [['Ilze Ozola', 'name'], ['Ozola', 'name']] };

test('en: a person\'s office speaks for the state the person holds office in ("President X … his office said")', () => {
  const text = 'Latvia will close two more crossings. President Edgars Rinkēvičs ordered the border guard to add patrols and will chair a security meeting on Friday, his office said.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, rinkevics]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['latvia'], shown(quotes));
});

test('en: the same with a possessive name ("Rinkēvičs\'s office said")', () => {
  const text = 'The border will stay closed until Monday, Rinkēvičs\'s office said.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, rinkevics]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['latvia'], shown(quotes));
});

test('de: "teilte sein Büro mit" speaks for the state of the office-holder', () => {
  const text = 'Präsident Edgars Rinkēvičs reiste nach Riga. Die Grenze bleibe bis Montag geschlossen, teilte sein Büro mit.\n';
  const { quotes } = runQuotes(text, 'de', [latvia, rinkevics]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['latvia'], shown(quotes));
});

test('negative: a person with no office the entity layer knows keeps speaking through the office; a spokesperson stays with the person', () => {
  const text = 'Ilze Ozola visited the camp. The border will stay closed until Monday, her office said.\nPresident Edgars Rinkēvičs visited the camp. The talks would resume in May, his spokesman said.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, rinkevics, ozola]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['ozola', 'rinkevics'], shown(quotes));
});

const estonia: EntitySpec = { id: 'estonia', type: 'GPE', forms: [['Estland', 'name'], ['Estonia', 'name'], ['estnische', 'adjective']] };
const kask: EntitySpec = { id: 'kask', type: 'PER', forms: [['Mart Kask', 'name'], ['Kask', 'name']] };
const spokes: EntitySpec = { id: 'unnamed-spokesperson', type: 'PER', forms: [['Ein Regierungssprecher', 'description'], ['A government spokeswoman', 'description']] };

test('de: an unnamed government spokesperson speaks for the state the text is about ("Ein Regierungssprecher erklärte, …")', () => {
  const text = 'Estland schließt seine Grenze. Der Oppositionsführer Mart Kask kritisierte den Schritt. Ein Regierungssprecher erklärte am Montag, die Maßnahme sei befristet.\n';
  const { quotes } = runQuotes(text, 'de', [estonia, kask, spokes]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['die Maßnahme sei befristet', 'estonia']], shown(quotes));
});

test('en: the same with "a government spokeswoman said"', () => {
  const text = 'Estonia closed its border on Monday. Opposition leader Mart Kask criticised the move. A government spokeswoman said the measure was temporary.\n';
  const { quotes } = runQuotes(text, 'en', [estonia, kask, spokes]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['the measure was temporary', 'estonia']], shown(quotes));
});

test('negative de: a party spokesperson is no state\'s ("Ein Parteisprecher erklärte" with no party named stays unattributed to the state)', () => {
  const party: EntitySpec = { id: 'unnamed-spokesperson', type: 'PER', forms: [['Ein Parteisprecher', 'description']] };
  const text = 'Estland schließt seine Grenze. Der Oppositionsführer Mart Kask kritisierte den Schritt. Ein Parteisprecher erklärte am Montag, die Maßnahme sei befristet.\n';
  const { quotes } = runQuotes(text, 'de', [estonia, kask, party]);
  assert.equal(quotes.length, 1, shown(quotes));
  assert.notEqual(quotes[0]!.speaker, 'estonia', shown(quotes));
});

const italy: EntitySpec = { id: 'italy', type: 'GPE', forms: [['italienischen', 'adjective'], ['Italien', 'name']] };
const tunisia: EntitySpec = { id: 'tunisia', type: 'GPE', forms: [['Tunesien', 'name']] };
const gdf: EntitySpec = { id: 'gdf', type: 'ORG', forms: [['Guardia di Finanza', 'name']] };

test('de: "die Behörde" right after a report of a named organisation is that organisation, not the state named before with "Behörden"', () => {
  const text = 'Die italienischen Behörden warfen Tunesien Versäumnisse vor.\nNach Angaben der Guardia di Finanza hatten am Montag rund 900 Menschen die Insel erreicht. Etwa 300 von ihnen seien bereits weitergereist, teilte die Behörde mit. Ein Kind sei gestorben.\n';
  const { quotes } = runQuotes(text, 'de', [italy, tunisia, gdf]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['gdf', 'gdf', 'gdf'], shown(quotes));
});

test('negative de: an indefinite "eine Behörde" after such a report is someone new, not that organisation', () => {
  const text = 'Die italienischen Behörden warfen Tunesien Versäumnisse vor.\nNach Angaben der Guardia di Finanza hatten am Montag rund 900 Menschen die Insel erreicht. Etwa 300 von ihnen seien bereits weitergereist, teilte eine Behörde in Rom mit.\n';
  const { quotes } = runQuotes(text, 'de', [italy, tunisia, gdf]);
  assert.equal(quotes.length, 2, shown(quotes));
  assert.notEqual(quotes[1]!.speaker, 'gdf', shown(quotes));
});

const pham: EntitySpec = { id: 'pham', type: 'PER', forms: [['Le Thi Hoa', 'name']] };

test('en: a demonstrative "that" in the frame\'s adjunct opens no clause ("…, X told a news briefing later that day.")', () => {
  const text = 'The trawler was seized on Tuesday near the reef, ministry spokeswoman Le Thi Hoa told a news briefing later that day.\n';
  const { quotes } = runQuotes(text, 'en', [pham]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['The trawler was seized on Tuesday near the reef', 'pham']], shown(quotes));
});

test('negative en: a that-clause of two words or more is still the report ("told reporters that crews were safe")', () => {
  const text = 'Ministry spokeswoman Le Thi Hoa told reporters that crews were safe.\n';
  const { quotes } = runQuotes(text, 'en', [pham]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['crews were safe', 'pham']], shown(quotes));
});

const kos: EntitySpec = { id: 'kos', type: 'PER', forms: [['Marta Kos', 'name']] };
const commission: EntitySpec = { id: 'ec', type: 'ORG', forms: [['EU-Kommission', 'name'], ['Kommission', 'name']] };
const nl: EntitySpec = { id: 'nl', type: 'GPE', forms: [['Niederlande', 'name']] };

test('de: Swiss spelling of a speech verb ("hiess es aus der EU-Kommission")', () => {
  const text = 'Marta Kos verurteilte den Beschluss. Man prüfe, Gelder einzufrieren, hiess es aus der EU-Kommission.\n';
  const { quotes } = runQuotes(text, 'de', [kos, commission]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Man prüfe, Gelder einzufrieren', 'ec']], shown(quotes));
});

test('de: an impersonal frame after a colon has the subject before the colon as its source, not the sentence before', () => {
  const text = 'Die Niederlande forderten Strafen. Die Kommission ließ eine Tür offen: Rund 700 Millionen Euro könnten freigegeben werden, hieß es in einer Mitteilung.\n';
  const { quotes } = runQuotes(text, 'de', [commission, nl]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Rund 700 Millionen Euro könnten freigegeben werden', 'ec']], shown(quotes));
});

test('negative de: with no colon the impersonal frame keeps the actor of the sentence before', () => {
  const text = 'Die Kommission ließ eine Tür offen. Rund 700 Millionen Euro könnten freigegeben werden, hieß es in einer Mitteilung.\n';
  const { quotes } = runQuotes(text, 'de', [commission, nl]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Rund 700 Millionen Euro könnten freigegeben werden', 'ec']], shown(quotes));
});

const court: EntitySpec = { id: 'court', type: 'ORG', forms: [['Supreme Court', 'name']] };

test('en: "ruling that …" after a court\'s act reports the court, not the state in the possessive before it', () => {
  const text = 'Latvia\'s Supreme Court on Monday overturned the ban, ruling that the ministry had exceeded its powers.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, court]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['the ministry had exceeded its powers', 'court']], shown(quotes));
});

test('negative en: "ruling" before a noun is no speech verb ("The ruling coalition said …" is the coalition\'s report, "ruling party" reports nothing)', () => {
  const text = 'Latvia\'s ruling party met on Monday to discuss the budget.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, court]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('negative en: a court\'s "ruling that" as a noun reports nothing ("the ruling that the ban was unlawful surprised many")', () => {
  const text = 'The Supreme Court issued a ruling that surprised many lawyers on Monday.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, court]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

const usa: EntitySpec = { id: 'usa', type: 'GPE', forms: [['U.S.', 'name'], ['United States', 'name']] };
const dos: EntitySpec = { id: 'dos', type: 'ORG', forms: [['State Department', 'name']] };
const usaSpokes: EntitySpec = { id: 'usa-spokesperson', type: 'PER', nested: true, forms: [['A U.S. State Department spokeswoman', 'description']] };
const stateSpokes: EntitySpec = { id: 'usa-spokesperson', type: 'PER', nested: true, forms: [['A U.S. spokeswoman', 'description']] };

test('en: an unnamed spokesperson of a named office speaks for the office, not the state before it ("A U.S. State Department spokeswoman said")', () => {
  const text = 'The rebels fired two missiles at the tanker. A U.S. State Department spokeswoman said the United States was ready to act.\n';
  const { quotes } = runQuotes(text, 'en', [usa, dos, usaSpokes]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['the United States was ready to act', 'dos']], shown(quotes));
});

test('negative en: with only the state in the phrase the state speaks ("A U.S. spokeswoman said")', () => {
  const text = 'The rebels fired two missiles at the tanker. A U.S. spokeswoman said the United States was ready to act.\n';
  const { quotes } = runQuotes(text, 'en', [usa, dos, stateSpokes]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['the United States was ready to act', 'usa']], shown(quotes));
});

test('negative en: a party is no state institution ("his party said" stays with the person, not the state he holds office in)', () => {
  const text = 'President Edgars Rinkēvičs visited the camp. The talks would resume in May, his party said.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, rinkevics]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['rinkevics'], shown(quotes));
});

test('negative en: a role that ended before the article\'s date is no body to speak for', () => {
  const former: EntitySpec = { ...rinkevics, roles: [{ role: 'president', of: 'latvia', source: 'kb', to: '2020-01-01' }] };
  const text = 'Edgars Rinkēvičs visited the camp. The talks would resume in May, his office said.\n';
  const { quotes } = runQuotes(text, 'en', [latvia, former]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['rinkevics'], shown(quotes));
});
