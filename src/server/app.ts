// The HTTP API (node:http, no framework) and, for every other path, the web UI's static files.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { analyze, parseDct, InputError } from "../pipeline.ts";
import { toJson } from "../cli/analyze.ts";
import type { PloverType } from "../document.ts";
import type { Store } from "../store/types.ts";
import { QueryError } from "../store/query.ts";
import { formatEvents, EVENT_FORMATS, CONTENT_TYPES, FILE_EXTENSIONS, type EventFormat } from "../store/export.ts";
import { serveStatic } from "./static.ts";
import { openApiDocument } from "./openapi.ts";
import { createAnalyzePool, AnalyzeBusy, AnalyzePoolBroken, AnalyzeTimeout, type AnalyzePool } from "./analyze-pool.ts";
import { HttpError, badRequest, booleanParam, integerParam, queryParams, readBody, sendError, sendJson, startStream } from "./http.ts";

export interface ServerOptions {
  store: Store;
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Called once per request with a log line (method, path, status, milliseconds). */
  log?: (line: string) => void;
  /** Worker threads for POST /api/analyze; 0 (the default) analyzes on the server's own thread. */
  analyzeWorkers?: number;
}

interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  options: Required<Pick<ServerOptions, "maxBodyBytes">> & ServerOptions;
  pool: AnalyzePool | null;
}

type Handler = (context: Context) => Promise<void> | void;

interface Route {
  method: "GET" | "POST";
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

const ARTICLE_FILTERS = ["source", "from", "to", "entity", "type", "limit", "offset"];
const EVENT_FILTERS = ["type", "actor", "country", "from", "to", "source", "article", "negated", "limit", "offset"];

function articleFilter(p: Record<string, string>) {
  return {
    source: p.source,
    from: p.from,
    to: p.to,
    entity: p.entity,
    // The store checks the type name.
    eventType: p.type as PloverType | undefined,
    limit: integerParam(p.limit, "limit"),
    offset: integerParam(p.offset, "offset"),
  };
}

function eventFilter(p: Record<string, string>) {
  return {
    type: p.type as PloverType | undefined,
    actor: p.actor,
    country: p.country,
    from: p.from,
    to: p.to,
    source: p.source,
    articleId: integerParam(p.article, "article"),
    negated: booleanParam(p.negated, "negated"),
    limit: integerParam(p.limit, "limit"),
    offset: integerParam(p.offset, "offset"),
  };
}

async function analyzeHandler({ req, res, url, options, pool }: Context): Promise<void> {
  const query = queryParams(url, ["dct"]);
  const type = (req.headers["content-type"] ?? "application/json").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && type !== "text/plain") {
    throw new HttpError(415, "unsupported_media_type", `send application/json ({"text": "...", "dct": "YYYY-MM-DD"}) or text/plain, not ${type}`);
  }
  const body = (await readBody(req, options.maxBodyBytes)).toString("utf8");
  let text: unknown;
  let dct: unknown = query.dct ?? null;
  if (type === "text/plain") text = body;
  else {
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch (error) {
      throw badRequest(`body is not valid JSON: ${(error as Error).message}`);
    }
    if (payload === null || typeof payload !== "object" || Array.isArray(payload)) throw badRequest('body must be a JSON object {"text": "...", "dct": "YYYY-MM-DD"}');
    const record = payload as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => k !== "text" && k !== "dct");
    if (unknown.length) throw badRequest(`unknown field(s) ${unknown.map((k) => `"${k}"`).join(", ")}; the body takes "text" and "dct"`);
    text = record.text;
    if (record.dct !== undefined) dct = record.dct;
  }
  if (typeof text !== "string") throw badRequest('"text" is required and must be a string');
  let checkedDct: string | null;
  try {
    checkedDct = parseDct(dct);
  } catch (error) {
    if (error instanceof InputError) throw badRequest(error.message);
    throw error;
  }
  let json: string;
  try {
    json = pool ? await pool.analyze(text, checkedDct) : JSON.stringify(toJson(analyze(text, { dct: checkedDct })));
  } catch (error) {
    if (error instanceof AnalyzePoolBroken) json = JSON.stringify(toJson(analyze(text, { dct: checkedDct })));
    else if (error instanceof AnalyzeBusy) throw new HttpError(503, "busy", error.message, { "retry-after": "5" });
    else if (error instanceof AnalyzeTimeout) throw new HttpError(503, "timeout", error.message);
    else throw error;
  }
  res.writeHead(200, {
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(json)),
  });
  res.end(json);
}

async function articleHandler({ res, url, params, options }: Context): Promise<void> {
  queryParams(url, []);
  if (!/^\d{1,15}$/.test(params.id!)) throw badRequest(`article id must be a positive integer, got "${params.id}"`);
  const article = await options.store.getArticle(Number(params.id));
  if (!article) throw new HttpError(404, "not_found", `no article with id ${params.id}`);
  sendJson(res, 200, article);
}

