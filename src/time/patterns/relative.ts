// Expressions resolved against the dct: اليوم، أمس، غدا، weekdays (الأحد الماضي)، الشهر الماضي، هذا العام،
// "يوم 12 من الشهر الجاري"، position words (مطلع، أواخر)، anaphors (اليوم التالي، الشهر نفسه),
// PRESENT_REF/PAST_REF/FUTURE_REF adverbs and named holidays.
import { addDays, isValidDate, weekday as weekdayOf, type Ymd } from "../calendar.ts";
import { hijriMonthRange, hijriToGregorian, nearestHijri } from "../hijri.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import { monthOfRange } from "./dates.ts";
import {
  A, B, PRE, RELATION_WORDS, S, S0, bodyStart, dayFromDct, lexiconFragments, monthFromDct, piece, relationOf,
  relationOffset, scanPattern, pattern, yearFor, yearFromDct, type Pattern,
} from "./shared.ts";

// Words after اليوم that make it "the day of …" rather than today.
const NOT_TODAY = /^\s{1,3}(?:التالي|الموالي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|العالمي|الوطني|الدولي|نفسه|ذاته|الذي|التي|الموعود|الواحد|المفتوح|الدراسي|الاحد عشر)(?![\p{L}])/u;

let compiled: Record<string, Pattern> | null = null;

function patterns(): Record<string, Pattern> {
  if (compiled) return compiled;
  const f = lexiconFragments();
  compiled = {
    relday: pattern(
      `${B}(?<pre>[وف]?ب?)(?<body>(?:يوم${S})?(?<w>اول${S}(?:من${S})?امس|امس${S}الاول|بعد${S}غد(?:ا)?|البارحه|(?:ال)?امس|غدا|(?<=(?:يوم|مساء|صباح|ظهر|عصر|فجر|ليل|ليله|ظهيره)${S})غد|اليوم|الليله${S}(?:الماضيه|البارحه)|الليله))${A}`,
      "امس|غد|اليوم|البارحه|الليله", 12),
    weekday: pattern(
      `${B}(?<pre>[وف]?)(?<body>(?:يومي?${S})?(?<wd>${f.weekdays})(?:${S0}[-–]${S0}(?<wd2>${f.weekdays}))?(?:${S}(?<rel>الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|المقبل|المقبله|القادم|القادمه|بعد${S}(?:المقبل|القادم|المقبله|القادمه)))?)${A}`,
      f.weekdays, 8),
    unit: pattern(
      `${B}${PRE}(?<body>(?:(?<this>هذا|هذه)${S}(?<u1>العام|السنه|الشهر|الاسبوع))|(?:(?<u2>(?:ال|(?<=لل))(?:عام|سنه|شهر|اسبوع))${S}(?<rel>${RELATION_WORDS}))|(?<=(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام)${S})(?<u3>العام|السنه|الشهر|الاسبوع))${A}`,
      "عام|سنه|شهر|اسبوع", 8),
    position: pattern(`${B}${PRE}(?<body>مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام)(?=${S})`, "مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام", 3),
    dayOfMonth: pattern(
      `${B}${PRE}(?<body>(?:يوم${S})?(?:(?:ال${S0})?(?<d>[0-9]{1,2})(?![0-9])|(?<dw>${f.dayWord}))${S}(?:من${S})?(?:هذا${S})?الشهر(?:${S}(?<rel>${RELATION_WORDS}|نفسه|ذاته))?)${A}`,
      "الشهر", 48),
    anaphor: pattern(
      `${B}${PRE}(?<body>(?<feast>العيد)(?:${S}(?:المبارك|السعيد)|(?!${S}ال))|(?:ال)?يوم${S}(?<day>التالي|الموالي|السابق|الذي${S}يليه|الذي${S}سبقه|نفسه|ذاته)|(?<unit>الشهر|العام|السنه|الاسبوع)${S}(?:نفسه|ذاته))${A}`,
      "يوم|الشهر|العام|السنه|الاسبوع|العيد", 4),
    reference: pattern(
      `${B}${PRE}(?<body>حاليا|مؤخرا|موخرا|قريبا|مستقبلا|الان|في${S}الوقت${S}(?:الحالي|الراهن)|في${S}الاونه${S}الاخيره|في${S}المستقبل(?:${S}القريب)?)${A}`,
      "حاليا|مؤخرا|موخرا|قريبا|مستقبلا|الان|الوقت|الاونه|المستقبل", 6),
    holiday: pattern(
      `${B}${PRE}(?<body>(?<h>${f.holidays})(?:${S0}[,،]?${S0}(?:(?:ال|ل)?عام${S})?(?<y>[0-9]{4})(?![0-9])(?<hs>${S0}ه(?![\\p{L}]))?)?)${A}`,
      f.holidayTrigger, 3),
  };
  return compiled;
}

