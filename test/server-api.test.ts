import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { startServer, type RunningServer } from "../src/server/app.ts";
import { openSqliteStore, type Store } from "../src/store/index.ts";
import { analyze } from "../src/pipeline.ts";
import { toJson } from "../src/cli/analyze.ts";
import { waterArticle, protestArticle } from "./store-fixtures.ts";

let server: RunningServer;
let store: Store;
const SCRIPT_TEXT = 'خبر فيه <script>alert("x")</script> و<img src=x onerror=alert(1)> عن الاتفاق \u202Eمقلوب\u202C.';

before(async () => {
  store = openSqliteStore(":memory:");
  const scripted = { url: "https://news.example/xss", externalId: null, title: "<b>عنوان</b>", text: SCRIPT_TEXT, published: "2024-01-02", source: "example-news" };
  await store.putArticles([waterArticle(), protestArticle(), { input: scripted, analysis: analyze(SCRIPT_TEXT, { until: "text" }) }]);
  server = await startServer({ store, port: 0, maxBodyBytes: 4096 });
});

after(async () => {
  await server.close();
  await store.close();
});

async function get(path: string): Promise<{ status: number; type: string; body: any; text: string; headers: Headers }> {
  const response = await fetch(server.url + path);
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, type, text, body: type.startsWith("application/json") ? JSON.parse(text) : null, headers: response.headers };
}

async function post(path: string, body: string, contentType = "application/json"): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, body: await response.json() };
}

const q = (s: string): string => encodeURIComponent(s);

test("POST /api/analyze returns the same JSON as rasd analyze", async () => {
  const text = "استقبل الرئيس المصري في القاهرة اليوم نظيره الفرنسي.";
  const response = await post("/api/analyze", JSON.stringify({ text, dct: "2024-03-14" }));
  assert.equal(response.status, 200);
  assert.deepEqual(response.body, JSON.parse(JSON.stringify(toJson(analyze(text, { dct: "2024-03-14" })))));
  const plain = await post("/api/analyze?dct=2024-03-14", text, "text/plain; charset=utf-8");
  assert.deepEqual(plain.body, response.body);
});

test("POST /api/analyze: 400 for bad input, 413 over the size limit, 415 for other media", async () => {
  const cases: [string, RegExp][] = [
    ["{not json", /not valid JSON/],
    ["[1,2]", /JSON object/],
    ['{"dct":"2024-01-01"}', /"text" is required/],
    ['{"text":5}', /"text" is required/],
    ['{"text":"نص","dct":"2024-02-30"}', /not a calendar date/],
    ['{"text":"نص","lang":"ar"}', /unknown field/],
  ];
  for (const [body, message] of cases) {
    const response = await post("/api/analyze", body);
    assert.equal(response.status, 400, body);
    assert.equal(response.body.error.status, 400);
    assert.match(response.body.error.message, message, body);
  }
  const big = await post("/api/analyze", JSON.stringify({ text: "ا".repeat(5000) }));
  assert.equal(big.status, 413);
  assert.match(big.body.error.message, /limit of 4096 bytes/);
  assert.equal((await post("/api/analyze", "text=x", "application/x-www-form-urlencoded")).status, 415);
  assert.equal((await get("/api/analyze")).status, 405);
});

test("a body streamed without a length is cut at the limit too", async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL(server.url + "/api/analyze");
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.write('{"text":"');
    for (let i = 0; i < 10; i++) req.write("ب".repeat(500));
    req.end('"}');
  });
  assert.equal(status, 413);
});

