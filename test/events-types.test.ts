import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, type EntitySpec } from "./events-helpers.ts";

const EGY: EntitySpec = { text: "مصر", type: "LOC", canonical: "Egypt", country: "EGY" };

interface Case {
  type: string;
  text: string;
  trigger: string;
  entities: EntitySpec[];
}

// One sentence of our own per PLOVER type, in the register of Arabic wire copy.
const CASES: Case[] = [
  {
    type: "AGREE",
    text: "اتفقت مصر والسودان على تشكيل لجنة فنية مشتركة لإدارة ملف المياه.",
    trigger: "اتفقت",
    entities: [EGY, { text: "السودان", type: "LOC", canonical: "Sudan", country: "SDN" }],
  },
  {
    type: "CONSULT",
    text: "استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية الفرنسي جان نويل بارو في القاهرة.",
    trigger: "استقبل",
    entities: [
      { text: "عبد الفتاح السيسي", type: "PER", canonical: "Abdel Fattah el-Sisi", country: "EGY" },
      { text: "جان نويل بارو", type: "PER", canonical: "Jean-Noel Barrot", country: "FRA" },
      { text: "القاهرة", type: "LOC", canonical: "Cairo", country: "EGY" },
    ],
  },
  {
    type: "SUPPORT",
    text: "أشادت الأمم المتحدة بجهود الحكومة الأردنية في استضافة اللاجئين.",
    trigger: "أشادت",
    entities: [{ text: "الأمم المتحدة", type: "ORG", canonical: "United Nations", country: null }],
  },
  {
    type: "CONCEDE",
    text: "اعتذرت الحكومة الهولندية رسميا عن تصريحات وزيرها بحق الجالية المغربية.",
    trigger: "اعتذرت",
    entities: [],
  },
  {
    type: "COOPERATE",
    text: "استأنفت الخطوط الجوية التركية رحلاتها إلى بغداد بعد توقف دام شهرين.",
    trigger: "استأنفت",
    entities: [
      { text: "الخطوط الجوية التركية", type: "ORG", canonical: "Turkish Airlines", country: "TUR" },
      { text: "بغداد", type: "LOC", canonical: "Baghdad", country: "IRQ" },
    ],
  },
  {
    type: "AID",
    text: "أرسلت الكويت مساعدات طبية عاجلة إلى المستشفيات في غزة.",
    trigger: "مساعدات",
    entities: [
      { text: "الكويت", type: "LOC", canonical: "Kuwait", country: "KWT" },
      { text: "غزة", type: "LOC", canonical: "Gaza", country: "PSE" },
    ],
  },
  {
    type: "RETREAT",
    text: "أفرجت السلطات الإيرانية عن صحفي فرنسي بعد احتجاز دام عامين.",
    trigger: "أفرجت",
    entities: [],
  },
  {
    type: "REQUEST",
    text: "طالبت منظمة العفو الدولية الحكومة التونسية بالإفراج عن المعتقلين السياسيين.",
    trigger: "طالبت",
    entities: [{ text: "منظمة العفو الدولية", type: "ORG", canonical: "Amnesty International", country: null }],
  },
  {
    type: "ACCUSE",
    text: "اتهمت وزارة الخارجية السودانية قوات الدعم السريع بارتكاب انتهاكات في دارفور.",
    trigger: "اتهمت",
    entities: [
      { text: "وزارة الخارجية السودانية", type: "ORG", canonical: "Ministry of Foreign Affairs (Sudan)", country: "SDN" },
      { text: "قوات الدعم السريع", type: "ORG", canonical: "Rapid Support Forces", country: "SDN" },
      { text: "دارفور", type: "LOC", canonical: "Darfur", country: "SDN" },
    ],
  },
  {
    type: "REJECT",
    text: "رفضت الجزائر مقترحا فرنسيا بشأن ترحيل المهاجرين.",
    trigger: "رفضت",
    entities: [{ text: "الجزائر", type: "LOC", canonical: "Algeria", country: "DZA" }],
  },
  {
    type: "THREATEN",
    text: "هدد الحوثيون باستهداف السفن التجارية في البحر الأحمر.",
    trigger: "هدد",
    entities: [
      { text: "الحوثيون", type: "ORG", canonical: "Houthis", country: "YEM" },
      { text: "البحر الأحمر", type: "LOC", canonical: "Red Sea", country: null },
    ],
  },
  {
    type: "PROTEST",
    text: "تظاهر آلاف الطلاب في الرباط احتجاجا على رفع رسوم التسجيل.",
    trigger: "تظاهر",
    entities: [{ text: "الرباط", type: "LOC", canonical: "Rabat", country: "MAR" }],
  },
  {
    type: "SANCTION",
    text: "فرضت الولايات المتحدة عقوبات على ثلاث شركات إيرانية لنقل النفط.",
    trigger: "عقوبات",
    entities: [{ text: "الولايات المتحدة", type: "LOC", canonical: "United States", country: "USA" }],
  },
  {
    type: "MOBILIZE",
    text: "دفع الجيش السوري بتعزيزات عسكرية إلى ريف إدلب الجنوبي.",
    trigger: "بتعزيزات",
    entities: [{ text: "إدلب", type: "LOC", canonical: "Idlib", country: "SYR" }],
  },
  {
    type: "COERCE",
    text: "اعتقلت الشرطة الإسرائيلية خمسة فلسطينيين في القدس الشرقية.",
    trigger: "اعتقلت",
    entities: [{ text: "القدس الشرقية", type: "LOC", canonical: "East Jerusalem", country: "PSE" }],
  },
  {
    type: "ASSAULT",
    text: "شنت طائرات حربية إسرائيلية غارة على بلدة الخيام في جنوب لبنان.",
    trigger: "غارة",
    entities: [
      { text: "الخيام", type: "LOC", canonical: "Khiam", country: "LBN" },
      { text: "لبنان", type: "LOC", canonical: "Lebanon", country: "LBN" },
    ],
  },
];

