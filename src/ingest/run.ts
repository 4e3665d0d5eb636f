// Ingest: read inputs, skip what is already stored, analyze the rest, write in batches. An item that
// cannot be read, analyzed or stored is reported and the others go on.
import { analyze } from "../pipeline.ts";
import type { Doc } from "../document.ts";
import type { ArticleInput, ArticleToPut, PutResult, Store } from "../store/types.ts";
import { textHash } from "../store/sqlite.ts";
import { readInputs, type SourceOptions } from "./sources.ts";
import type { ProgressState } from "./progress.ts";

export interface IngestOptions extends SourceOptions {
  store: Store;
  /** Re-run the analysis of articles that are already stored with the same text. */
  reanalyze?: boolean;
  /** Articles written per transaction. */
  batchSize?: number;
  onProgress?: (state: ProgressState) => void;
  /** The analysis to run (tests inject hand-made analyses); defaults to the full pipeline. */
  analyzeArticle?: (input: ArticleInput) => Doc;
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
  /** Ids of the stored articles, in input order (duplicates give the id of the stored twin). */
  ids: number[];
  seconds: number;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const defaultAnalyze = (input: ArticleInput): Doc => analyze(input.text, { dct: input.published });

export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { store } = options;
  const analyzeArticle = options.analyzeArticle ?? defaultAnalyze;
  const batchSize = Math.max(1, options.batchSize ?? 64);
  const started = Date.now();
  const summary: IngestSummary = { items: 0, inserted: 0, updated: 0, duplicates: 0, failed: 0, failures: [], warnings: [], ids: [], seconds: 0 };
  let expected = 0;
  let batch: { origin: string; put: ArticleToPut }[] = [];
  // Keys of the batch not yet written, so an article repeated inside one batch is analyzed once.
  const pendingKeys = new Set<string>();

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

  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    pendingKeys.clear();
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
  };

  for await (const event of readInputs(inputs, options)) {
    if (event.kind === "expect") {
      expected += event.count;
      continue;
    }
    summary.items++;
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
      if (keys.some((k) => pendingKeys.has(k))) {
        await flush();
      }
      if (!options.reanalyze) {
        const existing = await store.findExisting(input);
        if (existing && existing.textHash === hash) {
          count({ id: existing.id, status: "duplicate" });
          progress();
          continue;
        }
      }
      const analysis = analyzeArticle(input);
      for (const key of keys) pendingKeys.add(key);
      batch.push({ origin: event.origin, put: { input, analysis, reanalyze: options.reanalyze } });
      if (batch.length >= batchSize) await flush();
    } catch (error) {
      fail(event.origin, error);
    }
    progress();
  }
  await flush();
  summary.seconds = (Date.now() - started) / 1000;
  progress();
  return summary;
}
