// Years and eras: "عام 2020"، "العام 2020"، "عامي 2026 و2027"، a bare year after a preposition (في 2024)، a Hijri
// year (1436هـ)، decades (الثمانينيات، ستينيات القرن الماضي)، centuries (القرن العشرين) and BC years (300 ق.م).
import { addDays } from "../calendar.ts";
import { hijriMonthRange, hijriToGregorian } from "../hijri.ts";
import { squeeze } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { numberPhraseValue } from "../../numbers/index.ts";
import { A, B, DIGITS_BEFORE, PRE, S, S0, bodyStart, lazyPattern, pattern, piece, scanPattern } from "./shared.ts";

// Before a bare year: prepositions of time only (إلى and من also introduce quantities: "ارتفع إلى 2000").
const YEAR_PREPOSITION_BEFORE = /(?:مطلع|منتصف|اواخر|اوائل|اواسط|نهايه|بدايه|مستهل|ختام|في|منذ|حتي|خلال|قبل|بعد|بحلول|اعتبارا\s{1,3}من|عامي|العامين|سنتي)\s{1,3}$/u;

// Nouns that name an event or period by its year (انتخابات 2020، إنجاز 2009، موازنة 2025); a competition with
// its year (كأس العالم 2026) is a name, as the annotation has it. At most one definite word between.
const YEAR_NOUN_BEFORE = /(?:^|[^\p{L}])[وفبل]?(?:ال)?(?:انتخابات|ثوره|انجاز|موسم|دستور|حرب|ازمه|اتفاق|اتفاقيه|ميزانيه|موازنه|تعداد|احداث|صيف|شتاء|ربيع|خريف|زلزال|فيضانات|انتفاضه|نكسه|نكبه)(?:\s{1,3}ال\p{L}+)?\s{1,3}$/u;

const UNIT_AFTER = /^\s{1,3}(?:شخص|قتيل|جريح|منزل|مواطن|طن|دولار|جنيه|ريال|درهم|دينار|يورو|عنصر|حاله|اصابه|مصاب|لاجئ|نازح|موقع|مقاتل|اسره|عائله|طفل|امراه|سجين|معتقل|جندي|عسكري|وحده|برميل|متر|كيلو|هكتار|شاحنه|صاروخ|غاره|طلعه)/u;
// The second year of a span after the first (… إلى 1997، … حتى عام 2003، بين 1970 و2000), and the first
// before the second.
const RANGE_END = /^\s{1,3}(?:(?:الي|حتي)\s{1,3}|و\s{0,3})(?:(?:ال)?عام\s{1,3})?(?<y>(?:1[89]|20)[0-9]{2})(?![0-9])/u;
const RANGE_START = /(?:من|بين)\s{1,3}(?<y>(?:1[89]|20)[0-9]{2})\s{1,3}(?:الي|حتي)\s{1,3}$/u;

const YEAR = lazyPattern(() => pattern(
    `${B}${PRE}(?<body>(?<kw>(?:ال)?عام(?:ي)?|(?:ال)?سنه|سنتي)${S}(?<y>[0-9]{4})(?![0-9])(?<hs>${S0}ه(?![\\p{L}])|(?=${S0}[-/]${S0}[0-9]{4}${S0}ه(?![\\p{L}])))?(?:${S0}م(?![\\p{L}\\p{N}])|${S}ميلادي(?:ه)?)?)${A}`,
    "عام|سنه|سنتي", 4));
const BARE_YEAR = lazyPattern(() => pattern(`${DIGITS_BEFORE}(?<lead>(?<![\\p{L}\\p{N}])[وبل]?)(?<y>(?:1[89]|20)[0-9]{2})(?![0-9%]|${S0}[-/.:,][0-9])(?<m>م(?![\\p{L}]))?`, "(?:1[89]|20)[0-9]{2}", 1));
const HIJRI_YEAR = lazyPattern(() => pattern(`${DIGITS_BEFORE}(?<y>1[3-4][0-9]{2})${S0}(?:ه|هجريه)(?![\\p{L}])`, "1[3-4][0-9]{2}", 0));
const DECADE = lazyPattern(() => pattern(
    `${B}${PRE}(?<body>(?:ال)?(?<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)(?:${S}(?:من${S})?القرن${S}(?<cent>الماضي|المنصرم|العشرين|الحالي|الحادي${S}والعشرين|التاسع${S}عشر))?)${A}`,
    "(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)ين(?:يات|ات)", 6));
const CENTURY = lazyPattern(() => pattern(
    `${B}${PRE}(?<body>القرن${S}(?<c>الماضي|المنصرم|الحالي|الحادي${S}والعشرين|الحادي${S}عشر|الثاني${S}عشر|الثالث${S}عشر|الرابع${S}عشر|الخامس${S}عشر|السادس${S}عشر|السابع${S}عشر|الثامن${S}عشر|التاسع${S}عشر|العشرين|العاشر|التاسع|الثامن|السابع|السادس|الخامس|الرابع|الثالث|الثاني|الاول)(?:${S}(?:الميلادي|للميلاد))?)${A}`,
    "القرن", 3));
const BC = lazyPattern(() => pattern(`${DIGITS_BEFORE}(?<y>[0-9]{1,4})${S0}(?:ق${S0}\\.${S0}م\\.?|ق${S}م(?![\\p{L}])|قبل${S}الميلاد)`, "ق\\s{0,3}\\.?\\s{0,3}م|قبل\\s{1,3}الميلاد", 8));

