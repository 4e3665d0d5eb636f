// The event lexicons (data/events/*.tsv), loaded once on first use and indexed by the key of the
// first word of each form, so matching a token is a handful of map lookups.

import type { PloverType } from "../document.ts";
import { expandForms, parseWordSet, readTable, type FormKind } from "./forms.ts";
import { normalizeKey } from "../text/normalize.ts";

export const PLOVER_TYPES: readonly PloverType[] = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

export interface WordConstraint {
  words: Set<string>;
  window: number;
}

export interface TriggerEntry {
  /** Row number in triggers.tsv (1-based over data rows): the lemma group used when merging mentions. */
  id: number;
  kind: FormKind;
  type: PloverType;
  cameo: string;
  mode: string | null;
  after: WordConstraint | null;
  before: WordConstraint | null;
  notAfter: WordConstraint | null;
  notBefore: WordConstraint | null;
  /** The word after a nominal trigger names the one harmed, not the agent. */
  patientGenitive: boolean;
  /** The subject of the verb is the one harmed. */
  victim: boolean;
  confidence: number;
  /** A verb: readings with the article ال are not this entry. */
  verbal: boolean;
}

export interface LexiconForm<T> {
  entry: T;
  tail: string[];
  present: boolean;
}

export type FormIndex<T> = Map<string, Array<LexiconForm<T>>>;

export interface Agent {
  sector: string;
  english: string;
  country: string | null;
}

export interface EventLexicons {
  triggers: FormIndex<TriggerEntry>;
  triggerEntries: TriggerEntry[];
  cues: Map<string, FormIndex<string>>;
  agents: FormIndex<Agent>;
  /** Normalized masculine singular nisba → ISO3. */
  demonyms: Map<string, string>;
  /** ISO3 → English nationality adjective. */
  adjectives: Map<string, string>;
  /** Adjective key → English qualifier of an anonymous role noun (دبلوماسي → diplomatic). */
  qualifiers: Map<string, string>;
  /** Normalized Arabic country name (without ال) → ISO3. */
  countryNames: Map<string, string>;
}

function addForm<T>(index: FormIndex<T>, head: string, form: LexiconForm<T>): void {
  const list = index.get(head);
  if (list) list.push(form);
  else index.set(head, [form]);
}

function isKind(value: string): value is FormKind {
  return value === "v" || value === "n" || value === "f";
}

function parseTriggers(): { index: FormIndex<TriggerEntry>; entries: TriggerEntry[] } {
  const index: FormIndex<TriggerEntry> = new Map();
  const entries: TriggerEntry[] = [];
  for (const row of readTable("events/triggers.tsv")) {
    const [kind = "", forms = "", type = "", cameo = "", mode = "", options = ""] = row;
    if (!isKind(kind) || !(PLOVER_TYPES as readonly string[]).includes(type) || !/^[a-z-]*$/u.test(mode.trim())) {
      throw new Error(`events/triggers.tsv: bad row ${row.join(" | ")}`);
    }
    const entry: TriggerEntry = {
      id: entries.length + 1,
      kind,
      type: type as PloverType,
      cameo,
      mode: mode.trim() || null,
      after: null,
      before: null,
      notAfter: null,
      notBefore: null,
      patientGenitive: false,
      victim: false,
      confidence: 0.7,
      verbal: kind === "v",
    };
    for (const option of options.split(/\s+/u).filter(Boolean)) {
      const [name, value = ""] = option.split("=");
      if (name === "after") entry.after = parseWordSet(value, 3);
      else if (name === "before") entry.before = parseWordSet(value, 3);
      else if (name === "notafter") entry.notAfter = parseWordSet(value, 1);
      else if (name === "notbefore") entry.notBefore = parseWordSet(value, 1);
      else if (name === "gen" && value === "patient") entry.patientGenitive = true;
      else if (name === "victim") entry.victim = true;
      else if (name === "conf") entry.confidence = Number(value);
      else if (name === "verbal") entry.verbal = true;
      else throw new Error(`events/triggers.tsv: unknown option ${option}`);
    }
    entries.push(entry);
    for (const form of expandForms(kind, forms)) {
      addForm(index, form.head, { entry, tail: form.tail, present: form.present });
    }
  }
  return { index, entries };
}

function parseCues(): Map<string, FormIndex<string>> {
  const cues = new Map<string, FormIndex<string>>();
  for (const row of readTable("events/cues.tsv")) {
    const [category = "", kind = "", forms = ""] = row;
    if (!isKind(kind)) throw new Error(`events/cues.tsv: bad row ${row.join(" | ")}`);
    let index = cues.get(category);
    if (!index) cues.set(category, (index = new Map()));
    for (const form of expandForms(kind, forms)) addForm(index, form.head, { entry: category, tail: form.tail, present: form.present });
  }
  return cues;
}

function parseAgents(): FormIndex<Agent> {
  const index: FormIndex<Agent> = new Map();
  for (const row of readTable("events/agents.tsv")) {
    const [forms = "", sector = "", english = "", country = ""] = row;
    const agent: Agent = { sector, english, country: country.trim() || null };
    for (const form of expandForms("f", forms)) addForm(index, form.head, { entry: agent, tail: form.tail, present: false });
  }
  return index;
}

function parseDemonyms(): { demonyms: Map<string, string>; adjectives: Map<string, string>; countryNames: Map<string, string> } {
  const demonyms = new Map<string, string>();
  const adjectives = new Map<string, string>();
  const countryNames = new Map<string, string>();
  for (const [iso3 = "", spellings = "", adjective = "", names = ""] of readTable("events/demonyms.tsv")) {
    for (const spelling of spellings.split("|")) demonyms.set(normalizeKey(spelling.trim()), iso3);
    if (adjective.trim()) adjectives.set(iso3, adjective.trim());
    for (const name of names.split("|")) if (name.trim()) countryNames.set(bareName(normalizeKey(name.trim())), iso3);
  }
  return { demonyms, adjectives, countryNames };
}

/** A name key without its article and a leading preposition (بالعراق → عراق). */
export function bareName(key: string): string {
  return key.replace(/^(?:[وف]?[بل]?ال|[وف]?[بل](?=..))/u, "");
}

function parseQualifiers(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [forms = "", english = ""] of readTable("events/qualifiers.tsv")) {
    for (const form of forms.split("|")) if (form.trim() && !form.includes(" ")) out.set(normalizeKey(form.trim()), english.trim());
  }
  return out;
}

let cached: EventLexicons | null = null;

export function eventLexicons(): EventLexicons {
  if (cached) return cached;
  const { index, entries } = parseTriggers();
  const { demonyms, adjectives, countryNames } = parseDemonyms();
  cached = { triggers: index, triggerEntries: entries, cues: parseCues(), agents: parseAgents(), qualifiers: parseQualifiers(), demonyms, adjectives, countryNames };
  return cached;
}

/** The nisba country of a normalized word (مصري، المصرية، لبنانيين …), or null. */
export function demonymCountry(key: string, demonyms: Map<string, string>): string | null {
  let word = key;
  for (const prefix of ["وال", "بال", "لل", "ال", "و"]) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 4) {
      word = prefix === "لل" ? word.slice(2) : word.slice(prefix.length);
      break;
    }
  }
  const bases = [word];
  for (const suffix of ["يين", "يون", "يان", "يه", "ين", "ون"]) {
    if (word.endsWith(suffix)) bases.push(word.slice(0, -suffix.length) + "ي");
  }
  for (const base of bases) {
    const hit = demonyms.get(base);
    if (hit) return hit;
  }
  return null;
}
