import { openCliStore } from "./store.ts";
import { startServer } from "../server/app.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";

export const SERVE_USAGE = "rasd serve [--host 127.0.0.1] [--port 8080] [--db rasd.db] [--workers 1] [--max-body BYTES] [--quiet]";

export async function runServe(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ["host", "port", "db", "max-body", "workers"], ["quiet"]);
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"; usage: ${SERVE_USAGE}`);
  const portText = stringFlag(args, "port") ?? "8080";
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be 0–65535, got "${portText}"`);
  const maxText = stringFlag(args, "max-body");
  if (maxText !== undefined && !/^\d{1,10}$/.test(maxText)) throw new UsageError(`--max-body must be a number of bytes, got "${maxText}"`);
  const workersText = stringFlag(args, "workers");
  if (workersText !== undefined && !/^\d{1,2}$/.test(workersText)) throw new UsageError(`--workers must be a small number (0 = analyze on the server thread), got "${workersText}"`);
  // One worker by default: analyses never block searches and pages. More help only on an idle machine
  // with cores to spare (measured: on a busy 2-core box a second worker made each analysis slower).
  const workers = workersText === undefined ? 1 : Number(workersText);
  const { store, db } = openCliStore(args);
  const quiet = args.flags.has("quiet");
  let running;
  try {
    running = await startServer({
      store,
      host: stringFlag(args, "host") ?? "127.0.0.1",
      port: Number(portText),
      maxBodyBytes: maxText === undefined ? undefined : Number(maxText),
      analyzeWorkers: workers,
      log: quiet ? undefined : (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
    });
  } catch (error) {
    await store.close();
    throw new UsageError(`cannot listen: ${(error as Error).message}`);
  }
  process.stderr.write(`rasd serve: ${running.url}/ (API: ${running.url}/api/openapi.json) · database ${db} · ${workers} analysis workers\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await running.close();
  await store.close();
}
