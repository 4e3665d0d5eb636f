// Feature templates of the tagger. Training and tagging both build features through this module, so the
// strings a model was trained on are exactly the strings looked up at run time.
//
// A word's own properties are computed once per word type (WordInfo); a token's features are the
// properties of the words at offsets -2..+2 (prefixed with the offset) plus two word bigrams.
import { normalizeKey } from "../../text/normalize.ts";
import { lightStem } from "../../text/stem.ts";
import { arabicLexicon } from "../../text/lexicon.ts";
import { gazetteerIndex, nameIndex, type TaggerLexicon } from "./lexicon.ts";

export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export const OFFSET_PREFIX: Record<number, string> = { [-2]: "-2", [-1]: "-1", 0: "", 1: "+1", 2: "+2" };

export interface WordKeys {
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
}

export interface WordInfo extends WordKeys {
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

// The longest token the features look at; longer tokens (URLs, binary junk) are cut for the key only.
const MAX_KEY = 64;

/** The facts about one word type the feature templates read. */
export interface WordFacts {
  key: string;
  /** The word as written (cut like the key): the key folds أ/إ/ا and ى/ي, which tell على from علي. */
  raw: string;
  clitics: Clitics;
  shape: string;
  trigger: string | undefined;
  cluster: string | undefined;
  /** The cluster id's coarse part. */
  coarse: string | undefined;
  light: string;
  frequency: number;
  /** Frequency class of the core (shape A words whose core differs from the key only). */
  coreFrequency: number;
  /** Frequency class of the core with ال added. */
  articleFrequency: number;
  /** Whether the Arabic spelling lexicon knows the word as written (foreign names it mostly does not). */
  inLexicon: boolean;
}

/** What the lexicon says about one string (a word's key, bare form, core, or core with ال). */
export interface FormFacts {
  trigger?: string | undefined;
  cluster?: string | undefined;
  frequency?: number | undefined;
}

export function wordFacts(word: string, lexicon: TaggerLexicon): WordFacts {
  return wordFactsWith(word, (form) => ({
    trigger: lexicon.triggers.get(form),
    cluster: lexicon.clusters.get(form),
    frequency: lexicon.frequency.get(form),
  }));
}

/**
 * wordFacts with the lexicon behind `find` (the run-time tagger answers from one index, and gets back
 * what it found for the key, bare and core forms).
 */
export function wordFactsWith<Found extends FormFacts>(
  word: string,
  find: (form: string) => Found | undefined,
): WordFacts & { found: { key: Found | undefined; bare: Found | undefined; core: Found | undefined } } {
  const key = normalizeKey(word).slice(0, MAX_KEY);
  const clitics = stripProclitics(key);
  const { core, bare } = clitics;
  const shape = shapeOf(key);
  const arabic = shape === "A";
  const ofKey = find(key);
  const ofBare = bare === key ? ofKey : find(bare);
  const ofCore = core === key ? ofKey : core === bare ? ofBare : find(core);
  const needArticle = (arabic && !clitics.pattern.endsWith("ال")) || (!ofKey?.trigger && !ofBare?.trigger && !ofCore?.trigger);
  const ofArticle = needArticle ? find("ال" + core) : undefined;
  const cluster = ofKey?.cluster ?? ofCore?.cluster;
  return {
    key,
    raw: word.slice(0, MAX_KEY),
    clitics,
    shape,
    trigger: ofKey?.trigger ?? ofBare?.trigger ?? ofCore?.trigger ?? ofArticle?.trigger,
    cluster,
    coarse: cluster?.slice(0, cluster.indexOf(".")),
    light: lightStem(core),
    frequency: ofKey?.frequency ?? 0,
    coreFrequency: arabic && core !== key ? (ofCore?.frequency ?? 0) : 0,
    articleFrequency: arabic && !clitics.pattern.endsWith("ال") ? (ofArticle?.frequency ?? 0) : 0,
    inLexicon: arabic && word.length <= MAX_KEY && arabicLexicon().has(word),
    found: { key: ofKey, bare: ofBare, core: ofCore },
  };
}

/** Where a word's feature stands relative to the token it describes: the token itself, ±1 or ±2. */
export const OWN = 0;
export const NEAR = 1;
export const FAR = 2;

/**
 * Receives the feature `tag + value.slice(from, to)` of group OWN, NEAR or FAR. The templates hand over
 * the parts so that a caller can hash them without building the string.
 */
export type TemplateSink = (group: number, tag: string, value: string, from: number, to: number) => void;

const PREFIX_TAGS = ["p1=", "p2=", "p3="];
const SUFFIX_TAGS = ["s1=", "s2=", "s3="];
const NUMBERS = ["0", "1", "2", "3", "4", "5"];
const numberString = (n: number): string => NUMBERS[n] ?? String(n);

/**
 * The feature templates of one word, in a fixed order: its own features (OWN), those it gives the
 * tokens next to it (NEAR) and two away (FAR). The one definition serves training (strings) and the
 * runtime tagger (hashes of the same strings).
 */
export function emitWordFeatures(facts: WordFacts, sink: TemplateSink): void {
  const { key, clitics, shape, trigger, cluster, coarse, light, frequency } = facts;
  const { core } = clitics;
  const arabic = shape === "A";
  sink(OWN, "bias", "", 0, 0);
  sink(OWN, "w=", key, 0, key.length);
  const raw = facts.raw;
  if (raw !== key) sink(OWN, "r=", raw, 0, raw.length);
  sink(OWN, "sh=", shape, 0, shape.length);
  const bucket = lengthBucket(core.length);
  sink(OWN, "len=", bucket, 0, bucket.length);
  if (core !== key) {
    sink(OWN, "c=", core, 0, core.length);
    sink(OWN, "cl=", clitics.pattern, 0, clitics.pattern.length);
  }
  if (clitics.bare !== key && clitics.bare !== core) sink(OWN, "x=", clitics.bare, 0, clitics.bare.length);
  if (light !== core) sink(OWN, "l=", light, 0, light.length);
  if (arabic) {
    for (let n = 1; n <= 3 && n < core.length; n++) {
      sink(OWN, PREFIX_TAGS[n - 1]!, core, 0, n);
      sink(OWN, SUFFIX_TAGS[n - 1]!, core, core.length - n, core.length);
    }
    if (core.startsWith("عبد") && core.length > 3) sink(OWN, "abd", "", 0, 0);
    if (core.length >= 5) for (let k = 1; k + 3 < core.length; k++) sink(OWN, "g=", core, k, k + 3);
  }
  if (trigger) sink(OWN, "t=", trigger, 0, trigger.length);
  const frequencyText = numberString(frequency);
  sink(OWN, "fq=", frequencyText, 0, frequencyText.length);
  if (arabic) {
    if (core !== key) {
      const text = numberString(facts.coreFrequency);
      sink(OWN, "fqc=", text, 0, text.length);
    }
    // Common nouns also occur with the article; names of people and many places rarely do.
    if (!clitics.pattern.endsWith("ال")) {
      const text = numberString(facts.articleFrequency);
      sink(OWN, "fqal=", text, 0, text.length);
    }
  }
  if (cluster) {
    sink(OWN, "k=", coarse!, 0, coarse!.length);
    sink(OWN, "kf=", cluster, 0, cluster.length);
  }
  if (arabic) sink(OWN, facts.inLexicon ? "lx=1" : "lx=0", "", 0, 0);

  sink(NEAR, "w=", key, 0, key.length);
  if (raw !== key) sink(NEAR, "r=", raw, 0, raw.length);
  sink(NEAR, "sh=", shape, 0, shape.length);
  sink(NEAR, "fq=", frequencyText, 0, frequencyText.length);
  if (core !== key) sink(NEAR, "c=", core, 0, core.length);
  if (arabic && core.length > 2) sink(NEAR, "s2=", core, core.length - 2, core.length);
  if (trigger) sink(NEAR, "t=", trigger, 0, trigger.length);
  if (cluster) {
    sink(NEAR, "k=", coarse!, 0, coarse!.length);
    sink(NEAR, "kf=", cluster, 0, cluster.length);
  }

  sink(FAR, "w=", key, 0, key.length);
  if (core !== key) sink(FAR, "c=", core, 0, core.length);
  if (trigger) sink(FAR, "t=", trigger, 0, trigger.length);
  if (cluster) sink(FAR, "k=", coarse!, 0, coarse!.length);
}

/** The key stage two's document memory files a word with this core under ("" for none). */
export function memoryKeyOf(core: string): string {
  return MEMORABLE.test(core) ? core : "";
}

/** The word's properties other than its features (name matching and stage two's memory use them). */
export function wordKeys(facts: WordFacts, lexicon: TaggerLexicon): WordKeys {
  const { key, clitics } = facts;
  const { core, bare } = clitics;
  const { firstWords } = gazetteerIndex(lexicon);
  const gazetteerStart = firstWords.has(key) || firstWords.has(bare) || firstWords.has(core);
  const phraseFirst = nameIndex(lexicon.phrases).firstWords;
  const phraseStart = phraseFirst.has(key) || phraseFirst.has(bare) || phraseFirst.has(core);
  return { key, core, bare, gazetteerStart, phraseStart, memoryKey: memoryKeyOf(core) };
}

// Offset index (offset + 2) → the group of features a word gives there, and their prefix.
const OFFSET_GROUP = [FAR, NEAR, OWN, NEAR, FAR];

/** Everything the templates need about one word type, features as strings. Pure; callers cache it. */
export function wordInfo(word: string, lexicon: TaggerLexicon): WordInfo {
  const facts = wordFacts(word, lexicon);
  const groups: string[][] = [[], [], []];
  emitWordFeatures(facts, (group, tag, value, from, to) => {
    groups[group]!.push(tag + (from === 0 && to === value.length ? value : value.slice(from, to)));
  });
  const byOffset = OFFSETS.map((offset) => {
    const atoms = groups[OFFSET_GROUP[offset + 2]!]!;
    const prefix = OFFSET_PREFIX[offset]!;
    return prefix ? atoms.map((atom) => prefix + atom) : atoms;
  });
  return { ...wordKeys(facts, lexicon), byOffset };
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
export function gazetteerFeatures(infos: readonly WordKeys[], lexicon: TaggerLexicon): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(infos.length);
  if (lexicon.gazetteer.size > 0) matchNames(infos, lexicon.gazetteer, "gazetteerStart", collect(out, "gz"));
  return out;
}

/**
 * The same matching against entity names of the training data ("tp" features). Training computes them
 * with the names of the other folds only, so the learner sees them as often wrong or missing as they
 * are on new text.
 */
export function phraseFeatures(
  infos: readonly WordKeys[],
  phrases: Map<string, string>,
  infosMadeWithPhrases = false,
): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(infos.length);
  if (phrases.size > 0) matchNames(infos, phrases, infosMadeWithPhrases ? "phraseStart" : undefined, collect(out, "tp"));
  return out;
}

