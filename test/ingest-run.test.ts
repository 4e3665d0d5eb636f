import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ingest } from "../src/ingest/run.ts";
import { analyze } from "../src/pipeline.ts";
import { openSqliteStore, type ArticleInput, type Store } from "../src/store/index.ts";
import { progressLine } from "../src/ingest/progress.ts";

const textStage = (input: ArticleInput) => analyze(input.text, { dct: input.published, until: "text" });

const PLAIN = "وزير الصحة يتفقد مستشفى الملك فهد\nتفقد وزير الصحة اليوم مستشفى الملك فهد في جدة، واطلع على سير العمل في أقسام الطوارئ.\n";
const PAGE = `<html><head><meta property="og:title" content="انطلاق موسم الرياض"><meta property="article:published_time" content="2024-10-12"></head>
<body><article><p>انطلقت مساء السبت فعاليات موسم الرياض بحفل افتتاح حضره آلاف الزوار من داخل المملكة وخارجها، وسط إجراءات تنظيمية مشددة.</p>
<p>وتتضمن الفعاليات هذا العام أكثر من عشر مناطق ترفيهية وعروضاً مسرحية وحفلات موسيقية تستمر حتى نهاية شهر مارس.</p></article></body></html>`;
const SCRIPTED = `نص يحتوي على وسم <script>alert("x")</script> وعلامات <b>عريضة</b> وتحكم ثنائي الاتجاه \u202Eمقلوب\u202C في خبر عن الاتفاق.`;

const jsonl = [
  JSON.stringify({ id: "a1", url: "https://wire.example/1", title: "افتتاح جسر", text: "افتتح أمير المنطقة جسراً جديداً يربط ضفتي الوادي.", published: "2024-02-01", source: "wire" }),
  "{ not json",
  JSON.stringify({ id: "a2", url: "https://wire.example/2", html: PAGE.replaceAll("موسم الرياض", "موسم جدة"), source: "wire" }),
  "",
  JSON.stringify({ id: "a3", title: "بلا نص" }),
  JSON.stringify({ id: "a4", date: "2024-02-03", text: SCRIPTED, source: "wire" }),
  JSON.stringify(["not", "an", "object"]),
].join("\n");

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rasd-ingest-"));
  mkdirSync(join(dir, "nested"));
  writeFileSync(join(dir, "health.txt"), "\ufeff" + PLAIN);
  writeFileSync(join(dir, "nested", "season.html"), PAGE);
  writeFileSync(join(dir, "wire.jsonl"), jsonl);
  writeFileSync(join(dir, "notes.pdf"), "%PDF-1.4 ignored by the directory walk");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
  return dir;
}

