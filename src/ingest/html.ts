// Main text of a news page by blocks: every block-level element's text is a candidate, scored by length,
// link density and the page structure it sits in (navigation, footers and "related" boxes are not the
// article; <article> and articleBody containers are). Title and date come from the page's metadata.
import { decodeEntities, scanMarkup, tidyText, type TagToken } from "./markup.ts";
import { parsePublished } from "./dates.ts";

export interface ExtractedPage {
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
  source: string | null;
  language: string | null;
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
  "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "summary", "caption", "center", "html",
]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const BOILERPLATE_TAGS = new Set(["nav", "header", "footer", "aside", "form", "button", "select", "option", "label", "menu", "dialog", "figcaption", "head"]);
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|side-bar|comments?|share|sharing|social|related|breadcrumbs?|advert\w*|ads?|ad-\w+|promo|newsletter|cookies?|subscribe|tags|widget|popup|modal|banner|most-read|trending|more-news|read-more|copyright)(?:$|[\s_-])/i;
const MAIN_NAME =
  /(?:article[-_]?body|articlebody|entry[-_]content|post[-_]content|story[-_]?body|article[-_]?content|news[-_]?content|article[-_]?text|content[-_]?body|post[-_]body|news[-_]?body|main[-_]?content|details[-_]?body)/i;

interface Open {
  name: string;
  boilerplate: boolean;
  main: boolean;
  link: boolean;
}

interface Block {
  text: string;
  tag: string;
  chars: number;
  linkChars: number;
  boilerChars: number;
  mainChars: number;
}

interface Metadata {
  metas: Map<string, string>;
  jsonLd: string[];
  titleTag: string | null;
  firstH1: string | null;
  timeValue: string | null;
  canonical: string | null;
  language: string | null;
}

const visibleLength = (text: string): number => text.replace(/\s+/g, "").length;

function classOf(tag: TagToken): string {
  return `${tag.attributes.class ?? ""} ${tag.attributes.id ?? ""} ${tag.attributes.role ?? ""}`;
}

/** Splits a page into text blocks with the structure each sits in, and gathers its metadata. */
function readPage(html: string): { blocks: Block[]; meta: Metadata } {
  const tokens = scanMarkup(html, { keepRaw: new Set(["script", "title"]) });
  const blocks: Block[] = [];
  const meta: Metadata = { metas: new Map(), jsonLd: [], titleTag: null, firstH1: null, timeValue: null, canonical: null, language: null };
  const stack: Open[] = [{ name: "#root", boilerplate: false, main: false, link: false }];
  let buffer = "";
  let tag = "p";
  let counts = { chars: 0, linkChars: 0, boilerChars: 0, mainChars: 0 };
  let raw: { name: string; type: string } | null = null;
  let h1Open = false;
  let h1Text = "";

  const flush = (): void => {
    const text = tidyText(buffer);
    if (text) blocks.push({ text, tag, ...counts, chars: Math.max(counts.chars, 1) });
    buffer = "";
    counts = { chars: 0, linkChars: 0, boilerChars: 0, mainChars: 0 };
  };

  for (const token of tokens) {
    if (token.kind === "text") {
      if (raw) {
        if (raw.name === "title" && meta.titleTag === null) meta.titleTag = tidyText(decodeEntities(token.text));
        if (raw.name === "script" && raw.type.includes("ld+json")) meta.jsonLd.push(token.text);
        continue;
      }
      const text = decodeEntities(token.text);
      const top = stack[stack.length - 1]!;
      const n = visibleLength(text);
      buffer += text;
      counts.chars += n;
      if (top.link) counts.linkChars += n;
      if (top.boilerplate) counts.boilerChars += n;
      if (top.main) counts.mainChars += n;
      if (h1Open) h1Text += text;
      continue;
    }
    const name = token.name;
    if (token.closing) {
      if (raw && raw.name === name) {
        raw = null;
        continue;
      }
      if (name === "h1" && h1Open) {
        h1Open = false;
        if (meta.firstH1 === null) meta.firstH1 = tidyText(h1Text) || null;
      }
      let depth = -1;
      for (let k = stack.length - 1; k > 0 && k >= stack.length - 40; k--) {
        if (stack[k]!.name === name) {
          depth = k;
          break;
        }
      }
      if (depth < 0) continue;
      if (BLOCK.has(name)) flush();
      stack.length = depth;
      continue;
    }
    if (name === "script" || name === "title" || name === "style") {
      raw = { name, type: (token.attributes.type ?? "").toLowerCase() };
      continue;
    }
    if (name === "meta") {
      const key = (token.attributes.property ?? token.attributes.name ?? token.attributes.itemprop ?? "").toLowerCase();
      const content = token.attributes.content;
      if (key && content !== undefined && !meta.metas.has(key)) meta.metas.set(key, content.trim());
      continue;
    }
    if (name === "link") {
      if ((token.attributes.rel ?? "").toLowerCase().split(/\s+/).includes("canonical") && token.attributes.href) meta.canonical ??= token.attributes.href;
      continue;
    }
    if (name === "html" && token.attributes.lang) meta.language ??= token.attributes.lang;
    if (name === "time" && meta.timeValue === null) {
      const value = token.attributes.datetime ?? token.attributes.content;
      if (value) meta.timeValue = value;
    }
    if (name === "br") {
      buffer += "\n";
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      tag = name;
      // An open <p> ends where another block starts (HTML's implied end tag).
      if (stack[stack.length - 1]!.name === "p") stack.pop();
    }
    if (name === "h1" && meta.firstH1 === null) {
      h1Open = true;
      h1Text = "";
    }
    if (VOID.has(name) || token.selfClosing) continue;
    const parent = stack[stack.length - 1]!;
    const names = classOf(token);
    const main = parent.main || name === "article" || name === "main" || (token.attributes.itemprop ?? "").toLowerCase() === "articlebody" || MAIN_NAME.test(names);
    const boilerplate = parent.boilerplate || BOILERPLATE_TAGS.has(name) || (!MAIN_NAME.test(names) && BOILERPLATE_NAME.test(names)) || token.attributes.hidden !== undefined;
    stack.push({ name, main, boilerplate, link: parent.link || name === "a" });
  }
  flush();
  return { blocks, meta };
}

