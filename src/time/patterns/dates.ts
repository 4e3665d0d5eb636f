// Calendar dates: numeric (06-09-2014, 2017/12/07, 29/ 8/ 1447هـ), month names of every naming system with
// duals ("يوليو/تموز"), Hijri months, years (عام 2020), decades (الثمانينيات), centuries and BC years.
import { addDays, isValidDate } from "../calendar.ts";
import { hijriMonthRange, hijriToGregorian, gregorianToHijri, nearestHijri } from "../hijri.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import {
  A, B, DIGITS_BEFORE, PRE, RELATION_WORDS, S, S0, bodyStart, lexiconFragments, pattern, piece, relationOf, scan, scanPattern, yearFor,
  type Pattern, type Relation,
} from "./shared.ts";

const POSITION_WORD_BEFORE = /(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|شهري|شهر)\s{1,3}$/u;
// Before a bare year: prepositions of time only (إلى and من also introduce quantities: "ارتفع إلى 2000").
const YEAR_PREPOSITION_BEFORE = /(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|في|منذ|حتي|خلال|قبل|بعد|بحلول|اعتبارا\s{1,3}من|عامي|العامين|سنتي)\s{1,3}$/u;
const POSITION_BEFORE = /(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|في|منذ|حتي|خلال|قبل|بعد|من|الي|بين|شهري|شهر)\s{1,3}$/u;

let compiled: { numeric: RegExp; monthDate: Pattern; monthFirst: Pattern; hijri: Pattern; year: Pattern; bareYear: Pattern; hijriYear: Pattern; decade: Pattern; century: Pattern; bc: Pattern } | null = null;

