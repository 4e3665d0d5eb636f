import { openCliStore } from "./store.ts";
import { ingest, type IngestSummary } from "../ingest/run.ts";
import { createProgressBar } from "../ingest/progress.ts";
import { parsePublished } from "../ingest/dates.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";

export const INGEST_USAGE =
  "rasd ingest PATH|URL|- ... [--db rasd.db] [--source NAME] [--published YYYY-MM-DD] [--reanalyze] [--no-fetch] [--workers 0|N|auto] [--json]";

const SHOWN_PROBLEMS = 20;

function report(summary: IngestSummary, db: string): string {
  const rate = summary.seconds > 0 ? (summary.items / summary.seconds).toFixed(1) : "-";
  const lines = [
    `rasd ingest: ${summary.items} items in ${summary.seconds.toFixed(1)} s (${rate}/s): ` +
      `${summary.inserted} new, ${summary.updated} updated, ${summary.duplicates} duplicates, ${summary.failed} failed → ${db}`,
  ];
  for (const [label, problems] of [["failed", summary.failures], ["warnings", summary.warnings]] as const) {
    if (!problems.length) continue;
    lines.push(`${label}:`);
    for (const problem of problems.slice(0, SHOWN_PROBLEMS)) lines.push(`  ${problem.origin}: ${problem.message}`);
    if (problems.length > SHOWN_PROBLEMS) lines.push(`  … and ${problems.length - SHOWN_PROBLEMS} more`);
  }
  return lines.join("\n") + "\n";
}

export async function runIngest(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["db", "source", "published", "workers"], ["reanalyze", "no-fetch", "json"]);
  const workersText = stringFlag(args, "workers") ?? "0";
  if (workersText !== "auto" && !/^\d{1,2}$/.test(workersText)) throw new UsageError(`--workers must be a number or auto, got "${workersText}"`);
  if (!args.positionals.length) throw new UsageError(`give at least one PATH, URL or - ; usage: ${INGEST_USAGE}`);
  const published = stringFlag(args, "published");
  if (published !== undefined && parsePublished(published) === null) throw new UsageError(`--published must be a date such as 2024-03-14, got "${published}"`);
  const { store, db } = openCliStore(args);
  const bar = createProgressBar(process.stderr);
  try {
    const summary = await ingest(args.positionals, {
      store,
      source: stringFlag(args, "source"),
      published,
      reanalyze: args.flags.has("reanalyze"),
      fetchPages: !args.flags.has("no-fetch"),
      workers: workersText === "auto" ? "auto" : Number(workersText),
      onProgress: (state) => bar.update(state),
    });
    bar.finish();
    if (args.flags.has("json")) {
      const { ids: _ids, ...rest } = summary;
      process.stdout.write(JSON.stringify({ ...rest, db }) + "\n");
    } else process.stderr.write(report(summary, db));
    return summary.failed ? 1 : 0;
  } finally {
    bar.finish();
    await store.close();
  }
}