function years(context: Context, out: Piece[]): void {
  const { key } = context;
  scanPattern(YEAR(), key, (m) => {
    const g = m.groups!;
    const y = Number(g.y);
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (g.hs !== undefined) {
      const from = hijriToGregorian(y, 1, 1);
      const last = hijriMonthRange(y, 12).to;
      if (!from) return;
      // The value is the Gregorian year that holds most of the Hijri year.
      out.push(piece("hijri-year", start, end, "date", { year: addDays(from, 177).y, grain: "year", from, to: last }));
      return;
    }
    if (y < 1 || y > 2200) return;
    out.push(piece("year", start, end, "date", { year: y, grain: "year" }));
  });
  scanPattern(HIJRI_YEAR(), key, (m) => {
    const y = Number(m.groups!.y);
    const from = hijriToGregorian(y, 1, 1);
    if (!from) return;
    out.push(piece("hijri-year", m.index, m.index + m[0].length, "date", { year: addDays(from, 177).y, grain: "year", from, to: hijriMonthRange(y, 12).to }));
  });
  scanPattern(BARE_YEAR(), key, (m) => {
    const g = m.groups!;
    const start = m.index + g.lead!.length;
    const before = key.slice(Math.max(0, m.index - 16), m.index);
    const afterYear = g.lead === "و" && /[0-9]{4}\s{0,3}$/u.test(before);
    const prepositional = YEAR_PREPOSITION_BEFORE.test(before) || (g.lead === "" && YEAR_NOUN_BEFORE.test(key.slice(Math.max(0, m.index - 32), m.index)));
    const standalone = g.lead === "" && /(?:^|[\n|•(\-–])\s{0,3}$/u.test(before) && /^\s{0,3}(?:$|[\n|)\-–])/u.test(key.slice(m.index + m[0].length, m.index + m[0].length + 4));
    // تولى الرئاسة من 1989 إلى 1997: both ends of a span of years (a later year, and no unit after it).
    const rangeEnd = RANGE_END.exec(key.slice(m.index + m[0].length, m.index + m[0].length + 24));
    const rangeStart = RANGE_START.exec(key.slice(Math.max(0, m.index - 24), m.index));
    const ranged =
      g.lead === "" &&
      ((/(?:من|بين)\s{1,3}$/u.test(before) && rangeEnd !== null && Number(rangeEnd.groups!.y) > Number(g.y) && !UNIT_AFTER.test(key.slice(m.index + m[0].length + rangeEnd[0].length, m.index + m[0].length + rangeEnd[0].length + 14))) ||
        (rangeStart !== null && Number(rangeStart.groups!.y) < Number(g.y)));
    if (!afterYear && !prepositional && !(g.lead === "ب" || g.lead === "ل") && !standalone && !ranged) return;
    if (g.lead === "ب" || g.lead === "ل") {
      if (!/(?:في|منذ|حتي|خلال)\s{1,3}$/u.test(before) && g.lead === "ل") return;
    }
    // A year-looking count of things ("في 2000 منزل") is followed by a noun, not by punctuation or a verb.
    if (UNIT_AFTER.test(key.slice(m.index + m[0].length, m.index + m[0].length + 14))) return;
    out.push(piece("bare-year", start, m.index + m[0].length, "date", { year: Number(g.y), grain: "year" }));
  });
}

const DECADES: Record<string, number> = { عشرين: 2, ثلاثين: 3, اربعين: 4, خمسين: 5, ستين: 6, سبعين: 7, ثمانين: 8, تسعين: 9 };

function eras(context: Context, out: Piece[]): void {
  const { key, dct } = context;
  scanPattern(DECADE(), key, (m) => {
    const g = m.groups!;
    const decade = DECADES[g.dec!]!;
    let century = 19;
    const cent = g.cent ? squeeze(g.cent) : undefined;
    if (cent === "الحالي" || cent === "الحادي والعشرين") century = dct && !cent.startsWith("الحادي") ? Math.floor(dct.y / 100) : 20;
    else if (cent === "التاسع عشر") century = 18;
    else if ((cent === "الماضي" || cent === "المنصرم") && dct) century = Math.floor(dct.y / 100) - 1;
    const yearText = `${century}${decade}X`;
    const anchored = dct !== null && (cent === "الماضي" || cent === "المنصرم" || cent === "الحالي");
    const from = { y: century * 100 + decade * 10, m: 1, d: 1 };
    out.push(piece("decade", bodyStart(m), m.index + m[0].length, "date", { yearText, grain: "year", from, to: { y: from.y + 9, m: 12, d: 31 }, anchored }));
  });
  scanPattern(CENTURY(), key, (m) => {
    const g = m.groups!;
    const word = squeeze(g.c!);
    let number: number | undefined;
    if (word === "الماضي" || word === "المنصرم") number = dct ? Math.floor(dct.y / 100) : undefined;
    else if (word === "الحالي") number = dct ? Math.floor(dct.y / 100) + 1 : undefined;
    else number = numberPhraseValue(word)?.value;
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    if (number === undefined) {
      out.push(piece("century", start, end, "date", { yearText: "XXXX", grain: "year" }));
      return;
    }
    const first = (number - 1) * 100;
    const anchored = word === "الماضي" || word === "المنصرم" || word === "الحالي";
    out.push(piece("century", start, end, "date", { yearText: `${String(number - 1).padStart(2, "0")}XX`, grain: "year", from: { y: first, m: 1, d: 1 }, to: { y: first + 99, m: 12, d: 31 }, anchored }));
  });
  scanPattern(BC(), key, (m) => {
    out.push(piece("bc-year", m.index, m.index + m[0].length, "date", { yearText: `BC${m.groups!.y!.padStart(4, "0")}`, grain: "year" }));
  });
}

export function parseYears(context: Context): Piece[] {
  const out: Piece[] = [];
  years(context, out);
  eras(context, out);
  return out;
}
