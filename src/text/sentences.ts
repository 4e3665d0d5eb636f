import type { Sentence } from "../document.ts";
import type { RawToken } from "./tokens.ts";
import { normalizeKey } from "./normalize.ts";

const TERMINAL = /^[.!?؟…]+$/u;
// Closing marks that belong to the sentence they follow: ».« after انتهى. stays with it.
const CLOSERS = new Set(["»", "”", '"', "’", "'", ")", "]", "›", "}"]);
const OPENERS = new Map([
  ["(", ")"],
  ["[", "]"],
  ["«", "»"],
  ["“", "”"],
  ["{", "}"],
]);
const CLOSER_OF = new Set(OPENERS.values());
// A bracket or quote that is never closed must not swallow the rest of the text: past this many tokens
// the pair is taken to be broken and sentences end again inside it.
const MAX_ENCLOSED_TOKENS = 60;

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028 || c === 0x85) return true;
  }
  return false;
}

// A period glued to a one-letter word is an abbreviation or an initial (د. أ.د. ص.ب م. ق.م هـ. U.S.),
// not the end of a sentence.
function isAbbreviationDot(text: string, tokens: RawToken[], i: number): boolean {
  const dot = tokens[i]!;
  if (dot.end - dot.start !== 1 || text.charCodeAt(dot.start) !== 0x2e) return false;
  const previous = tokens[i - 1];
  if (!previous || previous.end !== dot.start || previous.kind !== "word") return false;
  return normalizeKey(text.slice(previous.start, previous.end)).length === 1;
}

/**
 * Sentence spans over the tokens; returns for each token the index of its sentence too.
 * A sentence ends at . ! ? ؟ … (with any closing quotes or brackets right after), and at every line
 * break, so headlines without final punctuation stand alone. Not inside brackets or «» “” quotes, not after
 * abbreviations; decimals and times (3.5، 21:00) are single number tokens and never end one.
 */
export function splitSentences(text: string, tokens: RawToken[]): { sentences: Sentence[]; tokenSentence: Int32Array } {
  const sentences: Sentence[] = [];
  const tokenSentence = new Int32Array(tokens.length);
  let first = 0;
  const open: string[] = []; // expected closers, innermost last
  let openedAt = -1; // token index of the outermost open bracket
  const close = (last: number) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    tokenSentence.fill(sentences.length, first, last + 1);
    sentences.push({ start, end, text: text.slice(start, end) });
    first = last + 1;
    open.length = 0;
  };
  const surfaceOf = (token: RawToken) => text.slice(token.start, token.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) {
      close(i);
      break;
    }
    if (hasNewline(text, token.end, next.start)) {
      close(i);
      continue;
    }
    if (token.kind !== "punct") continue;
    const surface = surfaceOf(token);
    const closer = OPENERS.get(surface);
    if (closer) {
      if (open.length === 0) openedAt = i;
      open.push(closer);
      continue;
    }
    let last = i;
    if (CLOSER_OF.has(surface)) {
      const at = open.lastIndexOf(surface);
      if (at < 0) continue;
      open.length = at;
      // «… انتهى.» ends where the quote closes.
      const previous = tokens[i - 1]!;
      const endsInside =
        at === 0 && previous.end === token.start && TERMINAL.test(surfaceOf(previous)) && !isAbbreviationDot(text, tokens, i - 1);
      if (!endsInside) continue;
    } else {
      if (!TERMINAL.test(surface) || isAbbreviationDot(text, tokens, i)) continue;
      if (open.length > 0 && i - openedAt <= MAX_ENCLOSED_TOKENS) continue;
    }
    // Take along glued terminal marks and closers: ؟! and .» and .)
    while (tokens[last + 1] && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 1]!.kind === "punct") {
      const following = surfaceOf(tokens[last + 1]!);
      if (!CLOSERS.has(following) && !TERMINAL.test(following)) break;
      last++;
    }
    close(last);
    if (!tokens[last + 1]) break;
    i = last;
  }
  return { sentences, tokenSentence };
}
