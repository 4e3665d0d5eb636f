// The time stage's word tables (data/time/*.tsv), keyed by normalized key, and the regex alternations
// built from them. Everything is loaded once, on first use.
import { readFileSync } from "node:fs";
import { normalizeKey } from "../text/normalize.ts";

export function readTable(relativePath: string): string[][] {
  const text = readFileSync(new URL(`../../data/${relativePath}`, import.meta.url), "utf8");
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    rows.push(line.split("\t"));
  }
  return rows;
}

export interface MonthName {
  month: number;
  ambiguous: boolean;
}

export interface UnitForm {
  unit: string;
  /** 1 singular, 2 dual, 0 plural. */
  count: number;
}

export interface Holiday {
  calendar: "hijri" | "gregorian";
  month: number;
  /** 0 = the whole month. */
  day: number;
}

export interface Lexicon {
  months: Map<string, MonthName>;
  hijriMonths: Map<string, MonthName>;
  weekdays: Map<string, number>;
  units: Map<string, UnitForm>;
  holidays: Map<string, Holiday>;
  futureCues: Set<string>;
  givenNames: Set<string>;
}

let lexicon: Lexicon | null = null;

function keyed<T>(rows: string[][], make: (row: string[]) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const key = normalizeKey(row[0]!);
    if (!map.has(key)) map.set(key, make(row));
  }
  return map;
}

export function timeLexicon(): Lexicon {
  if (lexicon) return lexicon;
  lexicon = {
    months: keyed(readTable("time/gregorian-months.tsv"), (r) => ({ month: Number(r[1]), ambiguous: r[3] === "1" })),
    hijriMonths: keyed(readTable("time/hijri-months.tsv"), (r) => ({ month: Number(r[1]), ambiguous: r[2] === "1" })),
    weekdays: keyed(readTable("time/weekdays.tsv"), (r) => Number(r[1])),
    units: keyed(readTable("time/units.tsv"), (r) => ({ unit: r[1]!, count: r[2] === "n" ? 0 : Number(r[2]) })),
    holidays: keyed(readTable("time/holidays.tsv"), (r) => ({ calendar: r[1] as "hijri" | "gregorian", month: Number(r[2]), day: Number(r[3]) })),
    futureCues: new Set(readTable("time/future-cues.tsv").map((r) => normalizeKey(r[0]!))),
    givenNames: new Set(readTable("time/given-names.tsv").map((r) => normalizeKey(r[0]!))),
  };
  return lexicon;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation of keys, longest first, with spaces allowed to stretch to a few. */
export function alternation(keys: Iterable<string>): string {
  return [...new Set(keys)]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, "\\s{1,3}"))
    .join("|");
}

/** Collapses whitespace runs so a matched phrase can be looked up. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Regex alternation of number words that can count things (units, tens, hundreds, scales). */
export function cardinalWordKeys(): string[] {
  const url = new URL("../../data/numbers/number-words.tsv", import.meta.url);
  const out: string[] = [];
  for (const line of readFileSync(url, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [form, , kind] = line.split("\t");
    if (kind === "unit" || kind === "teen-head" || kind === "ten" || kind === "hundred" || kind === "scale" || kind === "scale-dual") out.push(normalizeKey(form!));
  }
  return out;
}

/** Ordinal day words: الأول … العاشر, الحادي عشر, العشرين, الحادي والثلاثين … */
export function ordinalWordKeys(): { heads: string[]; tens: string[] } {
  const url = new URL("../../data/numbers/number-words.tsv", import.meta.url);
  const heads: string[] = [];
  const tens: string[] = [];
  for (const line of readFileSync(url, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [form, , kind] = line.split("\t");
    if (kind === "ordinal" || kind === "ordinal-head") heads.push(normalizeKey(form!));
    if (kind === "ordinal-ten") tens.push(normalizeKey(form!));
  }
  return { heads, tens };
}
