// Ingest: read inputs, skip what is already stored, analyze the rest, write in batches. An item that
// cannot be read, analyzed or stored is reported and the others go on. Large ingests analyze in worker
// threads on request, several articles in flight, written in input order.
import { availableParallelism } from "node:os";
import { analyze } from "../pipeline.ts";
import type { Doc } from "../document.ts";
import type { ArticleInput, ArticleToPut, PutResult, Store } from "../store/types.ts";
import { textHash } from "../store/sqlite.ts";
import { createAnalyzePool, AnalyzePoolBroken, type AnalyzePool } from "../server/analyze-pool.ts";
import { readInputs, type SourceOptions } from "./sources.ts";
import type { ProgressState } from "./progress.ts";

export interface IngestOptions extends SourceOptions {
  store: Store;
  /** Re-run the analysis of articles that are already stored with the same text. */
  reanalyze?: boolean;
  /** Articles written per transaction. */
  batchSize?: number;
  onProgress?: (state: ProgressState) => void;
  /** The analysis to run in process (tests inject hand-made analyses); defaults to the full pipeline. */
  analyzeArticle?: (input: ArticleInput) => Doc;
  /**
   * Analysis worker threads: 0 (the default) analyzes in process; a number starts that many workers;
   * "auto" starts one a core (at most 4) once more than AUTO_WORKERS_FROM items are expected. Workers
   * pay off on an idle multi-core machine; on a busy one they only add start-up cost (see bench/product.ts).
   * Ignored when analyzeArticle is given.
   */
  workers?: number | "auto";
}

export interface IngestProblem {
  origin: string;
  message: string;
}

export interface IngestSummary {
  items: number;
  inserted: number;
  updated: number;
  duplicates: number;
  failed: number;
  failures: IngestProblem[];
  warnings: IngestProblem[];
  /** Ids of the stored articles (duplicates give the id of the stored twin). */
  ids: number[];
  seconds: number;
}

const AUTO_WORKERS_FROM = 100;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const defaultAnalyze = (input: ArticleInput): Doc => analyze(input.text, { dct: input.published });

interface Pending {
  origin: string;
  input: ArticleInput;
  keys: string[];
  analysis: Promise<Doc>;
}

