// Hints (see hints.ts) for text that comes already split into words and sentences, such as CoNLL
// files: the words are joined into one text, read by the text and time stages and the rule-based
// entity stage, and the entities are mapped back onto the words.
import { runPipeline, STAGES } from "../pipeline.ts";
import { recognizeEntities } from "./index.ts";
import { hintFeatures, wordLabels } from "./hints.ts";
import type { Hints } from "./tagger/tagger.ts";

/** Sentences read together as one document: coreference and the KB's context rules work inside it. */
export const HINT_BLOCK = 10;

/** Hints for consecutive sentences, read as one document (none where the stages fail on the text). */
export function sentenceHints(sentences: readonly (readonly string[])[]): (Hints | undefined)[] {
  let text = "";
  const words: [number, number][] = [];
  const bounds: number[] = [0];
  for (const sentence of sentences) {
    for (const word of sentence) {
      words.push([text.length, text.length + word.length]);
      text += word + " ";
    }
    text = text.slice(0, -1) + "\n";
    bounds.push(words.length);
  }
  let labels;
  try {
    labels = wordLabels(recognizeEntities(runPipeline(text, null, STAGES, "time"), { tagger: false }), words);
  } catch {
    return sentences.map(() => undefined);
  }
  return sentences.map((_, s) => hintFeatures(labels, bounds[s]!, bounds[s + 1]!));
}

/** sentenceHints over a stream of sentences without document boundaries, HINT_BLOCK at a time. */
export function sentenceHintsInBlocks(sentences: readonly (readonly string[])[]): (Hints | undefined)[] {
  const out: (Hints | undefined)[] = [];
  for (let s = 0; s < sentences.length; s += HINT_BLOCK) out.push(...sentenceHints(sentences.slice(s, s + HINT_BLOCK)));
  return out;
}
