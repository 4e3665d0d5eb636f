// Pattern recognition for names the KB does not hold:
//   persons   — title [nisba|country|complement]* NAME   (الرئيس المصري عبد الفتاح السيسي، وزير الخارجية سامح شكري)
//             — GIVEN-NAME NAME*                          (قال حاتم الجابري)
//   orgs      — HEAD complement+                          (وزارة الداخلية الأردنية، حزب العمال، المرصد السوري لحقوق الإنسان)
//   places    — SETTLEMENT-HEAD NAME (head left out)      (بلدة كفرموس)
//             — FACILITY-HEAD complement+ (head kept)     (مطار بغداد الدولي، معبر رفح)
import type { Token } from "../document.ts";
import type { Candidate, Context } from "./candidates.ts";
import { adjacent, hasTanween } from "./candidates.ts";
import { arabicLexicon } from "../text/lexicon.ts";
import { domainsOf } from "./gazetteer.ts";
import { normalizeKey } from "../text/normalize.ts";
import { NAME_SECOND_HALVES, SETTLEMENT_HEADS, isCommonWord, knowledgeBase, type KnowledgeBase, type Nisba, type Role, type RoleTrie, type TrieNode } from "./kb.ts";

const PARTICLES = new Set(["بن", "ابن", "بنت", "ولد", "ابو", "ابي", "ام", "ال", "عبد", "ابا", "بو"]);
// A genealogy may run to this many words (عبد الله بن محمد بن أحمد العنقري).
const GENEALOGY_MAXIMUM = 9;
const FACILITY_HEADS = new Set(
  ["مطار", "معبر", "مستشفي", "سفاره", "السفاره", "قنصليه", "القنصليه", "متحف", "سجن", "ميناء", "مسجد", "جامع", "كنيسه", "ساحه", "ميدان", "شارع", "سوق", "محميه", "ملعب", "استاد", "ستاد", "جسر", "قاعده", "قصر", "فندق", "سد", "جبل", "نهر", "وادي", "بحيره", "جزيره", "مضيق", "خليج", "منتجع", "واحه", "مصفاه"],
);
// Organization heads whose complement may be a bare proper name (حزب الله، وكالة تسنيم، شركة أرامكو).
const PROPER_NAME_HEADS = new Set(["حزب", "حركه", "جبهه", "جماعه", "تنظيم", "شركه", "مجموعه", "وكاله", "صحيفه", "جريده", "مجله", "قناه", "اذاعه", "موقع", "كتائب", "لواء", "فيلق", "بنك", "مصرف", "تلفزيون", "نادي", "راديو"]);

const AMBIGUOUS_TITLES = new Set(["الفريق", "اللواء", "العميد", "الرائد", "النقيب", "المقدم", "القائد", "الشيخ", "الامير", "الحاكم", "المدير", "النائب", "الشاب", "الطفل", "الطفله", "المواطن", "المتهم", "الخبير", "المحلل", "الكاتب", "المهندس"]);

// Titles of the people facilities and bodies are named after (مطار الملك خالد، جامعة الإمام محمد بن سعود).
const NAMESAKE_ROLES = new Set(["King", "Queen", "Prince", "Princess", "Crown Prince", "Sheikh", "Sheikha", "Sultan", "Emir", "Imam", "President"]);

const PIETY_AFTER = new Set(["عليه", "عليهم", "عليها", "عليهما", "تعالي", "عز", "سبحانه", "جل", "عنه", "عنهم", "عنها"]);

// Words that make a title of the title after them (نائب رئيس الجمهورية، مساعد وزير الخارجية).
const TITLE_MODIFIERS = new Set(["نائب", "مساعد", "وكيل", "مستشار", "مبعوث", "ممثل"]);

const LEADER_OF = new Set(["حكومه", "اداره", "عهد", "نظام"]);

interface Match<T> {
  value: T;
  last: number;
}

// Per-document memo of the lookups the patterns repeat for the same token.
interface Memo {
  roles: Map<RoleTrie, (Match<Role> | null | undefined)[]>;
  nameToken: Int8Array;
}
const memos = new WeakMap<Context, Memo>();
// The recognizers work on one context at a time: its memo is kept at hand, without a WeakMap lookup per call.
let lastContext: Context | null = null;
let lastMemo: Memo | null = null;
function memoOf(ctx: Context): Memo {
  if (ctx === lastContext && lastMemo) return lastMemo;
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = { roles: new Map(), nameToken: new Int8Array(ctx.tokens.length).fill(-1) }));
  lastContext = ctx;
  lastMemo = memo;
  return memo;
}

export function roleAt(ctx: Context, trie: RoleTrie, i: number): Match<Role> | null {
  const memo = memoOf(ctx);
  let table = memo.roles.get(trie);
  if (!table) memo.roles.set(trie, (table = new Array(ctx.tokens.length)));
  const known = table[i];
  if (known !== undefined) return known;
  const found = findRole(ctx, trie, i);
  table[i] = found;
  return found;
}

function findRole(ctx: Context, trie: RoleTrie, i: number): Match<Role> | null {
  let best: Match<Role> | null = null;
  for (const reading of ctx.readings[i]!) {
    let node = trie.next?.get(reading.key);
    let last = i;
    while (node) {
      if (node.role && (!best || last > best.last)) best = { value: node.role, last };
      if (!node.next || !adjacent(ctx, last)) break;
      node = node.next.get(ctx.tokens[last + 1]!.key);
      last++;
    }
  }
  return best;
}

export function nisbaAt(ctx: Context, kb: KnowledgeBase, i: number): Match<Nisba> | null {
  let best: Match<Nisba> | null = null;
  for (const reading of ctx.readings[i]!) {
    let node: (TrieNode & { nisba?: Nisba }) | undefined = kb.nisba.next?.get(reading.key) as (TrieNode & { nisba?: Nisba }) | undefined;
    let last = i;
    while (node) {
      if (node.nisba && (!best || last > best.last)) best = { value: node.nisba, last };
      if (!node.next || !adjacent(ctx, last)) break;
      node = node.next.get(ctx.tokens[last + 1]!.key) as (TrieNode & { nisba?: Nisba }) | undefined;
      last++;
    }
  }
  return best;
}

