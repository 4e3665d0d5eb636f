// The run-time tagger: the same features and decisions as createTagger (tagger.ts), built for speed.
// - Features are never built as strings: the templates (emitWordFeatures) hand over their parts, which
//   are hashed as they come (two independent 32-bit hashes of the string the parts would form) and
//   looked up in an open-addressing table of typed arrays. A false match needs both hashes of an
//   unknown feature to equal a model feature's: about one in 10^14 lookups. A new word costs one
//   lookup per form (key, bare, core, core with ال) in one index of everything the lexicon knows.
// - Weights are the model file's integers, so scores are exact sums whatever their order.
// - A word type's contribution at each offset is summed once and cached; bigrams are looked up by a
//   pair of word ids; name-match features by class id; Viterbi reuses its buffers.
import { LABEL_COUNT, allowedTransition } from "./labels.ts";
import {
  MEMORY_FEATURES,
  OFFSETS,
  OFFSET_PREFIX,
  emitWordFeatures,
  memoryKeyOf,
  wordFactsWith,
  type FormFacts,
  NAME_AFTER,
  NAME_BEFORE,
  NAME_FIRST,
  NAME_INSIDE,
  NAME_LONG,
  memoryFeatureIds,
  nameFeature,
  padInfo,
  remember,
  type DocumentMemory,
  type WordKeys,
} from "./features.ts";
import { nameIndex } from "./lexicon.ts";
import type { TaggerModel, TaggerStage } from "./model.ts";
import { withDocuments } from "./tagger.ts";

const L = LABEL_COUNT;
const OFFSET_COUNT = OFFSETS.length;
// Enough for the vocabulary of a large news batch; cleared wholesale when full (cheap to rebuild).
const CACHE_LIMIT = 200_000;

/** A word type as the tagger caches it (one object: what it keeps per word is most of a cold pass's
 * garbage-collection work). */
interface FastWord extends WordKeys {
  /**
   * Its places in the gazetteer (gz…) and training-name (tp…) tries: the nodes of its key, bare and
   * core forms as a name's first word, and its key's id as a later word (-1: none).
   */
  gzKey: number;
  gzBare: number;
  gzCore: number;
  gzWord: number;
  tpKey: number;
  tpBare: number;
  tpCore: number;
  tpWord: number;
  /**
   * Where the integer weight sums this word adds at each offset start in the tagger's score arena:
   * arena[scores + ((offset + 2) * stages + stage) * L + label].
   */
  scores: number;
  /** Id in the bigram vocabulary, -1 when no bigram feature has this word, -2 when its key holds "|". */
  bigramId: number;
}

/** A sentence after stage one: what stage two needs. */
export interface FastStagedSentence {
  words: readonly string[];
  cached: FastWord[];
  /** Per token and stage, the summed scores of its features but stage two's: sums[(i * S + s) * L + y]. */
  sums: Int32Array;
  /** Stage-one labels (indices into LABELS). */
  first: Int32Array;
}

export interface FastTagger {
  tag(words: readonly string[]): string[];
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  prepare(words: readonly string[]): FastStagedSentence;
  finish(sentence: FastStagedSentence, memory: DocumentMemory): Int32Array;
  remember(memory: DocumentMemory, sentence: FastStagedSentence, sign: 1 | -1): void;
}

// Two 32-bit hashes of a string fed in parts (FNV-1a and a multiply-xorshift variant), then finalized.
const BASIS_ONE = 0x811c9dc5 | 0;
const BASIS_TWO = 0x2545f491 | 0;

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Open addressing from a pair of int32 keys to a non-negative int32 value. */
class PairTable {
  // Slot k holds [first key, second key, value] at 3k: one cache line serves a probe.
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 3);
    for (let k = 2; k < this.slots.length; k += 3) this.slots[k] = -1;
    this.mask = size - 1;
  }
  /** False when the pair is already present (the value is kept). */
  set(a: number, b: number, value: number): boolean {
    const slots = this.slots;
    let slot = finalize(a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    while (slots[slot * 3 + 2]! >= 0) {
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) return false;
      slot = (slot + 1) & this.mask;
    }
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = value;
    return true;
  }
  /** The value, or -1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    let slot = finalize(a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = slot * 3;
      const value = slots[at + 2]!;
      if (value < 0) return -1;
      if (slots[at] === a && slots[at + 1] === b) return value;
      slot = (slot + 1) & this.mask;
    }
  }
}

// Name lists (gazetteer, training names) as tries over word ids, so matching builds no strings.
export interface NameTrie {
  /** A first word (key, bare or core form) → its node. */
  first: Map<string, number>;
  /** A later word's key → its id. */
  words: Map<string, number>;
  /** (node, word id) → child node. */
  children: PairTable;
  /** Node → class id of the name ending there, -1 when none. */
  ending: number[];
  /** Class id → classes ("LOC", "LOC,PER" …). */
  classes: string[];
}

