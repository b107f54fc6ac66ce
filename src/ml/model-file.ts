import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureIndex } from './feature-index.js';
import { FEATURE_VERSION, type FeatureLexicon } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { SequenceModel } from './sequence-model.js';
import { Tagger } from './tagger.js';

/**
 * The model file: gzip of `[u32 header length][JSON header][u32 keys][i16 weights]`.
 * Weights are quantised to 16 bits with one scale per model and rows whose weights all round to
 * zero are dropped, which with the feature-count cut-off keeps a model at a few megabytes.
 * Keys are stored sorted and delta-coded so that gzip can squeeze them.
 */

const MAGIC = 'lagebild-ner';
const FORMAT = 1;

/** Free-form facts about a model, stored in its header (training data, date, scores). */
export type ModelMeta = Readonly<Record<string, string | number | boolean | null>>;

interface Header {
  magic: string;
  format: number;
  featureVersion: number;
  labels: string[];
  rows: number;
  scale: number;
  transitions: number[];
  lowerSeen: string[];
  gazetteer: GazetteerData;
  clusters: Record<string, string> | null;
  meta: ModelMeta;
}

/** A loaded model file: the tagger, its metadata, and a short content hash for provenance. */
export interface LoadedModel {
  readonly tagger: Tagger;
  readonly meta: ModelMeta;
  /** First 8 hex digits of the SHA-256 of the file. */
  readonly hash: string;
}

/** Serialises a tagger; weights with |w| below `prune` (absolute) are set to zero first. */
export function encodeModel(tagger: Tagger, meta: ModelMeta, prune = 0): Buffer {
  const { model, lexicon } = tagger;
  const L = model.labels.length;
  const keys = model.index.keysByRow();
  let max = 0;
  for (const x of model.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    for (let l = 0; l < L; l++) {
      const x = model.weights[r * L + l]!;
      if (Math.abs(x) >= prune && Math.round(x / scale) !== 0) {
        kept.push(r);
        break;
      }
    }
  }
  kept.sort((a, b) => keys[a]! - keys[b]!);
  const keyBuf = Buffer.alloc(kept.length * 4);
  const wBuf = Buffer.alloc(kept.length * L * 2);
  let prev = 0;
  kept.forEach((r, i) => {
    const k = keys[r]!;
    keyBuf.writeUInt32LE((k - prev) >>> 0, i * 4);
    prev = k;
    for (let l = 0; l < L; l++) {
      const x = model.weights[r * L + l]!;
      const q = Math.abs(x) < prune ? 0 : Math.max(-32767, Math.min(32767, Math.round(x / scale)));
      wBuf.writeInt16LE(q, (i * L + l) * 2);
    }
  });
  const header: Header = {
    magic: MAGIC,
    format: FORMAT,
    featureVersion: FEATURE_VERSION,
    labels: [...model.labels],
    rows: kept.length,
    scale,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
    lowerSeen: [...lexicon.lowerSeen].sort(),
    gazetteer: lexicon.gazetteer.toData() as GazetteerData,
    clusters: lexicon.clusters ? Object.fromEntries(lexicon.clusters) : null,
    meta,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([len, json, keyBuf, wBuf]), { level: 9 });
}

/** Reads a model file's bytes; throws `Error` with a reason when the file is not a valid model. */
export function decodeModel(file: Buffer): LoadedModel {
  const raw = gunzipSync(file);
  const jsonLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLen).toString('utf8')) as Header;
  if (header.magic !== MAGIC || header.format !== FORMAT) throw new Error('not a lagebild NER model file');
  if (header.featureVersion !== FEATURE_VERSION) throw new Error(`model built with feature set ${header.featureVersion}, code has ${FEATURE_VERSION}: retrain with npm run train:ner`);
  const L = header.labels.length;
  const n = header.rows;
  const keyOff = 4 + jsonLen;
  const wOff = keyOff + n * 4;
  if (raw.length !== wOff + n * L * 2) throw new Error('model file truncated');
  const keys = new Uint32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    prev = (prev + raw.readUInt32LE(keyOff + i * 4)) >>> 0;
    keys[i] = prev;
  }
  const weights = new Float32Array(n * L);
  for (let k = 0; k < n * L; k++) weights[k] = raw.readInt16LE(wOff + k * 2) * header.scale;
  const model = new SequenceModel(header.labels, FeatureIndex.fromKeys(keys), weights, Float32Array.from(header.transitions));
  model.freeze();
  const lexicon: FeatureLexicon = {
    lowerSeen: new Set(header.lowerSeen),
    gazetteer: new Gazetteer(header.gazetteer),
    ...(header.clusters ? { clusters: new Map(Object.entries(header.clusters)) } : {}),
  };
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 8);
  return { tagger: new Tagger(model, lexicon), meta: header.meta, hash };
}
