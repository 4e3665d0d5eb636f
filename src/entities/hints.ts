// What the rule-based recognizers (KB, patterns, coreference; no statistical tagger) found, as features
// of the tagger: for each word its label (B-PERS …, O) alone and with the recognizer that gave it, and
// its neighbours' labels. The tagger learns how far to trust each kind of match; the rules know titles,
// coreference and the KB's linking rules, which the tagger's own features see only in part.
import type { Entity } from "../document.ts";
import type { Hints } from "./tagger/tagger.ts";

const TYPE: Record<string, string> = { PER: "PERS", LOC: "LOC", ORG: "ORG" };

export interface WordLabel {
  label: string;
  source: string;
}

const OUTSIDE: WordLabel = { label: "O", source: "" };

/**
 * The label of every word from the entities over it. Words are [start, end) ranges in the entities'
 * text, in order and not overlapping; a word an entity touches is inside it.
 */
export function wordLabels(entities: readonly Entity[], words: readonly (readonly [number, number])[]): WordLabel[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const labels = words.map(() => OUTSIDE);
  let k = 0;
  for (const entity of sorted) {
    const type = TYPE[entity.type];
    if (!type) continue;
    while (k < words.length && words[k]![1] <= entity.start) k++;
    for (let j = k; j < words.length && words[j]![0] < entity.end; j++) {
      labels[j] = { label: (j === k ? "B-" : "I-") + type, source: entity.source ?? "" };
    }
  }
  return labels;
}

/**
 * Hint features of words [from, to) of `labels`. Neighbours are read within the sentence [first, last)
 * around them (by default the words themselves); beyond it they are the sentence's edges.
 */
export function hintFeatures(labels: readonly WordLabel[], from = 0, to = labels.length, first = from, last = to): Hints {
  const out: string[][] = [];
  for (let i = from; i < to; i++) {
    const { label, source } = labels[i]!;
    const before = i > first ? labels[i - 1]!.label : "^";
    const after = i + 1 < last ? labels[i + 1]!.label : "$";
    out.push(["h=" + label, "hs=" + label + "/" + source, "h-1=" + before, "h+1=" + after]);
  }
  return out;
}