test("GET /api/articles pages with totals; /api/articles/:id gives 200, 404 and 400", async () => {
  const page = await get("/api/articles?limit=2&offset=1");
  assert.equal(page.status, 200);
  assert.deepEqual([page.body.total, page.body.limit, page.body.offset, page.body.items.length], [3, 2, 1, 2]);
  const filtered = await get(`/api/articles?source=other-news&from=2024-05&to=2024-05-31`);
  assert.deepEqual(filtered.body.items.map((a: any) => a.source), ["other-news"]);
  const id = page.body.items[0].id;
  const one = await get(`/api/articles/${id}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.id, id);
  assert.ok(Array.isArray(one.body.events) && Array.isArray(one.body.entities) && Array.isArray(one.body.sentences));
  assert.equal((await get("/api/articles/424242")).status, 404);
  assert.equal((await get("/api/articles/12abc")).status, 400);
  assert.equal((await get("/api/articles?limit=0")).status, 400);
  assert.equal((await get("/api/articles?limit=ten")).status, 400);
  assert.equal((await get("/api/articles?from=yesterday")).status, 400);
});

test("HTML and scripts in article text are stored and returned as JSON text, unchanged", async () => {
  const list = await get("/api/articles?source=example-news&to=2024-01-31");
  const article = await get(`/api/articles/${list.body.items[0].id}`);
  assert.equal(article.body.text, SCRIPT_TEXT);
  assert.equal(article.body.title, "<b>عنوان</b>");
  assert.match(article.type, /^application\/json/);
  assert.equal(article.headers.get("x-content-type-options"), "nosniff");
  const found = await get(`/api/search?q=${q("الاتفاق")}&source=example-news`);
  const hit = found.body.items.find((h: any) => h.article.id === list.body.items[0].id);
  assert.ok(!hit.snippets[0].html.includes("<script>"));
  assert.ok(hit.snippets[0].html.includes("&lt;script&gt;"));
});

test("GET /api/search: stemmed matches with marks, filters, pagination and errors", async () => {
  const found = await get(`/api/search?q=${q("اتفاقيات")}&limit=1`);
  assert.equal(found.status, 200);
  assert.equal(found.body.total, 2);
  assert.equal(found.body.items.length, 1);
  const typed = await get(`/api/search?q=${q("الاتفاق")}&type=AGREE`);
  assert.equal(typed.body.total, 1);
  assert.equal((await get(`/api/search?q=${q("الاتفاق")}&entity=${q("أيمن الصفدي")}`)).body.total, 1);
  assert.equal((await get("/api/search")).status, 400);
  assert.equal((await get(`/api/search?q=${q("-كلمة")}`)).status, 400);
  assert.equal((await get(`/api/search?q=x&type=WAR`)).status, 400);
  const unknown = await get(`/api/search?q=x&sort=date`);
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.error.message, /unknown query parameter "sort"/);
});

test("GET /api/events: JSON pages and CSV, GeoJSON, PLOVER and JSONL exports", async () => {
  const page = await get("/api/events?limit=2");
  assert.deepEqual([page.body.total, page.body.items.length], [4, 2]);
  assert.equal((await get("/api/events?actor=EGY")).body.items[0].uid, "1:ev1");
  assert.equal((await get("/api/events?country=LBN&from=2024-05-14&to=2024-05-14")).body.total, 2);
  assert.equal((await get("/api/events?negated=true")).body.total, 1);
  const csv = await get("/api/events?format=csv&type=PROTEST");
  assert.match(csv.type, /^text\/csv/);
  assert.match(csv.headers.get("content-disposition") ?? "", /attachment; filename="rasd-events\.csv"/);
  assert.equal(csv.text.trim().split("\r\n").length, 2);
  const geo = await get("/api/events?format=geojson");
  assert.match(geo.type, /^application\/geo\+json/);
  assert.equal(JSON.parse(geo.text).features.length, 2);
  const plover = await get("/api/events?format=plover&limit=1");
  assert.equal(plover.text.trim().split("\n").length, 1);
  assert.ok(JSON.parse(plover.text).event);
  const jsonl = await get("/api/events?format=jsonl");
  assert.equal(jsonl.text.trim().split("\n").length, 4);
  assert.equal((await get("/api/events?format=xml")).status, 400);
  assert.equal((await get("/api/events?format=csv&country=Lebanon")).status, 400, "filters are checked before an export starts");
  assert.equal((await get("/api/events?negated=maybe")).status, 400);
});

test("GET /api/actors and /api/stats", async () => {
  const actors = await get("/api/actors?limit=2");
  assert.deepEqual([actors.body.total, actors.body.items.length], [4, 2]);
  assert.ok(Array.isArray(actors.body.links));
  assert.equal((await get(`/api/actors?q=${q("الصفدي")}`)).body.items[0].code, "JORGOV");
  const stats = await get("/api/stats");
  assert.deepEqual([stats.body.articles, stats.body.events, stats.body.quotes], [3, 4, 1]);
  assert.deepEqual(stats.body.published, { from: "2024-01-02", to: "2024-05-14" });
});

test("GET /api/openapi.json is an OpenAPI 3.1 document of every endpoint", async () => {
  const doc = await get("/api/openapi.json");
  assert.equal(doc.status, 200);
  assert.equal(doc.body.openapi, "3.1.0");
  for (const path of ["/api/analyze", "/api/articles", "/api/articles/{id}", "/api/search", "/api/events", "/api/actors", "/api/stats"]) {
    assert.ok(doc.body.paths[path], path);
  }
  assert.ok(doc.body.paths["/api/analyze"].post.responses["413"]);
  // Every $ref points at something that exists.
  const refs = [...doc.text.matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
  assert.ok(refs.length > 10);
  for (const [, kind, name] of refs) assert.ok(doc.body.components[kind!][name!], `${kind}/${name}`);
});

test("unknown API paths are JSON 404s; wrong methods are 405 with Allow", async () => {
  const missing = await get("/api/nothing");
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, "not_found");
  const wrong = await fetch(server.url + "/api/stats", { method: "DELETE" });
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get("allow"), "GET");
  assert.equal((await get("/api/articles/%E0%A4%A")).status, 400);
});
