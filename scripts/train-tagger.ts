// Retrains the NER tagger from ANERcorp's train split and writes data/model/ner-tagger.json.gz.
//
//   npm run train-tagger                 # the shipped model: all of train.conll
//   npm run train-tagger -- --dev        # tuning: first 90% of train, scores the last 10% (the dev split)
//   options: --dev-part=K --epochs=N --dropout=P --window=N --penalty1=X --penalty2=X --seed=N --prune=X --no-clusters --no-kb --no-phrases --no-own --own-weight=W --dump=FILE --triggers=FILE
//
// Only train.conll is read; the test files are for measuring (../shared/eval/conll.mjs), never training.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { trainTagger, chunks, type TrainingSentence } from "../src/entities/tagger/train.ts";
import { pruneStage, serializeModel, parseModel, type TaggerModel } from "../src/entities/tagger/model.ts";
import { createTagger, createStreamTagger } from "../src/entities/tagger/tagger.ts";
import { parseMarkup } from "../src/entities/tagger/markup.ts";
import { parseTriggerTsv, frequencyClass } from "../src/entities/tagger/lexicon.ts";
import { LABELS } from "../src/entities/tagger/labels.ts";
import { learnClusters, DEFAULT_CLUSTER_OPTIONS } from "../src/entities/tagger/clusters.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import { gunzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const TRAIN = `${root}../shared/data/anercorp/train.conll`;
const NEWS = `${root}../shared/data/saudinewsnet/`;
const KB = `${root}data/kb/`;
const TRIGGERS = `${root}data/model/triggers.tsv`;
const OWN = `${root}data/model/sentences/`;
const OUTPUT = `${root}data/model/ner-tagger.json.gz`;
const EPOCHS = 12;
const DEV_FRACTION = 0.1;
const WORD_DROPOUT = 0.2;
const FOLDS = 5;
const WINDOW = 10;
// O penalties of the two stages, chosen on the dev split (--dev prints a sweep).
const OUTSIDE_PENALTY = { first: 2, second: 1 };

const option = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const SEED = option("seed", 20240314);
// Features whose largest absolute weight is below this are dropped from the shipped model.
const PRUNE = option("prune", 0.05);
// Perceptron step size of rasd's own sentences relative to ANERcorp's (their conventions differ a little).
const OWN_WEIGHT = option("own-weight", 0.5);

function readConll(path: string): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  let current: TrainingSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (current.words.length) sentences.push(current);
      current = { words: [], tags: [] };
      continue;
    }
    const parts = trimmed.split(/\s+/);
    current.words.push(parts[0]!);
    current.tags.push(parts[parts.length - 1]!);
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

function readOwnSentences(): TrainingSentence[] {
  if (!existsSync(OWN)) return [];
  const out: TrainingSentence[] = [];
  for (const file of readdirSync(OWN).filter((f) => f.endsWith(".txt")).sort()) {
    const { sentences, rejected } = parseMarkup(readFileSync(OWN + file, "utf8"));
    if (rejected.length) console.log(`${file}: ${rejected.length} malformed lines skipped`);
    out.push(...sentences.map((sentence) => ({ ...sentence, weight: OWN_WEIGHT })));
  }
  console.log(`own annotated sentences: ${out.length} (${out.reduce((n, s) => n + s.words.length, 0)} tokens)`);
  return out;
}

/** conlleval-style chunks "sentence:start:end:type". */
function chunkSet(tagged: string[][]): Set<string> {
  const out = new Set<string>();
  tagged.forEach((tags, s) => {
    for (const [start, end, type] of chunks(tags)) out.add(`${s}:${start}:${end}:${type}`);
  });
  return out;
}

const dumpArg = process.argv.find((a) => a.startsWith("--dump="));

function score(model: TaggerModel, sentences: TrainingSentence[], dump?: string): string {
  const tagger = createTagger(model);
  const gold = chunkSet(sentences.map((s) => s.tags));
  const tagged: string[][] = [];
  const stream = createStreamTagger(tagger, WINDOW, (_, labels) => tagged.push(labels));
  for (const s of sentences) stream.push(s.words);
  stream.end();
  const system = chunkSet(tagged);
  if (dump) {
    const lines = sentences.map((s, i) => s.words.map((w, k) => `${w}\t${s.tags[k]}\t${tagged[i]![k]}`).join("\n"));
    writeFileSync(dump, lines.join("\n\n") + "\n");
  }
  const parts: string[] = [];
  for (const type of ["ALL", ...LABELS.filter((l) => l.startsWith("B-")).map((l) => l.slice(2))]) {
    const keep = (c: string): boolean => type === "ALL" || c.endsWith(":" + type);
    const g = [...gold].filter(keep);
    const p = [...system].filter(keep);
    const tp = p.filter((c) => gold.has(c)).length;
    const f1 = g.length + p.length ? (2 * tp) / (g.length + p.length) : 0;
    parts.push(`${type}=${f1.toFixed(3)}`);
  }
  return parts.join(" ");
}

