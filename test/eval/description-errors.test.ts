import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descriptionErrorBreakdown, formatDescriptionErrors } from '../../src/eval/description-errors.js';

test('description errors: every gold description falls in exactly one class', () => {
  const gold = {
    entities: [
      { id: 'lavrov', type: 'PER', name: 'Sergey Lavrov', aliases: ['Lawrow'], descriptions: ['der russische Außenminister', 'der Minister', 'der Diplomat'] },
      { id: 'kim', type: 'PER', name: 'Kim Yo Jong', aliases: ['Kim Yo Jong'], descriptions: ['Kims Schwester'] },
      { id: 'choe', type: 'PER', name: 'Choe Son Hui', aliases: ['Choe'], descriptions: ['die Außenministerin'] },
    ],
  };
  const sys = {
    entities: [
      { id: 's1', name: 'Lavrov', aliases: ['Lawrow'], descriptions: ['der russische Außenminister'] },
      { id: 's2', name: 'Kim Yo Jong', aliases: ['Kim Yo Jong'], descriptions: [] },
      { id: 's3', name: 'minister', aliases: [], descriptions: ['der Minister'] },
    ],
  };
  const b = descriptionErrorBreakdown([{ id: 'a', text: '', gold, sys }]);
  // ok: der russische Außenminister; elsewhere (unnamed): der Minister; not found: der Diplomat, Kims Schwester; entity missing: die Außenministerin
  assert.deepEqual(b, { gold: 5, ok: 1, entityMissing: 1, elsewhere: 1, elsewhereUnnamed: 1, notFound: 2 });
  assert.equal(b.gold, b.ok + b.entityMissing + b.elsewhere + b.notFound);
  const lines = formatDescriptionErrors(b);
  assert.match(lines, /not listed at all\s+2/);
  assert.ok(!lines.includes('Minister'), 'counts only');
});
