// Feature templates of the tagger. Training and tagging both build features through this module, so the
// strings a model was trained on are exactly the strings looked up at run time.
//
// A word's own properties are computed once per word type (WordInfo); a token's features are the
// properties of the words at offsets -2..+2 (prefixed with the offset) plus two word bigrams.
import { normalizeKey } from "../../text/normalize.ts";
import { lightStem } from "../../text/stem.ts";
import { gazetteerIndex, nameIndex, type TaggerLexicon } from "./lexicon.ts";

export const OFFSETS = [-2, -1, 0, 1, 2] as const;
const OFFSET_PREFIX: Record<number, string> = { [-2]: "-2", [-1]: "-1", 0: "", 1: "+1", 2: "+2" };

export interface WordInfo {
  key: string;
  /** The word without conjunction, preposition and article proclitics. */
  core: string;
  /** The word without a leading conjunction. */
  bare: string;
  /** Whether some gazetteer name starts with one of the word's forms (key, bare, core). */
  gazetteerStart: boolean;
  /** The same for the training-data names of the lexicon the info was made with. */
  phraseStart: boolean;
  /** The key stage two's document memory files the word under ("" for punctuation, digits …). */
  memoryKey: string;
  /** Features this word gives a token when it stands at offset o from that token (index o + 2). */
  byOffset: string[][];
}

export interface Clitics {
  /** Key without a leading و/ف. */
  bare: string;
  /** Key without conjunction, preposition and article. */
  core: string;
  /** Which proclitics were removed, e.g. "و+ال" ("" when none). */
  pattern: string;
}

// A self-contained proclitic stripper, kept inside the tagger on purpose: the model's features must not
// change when the shared text-layer segmenter changes. It over-strips sometimes (وزير → زير); the raw
// key is always a feature too, so the learner decides which form to trust.
export function stripProclitics(key: string): Clitics {
  let rest = key;
  let pattern = "";
  if (rest.length >= 4 && (rest[0] === "و" || rest[0] === "ف")) {
    pattern = rest[0] + "+";
    rest = rest.slice(1);
  }
  const bare = rest;
  if (rest.length >= 5 && (rest.startsWith("بال") || rest.startsWith("كال"))) {
    pattern += rest[0] + "+ال";
    rest = rest.slice(3);
  } else if (rest.length >= 4 && rest.startsWith("لل")) {
    pattern += "ل+ال";
    rest = rest.slice(2);
  } else if (rest.length >= 4 && rest.startsWith("ال")) {
    pattern += "ال";
    rest = rest.slice(2);
  } else if (rest.length >= 4 && (rest[0] === "ب" || rest[0] === "ل" || rest[0] === "ك")) {
    pattern += rest[0] + "+";
    rest = rest.slice(1);
  }
  return { bare, core: rest, pattern };
}

const MEMORABLE = /^[\u0621-\u064A\u0671-\u06D3A-Za-z]{2,}$/u;
const ARABIC_LETTER = /^[\u0621-\u064A\u0671-\u06D3]+$/u;
const LATIN = /^[A-Za-z]+$/u;
const DIGITS = /^[0-9]+$/u;
const HAS_DIGIT = /[0-9]/u;
const PUNCT = /^[\p{P}\p{S}]+$/u;

function shapeOf(key: string): string {
  if (ARABIC_LETTER.test(key)) return "A";
  if (DIGITS.test(key)) return "D";
  if (LATIN.test(key)) return "L";
  if (PUNCT.test(key)) return "P";
  if (HAS_DIGIT.test(key)) return "d";
  return "X";
}

function lengthBucket(length: number): string {
  if (length <= 3) return String(length);
  if (length <= 5) return "4-5";
  if (length <= 8) return "6-8";
  return "9+";
}

function triggerOf(lexicon: TaggerLexicon, key: string, clitics: Clitics): string | undefined {
  return (
    lexicon.triggers.get(key) ??
    lexicon.triggers.get(clitics.bare) ??
    lexicon.triggers.get(clitics.core) ??
    lexicon.triggers.get("ال" + clitics.core)
  );
}

