import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 11): generic organisation nouns refer back to the organisation named with them', () => {
  it('a commission and a movement by the head of their name (German compounds, English words)', () => {
    const a = withTagger('de', 'Die EU-Kommission stoppte die Zahlungen an Budapest. Die Kommission verwies auf Mängel beim Rechtsstaat.');
    assert.equal(describing(a, 'Die Kommission')?.id, 'european-commission', dump(a));
    const b = withTagger('en', 'The European Commission fined the carmaker on Tuesday. The commission said the fine was final.');
    assert.equal(describing(b, 'The commission')?.id, 'european-commission', dump(b));
    const c = withTagger('de', 'Die Bewegung Studenti u blokadi rief für Samstag zu Protesten auf. Die Studierendenbewegung fordert Neuwahlen.');
    assert.equal(describing(c, 'Die Studierendenbewegung')?.id, byAlias(c, 'Studenti u blokadi')?.id, dump(c));
  });

  it('an agency noun refers to an organisation with an agency word in its name (headClasses agency)', () => {
    const a = withTagger('de', 'Das Bundesamt für Verfassungsschutz warnte vor Sabotage. Die Behörde beobachte die Szene seit Jahren.');
    assert.equal(describing(a, 'Die Behörde')?.id, 'bfv', dump(a));
    const b = withTagger('en', "Taiwan's Coast Guard Administration said it had found the boat. The agency said two men were missing.");
    assert.equal(describing(b, 'The agency')?.id, 'taiwan-cga', dump(b));
  });

  it('"die Allianz" is the alliance named before', () => {
    const a = withTagger('de', 'Die NATO verlegte zusätzliche Kampfjets ins Baltikum. Die Allianz reagiere auf die Luftraumverletzungen.');
    assert.equal(describing(a, 'Die Allianz')?.id, 'nato', dump(a));
  });

  it('negative: an agency noun with no agency named before joins no organisation of another kind', () => {
    const a = withTagger('de', 'Die CDU tagte am Montag in Berlin. Die Behörde habe keine Hinweise auf eine Gefahr.');
    assert.notEqual(describing(a, 'Die Behörde')?.id, 'cdu', dump(a));
  });
});

describe('resolve (session 11): a head noun before a time phrase names nothing', () => {
  it('negative: "die Kommission Ende Mai" makes no organisation "Ende"', () => {
    const a = withTagger('de', 'Die EU-Kommission will die Gelder freigeben. Die Kommission Ende Mai hatte noch gezögert.');
    assert.ok(!byAlias(a, 'Ende'), dump(a));
  });

  it('a head with its name still is one ("die Gruppe Boko Haram")', () => {
    const a = withTagger('de', 'Kämpfer der Gruppe Boko Haram griffen am Montag ein Dorf an.');
    assert.equal(byAlias(a, 'Boko Haram')?.type, 'ORG', dump(a));
  });
});

describe('resolve (session 11): "Führung" and "Seite" describe a state only when the phrase names it', () => {
  it('with a state adjective or seat', () => {
    const a = withTagger('de', 'Die japanische Führung reagierte zurückhaltend. Die japanische Seite habe das Treffen abgesagt. Die Führung in Hanoi schwieg.');
    assert.equal(describing(a, 'Die japanische Führung')?.id, 'japan', dump(a));
    assert.equal(describing(a, 'Die japanische Seite')?.id, 'japan', dump(a));
    assert.equal(describing(a, 'Die Führung in Hanoi')?.id, 'vietnam', dump(a));
  });

  it('negative: bare "Seite" and "Führung" describe no state', () => {
    const a = withTagger('de', 'Japan wartet ab. Auf der anderen Seite wächst der Druck. Die Führung der Firma schwieg.');
    assert.ok(!describing(a, 'der anderen Seite') && !describing(a, 'Die Führung') && !describing(a, 'Die Führung der Firma'), dump(a));
  });
});
