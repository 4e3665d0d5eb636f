import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./events-helpers.ts";

const countries = (actors: Array<{ country: string | null }>) => actors.map((a) => a.country).sort();

test("VSO: the participant after the verb is the source, the next one the target", () => {
  const text = "استقبل وزير الخارجية بدر عبد العاطي نظيره التركي هاكان فيدان في القاهرة.";
  const { events } = eventsOf(text, [
    { text: "بدر عبد العاطي", type: "PER", canonical: "Badr Abdelatty", country: "EGY" },
    { text: "هاكان فيدان", type: "PER", canonical: "Hakan Fidan", country: "TUR" },
    { text: "القاهرة", type: "LOC", canonical: "Cairo", country: "EGY" },
  ]);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0]!.source), ["EGY"]);
  assert.deepEqual(countries(events[0]!.target), ["TUR"]);
  assert.equal(events[0]!.location?.name, "Cairo");
  assert.equal(events[0]!.location?.country, "EGY");
});

test("SVO: a participant right before the verb is the source (headline style)", () => {
  const text = "إسرائيل تستهدف سيارة مدنية قرب صور";
  const { events } = eventsOf(text, [
    { text: "إسرائيل", type: "LOC", canonical: "Israel", country: "ISR" },
    { text: "صور", type: "LOC", canonical: "Tyre", country: "LBN" },
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, "ASSAULT");
  assert.deepEqual(countries(events[0]!.source), ["ISR"]);
  assert.equal(events[0]!.location?.name, "Tyre");
});

test("a nationality after a nominal event is its source: غارة إسرائيلية", () => {
  const text = "قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة بنت جبيل.";
  const { events } = eventsOf(text, [{ text: "بنت جبيل", type: "LOC", canonical: "Bint Jbeil", country: "LBN" }]);
  const raid = events.find((e) => e.mentions.some((m) => m.text === "غارة"));
  assert.ok(raid, JSON.stringify(events.map((e) => e.trigger.text)));
  assert.ok(countries(raid.source).includes("ISR"));
});

test("بين X و Y: both parties of a reciprocal meeting are kept", () => {
  const text = "عقدت في الدوحة مباحثات بين قطر وإيران حول أمن الملاحة.";
  const { events } = eventsOf(text, [
    { text: "الدوحة", type: "LOC", canonical: "Doha", country: "QAT" },
    { text: "قطر", type: "LOC", canonical: "Qatar", country: "QAT" },
    { text: "إيران", type: "LOC", canonical: "Iran", country: "IRN" },
  ]);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0]!.source), ["IRN", "QAT"]);
  assert.deepEqual(countries(events[0]!.target), ["IRN", "QAT"]);
});

test("مع X is the counterpart, and coordinated subjects (X و Y) share the source", () => {
  const text = "بحث الرئيس الفلسطيني محمود عباس والعاهل الأردني عبد الله الثاني مع وزير الخارجية الأمريكي أنتوني بلينكن الأوضاع في غزة.";
  const { events } = eventsOf(text, [
    { text: "محمود عباس", type: "PER", canonical: "Mahmoud Abbas", country: "PSE" },
    { text: "عبد الله الثاني", type: "PER", canonical: "Abdullah II", country: "JOR" },
    { text: "أنتوني بلينكن", type: "PER", canonical: "Antony Blinken", country: "USA" },
    { text: "غزة", type: "LOC", canonical: "Gaza", country: "PSE" },
  ]);
  const talk = events.find((e) => e.type === "CONSULT");
  assert.ok(talk);
  assert.ok(countries(talk.source).includes("PSE"));
  assert.ok(countries(talk.target).includes("USA"));
});

test("role nouns act with their sector and nationality: قوات الأمن العراقية → IRQCOP", () => {
  const text = "اعتقلت قوات الأمن العراقية عشرة مطلوبين في محافظة الأنبار.";
  const { events } = eventsOf(text, [{ text: "الأنبار", type: "LOC", canonical: "Anbar", country: "IRQ" }]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, "COERCE");
  assert.equal(events[0]!.source[0]?.code, "IRQCOP");
  assert.equal(events[0]!.source[0]?.name, "قوات الأمن العراقية");
});

test("the victim of قتل/أصيب is the target; على يد X names the source", () => {
  const text = "قتل أربعة جنود تونسيين على يد مسلحين في جبل الشعانبي.";
  const { events } = eventsOf(text, [{ text: "جبل الشعانبي", type: "LOC", canonical: "Mount Chaambi", country: "TUN" }]);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.target.map((a) => a.country), ["TUN"]);
  assert.equal(events[0]!.source[0]?.code?.endsWith("UAF"), true);
});

test("a relative clause takes its antecedent as subject: … الذي يزور القاهرة", () => {
  const text = "التقى شكري نظيره المغربي ناصر بوريطة الذي يزور القاهرة حاليا.";
  const { events } = eventsOf(text, [
    { text: "شكري", type: "PER", canonical: "Sameh Shoukry", country: "EGY" },
    { text: "ناصر بوريطة", type: "PER", canonical: "Nasser Bourita", country: "MAR" },
    { text: "القاهرة", type: "LOC", canonical: "Cairo", country: "EGY" },
  ]);
  const visit = events.find((e) => e.trigger.text === "يزور" || e.mentions.some((m) => m.text === "يزور"));
  assert.ok(visit);
  assert.ok(countries(visit.source).includes("MAR"));
  assert.ok(countries(visit.target).includes("EGY"));
});

test("dates: the clause's timex, else the sentence's, else the publication date", () => {
  const text = "اقتحمت قوات الاحتلال مخيم جنين يوم الأحد 3 مارس، وأطلقت النار على الشبان.\nوتظاهر المئات في رام الله.";
  const { events } = eventsOf(
    text,
    [
      { text: "جنين", type: "LOC", canonical: "Jenin", country: "PSE" },
      { text: "رام الله", type: "LOC", canonical: "Ramallah", country: "PSE" },
    ],
    [{ text: "يوم الأحد 3 مارس", value: "2024-03-03" }],
  );
  const raid = events.find((e) => e.trigger.text === "اقتحمت");
  const arrest = events.find((e) => e.type === "ASSAULT");
  const protest = events.find((e) => e.type === "PROTEST");
  assert.equal(raid?.date, "2024-03-03");
  assert.equal(raid?.date_basis, "explicit");
  assert.equal(arrest?.date, "2024-03-03");
  assert.equal(arrest?.date_basis, "sentence");
  assert.equal(protest?.date, "2024-03-14");
  assert.equal(protest?.date_basis, "publication");
});

test("every actor and place carries offsets into the original text", () => {
  const text = "هاجم مسلحون حاجزا للجيش في سيناء.";
  const { events } = eventsOf(text, [{ text: "سيناء", type: "LOC", canonical: "Sinai", country: "EGY" }]);
  assert.equal(events.length, 1);
  for (const actor of [...events[0]!.source, ...events[0]!.target]) {
    assert.equal(text.slice(actor.start, actor.end), actor.name);
  }
  const place = events[0]!.location!;
  assert.equal(text.slice(place.start!, place.end!), "سيناء");
});
