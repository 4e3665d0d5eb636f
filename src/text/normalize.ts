// Normalization is a view, never an edit: it builds a match key and a map from every key character back
// to the original text. Lexicon entries go through the same function as the text (see normalizeKey).

/** Characters dropped from keys: harakat, Quranic marks, dagger alef, tatweel, zero-width and bidi controls. */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed && code !== 0x06e5 && code !== 0x06e6) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

const LETTER_MAP: Record<string, string> = {
  "آ": "ا",
  "أ": "ا",
  "إ": "ا",
  "ٱ": "ا",
  "ى": "ي",
  "ة": "ه",
  "ک": "ك",
  "ی": "ي",
  "ې": "ي",
  "ۀ": "ه",
  "ہ": "ه",
  "ھ": "ه",
};

// Single UTF-16 unit → replacement ("" = drop). Built once; covers the BMP characters we touch.
const TABLE: (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isIgnorable(code)) {
      table[code] = "";
      continue;
    }
    const ch = String.fromCharCode(code);
    if (LETTER_MAP[ch] !== undefined) table[code] = LETTER_MAP[ch];
    else if (code >= 0x0660 && code <= 0x0669) table[code] = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) table[code] = String(code - 0x06f0);
    else if (code === 0x066b) table[code] = "."; // Arabic decimal separator
    else if (code === 0x066c) table[code] = ","; // Arabic thousands separator
    else if ((code >= 0xfb00 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
      // Presentation forms and ligatures: NFKC, then the same letter mapping on the result.
      let out = "";
      for (const c of ch.normalize("NFKC")) {
        const cc = c.charCodeAt(0);
        if (isIgnorable(cc)) continue;
        out += LETTER_MAP[c] ?? c;
      }
      table[code] = out;
    } else if (code >= 0x41 && code <= 0x5a) table[code] = ch.toLowerCase();
  }
  return table;
})();

export interface NormalizedText {
  /** The match key. */
  key: string;
  /** map[i] = offset in the original of key character i; map[key.length] = end of the original. */
  map: Int32Array;
}

/** The match key of any string (lexicon entries and text alike). */
export function normalizeKey(input: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < input.length; i++) {
    const replacement = TABLE[input.charCodeAt(i)];
    if (replacement === undefined) continue;
    out += input.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}

/** Match key of `text[start, end)` together with the offset map back to the original. */
export function normalizeWithMap(text: string, start = 0, end = text.length): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    const replacement = TABLE[text.charCodeAt(i)];
    if (replacement === undefined) {
      parts.push(text[i]!);
      map.push(i);
    } else {
      for (let k = 0; k < replacement.length; k++) map.push(i);
      parts.push(replacement);
    }
  }
  map.push(end);
  return { key: parts.join(""), map: Int32Array.from(map) };
}

/** Original span covered by key characters [keyStart, keyEnd). */
export function originalSpan(normalized: NormalizedText, keyStart: number, keyEnd: number): { start: number; end: number } {
  const { map } = normalized;
  if (keyStart < 0 || keyEnd > map.length - 1 || keyStart > keyEnd) {
    throw new RangeError(`key span [${keyStart}, ${keyEnd}) outside 0..${map.length - 1}`);
  }
  const start = map[keyStart]!;
  // The end is just past the original character that produced the last key character.
  const end = keyEnd === keyStart ? start : map[keyEnd - 1]! + 1;
  return { start, end };
}
