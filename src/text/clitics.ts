// Clitic segmentation: وبموسكو = و + ب + موسكو, حكومته = حكومة + ه, للرئيس = ل + (ا)ل + رئيس.
//
// Clitic slots come in a fixed order: [و|ف] [ب|ك|ل | س] [ال] STEM [one pronoun]. Each slot is stripped
// from the outside in, and only when the lexicon (Ayaspell via @cspell/dict-ar, see lexicon.ts) supports
// it. The lexicon lists surface forms *with* clitics, so "is the whole word known" says nothing; instead a
// clitic letter is taken to be part of the stem when the word accepts another clitic of the same or an
// inner slot, which a clitic-bearing word could not: ووزير and فوزير exist, so the و of وزير is a root
// letter; فوالرئيس does not, so the و of والرئيس is a conjunction. Word lists in data/text protect names
// and function words the lexicon cannot judge (لبنان, كان, ذلك), and a list of frequent news stems breaks
// ties the lexicon leaves open because it also holds rare words (بقوله: ب + قول + ه, not بقول "legumes").
// Measured on hand-annotated fixtures in test/fixtures (see test/text-clitics.test.ts).

import { readFileSync } from "node:fs";
import type { Segment, SegmentRole } from "../document.ts";
import { normalizeKey } from "./normalize.ts";
import { arabicLexicon, type Lexicon } from "./lexicon.ts";
import { lightStem } from "./stem.ts";
import { KeySet, KeyFlags } from "./keyset.ts";

export interface WordSegmentation {
  segments: Segment[];
  /** Normalized key of the stem, with a ة restored when a pronoun had turned it into ت (حكومته → حكومه). */
  stemKey: string;
}

const ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];
const ENCLITIC_SET = new KeySet(ENCLITICS);
// Pronouns by their last letter, longest first, so a word is only tried against pronouns it can end with.
const NO_PRONOUNS: string[] = [];
const ENCLITICS_BY_LAST: string[][] = new Array<string[]>(0x700).fill(NO_PRONOUNS);
for (const pronoun of ENCLITICS) {
  const last = pronoun.charCodeAt(pronoun.length - 1);
  ENCLITICS_BY_LAST[last] = [...ENCLITICS_BY_LAST[last]!, pronoun];
}
function pronounsEnding(word: string): string[] {
  return ENCLITICS_BY_LAST[word.charCodeAt(word.length - 1)] ?? NO_PRONOUNS;
}
const VERB_PREFIXES = "يتنأا";
const RARE_PERSONS = new Set(["ك", "كم", "كما", "كن", "ي", "ني"]); // asked only about the pronouns above
const STACKED = /^(?:س[يتن]|بال|كال|لل|ال)/;
const PREPOSED_PRONOUN = /^[لب](?:هما|هم|هن|ها|ه|كما|كم|كن|ك|نا|ي)$/;

// --- word lists -------------------------------------------------------------------------------------------

// Which lists hold a key, as bits of one table: one probe answers for all of them.
const FUNCTION_WORD = 1;
const NAME = 2;
const COMMON_STEM = 4;
/** Keys of entries written with a final ة and of no entry written with a final ه (سنة, not وجه). */
const TA_MARBUTA_ONLY = 8;
const LISTED = FUNCTION_WORD | NAME;
const COMMON = COMMON_STEM | NAME;
const TEH = 0x062a;
const HEH = 0x0647;

interface WordLists {
  flags: KeyFlags;
}

