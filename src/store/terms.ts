// Search terms: the light10 stem of every token (token.light), plus one more fold that light10 lacks —
// the accusative alef of tanween (اتفاقاً → اتفاقا → اتفاق) — so a query and the text meet on the same key.
// The same function builds the index and the query, so whatever it conflates, it conflates on both sides.
import { scanTokens, makeToken } from "../text/tokens.ts";

/** Bump when the terms produced for a text change: stores rebuild their search index on open. */
export const SEARCH_TERMS_VERSION = "light10+alef/2";

export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

const NOT_TERM_CHAR = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;

function foldTerm(light: string): string {
  // Tanween alef: only on stems long enough that the rest is still a word (اتفاقا, not ما/لا/هذا).
  if (light.length >= 5 && light.endsWith("ا") && !light.endsWith("اا")) return light.slice(0, -1);
  return light;
}

/** Terms of a text with the original span each came from; punctuation and symbols give none. */
export function textTerms(text: string): TermSpan[] {
  const out: TermSpan[] = [];
  for (const raw of scanTokens(text)) {
    if (raw.kind === "punct" || raw.kind === "symbol") continue;
    const token = makeToken(text, raw, 0);
    const base = raw.kind === "word" ? foldTerm(token.light) : token.key;
    // The FTS tokenizer splits on anything but letters and digits; split here the same way so that every
    // term we index is exactly one FTS token and the spans stay aligned.
    for (const piece of base.replace(MARKS, "").toLowerCase().split(NOT_TERM_CHAR)) {
      if (piece) out.push({ term: piece, start: token.start, end: token.end });
    }
  }
  return out;
}

/** The indexed text of a field: its terms joined by spaces. */
export function termText(text: string): string {
  return textTerms(text)
    .map((t) => t.term)
    .join(" ");
}