export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { store } = options;
  const inProcess = options.analyzeArticle ?? defaultAnalyze;
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const started = Date.now();
  const summary: IngestSummary = { items: 0, inserted: 0, updated: 0, duplicates: 0, failed: 0, failures: [], warnings: [], ids: [], seconds: 0 };
  let expected = 0;
  let batch: { origin: string; keys: string[]; put: ArticleToPut }[] = [];
  const inFlight: Pending[] = [];
  // Keys (URL, text hash) of articles analyzed or being analyzed but not yet written: a repeat of one of
  // them waits until it is written, then counts as a duplicate.
  const pendingKeys = new Map<string, number>();

  const requested = options.analyzeArticle ? 0 : (options.workers ?? 0);
  const cores = Math.min(4, availableParallelism());
  let pool: AnalyzePool | null = null;
  let poolBroken = false;
  const ensurePool = (): void => {
    if (pool || poolBroken) return;
    const size = requested === "auto" ? (cores > 1 && expected >= AUTO_WORKERS_FROM ? cores : 0) : requested;
    if (size > 0) pool = createAnalyzePool({ size, maxQueue: Infinity });
  };
  const window = (): number => (pool ? cores * 2 : 1);

  const analyzeArticle = async (input: ArticleInput): Promise<Doc> => {
    if (pool && !poolBroken) {
      try {
        const layers = JSON.parse(await pool.analyze(input.text, input.published, "layers")) as Omit<Doc, "text" | "tokens">;
        return { ...layers, text: input.text, tokens: [] };
      } catch (error) {
        if (!(error instanceof AnalyzePoolBroken)) throw error;
        poolBroken = true;
        summary.warnings.push({ origin: "workers", message: `${error.message}; analyzing in process` });
      }
    }
    return inProcess(input);
  };

  const progress = (): void =>
    options.onProgress?.({
      done: summary.items,
      expected,
      inserted: summary.inserted,
      updated: summary.updated,
      duplicates: summary.duplicates,
      failed: summary.failed,
      elapsedMs: Date.now() - started,
    });

  const fail = (origin: string, error: unknown): void => {
    summary.failed++;
    summary.failures.push({ origin, message: message(error) });
  };

  const count = (result: PutResult): void => {
    summary.ids.push(result.id);
    if (result.status === "inserted") summary.inserted++;
    else if (result.status === "updated") summary.updated++;
    else summary.duplicates++;
  };

  const release = (keys: readonly string[]): void => {
    for (const key of keys) {
      const n = (pendingKeys.get(key) ?? 1) - 1;
      if (n > 0) pendingKeys.set(key, n);
      else pendingKeys.delete(key);
    }
  };

  let lastFlush = Date.now();
  const flush = async (): Promise<void> => {
    lastFlush = Date.now();
    if (!batch.length) return;
    const current = batch;
    batch = [];
    try {
      (await store.putArticles(current.map((b) => b.put))).forEach(count);
    } catch {
      // One bad article must not sink the batch: write them one by one to find it.
      for (const item of current) {
        try {
          (await store.putArticles([item.put])).forEach(count);
        } catch (error) {
          fail(item.origin, error);
        }
      }
    }
    for (const item of current) release(item.keys);
  };

  /** Waits for the oldest analysis in flight and moves it to the write batch. */
  const settleOldest = async (): Promise<void> => {
    const item = inFlight.shift()!;
    try {
      const analysis = await item.analysis;
      batch.push({ origin: item.origin, keys: item.keys, put: { input: item.input, analysis, reanalyze: options.reanalyze } });
      // Also write at least once a second, so that the counts on the progress bar move.
      if (batch.length >= batchSize || Date.now() - lastFlush > 1000) await flush();
    } catch (error) {
      release(item.keys);
      fail(item.origin, error);
    }
    progress();
  };

  const drain = async (): Promise<void> => {
    while (inFlight.length) await settleOldest();
    await flush();
  };

  try {
    // A page already stored under its URL is not fetched again, unless its analysis is to be redone.
    const knownUrl = async (url: string): Promise<number | null> => {
      if (options.reanalyze) return null;
      const existing = await store.findExisting({ url, externalId: null, title: null, text: "", published: null, source: null });
      return existing?.id ?? null;
    };
    for await (const event of readInputs(inputs, { ...options, knownUrl: options.knownUrl ?? knownUrl })) {
      if (event.kind === "expect") {
        expected += event.count;
        continue;
      }
      summary.items++;
      if (event.kind === "known") {
        count({ id: event.id, status: "duplicate" });
        progress();
        continue;
      }
      if (event.kind === "error") {
        fail(event.origin, event.error);
        progress();
        continue;
      }
      if (event.warning) summary.warnings.push({ origin: event.origin, message: event.warning });
      const input = event.input;
      try {
        const hash = textHash(input.text);
        const keys = [`hash:${hash}`, ...(input.url ? [`url:${input.url}`] : [])];
        if (keys.some((k) => pendingKeys.has(k))) await drain();
        if (!options.reanalyze) {
          const existing = await store.findExisting(input);
          if (existing && existing.textHash === hash) {
            count({ id: existing.id, status: "duplicate" });
            progress();
            continue;
          }
        }
        ensurePool();
        for (const key of keys) pendingKeys.set(key, (pendingKeys.get(key) ?? 0) + 1);
        const analysis = analyzeArticle(input);
        analysis.catch(() => {}); // settled (and reported) in order by settleOldest
        inFlight.push({ origin: event.origin, input, keys, analysis });
        while (inFlight.length >= window()) await settleOldest();
      } catch (error) {
        fail(event.origin, error);
        progress();
      }
    }
    await drain();
  } finally {
    await (pool as AnalyzePool | null)?.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  progress();
  return summary;
}
