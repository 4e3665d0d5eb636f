// Shared by the browser tests: a small hand-annotated corpus (our own writing), a temp store seeded with it,
// an HTTP server for the UI, and a headless Chromium.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/pipeline.ts";
import type { Actor, Doc, Entity, EventRecord, PloverType, Quote, Span, Timex } from "../src/document.ts";
import type { ArticleInput } from "../src/store/types.ts";
import { openSqliteStore } from "../src/store/index.ts";
import { startServer } from "../src/server/app.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = new URL("../test-artifacts/", import.meta.url);

/** The nth occurrence (0-based) of a surface; "تعز#1" asks for the second. */
function find(text: string, wanted: string): Span {
  const marker = /#(\d+)$/.exec(wanted);
  const surface = marker ? wanted.slice(0, marker.index) : wanted;
  const nth = marker ? Number(marker[1]) : 0;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" is not in the text`);
  }
  return { start: at, end: at + surface.length, text: surface };
}

interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

const PLACES: Record<string, Place> = {
  riyadh: { name: "الرياض", country: "SAU", lat: 24.71, lon: 46.68 },
  taiz: { name: "تعز", country: "YEM", lat: 13.58, lon: 44.02 },
  cairo: { name: "القاهرة", country: "EGY", lat: 30.04, lon: 31.24 },
  fasher: { name: "الفاشر", country: "SDN", lat: 13.63, lon: 25.35 },
  geneva: { name: "جنيف", country: "CHE", lat: 46.2, lon: 6.14 },
  beirut: { name: "بيروت", country: "LBN", lat: 33.89, lon: 35.5 },
};

/** [surface, canonical, country, code] of an actor or entity. */
type Who = [string, string, string | null, string | null];

interface EventSpec {
  type: PloverType;
  cameo: string;
  trigger: string;
  source: Who[];
  target: Who[];
  date: string | null;
  place?: keyof typeof PLACES;
  negated?: boolean;
  attribution?: string;
}

interface ArticleSpec {
  title: string;
  source: string;
  published: string;
  url: string;
  text: string;
  entities: [surface: string, type: Entity["type"], canonical: string, country: string | null, code: string | null][];
  timexes: [surface: string, type: Timex["type"], value: string][];
  events: EventSpec[];
  quotes: [quote: string, speaker: string | null][];
}

