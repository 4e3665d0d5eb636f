import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";

interface InputSpan {
  start: number;
  end: number;
  rank?: number;
  id?: number;
}
interface SpanNode {
  start: number;
  end: number;
  span: InputSpan | null;
  part: boolean;
  children: SpanNode[];
}
interface Piece {
  start: number;
  end: number;
  path: InputSpan[];
}
interface SpansModule {
  nestSpans(length: number, spans: InputSpan[]): SpanNode;
  pieces(root: SpanNode): Piece[];
  BIDI_CONTROLS: RegExp;
}

// The browser module is plain JavaScript; it is loaded by URL so the type checker does not need its types.
const spansUrl = new URL("../web/js/spans.js", import.meta.url).href;
const { nestSpans, pieces, BIDI_CONTROLS } = (await import(spansUrl)) as SpansModule;

function check(root: SpanNode): void {
  assert.ok(root.children.every((c) => c.start >= root.start && c.end <= root.end && c.start < c.end));
  for (let i = 1; i < root.children.length; i++) assert.ok(root.children[i - 1]!.end <= root.children[i]!.start, "siblings overlap");
  root.children.forEach(check);
}

test("nested and disjoint spans keep their shape", () => {
  const text = "وقال الأمير فيصل بن فرحان";
  const root = nestSpans(text.length, [
    { start: 5, end: 25, id: 1 },
    { start: 12, end: 16, id: 2 },
    { start: 0, end: 4, id: 3 },
  ]);
  assert.deepEqual(root.children.map((c) => [c.start, c.end]), [[0, 4], [5, 25]]);
  assert.deepEqual(root.children[1]!.children.map((c) => c.span?.id), [2]);
  assert.deepEqual(
    pieces(root).map((p) => [text.slice(p.start, p.end), p.path.map((s) => s.id)]),
    [["وقال", [3]], [" ", []], ["الأمير ", [1]], ["فيصل", [1, 2]], [" بن فرحان", [1]]],
  );
});

test("a span crossing another is split at the boundary, and both parts are kept", () => {
  const root = nestSpans(20, [
    { start: 2, end: 10, id: 1 },
    { start: 6, end: 14, id: 2 },
  ]);
  check(root);
  const cover = pieces(root).map((p) => [p.start, p.end, p.path.map((s) => s.id)]);
  assert.deepEqual(cover, [[0, 2, []], [2, 6, [1]], [6, 10, [1, 2]], [10, 14, [2]], [14, 20, []]]);
  assert.equal(root.children[1]!.part, true);
});

test("invalid spans are dropped instead of breaking the text", () => {
  const root = nestSpans(5, [
    { start: -1, end: 2 },
    { start: 3, end: 9 },
    { start: 2, end: 2 },
    { start: 1.5, end: 3 },
    { start: 4, end: 3 },
    { start: 0, end: 5, rank: 0 },
  ]);
  assert.equal(root.children.length, 1);
  assert.deepEqual(pieces(root).map((p) => [p.start, p.end]), [[0, 5]]);
});

test("same extent: the lower rank is outer", () => {
  const root = nestSpans(10, [
    { start: 1, end: 4, rank: 2, id: 9 },
    { start: 1, end: 4, rank: 1, id: 8 },
  ]);
  assert.equal(root.children[0]!.span?.id, 8);
  assert.equal(root.children[0]!.children[0]!.span?.id, 9);
});

test("property: pieces tile the text, and each piece lies in exactly the spans that cover it", () => {
  const spanArb = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 25 }), rank: fc.integer({ min: 0, max: 2 }) });
  fc.assert(
    fc.property(fc.array(spanArb, { maxLength: 25 }), (raw) => {
      const length = 70;
      const spans = raw.map((r, id) => ({ start: r.start, end: Math.min(length, r.start + r.length), rank: r.rank, id }));
      const root = nestSpans(length, spans);
      check(root);
      const list = pieces(root);
      let cursor = 0;
      for (const piece of list) {
        assert.equal(piece.start, cursor);
        assert.ok(piece.end > piece.start);
        cursor = piece.end;
        const covering = spans.filter((s) => s.start <= piece.start && piece.end <= s.end).map((s) => s.id).sort((a, b) => a - b);
        assert.deepEqual(piece.path.map((s) => s.id!).sort((a, b) => a - b), covering);
      }
      assert.equal(cursor, length);
    }),
    { numRuns: 300 },
  );
});

test("the bidi control pattern catches embeddings, overrides and isolates but not marks", () => {
  const found = "a\u202Eb\u2067c\u200Fd\u202Ce\u061C".match(BIDI_CONTROLS) ?? [];
  assert.deepEqual(found, ["\u202E", "\u2067", "\u202C"]);
});
