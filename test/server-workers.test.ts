import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../src/server/app.ts";
import { openSqliteStore } from "../src/store/index.ts";
import { analyze } from "../src/pipeline.ts";
import { toJson } from "../src/cli/analyze.ts";

test("analyses in worker threads give the same JSON, queued in order, and bad input is still a 400", async () => {
  const texts = [
    "أعلنت وزارة الداخلية اليوم القبض على خلية إرهابية في الرياض.",
    "وقّعت مصر والأردن اتفاقية للربط الكهربائي في عمّان يوم الأحد.",
    "",
    "\u202E<script>نص</script>\u0000",
  ];
  // Expected answers first: analyzing here blocks this thread, which must not happen mid-request.
  const expected = texts.map((text) => JSON.parse(JSON.stringify(toJson(analyze(text, { dct: "2024-06-01" })))));
  const store = openSqliteStore(":memory:");
  const server = await startServer({ store, port: 0, analyzeWorkers: 1 });
  try {
    const answers = await Promise.all(
      texts.map((text) =>
        fetch(`${server.url}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, dct: "2024-06-01" }) }).then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    );
    answers.forEach((answer, i) => {
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, expected[i]);
    });
    const bad = await fetch(`${server.url}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"text":"x","dct":"14/03/2024"}' });
    assert.equal(bad.status, 400);
    // Searches are answered while analyses run.
    assert.equal((await fetch(`${server.url}/api/stats`)).status, 200);
  } finally {
    await server.close();
    await store.close();
  }
});

test("ingest with analysis workers stores the same layers as in process", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { ingest } = await import("../src/ingest/run.ts");
  const dir = mkdtempSync(join(tmpdir(), "rasd-workers-"));
  const lines = [
    { id: "1", text: "استقبل الرئيس المصري في القاهرة يوم الخميس نظيره الفرنسي، وبحثا وقف إطلاق النار.", date: "2024-03-14", source: "w" },
    { id: "2", text: "قال وزير الخارجية الأردني إن بلاده ترفض أي تهجير للفلسطينيين.", date: "2024-03-15", source: "w" },
    { id: "3", text: "تظاهر آلاف في الرباط أمس احتجاجاً على ارتفاع الأسعار.", date: "2024-03-16", source: "w" },
  ];
  writeFileSync(join(dir, "w.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n"));
  const inWorkers = openSqliteStore(":memory:");
  const inProcess = openSqliteStore(":memory:");
  try {
    const a = await ingest([join(dir, "w.jsonl")], { store: inWorkers, workers: 1 });
    const b = await ingest([join(dir, "w.jsonl")], { store: inProcess, workers: 0 });
    assert.deepEqual([a.inserted, a.failed, b.inserted], [3, 0, 3]);
    for (let id = 1; id <= 3; id++) {
      const x = (await inWorkers.getArticle(id))!;
      const y = (await inProcess.getArticle(id))!;
      for (const layer of ["sentences", "entities", "timexes", "events", "quotes", "messages"] as const) assert.deepEqual(x[layer], y[layer], `${id} ${layer}`);
    }
  } finally {
    await inWorkers.close();
    await inProcess.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
