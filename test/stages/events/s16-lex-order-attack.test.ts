import { describe, it } from 'node:test';
import { assertHas, engineCoder } from './helpers.js';

/**
 * Session 16 (EV-LEX, EV-ACT's 22:02 note): "ordered the army to attack Guyana" is an order of the attack verb, not the
 * attack noun — en.assault.launch no longer opens with "order+", whose noun reading ("ordered … attack") took the
 * infinitive across "to" and lost the verb's object. Ordered strikes and offensives keep their target through the noun
 * entries. Sentences written for these tests.
 */
const en = engineCoder('en');

describe('events (en): ordering an attack', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"ordered the army to attack X" keeps X', 'Maduro ordered the army to attack Guyana.', 'ASSAULT maduro>guyana asserted'],
    ['"ordered the military to launch strikes on X"', 'Netanyahu ordered the military to launch strikes on Gaza.', 'ASSAULT benjamin-netanyahu>gaza-strip asserted'],
    ['negative (unchanged): "ordered a … strike against X"', 'Clinton ordered a cruise missile strike against Sudan.', 'ASSAULT clinton>sudan asserted'],
    ['negative (unchanged): "ordered an offensive on X"', 'Putin ordered an offensive on Kharkiv.', 'ASSAULT vladimir-putin>kharkiv asserted'],
    ['negative (unchanged): "ordered airstrikes on X"', 'Trump ordered airstrikes on Iranian nuclear sites.', 'ASSAULT donald-trump>iran asserted'],
  ];
  for (const [name, s, want] of cases) it(name, () => assertHas(en(s), want));
});
