// The Arabic word lexicon behind clitic segmentation: the Ayaspell word list as packaged by @cspell/dict-ar
// (LGPL-3.0). It is read at run time from the installed package, never copied into this repository.
// The package stores a compressed trie (cspell "TrieXv3" text format, documented in cspell-trie-lib's
// README); this module reads that format into typed arrays of node records (about 7 MB for 171k nodes and
// 1.3M edges) and answers membership questions on word forms. Loaded lazily, once.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { normalizeKey } from "./normalize.ts";

/**
 * Membership test on a word form: harakat, tatweel and controls dropped but hamza, ة and ى kept (see
 * clitics.ts). Matching is lenient only where news spelling drops a distinction (a written ا matches
 * أ إ آ, a written ي matches ى); anything written explicitly must match as written, so the pronoun in
 * كتابه is not taken for the ة of كتابة, nor the hamza of أكد for a bare alef.
 * `plainAlefFirst` rejects a hamzated first alef in the lexicon (ال is the article, إل is not).
 */
export interface Lexicon {
  has(form: string, plainAlefFirst?: boolean): boolean;
  /** has(prefix + form + suffix) without building the string. */
  hasJoined(prefix: string, form: string, suffix: string, plainAlefFirst?: boolean): boolean;
  readonly nodes: number;
  readonly edges: number;
  readonly loadMs: number;
  readonly bytes: number;
}

const ROOT = 0;
const END = 1; // the shared end-of-word leaf
const EPSILON = 0; // normalized char code of an edge the key does not see (harakat, tatweel, controls)
const PLAIN_ALEF = 0x0627;
const YEH = 0x064a;

class Growable {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Normalized code of one character: 0 when normalization drops it. */
function keyCode(code: number): number {
  const key = normalizeKey(String.fromCharCode(code));
  return key.length === 0 ? EPSILON : key.charCodeAt(0);
}

let keyCodes: Uint16Array | undefined;
function keyCodeOf(code: number): number {
  if (!keyCodes) {
    keyCodes = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) keyCodes[c] = keyCode(c);
  }
  return keyCodes[code]!;
}

/**
 * Reads the TrieXv3 text format: a depth-first stream of characters where `$` ends a word (and steps back
 * one level), `<` or a digit 2–9 after it steps back, `#n;` links the current edge to node n (base `radix`,
 * numbered in creation order) and `\` escapes the next character.
 */