/** The longest unambiguous KB name of any type starting at token i. */
function kbNameAt(ctx: Context, kb: KnowledgeBase, i: number): Match<{ type: string; country: string | null }> | null {
  let best: Match<{ type: string; country: string | null }> | null = null;
  for (const reading of ctx.readings[i]!) {
    let node = kb.names.next?.get(reading.key);
    let last = i;
    while (node) {
      const entry = node.entries?.[0];
      if (entry && !(last === i && node.ambiguous) && (!best || last > best.last)) best = { value: { type: entry.type, country: entry.country }, last };
      if (!node.next || !adjacent(ctx, last)) break;
      node = node.next.get(ctx.tokens[last + 1]!.key);
      last++;
    }
  }
  return best;
}

/** The KB location (country, city, place) that starts at token i, whole-key or after proclitics. */
function placeAt(ctx: Context, kb: KnowledgeBase, i: number, bareOnly = false): Match<{ country: string | null }> | null {
  let best: Match<{ country: string | null }> | null = null;
  for (const reading of ctx.readings[i]!) {
    // Inside a name a place stands bare or as a genitive (شرطة بغداد، لحقوق…), never as بالجوف "in al-Jawf".
    if (bareOnly && reading.clitic !== "" && reading.clitic !== "ل") continue;
    let node = kb.names.next?.get(reading.key);
    let last = i;
    while (node) {
      const entry = node.entries?.[0];
      if (entry && entry.type === "LOC" && !(last === i && node.ambiguous) && (!best || last > best.last)) {
        best = { value: { country: entry.country }, last };
      }
      if (!node.next || !adjacent(ctx, last)) break;
      node = node.next.get(ctx.tokens[last + 1]!.key);
      last++;
    }
  }
  return best;
}

function isWord(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  return token !== undefined && token.kind === "word" && !ctx.inTimex[i];
}

/** على and إلى normalize to علي and الي; the written ى tells the preposition from the name علي. */
export function isPrepositionAla(token: Token): boolean {
  const key = token.key;
  if (key.length < 3 || key.length > 4) return false;
  const bare = key.length === 4 ? (key[0] === "و" || key[0] === "ف" ? key.slice(1) : "") : key;
  if (bare !== "علي" && bare !== "الي") return false;
  return token.text.replace(/[\u064B-\u065F\u0670\u0640]/gu, "").endsWith("ى");
}

function isStop(kb: KnowledgeBase, key: string): boolean {
  return kb.stopwords.has(key);
}

/** Could token i be part of a person's name (not a function word, title, everyday word)? */
function nameToken(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.length) return false;
  const memo = memoOf(ctx).nameToken;
  if (memo[i] === -1) memo[i] = isNameToken(ctx, kb, i) ? 1 : 0;
  return memo[i] === 1;
}

function possessedFeminineNoun(token: Token): boolean {
  const stem = token.segments.find((segment) => segment.role === "stem");
  return stem !== undefined && stem !== token.segments[token.segments.length - 1] && stem.text.endsWith("ت");
}

function isNameToken(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  if (!isWord(ctx, i)) return false;
  const key = ctx.tokens[i]!.key;
  if (key.length < 2 || isStop(kb, key) || isPrepositionAla(ctx.tokens[i]!) || hasTanween(ctx.tokens[i]!)) return false;
  // A family name that is also an everyday word (الشهري "monthly") is still a name word.
  if (kb.givenNames.has(key) || kb.familyNames.has(key) || PARTICLES.has(key) || NAME_SECOND_HALVES.has(key)) return true;
  if (roleAt(ctx, kb.personTitles, i) || roleAt(ctx, kb.orgHeads, i)) return false;
  // و is a conjunction on anything but a known name; يستقبل and تصل are verbs.
  if (key.startsWith("و") && !kb.names.next?.has(key) && !kb.words.get(key)?.person) return false;
  // ب ل ك on an everyday word is a preposition (بصمت، لاقتراح، بالعاصمة), not the start of a name.
  if (/^[بلك]/u.test(key) && !kb.names.next?.has(key) && !kb.words.get(key)?.person) {
    const rest = key.slice(1);
    // للأهالي is ل + الأهالي with the article's alef dropped.
    if (rest.startsWith("ال") || key.startsWith("لل") || isCommonWord(kb.words, rest) || kb.stopwords.has(rest) || (key.startsWith("ل") && rest.startsWith("ا"))) return false;
  }
  if (verbLike(kb, key) || /(?:ها|هم|هما|كم)$/u.test(key)) return false;
  const stat = kb.words.get(key);
  // A noun in ة with a possessive pronoun (استقالته، رسالته: the ة written ت), or a verb with an object
  // pronoun (قالته), is no name part.
  if (possessedFeminineNoun(ctx.tokens[i]!) && !(stat && stat.person > 0) && !kb.names.next?.has(key)) return false;
  if (stat && stat.person > 0 && stat.person * 3 >= stat.other) return true;
  return !isCommonWord(kb.words, key);
}

