import { emptyDoc, type Doc, type Layers } from "./document.ts";
import { analyzeText } from "./text/index.ts";
import { recognizeTimexes } from "./time/index.ts";
import { recognizeEntities } from "./entities/index.ts";
import { extractEvents } from "./events/index.ts";

/** A stage reads the layers before it and returns its own; it never edits the text or another layer. */
export interface Stage {
  name: string;
  run(doc: Doc): Partial<Layers>;
}

export const STAGES: readonly Stage[] = [
  { name: "text", run: analyzeText },
  { name: "time", run: (doc) => ({ timexes: recognizeTimexes(doc) }) },
  { name: "entities", run: (doc) => ({ entities: recognizeEntities(doc) }) },
  { name: "events", run: extractEvents },
];

export class InputError extends Error {}

const DCT_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a publication date: YYYY-MM-DD of a real calendar day, or null. */
export function parseDct(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string") throw new InputError(`dct must be a YYYY-MM-DD string or null, got ${typeof value}`);
  const m = DCT_RE.exec(value.trim());
  if (!m) throw new InputError(`dct must be YYYY-MM-DD, got "${value}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new InputError(`dct is not a calendar date: "${value}"`);
  }
  return m[0];
}

export interface AnalyzeOptions {
  dct?: string | null;
  /** Run only the stages up to and including this one. */
  until?: string;
}

/** Runs the stages over one document. A failing stage leaves its layer empty and a message, never a crash. */
export function runPipeline(text: string, dct: string | null, stages: readonly Stage[] = STAGES, until?: string): Doc {
  let doc = emptyDoc(text, dct);
  for (const stage of stages) {
    try {
      doc = { ...doc, ...stage.run(doc) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      doc = { ...doc, messages: [...doc.messages, { stage: stage.name, message: `stage failed: ${message}` }] };
    }
    if (stage.name === until) break;
  }
  return doc;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Doc {
  if (typeof text !== "string") throw new InputError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  return runPipeline(text, parseDct(options.dct), STAGES, options.until);
}