// Per token, its trie places (see FastWord): gazetteer at 0 … 3, training names at 4 … 7.
export const ENTRY = 8;

// Longest names matched (the same bound as features.ts's matchNames).
const MAX_NAME_WORDS = 6;

export function nameTrie(names: Map<string, string>): NameTrie {
  const trie: NameTrie = { first: new Map(), words: new Map(), children: new PairTable(names.size * 2), ending: [], classes: [] };
  const classIds = new Map<string, number>();
  for (const [name, classes] of names) {
    const parts = name.split(" ");
    if (parts.length > MAX_NAME_WORDS) continue;
    let node = trie.first.get(parts[0]!);
    if (node === undefined) {
      trie.first.set(parts[0]!, (node = trie.ending.length));
      trie.ending.push(-1);
    }
    for (let k = 1; k < parts.length; k++) {
      let word = trie.words.get(parts[k]!);
      if (word === undefined) trie.words.set(parts[k]!, (word = trie.words.size));
      let child = trie.children.get(node, word);
      if (child < 0) {
        trie.children.set(node, word, (child = trie.ending.length));
        trie.ending.push(-1);
      }
      node = child;
    }
    let classId = classIds.get(classes);
    if (classId === undefined) {
      classIds.set(classes, (classId = trie.classes.length));
      trie.classes.push(classes);
    }
    trie.ending[node] = classId;
  }
  return trie;
}

/**
 * matchNames (features.ts) over a trie: the longest name starting at each token in any of the first
 * word's forms, non-overlapping, left to right; `sink` gets the same (token, kind, class id) calls.
 */
export function matchTrie(trie: NameTrie, entries: Int32Array, at: number, sink: (i: number, kind: number, classId: number) => void): void {
  const n = entries.length / ENTRY;
  for (let i = 0; i < n; ) {
    const first = i * ENTRY;
    let bestLength = 0;
    let bestClass = -1;
    for (let f = 0; f < 3; f++) {
      let node = entries[first + at + f]!;
      const most = Math.min(MAX_NAME_WORDS, n - i);
      for (let length = 1; node >= 0 && length <= most; length++) {
        if (length > 1) {
          const word = entries[(i + length - 1) * ENTRY + at + 3]!;
          node = word < 0 ? -1 : trie.children.get(node, word);
          if (node < 0) break;
        }
        const classId = trie.ending[node]!;
        if (classId >= 0 && length > bestLength) {
          bestLength = length;
          bestClass = classId;
        }
      }
    }
    if (bestLength === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < bestLength; k++) sink(i + k, k === 0 ? NAME_FIRST : NAME_INSIDE, bestClass);
    if (bestLength > 1) sink(i, NAME_LONG, bestClass);
    if (i > 0) sink(i - 1, NAME_BEFORE, bestClass);
    if (i + bestLength < n) sink(i + bestLength, NAME_AFTER, bestClass);
    i += bestLength;
  }
}

/**
 * Best label sequence (see decode.ts's viterbi) over transitions[base + (previous + 1) * L + y] that
 * hold -Infinity where a step is not allowed. The forward pass keeps only the best scores, in place of
 * the emissions (Math.max does not branch, the arg-max would); the backward pass finds each token's
 * best predecessor again for the one label chosen, first in label order as the forward arg-max would.
 */
