// The statistical tagger (src/entities/tagger/) is optional at run time: when its model is missing or
// fails to load, recognition works from the KB and patterns alone. The module itself loads its model
// lazily on the first call, so importing it costs nothing. RASD_NO_TAGGER=1 switches it off (to measure).
import type { Candidate, Context } from "./candidates.ts";
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
export function taggerCandidates(ctx: Context): Candidate[] {
  if (!tagSentence || broken) return [];
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === tokens[from]!.sentence) to++;
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
