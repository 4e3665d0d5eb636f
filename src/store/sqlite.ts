// The embedded store: one SQLite file (better-sqlite3, WAL), FTS5 over rasd's own search terms.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import type { Doc, EventRecord, PloverType } from "../document.ts";
import { normalizeKey } from "../text/normalize.ts";
import { migrate } from "./schema.ts";
import { SEARCH_TERMS_VERSION, termText, textTerms } from "./terms.ts";
import { parseQuery, matchSpans, positiveTerms, QueryError, type ParsedQuery } from "./query.ts";
import { dateRange, filterBound } from "./dates.ts";
import { buildSnippets } from "./snippet.ts";
import type {
  ActorFilter,
  ActorLink,
  ActorPage,
  ActorSummary,
  ArticleFilter,
  ArticleInput,
  ArticleSummary,
  ArticleToPut,
  EventFilter,
  Existing,
  Page,
  PutResult,
  SearchHit,
  SearchQuery,
  Stats,
  Store,
  StoredArticle,
  StoredEvent,
} from "./types.ts";

export const PLOVER_TYPES: readonly PloverType[] = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

let analyzerName: string | undefined;
/** "rasd <version>": stored with each analysis so stale ones can be found and redone. */
export function analyzerVersion(): string {
  if (analyzerName === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
      analyzerName = `rasd ${pkg.version ?? "0"}`;
    } catch {
      analyzerName = "rasd";
    }
  }
  return analyzerName;
}

/** Identity of a text for de-duplication: its normalized key with whitespace runs collapsed. */
export function textHash(text: string): string {
  const key = normalizeKey(text).replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(key).digest("hex");
}

export interface SqliteStoreOptions {
  /** Fail instead of creating a new database file. */
  mustExist?: boolean;
}

const LIST_LIMIT = { default: 20, max: 200 };
const EVENT_LIMIT = { default: 100, max: 5000 };

function page(filter: { limit?: number; offset?: number }, bounds: { default: number; max: number }): { limit: number; offset: number } {
  const limit = filter.limit ?? bounds.default;
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > bounds.max) throw new QueryError(`limit must be an integer from 1 to ${bounds.max}`);
  if (!Number.isInteger(offset) || offset < 0) throw new QueryError("offset must be a non-negative integer");
  return { limit, offset };
}

function checkType(type: string | undefined): PloverType | undefined {
  if (type === undefined || type === "") return undefined;
  const upper = type.toUpperCase() as PloverType;
  if (!PLOVER_TYPES.includes(upper)) throw new QueryError(`type must be one of ${PLOVER_TYPES.join(", ")}; got "${type}"`);
  return upper;
}

const CODE_LIKE = /^[A-Z0-9]{3,}$/;
const ISO3 = /^[A-Za-z]{3}$/;

interface ArticleRow {
  id: number;
  url: string | null;
  external_id: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  text: string;
  text_hash: string;
  analyzer: string;
  messages: string;
  n_entities: number;
  n_timexes: number;
  n_events: number;
  n_quotes: number;
  ingested_at: string;
}

const SUMMARY_COLUMNS =
  "a.id, a.url, a.external_id, a.source, a.title, a.published, a.ingested_at, length(a.text) AS chars, " +
  "a.n_entities, a.n_timexes, a.n_events, a.n_quotes";

function toSummary(row: ArticleRow & { chars?: number }): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    external_id: row.external_id,
    title: row.title,
    source: row.source,
    published: row.published,
    ingested_at: row.ingested_at,
    chars: row.chars ?? row.text.length,
    counts: { entities: row.n_entities, timexes: row.n_timexes, events: row.n_events, quotes: row.n_quotes },
  };
}

interface Where {
  clauses: string[];
  params: unknown[];
}

