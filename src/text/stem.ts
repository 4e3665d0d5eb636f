// Light10 (Larkey, Ballesteros & Connell 2002, "Improving stemming for Arabic information retrieval:
// light stemming and co-occurrence analysis", SIGIR; 2007 book chapter "Light stemming for Arabic
// information retrieval"). The search and index key; never used before name matching.
//
// Applied to a normalized key (normalize.ts: harakat dropped, أ إ آ → ا, ى → ي, ة → ه), which is the
// normalization the paper prescribes, so the suffixes ة and ية are reached as ه and يه. Steps, in the
// paper's order:
//   1. remove و if the remainder is 3 or more characters long;
//   2. remove one definite article (ال وال بال كال فال لل) if 2 or more characters remain;
//   3. go once through the suffixes in order, removing each one found at the end if 2 or more remain.
// (Lucene's ArabicStemmer folds step 1 into step 2, so it leaves وبالكتاب as بالكتاب; the paper gives كتاب.)

const WAW = "و";
const ARTICLES = ["ال", "وال", "بال", "كال", "فال", "لل"] as const;
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"] as const;

// The steps move two bounds over the key and slice once at the end: the stemmer runs on every new word.
/** Whether key[at, at + part.length) is `part`. */
function hasAt(key: string, at: number, part: string): boolean {
  for (let i = 0; i < part.length; i++) if (key.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
  return true;
}

export function lightStem(key: string): string {
  let start = 0;
  let end = key.length;
  if (end >= 4 && key.charCodeAt(0) === WAW.charCodeAt(0)) start = 1;
  for (const article of ARTICLES) {
    if (end - start >= article.length && hasAt(key, start, article) && end - start - article.length >= 2) {
      start += article.length;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (end - start >= suffix.length && hasAt(key, end - suffix.length, suffix) && end - start - suffix.length >= 2) end -= suffix.length;
  }
  return start === 0 && end === key.length ? key : key.slice(start, end);
}
