// Adverbs of reference: حاليا، الآن، في الوقت الراهن، هذه الأيام (PRESENT_REF)، مؤخرا، سابقا، في الآونة
// الأخيرة، الفترة الماضية (PAST_REF)، قريبا، مستقبلا، في المستقبل، في القريب العاجل، المرحلة المقبلة (FUTURE_REF).
import { squeeze } from "../lexicon.ts";
import type { Context, Piece } from "../model.ts";
import { A, B, PRE, S, bodyStart, lazyPattern, pattern, piece, scanPattern } from "./shared.ts";

const REFERENCE = lazyPattern(() => pattern(
    `${B}${PRE}(?<body>حاليا|مؤخرا|موخرا|اخيرا|سابقا|قريبا|مستقبلا|الان|في${S}الوقت${S}(?:الحالي|الراهن|الحاضر)|في${S}الاونه${S}الاخيره|في${S}المستقبل(?:${S}القريب)?|في${S}القريب${S}العاجل|(?:في${S})?هذه${S}الايام|الفتره${S}(?:الماضيه|السابقه|الاخيره|المقبله|القادمه)|المرحله${S}(?:المقبله|القادمه))${A}`,
    "حاليا|مؤخرا|موخرا|اخيرا|سابقا|قريبا|مستقبلا|الان|الوقت|الاونه|المستقبل|القريب|الايام|الفتره|المرحله", 6));

function finallyReading(key: string, matchStart: number, start: number, end: number): boolean {
  if (start > matchStart) return true;
  // "تمكن أخيراً من", "وصل أخيراً إلى": an outcome reached at last.
  if (/^\s{0,3}(?:[,،:؛;!]|(?:و?ليس|من|الي)(?![\p{L}]))/u.test(key.slice(end, end + 8))) return true;
  return /(?:^|[.!?؟:؛;,،\n(«"“\-–])\s{0,3}$/u.test(key.slice(Math.max(0, start - 4), start));
}

export function parseReferences(context: Context): Piece[] {
  const out: Piece[] = [];
  const { key, text, map } = context;
  scanPattern(REFERENCE(), key, (m) => {
    const body = squeeze(m.groups!.body!);
    const start = bodyStart(m);
    const end = m.index + m[0].length;
    // "الآن" (now) is spelled with madda; "ألان" is a given name.
    if (body === "الان" && text[map[start + 2]!] !== "آ") return;
    // "قريبا من" is "near to".
    if (body === "قريبا" && /^\s{1,3}من(?![\p{L}])/u.test(key.slice(end, end + 6))) return;
    // "أخيراً" opening a clause or set off by a comma is "finally" ("وأخيراً اكتفى…", "أخيراً وليس آخراً").
    if (body === "اخيرا" && finallyReading(key, m.index, start, end)) return;
    const value = /حاليا|الان|الحالي|الراهن|الحاضر|الايام/u.test(body) ? "PRESENT_REF" : /مؤخرا|موخرا|الاونه|اخيرا|الاخيره|سابقا|الماضيه|السابقه/u.test(body) ? "PAST_REF" : "FUTURE_REF";
    out.push(piece("reference", start, end, "ref", { value }));
  });
  return out;
}
