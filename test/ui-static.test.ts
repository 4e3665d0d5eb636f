import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serveStatic, vendorFile, webFile } from "../src/server/static.ts";

let server: Server;
let port = 0;

before(async () => {
  server = createServer(async (req, res) => {
    if (!(await serveStatic(req, res))) {
      res.writeHead(404, { "X-Fallthrough": "1" });
      res.end("not static");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});

after(() => new Promise<void>((done) => server.close(() => done())));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends the path exactly as written (fetch would normalize "..", which is the thing under test). */
function get(path: string, method = "GET", headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the app shell is served at / and at every client-side route", async () => {
  for (const path of ["/", "/analyze", "/archive?q=%D8%A7", "/events", "/events/", "/articles/42"]) {
    const reply = await get(path);
    assert.equal(reply.status, 200, path);
    assert.equal(reply.headers["content-type"], "text/html; charset=utf-8", path);
    assert.match(reply.body.toString("utf8"), /<html lang="ar" dir="rtl">/, path);
    assert.match(String(reply.headers["content-security-policy"]), /script-src 'self'/);
    assert.equal(reply.headers["x-content-type-options"], "nosniff");
  }
});

test("web files get their content type and revalidation headers, with 304 on a matching ETag", async () => {
  const script = await get("/js/app.js");
  assert.equal(script.status, 200);
  assert.equal(script.headers["content-type"], "text/javascript; charset=utf-8");
  assert.equal(script.headers["cache-control"], "no-cache");
  const css = await get("/style.css");
  assert.equal(css.headers["content-type"], "text/css; charset=utf-8");
  const etag = String(script.headers.etag);
  const again = await get("/js/app.js", "GET", { "If-None-Match": etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const head = await get("/js/app.js", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers["content-length"], String(script.body.length));
});

test("the vendor allow-list serves d3-geo, topojson, the atlas and the Arabic fonts", async () => {
  const cases: [string, string][] = [
    ["/vendor/d3-geo.min.js", "text/javascript; charset=utf-8"],
    ["/vendor/d3-array.min.js", "text/javascript; charset=utf-8"],
    ["/vendor/topojson-client.min.js", "text/javascript; charset=utf-8"],
    ["/vendor/countries-110m.json", "application/json; charset=utf-8"],
    ["/vendor/fonts/noto-naskh-arabic/arabic-400.css", "text/css; charset=utf-8"],
    ["/vendor/fonts/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2"],
    ["/vendor/fonts/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2", "font/woff2"],
  ];
  for (const [path, type] of cases) {
    const reply = await get(path);
    assert.equal(reply.status, 200, path);
    assert.equal(reply.headers["content-type"], type, path);
    assert.match(String(reply.headers["cache-control"]), /max-age=\d+/, path);
    assert.ok(reply.body.length > 100, path);
  }
  const atlas = JSON.parse((await get("/vendor/countries-110m.json")).body.toString("utf8")) as { objects: Record<string, unknown> };
  assert.ok(atlas.objects.countries);
  // The font CSS points at files the allow-list serves.
  const css = (await get("/vendor/fonts/noto-sans-arabic/arabic-400.css")).body.toString("utf8");
  const font = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(css);
  assert.ok(font);
  assert.equal((await get(`/vendor/fonts/noto-sans-arabic/files/${font[1]}`)).status, 200);
});

test("nothing outside web/ or the allow-list is reachable", async () => {
  const refused = [
    "/../package.json",
    "/%2e%2e/package.json",
    "/js/../../package.json",
    "/js/%2e%2e/%2e%2e/src/server/static.ts",
    "/%2e%2e%2fpackage.json",
    "/..%5cpackage.json",
    "/vendor/../package.json",
    "/vendor/d3-geo/package.json",
    "/vendor/fonts/noto-sans-arabic/package.json",
    "/vendor/fonts/noto-sans-arabic/../../d3-geo/package.json",
    "/vendor/fonts/noto-sans-arabic/files/..%2f..%2fpackage.json",
    "/vendor/fonts/other-font/arabic-400.css",
    "/vendor/__proto__",
    "/vendor/constructor",
    "/.gitignore",
    "/js/.hidden",
    "/articles/1/extra",
    "/nonexistent.js",
    "/api/stats",
  ];
  for (const path of refused) {
    const reply = await get(path);
    assert.ok(reply.status === 404 || reply.status === 400, `${path} → ${reply.status}`);
    assert.doesNotMatch(reply.body.toString("utf8"), /"name": "rasd"|"dependencies"|serveStatic/, path);
  }
  // A browser following a dead link gets the app (which shows "page not found") with a 404 status.
  const dead = await get("/no/such/page", "GET", { Accept: "text/html,application/xhtml+xml" });
  assert.equal(dead.status, 404);
  assert.match(dead.body.toString("utf8"), /<html lang="ar" dir="rtl">/);
  assert.equal((await get("/vendor/nothing.js", "GET", { Accept: "text/html" })).headers["x-fallthrough"], "1");
  assert.equal((await get("/%E0%A4%A")).status, 400);
  assert.equal((await get("/a%00b")).status, 400);
  assert.equal((await get("/", "POST")).headers["x-fallthrough"], "1");
  assert.equal(webFile("/js/../../package.json"), null);
  assert.equal(vendorFile("/vendor/fonts/noto-sans-arabic/files/../../../package.json"), null);
});
