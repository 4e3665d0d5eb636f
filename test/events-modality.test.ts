import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, type EntitySpec } from "./events-helpers.ts";

const RIYADH: EntitySpec = { text: "الرياض", type: "LOC", canonical: "Riyadh", country: "SAU" };
const BLINKEN: EntitySpec = { text: "بلينكن", type: "PER", canonical: "Antony Blinken", country: "USA" };

function only(text: string, entities: EntitySpec[], dct = "2024-03-14", timexes: Array<{ text: string; value: string }> = []) {
  const { events } = eventsOf(text, entities, timexes, dct);
  assert.equal(events.length, 1, `expected one event, got ${events.map((e) => e.trigger.text).join(",")}`);
  return events[0]!;
}

test("لم / لا / ما before the verb negate it", () => {
  assert.equal(only("لم يلتق بلينكن أي مسؤول في الرياض.", [BLINKEN, RIYADH]).negated, true);
  assert.equal(only("ما زار بلينكن الرياض منذ سنوات.", [BLINKEN, RIYADH]).negated, true);
  assert.equal(only("زار بلينكن الرياض أمس.", [BLINKEN, RIYADH]).negated, false);
});

test("a verb of denial negates the event noun it governs: نفى … إجراء اتصال", () => {
  const event = only("نفى مسؤول سعودي إجراء اتصال هاتفي بين بلينكن وولي العهد في الرياض.", [BLINKEN, RIYADH]);
  assert.equal(event.type, "CONSULT");
  assert.equal(event.negated, true);
});

test("عدم before a masdar negates it", () => {
  const event = only("أكد الجيش عدم استهداف المدنيين في الرياض.", [RIYADH]);
  assert.equal(event.negated, true);
});

test("the future prefix سـ, سوف and planning cues make the event future", () => {
  assert.equal(only("سيزور بلينكن الرياض الأسبوع المقبل.", [BLINKEN, RIYADH]).modality, "future");
  assert.equal(only("سوف يلتقي بلينكن ولي العهد في الرياض.", [BLINKEN, RIYADH]).modality, "future");
  assert.equal(only("من المقرر أن يزور بلينكن الرياض.", [BLINKEN, RIYADH]).modality, "future");
  assert.equal(only("يعتزم بلينكن زيارة الرياض.", [BLINKEN, RIYADH]).modality, "future");
  assert.equal(only("زار بلينكن الرياض أمس.", [BLINKEN, RIYADH]).modality, "asserted");
});

test("a noun followed by المقبلة, or dated after the publication date, is future", () => {
  assert.equal(only("تستضيف الرياض القمة المقبلة.", [RIYADH]).modality, "future");
  const dated = only("يلتقي بلينكن ولي العهد في الرياض يوم 20 مارس.", [BLINKEN, RIYADH], "2024-03-14", [{ text: "يوم 20 مارس", value: "2024-03-20" }]);
  assert.equal(dated.modality, "future");
});

test("a purpose ل on an event noun is an intention, not an event: وصل لبحث …", () => {
  const { events } = eventsOf("وصل بلينكن إلى الرياض لبحث وقف إطلاق النار.", [BLINKEN, RIYADH]);
  for (const event of events) assert.notEqual(event.modality, "asserted", event.trigger.text);
});

test("conditionals and قد + present are hypothetical", () => {
  assert.equal(only("إذا هاجمت إسرائيل الرياض فإن الرد سيكون قاسيا.", [RIYADH, { text: "إسرائيل", type: "LOC", country: "ISR" }]).modality, "hypothetical");
  assert.equal(only("قد يزور بلينكن الرياض.", [BLINKEN, RIYADH]).modality, "hypothetical");
});

test("attribution: حسب X gives the source and makes the event reported", () => {
  const text = "قتل خمسة أشخاص في قصف على مدينة الفاشر، حسب وكالة الأنباء السودانية.";
  const event = only(text, [
    { text: "الفاشر", type: "LOC", canonical: "El Fasher", country: "SDN" },
    { text: "وكالة الأنباء السودانية", type: "ORG", canonical: "Sudan News Agency", country: "SDN" },
  ]);
  assert.equal(event.attribution?.name, "Sudan News Agency");
  assert.equal(text.slice(event.attribution!.start, event.attribution!.end), "وكالة الأنباء السودانية");
  assert.equal(event.modality, "reported");
});

test("an event inside a quote is attributed to the speaker", () => {
  const text = "وقال المتحدث باسم الجيش أفيخاي أدرعي إن الطائرات قصفت مواقع في غزة.";
  const event = only(text, [
    { text: "أفيخاي أدرعي", type: "PER", canonical: "Avichay Adraee", country: "ISR" },
    { text: "غزة", type: "LOC", canonical: "Gaza", country: "PSE" },
  ]);
  assert.equal(event.attribution?.name, "Avichay Adraee");
  assert.equal(event.modality, "reported");
});

test("particles do not hide inside words: كما is not ك + ما, so the event is not negated", () => {
  const event = only("كما قتل جندي في قصف على الرياض.", [RIYADH]);
  assert.equal(event.negated, false);
});

test("حالة التأهب is a state of alert, not the conditional حال; في حال still is", () => {
  const police: EntitySpec = { text: "الشرطة التركية", type: "ORG", canonical: "Turkish National Police", country: "TUR" };
  assert.equal(only("أعلنت الشرطة التركية حالة التأهب القصوى في المدينة.", [police]).modality, "asserted");
  assert.equal(only("وفي حال هاجمت إسرائيل الرياض فإن الرد سيكون قاسيا.", [RIYADH, { text: "إسرائيل", type: "LOC", country: "ISR" }]).modality, "hypothetical");
});
