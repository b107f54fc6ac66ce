import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromIngested } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimes } from '../../../src/stages/time/index.js';

test('narrative anchoring follows the dates the text gives; publication anchoring does not', () => {
  const text = 'Krieg\nAm 1. September 1939 griff Deutschland Polen an. Am 3. September erklärten Frankreich und Großbritannien den Krieg. Im folgenden Jahr fiel Paris.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'n', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, t.value]));
  assert.deepEqual(run('narrative'), { 'Am 1. September 1939': '1939-09-01', 'Am 3. September': '1939-09-03', 'Im folgenden Jahr': '1940' });
  assert.equal(run('publication')['Im folgenden Jahr'], '2012');
});

test('clause and sentence links', () => {
  const text = 'Titel\nKims Schwester erklärte am Dienstag (29.7.), die Beziehungen seien gut, und Lawrow reiste im Juli ab.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'c', published: '2025-07-31' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const times = tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2025-07-31', lex);
  const tue = times.find((t) => t.text === 'am Dienstag (29.7.)');
  const jul = times.find((t) => t.text === 'im Juli');
  assert.ok(tue && jul);
  assert.equal(tue.sentence, jul.sentence);
  assert.equal(doc.text.slice(tue.clause.start, tue.clause.end), 'Kims Schwester erklärte am Dienstag (29.7.),');
  assert.equal(doc.text.slice(jul.clause.start, jul.clause.end), 'und Lawrow reiste im Juli ab.');
});

test('narrative anchoring: "desselben Jahres", "im selben Jahr", counted "später"/"danach"/"zuvor" follow the last absolute date', () => {
  const text = 'Krieg\nAm 1. September 1939 griff Deutschland Polen an. Zwei Tage danach erklärte Frankreich den Krieg. Im Sommer desselben Jahres war Ruhe. Im Frühjahr 1942 begann die Offensive. Im selben Jahr fiel Tobruk. Ein Jahr später landeten die Alliierten. Drei Jahre zuvor war alles anders. Wochen später kam der Frost.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'n2', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, [t.type, t.value]]));
  assert.deepEqual(run('narrative'), {
    'Am 1. September 1939': ['DATE', '1939-09-01'],
    'Zwei Tage danach': ['DATE', '1939-09-03'],
    'Im Sommer desselben Jahres': ['DATE', '1939-SU'],
    'Im Frühjahr 1942': ['DATE', '1942-SP'],
    'Im selben Jahr': ['DATE', '1942'],
    'Ein Jahr später': ['DATE', '1943'],
    'Drei Jahre zuvor': ['DATE', '1940'],
    // a vague count has no value of its own: it stays a duration
    'Wochen später': ['DURATION', 'PXW'],
  });
  // news: a counted "später" is a duration (the story's anchor is unknown), "desselben Jahres" the publication year
  const pub = run('publication');
  assert.deepEqual(pub['Ein Jahr später'], ['DURATION', 'P1Y']);
  assert.deepEqual(pub['Im Sommer desselben Jahres'], ['DATE', '2011-SU']);
});

test('narrative anchoring (en): "two days later", "a year earlier"', () => {
  const text = 'War\nOn June 6, 1944, the Allies landed. Two days later they took Bayeux. A year earlier they had landed in Sicily.';
  const seg = buildPipeline({ lang: 'en', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'en'), { id: 'n3', published: '2011-02-16' }, 'en'));
  const lex = loadTimeLexicon(new ResourceLoader('en'));
  const got = Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'en', '2011-02-16', lex, { anchor: 'narrative' }).map((t) => [t.text, t.value]));
  assert.deepEqual(got, { 'On June 6, 1944': '1944-06-06', 'Two days later': '1944-06-08', 'A year earlier': '1943' });
});

