// A tolerant tag scanner for HTML and feed XML: real pages are tag soup, so nothing here assumes
// well-formed markup. Scanning is linear; regexes are anchored at a position (sticky) and never nest
// unbounded quantifiers.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", laquo: "«", raquo: "»", hellip: "…",
  mdash: "—", ndash: "–", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„",
  zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", shy: "\u00ad", copy: "©", reg: "®",
  trade: "™", middot: "·", bull: "•", deg: "°", times: "×", divide: "÷", euro: "€", pound: "£",
  thinsp: "\u2009", ensp: "\u2002", emsp: "\u2003", minus: "−", prime: "′", frac12: "½",
};

const ENTITY_RE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY_RE, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    const named = NAMED[body] ?? NAMED[body.toLowerCase()];
    return named ?? whole;
  });
}

export interface TagToken {
  kind: "tag";
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Record<string, string>;
}

export interface TextToken {
  kind: "text";
  /** Raw text (entities not yet decoded). */
  text: string;
}

export type MarkupToken = TagToken | TextToken;

const TAG_NAME_RE = /([a-zA-Z][a-zA-Z0-9:_-]*)/y;
const ATTRIBUTE_RE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Elements whose content is not markup: skipped up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "svg", "math"]);

export interface ScanOptions {
  /** Keep the raw text of these raw-text elements as a text token (e.g. JSON-LD scripts, <title>). */
  keepRaw?: ReadonlySet<string>;
}

/** Splits markup into tags and text. Comments, doctypes and processing instructions are dropped. */
export function scanMarkup(input: string, options: ScanOptions = {}): MarkupToken[] {
  const out: MarkupToken[] = [];
  let i = 0;
  const length = input.length;
  while (i < length) {
    const lt = input.indexOf("<", i);
    if (lt < 0) {
      out.push({ kind: "text", text: input.slice(i) });
      break;
    }
    if (lt > i) out.push({ kind: "text", text: input.slice(i, lt) });
    if (input.startsWith("<!--", lt)) {
      const end = input.indexOf("-->", lt + 4);
      i = end < 0 ? length : end + 3;
      continue;
    }
    if (input.startsWith("<![CDATA[", lt)) {
      const end = input.indexOf("]]>", lt + 9);
      // CDATA content is literal text: escape it so that later entity decoding leaves it unchanged.
      const literal = input.slice(lt + 9, end < 0 ? length : end);
      out.push({ kind: "text", text: literal.replace(/&/g, "&amp;") });
      i = end < 0 ? length : end + 3;
      continue;
    }
    if (input[lt + 1] === "!" || input[lt + 1] === "?") {
      const end = input.indexOf(">", lt + 2);
      i = end < 0 ? length : end + 1;
      continue;
    }
    const closing = input[lt + 1] === "/";
    TAG_NAME_RE.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = TAG_NAME_RE.exec(input);
    if (!nameMatch) {
      out.push({ kind: "text", text: "&lt;" });
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let at = TAG_NAME_RE.lastIndex;
    const attributes: Record<string, string> = {};
    while (at < length) {
      ATTRIBUTE_RE.lastIndex = at;
      const m = ATTRIBUTE_RE.exec(input);
      if (!m || m.index !== at || m[0].length === 0) break;
      const attribute = m[1]!.toLowerCase();
      if (!(attribute in attributes)) attributes[attribute] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
      at = ATTRIBUTE_RE.lastIndex;
    }
    const gt = input.indexOf(">", at);
    const end = gt < 0 ? length : gt + 1;
    const selfClosing = gt > 0 && input[gt - 1] === "/";
    out.push({ kind: "tag", name, closing, selfClosing, attributes });
    i = end;
    if (!closing && !selfClosing && RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}\\s*>`, "ig");
      closeRe.lastIndex = i;
      const close = closeRe.exec(input);
      const rawEnd = close ? close.index : length;
      if (options.keepRaw?.has(name)) out.push({ kind: "text", text: input.slice(i, rawEnd) });
      out.push({ kind: "tag", name, closing: true, selfClosing: false, attributes: {} });
      i = close ? close.index + close[0].length : length;
    }
  }
  return out;
}

/** Collapses runs of spaces and tabs; keeps at most one blank line. */
export function tidyText(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .replace(/ *\r?\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
