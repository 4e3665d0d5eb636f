// Reads sentences written with inline entity markup, one per line: tokens separated by spaces, an entity
// as `[TYPE token token]` around whole tokens (TYPE: PERS, LOC, ORG, MISC). Lines starting with # are
// comments. This is the format of rasd's own annotated training sentences (data/model/sentences/).
import type { TrainingSentence } from "./train.ts";
import { LABELS } from "./labels.ts";

// The entity types of the tagger's labels (B-PERS → PERS).
const TYPES = new Set(LABELS.filter((label) => label.startsWith("B-")).map((label) => label.slice(2)));

export interface MarkupResult {
  sentences: TrainingSentence[];
  /** Lines that are not well-formed markup (1-based line numbers with the reason). */
  rejected: { line: number; reason: string }[];
}

export function parseMarkup(text: string): MarkupResult {
  const sentences: TrainingSentence[] = [];
  const rejected: MarkupResult["rejected"] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const parsed = parseLine(line);
    if (typeof parsed === "string") rejected.push({ line: index + 1, reason: parsed });
    else sentences.push(parsed);
  });
  return { sentences, rejected };
}

function parseLine(line: string): TrainingSentence | string {
  const words: string[] = [];
  const tags: string[] = [];
  let type: string | null = null;
  let first = false;
  for (const piece of line.split(/\s+/u)) {
    let token = piece;
    if (token.startsWith("[")) {
      if (type) return "nested bracket";
      const name = token.slice(1);
      if (!TYPES.has(name)) return `unknown type ${name}`;
      type = name;
      first = true;
      continue;
    }
    let closes = false;
    if (token.endsWith("]") && token.length > 1) {
      if (!type) return "closing bracket outside an entity";
      closes = true;
      token = token.slice(0, -1);
    }
    if (token.includes("[") || token.includes("]")) return "bracket inside a token";
    words.push(token);
    tags.push(type ? (first ? "B-" : "I-") + type : "O");
    first = false;
    if (closes) type = null;
  }
  if (type) return "unclosed bracket";
  if (!words.length) return "empty";
  return { words, tags };
}