test('narrative anchoring: parts of a relative day ("am Abend desselben Tages", "am nächsten Morgen")', () => {
  const text = 'Landung\nAm 6. Juni 1944 landeten die Alliierten. Am Abend desselben Tages hielten sie den Strand. Am nächsten Morgen rückten sie vor. Am Tag danach fiel Bayeux.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'n4', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, t.value]));
  assert.deepEqual(run('narrative'), { 'Am 6. Juni 1944': '1944-06-06', 'Am Abend desselben Tages': '1944-06-06TEV', 'Am nächsten Morgen': '1944-06-07TMO', 'Am Tag danach': '1944-06-08' });
  // news: no anchor for "desselben Tages"; "Morgen" after a direction word is the noun, not "tomorrow"
  assert.deepEqual(run('publication'), { 'Am 6. Juni 1944': '1944-06-06' });
});

test('narrative anchoring: "tags darauf", "tags zuvor", the night between two days', () => {
  const text = 'Landung\nIn der Nacht vom 5. auf den 6. Juni 1944 sprangen Fallschirmjäger ab. Tags darauf fiel Bayeux. Am 10. Juni 1944 stockte der Vormarsch. Tags zuvor hatte es geregnet.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'n5', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, t.value]));
  assert.deepEqual(run('narrative'), {
    'In der Nacht vom 5. auf den 6. Juni 1944': '1944-06-05TNI',
    'Tags darauf': '1944-06-06',
    'Am 10. Juni 1944': '1944-06-10',
    'Tags zuvor': '1944-06-09',
  });
  // news: "tags darauf" has no anchor (like "am folgenden Tag")
  assert.deepEqual(run('publication'), { 'In der Nacht vom 5. auf den 6. Juni 1944': '1944-06-05TNI', 'Am 10. Juni 1944': '1944-06-10' });
});

/** Tags a text in narrative mode and returns text → [type, value, mod]. */
function narrate(text: string, lang: 'de' | 'en', anchor: 'narrative' | 'publication' = 'narrative'): Record<string, [string, string | null, string | null]> {
  const seg = buildPipeline({ lang, stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, lang), { id: 'n', published: '2011-02-16' }, lang));
  const lex = loadTimeLexicon(new ResourceLoader(lang));
  return Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), lang, '2011-02-16', lex, { anchor }).map((t) => [t.text, [t.type, t.value, t.mod]]));
}

test('narrative anchoring: a season without a year is the running year\'s; bare parts of the day are the running day\'s', () => {
  const got = narrate('Putsch\nAm 20. Juli 1944 explodierte eine Bombe. Am Abend wurde der Putsch niedergeschlagen. In der Nacht wurden die Verschwörer erschossen. Am Morgen danach begannen die Verhaftungen. Im Herbst folgten die Prozesse. Im Mai 1945 endete der Krieg. Im Winter hungerten die Menschen.', 'de');
  assert.deepEqual(got, {
    'Am 20. Juli 1944': ['DATE', '1944-07-20', null],
    'Am Abend': ['TIME', '1944-07-20TEV', null],
    'In der Nacht': ['TIME', '1944-07-20TNI', null],
    'Am Morgen danach': ['TIME', '1944-07-21TMO', null],
    // tense would put a past "Herbst" before July; a narrative keeps its running year
    'Im Herbst': ['DATE', '1944-FA', null],
    'Im Mai 1945': ['DATE', '1945-05', null],
    'Im Winter': ['DATE', '1945-WI', null],
  });
  // news: a bare part of the day belongs to no known day and is left alone
  assert.equal(narrate('Putsch\nAm Abend wurde der Putsch niedergeschlagen.', 'de', 'publication')['Am Abend'], undefined);
  // "die Nacht der langen Messer" (no preposition) is a name, not a night
  assert.deepEqual(narrate('Putsch\nAm 30. Juni 1934 begann die Nacht der langen Messer.', 'de'), { 'Am 30. Juni 1934': ['DATE', '1934-06-30', null] });
});

