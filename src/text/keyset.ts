/**
 * A set of keys hashed by their characters. Set.has on a freshly sliced string costs a lookup in V8's
 * string table; this costs a short loop. Queries during segmentation are all fresh slices.
 */
export class KeySet {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;
  constructor(keys: Iterable<string>) {
    const list = [...new Set(keys)];
    let capacity = 16;
    while (capacity < list.length * 2) capacity *= 2;
    this.slots = new Array(capacity);
    this.mask = capacity - 1;
    for (const key of list) {
      let slot = hashOf(key) & this.mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.slots[slot] = key;
    }
  }
  has(key: string): boolean {
    let slot = hashOf(key) & this.mask;
    for (let entry = this.slots[slot]; entry !== undefined; entry = this.slots[slot]) {
      if (entry === key) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

function hashOf(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Keys with bit flags (which lists hold them), hashed by their characters like KeySet; one probe answers
 * for every list, and a key can be looked up where it stands inside a longer string (no slice), optionally
 * followed by one more character.
 */
export class KeyFlags {
  private readonly keys: (string | undefined)[];
  private readonly flags: Int32Array;
  private readonly mask: number;
  constructor(entries: Iterable<readonly [string, number]>) {
    const merged = new Map<string, number>();
    for (const [key, flag] of entries) merged.set(key, (merged.get(key) ?? 0) | flag);
    let capacity = 16;
    while (capacity < merged.size * 2) capacity *= 2;
    this.keys = new Array(capacity);
    this.flags = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (const [key, flag] of merged) {
      let slot = hashOf(key) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.flags[slot] = flag;
    }
  }
  /** The flags of `key` (0 when absent). */
  get(key: string): number {
    return this.getIn(key, 0, key.length, -1);
  }
  /** The flags of text[start, end) followed by the character `extra` (none when -1). */
  getIn(text: string, start: number, end: number, extra: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    if (extra >= 0) h = Math.imul(h ^ extra, 0x01000193);
    const length = end - start + (extra >= 0 ? 1 : 0);
    let slot = h & this.mask;
    for (let entry = this.keys[slot]; entry !== undefined; entry = this.keys[slot]) {
      if (entry.length === length && matches(entry, text, start, end, extra)) return this.flags[slot]!;
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }
}

function matches(entry: string, text: string, start: number, end: number, extra: number): boolean {
  for (let i = start; i < end; i++) if (entry.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return extra < 0 || entry.charCodeAt(end - start) === extra;
}
