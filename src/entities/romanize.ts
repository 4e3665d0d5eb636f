// Romanization of Arabic personal names into the spelling English-language news and Wikipedia use:
// a dictionary of frequent names and name parts (data/kb/name-romanization.tsv) first, then the
// compounds (عبد X → Abdul X, X الدين → X al-Din, أبو X → Abu X), the article (ال → al-), and for
// unknown parts a letter-by-letter transliteration that supplies the short vowels Arabic leaves unwritten.
import { readFileSync } from "node:fs";
import type { Entity } from "../document.ts";
import { isIgnorable, normalizeKey } from "../text/normalize.ts";
import { KB_DIR } from "./kb.ts";

/** The spellings of a name: the general one, and where the press of a region writes it otherwise. */
export interface Spellings {
  general: string;
  /** Egypt, Sudan, Libya and the Maghreb (Mohamed). */
  northAfrica?: string;
  /** Tunisia, Algeria, Morocco, Mauritania: French-based spelling (Rachid, Hichem, Noureddine). */
  maghreb?: string;
}

export type RomanizationStyle = "general" | "northAfrica" | "maghreb";

const MAGHREB = new Set(["TUN", "DZA", "MAR", "MRT"]);
const NORTH_AFRICA = new Set(["EGY", "SDN", "LBY"]);

/** The regional spelling convention for a person of a country (ISO3). */
export function styleOf(country: string | null | undefined): RomanizationStyle {
  if (!country) return "general";
  return MAGHREB.has(country) ? "maghreb" : NORTH_AFRICA.has(country) ? "northAfrica" : "general";
}

let dictionary: Map<string, Spellings> | null = null;

/** Normalized Arabic name or name part → its spellings (loaded once). */
export function romanizationTable(): Map<string, Spellings> {
  if (dictionary) return dictionary;
  const table = new Map<string, Spellings>();
  const lines = ["name-romanization.tsv", "name-romanization-more.tsv"].flatMap((file) => readFileSync(KB_DIR + file, "utf8").split("\n"));
  for (const line of lines) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [arabic, general, northAfrica, maghreb] = line.replace(/\r$/u, "").split("\t");
    if (!arabic || !general) continue;
    const key = normalizeKey(arabic).trim().replace(/\s+/gu, " ");
    const spellings: Spellings = { general };
    if (northAfrica && northAfrica !== "-") spellings.northAfrica = northAfrica;
    if (maghreb && maghreb !== "-") spellings.maghreb = maghreb;
    if (!table.has(key)) table.set(key, spellings);
  }
  dictionary = table;
  return table;
}

function spell(spellings: Spellings | undefined, style: RomanizationStyle): string | undefined {
  if (!spellings) return undefined;
  if (style === "maghreb") return spellings.maghreb ?? spellings.northAfrica ?? spellings.general;
  if (style === "northAfrica") return spellings.northAfrica ?? spellings.general;
  return spellings.general;
}

const CONSONANTS: Record<string, string> = {
  ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", س: "s", ش: "sh",
  ص: "s", ض: "d", ط: "t", ظ: "z", ع: "'", غ: "gh", ف: "f", ق: "q", ك: "k", ک: "k", ل: "l", م: "m",
  ن: "n", ه: "h", ء: "'", أ: "'", إ: "'", ؤ: "'", ئ: "'", پ: "p", چ: "ch", گ: "g", ڤ: "v", ی: "y",
};

interface Unit {
  vowel: boolean;
  text: string;
}

/** Letters → consonant and long-vowel units; و and ي are vowels between consonants, consonants elsewhere. */
function units(word: string): Unit[] {
  const letters = [...word];
  const out: Unit[] = [];
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]!;
    const first = i === 0;
    const last = i === letters.length - 1;
    const previous = out[out.length - 1];
    const next = letters[i + 1];
    const nextIsVowelLetter = next === "ا" || next === "ى" || (next === "ة" && i + 2 === letters.length);
    if (letter === "ا" || letter === "آ" || letter === "ٱ") {
      // Alef after a long vowel or ending a word adds nothing the English spelling shows (-وا، -يا).
      if (previous?.vowel && previous.text === "a") continue;
      out.push({ vowel: true, text: "a" });
    } else if ((letter === "أ" || letter === "إ") && first) {
      out.push({ vowel: true, text: letter === "إ" ? "i" : "a" });
    } else if (letter === "ى" || (letter === "ة" && last)) {
      out.push({ vowel: true, text: "a" });
    } else if (letter === "ة") {
      out.push({ vowel: false, text: "t" });
    } else if (letter === "و" || letter === "ي") {
      const consonantal = first || !previous || previous.vowel || (nextIsVowelLetter && (letter === "و" || i + 2 < letters.length));
      // A final -اي is written -ai (al-Ghalai, like Dubai).
      if (letter === "ي" && last && previous?.vowel && previous.text === "a") out.push({ vowel: true, text: "i" });
      else if (consonantal) out.push({ vowel: false, text: letter === "و" ? "w" : "y" });
      else if (letter === "و" && next === "ي" && i + 2 === letters.length) {
        // The nisba -awi (الموسوي → al-Mousawi).
        out.push({ vowel: true, text: "a" });
        out.push({ vowel: false, text: "w" });
      }
      else if (letter === "ي" && nextIsVowelLetter && i + 2 === letters.length) {
        // -ية، -يا: the nisba vowel, then a glide (Samiya, Sabriya).
        out.push({ vowel: true, text: "i" });
        out.push({ vowel: false, text: "y" });
      } else out.push({ vowel: true, text: letter === "و" ? "ou" : "i" });
    } else if (letter === "ؤ" && previous && !previous.vowel) {
      out.push({ vowel: true, text: "ou" }); // فؤاد → Fouad
    } else if (letter === "ئ" && previous?.vowel && previous.text === "a") {
      out.push({ vowel: true, text: "e" }); // رائد → Raed
    } else if (letter === "ع" && (first || last)) {
      // Initial ع is carried by its vowel (Amer, Issa); a final one the press drops.
      out.push({ vowel: false, text: "" });
    } else if (letter === "ء" && last) {
      continue;
    } else {
      const consonant = CONSONANTS[letter];
      if (consonant !== undefined) out.push({ vowel: false, text: consonant });
    }
  }
  return out;
}

