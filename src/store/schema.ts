// Versioned schema: PRAGMA user_version is the number of migrations applied. Append, never edit.
import type Database from "better-sqlite3";

export const MIGRATIONS: readonly string[] = [
  // 1: articles and their analysis layers; each layer row keeps the full record as JSON next to the
  // columns that queries filter on, so reading an article back gives exactly what the pipeline produced.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT UNIQUE,
    external_id TEXT,
    source TEXT,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    analyzer TEXT NOT NULL,
    messages TEXT NOT NULL DEFAULT '[]',
    n_entities INTEGER NOT NULL DEFAULT 0,
    n_timexes INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_source ON articles(source, published);
  CREATE INDEX articles_external ON articles(source, external_id);
  CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text_key TEXT NOT NULL,
    canonical TEXT,
    canonical_key TEXT,
    country TEXT,
    code TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX entities_article ON entities(article_id);
  CREATE INDEX entities_code ON entities(code);
  CREATE INDEX entities_canonical ON entities(canonical_key);
  CREATE INDEX entities_text ON entities(text_key);
  CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    value TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX timexes_article ON timexes(article_id);
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    cameo TEXT,
    date TEXT,
    date_from TEXT,
    date_to TEXT,
    location_country TEXT,
    negated INTEGER NOT NULL,
    modality TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_type ON events(type, date_from);
  CREATE INDEX events_date ON events(date_from);
  CREATE TABLE event_actors (
    event_row INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    canonical TEXT,
    canonical_key TEXT,
    country TEXT,
    code TEXT,
    PRIMARY KEY (event_row, role, idx)
  ) WITHOUT ROWID;
  CREATE INDEX event_actors_code ON event_actors(code);
  CREATE INDEX event_actors_country ON event_actors(country);
  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co'"
  );
  `,
];

/** Applies the migrations this file is ahead of, each in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this rasd (${MIGRATIONS.length}); upgrade rasd`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
