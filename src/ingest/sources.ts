// Inputs → articles. A PATH is a file or a directory (walked for known extensions); a URL is fetched.
// Each document is read by its kind — JSONL, RSS/Atom feed, HTML page or plain text — known from its
// extension or content type, else sniffed. Every problem becomes an error event for that one item.
import { readFile, readdir, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { resolve, join, extname, basename } from "node:path";
import type { ArticleInput } from "../store/types.ts";
import { extractPage } from "./html.ts";
import { isFeed, parseFeed, type Feed, type FeedItem } from "./feed.ts";
import { parsePublished } from "./dates.ts";
import { decodeBytes, fetchText, type FetchOptions } from "./fetch.ts";

export type SourceEvent =
  | { kind: "item"; origin: string; input: ArticleInput; warning?: string }
  /** An item whose page was not fetched because its URL is already stored (see SourceOptions.knownUrl). */
  | { kind: "known"; origin: string; id: number }
  | { kind: "error"; origin: string; error: string }
  /** A hint that this many more items are coming (for the progress bar). */
  | { kind: "expect"; count: number };

export interface SourceOptions {
  /** Fetch each feed item's page when the feed gives only a summary (default true). */
  fetchPages?: boolean;
  /** Source name for items that do not name one. */
  source?: string;
  /** Publication date for items that have none (plain text). */
  published?: string;
  fetch?: FetchOptions;
  /** Parallel page fetches for a feed. */
  concurrency?: number;
  /** The stored article at a URL, if any: its page is then not fetched again (polling a feed). */
  knownUrl?: (url: string) => Promise<number | null>;
}

type Kind = "jsonl" | "feed" | "html" | "text";

/** Feed content (content:encoded, Atom content) shorter than this is taken for a teaser: the page is fetched. */
const FULL_CONTENT_CHARS = 200;
const KNOWN_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson", ".gz"]);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

function kindFromName(name: string): Kind | null {
  const lower = name.toLowerCase().replace(/\.gz$/, "");
  if (/\.(jsonl|ndjson)$/.test(lower)) return "jsonl";
  if (/\.(rss|atom)$/.test(lower)) return "feed";
  if (/\.(html?|xhtml)$/.test(lower)) return "html";
  if (/\.(txt|text)$/.test(lower)) return "text";
  return null;
}

function kindFromContentType(contentType: string): Kind | null {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/rss+xml" || type === "application/atom+xml" || type === "application/rdf+xml") return "feed";
  if (type === "application/x-ndjson" || type === "application/jsonl" || type === "application/json") return "jsonl";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  return null;
}

function sniff(text: string): Kind {
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith("{")) {
    const firstLine = head.split("\n", 1)[0]!;
    try {
      if (typeof JSON.parse(firstLine) === "object") return "jsonl";
    } catch {
      // Not a complete JSON line: fall through (a long first record may exceed the sniffed head).
      if (/^\{\s*"/.test(head)) return "jsonl";
    }
  }
  if (isFeed(text)) return "feed";
  if (/<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]/i.test(head)) return "html";
  return "text";
}

const hostname = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
};

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function plainArticle(text: string, origin: string, url: string | null, options: SourceOptions, externalId: string | null): SourceEvent {
  const body = stripBom(text).replace(/\r\n?/g, "\n");
  if (!body.trim()) return { kind: "error", origin, error: "no text" };
  const lines = body.split("\n").filter((l) => l.trim());
  const title = lines.length > 1 && lines[0]!.trim().length <= 200 ? lines[0]!.trim() : null;
  return {
    kind: "item",
    origin,
    input: { url, externalId, title, text: body, published: parsePublished(options.published), source: options.source ?? hostname(url) },
  };
}

function htmlArticle(html: string, origin: string, url: string | null, options: SourceOptions, externalId: string | null): SourceEvent {
  const page = extractPage(html, url);
  if (!page.text.trim()) return { kind: "error", origin, error: "no article text found in the page" };
  return {
    kind: "item",
    origin,
    input: {
      url: url ?? page.url,
      externalId,
      title: page.title,
      text: page.text,
      published: page.published ?? parsePublished(options.published),
      source: options.source ?? page.source ?? hostname(url),
    },
  };
}

interface JsonlRecord {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  text?: unknown;
  html?: unknown;
  published?: unknown;
  date?: unknown;
  dct?: unknown;
  source?: unknown;
}

const optionalString = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

