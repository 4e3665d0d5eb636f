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