function viterbi(scores: Float64Array, transitions: Float64Array, base: number, n: number): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  for (let y = 0; y < L; y++) scores[y] = transitions[base + y]! + scores[y]!;
  for (let i = 1; i < n; i++) {
    const from = (i - 1) * L;
    const row = i * L;
    for (let y = 0; y < L; y++) {
      // Labels are O, then B-X, I-X pairs: I-X (even y > 0) may only follow B-X (y - 1) or I-X (y).
      const inside = y > 0 && (y & 1) === 0;
      const first = inside ? y - 1 : 0;
      const last = inside ? y : L - 1;
      let best = -Infinity;
      let t = base + (first + 1) * L + y;
      for (let p = first; p <= last; p++, t += L) best = Math.max(best, scores[from + p]! + transitions[t]!);
      scores[row + y] = best + scores[row + y]!;
    }
  }
  const lastRow = (n - 1) * L;
  let label = 0;
  for (let y = 1; y < L; y++) if (scores[lastRow + y]! > scores[lastRow + label]!) label = y;
  path[n - 1] = label;
  for (let i = n - 1; i > 0; i--) {
    const from = (i - 1) * L;
    const inside = label > 0 && (label & 1) === 0;
    const first = inside ? label - 1 : 0;
    const last = inside ? label : L - 1;
    let best = -Infinity;
    let arg = 0;
    let t = base + (first + 1) * L + label;
    for (let p = first; p <= last; p++, t += L) {
      const candidate = scores[from + p]! + transitions[t]!;
      if (candidate > best) {
        best = candidate;
        arg = p;
      }
    }
    label = arg;
    path[i - 1] = label;
  }
  return path;
}

export interface FastTaggerOptions {
  /** Word types cached before the cache is emptied (default 200,000). */
  cacheLimit?: number;
}

