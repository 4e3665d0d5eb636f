import { QueryError, formatEvents, EVENT_FORMATS, type EventFormat } from "../store/index.ts";
import type { PloverType } from "../document.ts";
import { openCliStore } from "./store.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";
import { integerFlag } from "./search.ts";

export const EVENTS_USAGE =
  "rasd events [--type PLOVER] [--actor CODE|NAME] [--country ISO3] [--from DATE] [--to DATE] [--source S] [--negated yes|no] " +
  "[--format jsonl|csv|geojson|plover|text] [--limit N] [--offset N] [--db rasd.db]";

class BrokenPipe extends Error {}

/**
 * Writes to stdout with back-pressure; when the reader goes away (`rasd events | head`) writing stops
 * with a BrokenPipe instead of an unhandled EPIPE.
 */
export function stdoutWriter(): (chunk: string) => void | Promise<void> {
  let broken = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    broken = true;
    process.stdout.emit("drain");
  });
  return (chunk) => {
    if (broken) throw new BrokenPipe();
    if (!process.stdout.write(chunk)) return new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  };
}

export const isBrokenPipe = (error: unknown): boolean => error instanceof BrokenPipe;

function booleanFlag(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (/^(yes|true|1)$/i.test(value)) return true;
  if (/^(no|false|0)$/i.test(value)) return false;
  throw new UsageError(`--${name} must be yes or no, got "${value}"`);
}

export async function runEvents(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ["type", "actor", "country", "from", "to", "source", "negated", "format", "limit", "offset", "db"], []);
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"; usage: ${EVENTS_USAGE}`);
  const format = (stringFlag(args, "format") ?? "jsonl") as EventFormat;
  if (!EVENT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EVENT_FORMATS.join(", ")}, got "${format}"`);
  try {
    const { store } = openCliStore(args, { mustExist: true });
    try {
      const filter = {
        // The store checks the type name and reports a bad one.
        type: stringFlag(args, "type") as PloverType | undefined,
        actor: stringFlag(args, "actor"),
        country: stringFlag(args, "country"),
        from: stringFlag(args, "from"),
        to: stringFlag(args, "to"),
        source: stringFlag(args, "source"),
        negated: booleanFlag(stringFlag(args, "negated"), "negated"),
        limit: integerFlag(stringFlag(args, "limit"), "limit"),
        offset: integerFlag(stringFlag(args, "offset"), "offset"),
      };
      // Validate the filter before the first byte of output.
      await store.listEvents({ ...filter, limit: 1, offset: 0 });
      const written = await formatEvents(format, store.streamEvents(filter), stdoutWriter());
      process.stderr.write(`${written} events\n`);
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.message);
    if (isBrokenPipe(error)) return;
    throw error;
  }
}
