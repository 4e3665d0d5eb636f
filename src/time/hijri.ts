// Umm al-Qura Hijri ↔ Gregorian through a month-start table (data/time/umm-al-qura.tsv, 1420–1461 AH).
// Outside the table a 30-year arithmetic (tabular) calendar is used, which can be a day or two off.
import { readFileSync } from "node:fs";
import { addDays, dayNumber, fromDayNumber, type Ymd, parseYmd } from "./calendar.ts";

interface Table {
  firstYear: number;
  /** starts[(year - firstYear) * 12 + month - 1] = day number of day 1. */
  starts: number[];
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const starts: number[] = [];
  let firstYear = 0;
  const text = readFileSync(new URL("../../data/time/umm-al-qura.tsv", import.meta.url), "utf8");
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [year, ...months] = line.split("\t");
    if (firstYear === 0) firstYear = Number(year);
    for (const iso of months) starts.push(dayNumber(parseYmd(iso)!));
  }
  table = { firstYear, starts };
  return table;
}

// Tabular Islamic calendar (civil epoch 1 Muharram 1 AH = 622-07-16 Julian = 622-07-19 proleptic Gregorian).
const EPOCH = dayNumber({ y: 622, m: 7, d: 19 });

function tabularStart(year: number, month: number): number {
  return EPOCH - 1 + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1;
}

function monthStart(year: number, month: number): number {
  const t = load();
  const index = (year - t.firstYear) * 12 + month - 1;
  if (index >= 0 && index < t.starts.length) return t.starts[index]!;
  return tabularStart(year, month);
}

/** Length of a Hijri month in days (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  return next - monthStart(year, month);
}

/** Gregorian date of a Hijri date, or null when the day does not exist in that month. */
export function hijriToGregorian(year: number, month: number, day: number): Ymd | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  if (day > hijriMonthLength(year, month)) return null;
  return fromDayNumber(monthStart(year, month) + day - 1);
}

/** Hijri date of a Gregorian date. */
export function gregorianToHijri(date: Ymd): { year: number; month: number; day: number } {
  const n = dayNumber(date);
  // Estimate the year, then walk to the month that holds the day.
  let year = Math.floor(((n - EPOCH) * 30) / 10631) + 1;
  while (monthStart(year, 1) > n) year--;
  while (monthStart(year + 1, 1) <= n) year++;
  let month = 12;
  while (monthStart(year, month) > n) month--;
  return { year, month, day: n - monthStart(year, month) + 1 };
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(year: number, month: number): { from: Ymd; to: Ymd } {
  const from = fromDayNumber(monthStart(year, month));
  return { from, to: addDays(from, hijriMonthLength(year, month) - 1) };
}

/** The occurrence of Hijri month/day closest to an anchor date (for holidays named without a year). */
export function nearestHijri(month: number, day: number, anchor: Ymd): { year: number; date: Ymd } {
  const here = gregorianToHijri(anchor).year;
  let best: { year: number; date: Ymd } | null = null;
  for (const year of [here - 1, here, here + 1]) {
    const date = hijriToGregorian(year, month, Math.max(1, day)) ?? hijriToGregorian(year, month, 29)!;
    if (!best || Math.abs(dayNumber(date) - dayNumber(anchor)) < Math.abs(dayNumber(best.date) - dayNumber(anchor))) best = { year, date };
  }
  return best!;
}