type Quality = "good" | "short" | "bad";

function classify(block: Block): Quality {
  if (block.boilerChars * 2 > block.chars) return "bad";
  const linkDensity = block.linkChars / block.chars;
  if (linkDensity > 0.4) return "bad";
  const words = block.text.split(/\s+/).length;
  const sentenceLike = /[.!?؟،,:؛]/.test(block.text);
  if (linkDensity < 0.25 && ((block.chars >= 70 && words >= 10) || (block.chars >= 40 && words >= 6 && sentenceLike))) return "good";
  return "short";
}

/** The article's blocks: good ones, plus short ones and subheadings that sit between good ones. */
function mainText(blocks: readonly Block[], title: string | null): string {
  const quality = blocks.map(classify);
  const inMain = blocks.map((b) => b.mainChars * 2 > b.chars);
  const mainGood = blocks.some((_, i) => quality[i] === "good" && inMain[i]);
  const candidates = blocks.map((_, i) => !mainGood || inMain[i]);
  const isGood = (i: number): boolean => candidates[i] === true && quality[i] === "good";
  const nearestGood = (from: number, step: 1 | -1, reach: number): boolean => {
    for (let k = 1; k <= reach; k++) {
      const j = from + k * step;
      if (j < 0 || j >= blocks.length) return false;
      if (isGood(j)) return true;
      if (quality[j] === "bad") return false;
    }
    return false;
  };
  const titleKey = title ? title.replace(/\s+/g, " ").trim() : null;
  const kept: string[] = [];
  blocks.forEach((block, i) => {
    if (!candidates[i] || quality[i] === "bad") return;
    if (titleKey && block.text.replace(/\s+/g, " ").trim() === titleKey) return;
    if (block.tag === "h1") return;
    if (quality[i] === "good" || (nearestGood(i, -1, 2) && nearestGood(i, 1, 2))) kept.push(block.text);
  });
  if (!kept.length) {
    // A page of short blocks only (a brief, a fragment): its readable, non-boilerplate text is the article.
    blocks.forEach((block, i) => {
      if (quality[i] !== "bad" && block.tag !== "h1" && block.text.replace(/\s+/g, " ").trim() !== titleKey) kept.push(block.text);
    });
  }
  return kept.join("\n");
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
}

function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const found: JsonLdArticle = {};
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(record["@type"] ?? []).map(String).join(" ");
    if (/Article|Posting|Report|WebPage/i.test(type)) {
      if (typeof record.datePublished === "string") found.datePublished ??= record.datePublished;
      if (typeof record.headline === "string") found.headline ??= record.headline;
      if (typeof record.url === "string" && /Article|Posting|Report/.test(type)) found.url ??= record.url;
      const publisher = record.publisher as Record<string, unknown> | undefined;
      if (publisher && typeof publisher.name === "string") found.publisher ??= publisher.name;
    }
    if (record["@graph"]) visit(record["@graph"], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.trim()), 0);
    } catch {
      // A broken JSON-LD block is common and harmless: the other metadata still applies.
    }
  }
  return found;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Main text, title, publication date, canonical URL and site name of an HTML page. */
export function extractPage(html: string, pageUrl: string | null = null): ExtractedPage {
  const { blocks, meta } = readPage(html);
  const m = meta.metas;
  const ld = readJsonLd(meta.jsonLd);
  const clean = (value: string | null | undefined): string | null => (value ? tidyText(decodeEntities(value)) || null : null);
  const site = clean(m.get("og:site_name") ?? ld.publisher ?? m.get("application-name"));
  let title = clean(m.get("og:title") ?? m.get("twitter:title") ?? ld.headline ?? m.get("title") ?? meta.firstH1);
  if (!title && meta.titleTag) {
    // "<headline> | <site>" or "<headline> - <site>": drop the site part.
    const parts = meta.titleTag.split(/\s[|\-–—]\s/);
    title = parts.length > 1 ? (parts.sort((a, b) => b.length - a.length)[0] ?? meta.titleTag) : meta.titleTag;
  }
  const dateCandidates = [
    m.get("article:published_time"),
    m.get("og:article:published_time"),
    ld.datePublished,
    m.get("datepublished"),
    m.get("publishdate"),
    m.get("pubdate"),
    m.get("publish-date"),
    m.get("parsely-pub-date"),
    m.get("sailthru.date"),
    m.get("dc.date.issued"),
    m.get("dcterms.issued"),
    m.get("dc.date"),
    m.get("dcterms.created"),
    m.get("date"),
    meta.timeValue,
  ];
  let published: string | null = null;
  for (const candidate of dateCandidates) {
    published = parsePublished(candidate);
    if (published) break;
  }
  const url = absolute(meta.canonical ?? m.get("og:url") ?? ld.url, pageUrl) ?? absolute(pageUrl, null);
  let source = site;
  if (!source && url) source = new URL(url).hostname.replace(/^www\./, "");
  return { title, text: mainText(blocks, title), published, url, source, language: meta.language };
}

/** All readable text of an HTML fragment (a feed item's description), one line per block. */
export function fragmentText(html: string): string {
  const { blocks } = readPage(html);
  return blocks.map((b) => b.text).join("\n");
}
