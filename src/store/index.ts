export type * from "./types.ts";
import { openSqliteStore, type SqliteStoreOptions } from "./sqlite.ts";
import { QueryError } from "./query.ts";
import type { Store } from "./types.ts";

export { openSqliteStore, textHash, analyzerVersion, PLOVER_TYPES } from "./sqlite.ts";
export { QueryError, parseQuery } from "./query.ts";
export { formatEvents, EVENT_FORMATS, type EventFormat } from "./export.ts";

/** The database file a command uses when --db is not given. */
export const DEFAULT_DB = "rasd.db";

/**
 * Opens the store a --db value names. Today that is a SQLite file path; server backends (a postgres://
 * URL) will plug in here behind the same Store interface.
 */
export function openStore(location: string, options: SqliteStoreOptions = {}): Store {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new QueryError(`${location.split(":")[0]} databases are not supported yet; give a SQLite file path`);
  }
  return openSqliteStore(location, options);
}