function patterns(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const f = lexiconFragments();
  // A year may be glued to a clock in bylines ("201718:37").
  const YEAR = "(?<y>[0-9]{4})(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}))";
  const YEAR_TAIL = `(?:${S0}[,،]?${S0}(?:من${S})?(?:(?:ال|ل)?عام${S}|(?:ال|ل)?سنه${S})?${YEAR}(?!${S0}ه(?![\\p{L}]))(?:${S0}م(?![\\p{L}\\p{N}])|${S}ميلادي(?:ه)?)?)?`;
  const REL = `(?:${S}(?<rel>${RELATION_WORDS}|نفسه|ذاته|من${S}(?:العام|السنه)${S}(?:${RELATION_WORDS}|نفسه|ذاته)|من${S}هذا${S}العام|من${S}هذه${S}السنه))?`;
  const DAY = `(?:(?:ال${S0})?(?<d>[0-9]{1,2})(?![0-9])|(?<dw>${f.dayWord}))`;
  const MONTH_PAIR = `(?<m1>${f.months})(?:(?<sep>${S0}[/(\\-]${S0}|${S})(?<m2>${f.months})(?:${S0}\\))?)?`;
  compiled = {
    numeric: new RegExp(
      `${DIGITS_BEFORE}(?<a>[0-9]{1,4})${S0}(?<s>[-/.])${S0}(?<b>[0-9]{1,2})${S0}\\k<s>${S0}(?<c>[0-9]{1,4})(?![0-9]|\\k<s>[0-9])(?<suf>${S0}(?:ه|م)(?![\\p{L}]))?`,
      "gu",
    ),
    monthDate: pattern(
      `${B}${PRE}(?:(?<d0>[0-9]{1,2})${S0}(?:و|-|الي|حتي)${S0}(?=[0-9]))?(?<body>(?:(?<yawm>يوم)${S})?(?:${DAY}${S}(?:من${S})?)?(?:(?<shahr>شهر)${S})?${MONTH_PAIR}${YEAR_TAIL}${REL})(?:${A}|(?<=[0-9]{4})(?=[0-9]{1,2}:[0-9]{2}))`,
      f.months, 56),
    monthFirst: pattern(`${B}(?<m1>${f.months})${S}(?<d>[0-9]{1,2}),?${S}(?<y>[0-9]{4})(?![0-9])`, f.months, 0),
    hijri: pattern(
      `${B}${PRE}(?<body>(?:(?<yawm>يوم)${S})?(?:${DAY}${S}(?:من${S})?)?(?:(?<shahr>شهر)${S})?(?<hm>${f.hijriMonths})(?:${S0}[,،]?${S0}(?:(?:ال|ل)?عام${S}|(?:ال|ل)?سنه${S})?(?<hy>1[2-5][0-9]{2})(?![0-9])(?<hs>${S0}(?:ه|هجريه|هجري|للهجره)(?![\\p{L}]))?)?${REL})${A}`,
      f.hijriMonths, 56),
    year: pattern(
      `${B}${PRE}(?<body>(?<kw>(?:ال)?عام(?:ي)?|(?:ال)?سنه|سنتي)${S}(?<y>[0-9]{4})(?![0-9])(?<hs>${S0}ه(?![\\p{L}])|(?=${S0}[-/]${S0}[0-9]{4}${S0}ه(?![\\p{L}])))?(?:${S0}م(?![\\p{L}\\p{N}])|${S}ميلادي(?:ه)?)?)${A}`,
      "عام|سنه|سنتي", 4),
    bareYear: pattern(`${DIGITS_BEFORE}(?<lead>(?<![\\p{L}\\p{N}])[وبل]?)(?<y>(?:1[89]|20)[0-9]{2})(?![0-9%]|${S0}[-/.:,][0-9])(?<m>م(?![\\p{L}]))?`, "(?:1[89]|20)[0-9]{2}", 1),
    hijriYear: pattern(`${DIGITS_BEFORE}(?<y>1[3-4][0-9]{2})${S0}(?:ه|هجريه)(?![\\p{L}])`, "1[3-4][0-9]{2}", 0),
    decade: pattern(
      `${B}${PRE}(?<body>(?:ال)?(?<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)(?:${S}(?:من${S})?القرن${S}(?<cent>الماضي|المنصرم|العشرين|الحالي|الحادي${S}والعشرين|التاسع${S}عشر))?)${A}`,
      "(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)ين(?:يات|ات)", 6),
    century: pattern(
      `${B}${PRE}(?<body>القرن${S}(?<c>الماضي|المنصرم|الحالي|الحادي${S}والعشرين|الحادي${S}عشر|الثاني${S}عشر|الثالث${S}عشر|الرابع${S}عشر|الخامس${S}عشر|السادس${S}عشر|السابع${S}عشر|الثامن${S}عشر|التاسع${S}عشر|العشرين|العاشر|التاسع|الثامن|السابع|السادس|الخامس|الرابع|الثالث|الثاني|الاول)(?:${S}(?:الميلادي|للميلاد))?)${A}`,
      "القرن", 3),
    bc: pattern(`${DIGITS_BEFORE}(?<y>[0-9]{1,4})${S0}(?:ق${S0}\\.${S0}م\\.?|ق${S}م(?![\\p{L}])|قبل${S}الميلاد)`, "ق\\s{0,3}\\.?\\s{0,3}م|قبل\\s{1,3}الميلاد", 8),
  };
  return compiled;
}

function dayValue(m: RegExpExecArray): number | undefined {
  const g = m.groups!;
  if (g.d) return Number(g.d);
  if (!g.dw) return undefined;
  const digits = /\(\s*([0-9]{1,2})\s*\)/.exec(g.dw);
  if (digits) return Number(digits[1]);
  if (g.dw.startsWith("غره")) return 1;
  return numberPhraseValue(squeeze(g.dw))?.value;
}

/** Month and year a relation word points to ("من العام الماضي" moves the year, "الماضي" the month). */
function yearRelation(rel: string | undefined): { relation: Relation | undefined; yearOffset: number | null } {
  if (!rel) return { relation: undefined, yearOffset: null };
  if (/^من\s/.test(rel)) {
    const relation = relationOf(rel);
    return { relation, yearOffset: relation === "past" ? -1 : relation === "future" ? 1 : relation === "same" ? null : 0 };
  }
  return { relation: relationOf(rel), yearOffset: null };
}

