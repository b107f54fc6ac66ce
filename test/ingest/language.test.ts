import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../src/ingest/index.js';

const samples: [string, string, 'de' | 'en' | 'unknown'][] = [
  ['German', 'Die Bundesregierung hat am Montag beschlossen, dass die Hilfen für die Ukraine fortgesetzt werden. Der Kanzler sagte, man stehe an der Seite des Landes.', 'de'],
  ['English', 'The government said on Monday that aid to Ukraine would continue. The chancellor said the country had the support of its allies for as long as it takes.', 'en'],
  ['German with English names', 'Der US-Präsident Donald Trump hat sich mit dem Chef von Apple getroffen. Es ging um Zölle und um die Produktion in den USA.', 'de'],
  ['English quoting German', 'The minister said the word "Zeitenwende" had become a symbol of the change. He added that Germany would spend more on its armed forces.', 'en'],
  ['French', 'Le gouvernement a annoncé lundi que l’aide à l’Ukraine serait maintenue. Le chancelier a déclaré que le pays avait le soutien de ses alliés.', 'unknown'],
  ['Spanish', 'El gobierno anunció el lunes que la ayuda a Ucrania continuará. El canciller dijo que el país cuenta con el apoyo de sus aliados.', 'unknown'],
  ['Italian', 'Il governo ha annunciato lunedì che gli aiuti all’Ucraina continueranno. Il cancelliere ha detto che il paese ha il sostegno degli alleati.', 'unknown'],
  ['Dutch', 'De regering heeft maandag aangekondigd dat de hulp aan Oekraïne wordt voortgezet. De kanselier zei dat het land de steun van zijn bondgenoten heeft.', 'unknown'],
  ['Portuguese', 'O governo anunciou na segunda-feira que a ajuda à Ucrânia vai continuar. O chanceler disse que o país tem o apoio dos seus aliados.', 'unknown'],
  ['Russian', 'Правительство объявило в понедельник, что помощь Украине будет продолжена. Канцлер заявил, что страна пользуется поддержкой союзников.', 'unknown'],
  ['Chinese', '政府周一宣布将继续向乌克兰提供援助。总理表示，该国得到了盟友的支持。', 'unknown'],
  ['gibberish', 'Xqzv blorp fnarg wibble qaxx zorp plimf grunk vlet skree drabb quonk.', 'unknown'],
  ['numbers only', '12 345 67,8 2025 31.07. 10.000 3,14 42 99 100 7', 'unknown'],
  ['empty', '', 'unknown'],
  ['two words', 'Hallo Welt', 'unknown'],
];

describe('detectLanguage', () => {
  for (const [name, text, expected] of samples) {
    it(`${name} → ${expected}`, () => assert.equal(detectLanguage(text), expected));
  }
  it('decides on the first 20,000 characters of a long text quickly', () => {
    const text = 'Die Regierung hat entschieden, dass es so weitergeht. '.repeat(50_000);
    const t = performance.now();
    assert.equal(detectLanguage(text), 'de');
    assert.ok(performance.now() - t < 500);
  });
});
