import { findTimexes } from "../src/time/index.ts";
import type { Timex } from "../src/document.ts";

/** [text, type, value] of every timex, for compact assertions. */
export function timexes(text: string, dct: string | null = "2024-03-14"): Array<[string, string, string]> {
  return findTimexes(text, dct).map((t) => [t.text, t.type, t.value]);
}

/** The single timex whose text is `span` (fails loudly when absent). */
export function timexAt(text: string, span: string, dct: string | null = "2024-03-14"): Timex {
  const found = findTimexes(text, dct).find((t) => t.text === span);
  if (!found) throw new Error(`no timex «${span}» in ${JSON.stringify(findTimexes(text, dct).map((t) => t.text))}`);
  return found;
}