// The longest token the features look at; longer tokens (URLs, binary junk) are cut for the key only.
const MAX_KEY = 64;

/** Everything the templates need about one word type. Pure; callers cache it. */
export function wordInfo(word: string, lexicon: TaggerLexicon): WordInfo {
  const key = normalizeKey(word).slice(0, MAX_KEY);
  const clitics = stripProclitics(key);
  const { core } = clitics;
  const shape = shapeOf(key);
  const trigger = triggerOf(lexicon, key, clitics);
  const cluster = lexicon.clusters.get(key) ?? lexicon.clusters.get(core);
  const light = lightStem(core);
  const frequency = lexicon.frequency.get(key) ?? 0;

  const own: string[] = ["bias", "w=" + key, "sh=" + shape, "len=" + lengthBucket(core.length)];
  if (core !== key) own.push("c=" + core, "cl=" + clitics.pattern);
  if (clitics.bare !== key && clitics.bare !== core) own.push("x=" + clitics.bare);
  if (light !== core) own.push("l=" + light);
  if (shape === "A") {
    for (let n = 1; n <= 3 && n < core.length; n++) own.push(`p${n}=` + core.slice(0, n), `s${n}=` + core.slice(-n));
    if (core.startsWith("عبد") && core.length > 3) own.push("abd");
    if (core.length >= 5) for (let k = 1; k + 3 < core.length; k++) own.push("g=" + core.slice(k, k + 3));
  }
  if (trigger) own.push("t=" + trigger);
  own.push("fq=" + frequency);
  if (shape === "A") {
    if (core !== key) own.push("fqc=" + (lexicon.frequency.get(core) ?? 0));
    // Common nouns also occur with the article; names of people and many places rarely do.
    if (!clitics.pattern.endsWith("ال")) own.push("fqal=" + (lexicon.frequency.get("ال" + core) ?? 0));
  }
  const coarse = cluster?.slice(0, cluster.indexOf("."));
  if (cluster) own.push("k=" + coarse, "kf=" + cluster);

  const near: string[] = ["w=" + key, "sh=" + shape, "fq=" + frequency];
  if (core !== key) near.push("c=" + core);
  if (shape === "A" && core.length > 2) near.push("s2=" + core.slice(-2));
  if (trigger) near.push("t=" + trigger);
  if (cluster) near.push("k=" + coarse, "kf=" + cluster);

  const far: string[] = ["w=" + key];
  if (core !== key) far.push("c=" + core);
  if (trigger) far.push("t=" + trigger);
  if (cluster) far.push("k=" + coarse);

  const byOffset = OFFSETS.map((offset) => {
    const atoms = offset === 0 ? own : Math.abs(offset) === 1 ? near : far;
    const prefix = OFFSET_PREFIX[offset]!;
    return prefix ? atoms.map((atom) => prefix + atom) : atoms;
  });
  const { firstWords } = gazetteerIndex(lexicon);
  const gazetteerStart = firstWords.has(key) || firstWords.has(clitics.bare) || firstWords.has(core);
  const phraseFirst = nameIndex(lexicon.phrases).firstWords;
  const phraseStart = phraseFirst.has(key) || phraseFirst.has(clitics.bare) || phraseFirst.has(core);
  const memoryKey = MEMORABLE.test(core) ? core : "";
  return { key, core, bare: clitics.bare, gazetteerStart, phraseStart, memoryKey, byOffset };
}

/** The padding words outside a sentence. */
export function padInfo(side: "start" | "end"): WordInfo {
  const atom = side === "start" ? "w=<s>" : "w=</s>";
  const byOffset = OFFSETS.map((offset) => (offset === 0 ? [] : [OFFSET_PREFIX[offset]! + atom]));
  const key = side === "start" ? "<s>" : "</s>";
  return { key, core: key, bare: key, gazetteerStart: false, phraseStart: false, memoryKey: "", byOffset };
}