/** The last token of a person's name starting at s (s itself is already accepted). */
export function extendName(ctx: Context, kb: KnowledgeBase, s: number, maximum = 5): number {
  let last = s;
  // A genealogy (عبد الله بن محمد بن أحمد العنقري) may run past the usual length.
  const longer = (): boolean => last - s + 1 < GENEALOGY_MAXIMUM && (PARTICLES.has(ctx.tokens[last]!.key) || PARTICLES.has(ctx.tokens[last + 1]?.key ?? ""));
  while ((last - s + 1 < maximum || longer()) && adjacent(ctx, last)) {
    const current = ctx.tokens[last]!.key;
    const next = last + 1;
    if (!isWord(ctx, next) || isPrepositionAla(ctx.tokens[next]!)) break;
    const key = ctx.tokens[next]!.key;
    if (PARTICLES.has(current)) {
      if (isStop(kb, key) || hasTanween(ctx.tokens[next]!)) break;
      last = next;
      continue;
    }
    // رضوان الله عليهم، رحمة الله تعالى: a formula of piety, not a compound name.
    if (key === "الله" && PIETY_AFTER.has(ctx.tokens[next + 1]?.key ?? "")) break;
    if (NAME_SECOND_HALVES.has(key) && (kb.givenNames.has(current) || current === "عبد" || current.startsWith("عبد"))) {
      last = next;
      continue;
    }
    // A compound name whose first half is an everyday word: شرف الدين، سيف الإسلام، نصر الله.
    const afterNext = ctx.tokens[next + 1];
    if (afterNext && adjacent(ctx, next) && NAME_SECOND_HALVES.has(afterNext.key) && !isStop(kb, key) && !key.startsWith("ال") && key.length >= 3) {
      last = next + 1;
      continue;
    }
    if (PARTICLES.has(key)) {
      if (!isWord(ctx, next + 1) || !adjacent(ctx, next) || isStop(kb, ctx.tokens[next + 1]!.key)) break;
      last = next;
      continue;
    }
    if (placeAt(ctx, kb, next) && !kb.givenNames.has(key) && !(last === s && kb.familyNames.has(key))) break;
    // صحة مشاري مستقرة "Mishari's health is stable": a feminine adjective is no part of a name.
    if (!key.startsWith("ال") && feminineAdjective(ctx.tokens[next]!) && !kb.givenNames.has(key) && !kb.familyNames.has(key)) break;
    const nisba = nisbaAt(ctx, kb, next);
    if (nisba) {
      // A nisba after a lone given name or a kunya is a surname (محمد المصري، أبو أيوب العراقي).
      const kunya = s > 0 && (ctx.tokens[last - 1]?.key === "ابو" || ctx.tokens[last - 1]?.key === "ام");
      if ((last === s || kunya) && key.startsWith("ال") && !nisba.value.plural) last = nisba.last;
      break;
    }
    if (!nameToken(ctx, kb, next) || key.startsWith("و") && kb.givenNames.has(key.slice(1))) break;
    // After a definite surname an everyday word is the sentence going on (القحطاني الأشقاء، المالكي جاهزية).
    if (last > s && current.startsWith("ال") && (everydayDefiniteNoun(ctx, kb, next) || everydayWord(ctx, kb, next))) break;
    // … and after a name of two or more words, an everyday definite noun is the verb's object (أدان X بن رقوش الجريمة).
    if (last > s && everydayDefiniteNoun(ctx, kb, next)) break;
    // A feminine adjective describes the body named after the person (مؤسسة سالم بن محفوظ الخيرية).
    if (last > s && key.startsWith("ال") && /ية$/u.test(ctx.tokens[next]!.text) && everydayWord(ctx, kb, next)) break;
    last = next;
  }
  // A name does not end on a particle.
  while (last > s && PARTICLES.has(ctx.tokens[last]!.key)) last--;
  return last;
}

function givenNameReading(ctx: Context, kb: KnowledgeBase, i: number): { start: number } | null {
  if (!isWord(ctx, i) || isPrepositionAla(ctx.tokens[i]!) || isStop(kb, ctx.tokens[i]!.key)) return null;
  for (const reading of ctx.readings[i]!) {
    if (reading.clitic.length > 2) continue;
    // After a preposition the name must be long enough not to be a word's tail (بيان is not ب + يان) and be
    // followed by a name (لصالح العمال is "for the workers").
    if (reading.clitic !== "" && reading.clitic !== "و") {
      const next = ctx.tokens[i + 1];
      if (reading.key.length < 4 || !next || !adjacent(ctx, i) || isCommonWord(kb.words, next.key) || !nameToken(ctx, kb, i + 1)) continue;
    }
    if (kb.givenNames.has(reading.key)) return { start: reading.start };
    // A kunya written as one word: أبوجعفر، ابوبكر.
    if (reading.key.startsWith("ابو") && kb.givenNames.has(reading.key.slice(3))) return { start: reading.start };
    // A kunya (أبو أيوب، أم محمد) opens a name when a given name follows.
    if ((reading.key === "ابو" || reading.key === "ام") && adjacent(ctx, i) && kb.givenNames.has(ctx.tokens[i + 1]?.key ?? "")) return { start: reading.start };
  }
  return null;
}

/** A one-word KB place whose name is also an everyday word (عسير "difficult", الخبر "the news"). */
function ambiguousPlace(kb: KnowledgeBase, key: string): boolean {
  const node = kb.names.next?.get(key);
  return node?.ambiguous === true && node.entries?.[0]?.type === "LOC";
}

/** Whether a person's name (a KB person, or a given name and name words) ends at token `end`. */
function personEndsAt(ctx: Context, kb: KnowledgeBase, end: number): boolean {
  for (let j = Math.max(0, end - 4); j <= end; j++) {
    if (j < end && !adjacent(ctx, j)) continue;
    const known = kbNameAt(ctx, kb, j);
    if (known && known.value.type === "PER" && known.last === end) return true;
    if (j < end && givenNameReading(ctx, kb, j)) {
      let k = j + 1;
      while (k <= end && nameToken(ctx, kb, k) && (k === end || adjacent(ctx, k))) k++;
      if (k > end) return true;
    }
  }
  return false;
}

/** A KB name of one word (not merely the first word of a longer name: المواساة of المواساة للخدمات الطبية). */
function oneWordName(kb: KnowledgeBase, key: string): boolean {
  return kb.names.next?.get(key)?.entries !== undefined;
}

/** A word the spelling lexicon knows that is no given name, family name or one-word KB name. */
function everydayWord(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || kb.givenNames.has(token.key) || kb.familyNames.has(token.key) || oneWordName(kb, token.key)) return false;
  return arabicLexicon().has(token.text);
}

/** A definite everyday noun (الصبر، العزاء) that is neither a family name nor a one-word KB name. */
function everydayDefiniteNoun(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  const token = ctx.tokens[i];
  // Family names are often nisba-shaped (الخلفي، الحربي): those stay names.
  if (!token || !token.key.startsWith("ال") || token.key.endsWith("ي") || kb.familyNames.has(token.key) || oneWordName(kb, token.key) || nisbaAt(ctx, kb, i)) return false;
  return isCommonWord(kb.words, token.key) || arabicLexicon().has(token.text);
}

/** حسن جوار "good neighbourliness": an indefinite everyday word that is no name. */
function everydayIndefinite(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  const key = ctx.tokens[i]?.key ?? "";
  // Surnames are often adjectives in ي (إحسان راضي).
  if (key.startsWith("ال") || key.endsWith("ي") || PARTICLES.has(key)) return false;
  return everydayWord(ctx, kb, i);
}

const SPOKESPEOPLE = new Set(["متحدث", "متحدثا", "المتحدث", "متحدثه", "المتحدثه", "ناطق", "ناطقا", "الناطق", "ناطقه", "الناطقه"]);