function numericDates(context: Context, out: Piece[]): void {
  scan(patterns().numeric, context.key, (m) => {
    const g = m.groups!;
    const [a, b, c] = [g.a!, g.b!, g.c!];
    let y: number, mo: number, d: number;
    if (a.length === 4 && c.length <= 2) [y, mo, d] = [Number(a), Number(b), Number(c)];
    else if (c.length === 4 && a.length <= 2) {
      [y, mo, d] = [Number(c), Number(b), Number(a)];
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    } else return;
    const hijri = g.suf?.trim() === "ه" || (y >= 1300 && y <= 1500);
    const end = m.index + m[0].length;
    if (hijri) {
      const date = hijriToGregorian(y, mo, d);
      if (!date) return;
      out.push(piece("numeric-hijri", m.index, end, "date", { year: date.y, month: date.m, day: date.d, grain: "day", explicitDay: true }));
      return;
    }
    if (y < 1800 || y > 2200 || !isValidDate(y, mo, d)) return;
    out.push(piece("numeric", m.index, end, "date", { year: y, month: mo, day: d, grain: "day", explicitDay: true }));
  });
}

function monthDates(context: Context, out: Piece[]): void {
  const { months } = timeLexicon();
  const { key, dct } = context;
  scanPattern(patterns().monthDate, key, (m) => {
    const g = m.groups!;
    let end = m.index + m[0].length;
    const start = end - g.body!.length;
    const first = months.get(squeeze(g.m1!))!;
    let year = g.y ? Number(g.y) : undefined;
    let rel: string | undefined = g.rel;
    if (g.m2) {
      const second = months.get(squeeze(g.m2))!;
      if (second.month !== first.month) {
        // Two different months are not a dual name. "يناير - فبراير 2015" is a range: both take the year.
        const m1End = start + g.body!.indexOf(g.m1!) + g.m1!.length;
        const m2Start = start + g.body!.lastIndexOf(g.m2);
        const range = /[-–]/u.test(g.sep ?? "");
        if (!range) {
          end = m1End;
          year = undefined;
          rel = undefined;
        } else {
          const { relation, yearOffset } = yearRelation(rel);
          const y2 = year ?? (yearOffset !== null && dct ? dct.y + yearOffset : yearFor(dct, second.month, undefined, relation));
          out.push(piece("month-name", m2Start, end, "date", { year: y2, month: second.month, grain: "month" }));
          end = m1End;
          if (year === undefined && y2 !== undefined) year = second.month >= first.month ? y2 : y2 - 1;
          else if (year !== undefined && second.month < first.month) year -= 1;
          rel = "range";
        }
      }
    }
    const day = dayValue(m);
    const before = key.slice(Math.max(0, start - 12), start);
    const supported =
      day !== undefined || year !== undefined || g.shahr !== undefined || rel !== undefined || (g.m2 !== undefined && end === m.index + m[0].length) || POSITION_WORD_BEFORE.test(before);
    // A month name alone needs a preposition before it; an ambiguous one (مارس، آب، أيار) needs more.
    if (!supported && (first.ambiguous || !POSITION_BEFORE.test(before))) return;
    // A bare ordinal word before a month must really be a day ("الأول" alone is not).
    if (g.dw && day === undefined) return;
    if (day !== undefined && (day < 1 || day > 31)) return;
    const { relation, yearOffset } = rel === "range" ? { relation: undefined, yearOffset: null } : yearRelation(rel);
    if (year === undefined) {
      if (yearOffset !== null && dct) year = dct.y + yearOffset;
      else year = yearFor(dct, first.month, day, relation);
    }
    if (day !== undefined && year !== undefined && !isValidDate(year, first.month, day)) return;
    const grain = day !== undefined ? "day" : "month";
    out.push(piece("month-name", start, end, "date", { year, month: first.month, day, grain, explicitDay: day !== undefined }));
    // "بين 26 و29 أكتوبر": the first day shares the month.
    if (g.d0 !== undefined && day !== undefined) {
      const d0 = Number(g.d0);
      const at = m.index + (g.pre?.length ?? 0);
      if (d0 >= 1 && d0 < day) out.push(piece("month-name-range", at, at + g.d0.length, "date", { year, month: first.month, day: d0, grain: "day", explicitDay: true }));
    }
  });
  scanPattern(patterns().monthFirst, key, (m) => {
    const g = m.groups!;
    const month = months.get(squeeze(g.m1!))!.month;
    const [y, d] = [Number(g.y), Number(g.d)];
    if (!isValidDate(y, month, d)) return;
    out.push(piece("month-first", m.index, m.index + m[0].length, "date", { year: y, month, day: d, grain: "day", explicitDay: true }));
  });
}

