// Times of day: 21:00, "الساعة 07,20", "04:20 ت غ" (GMT), "بتوقيت موسكو", "الساعة السادسة صباحا",
// "السادسة ونصف", and day parts (صباح، مساء، ظهر، فجر، ليل، منتصف الليل) that join a date into a TIME.
import { squeeze } from "../lexicon.ts";
import type { Context, DayPart, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import { A, B, PRE, S, S0, bodyStart, lexiconFragments, pattern, piece, scanPattern, type Pattern } from "./shared.ts";

const MERIDIEM = `صباحا|صباح|ص|am|a\\.m\\.|مساء|مساءا|م|pm|p\\.m\\.|ظهرا|عصرا|ليلا|فجرا`;
const ZONE_WORDS = `(?:ت${S0}\\.?${S0}غ\\.?|gmt|utc|بتوقيت${S}(?:غرينتش|جرينتش|غرينيتش)|بالتوقيت${S}العالمي)`;
const ZONE = `(?:\\(${S0}${ZONE_WORDS}${S0}\\)|${ZONE_WORDS})`;
const LOCAL_ZONE = `بتوقيت${S}[\\p{L}]+(?:${S}المكرمه|${S}المنوره)?`;
const PART_WORDS = `صباح|مساء|ظهر|عصر|فجر|ليل|ليله|زوال|ضحي|بعد${S}(?:ال)?ظهر|بعد${S}(?:ال)?زوال|قبل${S}(?:ال)?ظهر`;

const HOUR_WORDS: Record<string, number> = {
  الواحده: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9, العاشره: 10,
  "الحاديه عشره": 11, "الثانيه عشره": 12,
};

let compiled: Record<string, Pattern> | null = null;

function patterns(): Record<string, Pattern> {
  if (compiled) return compiled;
  const f = lexiconFragments();
  // Prepositions and approximators (في، عند، حوالي) stay outside the span; تمام is part of the time.
  const LEAD = `(?<lead>(?:تمام${S})?(?:ال)?ساعه${S})`;
  const TAIL = `(?:${S0}(?<ap>${MERIDIEM})(?![\\p{L}]))?(?:${S0}(?<zone>${ZONE})|${S}(?<local>${LOCAL_ZONE}))?`;
  compiled = {
    numeric: pattern(
      `(?:(?<![\\p{N}:.,/])|(?<=(?:^|[^0-9])(?:19|20)[0-9]{2}))${LEAD}?(?<h>[0-9]{1,2})(?<sep>[:.,])(?<mi>[0-9]{2})(?![0-9])(?::(?<s>[0-9]{2}))?${TAIL}`,
      "[0-9]{1,2}[:.,][0-9]{2}", 24),
    hour: pattern(`${B}(?<lead>(?:تمام${S})?(?:ال)?ساعه${S}(?:ال${S0})?)(?<h>[0-9]{1,2})(?![0-9]|${S0}[:.,٫][0-9])${TAIL}`, "ساعه", 10),
    // "حتى 9 مساء": an hour in digits with its day part.
    hourPart: pattern(`(?<![\\p{N}:.,/])(?<h>[0-9]{1,2})${S}(?<ap>صباحا|صباح|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)(?![\\p{L}])`, "صباح|مساء|ظهرا|عصرا|ليلا|فجرا", 4),
    words: pattern(
      `${B}${LEAD}?(?<hw>الحاديه${S}عشره?|الثانيه${S}عشره?|الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره)(?<frac>${S}(?:و|الا)${S0}(?:النصف|نصف|الربع|ربعا|ربع|الثلث|ثلث|(?:[0-9]{1,2}|${f.cardinal})${S}(?:دقائق|دقيقه)|دقيقتين|دقيقتان))?(?:${S}(?<ap>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)|${S}(?:من|في)${S}(?<of>${PART_WORDS})(?=${S}|[^\\p{L}]|$))?(?:${S0}(?<zone>${ZONE})|${S}(?<local>${LOCAL_ZONE}))?${A}`,
      "الحاديه|الثانيه|الواحده|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره", 24),
    part: pattern(`${B}${PRE}(?<body>(?<p>منتصف${S}(?:ليل|ليله|الليل)|${PART_WORDS}|صباحا|مساءا|ليلا|ظهرا|عصرا|فجرا))${A}`, `منتصف|${PART_WORDS}|صباحا|مساءا|ليلا|ظهرا|عصرا|فجرا`, 3),
  };
  return compiled;
}

export function partOf(word: string): DayPart | undefined {
  const w = squeeze(word);
  if (w.startsWith("منتصف")) return "MIDNIGHT";
  if (w.startsWith("قبل")) return "MO";
  if (w.startsWith("بعد")) return "AF";
  if (/^(?:صباح|صباحا|فجر|فجرا|ضحي|ص|am|a\.m\.)$/u.test(w)) return "MO";
  if (/^(?:ظهر|ظهرا|زوال)$/u.test(w)) return "NOON";
  if (/^(?:عصر|عصرا)$/u.test(w)) return "AF";
  if (/^(?:مساء|مساءا|م|pm|p\.m\.)$/u.test(w)) return "EV";
  if (/^(?:ليل|ليله|ليلا)$/u.test(w)) return "NI";
  return undefined;
}

/** 24-hour clock from a 12-hour reading and its day part. */
export function adjustHour(hour: number, part: DayPart | undefined): number {
  if (part === undefined || part === "MO") return part === "MO" && hour === 12 ? 0 : hour;
  if (part === "NOON") return hour < 6 ? hour + 12 : hour;
  if (part === "NI") return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  if (part === "MIDNIGHT") return hour;
  return hour < 12 ? hour + 12 : hour;
}

function clockPiece(rule: string, start: number, end: number, hour: number, minute: number, second: number | undefined, g: Record<string, string | undefined>): Piece | null {
  const part = g.ap ? partOf(g.ap) : g.of ? partOf(g.of) : undefined;
  const adjusted = part ? adjustHour(hour, part) : hour;
  if (adjusted > 24 || minute > 59 || (second !== undefined && second > 59)) return null;
  return piece(rule, start, end, "clock", {
    hour: adjusted,
    minute,
    second,
    zulu: g.zone !== undefined,
    meridiem: part ? (adjusted >= 12 ? "pm" : "am") : undefined,
    hourAmbiguous: part === undefined && hour >= 1 && hour <= 11,
    part: g.of ? part : undefined,
  });
}

export function parseClock(context: Context): Piece[] {
  const out: Piece[] = [];
  const { key } = context;
  scanPattern(patterns().numeric!, key, (m) => {
    const g = m.groups!;
    // "07,20" and "19.30" are clock times only next to الساعة or a time zone; "12:07" always is.
    if (g.sep !== ":" && !g.lead && !g.zone) return;
    const hour = Number(g.h);
    if (hour > 24) return;
    const made = clockPiece("clock", m.index, m.index + m[0].length, hour, Number(g.mi), g.s ? Number(g.s) : undefined, g);
    if (made) out.push(made);
  });
  scanPattern(patterns().hour!, key, (m) => {
    const g = m.groups!;
    const hour = Number(g.h);
    if (hour > 24) return;
    const made = clockPiece("clock-hour", m.index, m.index + m[0].length, hour, 0, undefined, g);
    if (made) out.push(made);
  });
  scanPattern(patterns().hourPart!, key, (m) => {
    const g = m.groups!;
    const hour = Number(g.h);
    if (hour < 1 || hour > 12) return;
    const made = clockPiece("clock-hour", m.index, m.index + m[0].length, hour, 0, undefined, g);
    if (made) out.push(made);
  });
  scanPattern(patterns().words!, key, (m) => {
    const g = m.groups!;
    const before = key.slice(Math.max(0, m.index - 10), m.index);
    // An hour word alone is an ordinal ("الدورة السادسة"): it needs الساعة, a fraction, a day part or "حدود".
    if (!g.lead && !g.frac && !g.ap && !g.of && !/(?:حدود|حوالي|تمام|نحو)\s{1,3}$/u.test(before)) return;
    const hour = HOUR_WORDS[squeeze(g.hw!).replace(/عشر$/u, "عشره")]!;
    let minute = 0;
    let h = hour;
    if (g.frac) {
      const frac = squeeze(g.frac);
      const minus = frac.startsWith("الا");
      let amount = 0;
      if (/نصف/u.test(frac)) amount = 30;
      else if (/ربع/u.test(frac)) amount = 15;
      else if (/ثلث/u.test(frac)) amount = 20;
      else if (/دقيقت/u.test(frac)) amount = 2;
      else {
        const n = frac.replace(/^(?:و|الا)\s?/u, "").replace(/\s?(?:دقائق|دقيقه)$/u, "");
        amount = /^[0-9]+$/.test(n) ? Number(n) : (numberPhraseValue(n)?.value ?? 0);
      }
      if (minus) {
        h = hour === 1 ? 12 : hour - 1;
        minute = 60 - amount;
      } else minute = amount;
    }
    const made = clockPiece("clock-words", m.index, m.index + m[0].length, h, minute, undefined, g);
    if (made) out.push(made);
  });
  scanPattern(patterns().part!, key, (m) => {
    const word = m.groups!.p!;
    const part = partOf(word);
    if (!part) return;
    const suffix = /ا$/u.test(word);
    out.push(piece(suffix ? "part-suffix" : "part", bodyStart(m), m.index + m[0].length, "part", { part }));
  });
  return out;
}
