// The one word-boundary definition. JavaScript's \b and \w are ASCII-only: every Arabic letter is a \W.
// Patterns that need word edges build them from these, always with the `u` flag.

/** A word character: letters, marks, digits, tatweel. */
export const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}\\u0640]";
/** Asserts that no word character precedes. */
export const BEFORE = "(?<![\\p{L}\\p{M}\\p{N}\\u0640])";
/** Asserts that no word character follows. */
export const AFTER = "(?![\\p{L}\\p{M}\\p{N}\\u0640])";
/** Optional proclitics that may be glued to a word in a key (normalized) string: و ف ب ل ك and stacks. */
export const PROCLITICS = "(?:[وف]?[بلك]?|[وف]?ل?ل)";

/** Builds a unicode regex whose match must stand as a whole word (optionally after proclitics). */
export function wordRegex(body: string, flags = "gu", proclitics = false): RegExp {
  const lead = proclitics ? `${BEFORE}${PROCLITICS}` : BEFORE;
  return new RegExp(`${lead}(?:${body})${AFTER}`, flags.includes("u") ? flags : flags + "u");
}

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}\u0640]/u;
export function isWordChar(ch: string): boolean {
  return WORD_CHAR_RE.test(ch);
}
