// Durations (ثلاثة أسابيع، 45 يوماً، عامين، الأشهر التسعة الماضية، منذ عقود، أكثر من عام), the relative dates
// they make with قبل/بعد (قبل 3 أيام، بعد أسبوعين، قبل أيام), and sets (سنويا، كل أسبوع، بشكل يومي).
import { addDays, addMonths, type Ymd } from "../calendar.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import { A, B, PRE, S, S0, bodyStart, lexiconFragments, pattern, piece, scanPattern, type Pattern } from "./shared.ts";

const TAIL_WORDS = "القليله|الماضيه|الماضي|الماضيين|الماضيتين|الاخيره|الاخيرين|الاخيرتين|الفائته|الفائت|الفائتين|الفائتتين|المنصرمه|المنصرم|المنصرمتين|المقبله|المقبلين|المقبلتين|القادمه|القادمين|القادمتين|السابقه|السابقتين|الاولي|عده|قليله";

let compiled: Record<string, Pattern> | null = null;

function patterns(): Record<string, Pattern> {
  if (compiled) return compiled;
  const f = lexiconFragments();
  compiled = {
    duration: pattern(
      `${B}${PRE}(?<body>(?<lead>(?:قبل|بعد|منذ|خلال|غضون|طوال|طيله|لمده|مده|مرور)${S})?(?<mod>(?:(?:اكثر|اقل)${S}من|نحو|حوالي|قرابه|زهاء|ما${S}يزيد${S}عن|ما${S}يقارب)${S})?(?:(?<def>ال${S0})?(?:(?<num>[0-9]+(?:[.,][0-9]+)?)${S0}|(?<numw>${f.cardinal})${S})(?<unit>${f.units})(?:${S}(?<one>واحد|واحده))?|(?<defu>ال)?(?<unit2>${f.units})(?:${S}(?<one2>واحد|واحده)|${S}(?<num2>(?:ال${S0})?(?:[0-9]+|${f.definiteCardinal})))?)(?<half>${S}و(?:ال)?نصف)?(?:${S}(?<tail>(?:القليله${S})?(?:${TAIL_WORDS})))?)${A}`,
      f.units, 64),
    set: pattern(
      `${B}${PRE}(?<body>(?<adv>يوميا|اسبوعيا|شهريا|سنويا|ساعيا)|(?:بشكل|بصوره|بصفه)${S}(?<adj>يومي|اسبوعي|شهري|سنوي|يوميه|اسبوعيه|شهريه|سنويه)|كل${S}(?:(?<n>[0-9]+)${S0}|(?<nw>${f.cardinal})${S})?(?<u>${f.units}))${A}`,
      "يوميا|اسبوعيا|شهريا|سنويا|ساعيا|بشكل|بصوره|بصفه|كل", 3),
  };
  return compiled;
}

const UNIT_OF_ADVERB: Record<string, string> = { يومي: "D", اسبوعي: "W", شهري: "M", سنوي: "Y", ساعي: "H" };

/** TIMEX3 duration value from parts: P1Y2M, PT2H10M, PXD. */
export function durationValue(parts: Array<{ amount: number | null; unit: string }>): string {
  const dateOrder = ["Y", "M", "W", "D", "DE", "CE"];
  const timeOrder = ["H", "TM", "S"];
  const show = (amount: number | null) => (amount === null ? "X" : String(amount));
  let date = "";
  let time = "";
  for (const unit of dateOrder) for (const p of parts) if (p.unit === unit) date += show(p.amount) + unit;
  for (const unit of timeOrder) for (const p of parts) if (p.unit === unit) time += show(p.amount) + (unit === "TM" ? "M" : unit);
  return `P${date}${time ? "T" + time : ""}`;
}

function amountOf(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const t = squeeze(text).replace(/^ال\s?/u, "").replace(/ وال/gu, " و");
  if (/^[0-9]+(?:[.,][0-9]+)?$/.test(t)) return Number(t.replace(",", "."));
  const reading = numberPhraseValue(t);
  return reading && !reading.ordinal ? reading.value : undefined;
}

