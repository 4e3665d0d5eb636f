import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { segmentWord, segmentWordWithKey, readWordList } from "../src/text/clitics.ts";
import { analyzeText } from "../src/text/index.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import { emptyDoc, type Token } from "../src/document.ts";

/** Segments of a lone word written as و+ال+رئيس / حكومت=ه (the fixture notation). */
function notation(word: string): string {
  const segments = segmentWord(word, 0, word.length);
  let out = "";
  for (const segment of segments) {
    out += segment.role === "enclitic" ? "=" + segment.text : segment.text + (segment.role === "proclitic" ? "+" : "");
  }
  return out;
}

test("proclitics and their stacks are split off", () => {
  assert.equal(notation("والرئيس"), "و+ال+رئيس");
  assert.equal(notation("بالعاصمة"), "ب+ال+عاصمة");
  assert.equal(notation("فبالرغم"), "ف+ب+ال+رغم");
  assert.equal(notation("وبموسكو"), "و+ب+موسكو");
  assert.equal(notation("كرئيس"), "ك+رئيس");
  assert.equal(notation("وسيتم"), "و+س+يتم");
  assert.equal(notation("ستواصل"), "س+تواصل");
  assert.equal(notation("ولترامب"), "و+ل+ترامب");
});

test("لل is ل plus an article whose alef is not written", () => {
  assert.equal(notation("للرئيس"), "ل+ل+رئيس");
  assert.equal(notation("وللحكومة"), "و+ل+ل+حكومة");
  assert.equal(notation("للبنان"), "ل+لبنان"); // the lam of the name is no article
});

test("enclitic pronouns are split off, with ة restored in the stem key", () => {
  assert.equal(notation("حكومته"), "حكومت=ه");
  assert.equal(notation("قرارها"), "قرار=ها");
  assert.equal(notation("احتياجاتهم"), "احتياجات=هم");
  assert.equal(notation("أنهما"), "أن=هما");
  assert.equal(notation("لدينا"), "لدي=نا");
  assert.equal(notation("وله"), "و+ل=ه");
  assert.equal(segmentWordWithKey("حكومته", 0, 6).stemKey, "حكومه");
  assert.equal(segmentWordWithKey("أسمائهم", 0, 7).stemKey, "اسماء");
});

test("names and stems that merely start or end with clitic letters stay whole", () => {
  for (const word of ["ترامب", "ليبيا", "بغداد", "كوبا", "لبنان", "والي", "وزير", "بريطانيا", "فرنسا", "كندا", "سوريا",
    "وصلت", "بحث", "كان", "ذلك", "يملك", "وجه", "سيارة", "ستة", "سعودي", "إنسانية", "يتحكم", "إلغاء", "ألمانيا", "الذي", "التي"]) {
    assert.equal(notation(word), word, word);
  }
});

test("the article is split from names too, but not a hamzated alef", () => {
  assert.equal(notation("الجزائر"), "ال+جزائر");
  assert.equal(notation("والجزائر"), "و+ال+جزائر");
  assert.equal(notation("ألمانيا"), "ألمانيا");
  assert.equal(notation("إلغاء"), "إلغاء");
});

test("segments are spans of the original text: harakat and tatweel stay inside their segment", () => {
  const text = "قال إنَّ وَالـرَّئِيسَ وحكومتَهُ وصلا";
  const start = text.indexOf("وَال");
  const end = text.indexOf(" ", start);
  const segments = segmentWord(text, start, end);
  assert.deepEqual(segments.map((s) => [s.text, s.role]), [["وَ", "proclitic"], ["الـ", "proclitic"], ["رَّئِيسَ", "stem"]]);
  for (const s of segments) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(segments[0]!.start, start);
  assert.equal(segments.at(-1)!.end, end);
  const second = text.indexOf("وحكومتَهُ");
  const parts = segmentWordWithKey(text, second, second + "وحكومتَهُ".length);
  assert.deepEqual(parts.segments.map((s) => s.text), ["و", "حكومتَ", "هُ"]);
  assert.equal(parts.stemKey, "حكومه");
});

test("a ligature that would have to be cut leaves the word whole", () => {
  const word = "\uFEFBعبين"; // ﻻ + عبين: no cut can fall inside the ligature
  const segments = segmentWord(word, 0, word.length);
  for (const s of segments) assert.ok(s.end > s.start);
  assert.equal(segments.map((s) => s.text).join(""), word);
});

test("non-Arabic and one-letter words are a single stem", () => {
  for (const word of ["NATO", "و", "لـ", "Ålesund", "ب٣"]) assert.deepEqual(segmentWord(word, 0, word.length).length, 1, word);
});

