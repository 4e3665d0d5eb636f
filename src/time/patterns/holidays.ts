// Named holidays: عيد الفطر، عيد الأضحى، يوم عرفة، شهر رمضان … (data/time/holidays.tsv), with a Gregorian or
// Hijri year when one is written, else the occurrence nearest the dct.
import { hijriMonthRange, hijriToGregorian, nearestHijri } from "../hijri.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { monthOfRange } from "./hijri-dates.ts";
import { A, B, PRE, S, S0, bodyStart, lazyPattern, lexiconFragments, pattern, piece, scanPattern, yearFor } from "./shared.ts";

const HOLIDAY = lazyPattern(() => {
  const f = lexiconFragments();
  return pattern(
    `${B}${PRE}(?<body>(?<h>${f.holidays})(?:${S0}[,،]?${S0}(?:(?:ال|ل)?عام${S})?(?<y>[0-9]{4})(?![0-9])(?<hs>${S0}ه(?![\\p{L}]))?)?)${A}`,
    f.holidayTrigger, 3);
});

export function parseHolidays(context: Context): Piece[] {
  const out: Piece[] = [];
  const { holidays: table } = timeLexicon();
  const { dct } = context;
  scanPattern(HOLIDAY(), context.key, (m) => {
    const g = m.groups!;
    const holiday = table.get(squeeze(g.h!))!;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    const year = g.y ? Number(g.y) : undefined;
    if (holiday.calendar === "gregorian") {
      const y = year ?? yearFor(dct, holiday.month, holiday.day, undefined);
      out.push(piece("holiday", start, end, "date", { year: y, month: holiday.month, day: holiday.day, grain: "day", anchored: year === undefined && y !== undefined }));
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
    const anchored = year === undefined;
    if (holiday.day === 0) {
      const range = hijriMonthRange(hijriYear, holiday.month);
      out.push(piece("holiday", start, end, "date", { ...monthOfRange(range.from, range.to), from: range.from, to: range.to, anchored }));
      return;
    }
    const date = hijriToGregorian(hijriYear, holiday.month, holiday.day);
    if (!date) return;
    out.push(piece("holiday", start, end, "date", { year: date.y, month: date.m, day: date.d, grain: "day", explicitDay: true, anchored }));
  });
  return out;
}
