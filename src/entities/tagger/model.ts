// The model: two stages of feature weights per label and label transitions, plus the lexicon snapshot
// the features used. Stage one tags sentences from their own words; stage two also sees how stage one
// tagged the same word elsewhere in the document (see memoryFeatures). On disk: gzipped JSON with
// integer weights (scaled), pruned of near-zero features.
import { gunzipSync, gzipSync } from "node:zlib";
import { LABELS, LABEL_COUNT } from "./labels.ts";
import type { TaggerLexicon } from "./lexicon.ts";

export const MODEL_FORMAT = "rasd-ner-perceptron/2";

export interface TaggerStage {
  /** Feature string → row in `weights`. */
  features: Map<string, number>;
  /** weights[row * LABEL_COUNT + label]. */
  weights: Float32Array;
  /** transitions[(previous + 1) * LABEL_COUNT + label]; row 0 is the sentence start. */
  transitions: Float32Array;
  /**
   * Subtracted from the O score of every token when decoding. The perceptron learns a model that
   * misses more entities than it invents; this one number, tuned on held-out training data, trades
   * some of that precision for recall.
   */
  outsidePenalty: number;
}

export interface TaggerModel {
  first: TaggerStage;
  /** Absent in a one-stage model. */
  second?: TaggerStage;
  lexicon: TaggerLexicon;
  /** How the model was made (data, features, epochs, seed …), copied into the file. */
  meta: Record<string, unknown>;
  /** The weights are integers divided by this (set when read from a file; the fast tagger uses them). */
  scale?: number;
}

interface StageFile {
  outsidePenalty: number;
  transitions: number[];
  features: string[];
  weights: number[];
}

interface ModelFile {
  format: string;
  labels: string[];
  meta: Record<string, unknown>;
  scale: number;
  triggers: Record<string, string>;
  clusters: Record<string, string>;
  /** Frequency class → the words of that class, joined by spaces (compact). */
  frequency: Record<string, string>;
  /** Class set ("LOC", "LOC,PER" …) → its names joined by "|". */
  gazetteer: Record<string, string>;
  /** Type → entity names of the training data joined by "|". */
  phrases: Record<string, string>;
  stages: StageFile[];
}

/** Drops features whose largest absolute weight is below `threshold`. */
export function pruneStage(stage: TaggerStage, threshold: number): TaggerStage {
  const features = new Map<string, number>();
  const kept: number[] = [];
  for (const [name, row] of stage.features) {
    let max = 0;
    for (let y = 0; y < LABEL_COUNT; y++) max = Math.max(max, Math.abs(stage.weights[row * LABEL_COUNT + y]!));
    if (max >= threshold) {
      features.set(name, kept.length);
      kept.push(row);
    }
  }
  const weights = new Float32Array(kept.length * LABEL_COUNT);
  kept.forEach((row, i) => weights.set(stage.weights.subarray(row * LABEL_COUNT, (row + 1) * LABEL_COUNT), i * LABEL_COUNT));
  return { ...stage, features, weights };
}

function stageToFile(stage: TaggerStage, scale: number): StageFile {
  const names = [...stage.features.keys()].sort();
  const weights: number[] = [];
  for (const name of names) {
    const row = stage.features.get(name)!;
    for (let y = 0; y < LABEL_COUNT; y++) weights.push(Math.round(stage.weights[row * LABEL_COUNT + y]! * scale));
  }
  return {
    outsidePenalty: stage.outsidePenalty,
    transitions: Array.from(stage.transitions, (w) => Math.round(w * scale)),
    features: names,
    weights,
  };
}

function stageFromFile(file: StageFile, scale: number): TaggerStage {
  if (file.weights.length !== file.features.length * LABEL_COUNT) throw new Error("tagger model weights are truncated");
  if (file.transitions.length !== (LABEL_COUNT + 1) * LABEL_COUNT) throw new Error("tagger model transitions are truncated");
  const features = new Map<string, number>();
  file.features.forEach((name, i) => features.set(name, i));
  return {
    features,
    weights: Float32Array.from(file.weights, (w) => w / scale),
    transitions: Float32Array.from(file.transitions, (w) => w / scale),
    outsidePenalty: file.outsidePenalty,
  };
}

export function serializeModel(model: TaggerModel, scale = 100): Buffer {
  const file: ModelFile = {
    format: MODEL_FORMAT,
    labels: [...LABELS],
    meta: model.meta,
    scale,
    triggers: Object.fromEntries([...model.lexicon.triggers].sort()),
    clusters: Object.fromEntries([...model.lexicon.clusters].sort()),
    frequency: groupRecord(new Map([...model.lexicon.frequency].map(([word, level]) => [word, String(level)])), " "),
    gazetteer: groupRecord(model.lexicon.gazetteer, "|"),
    phrases: groupRecord(model.lexicon.phrases, "|"),
    stages: [model.first, ...(model.second ? [model.second] : [])].map((stage) => stageToFile(stage, scale)),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function parseModel(gzipped: Uint8Array): TaggerModel {
  const file = JSON.parse(gunzipSync(gzipped).toString("utf8")) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`unknown tagger model format ${String(file.format)}`);
  if (file.labels.join() !== LABELS.join()) throw new Error("tagger model labels differ from the code's");
  const [first, second] = file.stages.map((stage) => stageFromFile(stage, file.scale));
  if (!first) throw new Error("tagger model has no stage");
  return {
    first,
    ...(second ? { second } : {}),
    lexicon: {
      triggers: new Map(Object.entries(file.triggers)),
      clusters: new Map(Object.entries(file.clusters)),
      frequency: new Map([...ungroupRecord(file.frequency, " ")].map(([word, level]) => [word, Number(level)])),
      gazetteer: ungroupRecord(file.gazetteer, "|"),
      phrases: ungroupRecord(file.phrases ?? {}, "|"),
    },
    meta: file.meta,
    scale: file.scale,
  };
}

// Grouping by value keeps the file small: each class is written once, followed by its words.
function groupRecord(map: Map<string, string>, separator: string): Record<string, string> {
  const byValue: Record<string, string[]> = {};
  for (const [name, value] of [...map].sort()) (byValue[value] ??= []).push(name);
  return Object.fromEntries(Object.entries(byValue).map(([value, names]) => [value, names.join(separator)]));
}

function ungroupRecord(record: Record<string, string>, separator: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, names] of Object.entries(record)) for (const name of names.split(separator)) if (name) map.set(name, value);
  return map;
}