test('narrative anchoring keeps the granularity of its running date', () => {
  const got = narrate('Krieg\nAm 6. Juni 1944 landeten die Alliierten. Im Jahr 1944 fielen viele. Am folgenden Tag rückten sie vor. Im Frühjahr 1945 brach die Front. Am nächsten Tag fiel Berlin. Im selben Monat kapitulierte die Armee. Im folgenden Jahr kam der Frieden.', 'de');
  // a year that contains the running day keeps the day ("Im Jahr 1944" … "Am folgenden Tag" is 7 June)
  assert.deepEqual(got['Am folgenden Tag'], ['DATE', '1944-06-07', null]);
  // a season names no day or month: a following day or month has no value, a following year has
  assert.deepEqual(got['Am nächsten Tag'], ['DATE', null, null]);
  assert.deepEqual(got['Im selben Monat'], ['DATE', null, null]);
  assert.deepEqual(got['Im folgenden Jahr'], ['DATE', '1946', null]);
  // a counted "später" stays a point in time, at the running date's granularity when that is too coarse for its unit (session 12)
  const may = narrate('Krieg\nIm Mai 1940 griff die Wehrmacht an. Zwei Tage später fiel Rotterdam. Ein Jahr später kam der Angriff im Osten.', 'de');
  assert.deepEqual(may['Zwei Tage später'], ['DATE', '1940-05', null]);
  assert.deepEqual(may['Ein Jahr später'], ['DATE', '1941', null]);
  const en = narrate('War\nIn the spring of 1940, Germany attacked. The following day, Norway fell. That evening was quiet. On June 6, 1944, the Allies landed. In the evening, they held the beaches.', 'en');
  assert.deepEqual(en['The following day'], ['DATE', null, null]);
  assert.deepEqual(en['In the evening'], ['TIME', '1944-06-06TEV', null]);
});

test('narrative anchoring: anaphoric determiners ("that year", "in jenem Jahr") and the running date inside one sentence', () => {
  const en = narrate('War\nOn June 6, 1944, the Allies landed. That evening, they held the beaches. Later that year, Paris was freed. In the summer of that year, they advanced. At midnight, the guns fell silent.', 'en');
  assert.deepEqual(en['That evening'], ['TIME', '1944-06-06TEV', null]);
  assert.deepEqual(en['Later that year'], ['DATE', '1944', null]);
  assert.deepEqual(en['In the summer of that year'], ['DATE', '1944-SU', null]);
  assert.deepEqual(en['At midnight'], ['TIME', '1944-06-06T24:00', null]);
  // "that" after another word introduces a clause: no determiner there
  const clauses = narrate('War\nOn June 6, 1944, the Allies landed. He said that day would come. The general insisted that morning raids were useless.', 'en');
  assert.deepEqual(Object.keys(clauses), ['On June 6, 1944']);
  // news: "that year" points to a year the story named, which news anchoring does not track
  assert.deepEqual(narrate('War\nLater that year, Paris was freed.', 'en', 'publication'), {});
  const de = narrate('Krieg\nAm 6. Juni 1944 landeten die Alliierten, und am folgenden Tag fiel Bayeux. In jenem Jahr wendete sich der Krieg. Im Mai 1940 griff die Wehrmacht an, im Juni fiel Paris.', 'de');
  assert.deepEqual(de['am folgenden Tag'], ['DATE', '1944-06-07', null]);
  assert.deepEqual(de['In jenem Jahr'], ['DATE', '1944', null]);
  assert.deepEqual(de['im Juni'], ['DATE', '1940-06', null]);
});

test('narrative anchoring: approximate years, "the day before,", seasons with a direction', () => {
  const de = narrate('Pest\nEtwa 1350 wütete die Pest. Etwa 1350 Menschen starben. Die Kirche wurde um 1200 errichtet und etwa 1250 geweiht.', 'de');
  assert.deepEqual(de['Etwa 1350'], ['DATE', '1350', 'APPROX']);
  assert.deepEqual(de['etwa 1250'], ['DATE', '1250', 'APPROX']);
  assert.equal(Object.keys(de).length, 3);
  const en = narrate('Summit\nOn June 12, 2018, the leaders met. The day before, officials had prepared the summit. The day before the vote, nobody met. The previous summer, tensions had peaked. Around 1960, protests toppled the president. Around 2000 people attended.', 'en');
  assert.deepEqual(en['The day before'], ['DATE', '2018-06-11', null]);
  // June lies inside the summer: the previous summer is the year before
  assert.deepEqual(en['The previous summer'], ['DATE', '2017-SU', null]);
  assert.deepEqual(en['Around 1960'], ['DATE', '1960', 'APPROX']);
  assert.equal(Object.keys(en).length, 4);
  // news: an approximate number stays a number
  assert.deepEqual(narrate('Pest\nEtwa 1350 wütete die Pest.', 'de', 'publication'), {});
});

