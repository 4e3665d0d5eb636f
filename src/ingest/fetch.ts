// Fetching pages and feeds with the global fetch: a timeout, a size cap and the page's own charset
// (many Arabic sites still serve windows-1256).

export interface Fetched {
  /** The final URL after redirects. */
  url: string;
  contentType: string;
  text: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

const USER_AGENT = "rasd/0.1 (Arabic news event extraction)";

function charsetOf(contentType: string, head: Uint8Array): string {
  const header = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  const ascii = Buffer.from(head.subarray(0, 4096)).toString("latin1");
  const declared = /<meta[^>]{0,200}charset=["']?([\w-]+)/i.exec(ascii)?.[1] ?? /<\?xml[^>]{0,100}encoding=["']([\w-]+)/i.exec(ascii)?.[1];
  return declared ?? "utf-8";
}

export function decodeBytes(bytes: Uint8Array, contentType = ""): string {
  const charset = charsetOf(contentType, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`only http and https URLs can be fetched: ${url}`);
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const response = await fetch(parsed, {
    headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8" },
    redirect: "follow",
    signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText} for ${url}`);
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`${url} is larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new Error(`${url} is larger than ${maxBytes} bytes`);
      chunks.push(chunk);
    }
  }
  const contentType = response.headers.get("content-type") ?? "";
  return { url: response.url || url, contentType, text: decodeBytes(Buffer.concat(chunks), contentType) };
}