export function readTrieV3(source: string): Lexicon {
  const started = performance.now();
  const header = /TrieXv3\s+base=(\d+)/.exec(source.slice(0, 200));
  const dataAt = source.indexOf("__DATA__");
  if (!header || dataAt < 0) throw new Error("not a TrieXv3 file");
  const radix = Number(header[1]);

  const firstEdge = new Growable(1 << 20); // per node: first edge index, -1 when none
  const final = new Growable(1 << 20); // per node: 1 when a word ends here
  const edgeChar = new Growable(1 << 20);
  const edgeTarget = new Growable(1 << 20);
  const edgeNext = new Growable(1 << 20);
  firstEdge.push(-1);
  final.push(0);
  firstEdge.push(-1);
  final.push(1);

  // The creation-order list that `#n;` references index (entries are popped when a node is replaced).
  const created = new Growable(1 << 20);
  created.push(ROOT);
  created.push(END);
  // stackParent[d] / stackEdge[d]: the edge by which the node at depth d was reached.
  const stackParent: number[] = [ROOT];
  const stackEdge: number[] = [-1];
  let depth = 0;
  let current = ROOT;

  const newNode = (): number => {
    firstEdge.push(-1);
    return final.push(0);
  };
  const insert = (code: number): void => {
    if (current === END) {
      // A word end that gains children becomes a node of its own.
      current = newNode();
      final.data[current] = 1;
      edgeTarget.data[stackEdge[depth]!] = current;
      created.push(current);
    }
    let edge = firstEdge.data[current]!;
    while (edge >= 0 && edgeChar.data[edge] !== code) edge = edgeNext.data[edge]!;
    let child: number;
    if (edge < 0) {
      child = newNode();
      edge = edgeChar.push(code);
      edgeTarget.push(child);
      edgeNext.push(firstEdge.data[current]!);
      firstEdge.data[current] = edge;
    } else child = edgeTarget.data[edge]!;
    created.push(child);
    depth++;
    stackParent[depth] = current;
    stackEdge[depth] = edge;
    current = child;
  };
  const markEnd = (): void => {
    if (firstEdge.data[current] === -1) {
      edgeTarget.data[stackEdge[depth]!] = END;
      if (created.data[created.length - 1] === current) created.length--;
      current = END;
    } else final.data[current] = 1;
  };
  const back = (steps: number): void => {
    depth = Math.max(0, depth - steps);
    current = stackParent[depth + 1]!;
  };

  let backMode = false;
  for (let i = dataAt + 8; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) continue;
    if (backMode) {
      if (c === 0x3c) {
        back(1);
        continue;
      }
      if (c >= 0x32 && c <= 0x39) {
        back(c - 0x30 - 1);
        continue;
      }
      backMode = false;
    }
    if (c === 0x24) {
      markEnd();
      back(1);
      backMode = true;
    } else if (c === 0x3c) {
      back(1);
      backMode = true;
    } else if (c === 0x23) {
      const close = source.indexOf(";", i);
      const id = parseInt(source.slice(i + 1, close), radix) + 1;
      edgeTarget.data[stackEdge[depth]!] = created.data[id]!;
      created.length--;
      i = close;
    } else if (c === 0x5c) {
      i++;
      insert(source.charCodeAt(i));
    } else insert(c);
  }

  // Freeze into one array of nodes and one of edges, laid out for memory locality: nodes numbered in
  // depth-first order (a walk moves to nearby memory), each node's edges contiguous and sorted by
  // normalized character with the ignorable ones (0) first, so a lookup crosses those and stops as soon
  // as it passes the character it wants. Only reachable nodes are kept.
  //   nodes[n] = (first edge << 1) | 1 when a word ends at n; the edges of n end where those of n + 1 start
  //   edges[2e] = (normalized char << 16) | char, edges[2e + 1] = target node
  const nodeCount = final.length;
  const renumber = new Int32Array(nodeCount).fill(-1);
  const order: number[] = [];
  const pending: number[] = [END, ROOT];
  const sortedEdges = (node: number): number[] => {
    const list: number[] = [];
    for (let e = firstEdge.data[node]!; e >= 0; e = edgeNext.data[e]!) list.push(e);
    return list.sort((a, b) => keyCodeOf(edgeChar.data[a]!) - keyCodeOf(edgeChar.data[b]!) || edgeChar.data[a]! - edgeChar.data[b]!);
  };
  while (pending.length) {
    const node = pending.pop()!;
    if (renumber[node] !== -1) continue;
    renumber[node] = order.length;
    order.push(node);
    const list = sortedEdges(node);
    for (let i = list.length - 1; i >= 0; i--) {
      const next = edgeTarget.data[list[i]!]!;
      if (renumber[next] === -1) pending.push(next);
    }
  }
  const nodes = new Int32Array(order.length + 1);
  let edgeCount = 0;
  for (const node of order) for (let e = firstEdge.data[node]!; e >= 0; e = edgeNext.data[e]!) edgeCount++;
  const edges = new Int32Array(edgeCount * 2);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    nodes[k] = (at << 1) | final.data[order[k]!]!;
    for (const e of sortedEdges(order[k]!)) {
      const raw = edgeChar.data[e]!;
      edges[2 * at] = (keyCodeOf(raw) << 16) | raw;
      edges[2 * at + 1] = renumber[edgeTarget.data[e]!]!;
      at++;
    }
  }
  nodes[order.length] = at << 1;
  const trie = compactTrie(nodes, edges, renumber[ROOT]!);
  return makeLexicon(trie, order.length, edgeCount, performance.now() - started);
}

// The walk reads a compact form of that trie: one Int32Array of node records, a node being the offset of
// its record, so that a step reads one or two neighbouring cache lines:
//   [0] a mask of the plain Arabic letters U+0621–U+064A (tatweel excepted) it has edges for, bits 0–31
//   [1] the mask's bits 32–41, FINAL when a word ends here, and the count of its other edges (harakat,
//       tatweel, digits, other scripts) from OTHERS_SHIFT up
//   [2] when it has other edges, where they start in `others` (pairs of packed character and target)
//   then the targets of its letter edges in letter order: a step is a bit test and a population count.
// Other edges keep the normalized order of the scan (ignorable ones first).
const FIRST_LETTER = 0x0621;
const LETTERS = 0x064a - FIRST_LETTER + 1;
const HIGH_LETTERS = 0x3ff;
const FINAL = 1 << 10;
const OTHERS_SHIFT = 11;