export function bigramFeatures(previous: WordInfo, current: WordInfo, next: WordInfo): [string, string] {
  return ["bp=" + previous.key + "|" + current.key, "bn=" + current.key + "|" + next.key];
}

// Longest gazetteer names are a few words; matching stops there whatever the data holds.
const MAX_NAME_WORDS = 6;

/**
 * Gazetteer features of a sentence, per token (undefined where none): longest non-overlapping matches
 * of gazetteer names, the first word in its plain, conjunction-less or clitic-less form (وبموسكو), the
 * rest as written. Tokens inside a match get its position and classes; the tokens just outside get
 * the neighbouring match's classes.
 */
export function gazetteerFeatures(infos: readonly WordInfo[], lexicon: TaggerLexicon): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(infos.length);
  if (lexicon.gazetteer.size > 0) matchNames(infos, lexicon.gazetteer, "gz", "gazetteerStart", out);
  return out;
}

/**
 * The same matching against entity names of the training data ("tp" features). Training computes them
 * with the names of the other folds only, so the learner sees them as often wrong or missing as they
 * are on new text.
 */
export function phraseFeatures(
  infos: readonly WordInfo[],
  phrases: Map<string, string>,
  infosMadeWithPhrases = false,
): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(infos.length);
  if (phrases.size > 0) matchNames(infos, phrases, "tp", infosMadeWithPhrases ? "phraseStart" : undefined, out);
  return out;
}

/** The key of an entity name as `phrases` stores it. */
export function phraseKey(infos: readonly WordInfo[]): string {
  return [infos[0]!.core, ...infos.slice(1).map((info) => info.key)].join(" ");
}

function matchNames(
  infos: readonly WordInfo[],
  names: Map<string, string>,
  prefix: string,
  startFlag: "gazetteerStart" | "phraseStart" | undefined,
  out: (string[] | undefined)[],
): void {
  const { firstWords } = nameIndex(names);
  const add = (i: number, feature: string): void => {
    if (i >= 0 && i < infos.length) (out[i] ??= []).push(feature);
  };
  for (let i = 0; i < infos.length; ) {
    const first = infos[i]!;
    if (startFlag && !first[startFlag]) {
      i++;
      continue;
    }
    let bestLength = 0;
    let bestClasses = "";
    for (const form of [first.key, first.bare, first.core]) {
      const most = Math.min(firstWords.get(form) ?? 0, MAX_NAME_WORDS, infos.length - i);
      let name = form;
      for (let length = 1; length <= most; length++) {
        if (length > 1) name += " " + infos[i + length - 1]!.key;
        const classes = names.get(name);
        if (classes !== undefined && length > bestLength) {
          bestLength = length;
          bestClasses = classes;
        }
      }
    }
    if (bestLength === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < bestLength; k++) add(i + k, `${prefix}=${k === 0 ? "B" : "I"}-${bestClasses}`);
    if (bestLength > 1) add(i, `${prefix}n=${bestClasses}`);
    add(i - 1, `+1${prefix}=${bestClasses}`);
    add(i + bestLength, `-1${prefix}=${bestClasses}`);
    i += bestLength;
  }
}

/** All feature strings of token i of a sentence (what training sees); `extra` are its gazetteer features. */
export function tokenFeatures(
  infos: readonly WordInfo[],
  i: number,
  start: WordInfo,
  end: WordInfo,
  extra?: readonly string[],
): string[] {
  const out: string[] = extra ? [...extra] : [];
  const at = (j: number): WordInfo => (j < 0 ? start : j >= infos.length ? end : infos[j]!);
  for (const offset of OFFSETS) {
    // Padding beyond the first pad word adds nothing new, so only the nearest pad word is used.
    const j = i + offset;
    if (j < -1 || j > infos.length) continue;
    out.push(...at(j).byOffset[offset + 2]!);
  }
  out.push(...bigramFeatures(at(i - 1), at(i), at(i + 1)));
  return out;
}