const dev = process.argv.includes("--dev");
const epochs = option("epochs", EPOCHS);
const all = readConll(TRAIN);
// The dev split is one tenth of train: the last by default, --dev-part=K (0-9) picks another.
const part = option("dev-part", Math.round(1 / DEV_FRACTION) - 1);
const heldFrom = Math.round(all.length * DEV_FRACTION * part);
const cut = Math.round(all.length * DEV_FRACTION * (part + 1));
// rasd's own annotated sentences (data/model/sentences/*.txt) always train, never measure.
const own = process.argv.includes("--no-own") ? [] : readOwnSentences();
const training = [...(dev ? [...all.slice(0, heldFrom), ...all.slice(cut)] : all), ...own];
const held = all.slice(heldFrom, cut);
// --triggers=FILE tries an edited trigger list before it replaces data/model/triggers.tsv.
const triggersArg = process.argv.find((a) => a.startsWith("--triggers="));
const triggers = parseTriggerTsv(readFileSync(triggersArg ? triggersArg.slice(11) : TRIGGERS, "utf8"));

// Unlabeled text for the clusters: SaudiNewsNet articles plus the words of the training sentences.
function* unlabeled(): Generator<string[]> {
  const WORD = /[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}\u0640]/gu;
  for (const file of readdirSync(NEWS).filter((f) => f.endsWith(".jsonl.gz")).sort()) {
    for (const line of gunzipSync(readFileSync(NEWS + file)).toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as { title?: string; text?: string };
      for (const paragraph of `${article.title ?? ""}\n${article.text ?? ""}`.split("\n")) {
        const words = paragraph.match(WORD);
        if (words) yield words.map(normalizeKey);
      }
    }
  }
}

// Gazetteer snapshot from the knowledge base (data/kb, built by scripts/build-kb.ts) as it is when the
// model is trained: the model keeps its own copy, so later KB edits cannot silently change its features.
// A missing or reshaped file only removes that part of the snapshot.
const GAZETTEER_CLASSES: [string, string][] = [
  ["clubs.tsv", "CLUB"],
  ["companies.tsv", "COMPANY"],
  ["media-more.tsv", "ORG"],
  ["groups.tsv", "GROUP"],
  ["products.tsv", "PRODUCT"],
  ["venues.tsv", "VENUE"],
  ["competitions.tsv", "COMPETITION"],
];

function kbGazetteer(): { names: Map<string, string>; sources: string[] } {
  const classes = new Map<string, Set<string>>();
  const sources: string[] = [];
  const add = (name: string, type: string): void => {
    const key = normalizeKey(name.trim()).replace(/\s+/gu, " ");
    if (!key) return;
    if (!classes.has(key)) classes.set(key, new Set());
    classes.get(key)!.add(type);
  };
  const rows = (file: string): string[][] => {
    if (!existsSync(KB + file)) return [];
    sources.push(file);
    return readFileSync(KB + file, "utf8")
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#"))
      .map((line) => line.split("\t"));
  };
  const names = (field: string | undefined, type: string): void => field?.split("|").forEach((n) => add(n, type));
  for (const row of rows("countries.tsv")) names(row[3], "LOC");
  for (const row of rows("cities.tsv")) names(row[7], "LOC");
  for (const row of rows("places.tsv")) names(row[5], "LOC");
  for (const row of rows("orgs.tsv")) names(row[3], "ORG");
  for (const row of rows("people.tsv")) names(row[2], "PER");
  for (const row of rows("cameo-people.tsv")) names(row[0], "PER");
  for (const file of ["figures.tsv", "figures-more.tsv", "figures-history.tsv"]) for (const row of rows(file)) names(row[2], "PER");
  for (const row of rows("places-more.tsv")) names(row[5], "LOC");
  for (const row of rows("places-ambiguous.txt")) names(row[0], "LOC~");
  for (const row of rows("given-names.txt")) names(row[0], "GIVEN");
  for (const row of rows("given-names-more.txt")) names(row[0], "GIVEN");
  for (const row of rows("family-names.txt")) names(row[0], "FAMILY");
  // Classes the annotation may or may not count as names (clubs named after cities, products, peoples):
  // the learner finds out from the training data how far each one goes. One-word aliases that are also
  // everyday words get a class of their own.
  for (const [file, type] of GAZETTEER_CLASSES) {
    for (const row of rows(file)) {
      for (const name of (row[3] ?? "").split("|").filter(Boolean)) {
        const oneWord = !name.trim().includes(" ");
        add(name, row[4] === "1" && oneWord ? type + "~" : type);
      }
    }
  }
  for (const row of rows("nisba.tsv")) {
    for (const form of (row[1] ?? "").split(",").filter(Boolean)) {
      const base = form.trim();
      for (const inflected of [base, base + "ة", base + "ون", base + "ين", base + "ات"]) {
        add(inflected, "NISBA");
        add("ال" + inflected, "NISBA");
      }
    }
    for (const plural of (row[2] ?? "").split(",").filter(Boolean)) {
      add(plural, "NISBA");
      add("ال" + plural, "NISBA");
    }
  }
  const out = new Map<string, string>();
  for (const [key, set] of classes) out.set(key, [...set].sort().join(","));
  return { names: out, sources };
}

