import type { Token, TokenKind } from "../document.ts";
import { normalizeKey } from "./normalize.ts";
import { lightStem } from "./stem.ts";

// Controls that may sit inside a word without breaking it (they are dropped from keys).
const CONTROLS = "\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u00AD";
const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
const LETTERS = "[\\p{L}\\p{M}\\u0640]";

// One pass, one regex, advancing lastIndex: each alternative is a named group so the kind is known.
const TOKEN_RE = new RegExp(
  [
    `(?<url>(?:https?://|www\\.)[^\\s<>"«»“”]+[^\\s<>"«»“”.,;:!?؟،؛)\\]])`,
    `(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)`,
    `(?<hashtag>#[\\p{L}\\p{M}\\p{N}_\\u0640]+)`,
    `(?<mention>@[A-Za-z0-9_.]*[A-Za-z0-9_])`,
    `(?<number>${DIGIT}+(?:[.,:\\u066B\\u066C]${DIGIT}+)*)`,
    `(?<word>${LETTERS}+(?:[${CONTROLS}]+${LETTERS}+)*)`,
    `(?<punct>([.!?؟…\\-])\\2*|\\p{P})`,
    `(?<symbol>[^\\s${CONTROLS}])`,
  ].join("|"),
  "gu",
);

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Tokens of the whole text, in order; whitespace and invisible controls between them are skipped. */
export function scanTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const groups = m.groups!;
    let kind: TokenKind = "symbol";
    for (const name of ["url", "email", "hashtag", "mention", "number", "word", "punct"] as const) {
      if (groups[name] !== undefined) {
        kind = name;
        break;
      }
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/** Full tokens without segmentation: the clitic stage fills `segments` and `stemKey`. */
export function makeToken(text: string, raw: RawToken, sentence: number): Token {
  const surface = text.slice(raw.start, raw.end);
  const key = normalizeKey(surface);
  return {
    start: raw.start,
    end: raw.end,
    text: surface,
    kind: raw.kind,
    key,
    sentence,
    segments: [{ start: raw.start, end: raw.end, text: surface, role: "stem" }],
    stemKey: key,
    light: raw.kind === "word" ? lightStem(key) : key,
  };
}
