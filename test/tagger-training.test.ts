import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { stripProclitics, wordInfo, memoryFeatures, remember, gazetteerFeatures, type DocumentMemory } from "../src/entities/tagger/features.ts";
import { parseTriggerTsv, emptyLexicon, type TaggerLexicon } from "../src/entities/tagger/lexicon.ts";
import { trainTagger, type TrainingSentence } from "../src/entities/tagger/train.ts";
import { createTagger } from "../src/entities/tagger/tagger.ts";
import { serializeModel, parseModel } from "../src/entities/tagger/model.ts";
import { viterbi } from "../src/entities/tagger/decode.ts";
import { LABELS, LABEL_COUNT, labelIndex } from "../src/entities/tagger/labels.ts";
import { learnClusters } from "../src/entities/tagger/clusters.ts";
import { normalizeKey } from "../src/text/normalize.ts";

test("proclitics come off: conjunction, preposition, article", () => {
  assert.deepEqual(stripProclitics(normalizeKey("وبموسكو")), { bare: "بموسكو", core: "موسكو", pattern: "و+ب+" });
  assert.equal(stripProclitics(normalizeKey("بالعاصمة")).core, "عاصمه");
  assert.equal(stripProclitics(normalizeKey("للرئيس")).core, "رئيس");
  assert.equal(stripProclitics(normalizeKey("والقاهرة")).core, "قاهره");
  assert.equal(stripProclitics("في").core, "في");
  assert.equal(stripProclitics("ولد").core, "ولد");
});

test("every trigger entry is live: its own word gets its own class", () => {
  const triggers = parseTriggerTsv(readFileSync(new URL("../data/model/triggers.tsv", import.meta.url), "utf8"));
  assert.ok(triggers.size > 200);
  const lexicon: TaggerLexicon = { ...emptyLexicon(), triggers };
  for (const [word, name] of triggers) {
    assert.ok(word.length > 0);
    assert.equal(word, normalizeKey(word), `${word} is normalized`);
    assert.ok(wordInfo(word, lexicon).byOffset[2]!.includes("t=" + name), `${word} → ${name}`);
    // And behind a conjunction (words of three letters or more: و + two letters is left whole).
    if (word.length >= 3) assert.ok(wordInfo("و" + word, lexicon).byOffset[2]!.includes("t=" + name), `و${word} → ${name}`);
  }
});

test("gazetteer matches are longest-first and see through clitics", () => {
  const lexicon: TaggerLexicon = { ...emptyLexicon(), gazetteer: new Map([["الامم المتحده", "ORG"], ["موسكو", "LOC"], ["الامم", "MISC"]]) };
  const infos = ["وصل", "وبموسكو", "وفد", "الأمم", "المتحدة"].map((w) => wordInfo(w, lexicon));
  const features = gazetteerFeatures(infos, lexicon);
  assert.ok(features[1]!.includes("gz=B-LOC"));
  assert.ok(features[3]!.includes("gz=B-ORG"));
  assert.ok(features[4]!.includes("gz=I-ORG"));
  assert.ok(!features[3]!.includes("gz=B-MISC"));
  assert.ok(features[2]!.includes("-1gz=LOC") && features[2]!.includes("+1gz=ORG"));
  assert.deepEqual(features[0], ["+1gz=LOC"]);
});

test("document memory reports how the same word was tagged elsewhere", () => {
  const lexicon = emptyLexicon();
  const first = ["قال", "كيمونيا"].map((w) => wordInfo(w, lexicon));
  const second = ["ويواجه", "كيمونيا"].map((w) => wordInfo(w, lexicon));
  const memory: DocumentMemory = new Map();
  const firstLabels = [0, labelIndex("B-PERS")!];
  const secondLabels = [0, 0];
  remember(memory, first, firstLabels, 1);
  remember(memory, second, secondLabels, 1);
  const features = memoryFeatures(second, secondLabels, memory);
  assert.ok(features[1]!.includes("dm=PERS"));
  assert.ok(features[1]!.includes("dm=PERS|s1=O"));
  assert.ok(!features[0]!.some((f) => f.startsWith("dm=")));
  remember(memory, first, firstLabels, -1);
  assert.ok(!memoryFeatures(second, secondLabels, memory)[1]!.some((f) => f.startsWith("dm=")));
});

