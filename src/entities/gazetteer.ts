// Gazetteer recognition: the longest KB name starting at each token, the first token read with or without
// its proclitics (وبموسكو → موسكو), the following tokens by their whole keys.
import type { Candidate, Context } from "./candidates.ts";
import { adjacent, hasTanween } from "./candidates.ts";
import { SETTLEMENT_HEADS, knowledgeBase, type TrieNode } from "./kb.ts";

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
    const entry = best.node.entries![0]!;
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

// Words of sports reporting; a text with several of them is sports news, where برشلونة and الأهلي are clubs.
const SPORTS_WORDS = new Set(
  ["مباراه", "المباراه", "الدوري", "دوري", "بطوله", "البطوله", "المدرب", "مدرب", "اللاعب", "لاعب", "اللاعبين", "لاعبي", "الفريق", "هدف", "هدفا", "اهداف", "الاهداف", "الملعب", "ملعب", "كاس", "الكاس", "منتخب", "المنتخب", "التعادل", "الفوز", "مواجهه", "المواجهه", "الجوله", "تاهل", "الموسم", "الشوط", "المهاجم", "الحارس", "ركله", "الهدف"],
);

function sportsNews(ctx: Context): boolean {
  const seen = new Set<string>();
  for (const token of ctx.tokens) if (SPORTS_WORDS.has(token.key) || SPORTS_WORDS.has(token.stemKey)) seen.add(token.stemKey);
  return seen.size >= 4;
}

/** In sports news, one-word club names that are also places or everyday words (برشلونة، الأهلي) are the clubs. */
export function clubCandidates(ctx: Context): Candidate[] {
  const kb = knowledgeBase();
  if (kb.clubsByWord.size === 0 || !sportsNews(ctx)) return [];
  const out: Candidate[] = [];
  ctx.tokens.forEach((token, i) => {
    if (ctx.inTimex[i] || hasTanween(token)) return;
    for (const reading of ctx.readings[i]!) {
      const entry = kb.clubsByWord.get(reading.key);
      if (!entry) continue;
      out.push({ start: reading.start, end: token.end, first: i, last: i, type: "ORG", source: "gazetteer", score: 9, entry });
      return;
    }
  });
  return out;
}
