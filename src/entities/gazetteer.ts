// Gazetteer recognition: the longest KB name starting at each token, the first token read with or without
// its proclitics (وبموسكو → موسكو), the following tokens by their whole keys.
import type { Candidate, Context } from "./candidates.ts";
import { adjacent, hasTanween } from "./candidates.ts";
import { SETTLEMENT_HEADS, knowledgeBase, type NewsDomain, type TrieNode } from "./kb.ts";

const GENEALOGY = new Set(["بن", "ابن", "بنت", "ال"]);

const KIND_SCORE = { country: 10, person: 10, org: 10, place: 9, city: 8 } as const;

export function gazetteerCandidates(ctx: Context): Candidate[] {
  const kb = knowledgeBase();
  const out: Candidate[] = [];
  const { tokens, readings } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.inTimex[i]) continue;
    let best: { node: TrieNode; last: number; start: number; clitic: string } | null = null;
    for (const reading of readings[i]!) {
      let node = kb.names.next?.get(reading.key);
      let last = i;
      while (node) {
        if (node.entries && (!best || last > best.last)) best = { node, last, start: reading.start, clitic: reading.clitic };
        if (!node.next || !adjacent(ctx, last)) break;
        const following = tokens[last + 1]!;
        node = node.next.get(following.key);
        last++;
      }
    }
    if (!best) continue;
    if (best.last === i && hasTanween(tokens[i]!)) continue;
    // مسقط رأسه is "his birthplace", not Muscat.
    if (best.last === i && tokens[i]!.key.endsWith("مسقط") && adjacent(ctx, i) && /^راس/u.test(tokens[i + 1]?.key ?? "")) continue;
    // النيل من أمن البلاد is "undermining the country's security", not the Nile.
    if (best.last === i && tokens[i]!.key.endsWith("النيل") && adjacent(ctx, i) && tokens[i + 1]?.key === "من") continue;
    const entry = best.node.entries![0]!;
    // مدينة فيرجسون: a surname after a settlement head names the town, and the place pattern has it.
    if (entry.type === "PER" && best.last === i && i > 0 && adjacent(ctx, i - 1) && SETTLEMENT_HEADS.has(tokens[i - 1]!.key.replace(/^[وفبل]/u, ""))) continue;
    // A person's name goes on with its genealogy: محمد بن نايف بن عبدالعزيز آل سعود.
    if (entry.type === "PER") {
      let last = best.last;
      while (adjacent(ctx, last) && GENEALOGY.has(tokens[last + 1]?.key ?? "") && adjacent(ctx, last + 1) && tokens[last + 2]?.kind === "word" && !kb.stopwords.has(tokens[last + 2]!.key)) last += 2;
      best = { ...best, last };
    }
    // A KB place listed with its head word (ولاية شمال دارفور، مخيم جباليا) is named by the words after it.
    let first = i;
    if (entry.type === "LOC" && best.last > i && SETTLEMENT_HEADS.has(readings[i]!.find((r) => r.start === best!.start)?.key ?? tokens[i]!.key)) {
      first = i + 1;
      best = { ...best, start: tokens[first]!.start };
    }
    // The head word still counts as evidence.
    const span = best.last - i + 1;
    out.push({
      start: best.start,
      end: tokens[best.last]!.end,
      first,
      last: best.last,
      type: entry.type,
      source: "gazetteer",
      // A KB name of several words is strong evidence, stronger than any pattern over the same words.
      score: span > 1 ? 12 : KIND_SCORE[entry.kind],
      entry,
      ...(span === 1 && best.node.ambiguous ? { ambiguous: true } : {}),
    });
  }
  return out;
}

// Words that mark a report's domain; a text with several different ones is news of that domain, where
// برشلونة and الأهلي are clubs and الإنماء and البحري are listed companies.
const DOMAIN_WORDS: Record<NewsDomain, ReadonlySet<string>> = {
  sports: new Set(["مباراه", "المباراه", "الدوري", "دوري", "بطوله", "البطوله", "المدرب", "مدرب", "اللاعب", "لاعب", "اللاعبين", "لاعبي", "الفريق", "هدف", "هدفا", "اهداف", "الاهداف", "الملعب", "ملعب", "كاس", "الكاس", "منتخب", "المنتخب", "التعادل", "الفوز", "مواجهه", "المواجهه", "الجوله", "تاهل", "الموسم", "الشوط", "المهاجم", "الحارس", "ركله", "الهدف"]),
  market: new Set(["سهم", "السهم", "اسهم", "الاسهم", "المؤشر", "مؤشر", "تداول", "تداولات", "التداولات", "البورصه", "بورصه", "المدرجه", "الاغلاق", "نقطه", "نقاط", "السيوله", "الصفقات", "المتداوله", "القياديه", "المضاربه", "المضاربات"]),
};
const DOMAIN_THRESHOLD = 4;
const NEWS_DOMAINS: readonly NewsDomain[] = ["sports", "market"];