function articleWhere(filter: ArticleFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.source) {
    clauses.push("a.source = ?");
    params.push(filter.source);
  }
  const from = filterBound(filter.from, "from");
  const to = filterBound(filter.to, "to");
  if (from) {
    clauses.push("a.published >= ?");
    params.push(from);
  }
  if (to) {
    clauses.push("a.published <= ?");
    params.push(to);
  }
  if (filter.entity && filter.entity.trim()) {
    const entity = filter.entity.trim();
    const key = normalizeKey(entity);
    if (CODE_LIKE.test(entity)) {
      // A code: the entity's own code, a longer code under it (EGY → EGYGOV), or its country.
      clauses.push(
        "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (e.code = ? OR substr(e.code, 1, ?) = ? OR e.country = ? OR e.canonical_key = ? OR e.text_key = ?))",
      );
      params.push(entity, entity.length, entity, entity, key, key);
    } else {
      clauses.push("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (e.canonical_key = ? OR e.text_key = ?))");
      params.push(key, key);
    }
  }
  const type = checkType(filter.eventType);
  if (type) {
    clauses.push("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.type = ?)");
    params.push(type);
  }
  return { clauses, params };
}

function eventWhere(filter: EventFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const type = checkType(filter.type);
  if (type) {
    clauses.push("v.type = ?");
    params.push(type);
  }
  if (filter.actor && filter.actor.trim()) {
    const actor = filter.actor.trim();
    const key = normalizeKey(actor);
    const byName = "instr(x.name_key, ?) > 0 OR instr(x.canonical_key, ?) > 0";
    if (CODE_LIKE.test(actor)) {
      clauses.push(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event_row = v.id AND (x.code = ? OR substr(x.code, 1, ?) = ? OR ${byName}))`);
      params.push(actor, actor.length, actor, key, key);
    } else {
      clauses.push(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event_row = v.id AND (${byName}))`);
      params.push(key, key);
    }
  }
  if (filter.country) {
    if (!ISO3.test(filter.country)) throw new QueryError(`country must be an ISO 3166 alpha-3 code such as EGY; got "${filter.country}"`);
    const country = filter.country.toUpperCase();
    clauses.push("(v.location_country = ? OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_row = v.id AND x.country = ?))");
    params.push(country, country);
  }
  const from = filterBound(filter.from, "from");
  const to = filterBound(filter.to, "to");
  if (from) {
    clauses.push("v.date_to >= ?");
    params.push(from);
  }
  if (to) {
    clauses.push("v.date_from <= ?");
    params.push(to);
  }
  if (filter.source) {
    clauses.push("a.source = ?");
    params.push(filter.source);
  }
  if (filter.articleId !== undefined) {
    if (!Number.isInteger(filter.articleId)) throw new QueryError("article must be an integer id");
    clauses.push("v.article_id = ?");
    params.push(filter.articleId);
  }
  if (filter.negated !== undefined) {
    clauses.push("v.negated = ?");
    params.push(filter.negated ? 1 : 0);
  }
  return { clauses, params };
}

const whereSql = (where: Where, lead = "WHERE"): string => (where.clauses.length ? `${lead} ${where.clauses.join(" AND ")}` : "");

interface EventRow {
  data: string;
  article_id: number;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  ingested_at: string;
}

function toStoredEvent(row: EventRow): StoredEvent {
  const record = JSON.parse(row.data) as EventRecord;
  return {
    ...record,
    uid: `${row.article_id}:${record.id}`,
    article_id: row.article_id,
    source_url: row.url,
    article_title: row.title,
    article_source: row.source,
    published: row.published,
    effective_date: record.date ?? row.published,
    ingested_at: row.ingested_at,
  };
}

/**
 * Highlights of a query in a text, sentence by sentence. Tokenizing is the cost of a search page, so a
 * sentence is tokenized only when its normalized key holds one of the query's terms as a substring
 * (a stem is always a substring of the word's key).
 */
function highlightSpans(text: string, units: readonly { start: number; end: number }[], query: ParsedQuery, needles: readonly string[]) {
  const spans: { start: number; end: number }[] = [];
  for (const unit of units.length ? units : [{ start: 0, end: text.length }]) {
    const slice = text.slice(unit.start, unit.end);
    const key = normalizeKey(slice).toLowerCase();
    if (!needles.some((n) => key.includes(n))) continue;
    for (const span of matchSpans(textTerms(slice), query)) spans.push({ start: span.start + unit.start, end: span.end + unit.start });
  }
  return spans;
}

const ACTOR_KEY = "coalesce(x.canonical, x.code, x.name)";

