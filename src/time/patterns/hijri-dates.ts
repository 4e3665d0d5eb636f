// Hijri dates by month name: "10 ذي الحجة 1444هـ"، "غرة شوال"، "شهر رمضان"، "رمضان الماضي", converted to
// Gregorian with the Umm al-Qura table; without a year, the occurrence the relation word or the dct points to.
import { gregorianToHijri, hijriMonthRange, hijriToGregorian, nearestHijri } from "../hijri.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import {
  A, B, PRE, POSITION_BEFORE, POSITION_WORD_BEFORE, S, S0, bodyStart, dateFragments, dayValue, lazyPattern, lexiconFragments, pattern, piece, relationOf,
  scanPattern, yearRelation,
} from "./shared.ts";

const HIJRI = lazyPattern(() => {
  const f = lexiconFragments();
  const { day: DAY, relation: REL } = dateFragments();
  return pattern(
    `${B}${PRE}(?<body>(?:(?<yawm>يوم)${S})?(?:${DAY}${S}(?:من${S})?)?(?:(?<shahr>شهر)${S})?(?<hm>${f.hijriMonths})(?:${S0}[,،]?${S0}(?:(?:ال|ل)?عام${S}|(?:ال|ل)?سنه${S})?(?<hy>1[2-5][0-9]{2})(?![0-9])(?<hs>${S0}(?:ه|هجريه|هجري|للهجره)(?![\\p{L}]))?)?${REL})${A}`,
    f.hijriMonths, 56);
});

export function parseHijriDates(context: Context): Piece[] {
  const out: Piece[] = [];
  const { hijriMonths } = timeLexicon();
  const { key, dct } = context;
  scanPattern(HIJRI(), key, (m) => {
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
    const anchored = g.hy === undefined;
    if (day !== undefined) {
      const date = hijriToGregorian(hy, month.month, day);
      if (!date) return;
      out.push(piece("hijri", start, end, "date", { year: date.y, month: date.m, day: date.d, grain: "day", explicitDay: true, anchored }));
      return;
    }
    const range = hijriMonthRange(hy, month.month);
    // "مطلع شوال" lies in the Gregorian month where Shawwal starts, "أواخر شوال" where it ends.
    const edge = EARLY_BEFORE.test(before) ? range.from : LATE_BEFORE.test(before) ? range.to : null;
    const value = edge ? { year: edge.y, month: edge.m, grain: "month" as const } : monthOfRange(range.from, range.to);
    out.push(piece("hijri-month", start, end, "date", { ...value, from: range.from, to: range.to, anchored }));
  });
  return out;
}

/** The Gregorian month that holds most of an interval: the value of a Hijri month such as Ramadan. */
export function monthOfRange(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): Partial<Piece> {
  const middle = hijriMiddle(from, to);
  return { year: middle.y, month: middle.m, grain: "month" };
}

const EARLY_BEFORE = /(?:مطلع|اوائل|بدايه|مستهل)\s{1,3}(?:شهر\s{1,3})?$/u;
const LATE_BEFORE = /(?:اواخر|نهايه|ختام)\s{1,3}(?:شهر\s{1,3})?$/u;

function hijriMiddle(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): { y: number; m: number } {
  if (from.y === to.y && from.m === to.m) return from;
  // Days from the start day to the end of the first month (inclusive) against days of the second.
  const firstDays = new Date(Date.UTC(from.y, from.m, 0)).getUTCDate() - from.d + 1;
  return firstDays >= to.d ? from : to;
}
