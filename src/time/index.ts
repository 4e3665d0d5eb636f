import type { Doc, Timex } from "../document.ts";

/** Recognizes and normalizes temporal expressions against the document's dct. */
export function recognizeTimexes(_doc: Doc): Timex[] {
  return [];
}
