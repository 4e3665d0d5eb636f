import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeKey, normalizeWithMap, originalSpan } from "../src/text/normalize.ts";
import { lightStem } from "../src/text/stem.ts";

test("keys drop harakat, tatweel and controls and unify letter variants", () => {
  assert.equal(normalizeKey("مُحَمَّدٌ"), "محمد");
  assert.equal(normalizeKey("الـــرئيس"), "الرئيس");
  assert.equal(normalizeKey("أحمد إبراهيم آل ٱلله"), "احمد ابراهيم ال الله");
  assert.equal(normalizeKey("مصطفى"), "مصطفي");
  assert.equal(normalizeKey("المدرسة"), "المدرسه");
  assert.equal(normalizeKey("کتاب ی"), "كتاب ي");
  assert.equal(normalizeKey("٢٠٢١ ۱۲"), "2021 12");
  assert.equal(normalizeKey("مو\u200Bسكو\u202B"), "موسكو");
});

test("presentation forms and ligatures normalize through NFKC", () => {
  assert.equal(normalizeKey("\uFEFB"), "لا"); // ﻻ
  assert.equal(normalizeKey("\uFE8D\uFEDF\uFEE0\uFEEA"), "الله".slice(0, 3) + "ه");
});

test("the offset map leads every key character back to the original", () => {
  const text = "وَصَلَ الـرَّئِيسُ";
  const normalized = normalizeWithMap(text);
  assert.equal(normalized.key, "وصل الرييس".replace("رييس", "رئيس"));
  const at = normalized.key.indexOf("الرئيس");
  const { start, end } = originalSpan(normalized, at, at + "الرئيس".length);
  assert.equal(text.slice(start, end), "الـرَّئِيس");
});

test("light10 strips the article and suffixes with its length limits", () => {
  assert.equal(lightStem(normalizeKey("والمعلمون")), "معلم");
  assert.equal(lightStem(normalizeKey("الاتفاقية")), "اتفاق");
  assert.equal(lightStem(normalizeKey("اتفاقات")), "اتفاق");
  assert.equal(lightStem("وطن"), "وطن"); // too short to lose و
  assert.equal(lightStem("الم"), "الم"); // too short to lose ال
});
