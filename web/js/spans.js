// Pure span logic (no DOM): turns possibly overlapping annotation spans into a properly nested tree, so the
// text can be cut into text nodes and <mark> elements without ever parsing markup.

/**
 * @typedef {{ start: number, end: number, rank?: number }} InputSpan
 * @typedef {{ start: number, end: number, span: InputSpan | null, part: boolean, children: SpanNode[] }} SpanNode
 */

/** Keeps spans with integer offsets inside [0, length) and a non-empty extent. */
export function validSpans(length, spans) {
  return spans.filter(
    (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end,
  );
}

function before(a, b) {
  return a.start - b.start || b.end - a.end || (a.span?.rank ?? 0) - (b.span?.rank ?? 0);
}

function insertSorted(queue, item, from) {
  let low = from;
  let high = queue.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(queue[mid], item) <= 0) low = mid + 1;
    else high = mid;
  }
  queue.splice(low, 0, item);
}

/**
 * Nests spans: longer (and lower-rank) spans are outer. A span that crosses the end of the span it starts in
 * is split at that end, and both pieces are kept (`part: true`), so nothing is dropped and nothing overlaps.
 * @param {number} length text length in UTF-16 code units
 * @param {InputSpan[]} spans
 * @returns {SpanNode} root covering the whole text
 */
export function nestSpans(length, spans) {
  const queue = validSpans(length, spans).map((span) => ({ start: span.start, end: span.end, span, part: false, children: [] }));
  queue.sort(before);
  const root = { start: 0, end: length, span: null, part: false, children: [] };
  const stack = [root];
  for (let index = 0; index < queue.length; index++) {
    const item = queue[index];
    while (stack.length > 1 && stack[stack.length - 1].end <= item.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (item.end > parent.end) {
      insertSorted(queue, { start: parent.end, end: item.end, span: item.span, part: true, children: [] }, index + 1);
      item.end = parent.end;
      item.part = true;
    }
    parent.children.push(item);
    stack.push(item);
  }
  return root;
}

/** Flattens a tree into text pieces: [{start, end, path: spans from outer to inner}]; for tests and plain text. */
export function pieces(root) {
  const out = [];
  const walk = (node, path) => {
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) out.push({ start: cursor, end: child.start, path });
      walk(child, [...path, child.span]);
      cursor = child.end;
    }
    if (node.end > cursor) out.push({ start: cursor, end: node.end, path });
  };
  walk(root, []);
  return out;
}

// Embedding, override and isolate controls can reorder the text around them; they are shown, not obeyed.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const BIDI_NAMES = {
  "\u202A": "LRE",
  "\u202B": "RLE",
  "\u202C": "PDF",
  "\u202D": "LRO",
  "\u202E": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
};