async function jsonlRecord(line: string, origin: string, options: SourceOptions): Promise<SourceEvent> {
  let record: JsonlRecord;
  try {
    record = JSON.parse(line) as JsonlRecord;
  } catch (error) {
    return { kind: "error", origin, error: `not JSON: ${message(error)}` };
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) return { kind: "error", origin, error: "each line must be a JSON object" };
  const url = optionalString(record.url);
  const externalId = typeof record.id === "number" ? String(record.id) : optionalString(record.id);
  const source = optionalString(record.source) ?? options.source ?? null;
  const published = parsePublished(record.published ?? record.date ?? record.dct);
  let event: SourceEvent;
  if (typeof record.text === "string") {
    if (!record.text.trim()) return { kind: "error", origin, error: '"text" is empty' };
    event = { kind: "item", origin, input: { url, externalId, title: null, text: stripBom(record.text), published, source } };
  } else if (typeof record.html === "string") {
    event = htmlArticle(record.html, origin, url, options, externalId);
  } else if (url && options.fetchPages !== false) {
    const known = options.knownUrl ? await options.knownUrl(url) : null;
    if (known !== null) return { kind: "known", origin, id: known };
    try {
      const page = await fetchText(url, options.fetch);
      event = htmlArticle(page.text, origin, url, options, externalId);
    } catch (error) {
      return { kind: "error", origin, error: message(error) };
    }
  } else {
    return { kind: "error", origin, error: 'each record needs "text" or "html" (a string)' };
  }
  if (event.kind !== "item") return event;
  return {
    ...event,
    input: {
      ...event.input,
      title: optionalString(record.title) ?? event.input.title,
      published: published ?? event.input.published,
      source: source ?? event.input.source,
    },
  };
}

async function* jsonlLines(lines: AsyncIterable<string>, name: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    yield await jsonlRecord(line, `${name}:${number}`, options);
  }
}

async function feedItem(item: FeedItem, feed: Feed, origin: string, feedUrl: string | null, options: SourceOptions): Promise<SourceEvent> {
  let link: string | null = null;
  try {
    link = item.link ? new URL(item.link, feedUrl ?? undefined).href : null;
  } catch {
    link = null;
  }
  const source = options.source ?? feed.title ?? hostname(feedUrl ?? link);
  const given = item.content && item.content.length >= (item.summary?.length ?? 0) ? item.content : (item.summary ?? item.content);
  const base: Omit<ArticleInput, "text"> = { url: link, externalId: link ? null : item.guid, title: item.title, published: item.published, source };
  let warning: string | undefined;
  if ((!item.content || item.content.length < FULL_CONTENT_CHARS) && link && options.fetchPages !== false) {
    const known = options.knownUrl ? await options.knownUrl(link) : null;
    if (known !== null) return { kind: "known", origin, id: known };
    try {
      const fetched = await fetchText(link, options.fetch);
      const page = extractPage(fetched.text, fetched.url);
      if (page.text.length > (given?.length ?? 0)) {
        return {
          kind: "item",
          origin,
          input: { ...base, title: base.title ?? page.title, published: base.published ?? page.published, text: page.text },
        };
      }
      warning = "the page had no more text than the feed; stored the feed's text";
    } catch (error) {
      if (!given) return { kind: "error", origin, error: `page fetch failed: ${message(error)}` };
      warning = `page fetch failed (${message(error)}); stored the feed's summary`;
    }
  }
  if (!given) return { kind: "error", origin, error: "feed item has no text and no link to fetch" };
  return { kind: "item", origin, input: { ...base, text: given }, ...(warning ? { warning } : {}) };
}

async function* feedItems(xml: string, name: string, feedUrl: string | null, options: SourceOptions): AsyncGenerator<SourceEvent> {
  const feed = parseFeed(xml);
  if (!feed.items.length) {
    yield { kind: "error", origin: name, error: "feed has no items" };
    return;
  }
  yield { kind: "expect", count: feed.items.length - 1 };
  const width = Math.max(1, options.concurrency ?? 4);
  for (let i = 0; i < feed.items.length; i += width) {
    const group = feed.items.slice(i, i + width);
    const events = await Promise.all(
      group.map((item, k) => feedItem(item, feed, `${name}#${i + k + 1}${item.link ? ` ${item.link}` : ""}`, feedUrl, options)),
    );
    yield* events;
  }
}

