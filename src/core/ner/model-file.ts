import { ByteReader, ByteWriter } from './binary';
import { Gazetteer } from './gazetteer';
import { LABEL_COUNT } from './labels';
import { LinearModel } from './linear-model';
import { TRANSITION_SIZE } from './viterbi';

/** Everything a tagger needs: the gazetteer and the two passes' weights. */
export interface NerModel {
  lang: string;
  /** Feature ids are hashes masked to this many bits. */
  bucketBits: number;
  gazetteer: Gazetteer;
  /** Pass 1 (sentence features only) and pass 2 (plus document signals from pass 1). */
  firstPass: LinearModel;
  secondPass: LinearModel;
}

const MAGIC = 'CCNER';
const VERSION = 1;

function writeLinear(w: ByteWriter, model: LinearModel): void {
  w.f32(model.scale);
  for (const t of model.transitions) w.f32(t);
  w.ascending(model.buckets);
  const bytes = new Uint8Array(model.quantized.length * 2);
  const view = new DataView(bytes.buffer);
  model.quantized.forEach((q, i) => view.setInt16(i * 2, q, true));
  w.raw(bytes);
}

function readLinear(r: ByteReader): LinearModel {
  const scale = r.f32();
  const transitions = new Float32Array(TRANSITION_SIZE);
  for (let i = 0; i < TRANSITION_SIZE; i++) transitions[i] = r.f32();
  const buckets = r.ascending();
  const count = buckets.length * LABEL_COUNT;
  const bytes = r.raw(count * 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const quantized = new Int16Array(count);
  for (let i = 0; i < count; i++) quantized[i] = view.getInt16(i * 2, true);
  return new LinearModel(buckets, quantized, scale, transitions);
}

export function encodeModel(model: NerModel): Uint8Array {
  const w = new ByteWriter();
  for (const c of MAGIC) w.u8(c.charCodeAt(0));
  w.u8(VERSION);
  w.string(model.lang);
  w.u8(model.bucketBits);
  const entries = [...model.gazetteer.masks].map(([k, m]) => [k >>> 0, m] as const).sort((a, b) => a[0] - b[0]);
  w.ascending(entries.map((e) => e[0]));
  for (const [, mask] of entries) w.varint(mask);
  writeLinear(w, model.firstPass);
  writeLinear(w, model.secondPass);
  return w.finish();
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const r = new ByteReader(bytes);
  for (const c of MAGIC) if (r.u8() !== c.charCodeAt(0)) throw new Error('not a Context Cards NER model');
  const version = r.u8();
  if (version !== VERSION) throw new Error(`unsupported NER model version ${version}`);
  const lang = r.string();
  const bucketBits = r.u8();
  const keys = r.ascending();
  const masks = new Map<number, number>();
  for (const key of keys) masks.set(key | 0, r.varint());
  const firstPass = readLinear(r);
  const secondPass = readLinear(r);
  if (!r.done) throw new Error('model file has trailing bytes');
  return { lang, bucketBits, gazetteer: new Gazetteer(masks), firstPass, secondPass };
}
