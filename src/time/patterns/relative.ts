// Expressions resolved against the dct: اليوم، أمس، غدا، الليلة، الشهر الماضي، هذا العام، "يوم 12 من الشهر
// الجاري"، position words (مطلع، أواخر) and anaphors (اليوم التالي، الشهر نفسه، العيد).
import { isValidDate } from "../calendar.ts";
import { squeeze } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import {
  A, B, PRE, RELATION_WORDS, S, S0, bodyStart, dayFromDct, lexiconFragments, monthFromDct, piece, relationOf,
  relationOffset, scanPattern, pattern, yearFromDct, type Pattern,
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
    unit: pattern(
      `${B}${PRE}(?<body>(?:(?<this>هذا|هذه)${S}(?<u1>العام|السنه|الشهر|الاسبوع))|(?:(?<u2>(?:ال|(?<=لل))(?:عام|سنه|شهر|اسبوع))${S}(?<rel>${RELATION_WORDS}))|(?<=(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام)${S})(?<u3>العام|السنه|الشهر|الاسبوع))${A}`,
      "عام|سنه|شهر|اسبوع", 8),
    // "آخر" is a position only before a month name ("في آخر سبتمبر"); elsewhere it is "last" or "other".
    position: pattern(`${B}${PRE}(?<body>مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|اخر(?=${S}(?:${f.months})(?![\\p{L}])))(?=${S})`, "مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|اخر", 3),
    dayOfMonth: pattern(
      `${B}${PRE}(?<body>(?:يوم${S})?(?:(?:ال${S0})?(?<d>[0-9]{1,2})(?![0-9])|(?<dw>${f.dayWord}))${S}(?:من${S})?(?:هذا${S})?الشهر(?:${S}(?<rel>${RELATION_WORDS}|نفسه|ذاته))?)${A}`,
      "الشهر", 48),
    anaphor: pattern(
      `${B}${PRE}(?<body>(?<feast>العيد)(?:${S}(?:المبارك|السعيد)|(?!${S}ال))|(?:ال)?يوم${S}(?<day>التالي|الموالي|السابق|الذي${S}يليه|الذي${S}سبقه|نفسه|ذاته)|(?<unit>الشهر|العام|السنه|الاسبوع)${S}(?:نفسه|ذاته))${A}`,
      "يوم|الشهر|العام|السنه|الاسبوع|العيد", 4),
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
      if (/(?:^|[^\p{L}])(?:عين|المصري|روسيا|فلسطين|الخليج|دار)\s{1,3}$/u.test(key.slice(Math.max(0, start - 9), start)) && !/^\s{1,3}(?:ال|\()/u.test(key.slice(end, end + 4))) return;
      const before = key.slice(Math.max(0, start - 40), start);
      // "ذلك اليوم" points back, "على مدار اليوم" is any day, "مليون برميل في اليوم" is a rate.
      if (/(?:^|[^\p{L}])(?:هذا|ذلك|تلك|مدار|طوال|طيله)\s{1,3}$/u.test(before)) return;
      if (/(?:^|[^\p{L}])في\s{1,3}$/u.test(before) && /[0-9]|(?:مليون|الف|مليار|برميل|طن|دولار)\s{1,3}\p{L}*\s{0,3}في\s{1,3}$/u.test(before.slice(-24))) return;
      // "اليوم الأكثر دموية" is "the bloodiest day"; in "هجوم اليوم الأكبر في تونس" the superlative is the attack's.
      if (/^\s{1,3}الا\p{L}{3}\s{1,3}(?!(?:ال|في|من|علي|الي|منذ|مع|بعد|قبل|و)(?![\p{L}]))\p{L}/u.test(key.slice(end, end + 24))) return;
    }
    const offset = RELDAY_OFFSET.find(([re]) => re.test(word))?.[1];
    if (offset === undefined) return;
    out.push(piece("relative-day", start, end, "date", { ...dayFromDct(context, offset), relday: true }));
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

export function parseRelative(context: Context): Piece[] {
  const out: Piece[] = [];
  reldays(context, out);
  units(context, out);
  positions(context, out);
  daysOfMonth(context, out);
  anaphors(context, out);
  return out;
}

