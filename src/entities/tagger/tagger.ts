// Tagging with a loaded model. A word type's contribution to the emission scores of the tokens around
// it depends on the word alone, so it is summed once per word type and offset and cached: tagging a
// token then costs five vector additions, a few lookups and a 9×9 Viterbi step per stage.
import { LABELS, LABEL_COUNT } from "./labels.ts";
import {
  MEMORY_FEATURES,
  OFFSETS,
  bigramFeatures,
  gazetteerFeatures,
  memoryFeatureIds,
  phraseFeatures,
  padInfo,
  remember,
  wordInfo,
  type DocumentMemory,
  type WordInfo,
} from "./features.ts";
import { viterbi } from "./decode.ts";
import type { TaggerModel, TaggerStage } from "./model.ts";

const L = LABEL_COUNT;
// Enough for the vocabulary of a large news batch; cleared wholesale when full (cheap to rebuild).
const CACHE_LIMIT = 200_000;

interface CachedWord {
  /** The word's info without its feature strings (they are summed into `scores`). */
  info: WordInfo;
  /** Summed weights this word adds at each offset: scores[(stage * 5 + offset + 2) * L + label]. */
  scores: Float32Array;
  /** Id in the bigram vocabulary, -1 when no bigram feature has this word, NaN when its key holds "|". */
  bigramId: number;
}

const NO_FEATURES: string[][] = [];

// Word-bigram features are looked up by a pair of integer ids instead of a concatenated string: with
// two bigram templates, two stages and two words per pair, that is most of a token's string hashing.
interface BigramTable {
  vocabulary: Map<string, number>;
  /** Per stage: (previous id × size + next id) × 2 + template (0 = bp, 1 = bn) → weight row. */
  rows: Map<number, number>[];
}

function bigramTable(stages: readonly TaggerStage[]): BigramTable {
  const vocabulary = new Map<string, number>();
  const id = (key: string): number => {
    let value = vocabulary.get(key);
    if (value === undefined) vocabulary.set(key, (value = vocabulary.size));
    return value;
  };
  const parsed: [number, number, number, number][][] = stages.map((stage) => {
    const out: [number, number, number, number][] = [];
    for (const [name, row] of stage.features) {
      const template = name.startsWith("bp=") ? 0 : name.startsWith("bn=") ? 1 : -1;
      if (template < 0) continue;
      const pair = name.slice(3);
      const bar = pair.indexOf("|");
      // A key holding "|" cannot be split back; such words take the string path (bigramId NaN).
      if (bar < 0 || pair.indexOf("|", bar + 1) >= 0) continue;
      out.push([id(pair.slice(0, bar)), id(pair.slice(bar + 1)), template, row]);
    }
    return out;
  });
  const size = vocabulary.size;
  const rows = parsed.map((entries) => new Map(entries.map(([a, b, template, row]) => [(a * size + b) * 2 + template, row])));
  return { vocabulary, rows };
}

/** A sentence after stage one: what stage two needs. */
export interface StagedSentence {
  words: readonly string[];
  infos: WordInfo[];
  cached: CachedWord[];
  /** Gazetteer and training-name features per token. */
  names: (string[] | undefined)[][];
  /** Stage-one labels (indices into LABELS). */
  first: Int32Array;
}

export interface Tagger {
  /** BIO labels for the words of one sentence (the sentence is its own document). */
  tag(words: readonly string[]): string[];
  /** BIO labels for every sentence of a document; names tagged in one sentence inform the others. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** Stage one of a sentence. */
  prepare(words: readonly string[]): StagedSentence;
  /** Stage two of a prepared sentence, given a memory that includes it (see remember). */
  finish(sentence: StagedSentence, memory: DocumentMemory): Int32Array;
  remember(memory: DocumentMemory, sentence: StagedSentence, sign: 1 | -1): void;
}

