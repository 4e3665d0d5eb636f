// The resolver: from overlapping candidates of all recognizers to the final, non-overlapping entities.
// KB and pattern evidence win over the tagger; the tagger finds names the KB and patterns do not know, and
// confirms KB names that are also everyday words.
import type { Entity } from "../document.ts";
import type { Candidate, Context } from "./candidates.ts";
import { adjacent, hasTanween } from "./candidates.ts";
import { codeAt, isCommonWord, knowledgeBase, type KnowledgeBase } from "./kb.ts";
import { isPrepositionAla, nisbaAt, roleAt, verbLike } from "./patterns.ts";
import { arabicLexicon } from "../text/lexicon.ts";

const LOCATIVE_BEFORE = new Set(["مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "مخيم", "حي", "ضاحيه", "بلدات", "قضاء", "ناحيه", "مديريه", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب"]);
// في and إلى are not enough: في بيان and في إطار are everyday phrases.

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A span made only of a nisba adjective is not an entity (the annotation rule), whoever proposed it. */
function isBareNisba(ctx: Context, kb: KnowledgeBase, c: Candidate): boolean {
  const nisba = nisbaAt(ctx, kb, c.first);
  return nisba !== null && nisba.last >= c.last;
}

const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "اولئك"]);

/** هذه القاعدة "this base", هذا المجلس: a definite word after a demonstrative is a common noun. */
function afterDemonstrative(ctx: Context, c: Candidate): boolean {
  const previous = ctx.tokens[c.first - 1];
  return previous !== undefined && adjacent(ctx, c.first - 1) && DEMONSTRATIVES.has(previous.key) && ctx.tokens[c.first]!.key.startsWith("ال");
}

/** Tagger spans include proclitics (the tagger works on whole words): start after them when the rest is a name. */
function trimProclitic(ctx: Context, kb: KnowledgeBase, c: Candidate): Candidate {
  const token = ctx.tokens[c.first]!;
  for (const reading of ctx.readings[c.first]!) {
    if (reading.clitic === "" || reading.clitic === "ك") continue;
    const known = kb.names.next?.has(reading.key) || kb.givenNames.has(reading.key) || kb.orgHeads.next?.has(reading.key);
    const definiteAfterClitic = reading.key.startsWith("ال") && !token.key.startsWith("ال");
    if (known || definiteAfterClitic) return { ...c, start: reading.start };
  }
  return c;
}

/** The tagger's person spans may open with a title or a nationality (الشاب X، الأوروغوياني X): the name starts after them. */
function trimLeading(ctx: Context, kb: KnowledgeBase, c: Candidate): Candidate {
  if (c.type !== "PER") return c;
  let first = c.first;
  for (;;) {
    const title = roleAt(ctx, kb.personTitles, first);
    const nisba = ctx.tokens[first]!.key.startsWith("ال") ? nisbaAt(ctx, kb, first) : null;
    const skip = Math.max(title?.last ?? -1, nisba?.last ?? -1);
    if (skip < first || skip >= c.last) break;
    first = skip + 1;
  }
  return first === c.first ? c : { ...c, first, start: ctx.tokens[first]!.start };
}

/** جامعة أسترالية "an Australian university": an indefinite head with an indefinite nisba is no name. */
function indefiniteWithNisba(ctx: Context, kb: KnowledgeBase, c: Candidate): boolean {
  if (c.last !== c.first + 1 || ctx.tokens[c.first]!.key.startsWith("ال") || ctx.tokens[c.last]!.key.startsWith("ال")) return false;
  return nisbaAt(ctx, kb, c.last) !== null;
}

const LATIN = /[A-Za-z]/u;
const PLURAL_PRONOUNS = new Set(["هم", "هما", "كم", "كما", "هن", "كن"]);

/** The tagger alone is trusted for spans that look like names: no function words, verbs or Latin script,
 * and a single word only when it is a given name, ANERcorp saw it mostly in names, or it is no everyday word. */
