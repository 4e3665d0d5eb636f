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

export function lightStem(key: string): string {
  let word = key;
  if (word.startsWith(WAW) && word.length - 1 >= 3) word = word.slice(1);
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 2) {
      word = word.slice(article.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) word = word.slice(0, -suffix.length);
  }
  return word;
}
