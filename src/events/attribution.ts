// "According to whom": حسب / بحسب / وفق / نقلا عن X in the sentence, or the speaker of the quote that
// holds the trigger (قال X إن …، أفاد X بأن …).

import type { EventRecord } from "../document.ts";
import type { ActorMention } from "./actors.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, isClausePunct, type TokenView } from "./scan.ts";

const NAME_WORDS = 4;

/** Attribution cue of a sentence (first one) as {name, start, end}, or null. */
export function sentenceAttribution(view: TokenView, sentence: number, mentions: ActorMention[]): EventRecord["attribution"] {
  const range = view.sentenceRange[sentence];
  if (!range) return null;
  const index = eventLexicons().cues.get("attribution");
  for (let j = range[0]; j < range[1]; j++) {
    const cue = cueAt(view, j, index);
    if (!cue) continue;
    const named = mentions.find((m) => m.first >= cue.end && m.first <= cue.end + 1 && !m.place && m.kind !== "demonym");
    if (named) return { name: named.canonical ?? named.name, start: named.start, end: named.stop };
    // No named source: take the words after the cue up to punctuation (مصادر أمنية، وسائل إعلام محلية).
    let end = cue.end;
    while (end < range[1] && end - cue.end < NAME_WORDS && !isClausePunct(view.tokens[end]!)) end++;
    if (end === cue.end) continue;
    const start = view.tokens[cue.end]!.start;
    const stop = view.tokens[end - 1]!.end;
    return { name: view.doc.text.slice(start, stop), start, end: stop };
  }
  return null;
}
