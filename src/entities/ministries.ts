// Government ministries get the name form English sources use for country-specific bodies:
// "Ministry of Interior (Morocco)" — the English ministry name, then the country's short name when the
// country is known from a nisba (وزارة الداخلية المغربية), the KB, or the country the article is about.
import { readFileSync } from "node:fs";
import type { Entity } from "../document.ts";
import type { Context } from "./candidates.ts";
import { adjacent } from "./candidates.ts";
import { KB_DIR, knowledgeBase, nameKeys } from "./kb.ts";
import { nisbaAt } from "./patterns.ts";

type Linked = Omit<Entity, "id"> & { kbKey?: string };

interface Ministry {
  english: string;
  sector: string;
}

interface MinistryNode {
  next?: Map<string, MinistryNode>;
  ministry?: Ministry;
}

let trie: MinistryNode | null = null;

/** Arabic ministry names (after وزارة) as a trie of token keys (loaded once). */
export function ministryTable(): MinistryNode {
  if (trie) return trie;
  const root: MinistryNode = {};
  for (const line of readFileSync(KB_DIR + "ministries.tsv", "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [arabic, english, sector] = line.replace(/\r$/u, "").split("\t");
    if (!arabic || !english) continue;
    let node = root;
    for (const key of nameKeys(arabic)) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    node.ministry ??= { english, sector: sector || "GOV" };
  }
  trie = root;
  return root;
}

const MINISTRY_HEAD = "وزاره";
/** Short names that stand for the ministry on their own (الخارجية الإيرانية). */
const SHORT_FORMS = new Set(["الخارجيه", "الداخليه", "الدفاع"]);
// English short names where the ISO list's name is not the one used in a ministry's name.
const COUNTRY_NAME: Record<string, string> = { PSE: "Palestine" };

export function countryShortName(iso3: string): string {
  return COUNTRY_NAME[iso3] ?? knowledgeBase().countries.get(iso3)?.canonical ?? iso3;
}

/** "Ministry of Interior" or "Ministry of Interior (Morocco)". */
export function ministryCanonical(english: string, country: string | null): string {
  return `Ministry of ${english}` + (country ? ` (${countryShortName(country)})` : "");
}

/** The longest ministry name in the table starting at token `from`. */
function ministryAt(ctx: Context, from: number): { ministry: Ministry; last: number } | null {
  let node = ministryTable().next?.get(ctx.tokens[from]?.key ?? "");
  let last = from;
  let best: { ministry: Ministry; last: number } | null = null;
  while (node) {
    if (node.ministry) best = { ministry: node.ministry, last };
    if (!node.next || !adjacent(ctx, last) || ctx.tokens[last + 1]?.kind !== "word") break;
    node = node.next.get(ctx.tokens[last + 1]!.key);
    last++;
  }
  return best;
}

function tokenAt(ctx: Context, offset: number): number {
  const { tokens } = ctx;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The country the article is mostly about: the most frequent country of its named places and actors,
 * the headline and lede counting double. */
export function articleCountry(ctx: Context, linked: readonly Linked[]): string | null {
  const counts = new Map<string, number>();
  for (const e of linked) {
    if (!e.country) continue;
    const sentence = ctx.tokens[tokenAt(ctx, e.start)]?.sentence ?? 0;
    counts.set(e.country, (counts.get(e.country) ?? 0) + (sentence < 3 ? 2 : 1));
  }
  let best: string | null = null;
  let bestCount = 0;
  let runnerUp = 0;
  for (const [country, count] of counts) {
    if (count > bestCount) {
      best = country;
      runnerUp = bestCount;
      bestCount = count;
    } else if (count > runnerUp) runnerUp = count;
  }
  // A country named once, or barely more than another, does not make the article its own.
  return bestCount >= 2 && bestCount >= 2 * runnerUp ? best : null;
}

/** Ministries (pattern-found, or the KB's country-less ones) named "Ministry of X (Country)". */
export function withMinistryNames(ctx: Context, linked: Linked[]): Linked[] {
  let fallbackCountry: string | null | undefined;
  const named: { english: string; country: string | null }[] = [];
  return linked.map((e, index) => {
    if (e.type !== "ORG") return e;
    if (e.kbKey && !e.kbKey.startsWith("org:Ministry of")) return e;
    const first = tokenAt(ctx, e.start);
    const token = ctx.tokens[first];
    if (!token) return e;
    const headKey = ctx.readings[first]?.find((r) => r.start === e.start)?.key ?? token.key;
    let found: { ministry: Ministry; last: number } | null = null;
    if (headKey === MINISTRY_HEAD && adjacent(ctx, first)) found = ministryAt(ctx, first + 1);
    else if (SHORT_FORMS.has(headKey)) found = ministryAt(ctx, first);
    if (!found) return e;
    let { start, end, text } = e;
    let country = e.country;
    // The table knows longer names than the KB (وزارة الدفاع الوطني): take them, and a nisba after them,
    // when no entity holds the words.
    let last = found.last;
    const nisba = adjacent(ctx, last) ? nisbaAt(ctx, knowledgeBase(), last + 1) : null;
    if (nisba && !nisba.value.plural && ctx.tokens[last + 1]!.key.startsWith("ال")) last = nisba.last;
    const extended = ctx.tokens[last]!.end;
    if (extended > end && linked.every((o, k) => k === index || o.end <= end || o.start >= extended)) {
      end = extended;
      text = ctx.doc.text.slice(start, end);
      if (last !== found.last) country ??= nisba!.value.country;
    }
    // A later mention is the ministry named before (وزارة الدفاع after وزارة الدفاع الوطني الجزائرية), in
    // that ministry's country unless its own nisba says otherwise.
    const short = found.ministry.english;
    const related = (n: { english: string }): boolean => n.english === short || n.english.endsWith(" " + short) || n.english.startsWith(short + " ");
    const earlier = named.find((n) => (country ? n.country === country : true) && related(n));
    if (!country && earlier) country = earlier.country;
    if (!country) country = fallbackCountry === undefined ? (fallbackCountry = articleCountry(ctx, linked)) : fallbackCountry;
    const code = e.code ?? (country ? country + found.ministry.sector : null);
    const english = earlier && earlier.country === country ? earlier.english : short;
    named.push({ english, country });
    return { ...e, start, end, text, canonical: ministryCanonical(english, country), country, code };
  });
}
