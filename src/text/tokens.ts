import type { Token, TokenKind } from "../document.ts";
import { normalizeKey } from "./normalize.ts";
import { lightStem } from "./stem.ts";

// A hand-written scanner over a per-character class table: one pass, no backtracking, and several times
// faster than one alternation regex with named groups. Token kinds:
//   word     letters and marks (\p{L}\p{M}) and tatweel; invisible controls inside a word do not break it
//   number   digits 0-9 ٠-٩ ۰-۹ with inner . , : ٫ ٬ (3.5، 21:00، 1,000، 21,00)
//   url      http(s):// or www. up to whitespace, quotes or angle brackets, final punctuation left out
//   email, hashtag (#كورونا_السعودية), mention (@SaudiMOH)
//   punct    \p{P}; a run of one repeated . ! ? ؟ … - is one token (... ؟؟)
//   symbol   any other visible character (one code point)
// Whitespace and the invisible controls (zero-width, bidi, BOM, soft hyphen) between tokens are skipped.

const enum Class {
  Symbol = 0,
  Space = 1,
  Control = 2,
  Letter = 3,
  Digit = 4,
  Punct = 5,
}

const CONTROL_RE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/u;
const DIGIT_RE = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const LETTER_RE = /[\p{L}\p{M}\u0640]/u;
const PUNCT_RE = /\p{P}/u;
const SPACE_RE = /\s/u;

function classOfCodePoint(ch: string): Class {
  if (CONTROL_RE.test(ch)) return Class.Control;
  if (SPACE_RE.test(ch)) return Class.Space;
  if (DIGIT_RE.test(ch)) return Class.Digit;
  if (LETTER_RE.test(ch)) return Class.Letter;
  if (PUNCT_RE.test(ch)) return Class.Punct;
  return Class.Symbol;
}

let table: Uint8Array | undefined;
function classTable(): Uint8Array {
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      // Surrogate halves are classified as code points when the scanner meets them.
      table[code] = code >= 0xd800 && code <= 0xdfff ? Class.Symbol : classOfCodePoint(String.fromCharCode(code));
    }
  }
  return table;
}

/** Class and length (1 or 2 code units) of the character at `i`. */
function charAt(text: string, i: number, classes: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return (classOfCodePoint(text.slice(i, i + 2)) << 2) | 2;
  }
  return (classes[code]! << 2) | 1;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"«»“”]*[^\s<>"«»“”.,;:!?؟،؛)\]]/y;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const HASHTAG_RE = /#[\p{L}\p{M}\p{N}_\u0640]+/uy;
const MENTION_RE = /@[A-Za-z0-9_.]*[A-Za-z0-9_]/y;
const REPEATABLE = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x2d]);
const NUMBER_JOINERS = new Set([0x2e, 0x2c, 0x3a, 0x066b, 0x066c]);

function stickyMatch(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Tokens of the whole text, in order; whitespace and invisible controls between them are skipped. */
export function scanTokens(text: string): RawToken[] {
  const classes = classTable();
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const info = charAt(text, i, classes);
    const cls = info >> 2;
    const width = info & 3;
    if (cls === Class.Space || cls === Class.Control) {
      i += width;
      continue;
    }
    const start = i;
    let end = -1;
    let kind: TokenKind = "symbol";
    if (isAsciiAlphanumeric(code)) {
      if (code === 0x68 || code === 0x77) end = stickyMatch(URL_RE, text, i);
      if (end > 0) kind = "url";
      else {
        end = stickyMatch(EMAIL_RE, text, i);
        if (end > 0) kind = "email";
      }
    } else if (code === 0x23) {
      end = stickyMatch(HASHTAG_RE, text, i);
      if (end > 0) kind = "hashtag";
    } else if (code === 0x40) {
      end = stickyMatch(MENTION_RE, text, i);
      if (end > 0) kind = "mention";
    }
    if (end < 0) {
      if (cls === Class.Letter) {
        kind = "word";
        end = i + width;
        // Letters, and runs of invisible controls that are followed by a letter.
        while (end < n) {
          const next = charAt(text, end, classes);
          if (next >> 2 === Class.Letter) {
            end += next & 3;
            continue;
          }
          if (next >> 2 !== Class.Control) break;
          let after = end + (next & 3);
          let afterInfo = after < n ? charAt(text, after, classes) : 0;
          while (after < n && afterInfo >> 2 === Class.Control) {
            after += afterInfo & 3;
            afterInfo = after < n ? charAt(text, after, classes) : 0;
          }
          if (after < n && afterInfo >> 2 === Class.Letter) end = after;
          else break;
        }
      } else if (cls === Class.Digit) {
        kind = "number";
        end = i + 1;
        while (end < n && classes[text.charCodeAt(end)] === Class.Digit) end++;
        while (
          end + 1 < n &&
          NUMBER_JOINERS.has(text.charCodeAt(end)) &&
          classes[text.charCodeAt(end + 1)] === Class.Digit
        ) {
          end += 2;
          while (end < n && classes[text.charCodeAt(end)] === Class.Digit) end++;
        }
      } else if (cls === Class.Punct) {
        kind = "punct";
        end = i + width;
        if (REPEATABLE.has(code)) while (end < n && text.charCodeAt(end) === code) end++;
      } else {
        kind = "symbol";
        end = i + width;
      }
    }
    out.push({ start, end, kind });
    i = end;
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
