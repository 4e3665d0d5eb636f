import { test } from "node:test";
import assert from "node:assert/strict";
import { numberPhraseValue, numberValue, parseNumberWords } from "../src/numbers/index.ts";
import { numberWordForms } from "../src/numbers/lexicon.ts";

const value = (phrase: string) => numberPhraseValue(phrase)?.value;

test("units of both genders and their case forms", () => {
  assert.equal(value("واحد"), 1);
  assert.equal(value("واحدة"), 1);
  assert.equal(value("اثنان"), 2);
  assert.equal(value("اثنتين"), 2);
  assert.equal(value("ثلاث"), 3);
  assert.equal(value("ثلاثة"), 3);
  assert.equal(value("ثماني"), 8);
  assert.equal(value("عشرة"), 10);
});

test("teens, tens and compounds with و", () => {
  assert.equal(value("أحد عشر"), 11);
  assert.equal(value("إحدى عشرة"), 11);
  assert.equal(value("اثنا عشر"), 12);
  assert.equal(value("خمسة عشر"), 15);
  assert.equal(value("عشرون"), 20);
  assert.equal(value("تسعين"), 90);
  assert.equal(value("خمسة وعشرون"), 25);
  assert.equal(value("مئة وخمسون"), 150);
});

test("hundreds, thousands, millions and billions with duals and plurals", () => {
  assert.equal(value("مائة"), 100);
  assert.equal(value("مئتين"), 200);
  assert.equal(value("ثلاثمائة"), 300);
  assert.equal(value("ثلاث مئة"), 300);
  assert.equal(value("ألف"), 1000);
  assert.equal(value("ألفي"), 2000);
  assert.equal(value("ألفين"), 2000);
  assert.equal(value("ثلاثة آلاف"), 3000);
  assert.equal(value("ثلاثة آلاف وخمسمئة"), 3500);
  assert.equal(value("ثلاثمائة وخمسين ألفا"), 350000);
  assert.equal(value("مليون"), 1000000);
  assert.equal(value("مليونين"), 2000000);
  assert.equal(value("خمسة ملايين"), 5000000);
  assert.equal(value("مليار"), 1000000000);
});

test("digits with a scale word", () => {
  assert.equal(value("26 ألفاً"), 26000);
  assert.equal(value("1.3 مليار"), 1300000000);
  assert.equal(value("3 ملايين"), 3000000);
});

test("approximate quantities", () => {
  assert.deepEqual(numberPhraseValue("عشرات"), { value: 10, approximate: true, ordinal: false });
  assert.deepEqual(numberPhraseValue("عشرات الآلاف"), { value: 10000, approximate: true, ordinal: false });
  assert.deepEqual(numberPhraseValue("مئات الآلاف"), { value: 100000, approximate: true, ordinal: false });
  assert.equal(numberPhraseValue("آلاف")?.approximate, true);
});

test("ordinals up to the thirty-first", () => {
  assert.deepEqual(numberPhraseValue("العاشر"), { value: 10, approximate: false, ordinal: true });
  assert.equal(value("الحادي عشر"), 11);
  assert.equal(value("الثاني عشر"), 12);
  assert.equal(value("العشرين"), 20);
  assert.equal(value("الحادي والثلاثين"), 31);
  assert.equal(value("الخامسة والعشرين"), 25);
});

test("phrases that are not numbers", () => {
  assert.equal(numberPhraseValue("الرئيس"), null);
  assert.equal(numberPhraseValue("خمسة الرئيس"), null);
  assert.equal(numberPhraseValue(""), null);
});

test("numberValue reads one word", () => {
  assert.equal(numberValue("مائتين"), 200);
  assert.equal(numberValue("ألفاً"), 1000);
  assert.equal(numberValue("17"), 17);
  assert.equal(numberValue("حكومة"), null);
});

test("parseNumberWords finds quantities in running text with original spans", () => {
  const text = "نزح عشرات الآلاف من السكان، وقُتل خمسة وعشرون شخصاً، وأصيب 26 ألفاً بجروح.";
  const found = parseNumberWords(text);
  assert.deepEqual(found.map((n) => [n.text, n.value, n.approximate]), [
    ["عشرات الآلاف", 10000, true],
    ["خمسة وعشرون", 25, false],
    ["26 ألفاً", 26000, false],
  ]);
  for (const n of found) assert.equal(text.slice(n.start, n.end), n.text);
});

test("parseNumberWords leaves ambiguous lone words alone", () => {
  // أحد (someone), ست (lady) and the ordinal الأول (the first) stand for no quantity here.
  assert.deepEqual(parseNumberWords("قال أحد المسؤولين إن الاجتماع الأول للست عقد أمس"), []);
});

test("every number word in the lexicon reads as a number", () => {
  for (const form of numberWordForms()) {
    const entry = numberValue(form) ?? numberPhraseValue(`عشرات ${form}`)?.value;
    assert.ok(entry !== null && entry !== undefined, `dead number word: ${form}`);
  }
});