/** Opens (creating and migrating if needed) a SQLite store. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  if (options.mustExist && path !== ":memory:" && !existsSync(path)) {
    throw new QueryError(`no database at ${path} (run "rasd ingest" first, or pass --db)`);
  }
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  const schemaVersion = migrate(db);

  const statements = {
    byUrl: db.prepare<[string], Existing>("SELECT id, text_hash AS textHash FROM articles WHERE url = ?"),
    byExternal: db.prepare<[string | null, string], Existing>(
      "SELECT id, text_hash AS textHash FROM articles WHERE source IS ? AND external_id = ? AND url IS NULL",
    ),
    byHash: db.prepare<[string], Existing>("SELECT id, text_hash AS textHash FROM articles WHERE text_hash = ?"),
    insertArticle: db.prepare(
      `INSERT INTO articles (url, external_id, source, title, published, text, text_hash, analyzer, messages,
         n_entities, n_timexes, n_events, n_quotes, ingested_at)
       VALUES (@url, @external_id, @source, @title, @published, @text, @text_hash, @analyzer, @messages,
         @n_entities, @n_timexes, @n_events, @n_quotes, @ingested_at)`,
    ),
    updateArticle: db.prepare(
      `UPDATE articles SET url = coalesce(url, @url), external_id = coalesce(@external_id, external_id),
         source = coalesce(@source, source), title = coalesce(@title, title), published = coalesce(@published, published),
         text = @text, text_hash = @text_hash, analyzer = @analyzer, messages = @messages, n_entities = @n_entities,
         n_timexes = @n_timexes, n_events = @n_events, n_quotes = @n_quotes, ingested_at = @ingested_at
       WHERE id = @id`,
    ),
    deleteSentences: db.prepare("DELETE FROM sentences WHERE article_id = ?"),
    deleteEntities: db.prepare("DELETE FROM entities WHERE article_id = ?"),
    deleteTimexes: db.prepare("DELETE FROM timexes WHERE article_id = ?"),
    deleteEvents: db.prepare("DELETE FROM events WHERE article_id = ?"),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE article_id = ?"),
    deleteSearch: db.prepare("DELETE FROM article_search WHERE rowid = ?"),
    insertSentence: db.prepare("INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)"),
    insertEntity: db.prepare(
      `INSERT INTO entities (article_id, type, start, end, text_key, canonical, canonical_key, country, code, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTimex: db.prepare("INSERT INTO timexes (article_id, type, start, end, value, data) VALUES (?, ?, ?, ?, ?, ?)"),
    insertEvent: db.prepare(
      `INSERT INTO events (article_id, event_id, type, cameo, date, date_from, date_to, location_country, negated, modality, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertActor: db.prepare(
      `INSERT INTO event_actors (event_row, role, idx, name, name_key, canonical, canonical_key, country, code)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: db.prepare("INSERT INTO quotes (article_id, start, end, speaker, data) VALUES (?, ?, ?, ?, ?)"),
    insertSearch: db.prepare("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"),
    article: db.prepare<[number], ArticleRow>("SELECT * FROM articles WHERE id = ?"),
    sentences: db.prepare<[number], { start: number; end: number }>(
      "SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx",
    ),
    layer: (table: string) => db.prepare<[number], { data: string }>(`SELECT data FROM ${table} WHERE article_id = ? ORDER BY id`),
    getMeta: db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?"),
    setMeta: db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
  };
  const layerStatements = {
    entities: statements.layer("entities"),
    timexes: statements.layer("timexes"),
    events: statements.layer("events"),
    quotes: statements.layer("quotes"),
  };

  function findExistingSync(input: ArticleInput, hash: string): Existing | null {
    if (input.url) {
      const hit = statements.byUrl.get(input.url);
      if (hit) return hit;
    } else if (input.externalId) {
      const hit = statements.byExternal.get(input.source, input.externalId);
      if (hit) return hit;
    }
    return statements.byHash.get(hash) ?? null;
  }

  function indexSearch(id: number, title: string | null, text: string): void {
    statements.deleteSearch.run(id);
    statements.insertSearch.run(id, termText(title ?? ""), termText(text));
  }

  function writeLayers(id: number, analysis: Doc, published: string | null): void {
    for (const statement of [statements.deleteSentences, statements.deleteEntities, statements.deleteTimexes, statements.deleteEvents, statements.deleteQuotes]) {
      statement.run(id);
    }
    analysis.sentences.forEach((s, index) => statements.insertSentence.run(id, index, s.start, s.end));
    for (const e of analysis.entities) {
      statements.insertEntity.run(id, e.type, e.start, e.end, normalizeKey(e.text), e.canonical, e.canonical ? normalizeKey(e.canonical) : null, e.country, e.code, JSON.stringify(e));
    }
    for (const t of analysis.timexes) statements.insertTimex.run(id, t.type, t.start, t.end, t.value, JSON.stringify(t));
    for (const event of analysis.events) {
      const range = dateRange(event.date) ?? dateRange(published);
      const row = statements.insertEvent.run(
        id, event.id, event.type, event.cameo ?? null, event.date, range?.from ?? null, range?.to ?? null,
        event.location?.country ?? null, event.negated ? 1 : 0, event.modality ?? null, JSON.stringify(event),
      ).lastInsertRowid;
      for (const role of ["source", "target"] as const) {
        (event[role] ?? []).forEach((actor, index) => {
          statements.insertActor.run(
            row, role, index, actor.name, normalizeKey(actor.name), actor.canonical,
            actor.canonical ? normalizeKey(actor.canonical) : null, actor.country, actor.code,
          );
        });
      }
    }
    for (const q of analysis.quotes) statements.insertQuote.run(id, q.start, q.end, q.speaker?.canonical ?? q.speaker?.name ?? null, JSON.stringify(q));
  }

  function articleParams(input: ArticleInput, analysis: Doc, hash: string) {
    return {
      url: input.url,
      external_id: input.externalId,
      source: input.source,
      title: input.title,
      published: input.published,
      text: input.text,
      text_hash: hash,
      analyzer: analyzerVersion(),
      messages: JSON.stringify(analysis.messages),
      n_entities: analysis.entities.length,
      n_timexes: analysis.timexes.length,
      n_events: analysis.events.length,
      n_quotes: analysis.quotes.length,
      ingested_at: new Date().toISOString(),
    };
  }

  function putOne(item: ArticleToPut): PutResult {
    const { input, analysis } = item;
    if (analysis.text !== input.text) throw new Error("the analysis is not of this article's text");
    const hash = textHash(input.text);
    const existing = findExistingSync(input, hash);
    if (!existing) {
      const params = articleParams(input, analysis, hash);
      const id = Number(statements.insertArticle.run(params).lastInsertRowid);
      writeLayers(id, analysis, input.published);
      indexSearch(id, input.title, input.text);
      return { id, status: "inserted" };
    }
    if (existing.textHash === hash && !item.reanalyze) return { id: existing.id, status: "duplicate" };
    if (existing.textHash !== hash) {
      // Same URL, new text (the page was edited) — unless that text is already stored as another article.
      const twin = statements.byHash.get(hash);
      if (twin && twin.id !== existing.id) return { id: twin.id, status: "duplicate" };
    }
    const current = statements.article.get(existing.id)!;
    statements.updateArticle.run({ ...articleParams(input, analysis, hash), id: existing.id });
    writeLayers(existing.id, analysis, input.published ?? current.published);
    indexSearch(existing.id, input.title ?? current.title, input.text);
    return { id: existing.id, status: "updated" };
  }

  const putBatch = db.transaction((items: readonly ArticleToPut[]) => items.map(putOne));

  function rebuildSearchIfStale(): void {
    if (statements.getMeta.get("search_terms")?.value === SEARCH_TERMS_VERSION) return;
    db.transaction(() => {
      db.prepare("INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
      const rows = db.prepare<[], { id: number; title: string | null; text: string }>("SELECT id, title, text FROM articles").iterate();
      const batch: { id: number; title: string | null; text: string }[] = [];
      for (const row of rows) batch.push(row);
      for (const row of batch) statements.insertSearch.run(row.id, termText(row.title ?? ""), termText(row.text));
      statements.setMeta.run("search_terms", SEARCH_TERMS_VERSION);
    })();
  }
  rebuildSearchIfStale();

  function getArticleSync(id: number): StoredArticle | null {
    const row = statements.article.get(id);
    if (!row) return null;
    const parse = <T>(table: keyof typeof layerStatements): T[] => layerStatements[table].all(id).map((r) => JSON.parse(r.data) as T);
    return {
      ...toSummary(row),
      text: row.text,
      text_hash: row.text_hash,
      analyzer: row.analyzer,
      dct: row.published,
      sentences: statements.sentences.all(id).map((s) => ({ start: s.start, end: s.end, text: row.text.slice(s.start, s.end) })),
      entities: parse("entities"),
      timexes: parse("timexes"),
      events: parse("events"),
      quotes: parse("quotes"),
      messages: JSON.parse(row.messages),
    };
  }

  function listArticlesSync(filter: ArticleFilter): Page<ArticleSummary> {
    const { limit, offset } = page(filter, LIST_LIMIT);
    const where = articleWhere(filter);
    const total = db.prepare(`SELECT count(*) AS n FROM articles a ${whereSql(where)}`).get(...where.params) as { n: number };
    const rows = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${whereSql(where)} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?`)
      .all(...where.params, limit, offset) as (ArticleRow & { chars: number })[];
    return { total: total.n, limit, offset, items: rows.map(toSummary) };
  }

  function searchSync(query: SearchQuery): Page<SearchHit> {
    const { limit, offset } = page(query, LIST_LIMIT);
    const parsed = parseQuery(query.q);
    const where = articleWhere(query);
    const from = `FROM article_search JOIN articles a ON a.id = article_search.rowid WHERE article_search MATCH ? ${whereSql(where, "AND")}`;
    let total: number;
    let rows: (ArticleRow & { chars: number; score: number })[];
    try {
      total = (db.prepare(`SELECT count(*) AS n ${from}`).get(parsed.match, ...where.params) as { n: number }).n;
      rows = db
        .prepare(`SELECT ${SUMMARY_COLUMNS}, a.text, bm25(article_search, 3.0, 1.0) AS score ${from} ORDER BY score, a.id DESC LIMIT ? OFFSET ?`)
        .all(parsed.match, ...where.params, limit, offset) as (ArticleRow & { chars: number; score: number })[];
    } catch (error) {
      if (error instanceof Error && /fts5/i.test(error.message)) throw new QueryError(`cannot search for this query: ${error.message}`);
      throw error;
    }
    const needles = positiveTerms(parsed);
    const items = rows.map((row): SearchHit => {
      const sentences = statements.sentences.all(row.id);
      return {
        article: toSummary(row),
        score: -row.score,
        title_marks: row.title ? highlightSpans(row.title, [{ start: 0, end: row.title.length }], parsed, needles) : [],
        snippets: buildSnippets(row.text, sentences, highlightSpans(row.text, sentences, parsed, needles)),
      };
    });
    return { total, limit, offset, items };
  }

  const EVENT_FROM = "FROM events v JOIN articles a ON a.id = v.article_id";
  const EVENT_COLUMNS = "v.data, v.article_id, a.url, a.title, a.source, a.published, a.ingested_at";
  const EVENT_ORDER = "ORDER BY v.date_from NULLS LAST, v.article_id, v.id";

  function listEventsSync(filter: EventFilter, bounds = EVENT_LIMIT): Page<StoredEvent> {
    const { limit, offset } = page(filter, bounds);
    const where = eventWhere(filter);
    const total = (db.prepare(`SELECT count(*) AS n ${EVENT_FROM} ${whereSql(where)}`).get(...where.params) as { n: number }).n;
    const rows = db
      .prepare(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} ${whereSql(where)} ${EVENT_ORDER} LIMIT ? OFFSET ?`)
      .all(...where.params, limit, offset) as EventRow[];
    return { total, limit, offset, items: rows.map(toStoredEvent) };
  }

  function listActorsSync(filter: ActorFilter): ActorPage {
    const { limit, offset } = page(filter, LIST_LIMIT);
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.q && filter.q.trim()) {
      const key = normalizeKey(filter.q.trim());
      clauses.push("(instr(x.name_key, ?) > 0 OR instr(x.canonical_key, ?) > 0 OR x.code = ?)");
      params.push(key, key, filter.q.trim().toUpperCase());
    }
    if (filter.country) {
      if (!ISO3.test(filter.country)) throw new QueryError(`country must be an ISO 3166 alpha-3 code; got "${filter.country}"`);
      clauses.push("x.country = ?");
      params.push(filter.country.toUpperCase());
    }
    const where = whereSql({ clauses, params });
    const total = (db.prepare(`SELECT count(DISTINCT ${ACTOR_KEY}) AS n FROM event_actors x ${where}`).get(...params) as { n: number }).n;
    const items = db
      .prepare(
        `SELECT ${ACTOR_KEY} AS key, max(x.name) AS name, max(x.canonical) AS canonical, max(x.country) AS country,
           max(x.code) AS code, count(DISTINCT x.event_row) AS events,
           count(DISTINCT CASE WHEN x.role = 'source' THEN x.event_row END) AS as_source,
           count(DISTINCT CASE WHEN x.role = 'target' THEN x.event_row END) AS as_target
         FROM event_actors x ${where} GROUP BY key ORDER BY events DESC, key LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as ActorSummary[];
    let links: ActorLink[] = [];
    if (items.length) {
      const keys = items.map((i) => i.key);
      const marks = keys.map(() => "?").join(", ");
      links = db
        .prepare(
          `SELECT coalesce(s.canonical, s.code, s.name) AS source, coalesce(t.canonical, t.code, t.name) AS target,
             count(DISTINCT s.event_row) AS events
           FROM event_actors s JOIN event_actors t ON t.event_row = s.event_row AND t.role = 'target'
           WHERE s.role = 'source' AND coalesce(s.canonical, s.code, s.name) IN (${marks})
             AND coalesce(t.canonical, t.code, t.name) IN (${marks})
           GROUP BY 1, 2 ORDER BY events DESC`,
        )
        .all(...keys, ...keys) as ActorLink[];
    }
    return { total, limit, offset, items: items.map((i) => ({ ...i, name: i.canonical ?? i.name })), links };
  }

  function statsSync(): Stats {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const range = db.prepare("SELECT min(published) AS from_, max(published) AS to_ FROM articles").get() as { from_: string | null; to_: string | null };
    return {
      schema_version: schemaVersion,
      articles: count("articles"),
      sentences: count("sentences"),
      entities: count("entities"),
      timexes: count("timexes"),
      events: count("events"),
      quotes: count("quotes"),
      published: { from: range.from_, to: range.to_ },
      sources: db.prepare("SELECT source, count(*) AS articles FROM articles GROUP BY source ORDER BY articles DESC, source").all() as Stats["sources"],
      event_types: db.prepare("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC, type").all() as Stats["event_types"],
      entity_types: db.prepare("SELECT type, count(*) AS entities FROM entities GROUP BY type ORDER BY entities DESC, type").all() as Stats["entity_types"],
      countries: db
        .prepare(
          `SELECT country, count(*) AS events FROM (
             SELECT v.id, v.location_country AS country FROM events v WHERE v.location_country IS NOT NULL
             UNION SELECT x.event_row, x.country FROM event_actors x WHERE x.country IS NOT NULL)
           GROUP BY country ORDER BY events DESC, country LIMIT 50`,
        )
        .all() as Stats["countries"],
    };
  }

  let closed = false;
  return {
    async findExisting(input) {
      return findExistingSync(input, textHash(input.text));
    },
    async putArticles(items) {
      return putBatch(items);
    },
    async getArticle(id) {
      return getArticleSync(id);
    },
    async listArticles(filter) {
      return listArticlesSync(filter);
    },
    async search(query) {
      return searchSync(query);
    },
    async listEvents(filter) {
      return listEventsSync(filter);
    },
    async *streamEvents(filter) {
      // Pages, not one open cursor: other requests may use the connection between two yields.
      const chunk = 1000;
      const first = filter.offset ?? 0;
      const end = filter.limit === undefined ? Infinity : first + filter.limit;
      for (let offset = first; offset < end; offset += chunk) {
        const limit = Math.min(chunk, end - offset);
        const result = listEventsSync({ ...filter, limit, offset }, { default: chunk, max: chunk });
        yield* result.items;
        if (result.items.length < limit) return;
      }
    },
    async listActors(filter) {
      return listActorsSync(filter);
    },
    async stats() {
      return statsSync();
    },
    async close() {
      if (!closed) db.close();
      closed = true;
    },
  };
}