/** Spells a run of consonants between vowels, inserting the short vowels a syllable needs. */
function spellRun(run: string[], previousVowel: string | null, atStart: boolean, atEnd: boolean): string {
  if (run.length === 0) return "";
  if (atStart) {
    // No Arabic word starts with two consonants: C a …
    if (run.length === 1) return atEnd ? run[0]! + "a" : run[0]!;
    return run[0]! + "a" + spellRun(run.slice(1), "a-short", false, atEnd);
  }
  if (run.length === 1) return run[0]!;
  if (previousVowel === "a") {
    // No cluster after a long ā: Samer, Hatem; al-Jabiri, Fatima.
    return run[0]! + (atEnd && run.length === 2 ? "e" : "i") + spellRun(run.slice(1), "i-short", false, atEnd);
  }
  if (atEnd) {
    // A word-final pair takes a vowel (Hamad, Jaafar); a longer run closes a syllable first.
    if (run.length === 2) return run[0]! + (previousVowel === "i" || previousVowel === "ou" ? "i" : "a") + run[1]!;
    return run[0]! + run[1]! + "a" + spellRun(run.slice(2), "a-short", false, true);
  }
  // Between vowels: the first consonant closes a syllable, the last opens one; a longer run needs a vowel.
  if (run.length === 2) return run[0]! + run[1]!;
  return run[0]! + run[1]! + "a" + spellRun(run.slice(2), "a-short", false, false);
}