export function createTagger(model: TaggerModel): Tagger {
  const stages: TaggerStage[] = model.second ? [model.first, model.second] : [model.first];
  const cache = new Map<string, CachedWord>();

  // One lookup per feature string serves every stage: union id → each stage's row (-1 when absent).
  const union = new Map<string, number>();
  for (const stage of stages) for (const name of stage.features.keys()) if (!union.has(name)) union.set(name, union.size);
  // Union weights, stage after stage for each feature: a new word's ~60 features then touch ~60 cache
  // lines instead of ~60 per stage.
  const S = stages.length;
  const unionWeights = new Float32Array(union.size * S * L);
  stages.forEach((stage, s) => {
    for (const [name, row] of stage.features) unionWeights.set(stage.weights.subarray(row * L, (row + 1) * L), (union.get(name)! * S + s) * L);
  });

  const addFeature = (stage: TaggerStage, target: Float32Array | Float64Array, at: number, name: string): void => {
    const row = stage.features.get(name);
    if (row === undefined) return;
    for (let y = 0; y < L; y++) target[at + y]! += stage.weights[row * L + y]!;
  };

  const bigrams = bigramTable(stages);
  const bigramSize = bigrams.vocabulary.size;
  // Stage two's memory features are a fixed set: their rows are looked up once.
  const memoryRows = stages.map((stage) => Int32Array.from(MEMORY_FEATURES, (name) => stage.features.get(name) ?? -1));

  const summarize = (info: WordInfo): CachedWord => ({
    info: { ...info, byOffset: NO_FEATURES },
    scores: (() => {
      const scores = new Float32Array(stages.length * OFFSETS.length * L);
      OFFSETS.forEach((offset, k) => {
        for (const name of info.byOffset[offset + 2]!) {
          const id = union.get(name);
          if (id === undefined) continue;
          for (let s = 0; s < S; s++) {
            const from = (id * S + s) * L;
            const at = (s * OFFSETS.length + k) * L;
            for (let y = 0; y < L; y++) scores[at + y]! += unionWeights[from + y]!;
          }
        }
      });
      return scores;
    })(),
    bigramId: info.key.includes("|") ? NaN : (bigrams.vocabulary.get(info.key) ?? -1),
  });

  const addRow = (stage: TaggerStage, target: Float64Array, at: number, row: number): void => {
    for (let y = 0; y < L; y++) target[at + y]! += stage.weights[row * L + y]!;
  };

  const addBigrams = (s: number, target: Float64Array, at: number, previous: CachedWord, current: CachedWord, next: CachedWord): void => {
    const stage = stages[s]!;
    if (Number.isNaN(previous.bigramId) || Number.isNaN(current.bigramId) || Number.isNaN(next.bigramId)) {
      for (const name of bigramFeatures(previous.info, current.info, next.info)) addFeature(stage, target, at, name);
      return;
    }
    const rows = bigrams.rows[s]!;
    if (current.bigramId < 0) return;
    if (previous.bigramId >= 0) {
      const row = rows.get((previous.bigramId * bigramSize + current.bigramId) * 2);
      if (row !== undefined) addRow(stage, target, at, row);
    }
    if (next.bigramId >= 0) {
      const row = rows.get((current.bigramId * bigramSize + next.bigramId) * 2 + 1);
      if (row !== undefined) addRow(stage, target, at, row);
    }
  };

  const start = summarize(padInfo("start"));
  const end = summarize(padInfo("end"));

  const lookup = (word: string): CachedWord => {
    let cached = cache.get(word);
    if (cached === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cached = summarize(wordInfo(word, model.lexicon));
      cache.set(word, cached);
    }
    return cached;
  };

  const decode = (
    s: number,
    cached: CachedWord[],
    extras: readonly (readonly string[] | undefined)[][],
    memoryIds?: readonly number[][],
  ): Int32Array => {
    const stage = stages[s]!;
    const n = cached.length;
    const at = (j: number): CachedWord => (j < 0 ? start : j >= n ? end : cached[j]!);
    const emissions = new Float64Array(n * L);
    const stageBase = s * OFFSETS.length * L;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      // The words at i-2 … i+2 (pads at the edges, nothing beyond the first pad).
      for (let offset = -2; offset <= 2; offset++) {
        const j = i + offset;
        if (j < -1 || j > n) continue;
        const scores = (j < 0 ? start : j >= n ? end : cached[j]!).scores;
        const from = stageBase + (offset + 2) * L;
        for (let y = 0; y < L; y++) emissions[base + y]! += scores[from + y]!;
      }
      addBigrams(s, emissions, base, at(i - 1), at(i), at(i + 1));
      for (const extra of extras) for (const name of extra[i] ?? []) addFeature(stage, emissions, base, name);
      if (memoryIds) {
        for (const id of memoryIds[i]!) {
          const row = memoryRows[s]![id]!;
          if (row >= 0) addRow(stage, emissions, base, row);
        }
      }
      emissions[base]! -= stage.outsidePenalty;
    }
    return viterbi(emissions, n, stage.transitions);
  };

  const prepare = (words: readonly string[]): StagedSentence => {
    const cached = words.map(lookup);
    const infos = cached.map((c) => c.info);
    const names = [gazetteerFeatures(infos, model.lexicon), phraseFeatures(infos, model.lexicon.phrases, true)];
    return { words, infos, cached, names, first: decode(0, cached, names) };
  };

  const finish = (sentence: StagedSentence, memory: DocumentMemory): Int32Array => {
    if (stages.length < 2) return sentence.first;
    return decode(1, sentence.cached, sentence.names, memoryFeatureIds(sentence.infos, sentence.first, memory));
  };

  const rememberSentence = (memory: DocumentMemory, sentence: StagedSentence, sign: 1 | -1): void =>
    remember(memory, sentence.infos, sentence.first, sign);

  return withDocuments({ prepare, finish, remember: rememberSentence });
}

