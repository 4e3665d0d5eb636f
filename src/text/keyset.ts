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
