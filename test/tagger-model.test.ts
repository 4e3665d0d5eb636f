import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tagSentence, tagDocument, taggerModelInfo, LABELS } from "../src/entities/tagger/index.ts";
import { parseModel } from "../src/entities/tagger/model.ts";
import { parseTriggerTsv } from "../src/entities/tagger/lexicon.ts";
import { MODEL_PATH } from "../src/entities/tagger/index.ts";

const words = (sentence: string): string[] => sentence.split(" ");

function entities(tokens: string[], tags: string[]): string[] {
  const out: string[] = [];
  tags.forEach((tag, i) => {
    if (tag.startsWith("B-")) out.push(`${tag.slice(2)}:${tokens[i]}`);
    else if (tag.startsWith("I-")) out[out.length - 1] += " " + tokens[i];
  });
  return out;
}

/** I-X only directly after B-X or I-X. */
function wellFormed(tags: string[]): boolean {
  return tags.every((tag, i) => !tag.startsWith("I-") || (i > 0 && tags[i - 1] !== "O" && tags[i - 1]!.slice(2) === tag.slice(2)));
}

test("the shipped model loads and says how it was made", () => {
  const meta = taggerModelInfo();
  assert.match(String(meta.data), /train\.conll only/);
  assert.equal(typeof meta.seed, "number");
  assert.equal(typeof meta.epochs, "number");
});

test("a name after a title is a person, a name after مدينة is a place", () => {
  const first = words("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها");
  assert.deepEqual(entities(first, tagSentence(first)), ["PERS:إيمانويل ماكرون"]);
  const second = words("وصل وفد من رجال الأعمال إلى مدينة حلب صباح الأحد");
  assert.deepEqual(entities(second, tagSentence(second)), ["LOC:حلب"]);
});

test("organizations, people and places in one sentence", () => {
  const sentence = words("وأكد المتحدث باسم الأمم المتحدة ستيفان دوجاريك أن المنظمة تتابع الوضع في غزة");
  assert.deepEqual(entities(sentence, tagSentence(sentence)), ["ORG:الأمم المتحدة", "PERS:ستيفان دوجاريك", "LOC:غزة"]);
});

test("plain sentences without names get no entities", () => {
  const sentence = words("ارتفعت درجات الحرارة اليوم وتوقع الخبراء أن تستمر الموجة حتى نهاية الأسبوع");
  assert.deepEqual(entities(sentence, tagSentence(sentence)), []);
});

test("a document lets a name found once inform its other mentions", () => {
  const document = [
    words("قال رئيس الوزراء الكيني أموس كيمونيا إن الحكومة ستخفض الضرائب"),
    words("ويواجه كيمونيا ضغوطا من المعارضة"),
  ];
  const tags = tagDocument(document);
  assert.equal(tags.length, 2);
  assert.deepEqual(entities(document[0]!, tags[0]!), ["PERS:أموس كيمونيا"]);
  assert.deepEqual(entities(document[1]!, tags[1]!), ["PERS:كيمونيا"]);
});

test("odd input never crashes and always gets one well-formed tag per word", () => {
  const inputs: string[][] = [
    [],
    [""],
    ["\u202Eمرحبا\u202C", "\u200F", "ـــ"],
    ["abc", "123", "٣٤٥", "!!!", "https://example.com/ا?b=1", "\u0000\u0001"],
    Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? "محمد" : "في")),
    ["x".repeat(10000), "ا".repeat(5000)],
    ["|", "a|b", "bp=x|y"],
  ];
  for (const input of inputs) {
    const tags = tagSentence(input);
    assert.equal(tags.length, input.length);
    assert.ok(tags.every((tag) => (LABELS as readonly string[]).includes(tag)));
    assert.ok(wellFormed(tags));
  }
  assert.deepEqual(tagDocument([[], []]), [[], []]);
});

test("the model's trigger snapshot matches data/model/triggers.tsv (retrain after editing it)", () => {
  const model = parseModel(readFileSync(MODEL_PATH));
  const current = parseTriggerTsv(readFileSync(new URL("../data/model/triggers.tsv", import.meta.url), "utf8"));
  assert.deepEqual(new Map([...model.lexicon.triggers].sort()), new Map([...current].sort()));
  assert.ok(model.second, "two-stage model");
  assert.ok(model.lexicon.clusters.size > 1000);
  assert.ok(model.lexicon.gazetteer.size > 1000);
});
