import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { MODEL_PATH } from "../src/entities/tagger/index.ts";
import { parseModel } from "../src/entities/tagger/model.ts";
import { createTagger } from "../src/entities/tagger/tagger.ts";
import { ENTRY, createFastTagger, matchTrie, nameTrie } from "../src/entities/tagger/fast.ts";
import { gazetteerFeatures, nameFeature, phraseFeatures, wordInfo } from "../src/entities/tagger/features.ts";
import { seededRandom } from "../src/entities/tagger/random.ts";

// The run-time tagger hashes feature parts instead of building strings, sums integer weights and
// matches names over tries; the reference tagger (createTagger, used in training) does it with strings.
// They must agree label for label.

const model = parseModel(readFileSync(MODEL_PATH));
const reference = createTagger(model);

const SENTENCES = [
  "قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها للحكومة اللبنانية",
  "وصل وفد من رجال الأعمال إلى مدينة حلب صباح الأحد قادما من بيروت",
  "وأكد المتحدث باسم الأمم المتحدة ستيفان دوجاريك أن المنظمة تتابع الوضع في غزة",
  "وبحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأمريكي أنتوني بلينكن العلاقات الثنائية",
  "أعلنت شركة أرامكو السعودية عن ارتفاع أرباحها بنسبة 12 % في الربع الثالث من عام 2023",
  "وشارك في المؤتمر الذي عقد في جامعة الملك سعود بالرياض أكثر من 300 باحث",
  "ويواجه كيمونيا ضغوطا من المعارضة بعد قرار البنك المركزي الكيني رفع أسعار الفائدة",
  "ارتفعت درجات الحرارة اليوم وتوقع الخبراء أن تستمر الموجة حتى نهاية الأسبوع",
  "نقلت وكالة الأنباء السعودية ( واس ) عن مصدر مسؤول قوله : إن التحقيقات مستمرة",
  "وفاز نادي الهلال على النصر بهدفين مقابل هدف في مباراة أقيمت على ملعب الملك فهد الدولي",
];
const ODD = ["", "\u200F", "ـــ", "abc", "123", "٣٤٥", "!!!", "a|b", "|", "https://example.com/ا?b=1", "x".repeat(300), "\u0000"];

function randomSentences(count: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const vocabulary = [...new Set(SENTENCES.flatMap((s) => s.split(" ")))];
  const pick = (): string => (random() < 0.05 ? ODD[Math.floor(random() * ODD.length)]! : vocabulary[Math.floor(random() * vocabulary.length)]!);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 25) }, pick));
}

test("the fast tagger gives the reference tagger's labels, sentence by sentence", () => {
  const fast = createFastTagger(model);
  const sentences = [...SENTENCES.map((s) => s.split(" ")), ...randomSentences(300, 11)];
  for (const words of sentences) assert.deepEqual(fast.tag(words), reference.tag(words), words.join(" "));
});

test("the fast tagger gives the reference tagger's labels for whole documents, also when its cache overflows", () => {
  const document = [...SENTENCES.map((s) => s.split(" ")), ...randomSentences(40, 5)];
  const expected = reference.tagDocument(document);
  assert.deepEqual(createFastTagger(model).tagDocument(document), expected);
  // A cache of a few words is emptied again and again between sentences.
  const small = createFastTagger(model, { cacheLimit: 8 });
  assert.deepEqual(small.tagDocument(document), expected);
  assert.deepEqual(small.tagDocument(document), expected);
});

test("the fast tagger finds the names the reference tagger finds", () => {
  // Guards the comparison above against both taggers tagging nothing.
  const words = SENTENCES[2]!.split(" ");
  const labels = createFastTagger(model).tag(words);
  assert.equal(labels[words.indexOf("الأمم")], "B-ORG");
  assert.equal(labels[words.indexOf("ستيفان")], "B-PERS");
  assert.equal(labels[words.indexOf("غزة")], "B-LOC");
});

test("name matching over tries gives the string matcher's features", () => {
  const random = seededRandom(3);
  const names = [...model.lexicon.gazetteer.keys()];
  const filler = ["في", "قال", "و", "من", "إن", "الرئيس"];
  for (const [map, prefix] of [
    [model.lexicon.gazetteer, "gz"],
    [model.lexicon.phrases, "tp"],
  ] as const) {
    const trie = nameTrie(map);
    const own = [...map.keys()];
    for (let round = 0; round < 200; round++) {
      // Names glued together, cut short or behind a conjunction, between common words.
      const words: string[] = [];
      while (words.length < 12) {
        if (random() < 0.3) words.push(filler[Math.floor(random() * filler.length)]!);
        const list = random() < 0.5 ? names : own;
        const name = list[Math.floor(random() * list.length)]!.split(" ");
        if (name.length > 1 && random() < 0.2) name.pop();
        if (random() < 0.2) name[0] = "و" + name[0];
        words.push(...name);
      }
      const keys = words.map((word) => wordInfo(word, model.lexicon));
      const expected = prefix === "gz" ? gazetteerFeatures(keys, model.lexicon) : phraseFeatures(keys, map, true);
      const entries = new Int32Array(keys.length * ENTRY);
      keys.forEach((info, i) => {
        entries[i * ENTRY] = trie.first.get(info.key) ?? -1;
        entries[i * ENTRY + 1] = trie.first.get(info.bare) ?? -1;
        entries[i * ENTRY + 2] = trie.first.get(info.core) ?? -1;
        entries[i * ENTRY + 3] = trie.words.get(info.key) ?? -1;
      });
      const actual: (string[] | undefined)[] = new Array(keys.length);
      matchTrie(trie, entries, 0, (i, kind, classId) => (actual[i] ??= []).push(nameFeature(prefix, kind, trie.classes[classId]!)));
      assert.deepEqual(actual, expected, words.join(" "));
    }
  }
});
