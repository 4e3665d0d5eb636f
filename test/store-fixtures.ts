// Hand-made analyses for store, ingest and server tests: the real text layer plus entities, timexes,
// events and quotes written by hand, so these tests do not depend on the recognizers' progress.
import { analyze } from "../src/pipeline.ts";
import type { Actor, Doc, Entity, EventRecord, PloverType, Quote, Span, Timex } from "../src/document.ts";
import type { ArticleInput } from "../src/store/types.ts";

export function find(text: string, surface: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" not in text`);
  }
  return { start: at, end: at + surface.length, text: surface };
}

export function entity(text: string, surface: string, type: Entity["type"], canonical: string, country: string | null, code: string | null, extra: Partial<Entity> = {}): Entity {
  return { ...find(text, surface), type, canonical, country, code, id: `e-${canonical}`, ...extra };
}

export function actor(text: string, surface: string, canonical: string, country: string | null, code: string | null): Actor {
  const s = find(text, surface);
  return { name: surface, canonical, country, code, start: s.start, end: s.end };
}

export interface EventSpec {
  id: string;
  type: PloverType;
  cameo: string;
  trigger: string;
  source: Actor[];
  target: Actor[];
  date: string | null;
  location?: EventRecord["location"];
  negated?: boolean;
  modality?: EventRecord["modality"];
}

export function event(text: string, doc: Doc, spec: EventSpec): EventRecord {
  const trigger = find(text, spec.trigger);
  const sentence = doc.sentences.find((s) => s.start <= trigger.start && trigger.end <= s.end) ?? { start: 0, end: text.length, text };
  return {
    id: spec.id,
    type: spec.type,
    cameo: spec.cameo,
    trigger,
    sentence,
    source: spec.source,
    target: spec.target,
    date: spec.date,
    date_basis: spec.date ? "explicit" : null,
    location: spec.location ?? null,
    negated: spec.negated ?? false,
    modality: spec.modality ?? "asserted",
    attribution: null,
    mentions: [trigger],
    confidence: 0.9,
  };
}

export const WATER_TEXT =
  "وقّع وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي في عمّان يوم الأحد 10 مارس اتفاقيةً للتعاون في مجال المياه.\n" +
  "وقال شكري إن الاتفاق «خطوة مهمة لتأمين مستقبل المنطقة».\n" +
  "ولم تهاجم أي جهة المشروع حتى الآن.";

/** An article about a water agreement, with two events (one negated) located in Amman. */
export function waterArticle(): { input: ArticleInput; analysis: Doc } {
  const text = WATER_TEXT;
  const base = analyze(text, { dct: "2024-03-10", until: "text" });
  const shoukry = actor(text, "سامح شكري", "سامح شكري", "EGY", "EGYGOV");
  const safadi = actor(text, "أيمن الصفدي", "أيمن الصفدي", "JOR", "JORGOV");
  const amman = { name: "عمّان", country: "JOR", lat: 31.95, lon: 35.93, ...(({ start, end }) => ({ start, end }))(find(text, "عمّان")) };
  const entities: Entity[] = [
    entity(text, "سامح شكري", "PER", "سامح شكري", "EGY", "EGYGOV"),
    entity(text, "أيمن الصفدي", "PER", "أيمن الصفدي", "JOR", "JORGOV"),
    entity(text, "عمّان", "LOC", "عمّان", "JOR", null, { lat: 31.95, lon: 35.93 }),
  ];
  const timexes: Timex[] = [{ ...find(text, "يوم الأحد 10 مارس"), type: "DATE", value: "2024-03-10", from: "2024-03-10", to: "2024-03-10" }];
  const events: EventRecord[] = [
    event(text, base, { id: "ev1", type: "AGREE", cameo: "057", trigger: "وقّع", source: [shoukry], target: [safadi], date: "2024-03-10", location: amman }),
    event(text, base, { id: "ev2", type: "ASSAULT", cameo: "190", trigger: "تهاجم", source: [], target: [], date: null, negated: true }),
  ];
  const quotes: Quote[] = [
    { ...find(text, "«خطوة مهمة لتأمين مستقبل المنطقة»"), speaker: { canonical: "سامح شكري", name: "شكري", country: "EGY", ...(({ start, end }) => ({ start, end }))(find(text, "شكري", 1)) }, cue: find(text, "وقال") },
  ];
  return {
    input: { url: "https://news.example/water-2024", externalId: null, title: "مصر والأردن توقعان اتفاقية للمياه", text, published: "2024-03-10", source: "example-news" },
    analysis: { ...base, entities, timexes, events, quotes },
  };
}

export const PROTEST_TEXT =
  "تظاهر مئات الطلاب أمام مبنى البرلمان في بيروت يوم الثلاثاء احتجاجا على رفع رسوم الجامعات، " +
  "وطالبوا الحكومة اللبنانية بالتراجع عن القرار، وأكد متحدث باسمهم أنهم سيواصلون التظاهر، بحسب ما نقلت \"الوكالة الوطنية\".";

/** A protest article in Beirut: one PROTEST event by students against the Lebanese government. */
export function protestArticle(): { input: ArticleInput; analysis: Doc } {
  const text = PROTEST_TEXT;
  const base = analyze(text, { dct: "2024-05-14", until: "text" });
  const students = actor(text, "مئات الطلاب", "طلاب", "LBN", "LBNEDU");
  const government = actor(text, "الحكومة اللبنانية", "الحكومة اللبنانية", "LBN", "LBNGOV");
  const beirut = { name: "بيروت", country: "LBN", lat: 33.89, lon: 35.5 };
  const entities: Entity[] = [
    entity(text, "البرلمان", "ORG", "مجلس النواب اللبناني", "LBN", "LBNLEG"),
    entity(text, "بيروت", "LOC", "بيروت", "LBN", null, { lat: 33.89, lon: 35.5 }),
    entity(text, "الحكومة اللبنانية", "ORG", "الحكومة اللبنانية", "LBN", "LBNGOV"),
  ];
  const events: EventRecord[] = [
    event(text, base, { id: "ev1", type: "PROTEST", cameo: "141", trigger: "تظاهر", source: [students], target: [government], date: "2024-05-14", location: beirut }),
    event(text, base, { id: "ev2", type: "REQUEST", cameo: "10", trigger: "وطالبوا", source: [students], target: [government], date: "2024-05", modality: "asserted" }),
  ];
  return {
    input: { url: "https://news.example/beirut-protest", externalId: null, title: "طلاب يتظاهرون في بيروت", text, published: "2024-05-14", source: "other-news" },
    analysis: { ...base, entities, events },
  };
}
