// Small HTTP helpers over node:http: JSON answers, errors as JSON, a bounded body reader, strict params.
import type { IncomingMessage, ServerResponse } from "node:http";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, "bad_request", message);

const BASE_HEADERS = { "x-content-type-options": "nosniff", "cache-control": "no-store" };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, { error: { status: error.status, code: error.code, message: error.message } }, error.headers);
}

/** Starts a streamed answer (exports); `write` waits when the client reads slowly. */
export function startStream(res: ServerResponse, contentType: string, headers: Record<string, string> = {}): (chunk: string) => Promise<void> | void {
  res.writeHead(200, { ...BASE_HEADERS, "content-type": contentType, ...headers });
  return (chunk) => {
    if (res.destroyed) throw new Error("client went away");
    if (!res.write(chunk)) return new Promise<void>((resolve) => res.once("drain", () => resolve()));
  };
}

/** The request body, at most `limit` bytes; more is a 413 (the rest of the upload is drained, not read). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (): HttpError =>
    new HttpError(413, "payload_too_large", `request body is larger than the limit of ${limit} bytes`, { connection: "close" });
  const declared = Number(req.headers["content-length"] ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Query parameters, rejecting unknown names and repeats so that a typo is an error, not a silent no-op. */
export function queryParams(url: URL, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name)) {
      throw badRequest(`unknown query parameter "${name}"; this endpoint takes: ${allowed.join(", ") || "none"}`);
    }
    if (name in out) throw badRequest(`query parameter "${name}" is given more than once`);
    if (value.length > 2000) throw badRequest(`query parameter "${name}" is too long`);
    if (value !== "") out[name] = value;
  }
  return out;
}

export function integerParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw badRequest(`${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

export function booleanParam(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw badRequest(`${name} must be true or false, got "${value}"`);
}