test('narrative anchoring: dates in parentheses are asides and do not move the running date', () => {
  const got = narrate('Attentat\nAm 20. Juli 1944 zündete Stauffenberg (1907–1944) die Bombe. Am folgenden Tag wurde er erschossen. Hitler (geboren 1889) überlebte. Im August begannen die Prozesse.', 'de');
  assert.deepEqual(got['Am folgenden Tag'], ['DATE', '1944-07-21', null]);
  assert.deepEqual(got['Im August'], ['DATE', '1944-08', null]);
  assert.deepEqual(got['1907'], ['DATE', '1907', null]);
  // "des Jahres" without a number is the running year
  assert.deepEqual(narrate('Landung\nIm Juni 1944 landeten die Alliierten. Im Herbst des Jahres erreichten sie die Grenze.', 'de')['Im Herbst des Jahres'], ['DATE', '1944-FA', null]);
});

test('narrative anchoring (en): a history passage', () => {
  const got = narrate('War\nIn the spring of 1940, German forces overran Norway. On May 10, 1940, the offensive in the west began. The following day, Belgian forts fell. Two days later, the Dutch army was in retreat. That same year, Italy entered the war. In the winter of 1941–42, the advance stalled. The fighting lasted for four years. The 1960s and the 19th century are other stories.', 'en');
  assert.deepEqual(got, {
    'In the spring of 1940': ['DATE', '1940-SP', null],
    'On May 10, 1940': ['DATE', '1940-05-10', null],
    'The following day': ['DATE', '1940-05-11', null],
    'Two days later': ['DATE', '1940-05-13', null],
    'That same year': ['DATE', '1940', null],
    'In the winter of 1941–42': ['DATE', '1941-WI', null],
    'for four years': ['DURATION', 'P4Y', null],
    'The 1960s': ['DATE', '196', null],
    'the 19th century': ['DATE', '18', null],
  });
});

test('the night to a day (one refiner): its value and the running date after it are the day before', () => {
  const text = 'Luftkrieg\nIn der Nacht zum 1. August 1941 fielen Bomben, zwei Tage später kam der Befehl. In der Nacht zu Mittwoch griffen die Truppen an. Im Mai 1942 war es ruhig. In der Nacht auf den 3. Juni brannte die Stadt.';
  const seg = buildPipeline({ lang: 'de', stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  const doc = seg.run(docFromIngested(ingestPlainText(text, 'de'), { id: 'nb', published: '2011-02-16' }, 'de'));
  const lex = loadTimeLexicon(new ResourceLoader('de'));
  const run = (anchor: 'narrative' | 'publication') =>
    Object.fromEntries(tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), 'de', '2011-02-16', lex, { anchor }).map((t) => [t.text, t.value]));
  assert.deepEqual(run('narrative'), {
    'In der Nacht zum 1. August 1941': '1941-07-31TNI',
    // counted from the night's first day, inside the sentence
    'zwei Tage später': '1941-08-02',
    // a history runs forward (session 16): the Wednesday after the running Saturday, 2 August 1941,
    // is 6 August; its night begins on the 5th
    'In der Nacht zu Mittwoch': '1941-08-05TNI',
    'Im Mai 1942': '1942-05',
    // a month and day without a year follow the running year, then move back a day
    'In der Nacht auf den 3. Juni': '1942-06-02TNI',
  });
  // news (published Wednesday 16 February 2011, past tense): the night to that Wednesday began on the 15th
  assert.equal(run('publication')['In der Nacht zu Mittwoch'], '2011-02-15TNI');
});
