// Pieces → TIMEX3 values and resolved { from, to } intervals.
import type { Timex, TimexType } from "../document.ts";
import { addDays, daysInMonth, formatYmd, isoWeek, pad, weekday, type Ymd } from "./calendar.ts";
import type { Piece } from "./model.ts";

const PART_VALUE: Record<string, string> = { MO: "TMO", AF: "TAF", EV: "TEV", NI: "TNI", NOON: "T12:00", MIDNIGHT: "T24:00" };

function datePart(p: Piece): string {
  if (p.yearText !== undefined) return p.yearText;
  const y = p.year !== undefined ? pad(p.year, 4) : "XXXX";
  if (p.grain === "year") return y;
  const m = p.month !== undefined ? pad(p.month) : "XX";
  if (p.grain === "month") return `${y}-${m}`;
  if (p.grain === "week") {
    if (p.year === undefined || p.month === undefined || p.day === undefined) return `${y}-WXX`;
    const week = isoWeek({ y: p.year, m: p.month, d: p.day });
    return `${pad(week.year, 4)}-W${pad(week.week)}`;
  }
  if (p.year === undefined && p.month === undefined && p.day === undefined && p.weekday !== undefined) return `XXXX-WXX-${p.weekday}`;
  return `${y}-${m}-${p.day !== undefined ? pad(p.day) : "XX"}`;
}

function interval(p: Piece): { from: Ymd; to: Ymd } | null {
  if (p.from && p.to) return { from: p.from, to: p.to };
  if (p.year === undefined || p.yearText !== undefined) return null;
  if (p.grain === "year") return { from: { y: p.year, m: 1, d: 1 }, to: { y: p.year, m: 12, d: 31 } };
  if (p.month === undefined) return null;
  if (p.grain === "month") return { from: { y: p.year, m: p.month, d: 1 }, to: { y: p.year, m: p.month, d: daysInMonth(p.year, p.month) } };
  if (p.day === undefined) return null;
  const day = { y: p.year, m: p.month, d: p.day };
  if (p.grain === "week") {
    const monday = addDays(day, 1 - weekday(day));
    return { from: monday, to: addDays(monday, 6) };
  }
  return { from: day, to: day };
}

/** The TIMEX3 type and value of a finished piece, or null for pieces that never stand alone. */
export function valueOf(p: Piece): { type: TimexType; value: string; from?: string; to?: string } | null {
  if (p.kind === "duration") return { type: "DURATION", value: p.value! };
  if (p.kind === "set") return { type: "SET", value: p.value! };
  if (p.kind === "ref") return { type: "DATE", value: p.value! };
  if (p.kind !== "date") return null;
  const range = interval(p);
  const fromTo = range ? { from: formatYmd(range.from), to: formatYmd(range.to) } : {};
  if (p.hour !== undefined) {
    const date = datePart({ ...p, grain: "day" });
    const seconds = p.second !== undefined ? `:${pad(p.second)}` : "";
    return { type: "TIME", value: `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}${seconds}${p.zulu ? "Z" : ""}`, ...fromTo };
  }
  if (p.part !== undefined && p.grain === "day") return { type: "TIME", value: `${datePart(p)}${PART_VALUE[p.part]}`, ...fromTo };
  return { type: "DATE", value: datePart(p), ...fromTo };
}

export function toTimex(p: Piece, span: { start: number; end: number; text: string }, dct: string | null): Timex | null {
  const v = valueOf(p);
  if (!v) return null;
  const timex: Timex = { ...span, type: v.type, value: v.value };
  if (dct && p.anchored && (v.type === "DATE" || v.type === "TIME")) timex.anchor = dct;
  if (v.from) timex.from = v.from;
  if (v.to) timex.to = v.to;
  return timex;
}
