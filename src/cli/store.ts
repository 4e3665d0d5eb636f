import { openStore, DEFAULT_DB, QueryError, type Store } from "../store/index.ts";
import { stringFlag, UsageError, type ParsedArgs } from "./args.ts";

/** Opens the store named by --db (default ./rasd.db); any failure is a usage error with one clear line. */
export function openCliStore(args: ParsedArgs, options: { mustExist?: boolean } = {}): { store: Store; db: string } {
  const db = stringFlag(args, "db") ?? DEFAULT_DB;
  try {
    return { store: openStore(db, options), db };
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.message);
    throw new UsageError(`cannot open ${db}: ${(error as Error).message}`);
  }
}
