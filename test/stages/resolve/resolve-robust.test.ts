import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly } from './helpers.js';
import { tempDir } from '../../support/temp-dir.js';

describe('resolve: user knowledge and odd input', () => {
  it('uses the actors and aliases of the user file', () => {
    const dir = tempDir('lagebild-resolve-');
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify({
      aliases: { 'north-korea': ['Nordkorea-Regime'] },
      entities: [{ id: 'erika-musterfrau', type: 'PER', name: 'Erika Musterfrau', names: { de: ['Erika Musterfrau'] }, roles: [{ role: 'spokesperson', of: 'germany', from: '2025-01-01' }] }],
    }));
    const doc = resolveOnly('de', 'Regierungssprecherin Erika Musterfrau kritisierte das Nordkorea-Regime. Musterfrau sagte, Berlin sei besorgt.', '2025-07-31', dir);
    const erika = entityWith(doc, 'erika-musterfrau')!;
    assert.deepEqual(erika.aliases, ['Erika Musterfrau', 'Musterfrau']);
    assert.ok(erika.roles.some((r) => r.source === 'kb' && r.role === 'spokesperson'));
    assert.ok(entityWith(doc, 'north-korea')?.aliases.includes('Nordkorea-Regime'));
  });

  it('never throws and keeps spans exact on fragments', () => {
    const samples = ['', '—', '((((', 'US-', 'Kims', ', , ,', 'Der der die', '中業島 (中業島)', 'X, a', 'Sudan’s', 'the administration', 'Moskau und', 'LONDON —', 'Dr. Dr.', 'Kims Schwester, ,', '(Jhongye Island, ', 'Mr.', 'al-', 'Ms. X Y Z,'];
    for (const lang of ['de', 'en'] as const) {
      for (const s of samples) {
        const doc = resolveOnly(lang, `${s} ${s}.`);
        for (const m of doc.get('mentions')) assert.equal(doc.text.slice(m.start, m.end), m.text);
        for (const e of doc.get('entities')) assert.ok(e.aliases.length + e.descriptions.length > 0);
      }
    }
  });
});

describe('resolve: individuals the text never names', () => {
  it('makes one entity with descriptions only, and a later "der Sprecher" refers to it', () => {
    const de = resolveOnly('de', 'Ein Sprecher des chinesischen Außenministeriums sagte, Peking sei offen. Der Sprecher fügte hinzu, man werde reagieren. Die Abgeordneten schwiegen.');
    const sp = de.get('entities').find((e) => e.descriptions.includes('Ein Sprecher des chinesischen Außenministeriums'))!;
    assert.ok(sp);
    assert.equal(sp.type, 'PER');
    assert.deepEqual(sp.aliases, []);
    assert.ok(sp.descriptions.includes('Der Sprecher'));
    assert.ok(sp.roles.some((r) => r.role === 'spokesperson' && r.of === 'china'));
    assert.ok(!de.get('entities').some((e) => e.descriptions.some((d) => d.includes('Abgeordneten'))), 'a plural group is no individual');
  });

  it('does the same in English and leaves plural officials alone', () => {
    const en = resolveOnly('en', 'A spokesman for the Chinese foreign ministry said Beijing was open. The spokesman added that talks would continue. American officials said nothing.');
    const sp = en.get('entities').find((e) => e.descriptions.includes('A spokesman for the Chinese foreign ministry'))!;
    assert.ok(sp?.descriptions.includes('The spokesman'));
    assert.ok(!en.get('entities').some((e) => e.descriptions.some((d) => /officials/.test(d))));
  });
});

