// The document model: the original text is never changed; every layer is a list of spans into it.
// Offsets are UTF-16 code unit indices (JavaScript string indices); `text` always equals the slice.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type TokenKind = "word" | "number" | "punct" | "symbol" | "url" | "email" | "hashtag" | "mention";

export type SegmentRole = "proclitic" | "stem" | "enclitic";

export interface Segment extends Span {
  role: SegmentRole;
}

export interface Token extends Span {
  kind: TokenKind;
  /** Normalized match key of the whole token (see text/normalize.ts). */
  key: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Proclitics, stem and enclitics; for non-words a single stem segment. */
  segments: Segment[];
  /** Normalized key of the stem segment (clitics removed): what gazetteers and lexicons match. */
  stemKey: string;
  /** Larkey light10 stem of the key: the search/index key. Never used for name matching. */
  light: string;
}

export type Sentence = Span;

export type EntityType = "PER" | "ORG" | "LOC";

export interface Entity extends Span {
  type: EntityType;
  canonical: string | null;
  /** ISO 3166 alpha-3, or null. */
  country: string | null;
  /** CAMEO-style actor code such as RUSGOV, or null. */
  code: string | null;
  role?: string;
  /** Stable within a document; coreferent mentions share it. */
  id: string;
  lat?: number;
  lon?: number;
  /** Which recognizer produced it (gazetteer, pattern, tagger, coreference). */
  source?: string;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex extends Span {
  type: TimexType;
  /** TIMEX3 value: 2021-01-11, 2020-11, 199X, 2021-01-11T06:00, P3W, XXXX-XX-XX … */
  value: string;
  /** The value this was resolved against (usually the dct), when relative. */
  anchor?: string;
  /** Resolved ISO interval of a DATE/TIME, inclusive days: { from: "2021-01-01", to: "2021-01-31" }. */
  from?: string;
  to?: string;
}

export interface Actor {
  name: string;
  canonical: string | null;
  country: string | null;
  code: string | null;
  start: number;
  end: number;
}

export type PloverType =
  | "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "REQUEST"
  | "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT";

export type Modality = "asserted" | "future" | "hypothetical" | "reported";

export interface EventRecord {
  id: string;
  type: PloverType;
  mode?: string;
  context?: string;
  cameo: string;
  trigger: Span;
  sentence: Span;
  source: Actor[];
  target: Actor[];
  date: string | null;
  date_basis: "explicit" | "sentence" | "publication" | null;
  location: { name: string; country: string | null; lat?: number; lon?: number; start?: number; end?: number } | null;
  negated: boolean;
  modality: Modality;
  attribution: { name: string; start: number; end: number } | null;
  mentions: Span[];
  confidence: number;
}

export interface Quote extends Span {
  speaker: { canonical: string | null; name: string; country: string | null; start: number; end: number } | null;
  cue: Span | null;
}

/** A warning or note about the input, carrying the span it is about (like vfile messages). */
export interface Message {
  stage: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  timexes: Timex[];
  events: EventRecord[];
  quotes: Quote[];
  messages: Message[];
}

/** One document flowing through the pipeline: the original text, its publication date and its layers. */
export interface Doc extends Layers {
  readonly text: string;
  /** Document creation time (publication date) as YYYY-MM-DD, or null when unknown. */
  readonly dct: string | null;
}

export type Analysis = Doc;

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function emptyDoc(text: string, dct: string | null): Doc {
  return { text, dct, sentences: [], tokens: [], entities: [], timexes: [], events: [], quotes: [], messages: [] };
}