function plausibleTaggerSpan(ctx: Context, kb: KnowledgeBase, c: Candidate, near: Candidate[]): boolean {
  if (near.some((o) => o.source !== "tagger")) return true;
  if (indefiniteWithNisba(ctx, kb, c)) return false;
  for (let k = c.first; k <= c.last; k++) {
    const token = ctx.tokens[k]!;
    // دارهم "their house": a name takes no plural pronoun suffix (a foreign name may end like ه).
    const last = token.segments[token.segments.length - 1]!;
    if (token.segments.length > 1 && last.role === "enclitic" && PLURAL_PRONOUNS.has(last.text)) return false;
    // Tanween marks an indefinite common word anywhere in the span (بعبد خيرًا).
    if (LATIN.test(token.text) || kb.stopwords.has(token.key) || isPrepositionAla(token) || hasTanween(token)) return false;
    if (verbLike(kb, token.key) || (/^[لو]/u.test(token.key) && verbLike(kb, token.key.slice(1)))) return false;
    // سيخسر "will lose"; سيتي and سيدني are no verbs the lexicon knows.
    const future = /^[وف]?س(?=[يتن])/u.exec(token.key);
    if (future && verbLike(kb, token.key.slice(future[0].length)) && arabicLexicon().has(token.key.slice(future[0].length))) return false;
    // Formulas of piety (رحمه الله، عز وجل) are not organizations.
    if (token.key === "الله" && !(c.type === "PER" && ctx.tokens[k - 1]?.key === "عبد")) return false;
  }
  if (c.first !== c.last) return true;
  for (const reading of ctx.readings[c.first]!) {
    const stat = kb.words.get(reading.key);
    if (kb.givenNames.has(reading.key)) return true;
    if (stat && stat.person + stat.location + stat.organization > stat.other) return true;
  }
  // An unknown word is the tagger's to judge, unless it is an everyday word or carries a proclitic.
  const token = ctx.tokens[c.first]!;
  return token.key.length >= 3 && !isCommonWord(kb.words, token.key) && !/^[وفبلك]/u.test(token.key);
}

/** السعودية after a definite noun (الحكومة السعودية) is the adjective, not the country. */
function adjectiveUse(ctx: Context, kb: KnowledgeBase, c: Candidate): boolean {
  if (c.first !== c.last || !kb.nisbaByKey.has(ctx.tokens[c.first]!.key)) return false;
  const previous = ctx.tokens[c.first - 1];
  return previous !== undefined && adjacent(ctx, c.first - 1) && previous.key.startsWith("ال") && !kb.stopwords.has(previous.key);
}

/** Candidates that share a token with c (candidates are token-aligned), via a per-token index. */
function neighbours(index: (Candidate[] | undefined)[], c: Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (let k = c.first; k <= c.last; k++) for (const o of index[k] ?? []) if (o !== c && overlaps(o, c) && !out.includes(o)) out.push(o);
  return out;
}

const PREPOSITIONS = new Set(["في", "الي", "من", "عن", "مع", "علي", "داخل", "عبر"]);

function supported(ctx: Context, c: Candidate, near: Candidate[]): boolean {
  if (near.some((o) => o.source !== "gazetteer" && o.type === c.type)) return true;
  // The tagger reading a KB place as an organization still says it is a name here, and the KB knows
  // which: the tagger learned city-named clubs from sports news (برشلونة). A person it reads is a person.
  if (c.type === "LOC" && near.some((o) => o.source === "tagger" && o.type === "ORG" && o.first === c.first && o.last === c.last)) return true;
  const previous = ctx.tokens[c.first - 1];
  if (previous && adjacent(ctx, c.first - 1)) {
    for (const key of [previous.key, previous.key.replace(/^[وف]/u, "")]) {
      if (LOCATIVE_BEFORE.has(key)) return true;
      // A country named like an adjective (مالي "financial") after a preposition: إلى مالي.
      if (c.entry?.kind === "country" && PREPOSITIONS.has(key)) return true;
    }
  }
  return false;
}

/** «247» فعالية: a span of numbers and punctuation names nothing. */
function hasWord(ctx: Context, c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (ctx.tokens[k]!.kind === "word") return true;
  return false;
}

