// Negation and modality of one trigger from the words around it in its clause:
// لم/لن/لا/ما/ليس/عدم/دون before it, a verb of denial governing it (نفى … إجراء اتصال), the future
// prefix سـ, سوف and planning cues (من المقرر أن، يعتزم), "next" words after a noun (القمة المقبلة),
// conditionals (إذا، لو، في حال) and قد before a present verb.

import type { Modality } from "../document.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, hasLamOnly, isClausePunct, type TokenView } from "./scan.ts";
import type { TriggerMatch } from "./triggers.ts";

export interface ModalityResult {
  negated: boolean;
  modality: Modality;
}

const NEGATION_WINDOW = 2;
const CUE_WINDOW = 7;
const DENIAL_WINDOW = 8;
const FUTURE_VERB_WINDOW = 4;

/** Word tokens before `from` in the same clause, nearest first, at most `limit`. */
function wordsBefore(view: TokenView, from: number, limit: number, crossCommas: boolean): number[] {
  const out: number[] = [];
  const sentence = view.tokens[from]?.sentence;
  for (let j = from - 1; j >= 0 && out.length < limit; j--) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence) break;
    if (token.kind === "punct") {
      if (isClausePunct(token) && !(crossCommas && (token.text === "،" || token.text === ","))) break;
      continue;
    }
    out.push(j);
  }
  return out;
}

/** Modality and negation of a trigger; `anchor` is the light verb carrying a nominal trigger, if any. */
export function modalityOf(view: TokenView, trigger: TriggerMatch, anchor: number, dateAfterDct: boolean): ModalityResult {
  const cues = eventLexicons().cues;
  let negated = false;
  let future = trigger.futurePrefix || dateAfterDct;
  let hypothetical = false;

  const first = Math.min(anchor, trigger.start);
  const near = wordsBefore(view, first, NEGATION_WINDOW, false);
  for (const [distance, j] of near.entries()) {
    const negation = cueAt(view, j, cues.get("negation"));
    if (negation && negation.end <= first) {
      negated = true;
      if (view.tokens[j]!.key === "لن") future = true;
      break;
    }
    if (distance === 0 && cueAt(view, j, cues.get("negation-past")) && !trigger.present) {
      negated = true;
      break;
    }
    if (distance === 0 && trigger.present && cueAt(view, j, cues.get("modal-present"))) hypothetical = true;
    if (cueAt(view, j, cues.get("future"))?.form.entry === "future" && view.tokens[j]!.key === "سوف") future = true;
  }
  if (!negated) {
    for (const j of wordsBefore(view, first, DENIAL_WINDOW, true)) {
      if (cueAt(view, j, cues.get("denial"))) {
        negated = true;
        break;
      }
    }
  }
  for (const j of wordsBefore(view, first, CUE_WINDOW, false)) {
    const f = cueAt(view, j, cues.get("future"));
    if (f && f.end <= first) future = true;
    // حالة التأهب is a state of alert, not حال "in case" with a pronoun: hypothetical cues take none.
    const h = cueAt(view, j, cues.get("hypothetical"));
    if (h && h.end <= first && !h.reading.enclitic) hypothetical = true;
  }
  // A future verb shortly before, in the same clause (ستشهد محادثات، ستشغل حيزا من مباحثات): the text
  // segmenter marks its سـ.
  for (const j of wordsBefore(view, first, FUTURE_VERB_WINDOW, false)) {
    const segments = view.tokens[j]!.segments;
    const stem = segments.find((seg) => seg.role === "stem");
    if (stem && /^[يتن]/u.test(stem.text) && segments.some((seg) => seg.role === "proclitic" && seg.text === "س")) future = true;
  }
  // A light verb carrying the event can carry the future too (سيجري اتصالا، ستعقد قمة).
  if (anchor !== trigger.start && /^[وف]?س[يتن]/u.test(view.tokens[anchor]!.key)) future = true;
  // لأي هجوم: any attack, not one that happened.
  const before = wordsBefore(view, trigger.start, 1, false)[0];
  if (before !== undefined && cueAt(view, before, cues.get("nonspecific"))) hypothetical = true;
  // A purpose before the trigger (للمشاركة في الاجتماع، لضمان وقف إطلاق النار): an intention.
  for (const j of wordsBefore(view, first, 2, false)) {
    const token = view.tokens[j]!;
    if (token.kind !== "word" || !hasLamOnly(token)) continue;
    if (cueAt(view, j, cues.get("purpose-exception")) || cueAt(view, j, cues.get("agent-preposition"))) continue;
    future = true;
  }
  // "Next"/"upcoming" right after the trigger noun: القمة المقبلة، الزيارة المرتقبة.
  const nextWord = view.tokens[trigger.end];
  if (nextWord && nextWord.sentence === view.tokens[trigger.start]!.sentence && cueAt(view, trigger.end, cues.get("future-after"))) {
    future = true;
  }
  const modality: Modality = hypothetical ? "hypothetical" : future ? "future" : "asserted";
  return { negated, modality };
}
