// Larkey, Ballesteros & Connell (2002) light10, applied to a normalized key (so ة has become ه and the
// suffixes ة/ية are covered by ه/يه). The search and index key; never used before name matching.

const PREFIXES = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

export function lightStem(key: string): string {
  let word = key;
  for (const prefix of PREFIXES) {
    const minimum = prefix.length === 1 ? 4 : prefix.length + 2;
    if (word.length >= minimum && word.startsWith(prefix)) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.length >= suffix.length + 2 && word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  }
  return word;
}
