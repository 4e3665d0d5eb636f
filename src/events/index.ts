import type { Doc, Layers } from "../document.ts";

/** Extracts PLOVER-coded events and quotes from a document with entities and timexes. */
export function extractEvents(_doc: Doc): Pick<Layers, "events" | "quotes"> {
  return { events: [], quotes: [] };
}
