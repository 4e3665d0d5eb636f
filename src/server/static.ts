// Static files of the web UI (web/) and a fixed allow-list of vendor files from node_modules.
import { createReadStream, existsSync, statSync, type Stats } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const WEB_ROOT = join(REPO_ROOT, "web");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** Client-side routes of the single-page app; each is answered with index.html. */
const SPA_ROUTES: readonly RegExp[] = [/^\/$/, /^\/(analyze|archive|events)\/?$/, /^\/articles\/[^/]{1,200}\/?$/];

/** Vendor files by public name → [package, path inside the package]. Nothing else under /vendor/ is served. */
const VENDOR_FILES: Record<string, [string, string]> = {
  "d3-array.min.js": ["d3-array", "dist/d3-array.min.js"],
  "d3-geo.min.js": ["d3-geo", "dist/d3-geo.min.js"],
  "topojson-client.min.js": ["topojson-client", "dist/topojson-client.min.js"],
  "countries-110m.json": ["world-atlas", "countries-110m.json"],
  "iso-country-codes.json": ["i18n-iso-countries", "codes.json"],
  "country-names-ar.json": ["i18n-iso-countries", "langs/ar.json"],
};

const FONT_PACKAGES: Record<string, string> = {
  "noto-naskh-arabic": "@fontsource/noto-naskh-arabic",
  "noto-sans-arabic": "@fontsource/noto-sans-arabic",
};
const FONT_CSS = /^(?:index|arabic|latin|[1-9]00|(?:arabic|latin)-[1-9]00)\.css$/;
const FONT_FILE = /^noto-(?:naskh|sans)-arabic-(?:arabic|latin|latin-ext|math|symbols)-[1-9]00-normal\.woff2?$/;

const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
// Defence in depth for the article-escaping rule: no inline script, no foreign origin, no plugins, no framing.
const HTML_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const packageDirs = new Map<string, string | null>();

/** Finds an installed package by walking up node_modules folders from the repository (hoisted installs too). */
function packageDir(name: string): string | null {
  if (packageDirs.has(name)) return packageDirs.get(name) ?? null;
  let found: string | null = null;
  for (let dir = REPO_ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) {
      found = candidate;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  packageDirs.set(name, found);
  return found;
}

/** Maps a /vendor/… path to a file on disk, or null when it is not on the allow-list. */
export function vendorFile(path: string): string | null {
  const rest = path.slice("/vendor/".length);
  const fixed = VENDOR_FILES[rest];
  if (fixed && Object.hasOwn(VENDOR_FILES, rest)) {
    const dir = packageDir(fixed[0]);
    return dir ? join(dir, fixed[1]) : null;
  }
  const parts = rest.split("/");
  if (parts[0] !== "fonts" || !parts[1] || !Object.hasOwn(FONT_PACKAGES, parts[1])) return null;
  const dir = packageDir(FONT_PACKAGES[parts[1]]!);
  if (!dir) return null;
  if (parts.length === 3 && FONT_CSS.test(parts[2]!)) return join(dir, parts[2]!);
  if (parts.length === 4 && parts[2] === "files" && FONT_FILE.test(parts[3]!)) return join(dir, "files", parts[3]!);
  return null;
}

/** Maps a request path to a file under web/, refusing anything that leaves it or names a hidden file. */
export function webFile(path: string): string | null {
  if (SPA_ROUTES.some((route) => route.test(path))) return join(WEB_ROOT, "index.html");
  const segments = path.split("/").slice(1);
  if (segments.some((s) => s === "" || s.startsWith(".") || s.includes("\\"))) return null;
  const file = resolve(WEB_ROOT, ...segments);
  if (!file.startsWith(WEB_ROOT + sep)) return null;
  return file;
}

function fileStats(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

function sendError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
  res.end(message + "\n");
}

/**
 * Serves the web UI and its vendor files. Returns false when the path is not a static one (the caller
 * then answers 404 or routes it elsewhere); true when it wrote a response.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") return false;
  const rawPath = (req.url ?? "/").split(/[?#]/, 1)[0]!;
  if (rawPath.startsWith("/api/") || rawPath === "/api") return false;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    sendError(res, 400, "bad path encoding");
    return true;
  }
  if (path.includes("\0") || !path.startsWith("/")) {
    sendError(res, 400, "bad path");
    return true;
  }
  const vendor = path.startsWith("/vendor/");
  let file = vendor ? vendorFile(path) : webFile(path);
  let stats = file ? fileStats(file) : null;
  let status = 200;
  if (!file || !stats) {
    // A person who follows a dead link gets the app's own "page not found", in its language; scripts and
    // tools (no text/html in Accept) get the caller's plain 404.
    if (vendor || !String(req.headers.accept ?? "").includes("text/html")) return false;
    file = join(WEB_ROOT, "index.html");
    stats = fileStats(file);
    if (!stats) return false;
    status = 404;
  }

  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    "Content-Type": type,
    ETag: etag,
    // Vendor files change only with a dependency upgrade; our own files are revalidated on every load.
    "Cache-Control": vendor ? "public, max-age=604800" : "no-cache",
    "Last-Modified": stats.mtime.toUTCString(),
  };
  if (type.startsWith("text/html")) headers["Content-Security-Policy"] = HTML_CSP;
  if (status === 200 && req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  headers["Content-Length"] = String(stats.size);
  res.writeHead(status, headers);
  if (method === "HEAD") {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on("error", () => {
      res.destroy();
      done();
    });
    stream.on("end", () => done());
    stream.pipe(res);
  });
  return true;
}
