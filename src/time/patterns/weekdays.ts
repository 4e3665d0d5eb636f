// Weekdays: "الأحد"، "يوم الخميس الماضي"، "الأربعاء المقبل"، "السبت بعد القادم"، "ليل الاثنين - الثلاثاء".
// A bare weekday is the most recent such day on or before the dct, after it in a future clause.
import { addDays, weekday as weekdayOf, type Ymd } from "../calendar.ts";
import { squeeze, timeLexicon } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { B, S, S0, bodyStart, lazyPattern, lexiconFragments, pattern, piece, relationOf, scanPattern } from "./shared.ts";

const WEEKDAY = lazyPattern(() => {
  const f = lexiconFragments();
  return pattern(
    `${B}(?<pre>[وف]?)(?<body>(?:يومي?${S})?(?<wd>${f.weekdays})(?:${S0}[-–]${S0}(?<wd2>${f.weekdays}))?(?:${S}(?<rel>الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|المقبل|المقبله|القادم|القادمه|بعد${S}(?:المقبل|القادم|المقبله|القادمه)|قبل${S}(?:الماضي|الماضيه)))?)(?![\\p{L}\\p{M}])`,
    f.weekdays, 8);
});

export function resolveWeekday(dct: Ymd, target: number, direction: "bare" | "past" | "past2" | "future" | "future2"): Ymd {
  const today = weekdayOf(dct);
  if (direction === "past" || direction === "past2") {
    const back = (today - target + 7) % 7 || 7;
    return addDays(dct, -back - (direction === "past2" ? 7 : 0));
  }
  if (direction === "future" || direction === "future2") {
    const ahead = (target - today + 7) % 7 || 7;
    return addDays(dct, ahead + (direction === "future2" ? 7 : 0));
  }
  return addDays(dct, -((today - target + 7) % 7));
}

// Titles that a family name follows directly (الدكتور الجمعة، الشيخ السبت).
const PERSON_TITLES = new Set(["الدكتور", "الدكتوره", "الشيخ", "الشيخه", "السيد", "السيده", "المهندس", "الاستاذ", "الاستاذه", "اللواء", "العميد", "العقيد", "الامير", "المستشار", "المدرب", "اللاعب", "الفنان", "الزميل", "المحامي", "القاضي"]);

function afterGivenName(key: string, at: number): boolean {
  const before = key.slice(Math.max(0, at - 24), at);
  if (!/\p{L}\s{1,2}$/u.test(before)) return false;
  const words = before.trim().split(/\s+/u);
  const last = words[words.length - 1]!;
  const names = timeLexicon().givenNames;
  return names.has(last) || PERSON_TITLES.has(last.replace(/^[وف]/u, "")) || names.has(words.slice(-2).join(" ")) || (last.length > 3 && /^[وف]/u.test(last) && names.has(last.slice(1)));
}

/** Whether the clause before a position speaks of the future ("سيزور", "من المقرر", "سوف"). */
export function futureClause(key: string, at: number): boolean {
  // A comma right before the weekday sets it off as an adverb ("سيوقع، الأربعاء،"); earlier ones end the clause.
  const before = key.slice(Math.max(0, at - 60), at).replace(/[\s،,]+$/u, "");
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf("،"), before.lastIndexOf("\n"), before.lastIndexOf(",")) + 1);
  const words = clause.split(/[^\p{L}]+/u).filter(Boolean).slice(-6);
  const cues = timeLexicon().futureCues;
  return words.some((w) => cues.has(w) || (w.length > 3 && /^[وف]/u.test(w) && cues.has(w.slice(1))));
}

export function parseWeekdays(context: Context): Piece[] {
  const out: Piece[] = [];
  const { weekdays: table } = timeLexicon();
  const { key, dct } = context;
  scanPattern(WEEKDAY(), key, (m) => {
    const g = m.groups!;
    const start = bodyStart(m);
    let end = m.index + m[0].length;
    const wd = squeeze(g.wd!);
    const target = table.get(wd)!;
    // الأحد عشر (eleven), الواحد الأحد (God), and names such as "جمعة" (no article) are not weekdays.
    if (target === 7 && /^\s{1,3}(?:عشر|عشره)(?![\p{L}])/u.test(key.slice(start + (g.body!.indexOf(g.wd!)) + g.wd!.length, end + 8))) return;
    if (target === 7 && /الواحد\s{1,3}$/u.test(key.slice(Math.max(0, start - 10), start))) return;
    // "بين الاثنين" is "between the two".
    if (target === 1 && wd === "الاثنين" && /(?:بين|كلا|هذين|لهذين|الطرفين)\s{1,3}$/u.test(key.slice(Math.max(0, start - 10), start))) return;
    // "الجولة الاثنين والثلاثين" is an ordinal.
    if (target === 1 && /^\s{1,3}و(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)/u.test(key.slice(end, end + 14))) return;
    if (g.wd2) {
      const second = table.get(squeeze(g.wd2))!;
      // "ليل الاثنين - الثلاثاء" is one night; two unrelated days are two expressions.
      if (second !== (target % 7) + 1) end = start + g.body!.indexOf(g.wd!) + g.wd!.length;
    }
    const rel = g.rel ? squeeze(g.rel) : undefined;
    // "محمد الخميس", "عبدالله بن السبت", "الدكتور الجمعة": after a given name or a title a bare weekday is a family name.
    if (rel === undefined && !g.body!.startsWith("يوم") && afterGivenName(key, start)) return;
    let direction: "bare" | "past" | "past2" | "future" | "future2" =
      rel === undefined ? "bare" : rel.startsWith("بعد") ? "future2" : rel.startsWith("قبل") ? "past2" : relationOf(rel) === "future" ? "future" : "past";
    if (direction === "bare" && futureClause(key, start)) direction = "future";
    if (!dct) {
      out.push(piece("weekday", start, end, "date", { weekday: target, grain: "day" }));
      return;
    }
    const date = resolveWeekday(dct, target, direction);
    out.push(piece("weekday", start, end, "date", { year: date.y, month: date.m, day: date.d, weekday: target, grain: "day", anchored: true }));
  });
  return out;
}
