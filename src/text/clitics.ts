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
import { KeySet } from "./keyset.ts";

export interface WordSegmentation {
  segments: Segment[];
  /** Normalized key of the stem, with a ة restored when a pronoun had turned it into ت (حكومته → حكومه). */
  stemKey: string;
}

const ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];
const ENCLITIC_SET = new KeySet(ENCLITICS);
// Pronouns by their last letter, longest first, so a word is only tried against pronouns it can end with.
const ENCLITICS_BY_LAST = new Map<string, string[]>();
for (const pronoun of ENCLITICS) {
  const last = pronoun[pronoun.length - 1]!;
  ENCLITICS_BY_LAST.set(last, [...(ENCLITICS_BY_LAST.get(last) ?? []), pronoun]);
}
const NO_PRONOUNS: string[] = [];
function pronounsEnding(word: string): string[] {
  return ENCLITICS_BY_LAST.get(word[word.length - 1]!) ?? NO_PRONOUNS;
}
const VERB_PREFIXES = "يتنأا";
const RARE_PERSONS = new KeySet(["ك", "كم", "كما", "كن", "ي", "ني"]);
const STACKED = /^(?:س[يتن]|بال|كال|لل|ال)/;
const PREPOSED_PRONOUN = /^[لب](?:هما|هم|هن|ها|ه|كما|كم|كن|ك|نا|ي)$/;

// --- word lists -------------------------------------------------------------------------------------------