test("the text layer fills segments and stem keys of word tokens only", () => {
  const doc = emptyDoc("وصل وزير الخارجية إلى بغداد في 2021، وقال لنظيره: «نعم».", null);
  const { tokens } = analyzeText(doc);
  const byText = new Map(tokens.map((t) => [t.text, t] as [string, Token]));
  assert.equal(byText.get("الخارجية")!.stemKey, "خارجيه");
  assert.equal(byText.get("لنظيره")!.stemKey, "نظير");
  assert.equal(byText.get("2021")!.segments.length, 1);
  for (const token of tokens) {
    assert.equal(token.segments[0]!.start, token.start);
    assert.equal(token.segments.at(-1)!.end, token.end);
    for (let i = 1; i < token.segments.length; i++) assert.equal(token.segments[i]!.start, token.segments[i - 1]!.end);
  }
});

test("word lists: every entry is a normalized Arabic word, unique, and takes effect", () => {
  for (const name of ["function-words.txt", "names.txt", "common-stems.txt"]) {
    const entries = readWordList(name);
    const keys = entries.map(normalizeKey);
    assert.ok(entries.length > 50, name);
    assert.equal(new Set(keys).size, keys.length, `${name} has duplicates after normalization`);
    for (const [i, key] of keys.entries()) assert.match(key, /^[\u0621-\u064A]{2,}$/u, `${name}: ${entries[i]}`);
  }
  // Function words and names are never segmented themselves; with a conjunction they are the stem.
  for (const name of ["function-words.txt", "names.txt"]) {
    for (const entry of readWordList(name)) {
      assert.equal(notation(entry), entry, `${name}: ${entry} was segmented`);
      const stem = segmentWord("و" + entry, 0, entry.length + 1).find((s) => s.role === "stem")!;
      if (!["وقد", "وفي"].includes(entry)) assert.ok(stem.text.endsWith(entry.slice(-1)), `${name}: و${entry}`);
    }
  }
  // Every common stem is accepted as a stem after a conjunction or preposition (وجهة itself is a word,
  // so one clitic may legitimately lose; not all four).
  for (const entry of readWordList("common-stems.txt")) {
    const taken = ["و", "ف", "ب", "ل"].some((clitic) => {
      const segments = segmentWord(clitic + entry, 0, entry.length + 1);
      return segments.length >= 2 && segments[0]!.text === clitic;
    });
    assert.ok(taken, `common stem ${entry} is never taken after a clitic`);
  }
});

interface Rates {
  tokens: number;
  over: number;
  under: number;
}

/** Over- and under-segmentation per word token against a gold file (notation of the fixture header). */
function score(path: string): Rates {
  const lines = readFileSync(new URL(path, import.meta.url), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
  const rates: Rates = { tokens: 0, over: 0, under: 0 };
  for (const line of lines) {
    const gold = line.split(" ").filter((g) => /[\u0621-\u064A]/u.test(g));
    const text = line.replace(/[+=]/gu, "");
    const words = analyzeText(emptyDoc(text, null)).tokens.filter((t) => t.kind === "word");
    assert.equal(words.length, gold.length, `token alignment: ${line}`);
    words.forEach((token, i) => {
      const goldCuts = new Set<number>();
      let at = 0;
      for (const ch of gold[i]!) {
        if (ch === "+" || ch === "=") goldCuts.add(at);
        else at += ch.length;
      }
      const cuts = new Set(token.segments.slice(1).map((s) => s.start - token.start));
      rates.tokens++;
      if ([...cuts].some((c) => !goldCuts.has(c))) rates.over++;
      if ([...goldCuts].some((c) => !cuts.has(c))) rates.under++;
    });
  }
  return rates;
}

// Thresholds: the segmenter scores 0 / 0 on both files today (the held-out file scored 0% over and
// 2.9% under on its first run, before the causes it showed were fixed). Spot checks on real news show
// 1–2% of words cut wrongly, so 2% over and 3% under leave room for lexicon changes while still failing
// on a regression that breaks a whole class (articles, لل, pronouns), which costs 5–30%.
test("segmentation error rates on the annotated fixtures stay under 2% over and 3% under", () => {
  for (const file of ["./fixtures/clitics-gold.txt", "./fixtures/clitics-heldout.txt", "./fixtures/clitics-heldout2.txt"]) {
    const rates = score(file);
    assert.ok(rates.tokens >= 150, file);
    assert.ok(rates.over / rates.tokens < 0.02, `${file}: over-segmentation ${rates.over}/${rates.tokens}`);
    assert.ok(rates.under / rates.tokens < 0.03, `${file}: under-segmentation ${rates.under}/${rates.tokens}`);
  }
});
