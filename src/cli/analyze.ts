import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { analyze, parseDct, InputError } from "../pipeline.ts";
import type { Doc } from "../document.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";

export const ANALYZE_USAGE = "rasd analyze [FILE|-] [--dct YYYY-MM-DD] [--pretty] | rasd analyze --jsonl";

/** The JSON an analysis is printed as (the scorers in ../shared/eval read this shape). */
export function toJson(doc: Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {
    dct: doc.dct,
    sentences: doc.sentences,
    tokens: doc.tokens,
    entities: doc.entities,
    timexes: doc.timexes,
    events: doc.events,
    quotes: doc.quotes,
  };
  if (doc.messages.length) out.messages = doc.messages;
  return out;
}

function readInput(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path === "-" ? "standard input" : path}: ${(error as Error).message}`);
  }
}

async function analyzeJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let result: Record<string, unknown>;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; dct?: unknown };
      if (input === null || typeof input !== "object") throw new InputError("each line must be a JSON object");
      id = input.id ?? null;
      if (typeof input.text !== "string") throw new InputError('"text" must be a string');
      result = { id, ...toJson(analyze(input.text, { dct: input.dct as string | null })) };
    } catch (error) {
      result = { id, error: (error as Error).message };
    }
    process.stdout.write(JSON.stringify(result) + "\n");
  }
}

export async function runAnalyze(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ["dct"], ["pretty", "jsonl"]);
  if (args.flags.has("jsonl")) {
    if (args.positionals.length) throw new UsageError("--jsonl reads standard input and takes no FILE");
    return analyzeJsonl();
  }
  if (args.positionals.length > 1) throw new UsageError(`one FILE at most; usage: ${ANALYZE_USAGE}`);
  let dct: string | null;
  try {
    dct = parseDct(stringFlag(args, "dct"));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = readInput(args.positionals[0] ?? "-");
  const json = toJson(analyze(text, { dct }));
  process.stdout.write(JSON.stringify(json, null, args.flags.has("pretty") ? 2 : undefined) + "\n");
}
