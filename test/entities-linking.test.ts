import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/pipeline.ts";
import { codeAt, knowledgeBase, officeAt } from "../src/entities/kb.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import type { Entity } from "../src/document.ts";

function entities(text: string, dct: string | null): Entity[] {
  return analyze(text, { dct }).entities;
}

function person(canonical: string) {
  const entry = knowledgeBase().people.find((p) => p.canonical === canonical);
  assert.ok(entry, canonical);
  return entry;
}

test("dated roles: the office held at the dct picks role and code", () => {
  const sisi = person("Abdel Fattah el-Sisi");
  assert.equal(officeAt(sisi, "2013-09-01")?.role, "Defence Minister");
  assert.equal(codeAt(sisi, "2013-09-01").code, "EGYMIL");
  assert.equal(codeAt(sisi, "2020-01-01").code, "EGYGOV");
  assert.equal(codeAt(sisi, "2020-01-01").role, "President");
  const trump = person("Donald Trump");
  assert.equal(codeAt(trump, "2018-06-01").role, "President");
  assert.equal(codeAt(trump, "2022-06-01").code, "USAELI");
  assert.equal(codeAt(trump, "2022-06-01").role, undefined);
  assert.equal(codeAt(trump, "2025-06-01").role, "President");
});

test("linking in text follows the dct", () => {
  const text = "التقى عبد الفتاح السيسي وفدا من رجال الأعمال.";
  assert.equal(entities(text, "2013-10-01")[0]?.code, "EGYMIL");
  assert.equal(entities(text, "2023-10-01")[0]?.code, "EGYGOV");
  const lavrov = entities("وقال سيرغي لافروف إن موسكو مستعدة للحوار.", "2021-05-05").find((e) => e.type === "PER");
  assert.equal(lavrov?.canonical, "Sergey Lavrov");
  assert.equal(lavrov?.code, "RUSGOV");
  assert.equal(lavrov?.role, "Foreign Minister");
});

test("a surname later in the text shares the id of the full name", () => {
  const text = "وصل وزير الخارجية الليبي خالد المزوغي إلى تونس. وقال المزوغي إن بلاده تدعم الحوار.";
  const list = entities(text, "2022-01-01");
  const full = list.find((e) => e.text === "خالد المزوغي");
  const short = list.find((e) => e.text === "المزوغي");
  assert.ok(full && short);
  assert.equal(short.type, "PER");
  assert.equal(short.id, full.id);
  assert.equal(short.country, "LBY");
});

test("a surname in the headline joins the person named in the body", () => {
  const text = "لافروف: لا حل عسكريا\n\nأكد وزير الخارجية الروسي سيرغي لافروف أن الحل سياسي. وأضاف لافروف أن بلاده ستواصل الاتصالات.";
  const list = entities(text, "2019-03-03").filter((e) => e.type === "PER");
  assert.ok(list.length >= 3);
  assert.equal(new Set(list.map((e) => e.id)).size, 1);
});

test("different actors get different ids; KB aliases of one actor share one", () => {
  const text = "التقى دونالد ترامب وبنيامين نتنياهو في البيت الأبيض، وقال ترامب إن نتنياهو صديق.";
  const list = entities(text, "2020-01-28");
  const trump = list.filter((e) => e.canonical === "Donald Trump");
  const netanyahu = list.filter((e) => e.canonical === "Benjamin Netanyahu");
  assert.equal(trump.length, 2);
  assert.equal(netanyahu.length, 2);
  assert.equal(new Set(trump.map((e) => e.id)).size, 1);
  assert.notEqual(trump[0]!.id, netanyahu[0]!.id);
  const house = list.find((e) => e.text === "البيت الأبيض");
  assert.equal(house?.type, "LOC");
  assert.equal(house?.code, "USAGOV");
});

test("nisba adjectives map to countries in all their forms", () => {
  const { nisbaByKey } = knowledgeBase();
  const cases: [string, string][] = [
    ["الروسي", "RUS"], ["الروسية", "RUS"], ["الروس", "RUS"], ["الأمريكي", "USA"], ["الأميركية", "USA"],
    ["الإماراتي", "ARE"], ["الإماراتيين", "ARE"], ["مصرية", "EGY"], ["المغاربة", "MAR"], ["السعوديون", "SAU"],
  ];
  for (const [form, country] of cases) assert.equal(nisbaByKey.get(normalizeKey(form))?.country, country, form);
  // Adjectives that are not nationalities stay out (المالية is finance, not Mali).
  assert.equal(nisbaByKey.get(normalizeKey("المالية")), undefined);
});

test("locations carry coordinates and country from the gazetteer", () => {
  const list = entities("انفجرت سيارة مفخخة في مدينة الموصل في العراق.", "2016-10-10");
  const mosul = list.find((e) => e.text === "الموصل");
  assert.equal(mosul?.country, "IRQ");
  assert.ok(mosul?.lat !== undefined && Math.abs(mosul.lat - 36.3) < 0.5);
  assert.equal(list.find((e) => e.text === "العراق")?.canonical, "Iraq");
});

