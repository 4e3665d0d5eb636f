import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyze } from "../src/pipeline.ts";
import { KB_DIR, nameKeys } from "../src/entities/kb.ts";
import { ministryCanonical, ministryTable } from "../src/entities/ministries.ts";
import { romanizationTable, romanizeName, transliterate, withRomanizedPersons } from "../src/entities/romanize.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import type { Entity } from "../src/document.ts";

function rows(file: string): string[][] {
  return readFileSync(KB_DIR + file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

test("dictionary names take their usual English spelling", () => {
  assert.equal(romanizeName("محمد"), "Mohammed");
  assert.equal(romanizeName("أحمد يوسف"), "Ahmed Youssef");
  assert.equal(romanizeName("خالد بن سلطان"), "Khaled bin Sultan");
  assert.equal(romanizeName("إيهاب حسين"), "Ehab Hussein");
  // Harakat and tatweel do not change the lookup.
  assert.equal(romanizeName("مُحَمَّد عـلي"), "Mohammed Ali");
});

test("compounds: عبد X, X الدين, أبو X, الله", () => {
  assert.equal(romanizeName("عبد الرحمن"), "Abdul Rahman");
  assert.equal(romanizeName("عبدالله"), "Abdullah");
  // Written as one word in Arabic, one word in English too.
  assert.equal(romanizeName("عبدالرحمن سالم"), "Abdulrahman Salem");
  assert.equal(romanizeName("عبدالكريم", { country: "EGY" }), "Abdelkarim");
  // Not in the dictionary: composed.
  assert.equal(romanizeName("عبد الباري"), "Abdul Bari");
  assert.equal(romanizeName("شهاب الدين"), "Shihab al-Din");
  assert.equal(romanizeName("سيف الدين"), "Saif al-Din");
  assert.equal(romanizeName("أبو أيوب"), "Abu Ayoub");
  assert.equal(romanizeName("عبد الله الثاني"), "Abdullah II");
});

test("no marks for ع and ء, as the English press writes names", () => {
  assert.equal(romanizeName("جمعان الغامدي"), "Jaman al-Ghamdi");
  assert.ok(!romanizeName("سعاد عبد الرؤوف").includes("'"));
});

test("the article is al- with the rest capitalized, sun letters included", () => {
  assert.equal(romanizeName("سامي الخالدي"), "Sami al-Khalidi");
  assert.equal(romanizeName("الشمري"), "al-Shammari");
  assert.equal(romanizeName("ماجد الرشيدي"), "Majed al-Rashidi");
  assert.equal(romanizeName("علي الحسن"), "Ali al-Hassan");
});

test("fallback transliteration supplies plausible vowels", () => {
  assert.equal(transliterate("شحادة"), "shahada");
  assert.equal(romanizeName("إسكندر"), "Iskandar");
  assert.equal(romanizeName("رائد"), "Raed");
  assert.equal(romanizeName("صبرية"), "Sabriya");
  assert.equal(romanizeName("الفرطوسي"), "al-Fartousi");
  assert.equal(romanizeName("الخزرجي"), "al-Khazraji");
  assert.equal(romanizeName("البياتي"), "al-Bayati");
  assert.equal(romanizeName("سعيد خطيب زاده"), "Saeed Khatibzadeh");
});

test("regional conventions: Maghreb and Egyptian spellings follow the person's country", () => {
  assert.equal(romanizeName("نور الدين"), "Nour al-Din");
  assert.equal(romanizeName("نور الدين", { country: "TUN" }), "Noureddine");
  assert.equal(romanizeName("رشيد الطالبي", { country: "MAR" }), "Rachid Talibi");
  assert.equal(romanizeName("رشيد الطالبي"), "Rashid al-Talibi");
  assert.equal(romanizeName("عبد الحميد", { country: "DZA" }), "Abdelhamid");
  assert.equal(romanizeName("محمد", { country: "EGY" }), "Mohamed");
  assert.equal(romanizeName("محمد", { country: "IRQ" }), "Mohammed");
});

test("bad input never crashes and gives at most an empty name", () => {
  assert.equal(romanizeName(""), "");
  assert.equal(romanizeName("   \u200f\u202e "), "");
  assert.equal(romanizeName("John Smith"), "John Smith");
  assert.equal(typeof romanizeName("\u0000\uffff\ud800"), "string");
  assert.ok(romanizeName("سالم ".repeat(100000)).length < 10000);
});

test("every romanization entry is alive and reproduces its own spelling", () => {
  const table = romanizationTable();
  const seen = new Map<string, string>();
  for (const [arabic, english] of rows("name-romanization.tsv")) {
    const key = normalizeKey(arabic!).replace(/\s+/gu, " ");
    assert.ok(!seen.has(key), `duplicate after normalization: ${arabic} (${seen.get(key)})`);
    seen.set(key, arabic!);
    assert.ok(table.has(key), arabic);
    assert.equal(romanizeName(arabic!), english, arabic);
  }
  assert.ok(seen.size >= 400, `only ${seen.size} entries`);
});

test("every ministry entry is alive", () => {
  for (const [arabic, english] of rows("ministries.tsv")) {
    let node = ministryTable();
    for (const key of nameKeys(arabic!)) node = node.next?.get(key) ?? {};
    assert.equal(node.ministry?.english, english, arabic);
  }
  assert.equal(ministryCanonical("Interior", "JOR"), "Ministry of Interior (Jordan)");
  assert.equal(ministryCanonical("Health", "PSE"), "Ministry of Health (Palestine)");
  assert.equal(ministryCanonical("Health", null), "Ministry of Health");
});

test("a person not in the KB gets a romanized canonical, shared by later mentions", () => {
  const doc = analyze(
    "قال المتحدث باسم وزارة الداخلية الأردنية العقيد عامر السرطاوي إن الأجهزة الأمنية أوقفت ثلاثة مشتبه بهم. وأضاف السرطاوي أن التحقيقات مستمرة.",
    { dct: "2024-03-14" },
  );
  const persons = doc.entities.filter((e) => e.type === "PER");
  assert.deepEqual(persons.map((e) => [e.text, e.canonical]), [["عامر السرطاوي", "Amer al-Sartawi"], ["السرطاوي", "Amer al-Sartawi"]]);
  assert.equal(persons[0]!.id, persons[1]!.id);
  const ministry = doc.entities.find((e) => e.type === "ORG");
  assert.equal(ministry?.canonical, "Ministry of Interior (Jordan)");
  assert.equal(ministry?.code, "JORGOV");
  assert.ok(doc.quotes.some((q) => q.speaker?.canonical === "Amer al-Sartawi"));
});

test("KB canonicals stay; short ministry forms and ministries of the article's country get the convention", () => {
  const doc = analyze(
    "استقبل الرئيس عبد الفتاح السيسي في القاهرة وفدا ليبيا. وقالت الخارجية المصرية إن اللقاء بحث الأوضاع في مصر وليبيا.",
    { dct: "2024-03-14" },
  );
  assert.equal(doc.entities.find((e) => e.text === "عبد الفتاح السيسي")?.canonical, "Abdel Fattah el-Sisi");
  assert.equal(doc.entities.find((e) => e.text === "الخارجية المصرية")?.canonical, "Ministry of Foreign Affairs (Egypt)");
  const tunis = analyze(
    "أعلنت وزارة الصحة في تونس اليوم تسجيل حالات جديدة في ولاية صفاقس. وقالت وزارة الصحة التونسية إن الوضع تحت السيطرة في تونس.",
    { dct: "2024-03-14" },
  );
  const ministries = tunis.entities.filter((e) => e.type === "ORG");
  assert.ok(ministries.length >= 2);
  for (const m of ministries) assert.equal(m.canonical, "Ministry of Health (Tunisia)", m.text);
});

test("a longer ministry name than the KB's is taken whole and named once for later short mentions", () => {
  const doc = analyze("أعلنت وزارة الدفاع الوطني الجزائرية توقيف عشرة أشخاص. وأضافت وزارة الدفاع أن العمليات مستمرة.", { dct: "2024-03-14" });
  const orgs = doc.entities.filter((e) => e.type === "ORG");
  assert.equal(orgs[0]?.text, "وزارة الدفاع الوطني الجزائرية");
  assert.deepEqual(orgs.map((e) => e.canonical), ["Ministry of National Defence (Algeria)", "Ministry of National Defence (Algeria)"]);
});

test("organizations are never romanized; only null-canonical persons are filled", () => {
  const base = { start: 0, end: 4, country: null, code: null };
  const input: Entity[] = [
    { ...base, text: "سامي", type: "PER", canonical: null, id: "e1" },
    { ...base, text: "سامي الخالدي", type: "PER", canonical: null, id: "e1" },
    { ...base, text: "حزب الفجر", type: "ORG", canonical: null, id: "e2" },
    { ...base, text: "السيسي", type: "PER", canonical: "Abdel Fattah el-Sisi", id: "e3" },
    { ...base, text: "الرئيس", type: "PER", canonical: null, id: "e3" },
  ];
  const output = withRomanizedPersons(input);
  assert.deepEqual(output.map((e) => e.canonical), ["Sami al-Khalidi", "Sami al-Khalidi", null, "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"]);
  assert.equal(input[0]!.canonical, null, "inputs are not mutated");
});

test("given and family names of the second table get their press spellings", () => {
  assert.equal(romanizeName("رأفت الصباغ"), "Raafat al-Sabbagh");
  assert.equal(romanizeName("مرزوق الغانم"), "Marzouq al-Ghanim");
});
