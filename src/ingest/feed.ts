// RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Items are read with the tag scanner, so a feed with a stray
// unescaped character still yields its items.
import { decodeEntities, scanMarkup, tidyText, type MarkupToken } from "./markup.ts";
import { parsePublished } from "./dates.ts";
import { fragmentText } from "./html.ts";

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  /** Full content when the feed carries it (content:encoded, Atom content), as plain text. */
  content: string | null;
  /** The summary (description, Atom summary), as plain text. */
  summary: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** True when a document looks like an RSS or Atom feed. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<rss[\s>]|<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom|<rdf:RDF[\s>]/i.test(head) || /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<feed[\s>]/i.test(head);
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Raw inner markup pieces (text tokens only, entities not decoded) and child elements. */
  text: string;
  children: Element[];
}

/** A light element tree: enough structure for feeds; unknown or unbalanced tags are tolerated. */
function parseTree(xml: string): Element {
  // Feed content is XML: no element is raw text, so scan without HTML's raw-text rules by masking them.
  const tokens: MarkupToken[] = scanMarkup(xml.replace(/<(\/?)(script|style|textarea|title|noscript|template|iframe|svg|math|xmp)([\s>/])/gi, "<$1x-$2$3"));
  const root: Element = { name: "#root", attributes: {}, text: "", children: [] };
  const stack: Element[] = [root];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.kind === "text") {
      top.text += token.text;
      continue;
    }
    const name = token.name.replace(/^x-/, "");
    if (token.closing) {
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    const element: Element = { name, attributes: token.attributes, text: "", children: [] };
    top.children.push(element);
    if (!token.selfClosing) stack.push(element);
  }
  return root;
}

function* walk(element: Element): Generator<Element> {
  for (const child of element.children) {
    yield child;
    yield* walk(child);
  }
}

const child = (element: Element, ...names: string[]): Element | undefined =>
  names.map((n) => element.children.find((c) => c.name === n)).find((c) => c !== undefined);

/** Inner text of an element: its own text plus its descendants' (escaped HTML inside stays markup). */
function innerText(element: Element | undefined): string | null {
  if (!element) return null;
  let text = element.text;
  for (const c of element.children) text += innerText(c) ?? "";
  return text;
}

function htmlValue(element: Element | undefined): string | null {
  const raw = innerText(element);
  if (raw === null) return null;
  // Feeds carry HTML either escaped (&lt;p&gt;) or in CDATA; both decode to markup here.
  const markup = element!.children.length ? raw : decodeEntities(raw);
  const text = /<[a-zA-Z/!]/.test(markup) ? fragmentText(markup) : tidyText(decodeEntities(markup));
  return text || null;
}

const plain = (element: Element | undefined): string | null => {
  const raw = innerText(element);
  return raw === null ? null : tidyText(decodeEntities(raw)) || null;
};

function atomLink(entry: Element): string | null {
  const links = entry.children.filter((c) => c.name === "link");
  const alternate = links.find((l) => !l.attributes.rel || l.attributes.rel === "alternate");
  return (alternate ?? links[0])?.attributes.href ?? null;
}

export function parseFeed(xml: string): Feed {
  const root = parseTree(xml);
  const items: FeedItem[] = [];
  let title: string | null = null;
  for (const element of walk(root)) {
    if ((element.name === "channel" || element.name === "feed") && title === null) title = plain(child(element, "title"));
    if (element.name !== "item" && element.name !== "entry") continue;
    const isAtom = element.name === "entry";
    const link = isAtom ? atomLink(element) : (plain(child(element, "link")) ?? element.attributes["rdf:about"] ?? null);
    const guid = plain(child(element, "guid", "id"));
    items.push({
      title: plain(child(element, "title")),
      link: link ?? (guid && /^https?:\/\//.test(guid) ? guid : null),
      guid,
      published: parsePublished(plain(child(element, "pubdate", "published", "dc:date", "updated", "dcterms:issued"))),
      content: htmlValue(child(element, "content:encoded", "content")),
      summary: htmlValue(child(element, "description", "summary")),
    });
  }
  return { title, items };
}
