import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Entity } from "../src/document.ts";
import { hintFeatures, wordLabels } from "../src/entities/hints.ts";
import { sentenceHints } from "../src/entities/sentence-hints.ts";
import { MODEL_PATH } from "../src/entities/tagger/index.ts";
import { parseModel } from "../src/entities/tagger/model.ts";
import { createTagger } from "../src/entities/tagger/tagger.ts";
import { createFastTagger } from "../src/entities/tagger/fast.ts";

const entity = (start: number, end: number, type: Entity["type"], source: string): Entity => ({
  start, end, text: "", type, canonical: null, country: null, code: null, id: "e", source,
});

test("entities become per-word labels: the first word B-, the rest I-, a touched word is inside", () => {
  //            0-5     6-11    12-17   18-23   24-30
  const words: [number, number][] = [[0, 5], [6, 11], [12, 17], [18, 23], [24, 30]];
  const labels = wordLabels([entity(19, 30, "LOC", "gazetteer"), entity(6, 17, "PER", "title")], words);
  assert.deepEqual(labels.map((l) => l.label), ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"]);
  assert.deepEqual(labels.map((l) => l.source), ["", "title", "title", "gazetteer", "gazetteer"]);
});

test("hint features read neighbours inside the sentence only", () => {
  const labels = wordLabels([entity(6, 11, "ORG", "org-pattern")], [[0, 5], [6, 11], [12, 17]]);
  assert.deepEqual(hintFeatures(labels), [
    ["h=O", "hs=O/", "h-1=^", "h+1=B-ORG"],
    ["h=B-ORG", "hs=B-ORG/org-pattern", "h-1=O", "h+1=O"],
    ["h=O", "hs=O/", "h-1=B-ORG", "h+1=$"],
  ]);
  // A window [1, 2) of a sentence [0, 3) still sees both neighbours.
  assert.deepEqual(hintFeatures(labels, 1, 2, 0, 3), [["h=B-ORG", "hs=B-ORG/org-pattern", "h-1=O", "h+1=O"]]);
});

const SENTENCES = [
  "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وفدا من رجال الأعمال",
  "وقال السوداني إن الحكومة ماضية في خطتها لتطوير قطاع الكهرباء",
  "ارتفعت أسعار الخضار في الأسواق مع بداية الشتاء",
].map((s) => s.split(" "));

test("sentence hints carry the KB's names, titles and coreference across the sentences of a block", () => {
  const hints = sentenceHints(SENTENCES);
  assert.equal(hints.length, 3);
  const [first, second, third] = hints.map((h) => h!.map((features) => features?.[0]));
  assert.equal(first![SENTENCES[0]!.indexOf("محمد")], "h=B-PERS");
  assert.equal(first![SENTENCES[0]!.indexOf("السوداني")], "h=I-PERS");
  assert.equal(first![SENTENCES[0]!.indexOf("بغداد")], "h=B-LOC");
  // The surname alone in the next sentence is the same person.
  assert.equal(second![SENTENCES[1]!.indexOf("السوداني")], "h=B-PERS");
  assert.ok(third!.every((feature) => feature === "h=O"));
});

test("sentence hints never fail on odd words, and give one list per word", () => {
  const odd = [["\u0000", "\u200F", "ـــ"], [], ["x".repeat(5000), "https://example.com/ا?b=1"]];
  const hints = sentenceHints(odd);
  assert.deepEqual(hints.map((h) => h?.length), [3, 0, 2]);
});

test("with hints, the fast tagger still gives the reference tagger's labels", () => {
  const model = parseModel(readFileSync(MODEL_PATH));
  const hints = sentenceHints(SENTENCES);
  const expected = createTagger(model).tagDocument(SENTENCES, hints);
  assert.deepEqual(createFastTagger(model).tagDocument(SENTENCES, hints), expected);
  assert.equal(expected[1]![SENTENCES[1]!.indexOf("السوداني")], "B-PERS");
});