async function eventsHandler({ res, url, options }: Context): Promise<void> {
  const p = queryParams(url, [...EVENT_FILTERS, "format"]);
  const format = p.format ?? "json";
  const filter = eventFilter(p);
  if (format === "json") {
    sendJson(res, 200, await options.store.listEvents(filter));
    return;
  }
  if (!EVENT_FORMATS.includes(format as EventFormat)) throw badRequest(`format must be json, ${EVENT_FORMATS.join(", ")}; got "${format}"`);
  // Check the filter before the headers go out: afterwards an error can only cut the stream.
  await options.store.listEvents({ ...filter, limit: 1, offset: 0 });
  const write = startStream(res, CONTENT_TYPES[format as EventFormat], {
    "content-disposition": `attachment; filename="rasd-events.${FILE_EXTENSIONS[format as EventFormat]}"`,
  });
  await formatEvents(format as EventFormat, options.store.streamEvents(filter), write);
  res.end();
}

const ROUTES: Route[] = [];
function route(method: Route["method"], path: string, handler: Handler): void {
  const names: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (_, name: string) => (names.push(name), "([^/]+)"))}/?$`);
  ROUTES.push({ method, pattern, names, handler });
}

route("GET", "/api/openapi.json", ({ res, url, req }) => {
  queryParams(url, []);
  sendJson(res, 200, openApiDocument(`http://${req.headers.host ?? "127.0.0.1"}`));
});
route("GET", "/api/health", ({ res }) => sendJson(res, 200, { ok: true }));
route("POST", "/api/analyze", analyzeHandler);
route("GET", "/api/articles", async ({ res, url, options }) => {
  sendJson(res, 200, await options.store.listArticles(articleFilter(queryParams(url, ARTICLE_FILTERS))));
});
route("GET", "/api/articles/:id", articleHandler);
route("GET", "/api/search", async ({ res, url, options }) => {
  const p = queryParams(url, ["q", ...ARTICLE_FILTERS]);
  if (!p.q) throw badRequest('"q" (the search query) is required');
  sendJson(res, 200, await options.store.search({ q: p.q, ...articleFilter(p) }));
});
route("GET", "/api/events", eventsHandler);
route("GET", "/api/actors", async ({ res, url, options }) => {
  const p = queryParams(url, ["q", "country", "limit", "offset"]);
  sendJson(res, 200, await options.store.listActors({ q: p.q, country: p.country, limit: integerParam(p.limit, "limit"), offset: integerParam(p.offset, "offset") }));
});
route("GET", "/api/stats", async ({ res, url, options }) => {
  queryParams(url, []);
  sendJson(res, 200, await options.store.stats());
});

/** The request handler: API routes, then the static UI, then 404. */
export function createHandler(options: ServerOptions, pool: AnalyzePool | null = null): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const settings = { maxBodyBytes: 1024 * 1024, ...options };
  return async (req, res) => {
    const started = performance.now();
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      sendError(res, badRequest("malformed request URL"));
      return;
    }
    try {
      if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
        const method = req.method === "HEAD" ? "GET" : (req.method ?? "GET");
        const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
        if (!matching.length) throw new HttpError(404, "not_found", `no API endpoint at ${url.pathname}; see /api/openapi.json`);
        const chosen = matching.find((r) => r.method === method);
        if (!chosen) {
          const allow = [...new Set(matching.map((r) => r.method))].join(", ");
          throw new HttpError(405, "method_not_allowed", `${req.method} is not allowed on ${url.pathname}; use ${allow}`, { allow });
        }
        const match = chosen.pattern.exec(url.pathname)!;
        const params: Record<string, string> = {};
        chosen.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
        await chosen.handler({ req, res, url, params, options: settings, pool });
      } else if (!(await serveStatic(req, res))) {
        throw new HttpError(404, "not_found", `nothing at ${url.pathname}`);
      }
    } catch (error) {
      if (error instanceof HttpError) sendError(res, error);
      else if (error instanceof QueryError) sendError(res, badRequest(error.message));
      else if (error instanceof URIError) sendError(res, badRequest("malformed percent-encoding in the path"));
      else {
        options.log?.(`error ${req.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sendError(res, new HttpError(500, "internal", "internal server error"));
      }
    } finally {
      options.log?.(`${req.method} ${url.pathname}${url.search} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
    }
  };
}

/** An HTTP server for the API and UI; its analysis workers (if any) stop when it closes. */
export function createServer(options: ServerOptions): Server {
  const pool = options.analyzeWorkers ? createAnalyzePool({ size: options.analyzeWorkers }) : null;
  const handler = createHandler(options, pool);
  const server = createHttpServer((req, res) => void handler(req, res));
  if (pool) server.on("close", () => void pool.close());
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Listens (port 0 = any free port) and resolves once the server accepts connections. */
export async function startServer(options: ServerOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const server = createServer(options);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