interface CompactTrie {
  records: Int32Array;
  others: Int32Array;
  root: number;
}

function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function isPlainLetter(raw: number): boolean {
  return raw >= FIRST_LETTER && raw < FIRST_LETTER + LETTERS && keyCodeOf(raw) !== EPSILON;
}

/** Node records from the frozen arrays (nodes[n] = first edge << 1 | final; edges = packed char, target). */
function compactTrie(nodes: Int32Array, edges: Int32Array, root: number): CompactTrie {
  const count = nodes.length - 1;
  const offsets = new Int32Array(count);
  let size = 0;
  let otherCount = 0;
  for (let node = 0; node < count; node++) {
    let others = 0;
    let letters = 0;
    for (let e = nodes[node]! >> 1, stop = nodes[node + 1]! >> 1; e < stop; e++) {
      if (isPlainLetter(edges[2 * e]! & 0xffff)) letters++;
      else others++;
    }
    offsets[node] = size;
    size += 2 + (others > 0 ? 1 : 0) + letters;
    otherCount += others;
  }
  const records = new Int32Array(size);
  const others = new Int32Array(otherCount * 2);
  let otherAt = 0;
  // Targets of a node's letter edges by letter, gathered then written out in letter order (no sort).
  const byLetter = new Int32Array(LETTERS);
  for (let node = 0; node < count; node++) {
    const at = offsets[node]!;
    const otherStart = otherAt;
    let low = 0;
    let high = 0;
    for (let e = nodes[node]! >> 1, stop = nodes[node + 1]! >> 1; e < stop; e++) {
      const packed = edges[2 * e]!;
      if (isPlainLetter(packed & 0xffff)) {
        const bit = (packed & 0xffff) - FIRST_LETTER;
        byLetter[bit] = offsets[edges[2 * e + 1]!]!;
        if (bit < 32) low |= 1 << bit;
        else high |= 1 << (bit - 32);
      } else {
        others[2 * otherAt] = packed;
        others[2 * otherAt + 1] = offsets[edges[2 * e + 1]!]!;
        otherAt++;
      }
    }
    const otherEdges = otherAt - otherStart;
    records[at] = low;
    records[at + 1] = high | ((nodes[node]! & 1) === 1 ? FINAL : 0) | (otherEdges << OTHERS_SHIFT);
    let next = at + 2;
    if (otherEdges > 0) records[next++] = otherStart;
    for (let bit = 0; bit < LETTERS; bit++) {
      if ((bit < 32 ? low >>> bit : high >>> (bit - 32)) & 1) records[next++] = byLetter[bit]!;
    }
  }
  return { records, others, root: offsets[root]! };
}

/** The letters a written letter stands for when it is one of the lenient ones (ا, ي): same key code. */
function lenientLetters(written: number): number[] {
  const letters: number[] = [written];
  for (let raw = FIRST_LETTER; raw < FIRST_LETTER + LETTERS; raw++) if (raw !== written && keyCodeOf(raw) === keyCodeOf(written)) letters.push(raw);
  return letters;
}
const PLAIN_ALEF_ONLY = [PLAIN_ALEF];
const NONE: number[] = [];

