// A candidate is a possible entity span proposed by one recognizer. Recognizers may overlap freely;
// the resolver (resolve.ts) picks the final, non-overlapping entities.
import type { Doc, EntityType, Token } from "../document.ts";
import type { KbEntry } from "./kb.ts";
import type { Reading } from "./readings.ts";

export type CandidateSource = "gazetteer" | "title" | "given-name" | "org-pattern" | "place-pattern" | "tagger" | "coreference";

export interface Candidate {
  start: number;
  end: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  type: EntityType;
  source: CandidateSource;
  /** Strength of the evidence; the resolver prefers higher. */
  score: number;
  entry?: KbEntry;
  /** A KB name that is also an everyday word: kept only with supporting evidence. */
  ambiguous?: boolean;
  country?: string | null;
  sector?: string;
  role?: string;
  canonical?: string | null;
}

/** What every recognizer reads: the document, its tokens' readings, and which tokens sit inside a timex. */
export interface Context {
  doc: Doc;
  tokens: readonly Token[];
  readings: Reading[][];
  inTimex: Uint8Array;
}

export function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]!.sentence === tokens[b]!.sentence;
}

/** True when nothing but spaces separates tokens a and a+1 (no punctuation, no line break). */
export function adjacent(ctx: Context, a: number): boolean {
  const left = ctx.tokens[a];
  const right = ctx.tokens[a + 1];
  if (!left || !right || left.sentence !== right.sentence) return false;
  for (let i = left.end; i < right.start; i++) {
    const c = ctx.doc.text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}