/** A word that is no everyday word and no known name: foreign names mostly (زوكالا). */
function unknownWord(ctx: Context, kb: KnowledgeBase, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || !isWord(ctx, i) || token.key.length < 3 || token.key.startsWith("ال") || hasTanween(token)) return false;
  if (isStop(kb, token.key) || isCommonWord(kb.words, token.key) || kb.names.next?.has(token.key) || nisbaAt(ctx, kb, i) || verbLike(kb, token.key)) return false;
  return !arabicLexicon().has(token.text) && nameToken(ctx, kb, i);
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;

/** The key without one leading و ف ب ل (a string test per token, no regex). */
function withoutProclitic(key: string): string {
  const first = key.charCodeAt(0);
  return first === 0x648 || first === 0x641 || first === 0x628 || first === 0x644 ? key.slice(1) : key;
}

function personCandidates(ctx: Context, kb: KnowledgeBase, out: Candidate[]): void {
  const { tokens } = ctx;
  const titled = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(ctx, i)) continue;
    const title = roleAt(ctx, kb.personTitles, i);
    if (!title) continue;
    // مدينة الملك فهد الطبية، ملعب مدينة الملك عبدالعزيز: a royal after a city or facility head is the
    // namesake inside the place's name, not a person taking part.
    if (NAMESAKE_ROLES.has(title.value.english) && i > 0 && adjacent(ctx, i - 1) && isWord(ctx, i - 1)) {
      const head = withoutProclitic(tokens[i - 1]!.key);
      if (FACILITY_HEADS.has(head) || head === "مدينه") {
        if (head === "مدينه" && adjacent(ctx, title.last) && kb.givenNames.has(tokens[title.last + 1]?.key ?? "")) {
          let last = extendName(ctx, kb, title.last + 1, 4);
          while (adjacent(ctx, last) && isWord(ctx, last + 1) && tokens[last + 1]!.key.startsWith("ال") && adjectiveLike(tokens[last + 1]!.key) && !nisbaAt(ctx, kb, last + 1)) last++;
          const start = ctx.readings[i - 1]!.find((r) => r.key === head)?.start ?? tokens[i - 1]!.start;
          out.push({ start, end: tokens[last]!.end, first: i - 1, last, type: "LOC", source: "place-pattern", score: 9 });
        }
        continue;
      }
    }
    // سامح شكري وزير الخارجية اتصالين: a title after a name is its apposition; what follows is no name.
    // …, والمستشار الفني X: after و the title opens the next item of a list.
    const listed = tokens[i]!.key.startsWith("و") && !kb.personTitles.next?.has(tokens[i]!.key);
    let before = listed ? -1 : i - 1;
    while (before > 0 && adjacent(ctx, before) && TITLE_MODIFIERS.has(tokens[before]!.key)) before--;
    if (before >= 0 && adjacent(ctx, before) && personEndsAt(ctx, kb, before)) continue;
    let j = title.last + 1;
    let country: string | null = null;
    let commaSeen = false;
    // Between the title and the name: nisbas, a country, complements, the body a spokesperson speaks for
    // (وزير خارجية المغرب، الرئيس الفلسطيني، المتحدث باسم منظمة الصحة العالمية).
    for (let skipped = 0; skipped < 5 && j < tokens.length && adjacent(ctx, j - 1); skipped++) {
      const nisba = nisbaAt(ctx, kb, j);
      if (nisba) {
        country ??= nisba.value.country;
        j = nisba.last + 1;
        continue;
      }
      const known = kbNameAt(ctx, kb, j);
      if (known && known.value.type !== "PER") {
        if (known.value.type === "LOC") country ??= known.value.country;
        j = known.last + 1;
        continue;
      }
      if (known) break;
      // رئيسة بعثة صندوق النقد الدولي في مصر X: an organization head, and "in <place>".
      const headOfBody = roleAt(ctx, kb.orgHeads, j);
      if (headOfBody && headOfBody.last + 1 < tokens.length && adjacent(ctx, headOfBody.last)) {
        const body = kbNameAt(ctx, kb, headOfBody.last + 1);
        if (body && body.value.type === "ORG") {
          j = body.last + 1;
          continue;
        }
      }
      if (tokens[j]?.key === "في" && adjacent(ctx, j) && placeAt(ctx, kb, j + 1)) {
        j = placeAt(ctx, kb, j + 1)!.last + 1;
        continue;
      }
      // An apposition comma: وزير الأمن الداخلي، غلعاد إردان.
      if (tokens[j]?.kind === "punct" && (tokens[j]!.text === "،" || tokens[j]!.text === ",") && adjacent(ctx, j) && !commaSeen) {
        commaSeen = true;
        j++;
        continue;
      }
      const key = tokens[j]?.key ?? "";
      // A definite word after a title is a complement (المدير العام) unless it is a family name (الدكتور الشمري).
      if (isWord(ctx, j) && !isStop(kb, key) && (key.startsWith("ال") || key === "باسم" || /^لل/u.test(key)) && !kb.givenNames.has(key) && !kb.familyNames.has(key)) {
        j++;
        continue;
      }
      break;
    }
    if (j >= tokens.length || !adjacent(ctx, j - 1) || !isWord(ctx, j)) continue;
    const startKey = tokens[j]!.key;
    const given = kb.givenNames.has(startKey) && !isPrepositionAla(tokens[j]!);
    // الفريق، اللواء، العميد are also "the team", "the brigade", "the dean": only a given name makes them
    // titles, or a name word followed by a known family name (اللواء جمعان الغامدي).
    const familyNext = adjacent(ctx, j) && kb.familyNames.has(tokens[j + 1]?.key ?? "") && nameToken(ctx, kb, j);
    if (!given && !familyNext && AMBIGUOUS_TITLES.has(withoutProclitic(tokens[title.last]!.key))) continue;
    // زار وزير الصحة عسير: a place the KB knows, though its name is also a word, is the object, not the name.
    if (!given && !familyNext && ambiguousPlace(kb, startKey)) continue;
    // After a comma only a clear name counts (a given name, or two name words).
    if (commaSeen && !given && !(adjacent(ctx, j) && nameToken(ctx, kb, j + 1))) continue;
    if (!given && (!nameToken(ctx, kb, j) || PARTICLES.has(startKey) && startKey !== "ابو" && startKey !== "عبد")) continue;
    if (!given && roleAt(ctx, kb.orgHeads, j)) continue;
    const last = extendName(ctx, kb, j);
    // رئيس فرع الشركة، زعيم شيوعي: one everyday word after a title is what the title heads or describes.
    if (last === j && !given && !kb.familyNames.has(startKey) && !oneWordName(kb, startKey) && (arabicLexicon().has(tokens[j]!.text) || !ARABIC_LETTER.test(startKey))) continue;
    titled.add(j);
    out.push({
      start: tokens[j]!.start,
      end: tokens[last]!.end,
      first: j,
      last,
      type: "PER",
      source: "title",
      score: given || last > j ? 8 : 6,
      country,
      sector: title.value.sector,
      role: title.value.english,
    });
  }
  // The head of a government or era names its leader directly: حكومة بودن، إدارة ترامب، عهد مبارك.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isWord(ctx, i) || !adjacent(ctx, i) || !LEADER_OF.has(withoutProclitic(tokens[i]!.key))) continue;
    const j = i + 1;
    const key = tokens[j]!.key;
    const stat = kb.words.get(key);
    const personLike = stat !== undefined && stat.person > stat.other;
    if (!isWord(ctx, j) || (key.startsWith("ال") && !personLike) || !nameToken(ctx, kb, j) || isCommonWord(kb.words, key) || kbNameAt(ctx, kb, j) || nisbaAt(ctx, kb, j)) continue;
    // إدارة سجون المنطقة: an everyday noun the body runs, not its leader.
    if (!personLike && !kb.givenNames.has(key) && !kb.familyNames.has(key) && arabicLexicon().has(tokens[j]!.text)) continue;
    titled.add(j);
    out.push({ start: tokens[j]!.start, end: tokens[j]!.end, first: j, last: j, type: "PER", source: "title", score: 5 });
  }
  // A nationality used as a noun names the person after it (والبولندي زوكالا، المحترف الغاني مونتاري) when that
  // word is nothing else: not in the spelling lexicon, not an everyday word, not a KB name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const nisba = nisbaAt(ctx, kb, i);
    if (!nisba || nisba.value.plural || !adjacent(ctx, nisba.last) || !/^[وف]?ال/u.test(tokens[i]!.key)) continue;
    const j = nisba.last + 1;
    if (titled.has(j) || !unknownWord(ctx, kb, j)) continue;
    const last = extendName(ctx, kb, j);
    titled.add(j);
    out.push({ start: tokens[j]!.start, end: tokens[last]!.end, first: j, last, type: "PER", source: "title", score: 5, country: nisba.value.country });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (titled.has(i)) continue;
    const given = givenNameReading(ctx, kb, i);
    if (!given) continue;
    // A name inside a longer one (the محمد of عبد الله محمد) is found from its start; with و it is the
    // next name of a list (إبراهيم صلاح وأحمد توفيق).
    const previous = tokens[i - 1];
    const conjoined = given.start > tokens[i]!.start;
    if (!conjoined && previous && adjacent(ctx, i - 1) && (PARTICLES.has(previous.key) || kb.givenNames.has(previous.key))) continue;
    const last = extendName(ctx, kb, i);
    if (last === i) continue;
    const key = tokens[i]!.key;
    // جميل الصبر، حسن العزاء، صادق المواساة: an adjective before a definite noun, not a name.
    if (kb.everydayGivenNames.has(withoutProclitic(key)) && (everydayDefiniteNoun(ctx, kb, i + 1) || everydayIndefinite(ctx, kb, i + 1))) continue;
    // متحدثا باسم الأسرة "speaking in the name of": باسم is no given name there.
    if (withoutProclitic(key) === "باسم" && previous && SPOKESPEOPLE.has(withoutProclitic(previous.key))) continue;
    const common = isCommonWord(kb.words, key) || isCommonWord(kb.words, tokens[i + 1]!.key);
    out.push({
      start: given.start,
      end: tokens[last]!.end,
      first: i,
      last,
      type: "PER",
      source: "given-name",
      score: common ? 3 : 5,
    });
  }
}

