/**
 * Session 21 (entity layer): a state office named by a name whose head is no ministry word ("das Auswärtige Amt") is
 * still a ministry for a later bare "das Ministerium" / "eine Sprecherin des Ministeriums" in this or the next
 * sentence: `headClasses` puts "amt" in a "ministry" class beside "ministerium" (and keeps it an agency). The reference
 * is a description of the office, the unnamed spokesperson no state's. Negatives: a compound that narrows the head
 * ("Innenministerium"), a state in the phrase, a place after it, an office named three sentences back, an agency
 * ("Bundesamt") and the agency reading of "Amt" ("das Landesamt … die Behörde").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const office = (doc: Doc): readonly string[] => entityWith(doc, 'Auswärtige Amt')?.descriptions ?? [];

describe('resolve (session 21): "das Auswärtige Amt … des Ministeriums" is one office', () => {
  it('a spokeswoman of "the ministry" in the next sentence speaks for the office', () => {
    const doc = withTagger('de', 'Am Montag bestellte das Auswärtige Amt den Geschäftsträger ein. Zwei Diplomaten müssen gehen, wie eine Sprecherin des Ministeriums erklärte.');
    assert.ok(office(doc).includes('des Ministeriums'), dump(doc));
    const p = doc.get('entities').find((e) => e.descriptions.includes('eine Sprecherin des Ministeriums'));
    assert.ok(p && !p.id.startsWith('germany') && !p.id.startsWith('russia'), dump(doc));
  });
  it('in the same sentence', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt lud die Gesandte vor, wie ein Sprecher des Ministeriums am Abend sagte.');
    assert.ok(office(doc).includes('des Ministeriums'), dump(doc));
  });
  it('a bare "Das Ministerium" as subject', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt bestellte den iranischen Botschafter ein. Das Ministerium sprach von einer ernsten Lage.');
    assert.ok(office(doc).includes('Das Ministerium'), dump(doc));
    assert.ok(!entityWith(doc, 'iranischen')?.descriptions.includes('Das Ministerium'), dump(doc));
  });

  it('negative: a compound that narrows the head is another ministry', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt bestellte den Botschafter ein. Ein Sprecher des Innenministeriums sagte, die Lage sei ruhig.');
    assert.ok(!office(doc).some((x) => /Innenministerium/.test(x)), dump(doc));
  });
  it('negative: a state in the phrase keeps the ministry its own', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt bestellte den Botschafter ein. Eine Sprecherin des russischen Ministeriums sprach von Willkür.');
    assert.deepEqual(office(doc), [], dump(doc));
  });
  it('negative: a place after the phrase puts the ministry there', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt bestellte den Botschafter ein. Eine Sprecherin des Ministeriums in Moskau sprach von Willkür.');
    assert.deepEqual(office(doc), [], dump(doc));
  });
  it('negative: an office named three sentences back', () => {
    const doc = withTagger('de', 'Das Auswärtige Amt bestellte den Botschafter ein. Die Lage blieb ruhig. Am Abend gab es Gespräche. Ein Sprecher des Ministeriums sagte, man warte ab.');
    assert.deepEqual(office(doc), [], dump(doc));
  });
  it('negative: a federal agency is no ministry', () => {
    const doc = withTagger('de', 'Das Bundesamt für Verfassungsschutz warnte vor Spionage. Ein Sprecher des Ministeriums sagte, man sei wachsam.');
    assert.ok(!entityWith(doc, 'Bundesamt für Verfassungsschutz')?.descriptions.some((x) => /Ministerium/.test(x)), dump(doc));
  });
  it('negative: "Amt" stays an agency for "die Behörde"', () => {
    const doc = withTagger('de', 'Das Bundesamt für Migration meldete mehr Anträge. Die Behörde teilte mit, es seien 5000 gewesen.');
    assert.ok(entityWith(doc, 'Bundesamt für Migration')?.descriptions.includes('Die Behörde'), dump(doc));
  });
  it('negative: English "the ministry" after a named office is unchanged (no class there)', () => {
    const doc = withTagger('en', "Pakistan's Foreign Office summoned the envoy on Monday. The foreign ministry in Delhi rejected the protest.");
    assert.ok(!entityWith(doc, 'Foreign Office')?.descriptions.some((x) => /ministry/i.test(x)), dump(doc));
  });
});
