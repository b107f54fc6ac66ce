import { FeatureIndex } from '../../src/ml/feature-index.js';
import { mulberry32 } from '../../src/ml/perceptron.js';
import { SequenceModel } from '../../src/ml/sequence-model.js';

/**
 * A random sequence model over `labels` for the decoding tests: `rows` feature keys, most weights zero as in a trained
 * perceptron, transitions (with the start row) all set; the same `seed` gives the same model.
 */
export function randomModel(labels: readonly string[], rows: number, seed: number): SequenceModel {
  const rnd = mulberry32(seed);
  const L = labels.length;
  const index = new FeatureIndex(rows);
  for (let r = 0; r < rows; r++) index.add(((r + 1) * 2654435761) >>> 0 || 1);
  const w = new Float32Array(rows * L);
  for (let k = 0; k < w.length; k++) if (rnd() < 0.15) w[k] = Math.fround((rnd() - 0.5) * 8);
  const tr = new Float32Array((L + 1) * L);
  for (let k = 0; k < tr.length; k++) tr[k] = Math.fround((rnd() - 0.5) * 6);
  return new SequenceModel(labels, index, w, tr);
}