/** Reads a data/text word list: one entry a line, # comments; entries keyed through normalizeKey. */
export function readWordList(name: string): string[] {
  const raw = readFileSync(new URL(`../../data/text/${name}`, import.meta.url), "utf8");
  return raw
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

let lists: WordLists | undefined;
function wordLists(): WordLists {
  if (!lists) {
    const entries = ["function-words.txt", "names.txt", "common-stems.txt"].map(readWordList);
    // Keys fold ة into ه, but a written ه is a pronoun: سنه is سن + ه even though سنة is listed.
    const withHeh = new Set(entries.flat().filter((e) => e.endsWith("ه")).map(normalizeKey));
    const taMarbutaOnly = entries.flat().filter((e) => e.endsWith("ة")).map(normalizeKey).filter((k) => !withHeh.has(k));
    lists = {
      flags: new KeyFlags([
        ...entries[0]!.map((e) => [normalizeKey(e), FUNCTION_WORD] as const),
        ...entries[1]!.map((e) => [normalizeKey(e), NAME] as const),
        ...entries[2]!.map((e) => [normalizeKey(e), COMMON_STEM] as const),
        ...taMarbutaOnly.map((k) => [k, TA_MARBUTA_ONLY] as const),
      ]),
    };
  }
  return lists;
}

// --- word form --------------------------------------------------------------------------------------------

// The form the lexicon is asked about: like the match key (harakat, tatweel and controls dropped,
// presentation forms unfolded) but keeping what tells clitics apart: hamza on alef, ة and ى.
const KEEP = new Set(["أ", "إ", "آ", "ة", "ى", "ؤ", "ئ"]);
const formTable: (string | undefined)[] = new Array(0x10000);
function formOfUnit(code: number): string {
  let form = formTable[code];
  if (form === undefined) {
    const ch = String.fromCharCode(code);
    const unfolded = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe) ? ch.normalize("NFKC") : ch;
    form = "";
    for (const c of unfolded) form += KEEP.has(c) ? c : normalizeKey(c);
    formTable[code] = form;
  }
  return form;
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

// --- the decision -----------------------------------------------------------------------------------------

type Piece = { length: number; role: SegmentRole };

interface Decision {
  /** Clitic and stem lengths in form characters, in order. */
  pieces: Piece[];
  stemKey: string;
}

// The lexicon and lists a decision reads; set at the start of decideSegmentation. Module functions rather
// than closures: closures rebuilt per word cost more than the decisions themselves.
let lexicon: Lexicon;
let flags: KeyFlags;

function known(form: string): boolean {
  return lexicon.has(form);
}
function isFunctionWord(key: string): boolean {
  return (flags.get(key) & FUNCTION_WORD) !== 0;
}
function isName(key: string): boolean {
  return (flags.get(key) & NAME) !== 0;
}
function listed(key: string): boolean {
  return (flags.get(key) & LISTED) !== 0;
}
function isCommon(key: string): boolean {
  return (flags.get(key) & COMMON) !== 0;
}
/** The list flags of text[start, end) (followed by the character `extra` unless it is -1). */
function flagsIn(text: string, start: number, end: number, extra = -1): number {
  return flags.getIn(text, start, end, extra);
}

/** Whether a listed key matched only because ة folds into ه while the word is written with ه. */
function writtenWithHeh(form: string, key: string): boolean {
  return form.endsWith("ه") && (flags.get(key) & TA_MARBUTA_ONLY) !== 0;
}

/** Whether a key rests on a listed stem, allowing for the article or one pronoun around it. */
function restsOnCommon(key: string): boolean {
  const articled = key.startsWith("ال");
  if (isCommon(key) || (articled && (flagsIn(key, 2, key.length) & COMMON) !== 0)) return true;
  if (articled) return false; // the article never takes a pronoun (الفني is no ألف + ني)
  for (const pronoun of pronounsEnding(key)) {
    if (key.length < pronoun.length + 2 || !key.endsWith(pronoun) || RARE_PERSONS.has(pronoun)) continue;
    const stemEnd = key.length - pronoun.length;
    if ((flagsIn(key, 0, stemEnd) & COMMON) !== 0) return true;
    if (key.charCodeAt(stemEnd - 1) === TEH && (flagsIn(key, 0, stemEnd - 1, HEH) & COMMON) !== 0) return true;
  }
  return false;
}

/** Whether a form reads as a noun (with or without one pronoun): what a preposition governs. */
function nounLike(form: string, key: string): boolean {
  if (form.startsWith("ال") || lexicon.hasJoined("ال", form, "", true) || listed(key) || restsOnCommon(key)) return true;
  for (const pronoun of pronounsEnding(form)) {
    if (form.length < pronoun.length + 2 || !form.endsWith(pronoun)) continue;
    const stem = form.slice(0, -pronoun.length);
    if ((flagsIn(key, 0, key.length - pronoun.length) & LISTED) !== 0 || lexicon.hasJoined("ال", stem, "", true)) return true;
    if (stem.endsWith("ت") && lexicon.hasJoined("ال", stem.slice(0, -1), "ة", true)) return true;
  }
  return false;
}

/** Listed stems decide between the clitic and the root-letter reading when only one side has one. */
function preference(wordKey: string, restKey: string): "strip" | "keep" | null {
  const keep = restsOnCommon(wordKey);
  // A two-letter rest is too weak a reason to cut (باب is no ب + أب) unless it is a function word.
  const strip = (restKey.length >= 3 || isFunctionWord(restKey)) && restsOnCommon(restKey);
  return keep === strip ? null : strip ? "strip" : "keep";
}

/** Splits a word form (Arabic letters only) into proclitics, stem and enclitic. `key` = normalizeKey(form). */
// Each clitic slot is decided by a function of its own: small functions are optimized by the engine
// after a few hundred words, where one large one ran unoptimized through the first thousands.
export function decideSegmentation(form: string, key: string, lexiconToUse: Lexicon = arabicLexicon()): Decision {
  const lists = wordLists();
  lexicon = lexiconToUse;
  flags = lists.flags;
  const n = form.length;
  if (n < 2 || (listed(key) && !writtenWithHeh(form, key))) return { pieces: [{ length: n, role: "stem" }], stemKey: key };

  const pieces: Piece[] = [];
  let at = 0;
  if ((form[0] === "و" || form[0] === "ف") && n >= 3 && conjunctionAt(form, key)) {
    pieces.push({ length: 1, role: "proclitic" });
    at = 1;
  }
  let preposition = "";
  if (n - at >= 3) {
    const stripped = prepositionAt(form, key, at);
    if (stripped !== null) {
      pieces.push({ length: 1, role: "proclitic" });
      preposition = stripped;
      at++;
    }
  }
  const article = articleAt(form, key, at, preposition);
  if (article > 0) {
    pieces.push({ length: article, role: "proclitic" });
    at += article;
  }
  // One pronoun, never together with the article.
  let enclitic = 0;
  let stemKey = key.slice(at);
  if (article === 0) {
    enclitic = encliticAt(form, key, at, preposition);
    if (enclitic > 0) stemKey = encliticStemKey;
  }
  pieces.push({ length: n - at - enclitic, role: "stem" });
  if (enclitic) pieces.push({ length: enclitic, role: "enclitic" });
  return { pieces, stemKey };
}

// Conjunction و ف: a root letter when the word takes a conjunction itself (ووزير, فوزير). Cheap
// evidence first: listed stems, function words, then a rest that itself opens with a clitic stack
// (سيتم, بال, لل), which makes the conjunction reading the likely one; the lexicon last.
function conjunctionAt(form: string, key: string): boolean {
  const rest = form.slice(1);
  const restKey = key.slice(1);
  const preferred = preference(key, restKey);
  let strip = preferred === "strip";
  if (preferred === null) {
    if (isFunctionWord(restKey) || PREPOSED_PRONOUN.test(restKey)) strip = true;
    else {
      const restKnown = known(rest);
      if (restKnown && STACKED.test(rest)) strip = true;
      else {
        const base = lexicon.hasJoined("و", form, "") || lexicon.hasJoined("ف", form, "");
        // An unknown word after و: a conjunction before an unknown name is likelier than a name in و.
        strip = !base && (restKnown || isName(restKey) || (form[0] === "و" && rest.length >= 4 && !known(form)));
      }
    }
  }
  return strip;
}

// Preposition ب ك ل or future س: a root letter when the word takes a preposition or the article.
function prepositionAt(form: string, key: string, at: number): string | null {
  const rest = form.slice(at);
  const first = rest[0]!;
  const stripped = rest.slice(1);
  const strippedKey = key.slice(at + 1);
  if ((first === "ب" || first === "ك" || first === "ل") && (flagsIn(key, at, key.length) & LISTED) === 0 && !ENCLITIC_SET.has(stripped)) {
    const preferred = preference(key.slice(at), strippedKey);
    let strip = preferred === "strip" || (preferred === null && listed(strippedKey));
    if (!strip && preferred === null) {
      const base = lexicon.hasJoined("ب", rest, "") || lexicon.hasJoined("ال", rest, "", true);
      if (!base) {
        // An article after the preposition (بالقطيف, للحوثيين) marks a clitic stack even on a name the
        // lexicon does not know.
        const articled = stripped.length >= 5 && (stripped.startsWith("ال") || (first === "ل" && stripped[0] === "ل"));
        // A preposition governs a noun (بالرئيس, بحكومته); ل also takes an imperfect verb (ليتمكن).
        strip = known(stripped)
          ? nounLike(stripped, strippedKey) ||
            (first === "ل" && "يتن".includes(stripped[0]!)) ||
            (first === "ل" && stripped[0] === "ل" && lexicon.hasJoined("ال", stripped.slice(1), "", true))
          : articled && !known(form);
      }
    }
    return strip ? first : null;
  } else if (first === "س" && rest.length >= 4 && VERB_PREFIXES.includes(rest[1]!) && (flagsIn(key, at, key.length) & LISTED) === 0) {
    // The future governs an imperfect verb; a three-letter one starts with ي (سيصل), so سناب stays whole.
    const base = lexicon.hasJoined("ب", rest, "") || lexicon.hasJoined("ال", rest, "", true) || lexicon.hasJoined("ل", rest, "");
    const verbal = stripped.length >= 4 || stripped[0] === "ي" || restsOnCommon(strippedKey);
    if (!base && verbal && known(stripped)) return "";
  }
  return null;
}

// Article ال; after ل its alef is not written (للرئيس) and only the lam remains.
function articleAt(form: string, key: string, at: number, preposition: string): number {
  const rest = form.slice(at);
  const restKey = key.slice(at);
  if (preposition === "ل" && rest[0] === "ل" && rest.length >= 3 && !listed(restKey)) {
    const unknownName = rest.length >= 4 && !known(form) && !known(rest);
    if (unknownName || (lexicon.hasJoined("ال", rest.slice(1), "", true) && !lexicon.hasJoined("ب", rest, ""))) return 1;
  } else if (rest.startsWith("ال") && rest.length >= 4 && !listed(restKey) && preference(restKey, restKey.slice(2)) !== "keep") {
    const stem = rest.slice(2);
    // A hamzated alef (إلغاء, ألمانيا) is not the article; when the hamza was left out, trust the lexicon.
    const onlyHamzated = !known(stem) && (flagsIn(restKey, 2, restKey.length) & NAME) === 0 && known(rest) && !lexicon.has(rest, true);
    if (!onlyHamzated) return 2;
  }
  return 0;
}

// One pronoun, never together with the article. The ending is a root letter when the word takes the
// article or a pronoun of its own (وجه: الوجه, وجهها).
let encliticStemKey = "";
/** The length of the pronoun ending the word from `at` (0: none); its stem's key goes to encliticStemKey. */
function encliticAt(form: string, key: string, at: number, preposition: string): number {
  const rest = form.slice(at);
  const restKey = key.slice(at);
  for (const pronoun of pronounsEnding(rest)) {
    if (rest.length <= pronoun.length || !rest.endsWith(pronoun)) continue;
    const stem = rest.slice(0, -pronoun.length);
    const stemKeyCandidate = restKey.slice(0, -pronoun.length);
    const preposed = (stem === "ل" || stem === "ب") && preposition === "";
    if (stem.length < 2 && !preposed) continue;
    // Second-person and first-person-singular pronouns are rare in news narrative and their letters end
    // many verbs (يتحكم, يملك): only after a listed stem (عليكم, لديك, حكومتي needs ة: see validStem).
    const candidateFlags = flags.get(stemKeyCandidate);
    const rarePerson = RARE_PERSONS.has(pronoun) && !preposed && (candidateFlags & FUNCTION_WORD) === 0 && (candidateFlags & COMMON) === 0;
    if (rarePerson && pronoun !== "ي") continue;
    // A final ي is far more often the adjective ending (سعودي, شقيقي is rarer than سياسي), and يه is
    // often ية written with ه (إنسانيه): only a function word (لدي) or a ة turned ت (حكومتي) takes ي.
    if (pronoun === "ي" && !preposed && (candidateFlags & FUNCTION_WORD) === 0 && !stem.endsWith("ت")) continue;
    if (pronoun === "ه" && stem.endsWith("ي") && (candidateFlags & FUNCTION_WORD) === 0) continue;
    if ((flags.get(restKey) & (LISTED | COMMON)) !== 0 && !writtenWithHeh(rest, restKey)) break;
    // Function words and listed stems take pronouns freely (أنها, عليه, حكومته): no base test.
    if (!preposed && (candidateFlags & (COMMON | LISTED)) === 0) {
      if (lexicon.hasJoined("ال", rest, "", true) || lexicon.hasJoined("", rest, "ه") || lexicon.hasJoined("", rest, "ها")) break;
    }
    const restored = preposed ? stemKeyCandidate : validStem(stem, stemKeyCandidate);
    if (restored === null) continue;
    encliticStemKey = restored;
    return pronoun.length;
  }
  return 0;
}

/** The key of a stem left by a pronoun, or null when it is not a word (حكومت → حكومه, فتوا → فتوي). */
function validStem(stem: string, stemKey: string): string | null {
  if (listed(stemKey) || known(stem)) return stemKey;
  const last = stem[stem.length - 1];
  const body = stem.slice(0, -1);
  const bodyKey = stemKey.slice(0, -1);
  if (last === "ت" && lexicon.hasJoined("", body, "ة")) return bodyKey + "ه";
  if (last === "ا" && lexicon.hasJoined("", body, "ى")) return bodyKey + "ي";
  if ((last === "ؤ" || last === "ئ") && lexicon.hasJoined("", body, "ء")) return bodyKey + "ء";
  if (last === "و" && lexicon.hasJoined("", stem, "ن")) return stemKey + "ن";
  return null;
}

// --- spans ------------------------------------------------------------------------------------------------

/** Everything the text layer needs about one surface word, cached per surface string. */
export interface WordInfo {
  /** The word exactly as written (shared by every token with this surface). */
  surface: string;
  /** normalizeKey of the surface. */
  key: string;
  /** light10 stem of the key. */
  light: string;
  /** Key of the stem segment (ة restored where a pronoun had turned it into ت). */
  stemKey: string;
  /** The text of each segment in order (they tile the word), or null when the word is one stem. */
  parts: readonly string[] | null;
  /** How many parts are proclitics: the stem follows them, and a part after the stem is the enclitic. */
  proclitics: number;
}

// Cached analyses outlive many collections, so each is kept small: a word that is one stem holds no
// arrays, and clitic texts (و, ال, ها) are shared strings rather than a slice per word.
const cliticTexts = new Map<number, string>();
/** surface.slice(start, end), shared between words when the slice is a short clitic. */
function cliticText(surface: string, start: number, end: number): string {
  if (end - start > 3) return surface.slice(start, end);
  let code = 0;
  for (let i = start; i < end; i++) code = code * 0x10000 + surface.charCodeAt(i);
  code = code * 4 + (end - start);
  let text = cliticTexts.get(code);
  if (text === undefined) {
    text = surface.slice(start, end);
    if (cliticTexts.size < 4096) cliticTexts.set(code, text);
  }
  return text;
}

function analyzeSurface(surface: string): WordInfo {
  const key = normalizeKey(surface);
  const light = lightStem(key);
  // The form, and for each form character the surface offset it came from (only built when they differ).
  let form = "";
  let origin: number[] | null = null;
  let identical = true;
  for (let i = 0; i < surface.length; i++) {
    const piece = formOfUnit(surface.charCodeAt(i));
    if (identical && piece.length === 1 && piece.charCodeAt(0) === surface.charCodeAt(i)) continue;
    if (identical) {
      identical = false;
      form = surface.slice(0, i);
      origin = [];
      for (let k = 0; k < i; k++) origin.push(k);
    }
    form += piece;
    for (let k = 0; k < piece.length; k++) origin!.push(i);
  }
  if (identical) form = surface;
  if (form.length < 2) return wordInfoOf(surface, key, light, key, null, 0);
  for (let i = 0; i < form.length; i++) if (!isArabicLetter(form.charCodeAt(i))) return wordInfoOf(surface, key, light, key, null, 0);
  const decision = decideSegmentation(form, form === surface ? key : normalizeKey(form));
  const pieces = decision.pieces;
  if (pieces.length === 1) return wordInfoOf(surface, key, light, shared(decision.stemKey, key), null, 0);
  const parts: string[] = new Array(pieces.length);
  let proclitics = 0;
  let formAt = 0;
  let previousEnd = 0;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    formAt += piece.length;
    // A boundary sits before the surface character that produced the next form character, so harakat
    // and tatweel stay with the letter they follow; the last piece runs to the end of the word.
    const end = p === pieces.length - 1 ? surface.length : origin ? origin[formAt]! : formAt;
    // One surface character unfolded into several letters (a ligature) cannot be cut.
    if (end <= previousEnd) return wordInfoOf(surface, key, light, key, null, 0);
    parts[p] = piece.role === "stem" ? surface.slice(previousEnd, end) : cliticText(surface, previousEnd, end);
    if (piece.role === "proclitic") proclitics++;
    previousEnd = end;
  }
  const stemKey = shared(decision.stemKey, parts[proclitics]!);
  return wordInfoOf(surface, key, shared(light, stemKey), stemKey, parts, proclitics);
}

