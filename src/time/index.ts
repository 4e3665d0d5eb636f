// The time stage: every date, time, duration and set (TIMEX3) in the text, normalized against the dct.
// Design after chrono-node: pattern families (patterns/*) read the normalized key and produce pieces;
// refiners drop overlaps, merge neighbours and settle anaphors; resolve turns pieces into values.
import type { Doc, Timex } from "../document.ts";
import { normalizeWithMap, originalSpan } from "../text/normalize.ts";
import { withTrailingMarks } from "../numbers/index.ts";
import { parseYmd } from "./calendar.ts";
import type { Context, Parser, Piece } from "./model.ts";
import { parseDates } from "./patterns/dates.ts";
import { parseRelative } from "./patterns/relative.ts";
import { parseWeekdays } from "./patterns/weekdays.ts";
import { parseHolidays } from "./patterns/holidays.ts";
import { parseReferences } from "./patterns/references.ts";
import { parseHijriDates } from "./patterns/hijri-dates.ts";
import { parseYears } from "./patterns/years.ts";
import { parseClock } from "./patterns/clock.ts";
import { parseDurations } from "./patterns/durations.ts";
import { parsePeriods } from "./patterns/periods.ts";
import { dropOverlaps, mergeNeighbours, settleContext } from "./refiners.ts";
import { toTimex } from "./resolve.ts";

/** The pattern families, one module each. */
export const PARSERS: readonly Parser[] = [
  parseDates,
  parseHijriDates,
  parseYears,
  parseRelative,
  parseWeekdays,
  parseHolidays,
  parseReferences,
  parseClock,
  parseDurations,
  parsePeriods,
];

/** All pieces of a text before refinement (for tests of a single family). */
export function parsePieces(text: string, dct: string | null, parsers: readonly Parser[] = PARSERS): { pieces: Piece[]; context: Context } {
  const normalized = normalizeWithMap(text);
  const context: Context = { key: normalized.key, text, map: normalized.map, dct: dct ? parseYmd(dct) : null };
  const pieces: Piece[] = [];
  for (const parse of parsers) pieces.push(...parse(context));
  return { pieces, context };
}

const NAME_PARTICLE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:ابو|ابن|بن|بنت|ام|ال)\s{1,3}$/u;

/** أبو قرنين، بن سنة: a duration word after a kinship particle is a family name. */
function inPersonName(key: string, piece: Piece): boolean {
  return piece.kind === "duration" && NAME_PARTICLE_BEFORE.test(key.slice(Math.max(0, piece.start - 12), piece.start));
}

/** Recognizes temporal expressions in a text against a publication date (YYYY-MM-DD or null). */
export function findTimexes(text: string, dct: string | null): Timex[] {
  if (text.length === 0) return [];
  const normalized = normalizeWithMap(text);
  const context: Context = { key: normalized.key, text, map: normalized.map, dct: dct ? parseYmd(dct) : null };
  const pieces: Piece[] = [];
  for (const parse of PARSERS) for (const piece of parse(context)) if (!inPersonName(context.key, piece)) pieces.push(piece);
  // Merge before dropping overlaps would let a short reading block a long one; merge after instead.
  const refined = settleContext(mergeNeighbours(dropOverlaps(pieces, context.key.length), context.key), context);
  const out: Timex[] = [];
  for (const p of refined) {
    const span = withTrailingMarks(text, originalSpan(normalized, p.start, p.end));
    const timex = toTimex(p, { ...span, text: text.slice(span.start, span.end) }, dct);
    if (timex) out.push(timex);
  }
  return out;
}

/** Recognizes and normalizes temporal expressions against the document's dct. */
export function recognizeTimexes(doc: Doc): Timex[] {
  return findTimexes(doc.text, doc.dct);
}
