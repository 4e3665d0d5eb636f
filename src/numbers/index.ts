// Arabic number words → values. Works on normalized keys (see text/normalize.ts); the public functions
// take original text and map spans back. Reused by the time stage (durations, ordinal days, clock words)
// and by any stage that reads quantities ("عشرات الآلاف", "26 ألفا").
import { normalizeWithMap, originalSpan, normalizeKey, isIgnorable } from "../text/normalize.ts";
import { numberWords, type NumberWord } from "./lexicon.ts";

export interface NumberReading {
  value: number;
  /** "عشرات", "آلاف", "عشرات الآلاف": an order of magnitude, not an exact count. */
  approximate: boolean;
  ordinal: boolean;
}

export interface NumberMatch extends NumberReading {
  start: number;
  end: number;
  text: string;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD_RE = /[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)?/gu;
const TEEN_SUFFIX = new Set(["عشر", "عشره"]);
// Alone, these are more often ordinary words (أحد "someone", ست "lady", سبع "lion", خمس "a fifth").
const LONE_AMBIGUOUS = new Set(["احد", "احدي", "ست", "سبع", "خمس", "عشر", "اول", "الاول", "الاولي", "الثاني", "الثانيه"]);

function lookup(word: string): NumberWord | undefined {
  return numberWords().get(word);
}

/** Value of a single number word (cardinal, dual, scale, ordinal), or null. */
export function numberValue(word: string): number | null {
  const key = normalizeKey(word.trim());
  const entry = lookup(key);
  if (entry) return entry.kind === "approx-scale" ? null : entry.value;
  if (/^[0-9]+$/.test(key)) return Number(key);
  return null;
}

function splitWords(key: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(key); m !== null; m = WORD_RE.exec(key)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function digitsValue(text: string): number | null {
  if (!/^[0-9]/.test(text)) return null;
  // "1.3" is a decimal; "1,300" a thousands group; "1,3" a decimal comma.
  if (/^[0-9]{1,3},[0-9]{3}$/.test(text)) return Number(text.replace(",", ""));
  return Number(text.replace(",", "."));
}

/** A continuation word: "و" + a cardinal word. */
function continuation(word: string): NumberWord | undefined {
  if (!word.startsWith("و") || word.length < 3) return undefined;
  const entry = lookup(word.slice(1));
  return entry && (entry.kind === "unit" || entry.kind === "ten" || entry.kind === "hundred" || entry.kind === "teen-head") ? entry : undefined;
}

interface Parsed extends NumberReading {
  /** Index of the word after the number. */
  next: number;
  /** Words of the phrase that were number words (not digits). */
  wordCount: number;
}

function parseOrdinal(words: Word[], at: number): Parsed | null {
  const head = lookup(words[at]!.text);
  if (!head) return null;
  const after = words[at + 1]?.text;
  if (head.kind === "ordinal" || head.kind === "ordinal-head") {
    if (after !== undefined && TEEN_SUFFIX.has(after) && head.value < 10) {
      return { value: head.value + 10, approximate: false, ordinal: true, next: at + 2, wordCount: 2 };
    }
    if (after !== undefined && after.startsWith("و")) {
      const ten = lookup(after.slice(1));
      if (ten?.kind === "ordinal-ten") return { value: head.value + ten.value, approximate: false, ordinal: true, next: at + 2, wordCount: 2 };
    }
    if (head.kind === "ordinal-head") return null;
    return { value: head.value, approximate: false, ordinal: true, next: at + 1, wordCount: 1 };
  }
  if (head.kind === "ordinal-ten") return { value: head.value, approximate: false, ordinal: true, next: at + 1, wordCount: 1 };
  return null;
}

function parseCardinal(words: Word[], at: number): Parsed | null {
  let total = 0;
  let current = 0;
  let index = at;
  let wordCount = 0;
  let approximate = false;
  let started = false;
  let afterScale = false;
  const first = words[at]!.text;
  const digits = digitsValue(first);
  if (digits !== null) {
    current = digits;
    index++;
    started = true;
  }
  while (index < words.length) {
    const raw = words[index]!.text;
    let entry = lookup(raw);
    const joined = started && !entry ? continuation(raw) : undefined;
    if (started && entry && (entry.kind === "unit" || entry.kind === "ten" || entry.kind === "hundred" || entry.kind === "teen-head")) {
      // Two cardinals side by side without "و" are two numbers, except a unit before "عشر".
      const teen = TEEN_SUFFIX.has(raw) && current > 0 && current < 10 && !afterScale;
      const hundreds = entry.kind === "hundred" && entry.value === 100 && current >= 3 && current <= 9 && !afterScale;
      if (!teen && !hundreds) break;
    }
    if (joined) entry = joined;
    if (!entry) break;
    if (started && !joined && afterScale && entry.kind !== "scale-plural") break;
    switch (entry.kind) {
      case "unit":
      case "teen-head": {
        const after = words[index + 1]?.text;
        if (TEEN_SUFFIX.has(raw) && current > 0 && current < 10) {
          current += 10;
          index++;
          break;
        }
        if (after !== undefined && TEEN_SUFFIX.has(after) && entry.value < 10) {
          current += entry.value + 10;
          index += 2;
          wordCount++;
          break;
        }
        if (entry.kind === "teen-head") return finish();
        current += entry.value;
        index++;
        break;
      }
      case "ten":
      case "hundred":
        if (entry.kind === "hundred" && entry.value === 100 && current >= 3 && current <= 9 && !joined) current *= 100;
        else current += entry.value;
        index++;
        break;
      case "scale":
        if (!started || current > 0) {
          total += (current || 1) * entry.value;
          current = 0;
          index++;
          afterScale = true;
        } else return finish();
        break;
      case "scale-dual":
        if (started) return finish();
        total += entry.value;
        index++;
        afterScale = true;
        break;
      case "scale-plural":
        if (current >= 3 && current <= 10) {
          total += current * entry.value;
          current = 0;
        } else if (!started) {
          total += entry.value;
          approximate = true;
        } else return finish();
        index++;
        afterScale = true;
        break;
      case "approx": {
        if (started) return finish();
        let value = entry.value;
        index++;
        const next = words[index] ? lookup(words[index]!.text) : undefined;
        if (next?.kind === "approx-scale") {
          value *= next.value;
          index++;
          wordCount++;
        }
        total = value;
        approximate = true;
        wordCount++;
        started = true;
        return finish();
      }
      default:
        return finish();
    }
    wordCount++;
    started = true;
  }
  return finish();

  function finish(): Parsed | null {
    if (!started || index === at) return null;
    return { value: total + current, approximate, ordinal: false, next: index, wordCount };
  }
}

function parseAt(words: Word[], at: number): Parsed | null {
  return parseOrdinal(words, at) ?? parseCardinal(words, at);
}

/** Reads a whole normalized phrase as one number ("خمسة وعشرين", "الحادي عشر", "26 الف"), or null. */
export function numberPhraseValue(phrase: string): NumberReading | null {
  const words = splitWords(normalizeKey(phrase));
  if (words.length === 0) return null;
  const parsed = parseAt(words, 0);
  if (!parsed || parsed.next !== words.length) return null;
  return { value: parsed.value, approximate: parsed.approximate, ordinal: parsed.ordinal };
}

/** Every number written in words (or digits with a scale word) in a text, with original offsets. */
export function parseNumberWords(text: string): NumberMatch[] {
  const normalized = normalizeWithMap(text);
  const words = splitWords(normalized.key);
  const out: NumberMatch[] = [];
  for (let i = 0; i < words.length; ) {
    let parsed = parseAt(words, i);
    let skip = 0;
    const word = words[i]!.text;
    // A proclitic glued to the first word: وثلاثة، بخمسة، لعشرات.
    if (!parsed && /^[وفبلك]/.test(word) && lookup(word.slice(1))) {
      const stripped = [{ ...words[i]!, start: words[i]!.start + 1, text: word.slice(1) }, ...words.slice(i + 1)];
      const inner = parseAt(stripped, 0);
      if (inner) {
        parsed = { ...inner, next: inner.next + i };
        skip = 1;
      }
    }
    const lone = parsed && parsed.next === i + 1 && LONE_AMBIGUOUS.has(word.slice(skip));
    const digitsOnly = parsed && parsed.wordCount === 0;
    if (!parsed || lone || digitsOnly) {
      i++;
      continue;
    }
    const span = withTrailingMarks(text, originalSpan(normalized, words[i]!.start + skip, words[parsed.next - 1]!.end));
    out.push({ ...span, text: text.slice(span.start, span.end), value: parsed.value, approximate: parsed.approximate, ordinal: parsed.ordinal });
    i = parsed.next;
  }
  return out;
}

/** Extends a span over the harakat and tanween that follow its last letter ("ألفاً"). */
export function withTrailingMarks(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let end = span.end;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (!isIgnorable(code) || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) break;
    end++;
  }
  return { start: span.start, end };
}