// بن/بنت after a word make it a personal name (سطام بن عبدالعزيز) even when the word is no known given name.
const GENEALOGY_WORDS = new Set(["بن", "بنت", "ابن"]);

/** How an organization or facility head takes its complement. */
interface HeadRule {
  /** Facilities are often named after people (استاد خليفة الدولي، مطار الملك خالد). */
  personNames?: boolean;
  /** The head is definite (الجيش، المرصد): only adjectives may follow it directly. */
  definite: boolean;
  /** Media, parties, companies, facilities: the complement may be a bare proper name (وكالة تسنيم، متحف باردو). */
  properName: boolean;
  /** The complement must not be an everyday noun (موقع الهجوم، سوق العمل are not names). */
  noCommonNoun?: boolean;
  /** Short ministry names (الخارجية الإيرانية): only a nisba may follow, agreeing in gender when `feminine`. */
  nisbaOnly: boolean;
  feminine: boolean;
  /** An organization's head (not a facility's): any noun of the spelling lexicon may start its construct chain (هيئة مكافحة الفساد). */
  organization?: boolean;
}

function adjectiveLike(key: string): boolean {
  return /(?:ي|يه|يون|يين)$/u.test(key) || /^(?:و|ف)?لل/u.test(key) || /^ال(?:عليا|اعلي|عظمي|كبري|اول|اولي)$/u.test(key);
}

/** An everyday word in ة after a feminine head agrees with it (مجموعة متنوعة، شركة كبيرة): no proper name. */
function feminineAdjective(token: Token): boolean {
  return /ة$/u.test(token.text) && arabicLexicon().has(token.text);
}

/** A word that begins like an imperfect verb (يستقبل، تصل) and is not known as a name. */
export function verbLike(kb: KnowledgeBase, key: string): boolean {
  // Imperfect verbs are a prefix, a root of three or four letters and a short suffix; longer words
  // beginning with ي or ت are more often foreign names (ياسارفيك).
  const fits = key.startsWith("ي") ? key.length >= 3 && key.length <= 6 : key.length >= 4 && key.length <= 6;
  return fits && /^[يت]/u.test(key) && !kb.givenNames.has(key) && !kb.words.has(key) && !kb.names.next?.has(key);
}