/** Builds a Doc: the real text layer plus hand-written entities, timexes, events and quotes. */
export function annotate(spec: Omit<ArticleSpec, "title" | "source" | "url">): Doc {
  const text = spec.text;
  const base = analyze(text, { dct: spec.published });
  const actor = ([surface, canonical, country, code]: Who): Actor => ({ name: surface, canonical, country, code, ...pick(find(text, surface)) });
  const entities: Entity[] = spec.entities.map(([surface, type, canonical, country, code], i) => {
    const place = Object.values(PLACES).find((p) => p.name === surface.replace(/#\d+$/, "") && type === "LOC");
    return { ...find(text, surface), type, canonical, country, code, id: `e${i}`, ...(place ? { lat: place.lat, lon: place.lon } : {}) };
  });
  const timexes: Timex[] = spec.timexes.map(([surface, type, value]) => ({ ...find(text, surface), type, value }));
  const events: EventRecord[] = spec.events.map((event, i) => {
    const trigger = find(text, event.trigger);
    const sentence = base.sentences.find((s) => s.start <= trigger.start && trigger.end <= s.end) ?? { start: 0, end: text.length, text };
    const place = event.place ? PLACES[event.place]! : null;
    const placeSpan = place && text.includes(place.name) ? pick(find(text, place.name)) : {};
    return {
      id: `ev${i + 1}`,
      type: event.type,
      cameo: event.cameo,
      trigger,
      sentence,
      source: event.source.map(actor),
      target: event.target.map(actor),
      date: event.date,
      date_basis: event.date ? "explicit" : "publication",
      location: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon, ...placeSpan } : null,
      negated: event.negated ?? false,
      modality: "asserted",
      attribution: event.attribution ? { name: event.attribution, ...pick(find(text, event.attribution)) } : null,
      mentions: [trigger],
      confidence: 0.9,
    };
  });
  const quotes: Quote[] = spec.quotes.map(([quote, speaker]) => {
    const s = speaker ? find(text, speaker) : null;
    return { ...find(text, quote), speaker: speaker !== null && s ? { canonical: speaker, name: speaker, country: null, start: s.start, end: s.end } : null, cue: null };
  });
  return { ...base, entities, timexes, events, quotes };
}

function pick(span: Span): { start: number; end: number } {
  return { start: span.start, end: span.end };
}

const SAU: Who = ["المملكة العربية السعودية", "السعودية", "SAU", "SAU"];
const EGY: Who = ["مصر", "مصر", "EGY", "EGY"];

/** Our own sample articles, written for these tests in the style of Arabic wire copy. */
export const ARTICLES: ArticleSpec[] = [
  {
    title: "السعودية ومصر توقّعان اتفاقية للتعاون الاقتصادي",
    source: "واس",
    published: "2024-03-06",
    url: "https://example.org/news/1",
    text:
      "الرياض - وقّعت المملكة العربية السعودية ومصر يوم الأربعاء اتفاقية للتعاون الاقتصادي في الرياض، بحضور وزير الخارجية الأمير فيصل بن فرحان ونظيره المصري سامح شكري.\n" +
      "وقال فيصل بن فرحان إن «العلاقات بين البلدين تشهد مرحلة جديدة من الشراكة».",
    entities: [
      ["الرياض", "LOC", "الرياض", "SAU", null],
      ["المملكة العربية السعودية", "LOC", "السعودية", "SAU", "SAU"],
      ["مصر", "LOC", "مصر", "EGY", "EGY"],
      ["فيصل بن فرحان", "PER", "فيصل بن فرحان", "SAU", "SAUGOV"],
      ["سامح شكري", "PER", "سامح شكري", "EGY", "EGYGOV"],
    ],
    timexes: [["يوم الأربعاء", "DATE", "2024-03-06"]],
    events: [{ type: "AGREE", cameo: "057", trigger: "وقّعت", source: [SAU], target: [EGY], date: "2024-03-06", place: "riyadh" }],
    quotes: [["«العلاقات بين البلدين تشهد مرحلة جديدة من الشراكة»", "فيصل بن فرحان"]],
  },
  {
    title: "الحكومة اليمنية تتهم الحوثيين بقصف أحياء في تعز",
    source: "الشرق الأوسط",
    published: "2024-03-08",
    url: "https://example.org/news/2",
    text:
      "عدن - اتهمت الحكومة اليمنية جماعة الحوثي بقصف أحياء سكنية في مدينة تعز يوم الخميس، ما أدى إلى سقوط ضحايا مدنيين.\n" +
      "ودعت الأمم المتحدة جماعة الحوثي إلى وقف فوري للتصعيد والعودة إلى المفاوضات.",
    entities: [
      ["الحكومة اليمنية", "ORG", "الحكومة اليمنية", "YEM", "YEMGOV"],
      ["جماعة الحوثي", "ORG", "جماعة الحوثي", "YEM", "YEMREB"],
      ["تعز", "LOC", "تعز", "YEM", null],
      ["الأمم المتحدة", "ORG", "الأمم المتحدة", null, "IGOUNO"],
    ],
    timexes: [["يوم الخميس", "DATE", "2024-03-07"]],
    events: [
      { type: "ACCUSE", cameo: "112", trigger: "اتهمت", source: [["الحكومة اليمنية", "الحكومة اليمنية", "YEM", "YEMGOV"]], target: [["جماعة الحوثي", "جماعة الحوثي", "YEM", "YEMREB"]], date: "2024-03-08" },
      { type: "ASSAULT", cameo: "195", trigger: "بقصف", source: [["جماعة الحوثي", "جماعة الحوثي", "YEM", "YEMREB"]], target: [], date: "2024-03-07", place: "taiz", attribution: "الحكومة اليمنية" },
      { type: "REQUEST", cameo: "020", trigger: "ودعت", source: [["الأمم المتحدة", "الأمم المتحدة", null, "IGOUNO"]], target: [["جماعة الحوثي", "جماعة الحوثي", "YEM", "YEMREB"]], date: "2024-03-08" },
    ],
    quotes: [],
  },
  {
    title: "السيسي يستقبل بلينكن في القاهرة",
    source: "سبق",
    published: "2024-03-12",
    url: "https://example.org/news/3",
    text:
      "القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الثلاثاء وزير الخارجية الأمريكي أنتوني بلينكن، وبحث الجانبان جهود التهدئة في قطاع غزة.",
    entities: [
      ["القاهرة", "LOC", "القاهرة", "EGY", null],
      ["عبد الفتاح السيسي", "PER", "عبد الفتاح السيسي", "EGY", "EGYGOV"],
      ["أنتوني بلينكن", "PER", "أنتوني بلينكن", "USA", "USAGOV"],
      ["قطاع غزة", "LOC", "قطاع غزة", "PSE", null],
    ],
    timexes: [["يوم الثلاثاء", "DATE", "2024-03-12"]],
    events: [
      { type: "CONSULT", cameo: "043", trigger: "استقبل", source: [["عبد الفتاح السيسي", "عبد الفتاح السيسي", "EGY", "EGYGOV"]], target: [["أنتوني بلينكن", "أنتوني بلينكن", "USA", "USAGOV"]], date: "2024-03-12", place: "cairo" },
    ],
    quotes: [],
  },
  {
    title: "هجوم على الفاشر ومساعدات سعودية للسودان",
    source: "عكاظ",
    published: "2024-03-15",
    url: "https://example.org/news/4",
    text:
      "الخرطوم - شنّت قوات الدعم السريع هجومًا على مدينة الفاشر فجر الجمعة، فيما قدّمت المملكة العربية السعودية مساعدات إنسانية عاجلة إلى السودان عبر مركز الملك سلمان للإغاثة.",
    entities: [
      ["قوات الدعم السريع", "ORG", "قوات الدعم السريع", "SDN", "SDNREB"],
      ["الفاشر", "LOC", "الفاشر", "SDN", null],
      ["المملكة العربية السعودية", "LOC", "السعودية", "SAU", "SAU"],
      ["السودان", "LOC", "السودان", "SDN", "SDN"],
      ["مركز الملك سلمان للإغاثة", "ORG", "مركز الملك سلمان للإغاثة", "SAU", "SAUNGO"],
    ],
    timexes: [["فجر الجمعة", "TIME", "2024-03-15TMO"]],
    events: [
      { type: "ASSAULT", cameo: "190", trigger: "شنّت", source: [["قوات الدعم السريع", "قوات الدعم السريع", "SDN", "SDNREB"]], target: [], date: "2024-03-15", place: "fasher" },
      { type: "AID", cameo: "073", trigger: "قدّمت", source: [SAU], target: [["السودان", "السودان", "SDN", "SDN"]], date: "2024-03-15" },
    ],
    quotes: [],
  },
  {
    title: "إيران ترفض الاتهامات الأمريكية وتهدد بالرد",
    source: "واس",
    published: "2024-03-20",
    url: "https://example.org/news/5",
    text: "جنيف - رفضت إيران الاتهامات الأمريكية بشأن برنامجها النووي، وهددت بالرد على أي عقوبات جديدة تفرضها واشنطن.",
    entities: [
      ["جنيف", "LOC", "جنيف", "CHE", null],
      ["إيران", "LOC", "إيران", "IRN", "IRN"],
      ["واشنطن", "LOC", "الولايات المتحدة", "USA", "USA"],
    ],
    timexes: [],
    events: [
      { type: "REJECT", cameo: "120", trigger: "رفضت", source: [["إيران", "إيران", "IRN", "IRN"]], target: [["واشنطن", "الولايات المتحدة", "USA", "USA"]], date: "2024-03-20", place: "geneva" },
      { type: "THREATEN", cameo: "130", trigger: "وهددت", source: [["إيران", "إيران", "IRN", "IRN"]], target: [["واشنطن", "الولايات المتحدة", "USA", "USA"]], date: "2024-03-20" },
    ],
    quotes: [],
  },
  {
    // Hostile input on purpose: markup and a right-to-left override inside the article and its title.
    title: "<b>احتجاجات</b> في بيروت <script>window.__pwned = 1</script>",
    source: "الشرق الأوسط",
    published: "2024-02-25",
    url: "https://example.org/news/6",
    text:
      "بيروت - تظاهر مئات المواطنين أمام مقر الحكومة اللبنانية احتجاجًا على الأوضاع الاقتصادية، ورفع بعضهم لافتة كُتب عليها <script>window.__pwned = 1</script> ساخرين من المسؤولين.\n" +
      "وقال أحد المحتجين إن \u202Eالرواتب لم تعد تكفي\u202C منذ شهور.",
    entities: [
      ["بيروت", "LOC", "بيروت", "LBN", null],
      ["الحكومة اللبنانية", "ORG", "الحكومة اللبنانية", "LBN", "LBNGOV"],
    ],
    timexes: [["منذ شهور", "DURATION", "PXM"]],
    events: [
      { type: "PROTEST", cameo: "141", trigger: "تظاهر", source: [["المواطنين", "مواطنون", "LBN", "LBNCVL"]], target: [["الحكومة اللبنانية", "الحكومة اللبنانية", "LBN", "LBNGOV"]], date: "2024-02-25", place: "beirut" },
    ],
    quotes: [],
  },
];

export function corpus(): { input: ArticleInput; analysis: Doc }[] {
  return ARTICLES.map((spec) => ({
    input: { url: spec.url, externalId: null, title: spec.title, text: spec.text, published: spec.published, source: spec.source },
    analysis: annotate(spec),
  }));
}

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "rasd-ui-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** The real API server (`rasd serve`) over a temp SQLite store seeded with the corpus. */
export async function startUiServer(dbPath: string): Promise<RunningServer> {
  const store = openSqliteStore(dbPath);
  await store.putArticles(corpus());
  const running = await startServer({ store, host: "127.0.0.1", port: 0 });
  return {
    url: running.url,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}
