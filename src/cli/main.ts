import { UsageError } from "./args.ts";
import { runAnalyze, ANALYZE_USAGE } from "./analyze.ts";
import { runTag, TAG_USAGE } from "./tag.ts";
import { runIngest, INGEST_USAGE } from "./ingest.ts";
import { runSearch, SEARCH_USAGE } from "./search.ts";
import { runEvents, EVENTS_USAGE } from "./events.ts";
import { runServe, SERVE_USAGE } from "./serve.ts";

type Command = (argv: string[]) => Promise<void | number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  analyze: { run: runAnalyze, usage: ANALYZE_USAGE },
  tag: { run: runTag, usage: TAG_USAGE },
  ingest: { run: runIngest, usage: INGEST_USAGE },
  search: { run: runSearch, usage: SEARCH_USAGE },
  events: { run: runEvents, usage: EVENTS_USAGE },
  serve: { run: runServe, usage: SERVE_USAGE },
};

function usage(): string {
  return ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`rasd: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    const code = await command.run(rest);
    return typeof code === "number" ? code : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rasd ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
