import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./events-helpers.ts";

test("a list of arrests with different counts gives one event per trigger", () => {
  const text = "وأوضح البيان أن وحدات الجيش تمكنت من القضاء على 12 مسلحا، واعتقال 5 آخرين، وتوقيف 30 مهربا في ولاية تمنراست.";
  const { events } = eventsOf(text, [{ text: "تمنراست", type: "LOC", canonical: "Tamanrasset", country: "DZA" }]);
  const coerce = events.filter((e) => e.type === "COERCE");
  assert.deepEqual(coerce.map((e) => e.trigger.text).sort(), ["واعتقال", "وتوقيف"].sort());
  for (const event of coerce) assert.equal(event.mentions.length, 1);
});

test("the same arrest told twice with the same count is still one event", () => {
  const text = "أعلنت الشرطة اعتقال 7 أشخاص في مدينة صفاقس. وتم اعتقال 7 أشخاص في صفاقس بعد مداهمة منزل.";
  const { events } = eventsOf(text, [
    { text: "صفاقس", type: "LOC", canonical: "Sfax", country: "TUN" },
    { text: "صفاقس", type: "LOC", canonical: "Sfax", country: "TUN", occurrence: 1 },
  ]);
  const arrests = events.filter((e) => e.mentions.some((m) => m.text.endsWith("اعتقال")));
  assert.equal(arrests.length, 1);
  assert.equal(arrests[0]!.mentions.filter((m) => m.text.endsWith("اعتقال")).length, 2);
});

test("killed and wounded of one attack stay one event even with different counts", () => {
  const text = "أسفر الهجوم عن مقتل 4 جنود وإصابة 11 آخرين قرب مدينة العريش.";
  const { events } = eventsOf(text, [{ text: "العريش", type: "LOC", canonical: "Arish", country: "EGY" }]);
  const assaults = events.filter((e) => e.type === "ASSAULT");
  assert.ok(assaults.some((e) => e.mentions.length >= 2), JSON.stringify(assaults.map((e) => e.mentions.map((m) => m.text))));
});

test("an institution announcing an action (أعلنت الوزارة عن اعتقال …) is its source", () => {
  const text = "أعلنت وزارة الداخلية العراقية، اليوم، عن اعتقال 12 متهما بتهريب الأسلحة في البصرة.";
  const { events } = eventsOf(text, [
    { text: "وزارة الداخلية العراقية", type: "ORG", canonical: "Ministry of Interior (Iraq)", country: "IRQ" },
    { text: "البصرة", type: "LOC", canonical: "Basra", country: "IRQ" },
  ]);
  const arrest = events.find((e) => e.type === "COERCE");
  assert.ok(arrest);
  assert.equal(arrest.source[0]?.canonical, "Ministry of Interior (Iraq)");
});

test("أمر الجيش is a mobilization; تقدم باتجاه a military advance; تقدم بطلب and تقدم المفاوضات are not", () => {
  const entities = [
    { text: "عبد الفتاح البرهان", type: "PER" as const, canonical: "Abdel Fattah al-Burhan", country: "SDN" },
    { text: "قوات الدعم السريع", type: "ORG" as const, canonical: "Rapid Support Forces", country: "SDN" },
    { text: "بابنوسة", type: "LOC" as const, canonical: "Babanusa", country: "SDN" },
  ];
  const text = "وأمر الرئيس عبد الفتاح البرهان يوم الأحد الجيش بالتصدي للهجمات. وحققت قوات الدعم السريع تقدما باتجاه مدينة بابنوسة.";
  const { events } = eventsOf(text, entities);
  const mobilize = events.find((e) => e.type === "MOBILIZE");
  assert.equal(mobilize?.source[0]?.canonical, "Abdel Fattah al-Burhan");
  const advance = events.find((e) => e.trigger.text === "تقدما");
  assert.equal(advance?.type, "ASSAULT");
  assert.equal(advance?.source[0]?.canonical, "Rapid Support Forces");
  const none = eventsOf("وتقدم الوفد بطلب رسمي إلى الأمم المتحدة. وأحرزت المفاوضات تقدما ملموسا. وأمر القاضي بتأجيل الجلسة.", []);
  assert.deepEqual(none.events.filter((e) => e.type === "ASSAULT" || e.type === "MOBILIZE"), []);
});

test("an attack on a country's forces with no foreign side named is a domestic conflict", () => {
  const text = "قتل ثلاثة من عناصر الجيش التونسي في هجوم بجبل الشعانبي بولاية القصرين.";
  const { events } = eventsOf(text, [{ text: "القصرين", type: "LOC", canonical: "Kasserine", country: "TUN" }, { text: "جبل الشعانبي", type: "LOC", canonical: "Mount Chaambi", country: "TUN" }]);
  const attack = events.find((e) => e.type === "ASSAULT");
  assert.ok(attack);
  assert.ok(attack.source.some((a) => a.country === "TUN"), JSON.stringify(attack.source));
});

test("the items of a list of actions share the agent of the first item", () => {
  const text = "وقالت الوزارة إن قوات الجيش تمكنت من القضاء على 9 إرهابيا، واعتقال 14 آخرين.";
  const { events } = eventsOf(text, []);
  const arrest = events.find((e) => e.type === "COERCE");
  assert.ok(arrest, JSON.stringify(events.map((e) => e.trigger.text)));
  assert.ok(arrest.source[0]?.name.endsWith("الجيش"), JSON.stringify(arrest.source));
  // Not across sentences: a new sentence starts a new list.
  const other = eventsOf("تمكنت قوات الجيش من القضاء على 9 إرهابيا. واعتقال 14 آخرين أمر متوقع.", []);
  assert.ok(!other.events.some((e) => e.type === "COERCE" && e.source.length > 0));
});

test("a group nisba (الهجمات الحوثية) gives the group's country", () => {
  const text = "وتصاعدت الهجمات الحوثية على السفن التجارية في البحر الأحمر خلال الأسابيع الماضية.";
  const { events } = eventsOf(text, [{ text: "البحر الأحمر", type: "LOC", canonical: "Red Sea" }]);
  const attack = events.find((e) => e.type === "ASSAULT");
  assert.ok(attack);
  assert.ok(attack.source.some((a) => a.country === "YEM"), JSON.stringify(attack.source));
});
