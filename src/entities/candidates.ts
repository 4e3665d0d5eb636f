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
  /** joined[a] is 1 when tokens a and a+1 are adjacent; filled on first use by `adjacent`. */
  joined?: Uint8Array;
}

const TANWEEN = /[\u064B-\u064D]/u;

/** Tanween marks an indefinite common word (دوماً "always", not Douma); news never writes names with it. */
export function hasTanween(token: Token): boolean {
  return TANWEEN.test(token.text);
}

export function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]!.sentence === tokens[b]!.sentence;
}

/** True when nothing but spaces separates tokens a and a+1 (no punctuation, no line break). */
export function adjacent(ctx: Context, a: number): boolean {
  // The recognizers ask this many times for the same pair: the answers are computed once per context.
  const joined = ctx.joined ?? (ctx.joined = joinedTokens(ctx));
  return joined[a] === 1;
}

function joinedTokens(ctx: Context): Uint8Array {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  const joined = new Uint8Array(tokens.length);
  for (let a = 0; a + 1 < tokens.length; a++) {
    const left = tokens[a]!;
    const right = tokens[a + 1]!;
    if (left.sentence !== right.sentence) continue;
    let lineBreak = false;
    for (let i = left.end; i < right.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        lineBreak = true;
        break;
      }
    }
    if (!lineBreak) joined[a] = 1;
  }
  return joined;
}