/** The two-stage steps a stream needs (createTagger's and createFastTagger's taggers have them). */
export interface StagedTagger<Staged> {
  prepare(words: readonly string[]): Staged;
  finish(sentence: Staged, memory: DocumentMemory): Int32Array;
  remember(memory: DocumentMemory, sentence: Staged, sign: 1 | -1): void;
}

/** A whole document and a lone sentence tagged with a tagger's two-stage steps. */
export function withDocuments<Staged>(steps: StagedTagger<Staged>): StagedTagger<Staged> & {
  tag(words: readonly string[]): string[];
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
} {
  const tagDocument = (sentences: readonly (readonly string[])[]): string[][] => {
    const prepared = sentences.map(steps.prepare);
    const memory: DocumentMemory = new Map();
    for (const sentence of prepared) steps.remember(memory, sentence, 1);
    return prepared.map((sentence) => Array.from(steps.finish(sentence, memory), (y) => LABELS[y]!));
  };
  return { ...steps, tag: (words) => (words.length ? tagDocument([words])[0]! : []), tagDocument };
}

/**
 * Tags a stream of sentences where documents are not marked: each sentence's memory is the stage-one
 * output of the `window` sentences before and after it. `emit` gets the labels in input order, each
 * sentence once `window` more sentences have arrived (or at `end`).
 */
export function createStreamTagger<Staged extends { words: readonly string[] }>(
  tagger: StagedTagger<Staged>,
  window: number,
  emit: (words: readonly string[], labels: string[]) => void,
): { push(words: readonly string[]): void; end(): void } {
  const memory: DocumentMemory = new Map();
  const queue: Staged[] = [];
  let behind = 0; // sentences already emitted but still in the memory (at most `window`)
  const emitOne = (): void => {
    const sentence = queue[behind]!;
    emit(sentence.words, Array.from(tagger.finish(sentence, memory), (y) => LABELS[y]!));
    behind++;
    if (behind > window) {
      tagger.remember(memory, queue.shift()!, -1);
      behind--;
    }
  };
  return {
    push(words) {
      const sentence = tagger.prepare(words);
      queue.push(sentence);
      tagger.remember(memory, sentence, 1);
      if (queue.length - behind > window) emitOne();
    },
    end() {
      while (behind < queue.length) emitOne();
    },
  };
}