/** `text`, or `same` when it has the same characters: one string kept instead of two. */
function shared(text: string, same: string): string {
  return text === same ? same : text;
}

function wordInfoOf(surface: string, key: string, light: string, stemKey: string, parts: readonly string[] | null, proclitics: number): WordInfo {
  return { surface, key, light, stemKey, parts, proclitics };
}

// The cache of word analyses: an open-addressing hash table keyed by the characters of the word where it
// stands in the text, so a lookup needs no substring; Map.get on a fresh substring costs several times
// more. News vocabulary is Zipfian: a hundred thousand surface forms cover a year of one outlet.
// Each slot keeps, in a typed array, the word's hash, length and (up to INLINE characters) the word
// itself, so that a lookup compares there and reads only the analysis it returns: a lookup is bound by
// memory latency, and following pointers from the analysis to its surface string doubles it.
const CAPACITY = 1 << 18;
const MAX_ENTRIES = CAPACITY * 0.7;
const INLINE = 12; // characters kept in the slot, two to an int
const RECORD = 2 + INLINE / 2; // hash, length, characters
let slots: (WordInfo | null)[] = new Array<WordInfo | null>(CAPACITY).fill(null);
let records = new Int32Array(CAPACITY * RECORD);
let entries = 0;

function hashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether the slot at `record` holds the word text[start, end) (its hash and length already match). */
function sameWord(record: number, slot: number, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > INLINE) {
    const surface = slots[slot]!.surface;
    for (let i = 0; i < length; i++) if (surface.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }
  let at = record + 2;
  let i = start;
  for (; i + 1 < end; i += 2, at++) if (records[at] !== (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16))) return false;
  return i === end || records[at] === text.charCodeAt(i);
}

