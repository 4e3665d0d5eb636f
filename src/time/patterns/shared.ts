// Regex fragments shared by the pattern families. All patterns run on the normalized key
// (see text/normalize.ts) with the u flag; word edges come from text/boundary.ts.
import { BEFORE, AFTER, PROCLITICS } from "../../text/boundary.ts";
import { addDays, addMonths, dayNumber, daysInMonth, type Ymd } from "../calendar.ts";
import type { Context, Piece } from "../model.ts";
import { alternation, cardinalWordKeys, ordinalWordKeys, squeeze, timeLexicon } from "../lexicon.ts";
import { numberPhraseValue } from "../../numbers/index.ts";

/** One to three spaces (keys keep the text's whitespace). */
export const S = "\\s{1,3}";
export const S0 = "\\s{0,3}";
export { BEFORE as B, AFTER as A };
/** Optional proclitics, captured so that the span can start after them. */
export const PRE = `(?<pre>${PROCLITICS})`;
/** Digits must not continue a number, a date or a decimal. */
export const DIGITS_BEFORE = "(?<![\\p{N}.,:/\\-])";

export const RELATION_WORDS =
  "الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|المقبل|المقبله|القادم|القادمه|الجاري|الجاريه|الحالي|الحاليه|الماضيين|المقبلين|القادمين";

export type Relation = "past" | "future" | "current" | "same";

export function relationOf(word: string | undefined): Relation | undefined {
  if (!word) return undefined;
  if (/(?:الماضي|المنصرم|الفائت|السابق)/.test(word)) return "past";
  if (/(?:المقبل|القادم)/.test(word)) return "future";
  if (/(?:الجاري|الحالي|هذا|هذه)/.test(word)) return "current";
  if (/(?:نفسه|ذاته)/.test(word)) return "same";
  return undefined;
}

/** Runs a global regex over the key, once, advancing lastIndex. */
export function scan(re: RegExp, key: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(key); m !== null; m = re.exec(key)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    each(m);
  }
}

/**
 * A pattern scanned through a trigger: the trigger is a cheap alternation of the words the pattern cannot
 * do without (a month name, a unit); the full sticky regex is tried only at word starts a little before
 * each trigger hit. This keeps the per-character cost of the time stage low on long texts.
 */
export interface Pattern {
  re: RegExp;
  trigger: RegExp;
  /** How far before a trigger hit the full pattern may start (key characters). */
  back: number;
}

export function pattern(source: string, trigger: string, back: number): Pattern {
  return { re: new RegExp(source, "yu"), trigger: new RegExp(trigger, "gu"), back };
}

