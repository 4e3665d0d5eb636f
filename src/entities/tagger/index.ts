// The statistical NER tagger: BIO tags (PERS, LOC, ORG, MISC) for the words of sentences.
// The model ships in data/model/ (see its README); it is read on first use and kept.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseModel, type TaggerModel } from "./model.ts";
import { createFastTagger, type FastTagger } from "./fast.ts";
import { createStreamTagger } from "./tagger.ts";

export { LABELS, type Label } from "./labels.ts";
export type { FastTagger } from "./fast.ts";

export const MODEL_PATH = fileURLToPath(new URL("../../../data/model/ner-tagger.json.gz", import.meta.url));
/** Sentences on each side that inform a sentence when a stream has no document boundaries. */
export const STREAM_WINDOW = 10;

let loaded: { model: TaggerModel; tagger: FastTagger } | undefined;

function load(): { model: TaggerModel; tagger: FastTagger } {
  if (!loaded) {
    const model = parseModel(readFileSync(MODEL_PATH));
    loaded = { model, tagger: createFastTagger(model) };
  }
  return loaded;
}

/** BIO tags (B-PERS I-PERS B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC O), one per word, same order. */
export function tagSentence(words: string[]): string[] {
  if (words.length === 0) return [];
  return load().tagger.tag(words);
}

/**
 * Tags every sentence of one document. Better than sentence by sentence: a name recognized in one
 * sentence (next to a title, say) helps recognize it where it stands alone.
 */
export function tagDocument(sentences: string[][]): string[][] {
  if (sentences.every((s) => s.length === 0)) return sentences.map(() => []);
  return load().tagger.tagDocument(sentences);
}

/** Tags a stream of sentences without document boundaries (see createStreamTagger); output in order. */
export function createSentenceStream(emit: (words: readonly string[], tags: string[]) => void): {
  push(words: readonly string[]): void;
  end(): void;
} {
  return createStreamTagger(load().tagger, STREAM_WINDOW, emit);
}

/** How the shipped model was made (data, features, epochs, seed), as stored in the model file. */
export function taggerModelInfo(): Record<string, unknown> {
  return load().model.meta;
}
