// Publication dates as the publisher wrote them: the calendar day in the page's own offset, never
// converted through the host time zone (an article dated 2024-03-14T01:00+03:00 is from the 14th).
import { parseDct } from "../pipeline.ts";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO_RE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])/;
const SLASH_RE = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![0-9])/;
const COMPACT_RE = /^\s*(\d{4})(\d{2})(\d{2})(?:T|$)/;
const RFC822_RE = /(\d{1,2})\s{1,3}([A-Za-z]{3})[A-Za-z]{0,6}\.?,?\s{1,3}(\d{4})/;
const MONTH_FIRST_RE = /([A-Za-z]{3})[A-Za-z]{0,6}\.?\s{1,3}(\d{1,2}),?\s{1,3}(\d{4})/;

function valid(year: string | number, month: string | number, day: string | number): string | null {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  try {
    return parseDct(text);
  } catch {
    return null;
  }
}

/** YYYY-MM-DD from ISO 8601, RFC 822 (RSS), YYYY/MM/DD or "March 14, 2024"; null when unreadable. */
export function parsePublished(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim() || value.length > 200) return null;
  let m = ISO_RE.exec(value) ?? SLASH_RE.exec(value) ?? COMPACT_RE.exec(value);
  if (m) return valid(m[1]!, m[2]!, m[3]!);
  m = RFC822_RE.exec(value);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? valid(m[3]!, month, m[1]!) : null;
  }
  m = MONTH_FIRST_RE.exec(value);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? valid(m[3]!, month, m[2]!) : null;
  }
  return null;
}