function hijriDates(context: Context, out: Piece[]): void {
  const { hijriMonths } = timeLexicon();
  const { key, dct } = context;
  scanPattern(patterns().hijri, key, (m) => {
    const g = m.groups!;
    const month = hijriMonths.get(squeeze(g.hm!))!;
    const day = dayValue(m);
    let hy = g.hy ? Number(g.hy) : undefined;
    const supported = day !== undefined || hy !== undefined || g.shahr !== undefined || g.hs !== undefined;
    const before = key.slice(Math.max(0, bodyStart(m) - 12), bodyStart(m));
    // رمضان، رجب، شعبان are also names, صفر is zero and المحرم "the forbidden": alone they need a relation word,
    // a position word or (رجب، شعبان، رمضان) a preposition of time.
    const contextual = g.rel !== undefined || POSITION_WORD_BEFORE.test(before) || (month.month >= 7 && month.month <= 9 && /(?:في|خلال|منذ|حتي|قبل|بعد|طيله|طوال)\s{1,3}$/u.test(before));
    if (!supported && !contextual && (month.ambiguous || !POSITION_BEFORE.test(before))) return;
    if (g.dw && day === undefined) return;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (hy === undefined && dct) {
      const relation = relationOf(g.rel);
      const here = gregorianToHijri(dct);
      const { yearOffset } = yearRelation(g.rel);
      if (yearOffset !== null) hy = here.year + yearOffset;
      else if (relation === "past") hy = month.month < here.month || (month.month === here.month && day !== undefined && day <= here.day) ? here.year : here.year - 1;
      else if (relation === "future") hy = month.month > here.month || (month.month === here.month && day !== undefined && day >= here.day) ? here.year : here.year + 1;
      else if (relation === "current" || relation === "same") hy = here.year;
      else hy = nearestHijri(month.month, day ?? 15, dct).year;
    }
    if (hy === undefined) {
      out.push(piece("hijri", start, end, "date", { grain: day !== undefined ? "day" : "month", explicitDay: day !== undefined }));
      return;
    }
    if (day !== undefined) {
      const date = hijriToGregorian(hy, month.month, day);
      if (!date) return;
      out.push(piece("hijri", start, end, "date", { year: date.y, month: date.m, day: date.d, grain: "day", explicitDay: true }));
      return;
    }
    const range = hijriMonthRange(hy, month.month);
    out.push(piece("hijri-month", start, end, "date", { ...monthOfRange(range.from, range.to), from: range.from, to: range.to }));
  });
}

/** The Gregorian month that holds most of an interval: the value of a Hijri month such as Ramadan. */
export function monthOfRange(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): Partial<Piece> {
  const middle = hijriMiddle(from, to);
  return { year: middle.y, month: middle.m, grain: "month" };
}

function hijriMiddle(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): { y: number; m: number } {
  if (from.y === to.y && from.m === to.m) return from;
  // Days left in the first month against days of the second.
  const firstDays = 31 - from.d;
  return firstDays >= to.d ? from : to;
}