export function selectCandidates(ctx: Context, candidates: Candidate[]): Candidate[] {
  const kb = knowledgeBase();
  const pool: Candidate[] = [];
  // Most tokens have no candidate: their lists are made only when needed.
  const index: (Candidate[] | undefined)[] = new Array(ctx.tokens.length);
  for (const c of candidates) for (let k = c.first; k <= c.last; k++) (index[k] ??= []).push(c);
  // Tagger spans are judged first, on their own and against firm (not ambiguous) evidence, so that an
  // ambiguous KB word and a doubtful tagger span cannot vouch for each other.
  const implausible = new Set<Candidate>();
  for (const c of candidates) {
    if (c.source === "tagger" && !plausibleTaggerSpan(ctx, kb, c, neighbours(index, c).filter((o) => !o.ambiguous))) implausible.add(c);
  }
  for (const raw of candidates) {
    if (implausible.has(raw) || !hasWord(ctx, raw)) continue;
    const near = neighbours(index, raw).filter((o) => !implausible.has(o));
    let c = raw.source === "tagger" ? trimLeading(ctx, kb, trimProclitic(ctx, kb, raw)) : raw;
    if (c.source !== "gazetteer" && isBareNisba(ctx, kb, c)) continue;
    if (afterDemonstrative(ctx, c)) continue;
    if (c.ambiguous && !supported(ctx, c, near)) continue;
    if (c.entry?.kind === "country" && adjectiveUse(ctx, kb, c)) continue;
    // Agreement between independent recognizers raises confidence.
    const agreeing = near.some((o) => o.source !== c.source && o.type === c.type);
    if (agreeing) c = { ...c, score: c.score + 2 };
    pool.push(c);
  }
  pool.sort((a, b) => b.score + 0.5 * (b.last - b.first) - (a.score + 0.5 * (a.last - a.first)) || a.start - b.start);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(ctx.tokens.length);
  for (const c of pool) {
    let free = true;
    for (let k = c.first; k <= c.last; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) taken[k] = 1;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c) => extendOrgWithNisba(ctx, kb, c, taken));
}

/** Organization names carry their nisba (مجلس النواب الليبي, وزارة الداخلية الأردنية). */
function extendOrgWithNisba(ctx: Context, kb: KnowledgeBase, c: Candidate, taken: Uint8Array): Candidate {
  if (c.type !== "ORG" || !adjacent(ctx, c.last)) return c;
  const next = c.last + 1;
  if (taken[next]) return c;
  const nisba = nisbaAt(ctx, kb, next);
  if (!nisba || nisba.value.plural || !ctx.tokens[next]!.key.startsWith("ال")) return c;
  for (let k = next; k <= nisba.last; k++) taken[k] = 1;
  return { ...c, last: nisba.last, end: ctx.tokens[nisba.last]!.end, country: c.country ?? c.entry?.country ?? nisba.value.country };
}

/** Links a chosen candidate: canonical name, country, code (office at the dct), role, coordinates. */
export function link(ctx: Context, c: Candidate): Omit<Entity, "id"> {
  const text = ctx.doc.text.slice(c.start, c.end);
  const base = { start: c.start, end: c.end, text, type: c.type };
  if (c.entry) {
    const entry = c.entry;
    const { code, role } = codeAt(entry, ctx.doc.dct);
    const country = c.country ?? entry.country;
    return {
      ...base,
      canonical: entry.canonical ?? (entry.kind === "person" ? null : text),
      country,
      code: entry.code?.startsWith("-") ? (country ? country + entry.code.slice(1) : null) : code,
      ...(role ? { role } : c.role ? { role: c.role } : {}),
      ...(entry.lat !== undefined && Number.isFinite(entry.lat) ? { lat: entry.lat, lon: entry.lon! } : {}),
      source: c.source,
    };
  }
  const country = c.country ?? null;
  const code = country && c.sector ? `${country}${c.sector}` : country && c.type === "LOC" ? country : null;
  return {
    ...base,
    canonical: null,
    country,
    code,
    ...(c.role ? { role: c.role } : {}),
    source: c.source,
  };
}
