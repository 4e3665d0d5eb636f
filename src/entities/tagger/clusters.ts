// Word clusters from unlabeled text, a build-time step of training (the model stores the result).
// Each frequent word is described by its positive PMI with the words at ±1 and ±2 (a sparse vector),
// and the vectors are grouped by spherical k-means: first into coarse clusters, then each coarse
// cluster into fine ones. Words that share contexts (given names, city names, reporting verbs…) land
// together, which lets the tagger generalize past its training words.
import { seededRandom } from "./random.ts";

export interface ClusterOptions {
  minCount: number;
  contextWords: number;
  coarse: number;
  fine: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  contextWords: 3000,
  coarse: 128,
  fine: 8,
  iterations: 12,
  seed: 7,
};

/** word key → "coarse.fine" cluster id, for the words seen at least `minCount` times. */
export function learnClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  const corpus: string[][] = [];
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    corpus.push([...sentence]);
    for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocabulary = byFrequency.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const wordId = new Map(vocabulary.map((w, i) => [w, i]));
  const contextId = new Map(byFrequency.slice(0, options.contextWords).map(([w], i) => [w, i]));
  const C = options.contextWords;
  const POSITIONS = [-2, -1, 1, 2];

  // Co-occurrence counts per vocabulary word: context feature (position slot × C + context word) → count.
  const cooccurrence: Map<number, number>[] = vocabulary.map(() => new Map());
  const contextTotals = new Float64Array(POSITIONS.length * C);
  let total = 0;
  for (const sentence of corpus) {
    for (let i = 0; i < sentence.length; i++) {
      const w = wordId.get(sentence[i]!);
      if (w === undefined) continue;
      POSITIONS.forEach((offset, slot) => {
        const context = contextId.get(sentence[i + offset] ?? (offset < 0 ? "<s>" : "</s>"));
        if (context === undefined) return;
        const feature = slot * C + context;
        const row = cooccurrence[w]!;
        row.set(feature, (row.get(feature) ?? 0) + 1);
        contextTotals[feature]! += 1;
        total++;
      });
    }
  }
  // Context distribution smoothed with exponent 0.75 (Levy, Goldberg & Dagan 2015) tames rare contexts.
  let smoothedTotal = 0;
  const smoothed = contextTotals.map((c) => Math.pow(c, 0.75));
  for (const s of smoothed) smoothedTotal += s;

  const dimensions = POSITIONS.length * C;
  const vectors: SparseVector[] = vocabulary.map((_, w) => {
    const row = cooccurrence[w]!;
    let rowTotal = 0;
    for (const c of row.values()) rowTotal += c;
    const index: number[] = [];
    const value: number[] = [];
    for (const [feature, c] of [...row].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((c / rowTotal) / (smoothed[feature]! / smoothedTotal));
      if (pmi <= 0) continue;
      index.push(feature);
      value.push(pmi);
    }
    return normalizeSparse({ index: Int32Array.from(index), value: Float32Array.from(value) });
  });
  const random = seededRandom(options.seed);
  const coarse = sphericalKMeans(vectors, dimensions, options.coarse, options.iterations, random);
  const result = new Map<string, string>();
  for (let c = 0; c < options.coarse; c++) {
    const members = Array.from(coarse).flatMap((assigned, w) => (assigned === c ? [w] : []));
    if (!members.length) continue;
    const fine = sphericalKMeans(members.map((w) => vectors[w]!), dimensions, Math.min(options.fine, members.length), options.iterations, random);
    members.forEach((w, i) => result.set(vocabulary[w]!, `${c}.${fine[i]}`));
  }
  return result;
}

interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

function normalizeSparse(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const v of vector.value) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < vector.value.length; k++) vector.value[k]! /= norm;
  return vector;
}

function dot(vector: SparseVector, center: Float64Array): number {
  let s = 0;
  for (let k = 0; k < vector.index.length; k++) s += vector.value[k]! * center[vector.index[k]!]!;
  return s;
}

function dense(vector: SparseVector, dimensions: number): Float64Array {
  const out = new Float64Array(dimensions);
  for (let k = 0; k < vector.index.length; k++) out[vector.index[k]!] = vector.value[k]!;
  return out;
}

/** Cluster index per vector; k-means++ seeding from the seeded generator, cosine similarity. */
function sphericalKMeans(vectors: SparseVector[], dimensions: number, k: number, iterations: number, random: () => number): Int32Array {
  const n = vectors.length;
  const assigned = new Int32Array(n);
  if (n === 0 || k <= 1) return assigned;
  const centers: Float64Array[] = [dense(vectors[Math.floor(random() * n)]!, dimensions)];
  const distance = new Float64Array(n).fill(Infinity);
  while (centers.length < k) {
    const last = centers[centers.length - 1]!;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      distance[i] = Math.min(distance[i]!, Math.max(0, 1 - dot(vectors[i]!, last)));
      sum += distance[i]!;
    }
    let pick = random() * sum;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= distance[i]!;
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    centers.push(dense(vectors[chosen]!, dimensions));
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        const similarity = dot(vectors[i]!, centers[c]!);
        if (similarity > best) {
          best = similarity;
          assigned[i] = c;
        }
      }
    }
    const sums = centers.map(() => new Float64Array(dimensions));
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const sum = sums[assigned[i]!]!;
      const vector = vectors[i]!;
      sizes[assigned[i]!]!++;
      for (let j = 0; j < vector.index.length; j++) sum[vector.index[j]!]! += vector.value[j]!;
    }
    sums.forEach((sum, c) => {
      if (!sizes[c]) return;
      let norm = 0;
      for (const v of sum) norm += v * v;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) sum[d]! /= norm;
      centers[c] = sum;
    });
  }
  return assigned;
}
