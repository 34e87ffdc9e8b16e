import { ByteReader, ByteWriter } from './binary';
import type { Gazetteer } from './gazetteer';
import { IntMap } from './int-map';
import { LABEL_COUNT } from './labels';
import { LinearModel } from './linear-model';
import { TRANSITION_SIZE } from './viterbi';
import type { WordClusters } from './word-clusters';

/** Everything a tagger needs: the gazetteer and the two passes' weights. */
export interface NerModel {
  lang: string;
  /** Feature ids are hashes masked to this many bits. */
  bucketBits: number;
  /** Whether pass 2 was trained with the neighbours of other mentions (see mention-contexts.ts). */
  mentionContexts: boolean;
  gazetteer: Gazetteer;
  /** Lowercased word hash -> cluster ids (see word-clusters.ts); empty if the model has none. */
  clusters: WordClusters;
  /** Pass 1 (sentence features only) and pass 2 (plus document signals from pass 1). */
  firstPass: LinearModel;
  secondPass: LinearModel;
}

const MAGIC = 'CCNER';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// Version 1 had no word clusters; version 2 no flags byte (its models use no mention contexts).
const VERSION = 3;
const FLAG_MENTION_CONTEXTS = 1;

function writeIntMap(w: ByteWriter, map: IntMap): void {
  w.ascending(map.keys);
  for (const v of map.values) w.varint(v);
}

function readIntMap(r: ByteReader): IntMap {
  const keys = r.ascending();
  return new IntMap(keys, Int32Array.from(r.varints(keys.length)));
}

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
  let quantized: Int16Array;
  if (LITTLE_ENDIAN) {
    // One block copy instead of a loop: most of the load time of a cold (not yet compiled) page.
    quantized = new Int16Array(new Uint8Array(bytes).buffer);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    quantized = new Int16Array(count);
    for (let i = 0; i < count; i++) quantized[i] = view.getInt16(i * 2, true);
  }
  return new LinearModel(buckets, quantized, scale, transitions);
}

export function encodeModel(model: NerModel): Uint8Array {
  const w = new ByteWriter();
  for (const c of MAGIC) w.u8(c.charCodeAt(0));
  w.u8(VERSION);
  w.string(model.lang);
  w.u8(model.bucketBits);
  w.u8(model.mentionContexts ? FLAG_MENTION_CONTEXTS : 0);
  writeIntMap(w, model.gazetteer);
  writeIntMap(w, model.clusters);
  writeLinear(w, model.firstPass);
  writeLinear(w, model.secondPass);
  return w.finish();
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const r = new ByteReader(bytes);
  for (const c of MAGIC) if (r.u8() !== c.charCodeAt(0)) throw new Error('not a Context Cards NER model');
  const version = r.u8();
  if (version < 1 || version > VERSION) throw new Error(`unsupported NER model version ${version}`);
  const lang = r.string();
  const bucketBits = r.u8();
  const flags = version >= 3 ? r.u8() : 0;
  const gazetteer = readIntMap(r);
  const clusters = version >= 2 ? readIntMap(r) : IntMap.empty();
  const firstPass = readLinear(r);
  const secondPass = readLinear(r);
  if (!r.done) throw new Error('model file has trailing bytes');
  return { lang, bucketBits, mentionContexts: (flags & FLAG_MENTION_CONTEXTS) !== 0, gazetteer, clusters, firstPass, secondPass };
}