const WORD_CODE = (() => {
  const table = new Uint8Array(0x10000);
  const re = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) if (re.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();

function isWordStart(key: string, at: number): boolean {
  return WORD_CODE[key.charCodeAt(at)] === 1 && (at === 0 || WORD_CODE[key.charCodeAt(at - 1)] !== 1);
}

export function scanPattern(p: Pattern, key: string, each: (m: RegExpExecArray) => void): void {
  const { re, trigger, back } = p;
  trigger.lastIndex = 0;
  let covered = 0;
  for (let t = trigger.exec(key); t !== null; t = trigger.exec(key)) {
    const at = t.index;
    if (t[0].length === 0) trigger.lastIndex++;
    if (at < covered) continue;
    for (let start = Math.max(covered, at - back); start <= at; start++) {
      if (start !== at && !isWordStart(key, start)) continue;
      re.lastIndex = start;
      const m = re.exec(key);
      if (m !== null && m.index + m[0].length > at) {
        each(m);
        covered = m.index + m[0].length;
        if (trigger.lastIndex < covered) trigger.lastIndex = covered;
        break;
      }
    }
  }
}

/** Key offset where the body starts (after captured proclitics). */
export function bodyStart(m: RegExpExecArray): number {
  return m.index + (m.groups?.pre?.length ?? 0);
}

let fragments: { months: string; hijriMonths: string; weekdays: string; units: string; cardinal: string; definiteCardinal: string; dayWord: string; holidays: string; holidayTrigger: string } | null = null;

/** Alternations built from the lexicons, once. */
export function lexiconFragments(): NonNullable<typeof fragments> {
  if (fragments) return fragments;
  const lex = timeLexicon();
  const words = alternation(cardinalWordKeys());
  const { heads, tens } = ordinalWordKeys();
  const head = alternation(heads);
  const ten = alternation(tens);
  fragments = {
    months: alternation(lex.months.keys()),
    hijriMonths: alternation(lex.hijriMonths.keys()),
    weekdays: alternation(lex.weekdays.keys()),
    units: alternation(lex.units.keys()),
    // A cardinal phrase of up to four words: "خمسة وعشرين", "ثلاثة آلاف وخمسمئة".
    cardinal: `(?:${words})(?:${S}و?(?:${words})){0,3}`,
    // The same after a definite plural, each word with the article: "الساعات الأربع والعشرين".
    definiteCardinal: `(?:${words})(?:${S}و?(?:ال)?(?:${words})){0,3}`,
    // An ordinal day: العاشر، الحادي عشر، الحادي والثلاثين، غرة؛ "العاشر (10)" keeps the digits too.
    dayWord: `(?:(?:${head})(?:${S}(?:عشر|عشره)|${S}و(?:${ten}))?|${ten}|غره)(?:${S0}\\(${S0}[0-9]{1,2}${S0}\\))?`,
    holidays: alternation(lex.holidays.keys()),
    holidayTrigger: alternation([...lex.holidays.keys()].map((k) => k.split(" ")[0]!)),
  };
  return fragments;
}

export function piece(rule: string, start: number, end: number, kind: Piece["kind"], fields: Partial<Piece> = {}): Piece {
  return { rule, start, end, kind, ...fields };
}

/** A day-grain date piece shifted from the dct. */
export function dayFromDct(context: Context, offset: number): Partial<Piece> {
  if (!context.dct) return { grain: "day" };
  const date = addDays(context.dct, offset);
  return { year: date.y, month: date.m, day: date.d, grain: "day", anchored: true };
}

/** Year for a month (and day) named without a year: the relation word decides, else the closest to the dct. */
export function yearFor(dct: Ymd | null, month: number, day: number | undefined, relation: Relation | undefined): number | undefined {
  if (!dct) return undefined;
  const target = day ?? 1;
  const here = dct.m * 100 + (day === undefined ? 1 : dct.d);
  const there = month * 100 + target;
  if (relation === "past") {
    if (day === undefined) return month < dct.m ? dct.y : dct.y - 1;
    return there <= here ? dct.y : dct.y - 1;
  }
  if (relation === "future") {
    if (day === undefined) return month > dct.m ? dct.y : dct.y + 1;
    return there >= here ? dct.y : dct.y + 1;
  }
  if (relation === "current" || relation === "same") return dct.y;
  // News looks back more than ahead: the dct's year, unless that puts the date more than four months
  // after the dct (then last year) or ten months before it (then next year).
  const days = dayNumber({ y: dct.y, m: month, d: Math.min(target, daysInMonth(dct.y, month)) }) - dayNumber(dct);
  if (days > 120) return dct.y - 1;
  if (days < -300) return dct.y + 1;
  return dct.y;
}

/** Month shifted from the dct's month. */
export function monthFromDct(dct: Ymd | null, offset: number): Partial<Piece> {
  if (!dct) return { grain: "month" };
  const { y, m } = addMonths(dct.y, dct.m, offset);
  return { year: y, month: m, grain: "month", anchored: true };
}

export function yearFromDct(dct: Ymd | null, offset: number): Partial<Piece> {
  if (!dct) return { grain: "year" };
  return { year: dct.y + offset, grain: "year", anchored: true };
}

/** Offset of a relation word: الماضي → -1, المقبل → +1, الجاري → 0. */
export function relationOffset(relation: Relation | undefined): number {
  return relation === "past" ? -1 : relation === "future" ? 1 : 0;
}

/** A pattern compiled on first use. */
export function lazyPattern(build: () => Pattern): () => Pattern {
  let compiled: Pattern | null = null;
  return () => (compiled ??= build());
}

/** Position words and prepositions that let a month name stand alone ("نهاية نيسان", "في أكتوبر"). */
export const POSITION_WORD_BEFORE = /(?:(?<![\p{L}])اخر|مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|شهري|شهر)\s{1,3}$/u;
export const POSITION_BEFORE = /(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|في|منذ|حتي|خلال|قبل|بعد|من|الي|بين|شهري|شهر)\s{1,3}$/u;

let dateParts: { day: string; relation: string } | null = null;

/** The day (11، الـ 20، العاشر، غرة، "العاشر (10)") and relation tail (الماضي، من العام المقبل) of a named-month date. */
export function dateFragments(): { day: string; relation: string } {
  if (dateParts) return dateParts;
  const f = lexiconFragments();
  dateParts = {
    day: `(?:(?:ال${S0})?(?<d>[0-9]{1,2})(?![0-9])|(?<dw>${f.dayWord}))`,
    relation: `(?:${S}(?<rel>${RELATION_WORDS}|نفسه|ذاته|من${S}(?:العام|السنه)${S}(?:${RELATION_WORDS}|نفسه|ذاته)|من${S}هذا${S}العام|من${S}هذه${S}السنه))?`,
  };
  return dateParts;
}

/** The day of the month a date match names (groups d or dw), if any. */
export function dayValue(m: RegExpExecArray): number | undefined {
  const g = m.groups!;
  if (g.d) return Number(g.d);
  if (!g.dw) return undefined;
  const digits = /\(\s*([0-9]{1,2})\s*\)/.exec(g.dw);
  if (digits) return Number(digits[1]);
  if (g.dw.startsWith("غره")) return 1;
  return numberPhraseValue(squeeze(g.dw))?.value;
}

/** Month and year a relation word points to ("من العام الماضي" moves the year, "الماضي" the month). */
export function yearRelation(rel: string | undefined): { relation: Relation | undefined; yearOffset: number | null } {
  if (!rel) return { relation: undefined, yearOffset: null };
  if (/^من\s/.test(rel)) {
    const relation = relationOf(rel);
    return { relation, yearOffset: relation === "past" ? -1 : relation === "future" ? 1 : relation === "same" ? null : 0 };
  }
  return { relation: relationOf(rel), yearOffset: null };
}