// سهم الإنماء، أسهم البحري: a share's name is its company's in any report.
const SHARE_WORDS = new Set(["سهم", "اسهم"]);

const DOMAIN_OF = new Map<string, NewsDomain>(NEWS_DOMAINS.flatMap((domain) => [...DOMAIN_WORDS[domain]].map((word) => [word, domain] as const)));

const domainMemo = new WeakMap<Context, { domains: NewsDomain[]; shares: boolean }>();

/** The domains of a report, and whether it names a share (سهم) at all (worked out once per context). */
export function domainsOf(ctx: Context): { domains: NewsDomain[]; shares: boolean } {
  let found = domainMemo.get(ctx);
  if (!found) domainMemo.set(ctx, (found = findDomains(ctx)));
  return found;
}

function findDomains(ctx: Context): { domains: NewsDomain[]; shares: boolean } {
  const seen: Record<NewsDomain, Set<string>> = { sports: new Set(), market: new Set() };
  for (const token of ctx.tokens) {
    const domain = DOMAIN_OF.get(token.key) ?? (token.stemKey !== token.key ? DOMAIN_OF.get(token.stemKey) : undefined);
    if (domain) seen[domain].add(token.stemKey);
  }
  const shares = [...SHARE_WORDS].some((word) => seen.market.has(word));
  return { domains: NEWS_DOMAINS.filter((domain) => seen[domain].size >= DOMAIN_THRESHOLD), shares };
}

const OPENING_QUOTES = new Set(["«", "\"", "“", "”", "'"]);

function afterShareWord(ctx: Context, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && ctx.tokens[j]!.kind === "punct" && OPENING_QUOTES.has(ctx.tokens[j]!.text)) j--;
  return j >= 0 && ctx.tokens[j]!.sentence === ctx.tokens[i]!.sentence && ctx.readings[j]!.some((r) => SHARE_WORDS.has(r.key));
}

const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "ما"]);

/** الأسهم العالمية "global stocks", البيع السريع: a definite word after a definite word is its adjective;
 * الذي زاد "which increased": a word after a relative pronoun is a verb. */
function notAName(ctx: Context, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  if (!previous || !adjacent(ctx, i - 1)) return false;
  if (RELATIVES.has(previous.key)) return true;
  return ctx.tokens[i]!.key.startsWith("ال") && previous.key.startsWith("ال");
}

/** One-word names that are also places or everyday words (برشلونة، الأهلي، الإنماء), read as the clubs and
 * companies in news of their domain, and as a company right after سهم anywhere. */
export function domainCandidates(ctx: Context): Candidate[] {
  const kb = knowledgeBase();
  const { domains, shares } = domainsOf(ctx);
  if (domains.length === 0 && !shares) return [];
  const out: Candidate[] = [];
  ctx.tokens.forEach((token, i) => {
    if (ctx.inTimex[i] || hasTanween(token) || notAName(ctx, i)) return;
    const active = shares && !domains.includes("market") && afterShareWord(ctx, i) ? [...domains, "market" as const] : domains;
    for (const domain of active) {
      for (const reading of ctx.readings[i]!) {
        const entry = kb.domainNames[domain].get(reading.key);
        if (!entry) continue;
        out.push({ start: reading.start, end: token.end, first: i, last: i, type: entry.type, source: "gazetteer", score: 9, entry });
        return;
      }
    }
  });
  return out;
}

const CLOSING_QUOTES: Record<string, string> = { "«": "»", "\"": "\"", "“": "”", "”": "”" };

/** A newspaper, channel or agency named in quotation marks (لـ«الشرق الأوسط», «عكاظ»): quoted, the name is
 * the medium's, not the region's or the market's. */
export function quotedMediaCandidates(ctx: Context): Candidate[] {
  const kb = knowledgeBase();
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let q = 0; q < tokens.length; q++) {
    const closing = tokens[q]!.kind === "punct" ? CLOSING_QUOTES[tokens[q]!.text] : undefined;
    if (closing === undefined) continue;
    let c = q + 1;
    while (c < tokens.length && c - q <= 5 && tokens[c]!.kind === "word") c++;
    if (c === q + 1 || c >= tokens.length || tokens[c]!.text !== closing || tokens[c]!.sentence !== tokens[q]!.sentence) continue;
    const entry = kb.quotedMedia.get(tokens.slice(q + 1, c).map((t) => t.key).join(" "));
    if (entry === undefined) continue;
    out.push({ start: tokens[q + 1]!.start, end: tokens[c - 1]!.end, first: q + 1, last: c - 1, type: "ORG", source: "gazetteer", score: 14, ...(entry ? { entry } : { sector: "MED" }) });
    q = c;
  }
  return out;
}