test("decoding never opens a chunk with I-", () => {
  const n = 4;
  const emissions = new Float64Array(n * LABEL_COUNT);
  const inside = labelIndex("I-LOC")!;
  for (let i = 0; i < n; i++) emissions[i * LABEL_COUNT + inside] = 10;
  const path = Array.from(viterbi(emissions, n, new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT)), (y) => LABELS[y]);
  assert.notEqual(path[0], "I-LOC");
  assert.deepEqual(viterbi(emissions, 0, new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT)).length, 0);
});

const TOY: TrainingSentence[] = [
  { words: "قال الرئيس سامي ناصر إن".split(" "), tags: ["O", "O", "B-PERS", "I-PERS", "O"] },
  { words: "وصل الوفد إلى مدينة حمص".split(" "), tags: ["O", "O", "O", "O", "B-LOC"] },
  { words: "أعلنت شركة النور للطيران".split(" "), tags: ["O", "B-ORG", "I-ORG", "I-ORG"] },
  { words: "وقال ناصر إن الوفد وصل إلى حمص".split(" "), tags: ["O", "B-PERS", "O", "O", "O", "O", "B-LOC"] },
  { words: "ارتفعت الأسعار في الأسواق".split(" "), tags: ["O", "O", "O", "O"] },
  { words: "قال الرئيس رامي خالد".split(" "), tags: ["O", "O", "B-PERS", "I-PERS"] },
];

test("training is reproducible and fits its data", () => {
  const options = {
    epochs: 6,
    seed: 3,
    lexicon: emptyLexicon(),
    wordDropout: 0.1,
    folds: 2,
    window: 1,
    outsidePenalty: { first: 0, second: 0 },
    meta: { test: true },
  };
  const a = serializeModel(trainTagger(TOY, options));
  const b = serializeModel(trainTagger(TOY, options));
  assert.ok(a.equals(b), "same seed, same bytes");
  const model = parseModel(a);
  assert.equal(model.lexicon.phrases.get("سامي ناصر"), "PERS", "training names are kept for the name features");
  assert.equal(model.lexicon.phrases.get("شركه النور للطيران"), "ORG");
  assert.equal(model.lexicon.phrases.get("حمص"), "LOC");
  const tagger = createTagger(model);
  for (const sentence of TOY) assert.deepEqual(tagger.tag(sentence.words), sentence.tags);
  assert.ok(!a.equals(serializeModel(trainTagger(TOY, { ...options, seed: 4, wordDropout: 0.5 }))), "the seed matters");
});

test("clusters group words that share contexts, deterministically", () => {
  const corpus: string[][] = [];
  const cities = ["حمص", "حلب", "درعا"];
  const verbs = ["قال", "اكد", "اعلن"];
  for (let r = 0; r < 30; r++) {
    for (const city of cities) corpus.push(["وصل", "الوفد", "الي", "مدينه", city, "امس"]);
    for (const verb of verbs) corpus.push(["و", verb, "الوزير", "ان", "الحكومه"]);
  }
  const options = { minCount: 5, contextWords: 50, coarse: 8, fine: 2, iterations: 5, seed: 1 };
  const clusters = learnClusters(corpus, options);
  const coarse = (word: string): string => clusters.get(word)!.split(".")[0]!;
  assert.equal(coarse("حمص"), coarse("حلب"));
  assert.equal(coarse("حلب"), coarse("درعا"));
  assert.equal(coarse("قال"), coarse("اعلن"));
  assert.notEqual(coarse("حمص"), coarse("قال"));
  assert.deepEqual(learnClusters(corpus, options), clusters);
});
