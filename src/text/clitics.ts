import type { Segment } from "../document.ts";

/** Splits a word token into proclitics, stem and enclitics. Placeholder: the whole word is the stem. */
export function segmentWord(text: string, start: number, end: number): Segment[] {
  return [{ start, end, text: text.slice(start, end), role: "stem" }];
}
