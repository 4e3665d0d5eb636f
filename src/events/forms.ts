// Surface forms of lexicon entries. Entries are written once ("استقبل/يستقبل", "زيارة|زيارات") and expanded
// here into the inflected forms news text uses; clitics are left to the matcher (candidates.ts).

import { readFileSync } from "node:fs";
import { normalizeKey } from "../text/normalize.ts";

export type FormKind = "v" | "n" | "f";

export interface ExpandedForm {
  /** Normalized key of the first word (the one that carries inflection and clitics). */
  head: string;
  /** Normalized keys of the words that must follow the head, in order. */
  tail: string[];
  /** True for present-tense verb forms (يفعل، تفعل …), which "قد" turns into a possibility. */
  present: boolean;
}

/** Reads a data file of the repository as non-comment, non-empty lines split on tabs. */
export function readTable(relativePath: string): string[][] {
  const text = readFileSync(new URL(`../../data/${relativePath}`, import.meta.url), "utf8");
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    rows.push(line.replace(/\r$/, "").split("\t"));
  }
  return rows;
}

function verbForms(past: string, present: string): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  if (past) for (const suffix of ["", "ت", "وا", "ا", "تا", "ن"]) out.push([past + suffix, false]);
  if (present) {
    const stem = present.startsWith("ي") ? present.slice(1) : present;
    for (const lead of ["ي", "ت", "ن"]) {
      for (const suffix of ["", "ون", "ان", "وا", "ن"]) out.push([lead + stem + suffix, true]);
    }
  }
  return out;
}

function nounForms(word: string): string[] {
  const out = [word];
  if (word.endsWith("ه")) {
    const bound = word.slice(0, -1) + "ت";
    out.push(bound + "ان", bound + "ين", word.slice(0, -1) + "ا");
  } else if (!word.endsWith("ا") && !word.endsWith("ي") && !word.endsWith("ات")) {
    out.push(word + "ا", word + "ان", word + "ين");
  }
  return out;
}

/** Expands one "forms" cell of a lexicon row into normalized surface forms. */
export function expandForms(kind: FormKind, cell: string): ExpandedForm[] {
  const out: ExpandedForm[] = [];
  const seen = new Set<string>();
  const push = (words: string[], present: boolean) => {
    const [head, ...tail] = words;
    if (!head) return;
    const key = words.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ head, tail, present });
  };
  for (const raw of cell.split("|")) {
    const words = normalizeKey(raw.trim()).split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    const [first, ...tail] = words;
    if (kind === "v") {
      const [past = "", present = ""] = first!.split("/");
      for (const [form, isPresent] of verbForms(past, present)) push([form, ...tail], isPresent);
    } else if (kind === "n") {
      for (const form of nounForms(first!)) push([form, ...tail], false);
    } else {
      push(words, /^[يت]/u.test(first!) && first!.length >= 3);
    }
  }
  return out;
}

/** Parses "w1,w2@N" into normalized words and a window. */
export function parseWordSet(value: string, defaultWindow: number): { words: Set<string>; window: number } {
  const [list = "", window] = value.split("@");
  const words = new Set(list.split(",").map((w) => normalizeKey(w.trim())).filter(Boolean));
  return { words, window: window ? Number(window) : defaultWindow };
}