/** Complement of an organization or facility head: the last token of the name, or -1. */
function complementEnd(ctx: Context, kb: KnowledgeBase, from: number, rule: HeadRule): { last: number; country: string | null } {
  const { tokens } = ctx;
  let j = from;
  let lastGood = -1;
  let country: string | null = null;
  // After a nisba or a place the name is closed: only a genitive ل… (المرصد السوري لحقوق الإنسان) or
  // another adjective may follow.
  let closed = false;
  let sawDefinite = false;
  let chained = false;
  while (j < tokens.length && j - from < 7 && adjacent(ctx, j - 1)) {
    if (!isWord(ctx, j) && !(tokens[j]!.kind === "number" && lastGood >= 0)) break;
    const key = tokens[j]!.key;
    if (isStop(kb, key) || isPrepositionAla(tokens[j]!)) break;
    // A genitive ل… may be coordinated: مركز أبوظبي للتوفيق والتحكيم التجاري.
    const coordinated = /^وال/u.test(key) && /^(?:و|ف)?لل/u.test(tokens[j - 1]!.key);
    if (closed && !key.startsWith("ل") && !coordinated && !nisbaAt(ctx, kb, j) && !(key.startsWith("ال") && adjectiveLike(key))) break;
    const title = roleAt(ctx, kb.personTitles, j);
    if (title && !key.startsWith("ل")) {
      // Named after a person with a title: جامعة الملك سعود، مطار الملك خالد، مستشفى الأمير سلطان.
      const nameStart = title.last + 1;
      const given = kb.givenNames.has(tokens[nameStart]?.key ?? "") || (nameToken(ctx, kb, nameStart) && adjacent(ctx, nameStart) && GENEALOGY_WORDS.has(tokens[nameStart + 1]?.key ?? ""));
      // Bodies are named after royals and religious leaders, not after officers (برئاسة اللواء X is "headed by").
      const named = given && NAMESAKE_ROLES.has(title.value.english);
      if (lastGood < 0 && nameStart < tokens.length && adjacent(ctx, title.last) && named) {
        lastGood = extendName(ctx, kb, nameStart, 4);
        // مطار الملك عبدالعزيز الدولي: an adjective of the facility may follow the person's name.
        const next = tokens[lastGood + 1]?.key ?? "";
        if (adjacent(ctx, lastGood) && next.startsWith("ال") && adjectiveLike(next) && !nisbaAt(ctx, kb, lastGood + 1)) lastGood++;
        // … and a genitive: جامعة الأمير سلطان للعلوم الصحية.
        if (!adjacent(ctx, lastGood) || !/^لل/u.test(tokens[lastGood + 1]?.key ?? "")) break;
        j = lastGood + 1;
        closed = true;
        sawDefinite = true;
        continue;
      }
      break;
    }
    const nisba = nisbaAt(ctx, kb, j);
    if (nisba && !nisba.value.plural) {
      if (rule.nisbaOnly && rule.feminine && !tokens[nisba.last]!.key.endsWith("يه")) break;
      // محكمة مصرية is "an Egyptian court", not a name.
      if (j === from && !rule.definite && !key.startsWith("ال")) break;
      country ??= nisba.value.country;
      lastGood = j = nisba.last;
      closed = true;
      sawDefinite = true;
      j++;
      continue;
    }
    if (rule.nisbaOnly) break;
    const place = placeAt(ctx, kb, j, true);
    if (place) {
      country ??= place.value.country;
      lastGood = j = place.last;
      closed = true;
      sawDefinite = true;
      j++;
      continue;
    }
    const bare = key.replace(/^[وف](?=ال)/u, "");
    const definite = key.startsWith("ال") || /^(?:و|ف)?(?:لل|ال)/u.test(key);
    if (definite) {
      // After لل… the name is complete but for adjectives and و (اللجنة الوطنية للانتخابات النتائج: the
      // object of the verb; المنظمة العربية للتربية والثقافة).
      const previous = j > from ? tokens[j - 1]!.key : "";
      if (/^(?:و|ف)?لل/u.test(previous) && key.startsWith("ال") && !adjectiveLike(key)) break;
      // After a construct chain (هيئة مكافحة الفساد) a second definite noun is the verb's object (… التحقيق).
      if (chained && j > from && tokens[j - 1]!.key.startsWith("ال") && key.startsWith("ال") && !adjectiveLike(key) && !placeAt(ctx, kb, j)) break;
      // اللجنة للتأكد: right after a definite head, لل… says what the body does ("to verify"), not its name.
      if (rule.definite && j === from && (!adjectiveLike(key) || /^(?:و|ف)?لل/u.test(key))) break;
      if ((rule.noCommonNoun ?? rule.properName) && j === from && isCommonWord(kb.words, key) && !adjectiveLike(key)) break;
      // و joins a second complement only to a real first one (الشؤون الدينية والأوقاف).
      if (bare !== key && lastGood < 0) break;
      // A vague adjective agrees with the genitive before it (للعلوم الأمنية), not with the head.
      if (!kb.vagueAdjectives.has(bare) || /^(?:و|ف)?لل/u.test(previous)) lastGood = j;
      sawDefinite = true;
      j++;
      continue;
    }
    if (rule.definite && j === from) break;
    // After a definite word the noun phrase is complete: an indefinite word starts something else
    // (مجلس التعاون الخليجي دعا …), unless it is a genitive ل… (المرصد السوري لحقوق الإنسان).
    if (sawDefinite && !key.startsWith("ل")) break;
    if (verbLike(kb, key) || key.startsWith("و")) break;
    // A construct chain of at most two everyday nouns ending in a definite word or a place:
    // قيادة عمليات بغداد، لحقوق الإنسان، دائرة صحة منطقة الرصافة.
    let run = 0;
    while (
      run < 2 &&
      isWord(ctx, j + run) &&
      (run === 0 || adjacent(ctx, j + run - 1)) &&
      !tokens[j + run]!.key.startsWith("ال") &&
      (isCommonWord(kb.words, tokens[j + run]!.key) || (rule.organization === true && run === 0 && everydayWord(ctx, kb, j + run))) &&
      !adjectiveLike(tokens[j + run]!.key) &&
      !tokens[j + run]!.key.startsWith("ي") && // يقف وراء الهجوم: a verb, not a noun of the chain
      !isStop(kb, tokens[j + run]!.key) &&
      !kb.givenNames.has(tokens[j + run]!.key)
    ) {
      run++;
    }
    const after = j + run;
    if (run > 0 && isWord(ctx, after) && adjacent(ctx, after - 1) && (tokens[after]!.key.startsWith("ال") || placeAt(ctx, kb, after))) {
      j = after;
      chained = true;
      continue;
    }
    // A bare proper name after a party, company or media head (حزب العمال، وكالة تسنيم, شركة أرامكو); then stop
    // except for a nisba or place.
    const properComplement = rule.properName && (rule.personNames === true || !kb.givenNames.has(key));
    if (properComplement && lastGood < 0 && nameToken(ctx, kb, j) && !isCommonWord(kb.words, key) && !feminineAdjective(tokens[j]!)) {
      lastGood = j;
      if (rule.personNames && kb.givenNames.has(key)) {
        // A person's name, then adjectives such as الدولي.
        lastGood = extendName(ctx, kb, j, 3);
        let k = lastGood + 1;
        while (k < tokens.length && adjacent(ctx, k - 1) && isWord(ctx, k) && tokens[k]!.key.startsWith("ال") && adjectiveLike(tokens[k]!.key)) k++;
        lastGood = k - 1;
        // … then a genitive may still follow: جامعة نايف العربية للعلوم الأمنية.
        if (!adjacent(ctx, lastGood) || !/^لل/u.test(tokens[lastGood + 1]?.key ?? "")) break;
        j = lastGood + 1;
        closed = true;
        sawDefinite = true;
        continue;
      }
      const next = j + 1;
      if (adjacent(ctx, j)) {
        const trailing = nisbaAt(ctx, kb, next);
        if (trailing && !trailing.value.plural) {
          country ??= trailing.value.country;
          lastGood = trailing.last;
        }
      }
      break;
    }
    break;
  }
  return { last: lastGood, country };
}