/** Stage-one label counts of word cores over a stretch of text: core → [O, PERS, LOC, ORG, MISC]. */
export type DocumentMemory = Map<string, number[]>;

const MEMORY_TYPES = ["O", "PERS", "LOC", "ORG", "MISC"] as const;
// Label index (see LABELS) → slot in MEMORY_TYPES.
const MEMORY_SLOT = [0, 1, 1, 2, 2, 3, 3, 4, 4];

/** Adds (sign 1) or removes (sign -1) one sentence's stage-one labels to or from the memory. */
export function remember(memory: DocumentMemory, infos: readonly WordInfo[], labels: ArrayLike<number>, sign: 1 | -1): void {
  for (let i = 0; i < infos.length; i++) {
    const key = infos[i]!.memoryKey;
    if (!key) continue;
    let counts = memory.get(key);
    if (!counts) memory.set(key, (counts = [0, 0, 0, 0, 0]));
    counts[MEMORY_SLOT[labels[i]!]!]! += sign;
  }
}

const SHARES = ["all", "most", "some"] as const;

/** Every stage-two memory feature, by id (the runtime maps ids to weight rows once per model). */
export const MEMORY_FEATURES: readonly string[] = [
  ...MEMORY_TYPES.map((t) => "s1=" + t),
  ...MEMORY_TYPES.map((t) => "s1p=" + t),
  "dm=O",
  ...MEMORY_TYPES.slice(1).map((t) => "dm=" + t),
  ...MEMORY_TYPES.slice(1).flatMap((t) => SHARES.map((share) => "dm=" + t + "|" + share)),
  ...MEMORY_TYPES.slice(1).flatMap((t) => MEMORY_TYPES.map((own) => "dm=" + t + "|s1=" + own)),
];
const T = MEMORY_TYPES.length;
const S1 = 0;
const S1P = T;
const DM_O = 2 * T;
const DM = DM_O + 1;
const DM_SHARE = DM + (T - 1);
const DM_OWN = DM_SHARE + (T - 1) * SHARES.length;

/**
 * Stage-two features of a sentence, as ids into MEMORY_FEATURES: each token's own stage-one label and
 * its predecessor's, and how stage one tagged the other occurrences of the same word core in the memory
 * (which must include this sentence). A name caught once next to a title is then recognized where it
 * stands alone.
 */
export function memoryFeatureIds(infos: readonly WordInfo[], labels: ArrayLike<number>, memory: DocumentMemory): number[][] {
  return infos.map((info, i) => {
    const own = MEMORY_SLOT[labels[i]!]!;
    const out = [S1 + own, S1P + (i > 0 ? MEMORY_SLOT[labels[i - 1]!]! : 0)];
    const key = info.memoryKey;
    const counts = key ? memory.get(key) : undefined;
    if (!counts) return out;
    let others = 0;
    let best = 0;
    let bestCount = 0;
    for (let slot = 0; slot < T; slot++) {
      const count = counts[slot]! - (slot === own ? 1 : 0);
      others += count;
      if (slot > 0 && count > bestCount) {
        best = slot;
        bestCount = count;
      }
    }
    if (others <= 0) return out;
    const entities = others - (counts[0]! - (own === 0 ? 1 : 0));
    if (entities === 0) out.push(DM_O);
    else {
      const share = entities === others ? 0 : entities * 2 >= others ? 1 : 2;
      out.push(DM + best - 1, DM_SHARE + (best - 1) * SHARES.length + share, DM_OWN + (best - 1) * T + own);
    }
    return out;
  });
}

/** The same features as strings (what training sees). */
export function memoryFeatures(infos: readonly WordInfo[], labels: ArrayLike<number>, memory: DocumentMemory): string[][] {
  return memoryFeatureIds(infos, labels, memory).map((ids) => ids.map((id) => MEMORY_FEATURES[id]!));
}
