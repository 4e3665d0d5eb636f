// Snippets are cut from the ORIGINAL text; highlights are ranges into it, so the UI never has to re-find
// a normalized or stemmed form in what the reader sees.
import type { Mark, Snippet } from "./types.ts";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** `text` escaped for HTML with each mark (relative offsets, sorted, disjoint) wrapped in <mark>. */
export function markHtml(text: string, marks: readonly Mark[]): string {
  let out = "";
  let at = 0;
  for (const mark of marks) {
    out += escapeHtml(text.slice(at, mark.start)) + "<mark>" + escapeHtml(text.slice(mark.start, mark.end)) + "</mark>";
    at = mark.end;
  }
  return out + escapeHtml(text.slice(at));
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut to a nearby space (within `reach`), never inside a surrogate pair. */
function snapCut(text: string, at: number, min: number, max: number, direction: -1 | 1, reach = 30): number {
  for (let i = 0; i <= reach; i++) {
    const position = at + i * direction;
    if (position <= min || position >= max) break;
    if (isSpace(text[position - 1]) || isSpace(text[position])) return position;
  }
  let position = Math.min(Math.max(at, min), max);
  if (position > min && position < max && isLowSurrogate(text.charCodeAt(position))) position--;
  return position;
}

function makeSnippet(text: string, start: number, end: number, spans: readonly Mark[]): Snippet {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  const marks = spans
    .filter((s) => s.start < end && s.end > start)
    .map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
  const slice = text.slice(start, end);
  return { start, end, text: slice, marks, html: markHtml(slice, marks) };
}

/**
 * Up to `max` snippets: the sentences with the most highlighted spans, in text order, each cut to about
 * `width` characters around its first highlight. With no highlight, the opening of the text.
 */
export function buildSnippets(
  text: string,
  sentences: readonly { start: number; end: number }[],
  spans: readonly Mark[],
  max = 2,
  width = 280,
): Snippet[] {
  if (!text.length) return [];
  const units = sentences.length ? sentences : [{ start: 0, end: text.length }];
  if (!spans.length) {
    const first = units[0]!;
    const end = first.end - first.start > width ? snapCut(text, first.start + width, first.start, first.end, -1) : first.end;
    return [makeSnippet(text, first.start, end, [])];
  }
  const scored = units
    .map((unit, index) => ({ unit, index, hits: spans.filter((s) => s.start < unit.end && s.end > unit.start) }))
    .filter((s) => s.hits.length)
    .sort((a, b) => b.hits.length - a.hits.length || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  if (!scored.length) return buildSnippets(text, [{ start: 0, end: text.length }], spans, max, width);
  return scored.map(({ unit, hits }) => {
    if (unit.end - unit.start <= width) return makeSnippet(text, unit.start, unit.end, hits);
    const lead = Math.floor(width / 3);
    let start = Math.max(unit.start, hits[0]!.start - lead);
    start = start === unit.start ? start : snapCut(text, start, unit.start, unit.end, 1);
    let end = Math.min(unit.end, start + width);
    end = end === unit.end ? end : snapCut(text, end, start, unit.end, -1);
    return makeSnippet(text, start, end, hits);
  });
}
