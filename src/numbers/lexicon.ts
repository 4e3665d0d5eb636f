import { readFileSync } from "node:fs";
import { normalizeKey } from "../text/normalize.ts";

export type NumberWordKind =
  | "unit"
  | "teen-head"
  | "ten"
  | "hundred"
  | "scale"
  | "scale-dual"
  | "scale-plural"
  | "approx"
  | "approx-scale"
  | "ordinal"
  | "ordinal-head"
  | "ordinal-ten";

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
}

let cache: Map<string, NumberWord> | null = null;

/** Number words keyed by their normalized key (data/numbers/number-words.tsv), loaded once. */
export function numberWords(): Map<string, NumberWord> {
  if (cache) return cache;
  const map = new Map<string, NumberWord>();
  const url = new URL("../../data/numbers/number-words.tsv", import.meta.url);
  for (const line of readFileSync(url, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [form, value, kind] = line.split("\t");
    const key = normalizeKey(form!);
    if (!map.has(key)) map.set(key, { value: Number(value), kind: kind as NumberWordKind });
  }
  cache = map;
  return map;
}

/** The raw rows (form as written) for lexicon tests. */
export function numberWordForms(): string[] {
  const url = new URL("../../data/numbers/number-words.tsv", import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0]!);
}