/** Letter-by-letter transliteration of one Arabic word (no article) with plausible vowels. */
export function transliterate(word: string): string {
  const list = units(word);
  let out = "";
  let run: string[] = [];
  let previousVowel: string | null = null;
  let atStart = true;
  for (const unit of list) {
    if (unit.vowel) {
      out += spellRun(run, previousVowel, atStart, false) + unit.text;
      run = [];
      previousVowel = unit.text;
      atStart = false;
    } else run.push(unit.text);
  }
  out += spellRun(run, previousVowel, atStart, true);
  return out.replace(/^'+|'+$/gu, "").replace(/'{2,}/gu, "'");
}

function capitalize(part: string): string {
  return part.replace(/^(\P{L}*)(\p{Ll})/u, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** Letters only (harakat, tatweel and controls dropped) — the form the fallback spells. */
function bare(word: string): string {
  let out = "";
  for (const ch of word) if (!isIgnorable(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** One word, possibly with the article: dictionary, al- + dictionary, or the fallback. */
function romanizeWord(word: string, table: Map<string, Spellings>, style: RomanizationStyle): string {
  const key = normalizeKey(word);
  const known = spell(table.get(key), style);
  // The Maghreb press leaves the article out of family names (Ghannouchi, Taboubi).
  if (known) return style === "maghreb" ? capitalize(known.replace(/^al-/u, "")) : known;
  if (!/\p{Script=Arabic}/u.test(word)) return word;
  const letters = bare(word);
  if (key.startsWith("ال") && key.length > 3) {
    const rest = capitalize(spell(table.get(key.slice(2)), style)?.replace(/^al-/u, "") ?? transliterate(letters.slice(2)));
    return style === "maghreb" ? rest : "al-" + rest;
  }
  return capitalize(transliterate(letters));
}

const SECOND_HALF_ALLAH = "الله";
const SECOND_HALF_DIN = "الدين";
const PERSIAN_SUFFIXES = new Map([["زاده", "zadeh"], ["پور", "pour"]]);

export interface RomanizeOptions {
  /** The person's country (ISO3), which picks the regional spelling convention. */
  country?: string | null;
}

/** Turns an Arabic person name into its common English spelling ("حاتم الجابري" → "Hatem al-Jabiri"). */
export function romanizeName(arabic: string, options: RomanizeOptions = {}): string {
  const style = styleOf(options.country);
  // The same persons recur across articles: their spellings are remembered (bounded, cleared when full).
  const memoKey = style + "\u0000" + arabic;
  const remembered = romanized.get(memoKey);
  if (remembered !== undefined) return remembered;
  const name = spellName(arabic, style);
  if (romanized.size >= ROMANIZED_LIMIT) romanized.clear();
  romanized.set(memoKey, name);
  return name;
}

const ROMANIZED_LIMIT = 50_000;
const romanized = new Map<string, string>();

function spellName(arabic: string, style: RomanizationStyle): string {
  const table = romanizationTable();
  const words: string[] = [];
  // Indexes (in words) of عبدال… names written as one word: English writes them as one word too
  // (عبدالرحمن → Abdulrahman, عبد الرحمن → Abdul Rahman).
  const joined = new Set<number>();
  for (const raw of arabic.slice(0, 1000).split(/[\s\u00A0\u200C]+/u)) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    if (!word) continue;
    const key = normalizeKey(word);
    const joinedAbd = /^عبدال/u.test(key) && key.length > 6;
    if (joinedAbd) joined.add(words.length);
    // عبدالرحمن written as one word is the compound عبد الرحمن.
    if (joinedAbd && !table.has(key)) {
      const letters = bare(word);
      const at = letters.indexOf("ال");
      words.push(letters.slice(0, at), letters.slice(at));
    } else if (/^ابو/u.test(key) && key.length > 5 && !table.has(key) && table.has(key.slice(3))) {
      // أبوجعفر written as one word is the kunya أبو جعفر.
      const letters = bare(word);
      words.push(letters.slice(0, 3), letters.slice(3));
    } else words.push(word);
  }
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = normalizeKey(word);
    const next = words[i + 1];
    const nextKey = next === undefined ? "" : normalizeKey(next);
    const compound = next === undefined ? undefined : spell(table.get(`${key} ${nextKey}`), style);
    if (compound) {
      parts.push(joined.has(i) ? oneWord(compound) : compound);
      i++;
    } else if (key === "عبد" && next !== undefined) {
      const rest = romanizeWord(next, table, "general").replace(/^al-/u, "");
      // Abdul Karim; Abdel Karim in Egypt; Abdelkrim, one word, in the Maghreb.
      const spelled = style === "maghreb" ? "Abdel" + rest.toLowerCase() : (style === "northAfrica" ? "Abdel " : "Abdul ") + rest;
      parts.push(joined.has(i) ? oneWord(spelled) : spelled);
      i++;
    } else if (next !== undefined && nextKey === SECOND_HALF_DIN && !key.startsWith("ال")) {
      parts.push(romanizeWord(word, table, style) + (style === "maghreb" ? "eddine" : " al-Din"));
      i++;
    } else if (next !== undefined && nextKey === SECOND_HALF_ALLAH && !key.startsWith("ال")) {
      parts.push(romanizeWord(word, table, style) + "allah");
      i++;
    } else if (PERSIAN_SUFFIXES.has(key) && parts.length > 0) {
      // Persian family names written in two words (خطيب زاده) are one in English (Khatibzadeh).
      parts[parts.length - 1] += PERSIAN_SUFFIXES.get(key)!;
    } else {
      const spelled = romanizeWord(word, table, style);
      parts.push(joined.has(i) ? oneWord(spelled) : spelled);
    }
  }
  // English press spellings leave out the marks for ع and ء (Saad, Jamaan).
  return parts.filter(Boolean).join(" ").replace(/(\p{L})'(?=\p{L})/gu, "$1").replace(/'/gu, "");
}

/** "Abdul Rahman" → "Abdulrahman". */
function oneWord(spelled: string): string {
  return spelled.replace(/^(\S+) (\S)/u, (_all, first: string, letter: string) => first + letter.toLowerCase());
}

/** Persons the KB has no English name for get the romanized name; the mentions of one person (one id)
 * share the romanization of its fullest mention, or the KB name when any mention has one. */
export function withRomanizedPersons(entities: Entity[], documentCountry: string | null = null): Entity[] {
  const fullest = new Map<string, Entity>();
  const known = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== "PER") continue;
    if (e.country && !countries.has(e.id)) countries.set(e.id, e.country);
    if (e.canonical !== null) {
      if (!known.has(e.id)) known.set(e.id, e.canonical);
      continue;
    }
    const best = fullest.get(e.id);
    if (!best || wordCount(e.text) > wordCount(best.text)) fullest.set(e.id, e);
  }
  const names = new Map<string, string>();
  return entities.map((e) => {
    if (e.type !== "PER" || e.canonical !== null) return e;
    let name = known.get(e.id) ?? names.get(e.id);
    if (name === undefined) {
      // The person's own country picks the regional spelling; else the country the article is about.
      name = romanizeName(fullest.get(e.id)?.text ?? e.text, { country: countries.get(e.id) ?? documentCountry });
      names.set(e.id, name);
    }
    return name ? { ...e, canonical: name } : e;
  });
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
