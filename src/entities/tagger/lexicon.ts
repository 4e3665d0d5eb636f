import { normalizeKey } from "../../text/normalize.ts";

/** Word classes the features consult; a snapshot of them is stored inside the model file. */
export interface TaggerLexicon {
  /** Normalized word → trigger class (PER_TITLE, LOC_WORD …). */
  triggers: Map<string, string>;
  /** Normalized word → cluster id learned from unlabeled news (may be empty). */
  clusters: Map<string, string>;
  /** Normalized word → frequency class (1 … 5, roughly log-scaled) in unlabeled news; absent = unseen. */
  frequency: Map<string, number>;
  /** Normalized name (words joined by one space) → its classes, e.g. "LOC" or "LOC,PER". */
  gazetteer: Map<string, string>;
  /**
   * Entity names of the training data: first word's clitic-free core and the other words' keys,
   * joined by one space → the type it was tagged with most (PERS, LOC, ORG, MISC).
   */
  phrases: Map<string, string>;
}

export interface GazetteerIndex {
  /** First word of an entry → the most words any entry starting with it has. */
  firstWords: Map<string, number>;
}

const INDEXES = new WeakMap<Map<string, string>, GazetteerIndex>();

export function gazetteerIndex(lexicon: TaggerLexicon): GazetteerIndex {
  return nameIndex(lexicon.gazetteer);
}

/** First words and lengths of a name map (gazetteer or phrases), computed once per map. */
export function nameIndex(names: Map<string, string>): GazetteerIndex {
  let index = INDEXES.get(names);
  if (!index) {
    const firstWords = new Map<string, number>();
    for (const name of names.keys()) {
      const words = name.split(" ");
      firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    }
    index = { firstWords };
    INDEXES.set(names, index);
  }
  return index;
}

/** Parses `CLASS<TAB>word` lines (comments start with #); every word goes through normalizeKey. */
export function parseTriggerTsv(tsv: string): Map<string, string> {
  const triggers = new Map<string, string>();
  for (const line of tsv.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, word] = line.split("\t");
    if (!name || !word) throw new Error(`bad trigger line: ${JSON.stringify(line)}`);
    const key = normalizeKey(word.trim());
    if (triggers.has(key) && triggers.get(key) !== name) throw new Error(`trigger ${word} has two classes`);
    triggers.set(key, name.trim());
  }
  return triggers;
}

export function emptyLexicon(): TaggerLexicon {
  return { triggers: new Map(), clusters: new Map(), frequency: new Map(), gazetteer: new Map(), phrases: new Map() };
}

/** Frequency class of a raw count: 1 (2–4), 2 (5–19), 3 (20–99), 4 (100–999), 5 (1000+); 0 below 2. */
export function frequencyClass(count: number): number {
  return count < 2 ? 0 : count < 5 ? 1 : count < 20 ? 2 : count < 100 ? 3 : count < 1000 ? 4 : 5;
}
