import type { Ymd } from "./calendar.ts";

export type DayPart = "MO" | "AF" | "EV" | "NI" | "NOON" | "MIDNIGHT";

/**
 * One parsed piece of a temporal expression, in key (normalized text) offsets. Parsers resolve what they
 * can against the dct at once; refiners merge neighbours ("اليوم" + "الثلاثاء" + "23 جانفي 2017").
 */
export interface Piece {
  start: number;
  end: number;
  kind: "date" | "part" | "clock" | "duration" | "set" | "ref" | "position" | "anaphor";
  // date facets; an undefined field is unknown (shown as X in the value)
  year?: number;
  month?: number;
  day?: number;
  /** Year-level value that is not a plain year: 198X, 19XX, BC0300. */
  yearText?: string;
  grain?: "day" | "week" | "month" | "year";
  /** The text names a day of the month (not only a weekday or "today"). */
  explicitDay?: boolean;
  /** The piece is a weekday name (1–7) and nothing more. */
  weekday?: number;
  /** "اليوم", "أمس", "غدا": relative day words. */
  relday?: boolean;
  /** Explicit interval when it is not the plain calendar unit (Ramadan, a Hijri year). */
  from?: Ymd;
  to?: Ymd;
  // clock facets
  hour?: number;
  minute?: number;
  second?: number;
  zulu?: boolean;
  meridiem?: "am" | "pm";
  part?: DayPart;
  /** A 12-hour clock time written without am/pm: the sentence's day part may settle it. */
  hourAmbiguous?: boolean;
  // duration, set and reference values (P3W, P1D, PAST_REF …)
  value?: string;
  /** Duration parts to add up when two durations are joined by "و". */
  durationParts?: Array<{ amount: number | null; unit: string }>;
  /** Relative to the previous timex rather than to the dct ("اليوم التالي", "من الشهر نفسه"). */
  anaphor?: { grain: "day" | "month" | "year" | "holiday"; offset: number; day?: number };
  /** The value depends on the dct (relative expressions, years filled in from it). */
  anchored?: boolean;
  /** The type of expression this piece came from (for span tests and debugging). */
  rule: string;
}

export interface Context {
  key: string;
  /** The original text (some guards look at spelling the key erases, such as آ in الآن). */
  text: string;
  /** Key offset → original offset. */
  map: Int32Array;
  dct: Ymd | null;
}

export type Parser = (context: Context) => Piece[];
