// The statistical tagger (src/entities/tagger/) is optional at run time: when its model is missing or
// fails to load, recognition works from the KB and patterns alone. The module itself loads its model
// lazily on the first call, so importing it costs nothing.
// RASD_TAGGER=gated (default) tags only the stretches of text around words that neither the KB, the
// patterns, the lexicon nor the name-free word list explain, and around KB names that are also everyday
// words; =all tags every sentence; =off never (fastest).
import { hasTanween, type Candidate, type Context } from "./candidates.ts";
import { isCommonWord, knowledgeBase } from "./kb.ts";
import * as tagger from "./tagger/index.ts";
import { arabicLexicon } from "../text/lexicon.ts";

type TagDocument = (sentences: string[][]) => string[][];

const exported = (tagger as { tagDocument?: unknown }).tagDocument;
const MODE = process.env.RASD_TAGGER === "off" || process.env.RASD_NO_TAGGER === "1" ? "off" : process.env.RASD_TAGGER === "all" ? "all" : "gated";
const tagDocument: TagDocument | null = MODE !== "off" && typeof exported === "function" ? (exported as TagDocument) : null;
let broken = false;
// Words on each side of an unexplained word that go to the tagger with it: its features look two words
// out, and a name with its title rarely spans more than six.
const REACH = 8;
// An ambiguous KB name (عسير, "difficult") is itself the candidate: the tagger needs only the words its
// features see.
const AMBIGUOUS_REACH = 3;
// Very long "sentences" (lists, tables) are tagged in windows to bound the cost.
const MAX_WINDOW = 200;

export function taggerAvailable(): boolean {
  return tagDocument !== null && !broken;
}

const TYPES: Record<string, "PER" | "LOC" | "ORG" | undefined> = { PERS: "PER", PER: "PER", LOC: "LOC", ORG: "ORG" };

/** A word the other recognizers leave unexplained: not part of a KB or pattern name, not a date, and
 * neither in the Arabic lexicon nor a word that annotated news mostly leaves outside names. Foreign and
 * unusual names are such words; the tagger is what finds them. */
function unexplained(ctx: Context, covered: Uint8Array, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (covered[i] || token.kind !== "word" || ctx.inTimex[i] || token.stemKey.length < 3) return false;
  let verdict = unknownWords.get(token.text);
  if (verdict === undefined) {
    if (unknownWords.size >= 100_000) unknownWords.clear();
    unknownWords.set(token.text, (verdict = unknownWord(token)));
  }
  return verdict;
}

// The lexical part of the test depends on the word as written only (its key and segments follow from
// it), and news repeats words: the verdicts are kept.
const unknownWords = new Map<string, boolean>();

function unknownWord(token: Context["tokens"][number]): boolean {
  // Tanween marks an indefinite common word (مبيناً، مركزاً): news never writes a name with it.
  if (hasTanween(token)) return false;
  const kb = knowledgeBase();
  if (kb.stopwords.has(token.key) || isCommonWord(kb.words, token.key) || kb.nisbaByKey.has(token.key)) return false;
  const lexicon = arabicLexicon();
  const stem = token.segments.find((segment) => segment.role === "stem")?.text ?? token.text;
  return !lexicon.has(stem) && !lexicon.has(token.text);
}

/** Token ranges [first, last] to tag: whole sentences (all), or the stretches around unexplained words and
 * ambiguous KB names. */
function windows(ctx: Context, covered: Uint8Array): [number, number][] {
  const { tokens } = ctx;
  const out: [number, number][] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === tokens[from]!.sentence) to++;
    let open = -1;
    let close = -1;
    for (let i = from; i <= to; i++) {
      const reach = MODE === "all" ? REACH : covered[i] === 2 ? AMBIGUOUS_REACH : unexplained(ctx, covered, i) ? REACH : -1;
      if (reach < 0) continue;
      const first = Math.max(from, i - reach);
      if (open >= 0 && first <= close + 1 && close - open < MAX_WINDOW) close = Math.max(close, Math.min(to, i + reach));
      else {
        if (open >= 0) out.push([open, close]);
        open = first;
        close = Math.min(to, i + reach);
      }
    }
    if (open >= 0) out.push([open, close]);
    from = to + 1;
  }
  return out.flatMap(([first, last]) => {
    const parts: [number, number][] = [];
    for (let start = first; start <= last; start += MAX_WINDOW) parts.push([start, Math.min(last, start + MAX_WINDOW - 1)]);
    return parts;
  });
}

/** Tagger spans as candidates (words are the tokens' surface forms); `others` are the KB and pattern
 * candidates, whose words need no tagging. The windows are tagged together as one document, so a name
 * recognized in one informs the others. */
export function taggerCandidates(ctx: Context, others: readonly Candidate[] = []): Candidate[] {
  if (!tagDocument || broken) return [];
  const { tokens } = ctx;
  // 1: explained by firm KB or pattern evidence; 2: an ambiguous KB name (عسير, "difficult"), which
  // needs the tagger's reading of its context.
  const covered = new Uint8Array(tokens.length);
  for (const c of others) for (let k = c.first; k <= c.last; k++) if (!c.ambiguous) covered[k] = 1;
  for (const c of others) if (c.ambiguous) for (let k = c.first; k <= c.last; k++) if (!covered[k]) covered[k] = 2;
  const ranges = windows(ctx, covered);
  if (ranges.length === 0) return [];
  let tagged: string[][];
  try {
    tagged = tagDocument(ranges.map(([first, last]) => tokens.slice(first, last + 1).map((t) => t.text)));
  } catch {
    broken = true;
    return [];
  }
  const out: Candidate[] = [];
  ranges.forEach(([first], r) => {
    const tags = tagged[r]!;
    let open: { first: number; type: "PER" | "LOC" | "ORG" } | null = null;
    const close = (last: number): void => {
      if (open && !(open.first === last && hasTanween(tokens[last]!))) out.push({ start: tokens[open.first]!.start, end: tokens[last]!.end, first: open.first, last, type: open.type, source: "tagger", score: 3 });
      open = null;
    };
    for (let k = 0; k < tags.length; k++) {
      const index = first + k;
      const tag = tags[k]!;
      const type = TYPES[tag.slice(2)];
      if (tag.startsWith("B-") || (tag.startsWith("I-") && (!open || open.type !== type))) {
        close(index - 1);
        if (type) open = { first: index, type };
      } else if (!tag.startsWith("I-")) close(index - 1);
    }
    close(first + tags.length - 1);
  });
  return out;
}