/** The cached analysis of the word `text[start, end)`. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  const h = hashAt(text, start, end);
  const length = end - start;
  let slot = h & (CAPACITY - 1);
  for (;;) {
    const record = slot * RECORD;
    const recordLength = records[record + 1]!;
    if (recordLength === 0) break;
    if (records[record] === h && recordLength === length && sameWord(record, slot, text, start, end)) return slots[slot]!;
    slot = (slot + 1) & (CAPACITY - 1);
  }
  if (entries >= MAX_ENTRIES) {
    clearWordCache();
    slot = h & (CAPACITY - 1);
  }
  const info = analyzeSurface(text.slice(start, end));
  const record = slot * RECORD;
  slots[slot] = info;
  records[record] = h;
  records[record + 1] = length;
  if (length <= INLINE) {
    let at = record + 2;
    let i = start;
    for (; i + 1 < end; i += 2, at++) records[at] = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    if (i < end) records[at] = text.charCodeAt(i);
  }
  entries++;
  return info;
}

/** Empties the word cache (for benchmarks that measure first-time segmentation). */
export function clearWordCache(): void {
  slots = new Array<WordInfo | null>(CAPACITY).fill(null);
  records = new Int32Array(CAPACITY * RECORD);
  entries = 0;
}

/** The cached analysis of a surface word (a word token's exact text). */
export function wordInfo(surface: string): WordInfo {
  return wordInfoAt(surface, 0, surface.length);
}

