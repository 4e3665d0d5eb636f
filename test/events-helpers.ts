// Builds documents for the events tests: the real text stage, then hand-made entities and timexes, so the
// tests do not depend on the time and entity stages.
import { emptyDoc, type Doc, type Entity, type EntityType, type Timex } from "../src/document.ts";
import { analyzeText } from "../src/text/index.ts";
import { extractEvents } from "../src/events/index.ts";

export interface EntitySpec {
  text: string;
  type: EntityType;
  canonical?: string;
  country?: string | null;
  /** Which occurrence of the text (0 = first). */
  occurrence?: number;
  /** Coreference id; mentions with the same id are one entity. */
  id?: string;
}

export interface TimexSpec {
  text: string;
  value: string;
  type?: Timex["type"];
}

function find(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the test text`);
  }
  return at;
}

export function makeDoc(text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = [], dct: string | null = "2024-03-14"): Doc {
  let doc = emptyDoc(text, dct);
  doc = { ...doc, ...analyzeText(doc) };
  const ents: Entity[] = entities.map((e, k) => {
    const start = find(text, e.text, e.occurrence ?? 0);
    return {
      start,
      end: start + e.text.length,
      text: e.text,
      type: e.type,
      canonical: e.canonical ?? null,
      country: e.country ?? null,
      code: null,
      id: e.id ?? `t${k}`,
    };
  });
  const tims: Timex[] = timexes.map((t) => {
    const start = find(text, t.text);
    return { start, end: start + t.text.length, text: t.text, type: t.type ?? "DATE", value: t.value };
  });
  return { ...doc, entities: ents.sort((a, b) => a.start - b.start), timexes: tims };
}

export function eventsOf(text: string, entities: EntitySpec[] = [], timexes: TimexSpec[] = [], dct: string | null = "2024-03-14") {
  return extractEvents(makeDoc(text, entities, timexes, dct));
}
