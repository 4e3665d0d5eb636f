import type { Sentence } from "../document.ts";
import type { RawToken } from "./tokens.ts";

const TERMINAL = /^(?:[.!?؟…]+|\.\.+)$/u;
const CLOSERS = new Set(["»", "”", '"', "’", ")", "]", "›"]);
const OPEN_PAREN = new Set(["(", "["]);
const CLOSE_PAREN = new Set([")", "]"]);

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return true;
  }
  return false;
}

// A period glued to a one-letter word is an abbreviation or initial (د. أ.د. ص.ب م. ق.م U.S.),
// not the end of a sentence.
function isAbbreviationDot(text: string, tokens: RawToken[], i: number): boolean {
  const dot = tokens[i]!;
  if (text.slice(dot.start, dot.end) !== ".") return false;
  const previous = tokens[i - 1];
  if (!previous || previous.end !== dot.start || previous.kind !== "word") return false;
  return previous.end - previous.start === 1;
}

/** Sentence spans over the tokens; returns for each token the index of its sentence too. */
export function splitSentences(text: string, tokens: RawToken[]): { sentences: Sentence[]; tokenSentence: Int32Array } {
  const sentences: Sentence[] = [];
  const tokenSentence = new Int32Array(tokens.length);
  let first = 0;
  let depth = 0;
  const close = (last: number) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    for (let k = first; k <= last; k++) tokenSentence[k] = sentences.length;
    sentences.push({ start, end, text: text.slice(start, end) });
    first = last + 1;
    depth = 0;
  };
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
    const surface = text.slice(token.start, token.end);
    if (OPEN_PAREN.has(surface)) depth++;
    else if (CLOSE_PAREN.has(surface) && depth > 0) depth--;
    if (!TERMINAL.test(surface) || depth > 0 || isAbbreviationDot(text, tokens, i)) continue;
    let last = i;
    while (
      tokens[last + 1] &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      CLOSERS.has(text.slice(tokens[last + 1]!.start, tokens[last + 1]!.end))
    ) {
      last++;
    }
    i = last;
    if (tokens[last + 1]) close(last);
    else {
      close(last);
      break;
    }
  }
  return { sentences, tokenSentence };
}