async function* documentItems(text: string, kind: Kind, name: string, url: string | null, options: SourceOptions, externalId: string | null): AsyncGenerator<SourceEvent> {
  if (kind === "jsonl") {
    yield* jsonlLines(Readable.from(text.split("\n")), name, options);
  } else if (kind === "feed") {
    yield* feedItems(text, name, url, options);
  } else if (kind === "html") {
    yield htmlArticle(text, name, url, options, externalId);
  } else {
    yield plainArticle(text, name, url, options, externalId);
  }
}

async function* urlItems(url: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let fetched;
  try {
    fetched = await fetchText(url, options.fetch);
  } catch (error) {
    yield { kind: "error", origin: url, error: message(error) };
    return;
  }
  const kind = kindFromContentType(fetched.contentType);
  // Servers often label feeds text/xml or text/html: the content decides unless the type is specific.
  const chosen = kind === "feed" || kind === "jsonl" ? kind : isFeed(fetched.text) ? "feed" : (kind ?? sniff(fetched.text));
  yield* documentItems(fetched.text, chosen, url, fetched.url, options, null);
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

/** Non-empty lines of a (possibly gzipped) file, counted without holding it in memory; 0 on error. */
async function countLines(path: string): Promise<number> {
  try {
    const stream = createReadStream(path);
    const input = path.toLowerCase().endsWith(".gz") ? stream.pipe(createGunzip()) : stream;
    let count = 0;
    let previous = 10;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (byte === 10 && previous !== 10) count++;
        previous = byte;
      }
    }
    return previous !== 10 ? count + 1 : count;
  } catch {
    return 0;
  }
}

async function* fileItems(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  const name = path;
  const kind = kindFromName(path);
  if (kind === "jsonl") {
    // Streamed line by line: JSONL files may be larger than memory allows.
    const lines = await countLines(path);
    if (lines > 1) yield { kind: "expect", count: lines - 1 };
    const stream = createReadStream(path);
    const input: Readable = path.toLowerCase().endsWith(".gz") ? stream.pipe(createGunzip()) : stream;
    const errors: string[] = [];
    const reader = createInterface({ input, crlfDelay: Infinity });
    // readline does not end on a stream error (a corrupt .gz): close it so the loop cannot hang.
    const onError = (error: unknown): void => {
      errors.push(message(error));
      reader.close();
    };
    input.on("error", onError);
    stream.on("error", onError);
    try {
      yield* jsonlLines(reader, name, options);
    } catch (error) {
      errors.push(message(error));
    }
    if (errors.length) yield { kind: "error", origin: name, error: `cannot read: ${errors[0]}` };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
    if (path.toLowerCase().endsWith(".gz")) {
      const { gunzipSync } = await import("node:zlib");
      bytes = gunzipSync(bytes);
    }
  } catch (error) {
    yield { kind: "error", origin: name, error: `cannot read: ${message(error)}` };
    return;
  }
  if (looksBinary(bytes)) {
    yield { kind: "error", origin: name, error: "binary file (not text, HTML, a feed or JSONL)" };
    return;
  }
  const text = decodeBytes(bytes);
  yield* documentItems(text, kind ?? sniff(text), name, null, options, `file:${resolve(path)}`);
}

async function listFiles(directory: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase()) && kindFromName(basename(entry.name)) !== null) out.push(path);
    else if (entry.isFile() && extname(entry.name).toLowerCase() === ".xml") out.push(path);
  }
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeBytes(Buffer.concat(chunks));
}

/** Every article in the inputs, in order, with one error event per item that cannot be read. */
export async function* readInputs(specs: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceEvent> {
  yield { kind: "expect", count: specs.length };
  for (const spec of specs) {
    if (spec === "-") {
      const text = await readStdin();
      yield* documentItems(text, sniff(text), "stdin", null, options, null);
      continue;
    }
    if (isUrl(spec)) {
      yield* urlItems(spec, options);
      continue;
    }
    let info;
    try {
      info = await stat(spec);
    } catch (error) {
      yield { kind: "error", origin: spec, error: `cannot read: ${message(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      let files: string[];
      try {
        files = await listFiles(spec);
      } catch (error) {
        yield { kind: "error", origin: spec, error: `cannot list: ${message(error)}` };
        continue;
      }
      yield { kind: "expect", count: files.length - 1 };
      for (const file of files) yield* fileItems(file, options);
    } else {
      yield* fileItems(spec, options);
    }
  }
}
