// Gregorian calendar dates: numeric (06-09-2014, 2017/12/07, 29/ 8/ 1447هـ), month names of every naming system
// with duals ("يوليو/تموز", "كانون الثاني (يناير)"), ranges ("يناير - فبراير 2015"), and English bylines.
import { isValidDate } from "../calendar.ts";
import { hijriToGregorian } from "../hijri.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import { futureClause } from "./weekdays.ts";
import type { Context, Piece } from "../model.ts";
import {
  A, B, DIGITS_BEFORE, POSITION_BEFORE, POSITION_WORD_BEFORE, PRE, S, S0, dateFragments, dayValue, lexiconFragments, pattern, piece, scan,
  scanPattern, yearFor, yearRelation, type Pattern,
} from "./shared.ts";

const END_OF_MONTH_BEFORE = /(?:(?<![\p{L}])اخر|اواخر|نهايه|ختام)\s{1,3}$/u;
const NAMING_BEFORE = /(?:مدينه|جسر|ميدان|شارع|كوبري|محور|نفق|حي|ثوره|حرب|انتفاضه|احداث|هجمات|اعتداءات|حركه|نكسه|جامعه|مستشفي|نادي)\s{1,3}$/u;

let compiled: { numeric: RegExp; monthDate: Pattern; monthFirst: Pattern } | null = null;

function patterns(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const f = lexiconFragments();
  // A year may be glued to a clock in bylines ("201718:37").
  const YEAR = "(?<y>[0-9]{4})(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}))";
  const YEAR_TAIL = `(?:${S0}[,،]?${S0}(?:من${S})?(?:(?:ال|ل)?عام${S}|(?:ال|ل)?سنه${S})?${YEAR}(?!${S0}ه(?![\\p{L}]))(?:${S0}م(?![\\p{L}\\p{N}])|${S}ميلادي(?:ه)?)?)?`;
  const { day: DAY, relation: REL } = dateFragments();
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
  };
  return compiled;
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
          out.push(piece("month-name", m2Start, end, "date", { year: y2, month: second.month, grain: "month", anchored: year === undefined }));
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
    // "مدينة 6 أكتوبر", "جسر 6 أكتوبر", "ثورة 25 يناير", "هجمات 11 سبتمبر" name a place or a past event:
    // the dct's year would be wrong, and the year is not in the text.
    if (year === undefined && NAMING_BEFORE.test(before)) return;
    // A bare ordinal word before a month must really be a day ("الأول" alone is not).
    if (g.dw && day === undefined) return;
    if (day !== undefined && (day < 1 || day > 31)) return;
    const { relation, yearOffset } = rel === "range" ? { relation: undefined, yearOffset: null } : yearRelation(rel);
    if (year === undefined) {
      if (yearOffset !== null && dct) year = dct.y + yearOffset;
      else if (day === undefined && relation === undefined && dct && END_OF_MONTH_BEFORE.test(before) && !futureClause(key, start)) {
        // "في آخر سبتمبر" told in the past: the latest September whose end has gone by.
        year = first.month < dct.m || (first.month === dct.m && dct.d >= 20) ? dct.y : dct.y - 1;
      } else year = yearFor(dct, first.month, day, relation);
    }
    if (day !== undefined && year !== undefined && !isValidDate(year, first.month, day)) return;
    const grain = day !== undefined ? "day" : "month";
    const anchored = g.y === undefined || rel === "range";
    out.push(piece("month-name", start, end, "date", { year, month: first.month, day, grain, explicitDay: day !== undefined, anchored }));
    // "بين 26 و29 أكتوبر": the first day shares the month.
    if (g.d0 !== undefined && day !== undefined) {
      const d0 = Number(g.d0);
      const at = m.index + (g.pre?.length ?? 0);
      if (d0 >= 1 && d0 < day) out.push(piece("month-name-range", at, at + g.d0.length, "date", { year, month: first.month, day: d0, grain: "day", explicitDay: true, anchored }));
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

export function parseDates(context: Context): Piece[] {
  const out: Piece[] = [];
  numericDates(context, out);
  monthDates(context, out);
  return out;
}
