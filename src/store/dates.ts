// Calendar dates as plain strings (YYYY-MM-DD): no Date objects in the host time zone.
import { QueryError } from "./query.ts";

const PARTIAL_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** First and last day of YYYY, YYYY-MM or YYYY-MM-DD (a time after the day is ignored), or null. */
export function dateRange(value: string | null | undefined): { from: string; to: string } | null {
  if (!value) return null;
  const m = PARTIAL_RE.exec(value.slice(0, 10).replace(/T.*$/, ""));
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  if (month === null) return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
  if (day === null) return { from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}` };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { from: date, to: date };
}

/** A filter bound given as YYYY, YYYY-MM or YYYY-MM-DD: `from` takes the first day, `to` the last. */
export function filterBound(value: string | undefined, side: "from" | "to"): string | undefined {
  if (value === undefined || value === "") return undefined;
  const range = PARTIAL_RE.test(value) ? dateRange(value) : null;
  if (!range) throw new QueryError(`${side} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return range[side];
}
