// The statistical tagger (src/entities/tagger/) is optional at run time: when its model is missing or
// fails to load, recognition works from the KB and patterns alone. The module itself loads its model
// lazily on the first call, so importing it costs nothing.
// RASD_TAGGER=all (default) tags every sentence; =gated only sentences where a person title is left
// without a name (about twice as fast, fewer names found in unfamiliar text); =off never (fastest).
import type { Candidate, Context } from "./candidates.ts";
import { isCommonWord, knowledgeBase } from "./kb.ts";
import * as tagger from "./tagger/index.ts";

type TagSentence = (words: string[]) => string[];

const exported = (tagger as { tagSentence?: unknown }).tagSentence;
const MODE = process.env.RASD_TAGGER === "off" || process.env.RASD_NO_TAGGER === "1" ? "off" : process.env.RASD_TAGGER === "gated" ? "gated" : "all";
const tagSentence: TagSentence | null = MODE !== "off" && typeof exported === "function" ? (exported as TagSentence) : null;
let broken = false;

export function taggerAvailable(): boolean {
  return tagSentence !== null && !broken;
}

const TYPES: Record<string, "PER" | "LOC" | "ORG" | undefined> = { PERS: "PER", PER: "PER", LOC: "LOC", ORG: "ORG" };

/** In gated mode: is there a person title in the sentence after which the patterns found no name (a
 * foreign name, an unusual spelling)? On the dev set the other sentences gain little from the tagger,
 * which costs most of the stage's time; on unfamiliar text (ANERcorp) tagging all finds far more names. */
function worthTagging(ctx: Context, covered: Uint8Array, from: number, to: number): boolean {
  if (MODE === "all") return true;
  const kb = knowledgeBase();
  for (let i = from; i < to; i++) {
    if (covered[i] || covered[i + 1] || ctx.tokens[i]!.kind !== "word") continue;
    if (!ctx.readings[i]!.some((reading) => kb.personTitles.next?.has(reading.key))) continue;
    for (let k = i + 1; k <= Math.min(to, i + 3); k++) {
      const key = ctx.tokens[k]!.key;
      if (ctx.tokens[k]!.kind === "word" && !covered[k] && !key.startsWith("ال") && !kb.stopwords.has(key) && !isCommonWord(kb.words, key) && !kb.nisbaByKey.has(key)) return true;
    }
  }
  return false;
}

/** Tagger spans as candidates, sentence by sentence (words are the tokens' surface forms); `others` are the
 * KB and pattern candidates, used to skip sentences they already explain. */
export function taggerCandidates(ctx: Context, others: readonly Candidate[] = []): Candidate[] {
  if (!tagSentence || broken) return [];
  const out: Candidate[] = [];
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length);
  for (const c of others) if (!c.ambiguous) for (let k = c.first; k <= c.last; k++) covered[k] = 1;
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === tokens[from]!.sentence) to++;
    if (!worthTagging(ctx, covered, from, to)) {
      from = to + 1;
      continue;
    }
    // Very long "sentences" (lists, tables) are tagged in windows to bound the cost.
    for (let windowStart = from; windowStart <= to; windowStart += 200) {
      const windowEnd = Math.min(to, windowStart + 199);
      const words = tokens.slice(windowStart, windowEnd + 1).map((t) => t.text);
      let tags: string[];
      try {
        tags = tagSentence(words);
      } catch {
        broken = true;
        return out;
      }
      let open: { first: number; type: "PER" | "LOC" | "ORG" } | null = null;
      const close = (last: number): void => {
        if (!open) return;
        const first = open.first;
        out.push({
          start: tokens[first]!.start,
          end: tokens[last]!.end,
          first,
          last,
          type: open.type,
          source: "tagger",
          score: 3,
        });
        open = null;
      };
      for (let k = 0; k < words.length; k++) {
        const index = windowStart + k;
        const tag = tags[k] ?? "O";
        const type = TYPES[tag.slice(2)];
        if (tag.startsWith("B-") || (tag.startsWith("I-") && (!open || open.type !== type))) {
          close(index - 1);
          if (type) open = { first: index, type };
        } else if (!tag.startsWith("I-")) close(index - 1);
      }
      close(windowEnd);
    }
    from = to + 1;
  }
  return out;
}