/** The key of an entity name as `phrases` stores it. */
export function phraseKey(infos: readonly WordInfo[]): string {
  return [infos[0]!.core, ...infos.slice(1).map((info) => info.key)].join(" ");
}

/** What a name match gives a token: first word, later word, first word of a longer name, or neighbour. */
export const NAME_FIRST = 0;
export const NAME_INSIDE = 1;
export const NAME_LONG = 2;
export const NAME_BEFORE = 3;
export const NAME_AFTER = 4;

/** The feature string of a name-match kind, for prefix "gz" (gazetteer) or "tp" (training names). */
export function nameFeature(prefix: string, kind: number, classes: string): string {
  switch (kind) {
    case NAME_FIRST:
      return `${prefix}=B-${classes}`;
    case NAME_INSIDE:
      return `${prefix}=I-${classes}`;
    case NAME_LONG:
      return `${prefix}n=${classes}`;
    case NAME_BEFORE:
      return `+1${prefix}=${classes}`;
    default:
      return `-1${prefix}=${classes}`;
  }
}

function collect(out: (string[] | undefined)[], prefix: string): NameSink {
  return (i, kind, classes) => (out[i] ??= []).push(nameFeature(prefix, kind, classes));
}

/** Receives a name-match feature of token i (see nameFeature). */
export type NameSink = (i: number, kind: number, classes: string) => void;

