// Clitic-stripped readings of a word key, most literal first. Lexicons list bare forms; this strips
// و ف ب ل ك س ال in front and pronoun suffixes behind, restoring the ة that a suffix turns into ت.

export interface Reading {
  stem: string;
  proclitic: string;
  enclitic: string;
}

const CONJ = ["", "و", "ف"];
const PREP = ["", "ب", "ل", "ك", "س"];
const PREFIXES: string[] = (() => {
  const out = new Set<string>();
  for (const c of CONJ) {
    for (const p of PREP) {
      out.add(c + p);
      if (p !== "س") out.add(c + p + "ال");
    }
    out.add(c + "لل");
  }
  return [...out].sort((a, b) => a.length - b.length);
})();
const SUFFIXES = ["", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني"];
const MIN_STEM = 2;

/** All readings of a normalized word key, from the least stripped to the most. */
export function readings(key: string): Reading[] {
  const out: Reading[] = [];
  for (const proclitic of PREFIXES) {
    if (!key.startsWith(proclitic)) continue;
    const rest = key.slice(proclitic.length);
    for (const enclitic of SUFFIXES) {
      if (!rest.endsWith(enclitic)) continue;
      const stem = rest.slice(0, rest.length - enclitic.length);
      if (stem.length < MIN_STEM) continue;
      out.push({ stem, proclitic, enclitic });
      if (enclitic) {
        if (stem.endsWith("ت")) out.push({ stem: stem.slice(0, -1) + "ه", proclitic, enclitic });
        // Verb endings (قتلوه → قتلوا) never follow ب، ك or the article.
        if (stem.endsWith("و") && !/[بك]|ال/u.test(proclitic)) out.push({ stem: stem + "ا", proclitic, enclitic });
        if (stem.endsWith("ا") && stem.length > 2) out.push({ stem: stem.slice(0, -1) + "ي", proclitic, enclitic });
      }
    }
  }
  return out;
}
