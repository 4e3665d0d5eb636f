import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { findTimexes, recognizeTimexes } from "../src/time/index.ts";
import { emptyDoc, type Timex } from "../src/document.ts";

function checkSpans(text: string, found: Timex[]): void {
  let last = -1;
  for (const t of found) {
    assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end, `bad span ${t.start}-${t.end}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last, "timexes overlap or are out of order");
    last = t.end;
    assert.ok(["DATE", "TIME", "DURATION", "SET"].includes(t.type));
    assert.ok(t.value.length > 0);
    if (t.from !== undefined) assert.match(t.from, /^\d{4}-\d{2}-\d{2}$/);
    if (t.to !== undefined) assert.ok(t.from !== undefined && t.to >= t.from);
  }
}

test("spans are offsets into the original text, with diacritics and tatweel inside", () => {
  const text = "أضربَ الأسرى 45 يوماً، وبدأ الإضرابُ يومَ الأحدِ الماضي، في الـــ 20 من شهر أكتوبر.";
  const found = findTimexes(text, "2024-03-14");
  checkSpans(text, found);
  assert.deepEqual(found.map((t) => t.text), ["45 يوماً", "يومَ الأحدِ الماضي", "الـــ 20 من شهر أكتوبر"]);
});

test("Eastern Arabic digits are read", () => {
  const found = findTimexes("وقع الهجوم في ١١ يناير ٢٠٢١ وحضروا عام ١٨٩٦.", null);
  assert.deepEqual(found.map((t) => t.value), ["2021-01-11", "1896"]);
});

test("bidi controls and zero-width characters inside a date", () => {
  const text = "في \u200F11 يناير\u200E 2021 وصل الوفد";
  const found = findTimexes(text, null);
  checkSpans(text, found);
  assert.equal(found[0]!.value, "2021-01-11");
});

test("empty, binary, mixed-script and huge inputs never crash", () => {
  assert.deepEqual(findTimexes("", "2024-03-14"), []);
  let binary = "";
  for (let i = 0; i < 5000; i++) binary += String.fromCharCode((i * 7919) % 65536);
  checkSpans(binary, findTimexes(binary, "2024-03-14"));
  const mixed = "Meeting on 5 يناير 2020 at 10:30 ثم 北京 وغداً 🙂 الساعة";
  checkSpans(mixed, findTimexes(mixed, "2024-03-14"));
  const huge = "في 12 مارس 2020 وصل الوفد، وغادر أمس الساعة 10:30 مساءً لمدة ثلاثة أيام. ".repeat(1000);
  const found = findTimexes(huge, "2024-03-14");
  checkSpans(huge, found);
  // "أمس الساعة 10:30 مساءً" is one timex: three a sentence.
  assert.equal(found.length, 1000 * 3);
  const spaces = " ".repeat(200000) + "يوم" + "\t".repeat(50000) + "غد";
  checkSpans(spaces, findTimexes(spaces, "2024-03-14"));
});

test("random mixes of time words keep every span invariant", () => {
  const words = ["في", "يوم", "الأحد", "أمس", "غداً", "اليوم", "11", "2021", "يناير", "/", "كانون الثاني", "الماضي", "المقبل", "الساعة", "10:30",
    "مساء", "ثلاثة", "أيام", "قبل", "منذ", "رمضان", "1445هـ", "(", ")", "،", ".", "عام", "الشهر", "نهاية", "الـ", "ً", "\u200F", "و", "من"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.constantFrom("2024-03-14", null), (parts, dct) => {
      const text = parts.join(" ");
      checkSpans(text, findTimexes(text, dct));
    }),
    { numRuns: 300 },
  );
});

test("the stage entry point reads the document's text and dct", () => {
  const doc = emptyDoc("أعلنت الوزارة اليوم الخميس حصيلة جديدة.", "2024-03-14");
  assert.deepEqual(recognizeTimexes(doc).map((t) => [t.text, t.value, t.anchor]), [["اليوم الخميس", "2024-03-14", "2024-03-14"]]);
  assert.deepEqual(recognizeTimexes(emptyDoc(doc.text, null)).map((t) => t.value), ["XXXX-XX-XX"]);
});
