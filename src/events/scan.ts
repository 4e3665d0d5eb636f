// Per-document token views shared by the event modules: clitic readings of every word (computed once),
// sentence token ranges, and phrase matching against a form index.

import type { Doc, Token } from "../document.ts";
import { readings, type Reading } from "./candidates.ts";
import { normalizeKey } from "../text/normalize.ts";
import type { FormIndex, LexiconForm, WordConstraint } from "./lexicon.ts";

export interface TokenView {
  doc: Doc;
  tokens: Token[];
  /** Readings of each token key (empty for non-words). */
  readings: Reading[][];
  /** Stems of each token (key and all readings), for word-set constraints. */
  stems: Array<Set<string>>;
  /** [first, end) token indices of each sentence. */
  sentenceRange: Array<[number, number]>;
  /** Cue matches already computed, per cue index and token (null = none). */
  cueCache: Map<FormIndex<string>, Array<FormMatch<string> | null | undefined>>;
}

const CLAUSE_PUNCT = new Set(["،", ",", "؛", ";", ":", "(", ")", "[", "]", "«", "»", "\"", "“", "”", "-", "–", "—", "/", "|", ".", "!", "?", "؟", "…"]);

export function buildView(doc: Doc): TokenView {
  const tokens = doc.tokens;
  const allReadings: Reading[][] = [];
  const stems: Array<Set<string>> = [];
  for (const token of tokens) {
    if (token.kind !== "word") {
      allReadings.push([]);
      stems.push(new Set([token.key]));
      continue;
    }
    const rs = readings(token.key);
    allReadings.push(rs);
    const set = new Set<string>([token.key]);
    for (const r of rs) set.add(r.stem);
    stems.push(set);
  }
  const sentenceRange: Array<[number, number]> = doc.sentences.map(() => [0, 0]);
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    const range = sentenceRange[s];
    if (!range) continue;
    if (range[1] === 0) range[0] = i;
    range[1] = i + 1;
  }
  return { doc, tokens, readings: allReadings, stems, sentenceRange, cueCache: new Map() };
}

export function isClausePunct(token: Token): boolean {
  return token.kind === "punct" && CLAUSE_PUNCT.has(token.text);
}

/** True when the token is a clause edge (punctuation that closes a clause). */
export function isComma(token: Token): boolean {
  return token.kind === "punct" && (token.text === "،" || token.text === "," || token.text === "؛" || token.text === ";");
}

/** A word that carries the preposition ل alone (لبحث، لضمان), by the text stage's segmentation: not لل
 *  (للحكومة is mostly a genitive) and not a word that starts with ل (لبنانيين، لقاء). */
export function hasLamOnly(token: Token): boolean {
  const proclitics = token.segments.filter((seg) => seg.role === "proclitic").map((seg) => normalizeKey(seg.text));
  const stem = token.segments.find((seg) => seg.role === "stem");
  const lams = proclitics.filter((p) => p !== "و" && p !== "ف");
  return lams.length === 1 && lams[0] === "ل" && !!stem && stem.text.length >= 3;
}

function stripArticle(word: string): string {
  return word.startsWith("ال") && word.length > 3 ? word.slice(2) : word;
}

/** Does token i stand for the word (allowing clitics and the article)? */
export function tokenIs(view: TokenView, i: number, word: string): boolean {
  const stems = view.stems[i];
  if (!stems) return false;
  if (stems.has(word)) return true;
  const bare = stripArticle(word);
  for (const s of stems) if (stripArticle(s) === bare) return true;
  return false;
}

export interface FormMatch<T> {
  form: LexiconForm<T>;
  reading: Reading;
  /** Token index just past the match. */
  end: number;
}

/** Every form of the index that matches at token i (head with clitics, then its tail words in order). */
export function matchesAt<T>(view: TokenView, i: number, index: FormIndex<T>): Array<FormMatch<T>> {
  const out: Array<FormMatch<T>> = [];
  const sentence = view.tokens[i]?.sentence;
  for (const reading of view.readings[i] ?? []) {
    const forms = index.get(reading.stem);
    if (!forms) continue;
    for (const form of forms) {
      let j = i + 1;
      let ok = true;
      for (const word of form.tail) {
        const token = view.tokens[j];
        if (!token || token.sentence !== sentence || token.kind !== "word" || !tokenIs(view, j, word)) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) out.push({ form, reading, end: j });
    }
  }
  return out;
}

/** The longest match of a cue index at token i, or null. */
export function cueAt(view: TokenView, i: number, index: FormIndex<string> | undefined): FormMatch<string> | null {
  if (!index || i < 0 || i >= view.tokens.length) return null;
  let cache = view.cueCache.get(index);
  if (!cache) view.cueCache.set(index, (cache = new Array(view.tokens.length)));
  const known = cache[i];
  if (known !== undefined) return known;
  let best: FormMatch<string> | null = null;
  if (view.tokens[i]!.kind === "word") {
    for (const m of matchesAt(view, i, index)) {
      // Particles take only و/ف: كما is not ك + ما, بلا is not a negation of what follows.
      if (m.reading.stem.length < 3 && /[^وف]/u.test(m.reading.proclitic)) continue;
      if (!best || m.end > best.end) best = m;
    }
  }
  cache[i] = best;
  return best;
}

function wordMatches(view: TokenView, i: number, words: Set<string>): boolean {
  const token = view.tokens[i]!;
  // "#" in a word set stands for any number written in digits.
  if (token.kind === "number") return words.has("#");
  if (token.kind !== "word") return false;
  for (const s of view.stems[i]!) if (words.has(s)) return true;
  // One-letter prepositions in a set (ل، ب) match a word that carries them as a proclitic.
  for (const w of words) if (w.length === 1 && token.key.length > 2 && token.key.startsWith(w)) return true;
  for (const w of words) if (w.startsWith("ال") && view.stems[i]!.has(w.slice(2))) return true;
  return false;
}

/** Does a word of the set occur within the window after `end` (same sentence, words only)? */
export function wordAfter(view: TokenView, end: number, constraint: WordConstraint): boolean {
  const sentence = view.tokens[end - 1]?.sentence;
  let seen = 0;
  for (let j = end; j < view.tokens.length && seen < constraint.window; j++) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence) break;
    if (token.kind !== "word" && token.kind !== "number") continue;
    seen++;
    if (wordMatches(view, j, constraint.words)) return true;
  }
  return false;
}

/** Does a word of the set occur within the window before `start`? */
export function wordBefore(view: TokenView, start: number, constraint: WordConstraint): boolean {
  const sentence = view.tokens[start]?.sentence;
  let seen = 0;
  for (let j = start - 1; j >= 0 && seen < constraint.window; j--) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence) break;
    if (token.kind !== "word" && token.kind !== "number") continue;
    seen++;
    if (wordMatches(view, j, constraint.words)) return true;
  }
  return false;
}