async function withStore(run: (store: Store, dir: string) => Promise<void>): Promise<void> {
  const dir = fixtureDir();
  const store = openSqliteStore(":memory:");
  try {
    await run(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a directory of text, HTML and JSONL: every good item stored, every bad one reported with its place", () =>
  withStore(async (store, dir) => {
    const summary = await ingest([dir], { store, analyzeArticle: textStage });
    assert.equal(summary.inserted, 5);
    assert.equal(summary.failed, 4);
    const origins = summary.failures.map((f) => f.origin.slice(dir.length + 1)).sort();
    assert.deepEqual(origins, ["binary.txt", "wire.jsonl:2", "wire.jsonl:5", "wire.jsonl:7"]);
    assert.match(summary.failures.find((f) => f.origin.endsWith(":5"))!.message, /"text" or "html"/);
    const articles = (await store.listArticles({ limit: 50 })).items;
    const titles = articles.map((a) => a.title).sort();
    assert.deepEqual(titles, [null, "افتتاح جسر", "انطلاق موسم الرياض", "انطلاق موسم جدة", "وزير الصحة يتفقد مستشفى الملك فهد"].sort((a, b) => String(a).localeCompare(String(b))));
    const html = articles.find((a) => a.title === "انطلاق موسم الرياض")!;
    assert.equal(html.published, "2024-10-12");
    const plain = (await store.getArticle(articles.find((a) => a.title?.startsWith("وزير"))!.id))!;
    assert.equal(plain.text, PLAIN, "BOM dropped, text otherwise unchanged");
    const fromJsonl = articles.find((a) => a.external_id === "a4")!;
    assert.equal(fromJsonl.published, "2024-02-03", '"date" is read as the publication date');
  }));

test("ingesting the same inputs again adds nothing; --reanalyze redoes the analyses in place", () =>
  withStore(async (store, dir) => {
    const first = await ingest([dir], { store, analyzeArticle: textStage });
    let calls = 0;
    const counting = (input: ArticleInput) => (calls++, textStage(input));
    const again = await ingest([dir, join(dir, "wire.jsonl")], { store, analyzeArticle: counting });
    assert.equal(again.inserted, 0);
    assert.equal(again.updated, 0);
    assert.equal(again.duplicates, 5 + 3);
    assert.equal(calls, 0, "duplicates are recognized before analysis");
    assert.equal((await store.stats()).articles, first.inserted);
    const redo = await ingest([join(dir, "health.txt")], { store, analyzeArticle: counting, reanalyze: true });
    assert.deepEqual([redo.updated, redo.inserted, calls], [1, 0, 1]);
    assert.deepEqual(redo.ids, [first.ids[0]]);
  }));

test("an article repeated inside one batch is stored once; an analyzer failure is one failed item", () =>
  withStore(async (store, dir) => {
    const line = (id: string, text: string) => JSON.stringify({ id, text, source: "s" });
    writeFileSync(join(dir, "repeat.jsonl"), [line("1", "خبر مكرر عن الطقس."), line("2", "خبر مكرر عن الطقس."), line("3", "BOOM خبر يفشل تحليله."), line("4", "خبر أخير سليم.")].join("\n"));
    const analyzer = (input: ArticleInput) => {
      if (input.text.startsWith("BOOM")) throw new Error("analyzer exploded");
      return textStage(input);
    };
    const summary = await ingest([join(dir, "repeat.jsonl")], { store, analyzeArticle: analyzer, batchSize: 100 });
    assert.deepEqual([summary.inserted, summary.duplicates, summary.failed], [2, 1, 1]);
    assert.deepEqual(summary.failures, [{ origin: `${join(dir, "repeat.jsonl")}:3`, message: "analyzer exploded" }]);
  }));

test("gzipped JSONL is streamed; a corrupt gzip and a missing path are reported", () =>
  withStore(async (store, dir) => {
    writeFileSync(join(dir, "wire.jsonl.gz"), gzipSync(jsonl));
    writeFileSync(join(dir, "broken.jsonl.gz"), Buffer.concat([gzipSync(jsonl).subarray(0, 40), Buffer.from("garbage")]));
    const states: number[] = [];
    const summary = await ingest([join(dir, "wire.jsonl.gz"), join(dir, "broken.jsonl.gz"), join(dir, "nope.txt")], {
      store,
      analyzeArticle: textStage,
      onProgress: (s) => states.push(s.expected),
    });
    assert.equal(summary.inserted, 3);
    assert.ok(summary.failures.some((f) => f.origin.endsWith("broken.jsonl.gz")));
    assert.ok(summary.failures.some((f) => f.origin.endsWith("nope.txt") && /cannot read/.test(f.message)));
    assert.ok(Math.max(...states) >= 7, "JSONL lines are counted for the progress bar");
  }));

test("HTML and scripts inside article text are stored and returned as text", () =>
  withStore(async (store, dir) => {
    await ingest([join(dir, "wire.jsonl")], { store, analyzeArticle: textStage });
    const id = (await store.listArticles({})).items.find((a) => a.external_id === "a4")!.id;
    assert.equal((await store.getArticle(id))!.text, SCRIPTED);
  }));

test("the progress line shows counts, rate and a bar", () => {
  const line = progressLine({ done: 5, expected: 10, inserted: 3, updated: 0, duplicates: 1, failed: 1, elapsedMs: 1000 });
  assert.match(line, /^█{12}░{12} 5\/10 5\.0\/s/);
  assert.match(line, /new 3 · updated 0 · duplicate 1 · failed 1/);
});

test("rasd ingest / search / events from the command line", () => {
  const dir = fixtureDir();
  try {
    const bin = fileURLToPath(new URL("../bin/rasd.js", import.meta.url));
    const db = join(dir, "cli.db");
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 50_000 });
    const ingested = run("ingest", join(dir, "health.txt"), join(dir, "nested"), join(dir, "binary.txt"), "--db", db, "--json");
    assert.equal(ingested.status, 1, "exit status 1 when an item failed");
    const summary = JSON.parse(ingested.stdout);
    assert.deepEqual([summary.inserted, summary.failed], [2, 1]);
    assert.match(summary.failures[0].message, /binary file/);
    const found = run("search", "المستشفيات", "--db", db, "--format", "jsonl");
    assert.equal(found.status, 0, found.stderr);
    const hits = found.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(hits.length, 1);
    assert.equal(hits[0].snippets[0].marks.length, 1);
    const csv = run("events", "--db", db, "--format", "csv");
    assert.equal(csv.status, 0, csv.stderr);
    assert.match(csv.stdout, /^event_id,date,actor1,/);
    const bad = run("events", "--db", db, "--country", "Egypt");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /ISO 3166/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