const RELDAY_OFFSET: Array<[RegExp, number]> = [
  [/^اول|الاول$/u, -2],
  [/^بعد/u, 2],
  [/^(?:البارحه|(?:ال)?امس)$/u, -1],
  [/^(?:غدا|غد)$/u, 1],
  [/^اليوم$/u, 0],
];

function reldays(context: Context, out: Piece[]): void {
  const { key } = context;
  scanPattern(patterns().relday!, key, (m) => {
    const g = m.groups!;
    const word = squeeze(g.w!);
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (word.startsWith("الليله")) {
      const offset = word === "الليله" ? 0 : -1;
      out.push(piece("tonight", start, end, "date", { ...dayFromDct(context, offset), relday: true, part: "NI" }));
      return;
    }
    // "بأمس الحاجة" is "in most need" (the superlative أمسّ).
    if (word === "امس" && g.pre!.endsWith("ب") && /^\s{1,3}ال(?!اول)/u.test(key.slice(end, end + 6))) return;
    if (word === "اليوم") {
      // «اليوم» in quotes is the newspaper.
      if (/[«"“]$/u.test(key.slice(Math.max(0, start - 1), start)) && /^[»"”]/u.test(key.slice(end, end + 1))) return;
      if (NOT_TODAY.test(key.slice(end, end + 16))) return;
      // Newspaper and channel names: "عين اليوم", "المصري اليوم", "روسيا اليوم".
      if (/(?:^|[^\p{L}])(?:عين|المصري|روسيا|فلسطين|الخليج)\s{1,3}$/u.test(key.slice(Math.max(0, start - 9), start)) && !/^\s{1,3}(?:ال|\()/u.test(key.slice(end, end + 4))) return;
    }
    const offset = RELDAY_OFFSET.find(([re]) => re.test(word))?.[1];
    if (offset === undefined) return;
    out.push(piece("relative-day", start, end, "date", { ...dayFromDct(context, offset), relday: true }));
  });
}

/** The weekday nearest the dct in the given direction. */
export function resolveWeekday(dct: Ymd, target: number, direction: "bare" | "past" | "future" | "future2"): Ymd {
  const today = weekdayOf(dct);
  if (direction === "past") {
    const back = (today - target + 7) % 7 || 7;
    return addDays(dct, -back);
  }
  if (direction === "future" || direction === "future2") {
    const ahead = (target - today + 7) % 7 || 7;
    return addDays(dct, ahead + (direction === "future2" ? 7 : 0));
  }
  return addDays(dct, -((today - target + 7) % 7));
}

/** Whether the clause before a position speaks of the future ("سيزور", "من المقرر", "سوف"). */
function futureClause(key: string, at: number): boolean {
  // A comma right before the weekday sets it off as an adverb ("سيوقع، الأربعاء،"); earlier ones end the clause.
  const before = key.slice(Math.max(0, at - 60), at).replace(/[\s،,]+$/u, "");
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf("،"), before.lastIndexOf("\n"), before.lastIndexOf(",")) + 1);
  const words = clause.split(/[^\p{L}]+/u).filter(Boolean).slice(-6);
  const cues = timeLexicon().futureCues;
  return words.some((w) => cues.has(w) || (w.length > 3 && /^[وف]/u.test(w) && cues.has(w.slice(1))));
}

