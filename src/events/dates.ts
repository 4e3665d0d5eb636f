// The date of an event: the DATE/TIME timex of its clause, else of its sentence, else the publication date,
// as a TIMEX3 calendar value cut to its date part (2021-01-11T06:00 → 2021-01-11).

import type { EventRecord, Timex } from "../document.ts";
import { tokenAt } from "./actors.ts";
import { isClausePunct, type TokenView } from "./scan.ts";
import type { TriggerMatch } from "./triggers.ts";

const DATE_VALUE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/u;

export interface DateChoice {
  date: string | null;
  basis: EventRecord["date_basis"];
}


function dateValue(timex: Timex): string | null {
  if (timex.type !== "DATE" && timex.type !== "TIME") return null;
  const m = DATE_VALUE.exec(timex.value);
  return m ? m[1]! : null;
}

/** Char range of the clause around a token: between the nearest clause punctuation marks. */
function clauseRange(view: TokenView, at: number): [number, number] {
  const sentence = view.tokens[at]!.sentence;
  let first = at;
  while (first > 0 && view.tokens[first - 1]!.sentence === sentence && !isClausePunct(view.tokens[first - 1]!)) first--;
  let last = at;
  while (last + 1 < view.tokens.length && view.tokens[last + 1]!.sentence === sentence && !isClausePunct(view.tokens[last + 1]!)) last++;
  return [view.tokens[first]!.start, view.tokens[last]!.end];
}

export function chooseDate(view: TokenView, trigger: TriggerMatch, timexes: Timex[]): DateChoice {
  const triggerStart = view.tokens[trigger.start]!.start;
  const [clauseStart, clauseEnd] = clauseRange(view, trigger.start);
  const sentence = view.doc.sentences[view.tokens[trigger.start]!.sentence]!;
  let best: { value: string; distance: number; inClause: boolean } | null = null;
  for (const timex of timexes) {
    if (timex.start < sentence.start || timex.end > sentence.end) continue;
    const value = dateValue(timex);
    if (!value) continue;
    const inClause = timex.start >= clauseStart && timex.end <= clauseEnd;
    const distance = Math.abs(timex.start - triggerStart);
    if (!best || (inClause && !best.inClause) || (inClause === best.inClause && distance < best.distance)) {
      best = { value, distance, inClause };
    }
  }
  if (best) return { date: best.value, basis: best.inClause ? "explicit" : "sentence" };
  return { date: view.doc.dct, basis: view.doc.dct ? "publication" : null };
}

/** Timexes grouped by the sentence that holds their start. */
export function timexesBySentence(view: TokenView): Timex[][] {
  const out: Timex[][] = view.doc.sentences.map(() => []);
  for (const timex of view.doc.timexes) {
    const at = tokenAt(view.tokens, timex.start);
    if (at >= 0) out[view.tokens[at]!.sentence]?.push(timex);
  }
  return out;
}