interface WordLists {
  functionWords: KeySet;
  names: KeySet;
  commonStems: KeySet;
  /** Keys of entries written with a final ة and of no entry written with a final ه (سنة, not وجه). */
  taMarbutaOnly: KeySet;
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
    lists = {
      functionWords: new KeySet(entries[0]!.map(normalizeKey)),
      names: new KeySet(entries[1]!.map(normalizeKey)),
      commonStems: new KeySet(entries[2]!.map(normalizeKey)),
      taMarbutaOnly: new KeySet(entries.flat().filter((e) => e.endsWith("ة")).map(normalizeKey).filter((k) => !withHeh.has(k))),
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
let functionWords: KeySet;
let names: KeySet;
let commonStems: KeySet;
let taMarbutaOnly: KeySet;

function known(form: string): boolean {
  return lexicon.has(form);
}
function listed(key: string): boolean {
  return functionWords.has(key) || names.has(key);
}
function isCommon(key: string): boolean {
  return commonStems.has(key) || names.has(key);
}

/** Whether a listed key matched only because ة folds into ه while the word is written with ه. */
function writtenWithHeh(form: string, key: string): boolean {
  return form.endsWith("ه") && taMarbutaOnly.has(key);
}

/** Whether a key rests on a listed stem, allowing for the article or one pronoun around it. */
function restsOnCommon(key: string): boolean {
  if (isCommon(key) || (key.startsWith("ال") && isCommon(key.slice(2)))) return true;
  if (key.startsWith("ال")) return false; // the article never takes a pronoun (الفني is no ألف + ني)
  for (const pronoun of pronounsEnding(key)) {
    if (key.length < pronoun.length + 2 || !key.endsWith(pronoun) || RARE_PERSONS.has(pronoun)) continue;
    const stem = key.slice(0, -pronoun.length);
    if (isCommon(stem) || (stem.endsWith("ت") && isCommon(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}

/** Whether a form reads as a noun (with or without one pronoun): what a preposition governs. */
function nounLike(form: string, key: string): boolean {
  if (form.startsWith("ال") || lexicon.hasJoined("ال", form, "", true) || listed(key) || restsOnCommon(key)) return true;
  for (const pronoun of pronounsEnding(form)) {
    if (form.length < pronoun.length + 2 || !form.endsWith(pronoun)) continue;
    const stem = form.slice(0, -pronoun.length);
    if (listed(key.slice(0, -pronoun.length)) || lexicon.hasJoined("ال", stem, "", true)) return true;
    if (stem.endsWith("ت") && lexicon.hasJoined("ال", stem.slice(0, -1), "ة", true)) return true;
  }
  return false;
}

/** Listed stems decide between the clitic and the root-letter reading when only one side has one. */
function preference(wordKey: string, restKey: string): "strip" | "keep" | null {
  const keep = restsOnCommon(wordKey);
  // A two-letter rest is too weak a reason to cut (باب is no ب + أب) unless it is a function word.
  const strip = (restKey.length >= 3 || functionWords.has(restKey)) && restsOnCommon(restKey);
  return keep === strip ? null : strip ? "strip" : "keep";
}

/** Splits a word form (Arabic letters only) into proclitics, stem and enclitic. `key` = normalizeKey(form). */
export function decideSegmentation(form: string, key: string, lexiconToUse: Lexicon = arabicLexicon()): Decision {
  const lists = wordLists();
  lexicon = lexiconToUse;
  functionWords = lists.functionWords;
  names = lists.names;
  commonStems = lists.commonStems;
  taMarbutaOnly = lists.taMarbutaOnly;
  const n = form.length;
  const whole: Decision = { pieces: [{ length: n, role: "stem" }], stemKey: key };
  if (n < 2 || ((functionWords.has(key) || names.has(key)) && !writtenWithHeh(form, key))) return whole;

  const pieces: Piece[] = [];
  let at = 0;
  let preposition = "";
  let article = false;

  // Conjunction و ف: a root letter when the word takes a conjunction itself (ووزير, فوزير). Cheap
  // evidence first: listed stems, function words, then a rest that itself opens with a clitic stack
  // (سيتم, بال, لل), which makes the conjunction reading the likely one; the lexicon last.
  if ((form[0] === "و" || form[0] === "ف") && n >= 3) {
    const rest = form.slice(1);
    const restKey = key.slice(1);
    const preferred = preference(key, restKey);
    let strip = preferred === "strip";
    if (preferred === null) {
      if (functionWords.has(restKey) || PREPOSED_PRONOUN.test(restKey)) strip = true;
      else {
        const restKnown = known(rest);
        if (restKnown && STACKED.test(rest)) strip = true;
        else {
          const base = lexicon.hasJoined("و", form, "") || lexicon.hasJoined("ف", form, "");
          // An unknown word after و: a conjunction before an unknown name is likelier than a name in و.
          strip = !base && (restKnown || names.has(restKey) || (form[0] === "و" && rest.length >= 4 && !known(form)));
        }
      }
    }
    if (strip) {
      pieces.push({ length: 1, role: "proclitic" });
      at = 1;
    }
  }

  // Preposition ب ك ل or future س: a root letter when the word takes a preposition or the article.
  if (n - at >= 3) {
    const rest = form.slice(at);
    const first = rest[0]!;
    const stripped = rest.slice(1);
    const strippedKey = key.slice(at + 1);
    if ((first === "ب" || first === "ك" || first === "ل") && !listed(key.slice(at)) && !ENCLITIC_SET.has(stripped)) {
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
      if (strip) {
        pieces.push({ length: 1, role: "proclitic" });
        preposition = first;
        at++;
      }
    } else if (first === "س" && rest.length >= 4 && VERB_PREFIXES.includes(rest[1]!) && !listed(key.slice(at))) {
      // The future governs an imperfect verb; a three-letter one starts with ي (سيصل), so سناب stays whole.
      const base = lexicon.hasJoined("ب", rest, "") || lexicon.hasJoined("ال", rest, "", true) || lexicon.hasJoined("ل", rest, "");
      const verbal = stripped.length >= 4 || stripped[0] === "ي" || restsOnCommon(strippedKey);
      if (!base && verbal && known(stripped)) {
        pieces.push({ length: 1, role: "proclitic" });
        at++;
      }
    }
  }

  // Article ال; after ل its alef is not written (للرئيس) and only the lam remains.
  {
    const rest = form.slice(at);
    const restKey = key.slice(at);
    if (preposition === "ل" && rest[0] === "ل" && rest.length >= 3 && !listed(restKey)) {
      const unknownName = rest.length >= 4 && !known(form) && !known(rest);
      if (unknownName || (lexicon.hasJoined("ال", rest.slice(1), "", true) && !lexicon.hasJoined("ب", rest, ""))) {
        pieces.push({ length: 1, role: "proclitic" });
        article = true;
        at++;
      }
    } else if (rest.startsWith("ال") && rest.length >= 4 && !listed(restKey) && preference(restKey, restKey.slice(2)) !== "keep") {
      const stem = rest.slice(2);
      // A hamzated alef (إلغاء, ألمانيا) is not the article; when the hamza was left out, trust the lexicon.
      const onlyHamzated = !known(stem) && !names.has(restKey.slice(2)) && known(rest) && !lexicon.has(rest, true);
      if (!onlyHamzated) {
        pieces.push({ length: 2, role: "proclitic" });
        article = true;
        at += 2;
      }
    }
  }

  // One pronoun, never together with the article. The ending is a root letter when the word takes the
  // article or a pronoun of its own (وجه: الوجه, وجهها).
  let enclitic = 0;
  let stemKey = key.slice(at);
  if (!article) {
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
      const rarePerson = RARE_PERSONS.has(pronoun) && !preposed && !functionWords.has(stemKeyCandidate) && !isCommon(stemKeyCandidate);
      if (rarePerson && pronoun !== "ي") continue;
      // A final ي is far more often the adjective ending (سعودي, شقيقي is rarer than سياسي), and يه is
      // often ية written with ه (إنسانيه): only a function word (لدي) or a ة turned ت (حكومتي) takes ي.
      if (pronoun === "ي" && !preposed && !functionWords.has(stemKeyCandidate) && !stem.endsWith("ت")) continue;
      if (pronoun === "ه" && stem.endsWith("ي") && !functionWords.has(stemKeyCandidate)) continue;
      if ((listed(restKey) || isCommon(restKey)) && !writtenWithHeh(rest, restKey)) break;
      // Function words and listed stems take pronouns freely (أنها, عليه, حكومته): no base test.
      if (!preposed && !isCommon(stemKeyCandidate) && !listed(stemKeyCandidate)) {
        if (lexicon.hasJoined("ال", rest, "", true) || lexicon.hasJoined("", rest, "ه") || lexicon.hasJoined("", rest, "ها")) break;
      }
      const restored = preposed ? stemKeyCandidate : validStem(stem, stemKeyCandidate);
      if (restored === null) continue;
      enclitic = pronoun.length;
      stemKey = restored;
      break;
    }
  }

  pieces.push({ length: n - at - enclitic, role: "stem" });
  if (enclitic) pieces.push({ length: enclitic, role: "enclitic" });
  return { pieces, stemKey };
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
  /** The text of each segment, in order (surface.slice of each bound pair). */
  parts: readonly string[];
  /** normalizeKey of the surface. */
  key: string;
  /** light10 stem of the key. */
  light: string;
  /** Key of the stem segment (ة restored where a pronoun had turned it into ت). */
  stemKey: string;
  /** Segment boundaries relative to the word start: start, end, role code, repeated (end -1: word end). */
  bounds: readonly number[];
}
const ROLES: SegmentRole[] = ["proclitic", "stem", "enclitic"];

const SINGLE_STEM = [0, -1, 1]; // end -1: the whole word

function analyzeSurface(surface: string): WordInfo {
  const info = segmentSurface(surface);
  const parts: string[] = [];
  for (let i = 0; i < info.bounds.length; i += 3) parts.push(info.bounds[i + 1]! < 0 ? surface : surface.slice(info.bounds[i], info.bounds[i + 1]));
  return { surface, parts, key: info.key, light: info.light, stemKey: info.stemKey, bounds: info.bounds };
}

function segmentSurface(surface: string): Omit<WordInfo, "surface" | "parts"> {
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
  if (form.length < 2) return { key, light, stemKey: key, bounds: SINGLE_STEM };
  for (let i = 0; i < form.length; i++) if (!isArabicLetter(form.charCodeAt(i))) return { key, light, stemKey: key, bounds: SINGLE_STEM };
  const decision = decideSegmentation(form, form === surface ? key : normalizeKey(form));
  if (decision.pieces.length === 1) return { key, light, stemKey: decision.stemKey, bounds: SINGLE_STEM };
  const bounds: number[] = [];
  let formAt = 0;
  let previousEnd = 0;
  for (let p = 0; p < decision.pieces.length; p++) {
    const piece = decision.pieces[p]!;
    formAt += piece.length;
    // A boundary sits before the surface character that produced the next form character, so harakat
    // and tatweel stay with the letter they follow; the last piece runs to the end of the word.
    const end = p === decision.pieces.length - 1 ? surface.length : origin ? origin[formAt]! : formAt;
    // One surface character unfolded into several letters (a ligature) cannot be cut.
    if (end <= previousEnd) return { key, light, stemKey: key, bounds: SINGLE_STEM };
    bounds.push(previousEnd, end, ROLES.indexOf(piece.role));
    previousEnd = end;
  }
  return { key, light, stemKey: decision.stemKey, bounds };
}

// The cache of word analyses: an open-addressing hash table keyed by the characters of the word where it
// stands in the text, so a lookup needs no substring; Map.get on a fresh substring costs several times
// more. News vocabulary is Zipfian: a hundred thousand surface forms cover a year of one outlet.
const CAPACITY = 1 << 18;
const MAX_ENTRIES = CAPACITY * 0.7;
let slots: (WordInfo | undefined)[] = new Array(CAPACITY);
let hashes = new Int32Array(CAPACITY);
let entries = 0;

function hashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The cached analysis of the word `text[start, end)`. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  const h = hashAt(text, start, end);
  const length = end - start;
  let slot = h & (CAPACITY - 1);
  for (;;) {
    const info = slots[slot];
    if (info === undefined) break;
    if (hashes[slot] === h && info.surface.length === length) {
      const surface = info.surface;
      let i = 0;
      while (i < length && surface.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return info;
    }
    slot = (slot + 1) & (CAPACITY - 1);
  }
  if (entries >= MAX_ENTRIES) {
    clearWordCache();
    slot = h & (CAPACITY - 1);
  }
  const info = analyzeSurface(text.slice(start, end));
  slots[slot] = info;
  hashes[slot] = h;
  entries++;
  return info;
}

/** Empties the word cache (for benchmarks that measure first-time segmentation). */
export function clearWordCache(): void {
  slots = new Array(CAPACITY);
  hashes = new Int32Array(CAPACITY);
  entries = 0;
}

/** The cached analysis of a surface word (a word token's exact text). */
export function wordInfo(surface: string): WordInfo {
  return wordInfoAt(surface, 0, surface.length);
}

/** The segments of a word at `start` in the text, from its analysis. */
export function segmentsAt(start: number, info: WordInfo): Segment[] {
  const { bounds, parts } = info;
  if (bounds === SINGLE_STEM) return [{ start, end: start + info.surface.length, text: info.surface, role: "stem" }];
  const segments: Segment[] = [];
  for (let i = 0, p = 0; i < bounds.length; i += 3, p++) {
    segments.push({ start: start + bounds[i]!, end: start + bounds[i + 1]!, text: parts[p]!, role: ROLES[bounds[i + 2]!]! });
  }
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