export function createFastTagger(model: TaggerModel, options: FastTaggerOptions = {}): FastTagger {
  const cacheLimit = options.cacheLimit ?? CACHE_LIMIT;
  const stages: TaggerStage[] = model.second ? [model.first, model.second] : [model.first];
  const S = stages.length;
  const W = S * L; // one weight row: every stage's label weights, stage after stage
  const scale = model.scale ?? 100;
  const integer = (w: number): number => Math.round(w * scale);

  // The hash state of the feature being fed.
  let h1 = 0;
  let h2 = 0;
  const begin = (): void => {
    h1 = BASIS_ONE;
    h2 = BASIS_TWO;
  };
  const feed = (text: string, from: number, to: number): void => {
    let a = h1;
    let b = h2;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    h1 = a;
    h2 = b;
  };
  const hashString = (text: string): void => {
    begin();
    feed(text, 0, text.length);
  };

  // Features by hash. Most lookups are for features the model lacks, and the table is larger than a
  // core's cache, so a probe first reads a one-byte fingerprint (`marks`, 0 = empty slot, small enough
  // to stay in cache) and only on a match the slot itself. A slot (8 ints, half a cache line) holds the
  // two hashes and the feature's non-zero weights (about 3 of a stage's 9), each as
  // weight << 5 | (stage * L + label): up to INLINE of them in the slot, the rest in `overflow`.
  const names = new Set<string>();
  for (const stage of stages) for (const name of stage.features.keys()) names.add(name);
  let size = 1024;
  while (size < names.size * 1.25) size *= 2;
  const mask = size - 1;
  const STRIDE = 8;
  const INLINE = 4;
  const marks = new Uint8Array(size);
  const slots = new Int32Array(size * STRIDE);
  const spilled: number[] = [];
  const markOf = (b: number): number => ((b >>> 24) % 255) + 1;
  const slotOfHash = (): number => {
    const a = finalize(h1);
    const b = finalize(h2);
    const mark = markOf(b);
    let slot = a & mask;
    for (;;) {
      const found = marks[slot]!;
      if (found === 0) return -1;
      if (found === mark && slots[slot * STRIDE] === a && slots[slot * STRIDE + 1] === b) return slot;
      slot = (slot + 1) & mask;
    }
  };
  for (const name of names) {
    hashString(name);
    if (slotOfHash() >= 0) throw new Error(`tagger feature hash collision: ${name}`);
    const a = finalize(h1);
    const b = finalize(h2);
    let slot = a & mask;
    while (marks[slot] !== 0) slot = (slot + 1) & mask;
    marks[slot] = markOf(b);
    const at = slot * STRIDE;
    slots[at] = a;
    slots[at + 1] = b;
    const row: number[] = [];
    stages.forEach((stage, s) => {
      const index = stage.features.get(name);
      if (index === undefined) return;
      for (let y = 0; y < L; y++) {
        const weight = integer(stage.weights[index * L + y]!);
        if (Math.abs(weight) >= 1 << 25) throw new Error(`tagger weight out of range: ${name}`);
        if (weight !== 0) row.push((weight << 5) | (s * L + y));
      }
    });
    // slots[at + 2]: inline count; slots[at + 3]: start of the rest in `spilled`, whose end is in the
    // next inline place when the row has more than INLINE weights.
    slots[at + 2] = Math.min(row.length, INLINE - (row.length > INLINE ? 1 : 0));
    const inline = slots[at + 2]!;
    for (let k = 0; k < inline; k++) slots[at + 4 + k] = row[k]!;
    if (row.length > inline) {
      slots[at + 3] = spilled.length;
      spilled.push(...row.slice(inline));
      slots[at + 4 + INLINE - 1] = spilled.length;
    } else slots[at + 3] = -1;
  }
  const overflow = Int32Array.from(spilled);
  const rowOf = (name: string): number => {
    hashString(name);
    return slotOfHash();
  };

  /** Every stage's weights of a row (a slot, -1 for none) into a W-wide block at `at`. */
  const addRowAll = (target: Int32Array, at: number, row: number): void => {
    if (row < 0) return;
    const base = row * STRIDE;
    const inline = slots[base + 2]!;
    for (let k = 0; k < inline; k++) {
      const entry = slots[base + 4 + k]!;
      target[at + (entry & 31)]! += entry >> 5;
    }
    const start = slots[base + 3]!;
    if (start < 0) return;
    const end = slots[base + 4 + INLINE - 1]!;
    for (let k = start; k < end; k++) {
      const entry = overflow[k]!;
      target[at + (entry & 31)]! += entry >> 5;
    }
  };
  // Word bigrams by word ids: "bp=a|b" → (id(a) * 2, id(b)), "bn=a|b" → (id(a) * 2 + 1, id(b)).
  const bigramVocabulary = new Map<string, number>();
  const bigrams = new PairTable(names.size / 4);
  for (const name of names) {
    const template = name.startsWith("bp=") ? 0 : name.startsWith("bn=") ? 1 : -1;
    if (template < 0) continue;
    const bar = name.indexOf("|", 3);
    // A pair whose keys hold "|" cannot be split back: such words take the hashed-string path.
    if (bar < 0 || name.indexOf("|", bar + 1) >= 0) continue;
    const id = (key: string): number => {
      let value = bigramVocabulary.get(key);
      if (value === undefined) bigramVocabulary.set(key, (value = bigramVocabulary.size));
      return value;
    };
    bigrams.set(id(name.slice(3, bar)) * 2 + template, id(name.slice(bar + 1)), rowOf(name));
  }

  // Stage two's memory features and the name-match features are fixed strings: rows found once.
  // memoryWeights[id * W + s * L + y], dense.
  const memoryWeights = new Int32Array(MEMORY_FEATURES.length * W);
  MEMORY_FEATURES.forEach((name, id) => addRowAll(memoryWeights, id * W, rowOf(name)));
  const tries = [
    { trie: nameTrie(model.lexicon.gazetteer), prefix: "gz" },
    { trie: nameTrie(model.lexicon.phrases), prefix: "tp" },
  ].map(({ trie, prefix }) => ({
    trie,
    // (class id × 5 + kind) → feature row
    rows: Int32Array.from({ length: trie.classes.length * 5 }, (_, k) => rowOf(nameFeature(prefix, k % 5, trie.classes[Math.floor(k / 5)]!))),
  }));

  const transitions = new Float64Array(S * (L + 1) * L);
  stages.forEach((stage, s) => {
    for (let p = -1; p < L; p++) {
      for (let y = 0; y < L; y++) {
        const at = s * (L + 1) * L + (p + 1) * L + y;
        transitions[at] = allowedTransition(p, y) ? integer(stage.transitions[(p + 1) * L + y]!) : -Infinity;
      }
    }
  });
  const penalties = stages.map((stage) => integer(stage.outsidePenalty));

  // Every cached word's scores live in one arena (one allocation, no per-word buffers to collect).
  const BLOCK = OFFSET_COUNT * W;
  let arena = new Int32Array(BLOCK * 4096);
  let arenaUsed = 0;
  const allocate = (): number => {
    if (arenaUsed + BLOCK > arena.length) {
      const grown = new Int32Array(arena.length * 2);
      grown.set(arena);
      arena = grown;
    }
    arenaUsed += BLOCK;
    return arenaUsed - BLOCK;
  };

  // Hash sink state: the word being summarized. Group OWN, NEAR, FAR → offset indices (offset + 2).
  let target = 0;
  const scratch = new Int32Array(BLOCK);
  const PREFIXES = OFFSETS.map((offset) => OFFSET_PREFIX[offset]!);
  const groupOffsets = [[2], [1, 3], [0, 4]];
  const sink = (group: number, tag: string, value: string, from: number, to: number): void => {
    const offsets = groupOffsets[group]!;
    for (let o = 0; o < offsets.length; o++) {
      const index = offsets[o]!;
      begin();
      if (group !== 0) {
        const prefix = PREFIXES[index]!;
        feed(prefix, 0, prefix.length);
      }
      feed(tag, 0, tag.length);
      feed(value, from, to);
      addRowAll(scratch, index * W, slotOfHash());
    }
  };

  const bigramIdOf = (key: string): number => (key.includes("|") ? -2 : (bigramVocabulary.get(key) ?? -1));

  // Everything the lexicon, the name tries and the bigram vocabulary know about a string, in one
  // entry: a new word then costs one lookup per form (key, bare, core, core with ال) instead of ~25.
  interface IndexEntry extends FormFacts {
    gazetteerFirst: boolean;
    phraseFirst: boolean;
    /** Trie nodes as a first word and ids as a later word: gazetteer node, word; phrases node, word. */
    names: [number, number, number, number];
    bigramId: number;
  }
  const index = new Map<string, IndexEntry>();
  const entry = (form: string): IndexEntry => {
    let found = index.get(form);
    if (!found) {
      found = { trigger: undefined, cluster: undefined, frequency: undefined, gazetteerFirst: false, phraseFirst: false, names: [-1, -1, -1, -1], bigramId: -1 };
      index.set(form, found);
    }
    return found;
  };
  for (const [form, trigger] of model.lexicon.triggers) entry(form).trigger = trigger;
  for (const [form, cluster] of model.lexicon.clusters) entry(form).cluster = cluster;
  for (const [form, frequency] of model.lexicon.frequency) entry(form).frequency = frequency;
  for (const form of nameIndex(model.lexicon.gazetteer).firstWords.keys()) entry(form).gazetteerFirst = true;
  for (const form of nameIndex(model.lexicon.phrases).firstWords.keys()) entry(form).phraseFirst = true;
  tries.forEach(({ trie }, t) => {
    for (const [form, node] of trie.first) entry(form).names[2 * t] = node;
    for (const [form, id] of trie.words) entry(form).names[2 * t + 1] = id;
  });
  for (const [form, id] of bigramVocabulary) entry(form).bigramId = id;
  const find = (form: string): IndexEntry | undefined => index.get(form);

  const summarize = (word: string): FastWord => {
    const facts = wordFactsWith(word, find);
    // Summed in a small scratch block that stays in cache, then copied to the arena in one go.
    scratch.fill(0);
    emitWordFeatures(facts, sink);
    target = allocate();
    arena.set(scratch, target);
    const { key, clitics } = facts;
    const { core, bare } = clitics;
    const { key: ofKey, bare: ofBare, core: ofCore } = facts.found;
    const bigramId = key.includes("|") ? -2 : (ofKey?.bigramId ?? -1);
    const gazetteerStart = !!(ofKey?.gazetteerFirst || ofBare?.gazetteerFirst || ofCore?.gazetteerFirst);
    const phraseStart = !!(ofKey?.phraseFirst || ofBare?.phraseFirst || ofCore?.phraseFirst);
    return {
      key,
      core,
      bare,
      gazetteerStart,
      phraseStart,
      memoryKey: memoryKeyOf(core),
      scores: target,
      bigramId,
      gzKey: ofKey?.names[0] ?? -1,
      gzBare: ofBare?.names[0] ?? -1,
      gzCore: ofCore?.names[0] ?? -1,
      gzWord: ofKey?.names[1] ?? -1,
      tpKey: ofKey?.names[2] ?? -1,
      tpBare: ofBare?.names[2] ?? -1,
      tpCore: ofCore?.names[2] ?? -1,
      tpWord: ofKey?.names[3] ?? -1,
    };
  };

  const pad = (side: "start" | "end"): FastWord => {
    const info = padInfo(side);
    const scores = allocate();
    info.byOffset.forEach((features, index) => {
      for (const name of features) addRowAll(arena, scores + index * W, rowOf(name));
    });
    const { byOffset: _, ...keys } = info;
    // Pads are never matched against names.
    return { ...keys, scores, bigramId: bigramIdOf(info.key), gzKey: -1, gzBare: -1, gzCore: -1, gzWord: -1, tpKey: -1, tpBare: -1, tpCore: -1, tpWord: -1 };
  };
  const zeroBlock = allocate();
  const start = pad("start");
  const end = pad("end");
  const padsEnd = arenaUsed;

  const cache = new Map<string, FastWord>();
  const lookup = (word: string): FastWord => {
    let cached = cache.get(word);
    if (cached === undefined) {
      cached = summarize(word);
      cache.set(word, cached);
    }
    return cached;
  };

  const addBigrams = (extra: Int32Array, at: number, previous: FastWord, current: FastWord, next: FastWord): void => {
    if (previous.bigramId === -2 || current.bigramId === -2 || next.bigramId === -2) {
      addRowAll(extra, at, rowOf("bp=" + previous.key + "|" + current.key));
      addRowAll(extra, at, rowOf("bn=" + current.key + "|" + next.key));
      return;
    }
    if (current.bigramId < 0) return;
    if (previous.bigramId >= 0) addRowAll(extra, at, bigrams.get(previous.bigramId * 2, current.bigramId));
    if (next.bigramId >= 0) addRowAll(extra, at, bigrams.get(current.bigramId * 2 + 1, next.bigramId));
  };

  // Reused decoding buffers, grown on demand.
  let emissions = new Float64Array(64 * L);

  const decode = (s: number, sums: Int32Array, n: number, memoryIds?: number[][]): Int32Array => {
    if (emissions.length < n * L) {
      emissions = new Float64Array(n * L * 2);
    }
    const scores = emissions;
    const penalty = penalties[s]!;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const from = (i * S + s) * L;
      for (let y = 0; y < L; y++) scores[base + y] = sums[from + y]!;
      if (memoryIds) {
        const ids = memoryIds[i]!;
        for (let k = 0; k < ids.length; k++) {
          const from = ids[k]! * W + s * L;
          for (let y = 0; y < L; y++) scores[base + y]! += memoryWeights[from + y]!;
        }
      }
      scores[base]! -= penalty;
    }
    return viterbi(scores, transitions, s * (L + 1) * L, n);
  };

  const prepare = (words: readonly string[]): FastStagedSentence => {
    const n = words.length;
    const cached: FastWord[] = new Array(n);
    // Cleared only between sentences: a sentence's words must keep their arena blocks until summed.
    if (cache.size + n > cacheLimit) {
      cache.clear();
      arenaUsed = padsEnd;
    }
    for (let i = 0; i < n; i++) {
      cached[i] = lookup(words[i]!);
    }
    // Both stages at once: the words at i-2 … i+2 (pads at the edges, nothing beyond the first pad),
    // word bigrams and name matches.
    const sums = new Int32Array(n * W);
    const at = (j: number): FastWord => (j < 0 ? start : j >= n ? end : cached[j]!);
    const blocks = arena;
    // The block of the word at j (the zero block beyond the first pad), at offset index k.
    const source = (j: number, k: number): number => (j < -1 || j > n ? zeroBlock : at(j).scores) + k * W;
    for (let i = 0; i < n; i++) {
      const base = i * W;
      const a = source(i - 2, 0);
      const b = source(i - 1, 1);
      const c = cached[i]!.scores + 2 * W;
      const d = source(i + 1, 3);
      const e = source(i + 2, 4);
      for (let y = 0; y < W; y++) sums[base + y] = blocks[a + y]! + blocks[b + y]! + blocks[c + y]! + blocks[d + y]! + blocks[e + y]!;
      addBigrams(sums, base, at(i - 1), at(i), at(i + 1));
    }
    const entries = new Int32Array(n * ENTRY);
    for (let i = 0; i < n; i++) {
      const word = cached[i]!;
      const at = i * ENTRY;
      entries[at] = word.gzKey;
      entries[at + 1] = word.gzBare;
      entries[at + 2] = word.gzCore;
      entries[at + 3] = word.gzWord;
      entries[at + 4] = word.tpKey;
      entries[at + 5] = word.tpBare;
      entries[at + 6] = word.tpCore;
      entries[at + 7] = word.tpWord;
    }
    tries.forEach(({ trie, rows }, t) =>
      matchTrie(trie, entries, 4 * t, (i, kind, classId) => addRowAll(sums, i * W, rows[classId * 5 + kind]!)),
    );
    return { words, cached, sums, first: decode(0, sums, n) };
  };

  const finish = (sentence: FastStagedSentence, memory: DocumentMemory): Int32Array => {
    if (S < 2) return sentence.first;
    return decode(1, sentence.sums, sentence.cached.length, memoryFeatureIds(sentence.cached, sentence.first, memory));
  };

  const rememberSentence = (memory: DocumentMemory, sentence: FastStagedSentence, sign: 1 | -1): void =>
    remember(memory, sentence.cached, sentence.first, sign);

  return withDocuments({ prepare, finish, remember: rememberSentence });
}
