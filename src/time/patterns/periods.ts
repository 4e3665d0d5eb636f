// Parts of a year: quarters and halves (الربع الأول من العام الحالي → 2015-Q1, النصف الثاني من 2014 → 2014-H2)
// and seasons (صيف 2015 → 2015-SU, الشتاء الماضي).
import { daysInMonth, type Ymd } from "../calendar.ts";
import type { Context, Piece } from "../model.ts";
import { A, B, PRE, RELATION_WORDS, S, bodyStart, pattern, piece, relationOf, relationOffset, scanPattern, type Pattern } from "./shared.ts";

let compiled: Record<string, Pattern> | null = null;

function patterns(): Record<string, Pattern> {
  if (compiled) return compiled;
  compiled = {
    part: pattern(
      `${B}${PRE}(?<body>(?<q>الربع|النصف)${S}(?<ord>الاول|الثاني|الثالث|الرابع|الاخير)${S}(?:من${S})?(?:(?:ال|ل)?عام${S}(?<y>[0-9]{4})|(?<y2>[0-9]{4})|(?<cur>العام|السنه)(?:${S}(?<rel>${RELATION_WORDS}))?|(?<this>هذا${S}العام|هذه${S}السنه)))${A}`,
      "الربع|النصف",
      3,
    ),
    season: pattern(
      `${B}${PRE}(?<body>(?:فصل${S})?(?<s>(?:ال)?(?:صيف|شتاء|ربيع|خريف))(?:${S}(?:(?:ال|ل)?عام${S})?(?<y>[0-9]{4})(?![0-9])|${S}(?:العام|السنه)${S}(?<yrel>${RELATION_WORDS})|${S}(?<ythis>هذا${S}العام|هذه${S}السنه)|${S}(?<rel>${RELATION_WORDS}))|(?:هذا|هذه)${S}(?<s2>الصيف|الشتاء|الربيع|الخريف))${A}`,
      "صيف|شتاء|ربيع|خريف",
      10,
    ),
  };
  return compiled;
}

const ORDINAL: Record<string, number> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 };
const SEASONS: Record<string, { code: string; from: number; months: number }> = {
  ربيع: { code: "SP", from: 3, months: 3 },
  صيف: { code: "SU", from: 6, months: 3 },
  خريف: { code: "FA", from: 9, months: 3 },
  شتاء: { code: "WI", from: 12, months: 3 },
};

function span(y: number, fromMonth: number, months: number): { from: Ymd; to: Ymd } {
  const last = fromMonth + months - 1;
  const toYear = y + Math.floor((last - 1) / 12);
  const toMonth = ((last - 1) % 12) + 1;
  return { from: { y, m: fromMonth, d: 1 }, to: { y: toYear, m: toMonth, d: daysInMonth(toYear, toMonth) } };
}

export function parsePeriods(context: Context): Piece[] {
  const out: Piece[] = [];
  const { key, dct } = context;
  scanPattern(patterns().part!, key, (m) => {
    const g = m.groups!;
    const half = g.q === "النصف";
    const count = half ? 2 : 4;
    const index = g.ord === "الاخير" ? count : ORDINAL[g.ord!]!;
    if (index > count) return;
    let year: number | undefined = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : undefined;
    if (year === undefined && dct) year = dct.y + (relationOf(g.rel) === "past" ? -1 : relationOf(g.rel) === "future" ? 1 : 0);
    const code = `${half ? "H" : "Q"}${index}`;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (year === undefined) {
      out.push(piece("year-part", start, end, "date", { yearText: `XXXX-${code}`, grain: "year" }));
      return;
    }
    const months = 12 / count;
    out.push(piece("year-part", start, end, "date", { yearText: `${year}-${code}`, grain: "year", ...span(year, (index - 1) * months + 1, months), anchored: !g.y && !g.y2 }));
  });
  scanPattern(patterns().season!, key, (m) => {
    const g = m.groups!;
    const name = (g.s ?? g.s2!).replace(/^ال/u, "");
    const season = SEASONS[name]!;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    let year: number | undefined = g.y ? Number(g.y) : undefined;
    // صيف العام الماضي is the summer of last year; الصيف الماضي the latest summer gone.
    if (year === undefined && dct && (g.yrel || g.ythis)) year = dct.y + relationOffset(g.ythis ? "current" : relationOf(g.yrel));
    if (year === undefined && dct) {
      const relation = g.s2 ? "current" : relationOf(g.rel);
      const first = { y: dct.y, m: season.from };
      const startsAfter = first.m > dct.m;
      const endMonth = season.from + season.months - 1;
      const endedBefore = endMonth < dct.m;
      if (relation === "past") year = endedBefore ? dct.y : dct.y - 1;
      else if (relation === "future") year = startsAfter ? dct.y : dct.y + 1;
      else year = season.code === "WI" && dct.m <= 2 ? dct.y - 1 : dct.y;
    }
    if (year === undefined) {
      out.push(piece("season", start, end, "date", { yearText: `XXXX-${season.code}`, grain: "year" }));
      return;
    }
    out.push(piece("season", start, end, "date", { yearText: `${year}-${season.code}`, grain: "year", ...span(year, season.from, season.months), anchored: !g.y }));
  });
  return out;
}
