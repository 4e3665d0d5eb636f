import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { analyze } from "../src/pipeline.ts";
import { normalizeKey, normalizeWithMap } from "../src/text/normalize.ts";
import type { Doc, Span } from "../src/document.ts";

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) out of 0..${text.length}`);
  assert.equal(span.text, text.slice(span.start, span.end), `${what}: text differs from the slice`);
}

function checkOrderedDisjoint(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1]!.end <= spans[i]!.start, `${what} ${i - 1} and ${i} overlap or are out of order`);
  }
}

/** Every invariant of the document model that holds for any input. */
function checkDoc(doc: Doc): void {
  const { text } = doc;
  assert.deepEqual(doc.messages.filter((m) => m.stage === "text"), [], "the text stage failed");
  doc.sentences.forEach((s, i) => checkSpan(text, s, `sentence ${i}`));
  checkOrderedDisjoint(doc.sentences, "sentences");
  doc.tokens.forEach((token, i) => {
    checkSpan(text, token, `token ${i}`);
    assert.ok(token.end > token.start, `token ${i} is empty`);
    assert.ok(!/^\s/u.test(token.text), `token ${i} starts with whitespace`);
    const sentence = doc.sentences[token.sentence];
    assert.ok(sentence && sentence.start <= token.start && token.end <= sentence.end, `token ${i} lies outside its sentence`);
    assert.ok(token.segments.length >= 1);
    assert.equal(token.segments[0]!.start, token.start, `token ${i}: segments start at the token`);
    assert.equal(token.segments.at(-1)!.end, token.end, `token ${i}: segments end at the token`);
    token.segments.forEach((segment, k) => {
      checkSpan(text, segment, `token ${i} segment ${k}`);
      assert.ok(segment.end > segment.start, `token ${i} segment ${k} is empty`);
      if (k > 0) assert.equal(segment.start, token.segments[k - 1]!.end, `token ${i}: segments not contiguous`);
    });
    assert.equal(token.segments.filter((s) => s.role === "stem").length, 1, `token ${i}: one stem`);
    assert.equal(token.key, normalizeKey(token.text));
  });
  checkOrderedDisjoint(doc.tokens, "tokens");
  // Every sentence holds at least one token and sentences cover all tokens.
  if (doc.tokens.length) assert.equal(doc.tokens.at(-1)!.sentence, doc.sentences.length - 1);
  doc.entities.forEach((e, i) => checkSpan(text, e, `entity ${i}`));
  doc.timexes.forEach((t, i) => checkSpan(text, t, `timex ${i}`));
  doc.quotes.forEach((q, i) => {
    checkSpan(text, q, `quote ${i}`);
    if (q.cue) checkSpan(text, q.cue, `quote ${i} cue`);
  });
  doc.events.forEach((event, i) => {
    checkSpan(text, event.trigger, `event ${i} trigger`);
    checkSpan(text, event.sentence, `event ${i} sentence`);
    event.mentions.forEach((m, k) => checkSpan(text, m, `event ${i} mention ${k}`));
  });
}

// Pieces that stress the text layer: Arabic letters and clitics, harakat and tatweel, digits of three
// scripts, separators, quotes and brackets, controls, presentation forms, Latin, URLs and odd code units.
const PIECES = [
  "و", "ال", "لل", "ب", "ف", "س", "ه", "ها", "هم", "ة", "ى", "أ", "إ", "آ", "ٱ", "ء", "ؤ", "ئ", "ي", "ك", "ن", "ت", "م", "ر", "د", "ع",
  "رئيس", "حكومة", "بغداد", "ترامب", "وزير", "الأمم", "٢٠٢١", "۱۴۰۲", "3.5", "21:00", "1,000", "٫", "٬",
  "\u064E", "\u0651", "\u0670", "\u0640", " ", "  ", "\n", "\r\n", "\t", ".", "..", "…", "!", "?", "؟", "،", "؛", ":",
  "«", "»", "“", "”", "\"", "(", ")", "[", "]", "د.", "أ.د.", "ص.ب", "ق.م", "م.",
  "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202B", "\u202E", "\u2067", "\u2069", "\uFEFF", "\u00AD",
  "\uFEFB", "\uFDF2", "\uFE70", "\uFEDF\uFE92", "NATO", "CNN", "https://x.org/a?b=1", "www.spa.gov.sa", "a@b.co",
  "#وسم", "@user_1", "\u0000", "\uD800", "\uDC00", "😀", "\uFFFF", "<p>", "</b", "&amp;", "-", "—", "/", "%",
];
const arabicish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
const anything = fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }));

test("for any string analyze never throws and every span is in bounds, equal to its slice, without overlaps", () => {
  fc.assert(
    fc.property(anything, (text) => {
      checkDoc(analyze(text));
    }),
    { numRuns: 150 },
  );
});

test("normalization is idempotent and its map stays in bounds", () => {
  fc.assert(
    fc.property(anything, (text) => {
      const key = normalizeKey(text);
      assert.equal(normalizeKey(key), key);
      const normalized = normalizeWithMap(text);
      assert.equal(normalized.key, key);
      assert.equal(normalized.map.length, key.length + 1);
      for (let i = 0; i < normalized.map.length; i++) {
        assert.ok(normalized.map[i]! >= 0 && normalized.map[i]! <= text.length);
        if (i > 0) assert.ok(normalized.map[i]! >= normalized.map[i - 1]!);
      }
    }),
    { numRuns: 500 },
  );
});

test("empty and blank input give empty layers", () => {
  for (const text of ["", " ", "\n\n\t", "\u200B\u202B\u2069\uFEFF"]) {
    const doc = analyze(text);
    checkDoc(doc);
    assert.deepEqual(doc.tokens, []);
    assert.deepEqual(doc.sentences, []);
  }
});

test("NUL bytes, binary junk and lone surrogates do not break spans", () => {
  const junk = "قال\u0000الوزير \uD800 في \uDFFF بغداد\u0001\u0002\u001B[0m\uFFFE ";
  const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)).toString("latin1");
  for (const text of [junk, bytes, bytes.repeat(8), "\uD83D", "\uDE00\uD83D"]) checkDoc(analyze(text));
  const doc = analyze(junk);
  assert.ok(doc.tokens.some((t) => t.text === "بغداد"));
});

test("mixed Latin and Arabic, with bidi controls and zero-width characters inside words", () => {
  const text = "أعلنت شركة Apple عن iPhone جديد في دبي.\u202Bوقال\u202C مدير\u200C التسويق إن الـ\u200Dأسعار ستبقى \u2067$999\u2069.";
  const doc = analyze(text);
  checkDoc(doc);
  const words = doc.tokens.map((t) => t.text);
  assert.ok(words.includes("Apple") && words.includes("iPhone"));
  // A control at the edge of a word is not part of it; between letters it is (and only the key drops it).
  assert.ok(words.includes("مدير") && words.includes("وقال"));
  const token = doc.tokens.find((t) => t.key === "الاسعار");
  assert.ok(token, "a zero-width joiner inside a word does not split it");
  assert.equal(token.segments.map((s) => s.text).join(""), token.text);
});

test("malformed HTML is text like any other", () => {
  const text = "<div class=\"x\"><p>قال <b>الرئيس</p> &nbsp; إن <a href='http://x.org/?a=<b>'>الوضع</a <script>alert(1)</script> مستقر";
  const doc = analyze(text);
  checkDoc(doc);
  assert.ok(doc.tokens.some((t) => t.text === "الرئيس"));
});

test("a huge word, a huge number and an unclosed bracket do not hang the text layer", () => {
  const inputs = ["و".repeat(200_000), "٣".repeat(200_000), "(" + "كلمة ".repeat(50_000), "https://x.org/" + "a".repeat(100_000)];
  for (const text of inputs) {
    const doc = analyze(text, { until: "text" });
    checkDoc(doc);
  }
});

/** CPU milliseconds of this process: unlike wall time, other processes' load does not count. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

// Real-looking news, varied so that not every word is already cached.
function newsText(bytes: number): string {
  const sentences = [
    "وقال وزير الخارجية في مؤتمر صحفي بالرياض إن المملكة ستواصل دعمها للجهود الدولية.",
    "وأعلنت وزارة الصحة تسجيل %N إصابة جديدة بفيروس كورونا خلال الساعات الأربع والعشرين الماضية.",
    "«نحن مستعدون للحوار»، قال المتحدث باسم الحكومة لوكالة الأنباء مساء أمس.",
    "وارتفعت أسعار النفط بنسبة %N.5 في المئة عند الساعة 21:00 بتوقيت مكة المكرمة.",
    "عاجل: انفجار في ميناء المدينة %N\n",
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length]!.replace("%N", String(i % 997));
    parts.push(sentence);
    size += Buffer.byteLength(sentence, "utf8") + 1;
  }
  return parts.join(" ");
}

test("a 10 MB input is analyzed, and time grows roughly linearly from 1 MB", () => {
  // The text layer (what this suite owns) on 1 MB and 10 MB: a loose bound that only catches quadratic
  // behaviour, never a timing target (speed lives in `npm run bench`).
  const small = newsText(1_000_000);
  const large = newsText(10_000_000);
  analyze(small.slice(0, 20_000), { until: "text" }); // load the lexicon outside the timings
  let started = cpuMs();
  const smallDoc = analyze(small, { until: "text" });
  const smallMs = cpuMs() - started;
  started = cpuMs();
  const largeDoc = analyze(large, { until: "text" });
  const largeMs = cpuMs() - started;
  assert.ok(largeDoc.tokens.length > 9 * smallDoc.tokens.length);
  assert.equal(largeDoc.tokens.at(-1)!.end <= large.length, true);
  assert.ok(largeMs / Math.max(smallMs, 20) < 30, `10 MB took ${largeMs.toFixed(0)} ms, 1 MB ${smallMs.toFixed(0)} ms`);
});

test("the whole pipeline on a long article stays roughly linear too", () => {
  const small = newsText(16_000);
  const large = newsText(128_000);
  analyze(small);
  let started = cpuMs();
  checkDoc(analyze(small, { dct: "2021-03-14" }));
  const smallMs = cpuMs() - started;
  started = cpuMs();
  checkDoc(analyze(large, { dct: "2021-03-14" }));
  const largeMs = cpuMs() - started;
  assert.ok(largeMs / Math.max(smallMs, 20) < 30, `128 KB took ${largeMs.toFixed(0)} ms, 16 KB ${smallMs.toFixed(0)} ms`);
});
