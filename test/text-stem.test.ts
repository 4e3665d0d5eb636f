import { test } from "node:test";
import assert from "node:assert/strict";
import { lightStem } from "../src/text/stem.ts";
import { normalizeKey } from "../src/text/normalize.ts";

const stem = (word: string) => lightStem(normalizeKey(word));

test("light10 removes و when 3 or more characters remain", () => {
  assert.equal(stem("وكتب"), "كتب");
  assert.equal(stem("وطن"), "وطن");
});

test("light10 then removes one article when 2 or more characters remain", () => {
  assert.equal(stem("الكتاب"), "كتاب");
  assert.equal(stem("والكتاب"), "كتاب");
  assert.equal(stem("بالكتاب"), "كتاب");
  assert.equal(stem("كالبحر"), "بحر");
  assert.equal(stem("فالحل"), "حل");
  assert.equal(stem("للعلم"), "علم");
  assert.equal(stem("الم"), "الم");
  // و first, then the article (the paper's order; a single-prefix variant would stop at بالكتاب)
  assert.equal(stem("وبالكتاب"), "كتاب");
  assert.equal(stem("وللمدرسة"), "مدرس");
});

test("light10 goes once through the suffixes in order, each leaving 2 or more characters", () => {
  assert.equal(stem("سياراتها"), "سيار"); // ها, then ات
  assert.equal(stem("المعلمون"), "معلم");
  assert.equal(stem("مهندسين"), "مهندس");
  assert.equal(stem("الاتفاقية"), "اتفاق"); // ية reached as يه after normalization
  assert.equal(stem("مدرسة"), "مدرس");
  assert.equal(stem("كتابه"), "كتاب");
  assert.equal(stem("عربي"), "عرب");
  assert.equal(stem("لجنتان"), "لجنت");
  assert.equal(stem("يه"), "يه");
  assert.equal(stem("فيها"), "في");
});

test("light10 is a function of the key: variants stem alike", () => {
  assert.equal(stem("الإمارات"), stem("الامارات"));
  assert.equal(stem("المُعلِّمون"), stem("المعلمون"));
});