// The roles of the parts of a word, by the number of proclitics and of parts (shared, never mutated).
const ROLE_SEQUENCES: SegmentRole[][][] = [0, 1, 2, 3, 4].map((proclitics) =>
  [0, 1, 2, 3, 4, 5, 6].map((count) => Array.from({ length: count }, (_, p): SegmentRole => (p < proclitics ? "proclitic" : p === proclitics ? "stem" : "enclitic"))),
);

function segment(start: number, text: string, role: SegmentRole): Segment {
  return { start, end: start + text.length, text, role };
}

/** The segments of a word at `start` in the text, from its analysis. */
export function segmentsAt(start: number, info: WordInfo): Segment[] {
  const parts = info.parts;
  if (parts === null) return [{ start, end: start + info.surface.length, text: info.surface, role: "stem" }];
  const roles = ROLE_SEQUENCES[info.proclitics]![parts.length]!;
  const first = parts[0]!;
  const second = parts[1]!;
  const secondStart = start + first.length;
  // Array literals of the exact size: these arrays are made for every token.
  if (parts.length === 2) return [segment(start, first, roles[0]!), segment(secondStart, second, roles[1]!)];
  const third = parts[2]!;
  const thirdStart = secondStart + second.length;
  if (parts.length === 3) return [segment(start, first, roles[0]!), segment(secondStart, second, roles[1]!), segment(thirdStart, third, roles[2]!)];
  const segments = [segment(start, first, roles[0]!), segment(secondStart, second, roles[1]!), segment(thirdStart, third, roles[2]!)];
  for (let p = 3, at = thirdStart + third.length; p < parts.length; at += parts[p]!.length, p++) segments.push(segment(at, parts[p]!, roles[p]!));
  return segments;
}

/** Proclitics, stem and enclitic of the word `text[start, end)`, as spans of the original text. */
export function segmentWordWithKey(text: string, start: number, end: number): WordSegmentation {
  const info = wordInfoAt(text, start, end);
  return { segments: segmentsAt(start, info), stemKey: info.stemKey };
}

/** Splits a word token into proclitics, stem and enclitics (spans into `text`). */
export function segmentWord(text: string, start: number, end: number): Segment[] {
  return segmentWordWithKey(text, start, end).segments;
}
