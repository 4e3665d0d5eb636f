// Product benchmark (not a test): ingest throughput into SQLite, search latency, and /api/analyze latency
// under concurrent clients. Reads ../shared/data/saudinewsnet (bench-only data, never shipped).
//
//   npm run bench:product -- [--articles 1000] [--queries 300] [--duration 15] [--connections 50]
// The API is measured with `rasd serve --workers 1` (the default), 0 (analysis on the server thread) and 2.
import { gunzipSync } from "node:zlib";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../src/ingest/run.ts";
import { analyze } from "../src/pipeline.ts";
import { openSqliteStore } from "../src/store/index.ts";
import type { ArticleInput } from "../src/store/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "..", "shared", "data", "saudinewsnet");

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Record_ {
  id: string;
  url: string;
  title: string;
  text: string;
  date: string;
  source: string;
}

function loadCorpus(): Record_[] {
  const files = readdirSync(DATA).filter((f) => f.endsWith(".jsonl.gz"));
  return files.flatMap((f) =>
    gunzipSync(readFileSync(join(DATA, f)))
      .toString("utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record_),
  );
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function benchIngest(corpus: Record_[], dir: string, count: number): Promise<void> {
  const sample = corpus.slice(0, count);
  const path = join(dir, "sample.jsonl");
  writeFileSync(path, sample.map((r) => JSON.stringify(r)).join("\n"));
  const chars = sample.reduce((n, r) => n + r.text.length, 0);
  // Full pipeline: what `rasd ingest` does.
  analyze("تهيئة النماذج قبل القياس في القاهرة يوم الخميس.", { dct: "2024-01-01" });
  let store = openSqliteStore(join(dir, "full.db"));
  const full = await ingest([path], { store });
  await store.close();
  // Store only: the text stage instead of the full analysis, to separate storage cost from the pipeline's.
  store = openSqliteStore(join(dir, "store-only.db"));
  const textOnly = (input: ArticleInput) => analyze(input.text, { dct: input.published, until: "text" });
  const storeOnly = await ingest([path], { store, analyzeArticle: textOnly });
  await store.close();
  console.log(`ingest  ${sample.length} articles (${(chars / 1e6).toFixed(2)} M chars) from saudinewsnet`);
  console.log(`  full pipeline : ${(full.inserted / full.seconds).toFixed(1)} articles/s stored (${full.inserted} new, ${full.duplicates} duplicates, ${full.failed} failed, ${full.seconds.toFixed(1)} s)`);
  console.log(`  store only    : ${(storeOnly.inserted / storeOnly.seconds).toFixed(1)} articles/s (text stage + SQLite + FTS, ${storeOnly.seconds.toFixed(1)} s)`);
}

async function benchSearch(corpus: Record_[], dir: string, queries: number): Promise<string> {
  const path = join(dir, "all.jsonl");
  writeFileSync(path, corpus.map((r) => JSON.stringify(r)).join("\n"));
  const dbPath = join(dir, "search.db");
  const store = openSqliteStore(dbPath);
  const built = await ingest([path], { store, analyzeArticle: (input) => analyze(input.text, { dct: input.published, until: "text" }) });
  // Queries: title words (one and two words) from the corpus, so most have hits, some many.
  const words = corpus.flatMap((r) => r.title.split(/\s+/)).filter((w) => /^[\u0621-\u064a]{4,}$/u.test(w));
  let seed = 7;
  const pick = (): string => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
  const list = Array.from({ length: queries }, (_, i) => (i % 3 === 2 ? `${pick()} ${pick()}` : pick()));
  for (const q of list.slice(0, 20)) await store.search({ q }); // warm the page cache
  const times: number[] = [];
  let hits = 0;
  for (const q of list) {
    const t = performance.now();
    const result = await store.search({ q, limit: 20 });
    times.push(performance.now() - t);
    hits += result.total;
  }
  times.sort((a, b) => a - b);
  console.log(`search  ${queries} queries over ${built.inserted} articles (20 hits a page with snippets; mean ${(hits / queries).toFixed(0)} matches a query)`);
  console.log(`  p50 ${percentile(times, 50).toFixed(2)} ms · p99 ${percentile(times, 99).toFixed(2)} ms · max ${times[times.length - 1]!.toFixed(2)} ms`);
  await store.close();
  return dbPath;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

async function benchApi(corpus: Record_[], dbPath: string, duration: number, connections: number, workerCounts: number[]): Promise<void> {
  const article = corpus.find((r) => {
    const bytes = Buffer.byteLength(r.text);
    return bytes >= 3900 && bytes <= 4300;
  })!;
  const body = JSON.stringify({ text: article.text, dct: article.date });
  // The single-thread cost of this analysis bounds what any number of clients can get.
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    analyze(article.text, { dct: article.date });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`analyze one ${Buffer.byteLength(article.text)} B article in process: median ${percentile(runs, 50).toFixed(1)} ms`);
  for (const workers of workerCounts) await loadServer(article, body, dbPath, duration, connections, workers);
}

async function loadServer(article: Record_, body: string, dbPath: string, duration: number, connections: number, workers: number): Promise<void> {
  const port = await freePort();
  const args = [join(ROOT, "bin", "rasd.js"), "serve", "--port", String(port), "--db", dbPath, "--quiet", "--workers", String(workers)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (d) => (errors += d));
  try {
    const url = `http://127.0.0.1:${port}/api/analyze`;
    for (let i = 0; i < 100; i++) {
      try {
        const warm = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        if (warm.ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
    const result = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration, timeout: 60 });
    console.log(`api     POST /api/analyze, ${Buffer.byteLength(article.text)} B article (${article.text.length} chars), ${connections} clients, ${duration} s, rasd serve --workers ${workers}`);
    console.log(
      `  latency p50 ${result.latency.p50} ms · p90 ${result.latency.p90} ms · p99 ${result.latency.p99} ms · mean ${result.latency.average.toFixed(0)} ms; ` +
        `${result.requests.average.toFixed(1)} req/s, ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  } finally {
    child.kill("SIGTERM");
    const unexpected = errors.trim().split("\n").filter((l) => l && !l.startsWith("rasd serve:"));
    if (unexpected.length) console.log(`  server stderr: ${unexpected.join(" | ").slice(0, 400)}`);
  }
}

const dir = mkdtempSync(join(tmpdir(), "rasd-bench-"));
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
try {
  const corpus = loadCorpus();
  await benchIngest(corpus, dir, option("articles", 1000));
  const dbPath = await benchSearch(corpus, dir, option("queries", 300));
  await benchApi(corpus, dbPath, option("duration", 15), option("connections", 50), [1, 0, 2]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
