// The store behind one small interface. SQLite is the embedded default; a PostgreSQL backend implements
// the same methods (everything is async for that reason, although better-sqlite3 itself is synchronous).
import type { Doc, Entity, EventRecord, Message, PloverType, Quote, Sentence, Timex } from "../document.ts";

/** An article as ingest hands it over: the text is what gets analyzed; offsets refer to it. */
export interface ArticleInput {
  url: string | null;
  /** The id the input gave it (JSONL `id`, feed guid), kept for reference. */
  externalId: string | null;
  title: string | null;
  text: string;
  /** Publication date YYYY-MM-DD (the analysis dct), or null. */
  published: string | null;
  /** Publisher or feed name. */
  source: string | null;
}

export interface ArticleSummary {
  id: number;
  url: string | null;
  external_id: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  ingested_at: string;
  chars: number;
  counts: { entities: number; timexes: number; events: number; quotes: number };
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  text_hash: string;
  analyzer: string;
  dct: string | null;
  sentences: Sentence[];
  entities: Entity[];
  timexes: Timex[];
  events: EventRecord[];
  quotes: Quote[];
  messages: Message[];
}

export type PutStatus = "inserted" | "updated" | "duplicate";

export interface PutResult {
  id: number;
  status: PutStatus;
}

export interface ArticleToPut {
  input: ArticleInput;
  analysis: Doc;
  /** Replace the stored analysis of an identical article (after the analyzer improved). */
  reanalyze?: boolean;
}

export interface Existing {
  id: number;
  textHash: string;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ArticleFilter extends PageRequest {
  source?: string;
  /** Inclusive publication date bounds, YYYY[-MM[-DD]]. */
  from?: string;
  to?: string;
  /** Canonical name, surface form or actor code of an entity the article mentions. */
  entity?: string;
  /** PLOVER type of an event the article holds. */
  eventType?: PloverType;
}

export interface SearchQuery extends ArticleFilter {
  q: string;
}

export interface Mark {
  start: number;
  end: number;
}

export interface Snippet {
  /** Offsets of the snippet in the original article text. */
  start: number;
  end: number;
  text: string;
  /** Highlighted ranges, relative to `text`. */
  marks: Mark[];
  /** `text` escaped for HTML with each mark wrapped in <mark>. */
  html: string;
}

export interface SearchHit {
  article: ArticleSummary;
  score: number;
  title_marks: Mark[];
  snippets: Snippet[];
}

export interface EventFilter extends PageRequest {
  type?: PloverType;
  /** Actor code (prefix, as CAMEO codes nest: EGY matches EGYGOV) or a name. */
  actor?: string;
  /** ISO 3166 alpha-3 of the event's location or of one of its actors. */
  country?: string;
  from?: string;
  to?: string;
  source?: string;
  articleId?: number;
  negated?: boolean;
}

/** An event as stored: the pipeline's record plus where it came from. */
export interface StoredEvent extends EventRecord {
  /** Unique in the store: `<article id>:<event id>`. */
  uid: string;
  article_id: number;
  source_url: string | null;
  article_title: string | null;
  article_source: string | null;
  published: string | null;
  /** The event date, or the publication date when the event has none. */
  effective_date: string | null;
  ingested_at: string;
}

export interface ActorFilter extends PageRequest {
  q?: string;
  country?: string;
}

export interface ActorSummary {
  /** Code, else canonical name, else the name as written. */
  key: string;
  name: string;
  canonical: string | null;
  country: string | null;
  code: string | null;
  events: number;
  as_source: number;
  as_target: number;
}

export interface ActorLink {
  source: string;
  target: string;
  events: number;
}

export interface ActorPage extends Page<ActorSummary> {
  /** Source → target event counts among the listed actors (for a network graph). */
  links: ActorLink[];
}

export interface Stats {
  schema_version: number;
  articles: number;
  sentences: number;
  entities: number;
  timexes: number;
  events: number;
  quotes: number;
  published: { from: string | null; to: string | null };
  sources: { source: string | null; articles: number }[];
  event_types: { type: string; events: number }[];
  entity_types: { type: string; entities: number }[];
  countries: { country: string; events: number }[];
}

export interface Store {
  /** The stored article an input is the same as (by URL, by source+id, or by normalized text), if any. */
  findExisting(input: ArticleInput): Promise<Existing | null>;
  /** Writes a batch atomically; an identical article is reported as a duplicate and left alone. */
  putArticles(items: readonly ArticleToPut[]): Promise<PutResult[]>;
  getArticle(id: number): Promise<StoredArticle | null>;
  listArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  listEvents(filter: EventFilter): Promise<Page<StoredEvent>>;
  /** All matching events in order, without loading them at once (exports). */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  listActors(filter: ActorFilter): Promise<ActorPage>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}
