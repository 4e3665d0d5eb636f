import { QueryError, type SearchHit, type Mark } from "../store/index.ts";
import type { PloverType } from "../document.ts";
import { openCliStore } from "./store.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";
import { stdoutWriter, isBrokenPipe } from "./events.ts";

export const SEARCH_USAGE =
  'rasd search "QUERY" [--format text|jsonl] [--source S] [--from DATE] [--to DATE] [--entity NAME|CODE] [--type PLOVER] [--limit 20] [--offset 0] [--db rasd.db]';

export function integerFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function highlight(text: string, marks: readonly Mark[], on: string, off: string): string {
  let out = "";
  let at = 0;
  for (const mark of marks) {
    out += text.slice(at, mark.start) + on + text.slice(mark.start, mark.end) + off;
    at = mark.end;
  }
  return out + text.slice(at);
}

function textHit(hit: SearchHit, color: boolean): string {
  const [on, off] = color ? ["\x1b[1;7m", "\x1b[0m"] : ["**", "**"];
  const a = hit.article;
  const title = a.title ? highlight(a.title, hit.title_marks, on, off) : "(untitled)";
  const head = `#${a.id}  ${a.published ?? "----------"}  ${a.source ?? "-"}  ${title}`;
  const snippets = hit.snippets.map((s) => "    " + highlight(s.text, s.marks, on, off).replace(/\s*\n\s*/g, " "));
  return [head, ...(a.url ? [`    ${a.url}`] : []), ...snippets].join("\n") + "\n";
}

export async function runSearch(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ["format", "db", "source", "from", "to", "entity", "type", "limit", "offset"], []);
  if (args.positionals.length !== 1) throw new UsageError(`give one QUERY (quote it); usage: ${SEARCH_USAGE}`);
  const format = stringFlag(args, "format") ?? "text";
  if (format !== "text" && format !== "jsonl") throw new UsageError(`--format must be text or jsonl, got "${format}"`);
  try {
    const { store } = openCliStore(args, { mustExist: true });
    try {
      const result = await store.search({
        q: args.positionals[0]!,
        source: stringFlag(args, "source"),
        from: stringFlag(args, "from"),
        to: stringFlag(args, "to"),
        entity: stringFlag(args, "entity"),
        // The store checks the type name and reports a bad one.
        eventType: stringFlag(args, "type") as PloverType | undefined,
        limit: integerFlag(stringFlag(args, "limit"), "limit"),
        offset: integerFlag(stringFlag(args, "offset"), "offset"),
      });
      const write = stdoutWriter();
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      for (const hit of result.items) await write(format === "jsonl" ? JSON.stringify(hit) + "\n" : textHit(hit, color));
      const last = result.offset + result.items.length;
      process.stderr.write(`${result.total} articles match; showing ${result.items.length ? `${result.offset + 1}–${last}` : "none"}\n`);
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.message);
    if (isBrokenPipe(error)) return;
    throw error;
  }
}