/** A date shifted from the dct by an amount of a unit, at that unit's grain ("قبل 3 أشهر" → 2020-12). */
function shifted(dct: Ymd | null, amount: number, unit: string): Partial<Piece> | null {
  if (!Number.isInteger(amount)) return null;
  if (!dct) return unit === "D" ? { grain: "day" } : unit === "M" ? { grain: "month" } : unit === "Y" ? { grain: "year" } : null;
  if (unit === "D") {
    const d = addDays(dct, amount);
    return { year: d.y, month: d.m, day: d.d, grain: "day", anchored: true };
  }
  if (unit === "W") {
    const d = addDays(dct, amount * 7);
    return { year: d.y, month: d.m, day: d.d, grain: "week", anchored: true };
  }
  if (unit === "M") {
    const { y, m } = addMonths(dct.y, dct.m, amount);
    return { year: y, month: m, grain: "month", anchored: true };
  }
  if (unit === "Y") return { year: dct.y + amount, grain: "year", anchored: true };
  if (unit === "DE") return { year: dct.y + amount * 10, grain: "year", anchored: true };
  return null;
}

// Words after a bare "يوم" that keep it a count of one day ("قبل يوم من", "بعد يوم واحد" is handled apart).
const AFTER_BARE_DAY = /^(?:\s{0,3}[.,،:؛;!?؟)»"”\-–]|\s{0,3}$|\s{1,3}(?:من|علي|عن|الي|فقط|تقريبا|او|ثم|و\p{L}+)(?![\p{L}]))/u;

/** Whether a bare singular unit after قبل/بعد/خلال/مرور counts one unit, judging by the word after it. */
function bareUnitCounts(key: string, end: number, unit: string): boolean {
  const after = key.slice(end, end + 24);
  // "يوم دراسي", "يوم مفتوح": a day named by an adjective is an event.
  if (unit === "D") return AFTER_BARE_DAY.test(after);
  const next = /^\s{1,3}([\p{L}\p{N}]+)/u.exec(after)?.[1];
  if (next === undefined) return true;
  if (/^[0-9]/u.test(next) || next.startsWith("ال")) return false;
  const lex = timeLexicon();
  return !(lex.months.has(next) || lex.hijriMonths.has(next) || lex.weekdays.has(next) || [...lex.holidays.keys()].some((k) => k.split(" ")[0] === next));
}

function durations(context: Context, out: Piece[]): void {
  const { units } = timeLexicon();
  const { key, dct } = context;
  scanPattern(patterns().duration!, key, (m) => {
    const g = m.groups!;
    const unitWord = g.unit ?? g.unit2!;
    const form = units.get(unitWord)!;
    let amount: number | null | undefined;
    if (g.num !== undefined || g.numw !== undefined) {
      amount = amountOf(g.num ?? g.numw);
      if (amount === undefined) return;
      // "عشرين يومين" is not a thing; a number before a dual is two expressions.
      if (form.count === 2) return;
    } else if (g.num2 !== undefined) {
      // "الأشهر التسعة الماضية": a number after a unit only with the article and a tail word.
      if (!g.defu || !g.tail) return;
      amount = amountOf(g.num2);
      if (amount === undefined) return;
    } else if (form.count === 2) amount = 2;
    else if (form.count === 1) amount = g.one2 || g.mod ? 1 : undefined;
    else amount = null;
    if (g.half && typeof amount === "number") amount += 0.5;
    else if (g.half && amount === undefined && form.count === 1) amount = 1.5;
    const lead = g.lead ? squeeze(g.lead) : undefined;
    const tail = g.tail ? squeeze(g.tail) : undefined;
    const glued = g.pre === "ل" || g.pre === "ول" || g.pre === "فل";
    const definite = g.def !== undefined || g.defu !== undefined;
    // A bare singular unit (يوم، عام، شهر) is a noun, not a duration, unless counted or modified.
    if (amount === undefined) {
      if (form.count !== 1 || !lead || definite) return;
      // "قبل عام", "خلال شهر", "مرور عام" count one unit; the next word must not make the unit a noun
      // in construct or name it ("قبل يوم الجمعة", "خلال شهر رمضان", "قبل عام 2020").
      if (!(lead === "منذ" || lead === "لمده" || lead === "مده" || lead === "طوال" || lead === "طيله") && !bareUnitCounts(key, m.index + m[0].length, form.unit)) return;
      // "يوماً بعد يوم", "عاما بعد عام": little by little, not a date.
      const previousWord = /([\p{L}]+)\s{1,3}$/u.exec(key.slice(Math.max(0, bodyStart(m) - 12), bodyStart(m)))?.[1];
      if (previousWord !== undefined && (units.get(previousWord) ?? units.get(previousWord.replace(/^[وف]/u, "")))?.unit === form.unit) return;
      amount = 1;
    }
    // A bare plural (أيام، سنوات) counts as "some days" only with a lead, a tail or ل, or in the
    // adverbial accusative (بقي شهورا، انتظر أياما).
    const adverbial = !definite && /[^ا]ا$/u.test(unitWord);
    if (amount === null && !lead && !tail && !glued && !adverbial) return;
    // "أيام شهر رمضان", "سنوات الاقتتال": a plural in construct with what follows names those days, not a length.
    if (amount === null && !tail && /^\s{1,3}ال/u.test(key.slice(m.index + m[0].length, m.index + m[0].length + 4))) return;
    if (amount === null && definite && !tail) return;
    if (tail && !definite && amount === null && !/عده|قليله/u.test(tail)) return;
    // عقد is also "contract" and "held": only counted or with منذ.
    if (form.unit === "DE" && form.count === 1 && g.num === undefined && g.numw === undefined && !g.mod && lead !== "منذ") return;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    const leadEnd = start + (g.lead ? g.lead.length : 0);
    const after = key.slice(end, end + 14);
    // An age ("يبلغ من العمر 21 عاما", "(35 عاماً)") is a duration, but a sports age category
    // ("كأس العالم تحت 17 عاماً", "منتخب دون 20 عاما") names a class of players, not a length of time.
    if (form.unit === "Y" && !g.lead && !g.mod) {
      const before = key.slice(Math.max(0, start - 8), start);
      if (/(?:^|[^\p{L}])(?:تحت|دون)\s{1,3}(?:ال)?$/u.test(before)) return;
    }
    // "النظام العامين" (public order) is an adjective, not "the two years".
    if (form.count === 2 && definite && !tail) return;
    // "في المائة يوم الخميس": an article on a number word belongs to that number ("المائة" of a percentage).
    if (g.def !== undefined && g.numw !== undefined && !tail) return;
    // "مدراء عامين" (directors general): عامين after a plural noun is the adjective "general".
    if (/^عام[يا]ن$/u.test(unitWord) && !lead && !g.mod && !glued && /(?:اء|ين|ون|ات)\s{1,3}$/u.test(key.slice(Math.max(0, start - 6), start))) return;
    const parts = [{ amount, unit: form.unit }];
    // "قبل يومين من الانتخابات" counts back from an event, not from the dct: a duration.
    const fromEvent = /^\s{1,3}من(?![\p{L}])(?!\s{1,3}الان(?![\p{L}]))/u.test(after);
    if (lead === "قبل" && !definite && !fromEvent) {
      if (amount === null) {
        out.push(piece("ago-vague", start, end, "ref", { value: "PAST_REF" }));
        return;
      }
      const date = shifted(dct, -amount, form.unit);
      if (date) {
        // "قبل عام من الآن" is one expression.
        const now = /^\s{1,3}من\s{1,3}الان(?![\p{L}])/u.exec(after);
        out.push(piece("ago", start, now ? end + now[0].length : end, "date", date));
        return;
      }
    }
    if (lead === "بعد" && !definite && !/^\s{1,3}(?:فقط\s{1,3})?(?:من|علي)(?![\p{L}])/u.test(after)) {
      if (amount === null) {
        out.push(piece("later-vague", start, end, "ref", { value: "FUTURE_REF" }));
        return;
      }
      const date = shifted(dct, amount, form.unit);
      if (date) {
        out.push(piece("later", start, end, "date", date));
        return;
      }
    }
    // Other leads (منذ، خلال، لمدة) are not part of the duration's span; "أكثر من" is.
    out.push(piece("duration", g.lead ? leadEnd : start, end, "duration", { durationParts: parts, value: durationValue(parts) }));
  });
}

function sets(context: Context, out: Piece[]): void {
  const { units } = timeLexicon();
  scanPattern(patterns().set!, context.key, (m) => {
    const g = m.groups!;
    let value: string | undefined;
    if (g.adv) value = `P1${UNIT_OF_ADVERB[g.adv.slice(0, -1)] ?? "D"}`;
    else if (g.adj) value = `P1${UNIT_OF_ADVERB[g.adj.replace(/ه$/u, "")] ?? "D"}`;
    else {
      const form = units.get(g.u!)!;
      const amount = g.n || g.nw ? amountOf(g.n ?? g.nw) : form.count === 2 ? 2 : form.count === 1 ? 1 : undefined;
      if (amount === undefined || amount === null) return;
      value = durationValue([{ amount, unit: form.unit }]);
    }
    if (value === "P1H") value = "PT1H";
    out.push(piece("set", bodyStart(m), m.index + m[0].length, "set", { value }));
  });
}

export function parseDurations(context: Context): Piece[] {
  const out: Piece[] = [];
  durations(context, out);
  sets(context, out);
  return out;
}

