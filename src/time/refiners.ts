// Refiners run after the pattern families, in order: drop overlaps (the longer reading wins), merge
// neighbours into one expression ("مساء" + "أمس" + "السبت" + "11 أغسطس"), then settle what depends on
// the previous expressions (anaphors, clock times without a date, 12-hour clocks in an evening sentence).
import { addDays, weekday as weekdayOf, type Ymd } from "./calendar.ts";
import { adjustHour } from "./patterns/clock.ts";
import { durationValue } from "./patterns/durations.ts";
import type { Context, Piece } from "./model.ts";

/** Keeps the longest of overlapping pieces (earlier start on ties), in text order. */
export function dropOverlaps(pieces: Piece[], keyLength: number): Piece[] {
  const byLength = [...pieces].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Pieces are short: marking the characters they cover keeps this linear in the text.
  const taken = new Uint8Array(keyLength + 1);
  const kept: Piece[] = [];
  for (const p of byLength) {
    let free = true;
    for (let i = p.start; i < p.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, p.start, p.end);
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const GAP_SIMPLE = /^[\s,،\-–—(/“”"'«»|]{0,6}$/u;
const GAP_NEXT_TO = /^\s{1,3}$/u;
const GAP_MUWAFIQ = /^[\s,،\-(]{0,4}الموافق(?:\s{0,2}ل)?[\s,،(:]{0,4}$/u;
const GAP_TIME = /^[\s,،\-–|(]{0,5}$/u;
const GAP_OF = /^\s{1,3}(?:من|في)?\s{0,3}$/u;
const GAP_AND = /^\s{0,3}و?\s{0,3}$/u;
const CLOSERS: Record<string, string> = { "(": ")", "“": "”", '"': '"', "«": "»", "/": "/", "'": "'" };

const isDate = (p: Piece) => p.kind === "date";
const dayGrain = (p: Piece) => isDate(p) && p.grain === "day" && p.yearText === undefined;
const hasTime = (p: Piece) => p.part !== undefined || p.hour !== undefined;
const dateFields = (p: Piece): Partial<Piece> => ({
  anchored: p.anchored,
  year: p.year, month: p.month, day: p.day, grain: p.grain, explicitDay: p.explicitDay, weekday: p.weekday, from: p.from, to: p.to, yearText: p.yearText,
});
const clockFields = (p: Piece): Partial<Piece> => ({
  hour: p.hour, minute: p.minute, second: p.second, zulu: p.zulu, meridiem: p.meridiem, hourAmbiguous: p.hourAmbiguous,
});

/** The merged piece of two neighbours, or null when they are two expressions. */
function combine(a: Piece, b: Piece, gap: string): Piece | null {
  const span = { start: a.start, end: b.end };
  // Day part before a day: "مساء أمس", "صباح الاثنين", "فجر الـ 21 من شهر تموز".
  if (a.kind === "part" && dayGrain(b) && !hasTime(b) && (GAP_SIMPLE.test(gap) || /^\s{1,3}(?:يوم|من)\s{1,3}$/u.test(gap))) {
    return { ...b, ...span, part: a.part, rule: `${a.rule}+${b.rule}` };
  }
  // Day then a day-part adverb: "أمس مساء", "الخميس ليلا".
  if (dayGrain(a) && b.kind === "part" && !hasTime(a) && GAP_NEXT_TO.test(gap) && b.part !== "MIDNIGHT") {
    return { ...a, ...span, part: b.part, rule: `${a.rule}+${b.rule}` };
  }
  // "اليوم الثلاثاء", "غدا الاثنين", "أمس (الثلاثاء)": the relative day fixes the date.
  if (isDate(a) && a.relday && isDate(b) && b.weekday !== undefined && !b.explicitDay && GAP_SIMPLE.test(gap)) {
    return { ...a, ...span, rule: `${a.rule}+${b.rule}` };
  }
  // A weekday or relative day and its calendar date: "الإثنين 19 يوليو/تموز 2021", "اليوم الأحد (16 تشرين الثاني 2025)",
  // "يوم الأربعاء المقبل، الموافق 8 كانون الثاني 2025".
  if (isDate(a) && (a.weekday !== undefined || a.relday) && !a.explicitDay && isDate(b) && b.explicitDay && !hasTime(b) && (GAP_SIMPLE.test(gap) || GAP_MUWAFIQ.test(gap))) {
    return { ...a, ...dateFields(b), part: a.part, ...span, relday: false, rule: `${a.rule}+${b.rule}` };
  }
  // A day and its clock time: "السبت 06-09-2014 17:41", "الأحد 12 نوفمبر 2017 على الساعة 19:18".
  if (dayGrain(a) && b.kind === "clock" && a.hour === undefined && (GAP_TIME.test(gap) || /^\s{1,3}(?:علي|في|عند)?\s{0,3}$/u.test(gap))) {
    const hour = b.hourAmbiguous && a.part ? adjustHour(b.hour!, a.part) : b.hour;
    return { ...a, ...clockFields(b), hour, hourAmbiguous: b.hourAmbiguous && !a.part, part: undefined, ...span, rule: `${a.rule}+${b.rule}` };
  }
  // A clock time and its day: "الساعة الواحدة من زوال اليوم", "الساعة 10 صباح الأحد".
  if (a.kind === "clock" && dayGrain(b) && b.hour === undefined && GAP_OF.test(gap)) {
    const hour = a.hourAmbiguous && b.part ? adjustHour(a.hour!, b.part) : a.hour;
    return { ...b, ...clockFields(a), hour, hourAmbiguous: a.hourAmbiguous && !b.part, part: undefined, ...span, rule: `${a.rule}+${b.rule}` };
  }
  // A clock time followed by its day part: "الساعة 8 مساء".
  if (a.kind === "clock" && b.kind === "part" && a.hourAmbiguous && GAP_NEXT_TO.test(gap) && b.part !== "MIDNIGHT") {
    return { ...a, hour: adjustHour(a.hour!, b.part), hourAmbiguous: false, ...span, rule: `${a.rule}+${b.rule}` };
  }
  // "نهاية فبراير الماضي", "مطلع العام", "أواخر الشهر الماضي": the position keeps the unit's value.
  if (a.kind === "position" && isDate(b) && b.grain !== "day" && GAP_NEXT_TO.test(gap)) {
    return { ...b, ...span, rule: `${a.rule}+${b.rule}` };
  }
  // "ساعتين وعشر دقائق".
  if (a.kind === "duration" && b.kind === "duration" && GAP_AND.test(gap) && gap.includes("و") && a.durationParts && b.durationParts) {
    const units = new Set(a.durationParts.map((p) => p.unit));
    if (b.durationParts.some((p) => units.has(p.unit))) return null;
    const parts = [...a.durationParts, ...b.durationParts];
    return { ...a, ...span, durationParts: parts, value: durationValue(parts), rule: `${a.rule}+${b.rule}` };
  }
  return null;
}

/** Merges neighbours left to right until nothing more joins. */
export function mergeNeighbours(pieces: Piece[], key: string): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.start >= last.end && p.start - last.end <= 14) {
      const gap = key.slice(last.end, p.start);
      const merged = combine(last, p, gap);
      if (merged) {
        // A bracket or quote opened in the gap closes right after the merged piece: "اليوم (السبت)".
        const opener = [...gap].reverse().find((c) => CLOSERS[c] !== undefined);
        if (opener && key[merged.end] === CLOSERS[opener]) merged.end += 1;
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

const SENTENCE_END = /[.!?؟\n]/u;

/** Anaphors, clocks without a day and 12-hour clocks take what the text before them says. */
export function settleContext(pieces: Piece[], context: Context): Piece[] {
  const { key, dct } = context;
  let lastDay: Ymd | null = null;
  let lastMonth: { y: number; m: number } | null = null;
  let lastYear: number | null = null;
  let previous: Piece | null = null;
  let lastHoliday: Piece | null = null;
  const out: Piece[] = [];
  for (let index = 0; index < pieces.length; index++) {
    let p = pieces[index]!;
    const next = pieces[index + 1];
    // "يوم الإثنين هو غرة ذي الحجة": a bare weekday takes the date that follows and names the same day.
    if (isDate(p) && p.weekday !== undefined && !p.explicitDay && !p.relday && next && dayGrain(next) && next.explicitDay && next.year !== undefined) {
      const gap = key.slice(p.end, next.start);
      const date = { y: next.year, m: next.month!, d: next.day! };
      if (gap.length <= 24 && !SENTENCE_END.test(gap) && weekdayOf(date) === p.weekday) p = { ...p, ...ymdFields(date) };
    }
    if (p.kind === "anaphor" && p.anaphor?.grain === "holiday") {
      // "العيد" is the feast named before it; alone it says nothing.
      if (!lastHoliday) continue;
      p = { ...p, ...dateFields(lastHoliday), kind: "date", rule: "feast" };
    }
    if (p.rule === "holiday") lastHoliday = p;
    const sameSentence = previous !== null && !SENTENCE_END.test(key.slice(previous.end, p.start));
    if (p.kind === "anaphor" && p.anaphor) {
      const { grain, offset, day } = p.anaphor;
      if (grain === "holiday") continue;
      if (grain === "day") {
        const base = lastDay ?? dct;
        p = base ? { ...p, kind: "date", ...ymdFields(addDays(base, offset)), grain: "day", anchored: true } : { ...p, kind: "date", grain: "day" };
      } else if (grain === "month") {
        const base = lastMonth ?? (dct ? { y: dct.y, m: dct.m } : null);
        p = base ? { ...p, kind: "date", year: base.y, month: base.m, day, grain: day ? "day" : "month", anchored: true } : { ...p, kind: "date", day, grain: day ? "day" : "month" };
      } else {
        const base = lastYear ?? dct?.y ?? null;
        p = base !== null ? { ...p, kind: "date", year: base, grain: "year", anchored: true } : { ...p, kind: "date", grain: "year" };
      }
    }
    // A day part that joined no day: "منتصف الليل", "وصلت ظهراً" fall on the day the sentence is about.
    // An adverb such as "ظهراً" needs a day in its sentence; "ليلاً ونهاراً" (day and night) is no time at all.
    if (p.kind === "part" && (p.part === "MIDNIGHT" || (p.rule === "part-suffix" && sameSentence && previous !== null && dayGrain(previous)))) {
      if (!/^\s{0,3}و\s{0,3}نهارا/u.test(key.slice(p.end, p.end + 10))) {
        const base = sameSentence && previous && dayGrain(previous) && previous.year !== undefined ? { y: previous.year, m: previous.month!, d: previous.day! } : lastDay && sameSentence ? lastDay : dct;
        p = { ...p, kind: "date", grain: "day", ...(base ? ymdFields(base) : {}), anchored: base !== null };
      }
    }
    if (p.kind === "clock") {
      // An evening sentence makes "السادسة ونصف" 18:30.
      let hour = p.hour!;
      if (p.hourAmbiguous && sameSentence && previous?.part) hour = adjustHour(hour, previous.part);
      const base = sameSentence && previous && dayGrain(previous) && previous.year !== undefined ? { y: previous.year, m: previous.month!, d: previous.day! } : lastDay && sameSentence ? lastDay : dct;
      p = { ...p, kind: "date", hour, grain: "day", ...(base ? ymdFields(base) : {}), anchored: base !== null };
    }
    if (isDate(p)) {
      if (p.year !== undefined && p.month !== undefined && p.day !== undefined && p.grain === "day") lastDay = { y: p.year, m: p.month, d: p.day };
      if (p.year !== undefined && p.month !== undefined) lastMonth = { y: p.year, m: p.month };
      if (p.year !== undefined) lastYear = p.year;
    }
    out.push(p);
    previous = p;
  }
  return out;
}

function ymdFields(date: Ymd): Partial<Piece> {
  return { year: date.y, month: date.m, day: date.d };
}