function weekdays(context: Context, out: Piece[]): void {
  const { weekdays: table } = timeLexicon();
  const { key, dct } = context;
  scanPattern(patterns().weekday!, key, (m) => {
    const g = m.groups!;
    const start = bodyStart(m);
    let end = m.index + m[0].length;
    const wd = squeeze(g.wd!);
    const target = table.get(wd)!;
    // الأحد عشر (eleven), الواحد الأحد (God), and names such as "جمعة" (no article) are not weekdays.
    if (target === 7 && /^\s{1,3}(?:عشر|عشره)(?![\p{L}])/u.test(key.slice(start + (g.body!.indexOf(g.wd!)) + g.wd!.length, end + 8))) return;
    if (target === 7 && /الواحد\s{1,3}$/u.test(key.slice(Math.max(0, start - 10), start))) return;
    // "بين الاثنين" is "between the two".
    if (target === 1 && wd === "الاثنين" && /(?:بين|كلا|هذين|لهذين|الطرفين)\s{1,3}$/u.test(key.slice(Math.max(0, start - 10), start))) return;
    // "الجولة الاثنين والثلاثين" is an ordinal.
    if (target === 1 && /^\s{1,3}و(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)/u.test(key.slice(end, end + 14))) return;
    if (g.wd2) {
      const second = table.get(squeeze(g.wd2))!;
      // "ليل الاثنين - الثلاثاء" is one night; two unrelated days are two expressions.
      if (second !== (target % 7) + 1) end = start + g.body!.indexOf(g.wd!) + g.wd!.length;
    }
    const rel = g.rel ? squeeze(g.rel) : undefined;
    let direction: "bare" | "past" | "future" | "future2" = rel === undefined ? "bare" : rel.startsWith("بعد") ? "future2" : relationOf(rel) === "future" ? "future" : "past";
    if (direction === "bare" && futureClause(key, start)) direction = "future";
    if (!dct) {
      out.push(piece("weekday", start, end, "date", { weekday: target, grain: "day" }));
      return;
    }
    const date = resolveWeekday(dct, target, direction);
    out.push(piece("weekday", start, end, "date", { year: date.y, month: date.m, day: date.d, weekday: target, grain: "day" }));
  });
}

function units(context: Context, out: Piece[]): void {
  const { dct } = context;
  scanPattern(patterns().unit!, context.key, (m) => {
    const g = m.groups!;
    // "للعام الحالي" drops the article's alef: compare stems.
    const unit = "ال" + (g.u1 ?? g.u2 ?? g.u3!).replace(/^ال/u, "");
    const offset = g.this || g.u3 ? 0 : relationOffset(relationOf(g.rel));
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (unit === "الشهر") out.push(piece("relative-month", start, end, "date", monthFromDct(dct, offset)));
    else if (unit === "الاسبوع") {
      const fields: Partial<Piece> = dct ? { ...dayFromDct(context, offset * 7), grain: "week" } : { grain: "week" };
      out.push(piece("relative-week", start, end, "date", fields));
    } else out.push(piece("relative-year", start, end, "date", yearFromDct(dct, offset)));
  });
}

function positions(context: Context, out: Piece[]): void {
  scanPattern(patterns().position!, context.key, (m) => {
    out.push(piece("position", bodyStart(m), m.index + m[0].length, "position"));
  });
}