for (const c of CASES) {
  test(`${c.type}: «${c.trigger}» is coded ${c.type}`, () => {
    const { events } = eventsOf(c.text, c.entities);
    const hit = events.find((e) => e.trigger.text === c.trigger);
    assert.ok(hit, `no event on «${c.trigger}»; got ${events.map((e) => `${e.type}:${e.trigger.text}`).join(", ") || "none"}`);
    assert.equal(hit.type, c.type);
    assert.match(hit.cameo, /^\d{3,4}$/);
    assert.equal(c.text.slice(hit.trigger.start, hit.trigger.end), hit.trigger.text);
  });
}

test("conjugations and clitics reach the lexicon: وسيلتقي، والتقاه، بزيارته، وقصفتها", () => {
  const text = "وقال إن وزير الخارجية التقاه أمس خلال زيارته إلى عمان، وإن الطائرات قصفتها ليلا في حلب.";
  const { events } = eventsOf(text, [
    { text: "عمان", type: "LOC", canonical: "Amman", country: "JOR" },
    { text: "حلب", type: "LOC", canonical: "Aleppo", country: "SYR" },
  ]);
  const triggers = events.flatMap((e) => [e.trigger.text, ...e.mentions.map((m) => m.text)]);
  assert.ok(triggers.includes("التقاه"), triggers.join(","));
  assert.ok(triggers.includes("زيارته"), triggers.join(","));
  assert.ok(triggers.includes("قصفتها"), triggers.join(","));
});

test("words of a name and look-alikes are not triggers: الدعم السريع، وزارة، فجر اليوم", () => {
  const text = "قالت وزارة الداخلية إن قوات الدعم السريع انتشرت فجر اليوم في الخرطوم.";
  const { events } = eventsOf(text, [
    { text: "وزارة الداخلية", type: "ORG", canonical: "Ministry of Interior", country: "SDN" },
    { text: "قوات الدعم السريع", type: "ORG", canonical: "Rapid Support Forces", country: "SDN" },
    { text: "الخرطوم", type: "LOC", canonical: "Khartoum", country: "SDN" },
  ]);
  assert.deepEqual(events.map((e) => e.trigger.text), []);
});

test("light-verb constructions: the event noun is the trigger, the light verb's subject the source", () => {
  const text = "أجرى الرئيس المصري عبد الفتاح السيسي محادثات مع العاهل الأردني الملك عبد الله الثاني.";
  const { events } = eventsOf(text, [
    { text: "عبد الفتاح السيسي", type: "PER", canonical: "Abdel Fattah el-Sisi", country: "EGY" },
    { text: "عبد الله الثاني", type: "PER", canonical: "Abdullah II", country: "JOR" },
  ]);
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event!.type, "CONSULT");
  assert.equal(event!.trigger.text, "محادثات");
  assert.deepEqual(event!.source.map((a) => a.country), ["EGY"]);
  assert.deepEqual(event!.target.map((a) => a.country), ["JOR"]);
});

test("participles of praise and condemnation are events of their sentence's subject (مشيدًا، منددين)", () => {
  const praise = eventsOf("وأكد الرئيس عبد الفتاح السيسي، مشيدًا بدور الصحافة، أن الدولة تحترم حرية الرأي.", [
    { text: "عبد الفتاح السيسي", type: "PER", canonical: "Abdel Fattah el-Sisi", country: "EGY" },
  ]);
  const support = praise.events.find((e) => e.trigger.text === "مشيدًا");
  assert.equal(support?.type, "SUPPORT");
  assert.equal(support?.source[0]?.canonical, "Abdel Fattah el-Sisi");
  const protest = eventsOf("وخرج آلاف المتظاهرين في البصرة منددين بانقطاع الكهرباء.", []);
  assert.equal(protest.events.find((e) => e.trigger.text === "منددين")?.type, "ACCUSE");
});

test("war verbs: flight and surrender are RETREAT, opening fire is ASSAULT; a rank held is no occupation", () => {
  const kinds = (text: string) => eventsOf(text, []).events.map((e) => [e.trigger.text, e.type]);
  assert.deepEqual(kinds("فر عشرات المسلحين من المدينة بعد اشتداد القصف."), [["فر", "RETREAT"], ["القصف", "ASSAULT"]]);
  assert.deepEqual(kinds("واستسلم عشرات المتمردين للقوات الحكومية."), [["واستسلم", "RETREAT"]]);
  assert.deepEqual(kinds("وفتحت القوات النار على سيارة مفخخة."), [["وفتحت", "ASSAULT"]]);
  assert.deepEqual(kinds("يحتل المنتخب المرتبة الثالثة في التصنيف العالمي."), []);
});