/**
 * Longest non-overlapping matches of `names` in a sentence; `startFlag` names the precomputed flag
 * that says whether a word may start a name at all (skips the lookups for most words).
 */
export function matchNames(
  infos: readonly WordKeys[],
  names: Map<string, string>,
  startFlag: "gazetteerStart" | "phraseStart" | undefined,
  sink: NameSink,
): void {
  const { firstWords } = nameIndex(names);
  const n = infos.length;
  for (let i = 0; i < n; ) {
    const first = infos[i]!;
    if (startFlag && !first[startFlag]) {
      i++;
      continue;
    }
    let bestLength = 0;
    let bestClasses = "";
    for (let f = 0; f < 3; f++) {
      const form = f === 0 ? first.key : f === 1 ? first.bare : first.core;
      const most = Math.min(firstWords.get(form) ?? 0, MAX_NAME_WORDS, n - i);
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
    for (let k = 0; k < bestLength; k++) sink(i + k, k === 0 ? NAME_FIRST : NAME_INSIDE, bestClasses);
    if (bestLength > 1) sink(i, NAME_LONG, bestClasses);
    if (i > 0) sink(i - 1, NAME_BEFORE, bestClasses);
    if (i + bestLength < n) sink(i + bestLength, NAME_AFTER, bestClasses);
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
export function remember(memory: DocumentMemory, infos: readonly WordKeys[], labels: ArrayLike<number>, sign: 1 | -1): void {
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
export function memoryFeatureIds(infos: readonly WordKeys[], labels: ArrayLike<number>, memory: DocumentMemory): number[][] {
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
export function memoryFeatures(infos: readonly WordKeys[], labels: ArrayLike<number>, memory: DocumentMemory): string[][] {
  return memoryFeatureIds(infos, labels, memory).map((ids) => ids.map((id) => MEMORY_FEATURES[id]!));
}