test("organizations link to canonical name and CAMEO code", () => {
  const list = entities("قالت وكالة الأنباء السعودية (واس) إن مجلس التعاون الخليجي دعا الأمم المتحدة إلى التحرك.", "2020-01-01");
  assert.equal(list.find((e) => e.text === "الأمم المتحدة")?.code, "IGOUNO");
  assert.equal(list.find((e) => e.text === "واس")?.canonical, "Saudi Press Agency");
  assert.equal(list.find((e) => e.text.startsWith("مجلس التعاون"))?.canonical, "Gulf Cooperation Council");
});

test("the Egyptian president resolves to the person named earlier, or to the office holder at the dct", async () => {
  const { resolveNominals } = await import("../src/entities/nominal.ts");
  const named = analyze("استقبل الرئيس المصري عبد الفتاح السيسي الوفد. وأكد الرئيس المصري دعم بلاده للحوار.", { dct: "2019-04-01" });
  const sisi = named.entities.find((e) => e.canonical === "Abdel Fattah el-Sisi");
  const nominals = resolveNominals(named);
  assert.equal(nominals.length, 1);
  assert.equal(nominals[0]!.text, "الرئيس المصري");
  assert.equal(nominals[0]!.id, sisi?.id);
  const unnamed = analyze("وصل وزير الخارجية الروسي إلى أنقرة لإجراء محادثات.", { dct: "2016-05-01" });
  const [minister] = resolveNominals(unnamed);
  assert.equal(minister?.canonical, "Sergey Lavrov");
  assert.equal(minister?.code, "RUSGOV");
  assert.equal(minister?.id, null);
  const earlier = analyze("أعلن الرئيس الأمريكي فرض رسوم جديدة.", { dct: "2015-03-01" });
  assert.equal(resolveNominals(earlier)[0]?.canonical, "Barack Obama");
});

test("public figures, clubs and companies link to their canonical names and countries", () => {
  const list = entities("قاد النجم المصري محمد صلاح فريقه للفوز على مانشستر سيتي، وأعلنت شركة أرامكو عن أرباح قياسية، وأحيت فيروز حفلا في بيروت.", "2024-03-14");
  const of = (text: string) => list.find((e) => e.text === text);
  assert.deepEqual([of("محمد صلاح")?.type, of("محمد صلاح")?.canonical, of("محمد صلاح")?.country], ["PER", "Mohamed Salah", "EGY"]);
  assert.deepEqual([of("مانشستر سيتي")?.type, of("مانشستر سيتي")?.country], ["ORG", "GBR"]);
  assert.equal(of("شركة أرامكو")?.code, "SAUBUS");
  assert.equal(of("فيروز")?.canonical, "Fairuz");
});

test("a lone family name with the article does not link to the famous bearer of that name", () => {
  const list = entities("وقال المتحدث حاتم الجابري إن الانفجار وقع في السوق، وأضاف الجابري أن الحصيلة ارتفعت.", "2024-03-14");
  assert.ok(!list.some((e) => e.canonical === "Mohammed Abed al-Jabri"), JSON.stringify(list.map((e) => e.canonical)));
});

test("KB places listed with a head word are named without it; described parts of a country are the country", () => {
  const list = entities("نزح آلاف المدنيين من ولاية شمال دارفور، فيما استمر القصف في جنوب لبنان.", "2024-03-14");
  assert.equal(list.find((e) => e.text === "شمال دارفور")?.type, "LOC", JSON.stringify(list.map((e) => e.text)));
  assert.equal(list.find((e) => e.text === "لبنان")?.canonical, "Lebanon", JSON.stringify(list.map((e) => e.text)));
});

test("organizations of the second list link, and a generic body name is not pinned to one country", () => {
  const list = entities("تخرج من جامعة الأزهر بغزة قبل سنوات، فيما انتشر الحرس الوطني في العاصمة.", "2024-03-14");
  const azhar = list.find((e) => e.text === "جامعة الأزهر بغزة");
  assert.deepEqual([azhar?.canonical, azhar?.country], ["Al-Azhar University – Gaza", "PSE"]);
  const guard = list.find((e) => e.text === "الحرس الوطني");
  assert.ok(!guard || guard.country === null, JSON.stringify(guard));
});

test("ابن X later in the text is the person named in full with بن X", () => {
  const list = entities("أدان الدكتور جمعان رشيد بن رقوش الهجوم. وأكد ابن رقوش أن الأمن مستقر.", "2015-08-10");
  const full = list.find((e) => e.text === "جمعان رشيد بن رقوش");
  const short = list.find((e) => e.text === "ابن رقوش");
  assert.ok(full && short);
  assert.equal(short.id, full.id);
  assert.equal(short.type, "PER");
});
