import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, type EntitySpec } from "./events-helpers.ts";
import { extractEvents } from "../src/events/index.ts";
import { emptyDoc } from "../src/document.ts";
import { analyzeText } from "../src/text/index.ts";

const MOSUL: EntitySpec = { text: "الموصل", type: "LOC", canonical: "Mosul", country: "IRQ" };

test("the same event told in the headline and the lede is one event with two mentions", () => {
  const text = "مقتل ثلاثة جنود في هجوم قرب الموصل\n\nقتل ثلاثة جنود عراقيين الثلاثاء في هجوم شنه مسلحون على نقطة تفتيش قرب الموصل.";
  const { events } = eventsOf(text, [MOSUL, { ...MOSUL, occurrence: 1 }], [{ text: "الثلاثاء", value: "2024-03-12" }]);
  const assaults = events.filter((e) => e.type === "ASSAULT");
  assert.equal(assaults.length, 1);
  const mentions = assaults[0]!.mentions.map((m) => m.text);
  assert.ok(mentions.length >= 3, mentions.join(","));
  assert.equal(assaults[0]!.trigger.text, "مقتل");
  assert.equal(assaults[0]!.date, "2024-03-12");
  for (const m of assaults[0]!.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("a background event with its own date stays a separate event", () => {
  const text = "قتل جنديان في هجوم قرب الموصل يوم الاثنين. ويعد الهجوم الأعنف منذ هجوم مماثل وقع في عام 2017 قرب الموصل.";
  const { events } = eventsOf(
    text,
    [MOSUL, { ...MOSUL, occurrence: 1 }],
    [
      { text: "يوم الاثنين", value: "2024-03-11" },
      { text: "عام 2017", value: "2017" },
    ],
  );
  const dates = events.filter((e) => e.type === "ASSAULT").map((e) => e.date).sort();
  assert.deepEqual(dates, ["2017", "2024-03-11"]);
});

test("هجوم آخر marks another event", () => {
  const text = "قتل شرطي في هجوم على حاجز في الموصل. وفي هجوم آخر أصيب جنديان في الموصل.";
  const { events } = eventsOf(text, [MOSUL, { ...MOSUL, occurrence: 1 }]);
  assert.equal(events.filter((e) => e.type === "ASSAULT").length, 2);
});

test("precision: no event without a participant or a place", () => {
  const { events } = eventsOf("وأكد أن الهجوم كان متوقعا.");
  assert.deepEqual(events, []);
});

test("sports reports are not political events", () => {
  const text =
    "فاز المنتخب المغربي على نظيره الجزائري في المباراة النهائية لكأس العرب. وسجل اللاعب هدفا في الدقيقة الأخيرة بعد هجوم منظم، وقال المدرب إن الفريق قدم أداء بطوليا في البطولة.";
  const { events } = eventsOf(text, [{ text: "المنتخب المغربي", type: "ORG", canonical: "Morocco national team", country: "MAR" }]);
  assert.deepEqual(events, []);
});

test("bad input never crashes: empty, binary, bidi controls, mixed scripts, long repetitive text", () => {
  const inputs = [
    "",
    "\u0000\u0001\u0002\uFFFD\uD800",
    "\u202Bقصف\u202C \u2067إسرائيل\u2069 ⁦غزة⁩",
    "Israel قصفت Gaza 2024 😀 ،،، «« »» \"\" ::",
    "هاجم ".repeat(5000),
    "قال إن ".repeat(3000) + "«" + "كلمة ".repeat(3000),
  ];
  for (const text of inputs) {
    let doc = emptyDoc(text, null);
    doc = { ...doc, ...analyzeText(doc) };
    const { events, quotes } = extractEvents(doc);
    assert.ok(Array.isArray(events) && Array.isArray(quotes));
    for (const e of events) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test("a plural summary (هجمات) is not merged into one of the attacks it sums up", () => {
  const text = "قتل جنديان في هجوم على حاجز قرب الموصل. وتصاعدت هجمات التنظيم في الموصل خلال الأشهر الأخيرة.";
  const { events } = eventsOf(text, [MOSUL, { ...MOSUL, occurrence: 1 }]);
  const assaults = events.filter((e) => e.type === "ASSAULT");
  assert.equal(assaults.length, 2, assaults.map((e) => e.mentions.map((m) => m.text).join("+")).join(" | "));
});

test("a domestic event gets a domestic counterpart from the nearest mention of the country", () => {
  const text = "تونس: منح البرلمان التونسي الثقة لحكومة هشام المشيشي.\nوصوت 134 نائبا لصالح الحكومة في تونس.";
  const { events } = eventsOf(text, [
    { text: "تونس", type: "LOC", canonical: "Tunisia", country: "TUN" },
    { text: "هشام المشيشي", type: "PER", canonical: "Hichem Mechichi", country: "TUN" },
    { text: "تونس", type: "LOC", canonical: "Tunisia", country: "TUN", occurrence: 1 },
  ]);
  const vote = events.find((e) => e.type === "SUPPORT");
  assert.ok(vote);
  assert.ok(vote.source.length > 0 && vote.target.length > 0);
  for (const actor of [...vote.source, ...vote.target]) assert.equal(actor.country, "TUN");
});

test("who a sentence is attributed to takes no part in its events", () => {
  const text = "قتل ثلاثة مدنيين في قصف على ريف إدلب، حسب ما ذكرت وكالة الأنباء السورية.";
  const { events } = eventsOf(text, [
    { text: "إدلب", type: "LOC", canonical: "Idlib", country: "SYR" },
    { text: "وكالة الأنباء السورية", type: "ORG", canonical: "SANA", country: "SYR" },
  ]);
  assert.equal(events.length, 1);
  for (const actor of [...events[0]!.source, ...events[0]!.target]) assert.notEqual(actor.canonical, "SANA");
  assert.equal(events[0]!.attribution?.name, "SANA");
});

test("لأي هجوم names no event that happened", () => {
  const text = "أمر الرئيس الجيش بالتصدي لأي هجوم على الحدود مع سوريا.";
  const { events } = eventsOf(text, [{ text: "سوريا", type: "LOC", canonical: "Syria", country: "SYR" }]);
  // The order itself happened (MOBILIZE); the attack it guards against did not.
  const assaults = events.filter((e) => e.type === "ASSAULT");
  for (const event of assaults) assert.notEqual(event.modality, "asserted");
  assert.ok(events.some((e) => e.type === "MOBILIZE" && e.trigger.text === "أمر" && e.modality === "asserted"));
});