const started = Date.now();
const useClusters = !process.argv.includes("--no-clusters");
const news = [...unlabeled()];
const clusters = useClusters ? learnClusters([...news, ...training.map((s) => s.words.map(normalizeKey))], DEFAULT_CLUSTER_OPTIONS) : new Map<string, string>();
// Frequencies come from the news alone: counting the training text too would make every training word
// look "seen" while test words would not.
const counts = new Map<string, number>();
for (const sentence of news) for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
const frequency = new Map<string, number>();
for (const [word, count] of counts) if (frequencyClass(count) > 0) frequency.set(word, frequencyClass(count));
console.log(`clusters: ${clusters.size} words, frequencies: ${frequency.size} words, ${((Date.now() - started) / 1000).toFixed(1)} s`);
const useKb = !process.argv.includes("--no-kb");
const kb = useKb ? kbGazetteer() : { names: new Map<string, string>(), sources: [] };
console.log(`gazetteer: ${kb.names.size} names from data/kb/{${kb.sources.join(",")}}`);
const lexicon = { triggers, clusters, frequency, gazetteer: kb.names, phrases: new Map<string, string>() };

const wordDropout = option("dropout", WORD_DROPOUT);
const window = option("window", WINDOW);
const model = trainTagger(training, {
  epochs,
  seed: SEED,
  lexicon,
  wordDropout,
  folds: FOLDS,
  window,
  phrases: !process.argv.includes("--no-phrases"),
  outsidePenalty: { first: option("penalty1", OUTSIDE_PENALTY.first), second: option("penalty2", OUTSIDE_PENALTY.second) },
  log: (message) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${message}`),
  meta: {
    data:
      "ANERcorp CAMeL Lab split, train.conll only" +
      (dev ? ` (without sentences ${heldFrom}-${cut - 1})` : ` (${all.length} sentences)`) +
      (own.length ? `; rasd's own annotated sentences (data/model/sentences, ${own.length} sentences)` : ""),
    unlabeled: "SaudiNewsNet sample (../shared/data/saudinewsnet) for word clusters and word frequencies",
    gazetteer: `snapshot of data/kb/{${kb.sources.join(",")}}, ${kb.names.size} names`,
    algorithm: "two-stage averaged structured perceptron, first-order Viterbi with BIO constraints; stage two adds document-memory features from jackknifed stage-one labels",
    features: "word key, word as written (when the key folds it), membership in the Arabic spelling lexicon, clitic-stripped core, bare (no conjunction), light stem, prefixes/suffixes 1-3, inner character trigrams, shape, length, news frequency class, trigger class (data/model/triggers.tsv), word cluster (coarse/fine), gazetteer match (B/I + classes: LOC, ORG, PER, GIVEN, FAMILY, NISBA, CLUB, COMPANY, GROUP, PRODUCT, VENUE, COMPETITION; ~ = one-word alias that is also an everyday word), context words/cores/triggers/clusters at ±1/±2, word bigrams",
    epochs,
    seed: SEED,
    wordDropout,
    ...(own.length ? { ownWeight: OWN_WEIGHT } : {}),
    folds: FOLDS,
    window,
    prune: PRUNE,
    clusters: DEFAULT_CLUSTER_OPTIONS,
  },
});
const seconds = (Date.now() - started) / 1000;
const pruned: TaggerModel = { ...model, first: pruneStage(model.first, PRUNE), second: pruneStage(model.second!, PRUNE) };
console.log(`trained in ${seconds.toFixed(1)} s; features ${model.first.features.size}/${model.second!.features.size}, after pruning ${pruned.first.features.size}/${pruned.second!.features.size}`);
const bytes = serializeModel(pruned);
if (dev) {
  const reloaded = parseModel(bytes);
  console.log(`dev stage one: ${score({ ...reloaded, second: undefined }, held)}`);
  for (const penalty of [0, 1, 2, 4, 6]) {
    console.log(`dev stage two, O penalty ${penalty}: ${score({ ...reloaded, second: { ...reloaded.second!, outsidePenalty: penalty } }, held)}`);
  }
  // --dump=FILE writes the dev split as "word gold predicted" lines, for error analysis.
  if (dumpArg) console.log(`dev as shipped: ${score(reloaded, held, dumpArg.slice(7))}`);
} else {
  writeFileSync(OUTPUT, bytes);
  console.log(`wrote ${OUTPUT} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}