const PLACE_BODY_HEADS = new Set(["امانه", "اماره منطقه"]);

// Institutions named after their place (جامعة الكويت، بنك قطر الوطني، شرطة دبي): the whole is the name, over the place in it.
const PLACE_NAMED_HEADS = new Set(["جامعه", "بنك", "مصرف", "شرطه", "معهد", "اكاديميه", "كليه", "نادي", "غرفه", "مركز"]);

// Bodies named after a person (مؤسسة سالم بن محفوظ الخيرية، جمعية خالد الجبر، جامعة نايف العربية).
const PERSON_NAMED_HEADS = new Set(["مؤسسه", "جمعيه", "جامعه"]);

const NISBA_ONLY_HEADS = new Map([
  ["الخارجيه", true],
  ["الداخليه", true],
  ["الدفاع", true],
  ["الرئاسه", true],
  ["رئاسه", true],
]);

function orgCandidates(ctx: Context, kb: KnowledgeBase, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(ctx, i)) continue;
    const head = roleAt(ctx, kb.orgHeads, i) ?? definiteHead(ctx, kb, i);
    if (!head) continue;
    const headReading = ctx.readings[head.last]!.find((r) => (head.last === i ? kb.orgHeads.next?.has(r.key) || r.key.startsWith("ال") : true)) ?? ctx.readings[head.last]![0]!;
    const headKey = headReading.key;
    // A minister's title holds the ministry's name (وزير الخارجية الإيراني): not an organization.
    const previous = tokens[i - 1];
    if (previous && adjacent(ctx, i - 1) && /^(?:و|ل)?(?:وزير|وزيره|نائب)$/u.test(previous.key) && NISBA_ONLY_HEADS.has(headKey)) continue;
    const personNamed = PERSON_NAMED_HEADS.has(headKey);
    const properName = PROPER_NAME_HEADS.has(headKey.replace(/^ال/u, ""));
    const rule: HeadRule = {
      definite: head.last === i && headKey.startsWith("ال"),
      properName: personNamed || properName,
      noCommonNoun: properName,
      personNames: personNamed,
      organization: true,
      nisbaOnly: head.last === i && NISBA_ONLY_HEADS.has(headKey),
      feminine: NISBA_ONLY_HEADS.get(headKey) === true,
    };
    const complement = complementEnd(ctx, kb, head.last + 1, rule);
    if (complement.last < 0) continue;
    const { country } = complement;
    const last = withoutClause(ctx, kb, head.last + 1, complement.last);
    const start = headStart(ctx, kb, i) ?? tokens[i]!.start;
    out.push({
      start,
      end: tokens[last]!.end,
      first: i,
      last,
      type: "ORG",
      source: "org-pattern",
      // أمانة جدة، إمارة منطقة الباحة: the body of a place outranks the place inside its name.
      score: PLACE_BODY_HEADS.has(normalizeKey(head.value.title)) ? 13 : namedAfter(ctx, kb, headKey, head.last + 1),
      country,
      sector: head.value.sector,
    });
  }
}

/** الأكاديمية السعودية للطيران المدني، الهيئة السعودية للمهندسين: a head with the article, a nisba and a
 * genitive is a name, though the head with the article alone (الشركة) is a common noun. */
function definiteHead(ctx: Context, kb: KnowledgeBase, i: number): Match<Role> | null {
  const raw = ctx.tokens[i]!.key;
  const article = raw.indexOf("ال");
  if (article < 0 || article > 2) return null;
  // Cheap shape test first: the next word must look like a definite nisba (السعودية، الوطني).
  const next = ctx.tokens[i + 1]?.key ?? "";
  if (!next.startsWith("ال") || !(next.endsWith("ي") || next.endsWith("يه")) || !adjacent(ctx, i)) return null;
  const key = raw.slice(article);
  const role = kb.orgHeads.next?.get(key.slice(2))?.role;
  const nisba = role ? nisbaAt(ctx, kb, i + 1) : null;
  if (!role || !nisba || nisba.value.plural || !adjacent(ctx, nisba.last)) return null;
  return /^لل/u.test(ctx.tokens[nisba.last + 1]?.key ?? "") ? { value: role, last: i } : null;
}

/** The score of an organization name: جامعة الكويت، مؤسسة عبدالرحمن الراشد الخيرية outrank the place or
 * person inside them (a person's name found by two recognizers too). */
function namedAfter(ctx: Context, kb: KnowledgeBase, headKey: string, next: number): number {
  if (PLACE_NAMED_HEADS.has(headKey.replace(/^ال/u, "")) && placeAt(ctx, kb, next, true)) return 12;
  if (PERSON_NAMED_HEADS.has(headKey) && (givenNameReading(ctx, kb, next) !== null || kbNameAt(ctx, kb, next)?.value.type === "PER")) return 14;
  return 9;
}

