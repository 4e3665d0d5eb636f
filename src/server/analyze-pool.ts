// A small pool of worker threads for analyses, so that a burst of POST /api/analyze (or a large ingest)
// uses every core and never blocks the event loop that answers searches and pages. A job that runs too
// long ends its worker (a fresh one takes its place) instead of hanging the server.
import { Worker } from "node:worker_threads";

export class AnalyzeTimeout extends Error {}
export class AnalyzeBusy extends Error {}
/** Workers cannot start (they die before they are ready): callers should analyze in process instead. */
export class AnalyzePoolBroken extends Error {}

/** "json": exactly what `rasd analyze` prints; "layers": the layers a store keeps (no tokens). */
export type AnalyzeMode = "json" | "layers";

export interface AnalyzePool {
  /** The analysis as a JSON string. */
  analyze(text: string, dct: string | null, mode?: AnalyzeMode): Promise<string>;
  close(): Promise<void>;
}

export interface AnalyzePoolOptions {
  size: number;
  /** Longest time one analysis may take (default 60 s). */
  timeoutMs?: number;
  /** Most jobs waiting for a worker before new ones are refused (default 1000). */
  maxQueue?: number;
}

interface Job {
  id: number;
  text: string;
  dct: string | null;
  mode: AnalyzeMode;
  resolve(json: string): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL("./analyze-worker.mjs", import.meta.url);
const MAX_START_FAILURES = 3;

export function createAnalyzePool(options: AnalyzePoolOptions): AnalyzePool {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxQueue = options.maxQueue ?? 1000;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let startFailures = 0;
  let broken: AnalyzePoolBroken | null = null;

  function finish(slot: Slot): Job | null {
    const job = slot.job;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  }

  function remove(slot: Slot): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  }

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), ready: false, job: null, timer: null };
    slot.worker.on("message", (message: { ready?: boolean; id?: number; json?: string; error?: string }) => {
      if (message.ready) {
        slot.ready = true;
        startFailures = 0;
      } else {
        const job = finish(slot);
        if (job && message.json !== undefined) job.resolve(message.json);
        else if (job) job.reject(new Error(message.error ?? "analysis failed"));
      }
      pump();
    });
    const replace = (error: Error): void => {
      if (!slots.includes(slot)) return;
      finish(slot)?.reject(error);
      remove(slot);
      if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
        // Workers that cannot even start will not start next time either: stop trying.
        broken = new AnalyzePoolBroken(`analysis workers cannot start: ${error.message}`);
        for (const job of queue.splice(0)) job.reject(broken);
      } else if (!closed && !broken) slots.push(spawn());
      pump();
    };
    slot.worker.on("error", (error) => replace(error));
    slot.worker.on("exit", (code) => replace(new Error(`analysis worker exited with code ${code}`)));
    return slot;
  }

  function pump(): void {
    for (const slot of [...slots]) {
      if (!queue.length) return;
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        const timedOut = finish(slot);
        remove(slot);
        void slot.worker.terminate();
        if (!closed) slots.push(spawn());
        timedOut?.reject(new AnalyzeTimeout(`the analysis took longer than ${timeoutMs / 1000} s and was stopped`));
      }, timeoutMs);
      slot.worker.postMessage({ id: job.id, text: job.text, dct: job.dct, mode: job.mode });
    }
  }

  for (let i = 0; i < Math.max(1, options.size); i++) slots.push(spawn());

  return {
    analyze(text, dct, mode = "json") {
      if (broken) return Promise.reject(broken);
      if (closed) return Promise.reject(new Error("the analysis pool is closed"));
      if (queue.length >= maxQueue) return Promise.reject(new AnalyzeBusy(`${queue.length} analyses are waiting; try again later`));
      return new Promise<string>((resolve, reject) => {
        queue.push({ id: nextId++, text, dct, mode, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the analysis pool is closed"));
      const all = slots.splice(0);
      for (const slot of all) finish(slot)?.reject(new Error("the analysis pool is closed"));
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