function years(context: Context, out: Piece[]): void {
  const { key } = context;
  scanPattern(patterns().year, key, (m) => {
    const g = m.groups!;
    const y = Number(g.y);
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (g.hs !== undefined) {
      const from = hijriToGregorian(y, 1, 1);
      const last = hijriMonthRange(y, 12).to;
      if (!from) return;
      // The value is the Gregorian year that holds most of the Hijri year.
      out.push(piece("hijri-year", start, end, "date", { year: addDays(from, 177).y, grain: "year", from, to: last }));
      return;
    }
    if (y < 1 || y > 2200) return;
    out.push(piece("year", start, end, "date", { year: y, grain: "year" }));
  });
  scanPattern(patterns().hijriYear, key, (m) => {
    const y = Number(m.groups!.y);
    const from = hijriToGregorian(y, 1, 1);
    if (!from) return;
    out.push(piece("hijri-year", m.index, m.index + m[0].length, "date", { year: addDays(from, 177).y, grain: "year", from, to: hijriMonthRange(y, 12).to }));
  });
  scanPattern(patterns().bareYear, key, (m) => {
    const g = m.groups!;
    const start = m.index + g.lead!.length;
    const before = key.slice(Math.max(0, m.index - 16), m.index);
    const afterYear = g.lead === "و" && /[0-9]{4}\s{0,3}$/u.test(before);
    const prepositional = YEAR_PREPOSITION_BEFORE.test(before);
    const standalone = g.lead === "" && /(?:^|[\n|•(\-–])\s{0,3}$/u.test(before) && /^\s{0,3}(?:$|[\n|)\-–])/u.test(key.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (!afterYear && !prepositional && !(g.lead === "ب" || g.lead === "ل") && !standalone) return;
    if (g.lead === "ب" || g.lead === "ل") {
      if (!/(?:في|منذ|حتي|خلال)\s{1,3}$/u.test(before) && g.lead === "ل") return;
    }
    // A year-looking count of things ("في 2000 منزل") is followed by a noun, not by punctuation or a verb.
    const next = key.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^\s{1,3}(?:شخص|قتيل|جريح|منزل|مواطن|طن|دولار|جنيه|ريال|درهم|دينار|يورو|عنصر|حاله|اصابه|مصاب|لاجئ|نازح|موقع|مقاتل|اسره|عائله|طفل|امراه|سجين|معتقل|جندي|عسكري|وحده|برميل|متر|كيلو|هكتار|شاحنه|صاروخ|غاره|طلعه)/u.test(next)) return;
    out.push(piece("bare-year", start, m.index + m[0].length, "date", { year: Number(g.y), grain: "year" }));
  });
}

const DECADES: Record<string, number> = { عشرين: 2, ثلاثين: 3, اربعين: 4, خمسين: 5, ستين: 6, سبعين: 7, ثمانين: 8, تسعين: 9 };

function eras(context: Context, out: Piece[]): void {
  const { key, dct } = context;
  scanPattern(patterns().decade, key, (m) => {
    const g = m.groups!;
    const decade = DECADES[g.dec!]!;
    let century = 19;
    const cent = g.cent ? squeeze(g.cent) : undefined;
    if (cent === "الحالي" || cent === "الحادي والعشرين") century = dct && !cent.startsWith("الحادي") ? Math.floor(dct.y / 100) : 20;
    else if (cent === "التاسع عشر") century = 18;
    else if ((cent === "الماضي" || cent === "المنصرم") && dct) century = Math.floor(dct.y / 100) - 1;
    const yearText = `${century}${decade}X`;
    const from = { y: century * 100 + decade * 10, m: 1, d: 1 };
    out.push(piece("decade", bodyStart(m), m.index + m[0].length, "date", { yearText, grain: "year", from, to: { y: from.y + 9, m: 12, d: 31 } }));
  });
  scanPattern(patterns().century, key, (m) => {
    const g = m.groups!;
    const word = squeeze(g.c!);
    let number: number | undefined;
    if (word === "الماضي" || word === "المنصرم") number = dct ? Math.floor(dct.y / 100) : undefined;
    else if (word === "الحالي") number = dct ? Math.floor(dct.y / 100) + 1 : undefined;
    else number = numberPhraseValue(word)?.value;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (number === undefined) {
      out.push(piece("century", start, end, "date", { yearText: "XXXX", grain: "year" }));
      return;
    }
    const first = (number - 1) * 100;
    out.push(piece("century", start, end, "date", { yearText: `${String(number - 1).padStart(2, "0")}XX`, grain: "year", from: { y: first, m: 1, d: 1 }, to: { y: first + 99, m: 12, d: 31 } }));
  });
  scanPattern(patterns().bc, key, (m) => {
    out.push(piece("bc-year", m.index, m.index + m[0].length, "date", { yearText: `BC${m.groups!.y!.padStart(4, "0")}`, grain: "year" }));
  });
}

export function parseDates(context: Context): Piece[] {
  const out: Piece[] = [];
  numericDates(context, out);
  monthDates(context, out);
  hijriDates(context, out);
  years(context, out);
  eras(context, out);
  return out;
}