const CLAUSE_OPENERS = new Set(["علي", "في", "حول", "من", "عن", "الي", "بين", "داخل", "عند", "لدي"]);

/** القوات الحكومية المتمركزة حول البلدة، مجلس الوزراء المقرر عقده: a participle that opens a clause
 * (a preposition or a pronoun-suffixed word after it) describes the body, it is no part of its name. */
function withoutClause(ctx: Context, kb: KnowledgeBase, first: number, last: number): number {
  const token = ctx.tokens[last]!;
  if (last <= first || !/^(?:ال)م/u.test(token.key) || adjectiveLike(token.key) || nisbaAt(ctx, kb, last) || !adjacent(ctx, last)) return last;
  const next = ctx.tokens[last + 1];
  if (!next || next.kind !== "word") return last;
  const opensClause = CLAUSE_OPENERS.has(next.key) || /(?:ها|ه|هم|هما)$/u.test(next.key) && next.segments.some((s) => s.role === "enclitic");
  return opensClause ? last - 1 : last;
}

/** Where the head word really starts: after a proclitic when the bare word is the head (ووزارة → وزارة). */
function headStart(ctx: Context, kb: KnowledgeBase, i: number): number | null {
  for (const reading of ctx.readings[i]!) {
    if (kb.orgHeads.next?.has(reading.key) || kb.personTitles.next?.has(reading.key)) return reading.start;
  }
  return null;
}

/** سوق الكويت للأوراق المالية, or سوق أبوظبي in a market report: the stock exchange, a body, not a market place. */
function exchange(ctx: Context, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (/^(?:لل|ال)اوراق$/u.test(ctx.tokens[k]!.key)) return true;
  return domainsOf(ctx).domains.includes("market");
}

const STRICT_FACILITY_HEADS = new Set(["مصفاه", "سوق", "قاعده", "ساحه", "جسر", "واحه", "خليج", "جزيره", "منتجع", "وادي", "جبل", "نهر", "سد", "برج"]);

const PLURAL_SETTLEMENTS = new Set(["بلدات", "قري", "مدن", "بلدتي", "قريتي", "مدينتي", "مناطق", "احياء", "مخيمات"]);

/** Further names of a list of places after its first member: "، X" or "و X", each a place of its own. */
function listedPlaces(ctx: Context, kb: KnowledgeBase, from: number, out: Candidate[]): void {
  const { tokens } = ctx;
  let j = from;
  for (let count = 0; count < 8 && j < tokens.length && adjacent(ctx, j - 1); count++) {
    if (tokens[j]!.kind === "punct" && tokens[j]!.text === "،") j++;
    if (!isWord(ctx, j) || !adjacent(ctx, j - 1)) return;
    const reading = ctx.readings[j]!.find((r) => r.clitic === "و") ?? (tokens[j - 1]?.text === "،" ? ctx.readings[j]![0] : undefined);
    if (!reading || reading.key.length < 3 || isCommonWord(kb.words, reading.key) || kb.stopwords.has(reading.key) || kb.givenNames.has(reading.key)) return;
    out.push({ start: reading.start, end: tokens[j]!.end, first: j, last: j, type: "LOC", source: "place-pattern", score: 6, country: null });
    j++;
  }
}

function placeCandidates(ctx: Context, kb: KnowledgeBase, out: Candidate[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isWord(ctx, i) || !adjacent(ctx, i)) continue;
    let headKey: string | null = null;
    let headStartOffset = tokens[i]!.start;
    for (const reading of ctx.readings[i]!) {
      if (SETTLEMENT_HEADS.has(reading.key) || FACILITY_HEADS.has(reading.key)) {
        headKey = reading.key;
        headStartOffset = reading.start;
        break;
      }
    }
    if (!headKey) continue;
    if (SETTLEMENT_HEADS.has(headKey)) {
      const j = i + 1;
      if (!isWord(ctx, j)) continue;
      const key = tokens[j]!.key;
      const place = placeAt(ctx, kb, j);
      if (!place && (!nameToken(ctx, kb, j) || kb.givenNames.has(key) || nisbaAt(ctx, kb, j))) continue;
      // مركز حضاري، حي سكني: an everyday adjective says what kind of centre or quarter, it names none.
      if (!place && !key.startsWith("ال") && /(?:ي|يه)$/u.test(key) && arabicLexicon().has(tokens[j]!.text)) continue;
      let last = place ? place.last : j;
      if (!place && adjacent(ctx, j) && isWord(ctx, j + 1) && tokens[j + 1]!.key.startsWith("ال") && nameToken(ctx, kb, j + 1) && !nisbaAt(ctx, kb, j + 1)) last = j + 1;
      out.push({ start: tokens[j]!.start, end: tokens[last]!.end, first: j, last, type: "LOC", source: "place-pattern", score: place ? 9 : 6, country: place?.value.country ?? null });
      // بلدات الشعيتية والقليلية وطيرحرفا: the list goes on with و or a comma.
      if (PLURAL_SETTLEMENTS.has(headKey)) listedPlaces(ctx, kb, last + 1, out);
    } else {
      // Most facilities take any definite name (مستشفى الشفاء، سجن الحائر); a few heads are everyday
      // phrases with a common noun (سوق العمل، قاعدة البيانات) and need a proper name.
      // مسجد قوات الطوارئ، ملعب مدينة الملك عبدالعزيز: a facility named after the body or the place it
      // belongs to leaves the name to that body or place.
      if (roleAt(ctx, kb.orgHeads, i + 1) || SETTLEMENT_HEADS.has(tokens[i + 1]?.key ?? "")) continue;
      const strict = STRICT_FACILITY_HEADS.has(headKey);
      const { last, country } = complementEnd(ctx, kb, i + 1, { definite: headKey.startsWith("ال"), properName: true, noCommonNoun: strict, nisbaOnly: false, feminine: false, personNames: true });
      if (last < 0) continue;
      const type = headKey === "سوق" && exchange(ctx, i + 1, last) ? "ORG" : "LOC";
      out.push({ start: headStartOffset, end: tokens[last]!.end, first: i, last, type, source: "place-pattern", score: 9, country });
    }
  }
}

export function patternCandidates(ctx: Context): Candidate[] {
  const kb = knowledgeBase();
  const out: Candidate[] = [];
  personCandidates(ctx, kb, out);
  orgCandidates(ctx, kb, out);
  placeCandidates(ctx, kb, out);
  return out;
}
