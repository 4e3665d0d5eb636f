// Worker thread for analyses (POST /api/analyze, parallel ingest): runs the pipeline off the main event
// loop. Plain JavaScript because a worker starts without the main thread's TypeScript loader; it
// registers tsx itself.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { analyze } = await import("../pipeline.ts");
const { toJson } = await import("../cli/analyze.ts");

parentPort.on("message", (job) => {
  try {
    const doc = analyze(job.text, { dct: job.dct });
    // "layers": what the store keeps (no tokens, which are large and re-derived when needed).
    const out =
      job.mode === "layers"
        ? { dct: doc.dct, sentences: doc.sentences, entities: doc.entities, timexes: doc.timexes, events: doc.events, quotes: doc.quotes, messages: doc.messages }
        : toJson(doc);
    parentPort.postMessage({ id: job.id, json: JSON.stringify(out) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
// Stages load their tables lazily on first use: do it now, so that "ready" means ready to work.
analyze("تهيئة المحلل في الرياض يوم الأحد 5 مايو 2024.", { dct: "2024-05-05" });
parentPort.postMessage({ ready: true });
