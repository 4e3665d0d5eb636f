// The statistical tagger (src/entities/tagger/) is optional at run time: when its model is missing or
// fails to load, recognition works from the KB and patterns alone. The module itself loads its model
// lazily on the first call, so importing it costs nothing. RASD_NO_TAGGER=1 switches it off (to measure).
import type { Candidate, Context } from "./candidates.ts";
import { isCommonWord, knowledgeBase } from "./kb.ts";
import * as tagger from "./tagger/index.ts";

type TagSentence = (words: string[]) => string[];

const exported = (tagger as { tagSentence?: unknown }).tagSentence;
const tagSentence: TagSentence | null =
  process.env.RASD_NO_TAGGER !== "1" && typeof exported === "function" ? (exported as TagSentence) : null;
let broken = false;

export function taggerAvailable(): boolean {
  return tagSentence !== null && !broken;
}

const TYPES: Record<string, "PER" | "LOC" | "ORG" | undefined> = { PERS: "PER", PER: "PER", LOC: "LOC", ORG: "ORG" };

/** Tagger spans as candidates, sentence by sentence (words are the tokens' surface forms). */
/** Does the sentence hold a word that hints at a name the other recognizers left uncovered:
 * a person title with no name found after it, or a word ANERcorp mostly saw inside names? Other sentences are not worth the tagger's time. */
function worthTagging(ctx: Context, covered: Uint8Array, from: number, to: number): boolean {
  const kb = knowledgeBase();
  for (let i = from; i <= to; i++) {
    if (covered[i] || ctx.tokens[i]!.kind !== "word") continue;
    for (const reading of ctx.readings[i]!) {
      // A title whose name the patterns did not find (a foreign name, an unusual spelling).
      if (kb.personTitles.next?.has(reading.key) && i + 1 <= to && !covered[i + 1] && !covered[i + 2]) {
        for (let k = i + 1; k <= Math.min(to, i + 3); k++) {
          const key = ctx.tokens[k]!.key;
          if (ctx.tokens[k]!.kind === "word" && !covered[k] && !key.startsWith("ال") && !kb.stopwords.has(key) && !isCommonWord(kb.words, key) && !kb.nisbaByKey.has(key)) return true;
        }
      }
      const stat = kb.words.get(reading.key);
      if (stat && stat.person >= 3 && stat.person > 2 * stat.other) return true;
    }
  }
  return false;
}

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
