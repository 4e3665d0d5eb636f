// Worker thread for POST /api/analyze: runs the pipeline off the server's event loop. Plain JavaScript
// because a worker starts without the main thread's TypeScript loader; it registers tsx itself.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { analyze } = await import("../pipeline.ts");
const { toJson } = await import("../cli/analyze.ts");

parentPort.on("message", (job) => {
  try {
    parentPort.postMessage({ id: job.id, json: JSON.stringify(toJson(analyze(job.text, { dct: job.dct }))) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
