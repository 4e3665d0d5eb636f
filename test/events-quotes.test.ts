import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./events-helpers.ts";

test("قال X إن …: the content after إن, the speaker's canonical name, the cue", () => {
  const text = "وقال وزير الخارجية الأردني أيمن الصفدي إن الحل الوحيد هو إقامة دولة فلسطينية مستقلة.";
  const { quotes } = eventsOf(text, [{ text: "أيمن الصفدي", type: "PER", canonical: "Ayman Safadi", country: "JOR" }]);
  assert.equal(quotes.length, 1);
  const [quote] = quotes;
  assert.equal(quote!.text, "الحل الوحيد هو إقامة دولة فلسطينية مستقلة");
  assert.equal(text.slice(quote!.start, quote!.end), quote!.text);
  assert.equal(quote!.speaker?.canonical, "Ayman Safadi");
  assert.equal(quote!.speaker?.country, "JOR");
  assert.equal(quote!.cue?.text, "وقال");
});

test("a speech verb with no named subject continues the previous speaker; so does مضيفا أن", () => {
  const text =
    "أكد رئيس الوزراء العراقي محمد شياع السوداني أن الحكومة ماضية في مكافحة الفساد، مضيفا أن القضاء سيحاسب المتورطين.\nوأوضح أن اللجان الرقابية باشرت عملها منذ أسبوع.";
  const { quotes } = eventsOf(text, [{ text: "محمد شياع السوداني", type: "PER", canonical: "Mohammed Shia al-Sudani", country: "IRQ" }]);
  assert.equal(quotes.length, 3);
  assert.deepEqual(
    quotes.map((q) => q.speaker?.canonical),
    ["Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani"],
  );
  assert.equal(quotes[0]!.text, "الحكومة ماضية في مكافحة الفساد");
  assert.equal(quotes[1]!.text, "القضاء سيحاسب المتورطين");
});

test("quoted speech after a colon or in quotation marks, without the marks", () => {
  const text = "وقال المتحدث باسم الحكومة باسم العوادي: «لن نسمح بأي اعتداء على البعثات الدبلوماسية في بغداد».";
  const { quotes } = eventsOf(text, [{ text: "باسم العوادي", type: "PER", canonical: "Basim al-Awadi", country: "IRQ" }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, "لن نسمح بأي اعتداء على البعثات الدبلوماسية في بغداد");
  assert.equal(quotes[0]!.speaker?.canonical, "Basim al-Awadi");
});

test("a definite noun speaker resolves to the entity it names: وقالت الوزارة", () => {
  const text = "أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الضحايا. وقالت الوزارة إن المستشفيات تعمل بأقل من نصف طاقتها.";
  const { quotes } = eventsOf(text, [
    { text: "وزارة الصحة الفلسطينية", type: "ORG", canonical: "Palestinian Ministry of Health", country: "PSE" },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker?.canonical, "Palestinian Ministry of Health");
});

test("coreferent mentions share a canonical name through the entity id", () => {
  const text = "التقى الملك محمد السادس بالوفد. وقال العاهل إن المغرب يدعم الحل السلمي في ليبيا.";
  const { quotes } = eventsOf(text, [
    { text: "محمد السادس", type: "PER", canonical: "Mohammed VI", country: "MAR", id: "k" },
    { text: "العاهل", type: "PER", canonical: undefined, country: "MAR", id: "k" },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker?.canonical, "Mohammed VI");
});

test("نقلت وكالة عن X أن …: the speaker is X, not the agency", () => {
  const text = "ونقلت وكالة الأنباء القطرية عن ماجد الأنصاري أن المفاوضات دخلت مرحلة حاسمة.";
  const { quotes } = eventsOf(text, [
    { text: "وكالة الأنباء القطرية", type: "ORG", canonical: "Qatar News Agency", country: "QAT" },
    { text: "ماجد الأنصاري", type: "PER", canonical: "Majed al-Ansari", country: "QAT" },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker?.canonical, "Majed al-Ansari");
});

test("names in quotation marks are not quotes", () => {
  const text = "أعلنت قناة \"الميادين\" مقتل مراسلها في جنوب لبنان.";
  const { quotes } = eventsOf(text, [{ text: "الميادين", type: "ORG", canonical: "Al Mayadeen", country: "LBN" }]);
  assert.deepEqual(quotes, []);
});