function makeLexicon(trie: CompactTrie, nodeCount: number, edgeCount: number, loadMs: number): Lexicon {
  // Depth-first walk: several lexicon characters share one key character (أ إ آ ا → ا, ة ه → ه, ى ي → ي)
  // and harakat edges are crossed without reading the key.
  // The word being looked up, as written, in a reusable buffer (no string is built).
  const { records, others, root } = trie;
  const alefLetters = lenientLetters(PLAIN_ALEF);
  const yehLetters = lenientLetters(YEH);
  let written = new Uint16Array(64);
  let length = 0;
  let plainFirst = false;
  const load = (prefix: string, form: string, suffix: string): void => {
    length = prefix.length + form.length + suffix.length;
    if (length > written.length) written = new Uint16Array(length * 2);
    let at = 0;
    for (let i = 0; i < prefix.length; i++) written[at++] = prefix.charCodeAt(i);
    for (let i = 0; i < form.length; i++) written[at++] = form.charCodeAt(i);
    for (let i = 0; i < suffix.length; i++) written[at++] = suffix.charCodeAt(i);
  };
  /** The node an edge of `node` for the plain letter `letter` leads to, or -1. */
  const child = (node: number, letter: number): number => {
    const bit = letter - FIRST_LETTER;
    if (bit < 0 || bit >= LETTERS) return -1;
    const low = records[node]!;
    const high = records[node + 1]!;
    let before: number;
    if (bit < 32) {
      if ((low & (1 << bit)) === 0) return -1;
      before = bitCount(low & ~(-1 << bit));
    } else {
      if ((high & (1 << (bit - 32))) === 0) return -1;
      before = bitCount(low) + bitCount(high & HIGH_LETTERS & ~(-1 << (bit - 32)));
    }
    return records[node + (high >>> OTHERS_SHIFT === 0 ? 2 : 3) + before]!;
  };
  const walk = (start: number, from: number): boolean => {
    // Locals rather than the closure's variables in the loop: the engine reloads those on every use.
    const word = written;
    const end = length;
    const plainAt = plainFirst ? 0 : -1;
    let node = start;
    for (let at = from; ; at++) {
      const high = records[node + 1]!;
      const otherEdges = high >>> OTHERS_SHIFT;
      if (at === end) return (high & FINAL) !== 0 || (otherEdges !== 0 && scanOthers(node, at, otherEdges));
      if (otherEdges !== 0 && scanOthers(node, at, otherEdges)) return true;
      const letter = word[at]!;
      // A plain alef may stand for any alef and ي for ى; at the start, `plainFirst` admits only ا.
      if (letter === PLAIN_ALEF || letter === YEH) {
        const letters = at === plainAt ? (letter === PLAIN_ALEF ? PLAIN_ALEF_ONLY : NONE) : letter === PLAIN_ALEF ? alefLetters : yehLetters;
        for (const candidate of letters) {
          const next = child(node, candidate);
          if (next >= 0 && walk(next, at + 1)) return true;
        }
        return false;
      }
      if (at === plainAt) return false;
      node = child(node, letter);
      if (node < 0) return false;
    }
  };
  /** The edges of a node that are not plain letters: harakat crossed freely, others matched by key. */
  const scanOthers = (node: number, at: number, count: number): boolean => {
    const writtenCode = at < length ? written[at]! : -1;
    const want = at < length ? keyCodeOf(writtenCode) : -1;
    for (let e = records[node + 2]!, stop = e + count; e < stop; e++) {
      const packed = others[2 * e]!;
      const code = packed >>> 16;
      if (code === EPSILON) {
        if (walk(others[2 * e + 1]!, at)) return true;
      } else if (code === want) {
        const raw = packed & 0xffff;
        if (raw !== writtenCode && writtenCode !== PLAIN_ALEF && writtenCode !== YEH) continue;
        if (plainFirst && at === 0 && raw !== PLAIN_ALEF) continue;
        if (walk(others[2 * e + 1]!, at + 1)) return true;
      } else if (code > want) break;
    }
    return false;
  };
  const hasJoined = (prefix: string, form: string, suffix: string, plainAlefFirst = false): boolean => {
    load(prefix, form, suffix);
    plainFirst = plainAlefFirst;
    return length > 0 && walk(root, 0);
  };
  return {
    has: (form, plainAlefFirst = false) => hasJoined("", form, "", plainAlefFirst),
    hasJoined,
    nodes: nodeCount,
    edges: edgeCount,
    loadMs,
    bytes: records.byteLength + others.byteLength,
  };
}

const EMPTY: Lexicon = { has: () => false, hasJoined: () => false, nodes: 0, edges: 0, loadMs: 0, bytes: 0 };
let loaded: Lexicon | undefined;

/** Where the installed @cspell/dict-ar keeps its trie, or null when the package is not installed. */
export function lexiconPath(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve("@cspell/dict-ar/cspell-ext.json")), "ar.trie.gz");
  } catch {
    return null;
  }
}

/**
 * The Arabic lexicon, read once on first use (about half a second of CPU). Without the package the
 * segmenter still runs on the word lists in data/text, only less sure of unknown stems.
 */
export function arabicLexicon(): Lexicon {
  if (loaded) return loaded;
  const path = lexiconPath();
  try {
    loaded = path ? readTrieV3(gunzipSync(readFileSync(path)).toString("utf8")) : EMPTY;
  } catch {
    loaded = EMPTY;
  }
  return loaded;
}
