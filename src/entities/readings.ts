// Readings of a token for name matching: the whole key, and the key with its proclitics taken off
// (وبموسكو → موسكو, للرئيس → الرئيس, والقاهرة → القاهرة). Each reading knows where in the original token
// it starts, so an entity span can leave the proclitic out, as the annotation conventions do.
import type { Token } from "../document.ts";
import { isIgnorable } from "../text/normalize.ts";

export interface Reading {
  key: string;
  /** Original-text offset where this reading starts (token.start when nothing was stripped). */
  start: number;
  /** The stripped proclitic letters (normalized), "" for the whole token. */
  clitic: string;
}

const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ل", "ك"];
// Every proclitic stack, in the order readings are listed: conjunction, then preposition.
const PREFIXES: readonly { prefix: string; preposition: string }[] = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.map((preposition) => ({ prefix: conjunction + preposition, preposition })),
).filter((p) => p.prefix !== "");

// Proclitic letters map one to one onto key letters; only dropped marks (harakat, tatweel) sit between.
function offsetOf(token: Token, keyIndex: number): number {
  let seen = 0;
  for (let i = 0; i < token.text.length; i++) {
    if (isIgnorable(token.text.charCodeAt(i))) continue;
    if (seen === keyIndex) return token.start + i;
    seen++;
  }
  return token.end;
}

/** All readings of one word token, whole key first. Non-words have only their key. */
export function readingsOf(token: Token): Reading[] {
  const whole: Reading = { key: token.key, start: token.start, clitic: "" };
  if (token.kind !== "word" || token.key.length < 3) return [whole];
  const key = token.key;
  const first = key.charCodeAt(0);
  // Only و ف ب ل ك open a proclitic stack: most tokens need no more work.
  if (first !== 0x648 && first !== 0x641 && first !== 0x628 && first !== 0x644 && first !== 0x643) return [whole];
  const out: Reading[] = [whole];
  for (const { prefix, preposition } of PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (rest.length < 2) continue;
    out.push({ key: rest, start: offsetOf(token, prefix.length), clitic: prefix });
    // ل + ال contracts to لل: للرئيس is ل + الرئيس.
    if (preposition === "ل" && rest.startsWith("ل") && rest.length >= 3) {
      out.push({ key: "ا" + rest, start: offsetOf(token, prefix.length), clitic: prefix });
    }
  }
  return out;
}

/** Readings of every token of a document, computed once. */
export function allReadings(tokens: readonly Token[]): Reading[][] {
  return tokens.map(readingsOf);
}