function daysOfMonth(context: Context, out: Piece[]): void {
  const { dct } = context;
  scanPattern(patterns().dayOfMonth!, context.key, (m) => {
    const g = m.groups!;
    const day = g.d ? Number(g.d) : numberPhraseValue(squeeze(g.dw!.replace(/\(.*$/u, "")))?.value;
    if (day === undefined || day < 1 || day > 31) return;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    const relation = relationOf(g.rel);
    if (relation === "same") {
      out.push(piece("day-of-same-month", start, end, "anaphor", { anaphor: { grain: "month", offset: 0, day }, explicitDay: true }));
      return;
    }
    const month = monthFromDct(dct, relationOffset(relation));
    if (month.year !== undefined && !isValidDate(month.year, month.month!, day)) return;
    out.push(piece("day-of-month", start, end, "date", { ...month, day, grain: "day", explicitDay: true }));
  });
}

function anaphors(context: Context, out: Piece[]): void {
  scanPattern(patterns().anaphor!, context.key, (m) => {
    const g = m.groups!;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (g.feast) {
      out.push(piece("feast", start, end, "anaphor", { anaphor: { grain: "holiday", offset: 0 } }));
      return;
    }
    if (g.day) {
      const word = squeeze(g.day);
      const offset = /التالي|الموالي|يليه/u.test(word) ? 1 : /السابق|سبقه/u.test(word) ? -1 : 0;
      // "اليوم التالي للنشر" counts from an event, not from a date in the text.
      if (/^\s{1,3}(?:ل\p{L}{2,}|من|علي)(?![\p{L}])/u.test(context.key.slice(end, end + 16))) return;
      out.push(piece("next-day", start, end, "anaphor", { anaphor: { grain: "day", offset } }));
      return;
    }
    const grain = g.unit === "الشهر" ? "month" : g.unit === "الاسبوع" ? "day" : "year";
    out.push(piece("same-unit", start, end, "anaphor", { anaphor: { grain, offset: 0 } }));
  });
}

function references(context: Context, out: Piece[]): void {
  const { key, text, map } = context;
  scanPattern(patterns().reference!, key, (m) => {
    const body = squeeze(m.groups!.body!);
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    // "الآن" (now) is spelled with madda; "ألان" is a given name.
    if (body === "الان" && text[map[start + 2]!] !== "آ") return;
    // "قريبا من" is "near to".
    if (body === "قريبا" && /^\s{1,3}من(?![\p{L}])/u.test(key.slice(end, end + 6))) return;
    const value = /حاليا|الان|الحالي|الراهن/u.test(body) ? "PRESENT_REF" : /مؤخرا|موخرا|الاونه/u.test(body) ? "PAST_REF" : "FUTURE_REF";
    out.push(piece("reference", start, end, "ref", { value }));
  });
}

function holidays(context: Context, out: Piece[]): void {
  const { holidays: table } = timeLexicon();
  const { dct } = context;
  scanPattern(patterns().holiday!, context.key, (m) => {
    const g = m.groups!;
    const holiday = table.get(squeeze(g.h!))!;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    const year = g.y ? Number(g.y) : undefined;
    if (holiday.calendar === "gregorian") {
      const y = year ?? yearFor(dct, holiday.month, holiday.day, undefined);
      out.push(piece("holiday", start, end, "date", { year: y, month: holiday.month, day: holiday.day, grain: "day" }));
      return;
    }
    let hijriYear: number | undefined;
    if (year !== undefined && g.hs) hijriYear = year;
    else if (year !== undefined) {
      // A Gregorian year: the Hijri year whose occurrence falls in it.
      hijriYear = nearestHijri(holiday.month, holiday.day || 15, { y: year, m: 7, d: 1 }).year;
      const date = hijriToGregorian(hijriYear, holiday.month, holiday.day || 15);
      if (date && date.y !== year) hijriYear += date.y < year ? 1 : -1;
    } else if (dct) hijriYear = nearestHijri(holiday.month, holiday.day || 15, dct).year;
    if (hijriYear === undefined) {
      out.push(piece("holiday", start, end, "date", { grain: holiday.day ? "day" : "month" }));
      return;
    }
    if (holiday.day === 0) {
      const range = hijriMonthRange(hijriYear, holiday.month);
      out.push(piece("holiday", start, end, "date", { ...monthOfRange(range.from, range.to), from: range.from, to: range.to }));
      return;
    }
    const date = hijriToGregorian(hijriYear, holiday.month, holiday.day);
    if (!date) return;
    out.push(piece("holiday", start, end, "date", { year: date.y, month: date.m, day: date.d, grain: "day", explicitDay: true }));
  });
}

export function parseRelative(context: Context): Piece[] {
  const out: Piece[] = [];
  reldays(context, out);
  weekdays(context, out);
  units(context, out);
  positions(context, out);
  daysOfMonth(context, out);
  anaphors(context, out);
  references(context, out);
  holidays(context, out);
  return out;
}

