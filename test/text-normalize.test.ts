import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeKey, normalizeWithMap, originalSpan } from "../src/text/normalize.ts";

test("every harakat, Quranic mark, dagger alef and tatweel is dropped from the key", () => {
  for (let code = 0x064b; code <= 0x065f; code++) assert.equal(normalizeKey(`ك${String.fromCharCode(code)}ت`), "كت", code.toString(16));
  assert.equal(normalizeKey("هٰذا"), "هذا");
  assert.equal(normalizeKey("الــــــــعراق"), "العراق");
  assert.equal(normalizeKey("إِنَّ الْحُكُومَةَ"), "ان الحكومه");
});

test("invisible controls are ignored wherever they sit", () => {
  const controls = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF"];
  for (const control of controls) assert.equal(normalizeKey(`بغ${control}داد`), "بغداد", control.codePointAt(0)!.toString(16));
});

test("letter variants unify in the key only", () => {
  assert.equal(normalizeKey("أعلن إسماعيل آل ٱلشيخ"), "اعلن اسماعيل ال الشيخ");
  assert.equal(normalizeKey("مستشفى الأطفال"), "مستشفي الاطفال");
  assert.equal(normalizeKey("الحكومة السورية"), "الحكومه السوريه");
  assert.equal(normalizeKey("کتاب فارسی"), "كتاب فارسي");
});

test("Arabic-Indic and Persian digits become ASCII, separators too", () => {
  assert.equal(normalizeKey("٢٠٢١"), "2021");
  assert.equal(normalizeKey("۱۴۰۲"), "1402");
  assert.equal(normalizeKey("٣٫٥"), "3.5");
  assert.equal(normalizeKey("١٬٠٠٠"), "1,000");
});

test("presentation forms and ligatures go through NFKC", () => {
  // ﻟﺒﻨﺎﻥ written in contextual presentation forms
  assert.equal(normalizeKey("\uFEDF\uFE92\uFEE8\uFE8E\uFEE5"), "لبنان");
  assert.equal(normalizeKey("\uFEF7"), "لا"); // ﻷ lam-alef with hamza
  assert.equal(normalizeKey("\uFDF2"), "الله");
});

test("Latin capitals fold to lower case, other scripts stay", () => {
  assert.equal(normalizeKey("NATO و CNN"), "nato و cnn");
  assert.equal(normalizeKey("Ελλάδα"), "Ελλάδα");
});

test("the key is idempotent on mixed samples", () => {
  for (const sample of ["وَالرَّئِيسُ", "\uFEFB\uFDFA", "٢٠٢١/٣/٥", "ﷺ قال", "الـ CIA ﻻ", "\u202Bمو\u200Cسكو\u202C"]) {
    const once = normalizeKey(sample);
    assert.equal(normalizeKey(once), once, sample);
  }
});

test("the offset map leads key characters back through ligatures and dropped marks", () => {
  const text = "قالَ \uFEFB شيءَ في بَغْـدادَ";
  const normalized = normalizeWithMap(text);
  assert.equal(normalized.key, "قال لا شيء في بغداد");
  assert.equal(normalized.map.length, normalized.key.length + 1);
  const lam = normalized.key.indexOf("لا");
  // Both key letters of the ligature point at the one original character.
  assert.deepEqual(originalSpan(normalized, lam, lam + 2), { start: 5, end: 6 });
  const at = normalized.key.indexOf("بغداد");
  const { start, end } = originalSpan(normalized, at, at + 5);
  assert.equal(text.slice(start, end), "بَغْـداد");
  assert.throws(() => originalSpan(normalized, 3, 2), RangeError);
});

test("a map over a window keeps offsets of the whole text", () => {
  const text = "في العاصمة دمشق";
  const normalized = normalizeWithMap(text, 11, 15);
  assert.equal(normalized.key, "دمشق");
  assert.equal(normalized.map[0], 11);
  assert.equal(normalized.map[4], 15);
});
