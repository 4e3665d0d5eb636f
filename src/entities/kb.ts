// The actor knowledge base: countries, cities, places, organizations, people with dated offices, nisba
// adjectives, role titles, given names and word statistics, all read from data/kb/ on first use and kept.
// Every name is turned into a sequence of token keys with the same tokenizer and normalizer as the text,
// so a KB name matches exactly the token sequence the text stage produces for it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityType } from "../document.ts";
import { normalizeKey } from "../text/normalize.ts";
import { scanTokens } from "../text/tokens.ts";
import { arabicLexicon } from "../text/lexicon.ts";

export const KB_DIR = fileURLToPath(new URL("../../data/kb/", import.meta.url));

export interface Office {
  code: string;
  role: string;
  /** YYYY-MM-DD or "" (open). */
  from: string;
  to: string;
}

export type EntryKind = "country" | "city" | "place" | "org" | "person";

export interface KbEntry {
  /** Stable KB identifier (kind:canonical or kind:name). */
  key: string;
  kind: EntryKind;
  type: EntityType;
  canonical: string | null;
  country: string | null;
  code: string | null;
  offices: Office[];
  lat?: number;
  lon?: number;
  population?: number;
  /** Where the entry comes from (file name), for explanations and tests. */
  file: string;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Entries whose name ends here, best first. */
  entries?: KbEntry[];
  /** A single-token name that is also a common word: needs context before it counts. */
  ambiguous?: boolean;
}

export interface Nisba {
  country: string;
  plural: boolean;
}

export interface Role {
  title: string;
  sector: string;
  english: string;
  kind: "person" | "org";
}

export interface WordStat {
  other: number;
  person: number;
  personBegin: number;
  location: number;
  organization: number;
  misc: number;
}

export interface KnowledgeBase {
  names: TrieNode;
  nisba: TrieNode & { nisba?: Nisba };
  nisbaByKey: Map<string, Nisba>;
  /** Titles written before a person's name (الرئيس، وزير الخارجية، المتحدث باسم …). */
  personTitles: RoleTrie;
  /** Head words of organization names (وزارة، حزب، وكالة …). */
  orgHeads: RoleTrie;
  roles: Role[];
  stopwords: Set<string>;
  /** Adjectives that never end an organization name (الجديد، السابق …). */
  vagueAdjectives: Set<string>;
  givenNames: Set<string>;
  /** Given names that are also everyday words (جميل، صادق، حسن): "beautiful", "sincere", "good". */
  everydayGivenNames: Set<string>;
  familyNames: Set<string>;
  words: Map<string, WordStat>;
  countries: Map<string, KbEntry>;
  people: KbEntry[];
  /** Every (name, entry) pair loaded, for the dead-entry test. */
  aliases: { name: string; keys: string[]; entry: KbEntry }[];
  nisbaForms: { name: string; keys: string[] }[];
  /** One-word names that are also places or everyday words, read as the name only in news of their domain:
   * clubs in sports news (برشلونة، الأهلي), listed companies in market reports (الإنماء، البحري). */
  domainNames: Record<NewsDomain, Map<string, KbEntry>>;
  /** Media by the name they go by in quotation marks («الشرق الأوسط», «عكاظ»): the keys joined by spaces. */
  quotedMedia: Map<string, KbEntry | null>;
  loadMs: number;
}

export type NewsDomain = "sports" | "market";

// The domain whose news reads a file's ambiguous one-word names as that file's entries.
const FILE_DOMAINS: Record<string, NewsDomain> = { "clubs.tsv": "sports", "companies.tsv": "market", "listed-companies.tsv": "market" };

// صحيفة الشرق الأوسط is «الشرق الأوسط» in quotation marks.
const MEDIA_HEADS = new Set(["صحيفه", "جريده", "قناه", "وكاله", "مجله", "موقع", "تلفزيون", "اذاعه"]);

/** Several papers share a title (الوطن is Saudi, Egyptian, Qatari …): such a title names a medium, but no
 * particular one (null). */
function withMediaTitles(quoted: Map<string, KbEntry | null>, aliases: KnowledgeBase["aliases"]): Map<string, KbEntry | null> {
  for (const { keys, entry } of aliases) {
    if (keys.length < 2 || !MEDIA_HEADS.has(keys[0]!) || !entry.code?.endsWith("MED")) continue;
    const title = keys.slice(1).join(" ");
    const known = quoted.get(title);
    if (known === undefined) quoted.set(title, entry);
    else if (known !== null && known !== entry) quoted.set(title, null);
  }
  // … and a title that begins another paper's name (الوطن of الوطن السعودية) is shared too.
  for (const { keys, entry } of aliases) {
    if (!entry.code?.endsWith("MED")) continue;
    const name = MEDIA_HEADS.has(keys[0]!) ? keys.slice(1) : keys;
    for (let length = 1; length < name.length; length++) {
      const title = name.slice(0, length).join(" ");
      const known = quoted.get(title);
      if (known && known !== entry) quoted.set(title, null);
    }
  }
  return quoted;
}

export interface RoleTrie {
  next?: Map<string, RoleTrie>;
  role?: Role;
}

/** Token keys of a name as the text stage would produce them (words, numbers and punctuation alike). */
export function nameKeys(name: string): string[] {
  return scanTokens(name).map((t) => normalizeKey(name.slice(t.start, t.end)));
}

function readRows(file: string): string[][] {
  return readFileSync(KB_DIR + file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.replace(/\r$/u, "").split("\t"));
}

function parseOffices(field: string | undefined): Office[] {
  if (!field) return [];
  return field
    .split(";")
    .filter(Boolean)
    .map((part) => {
      const [code = "", role = "", from = "", to = ""] = part.split(",");
      return { code: code.trim(), role: role.trim(), from: from.trim(), to: to.trim() };
    });
}

const KIND_RANK: Record<EntryKind, number> = { country: 0, person: 1, org: 2, place: 3, city: 4 };

function better(a: KbEntry, b: KbEntry): number {
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  return (b.population ?? 0) - (a.population ?? 0);
}

/** The node for a key sequence, creating the missing nodes on the way (every node field is optional). */
function nodeFor<Node extends { next?: Map<string, Node> }>(root: Node, keys: readonly string[]): Node {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = {} as Node));
    node = child;
  }
  return node;
}

function insert(root: TrieNode, keys: string[], entry: KbEntry): void {
  const node = nodeFor(root, keys);
  node.entries ??= [];
  if (node.entries.some((e) => e.key === entry.key)) return;
  node.entries.push(entry);
  node.entries.sort(better);
}

export function lookup(root: TrieNode, keys: readonly string[]): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (const key of keys) node = node?.next?.get(key);
  return node;
}

/** A word that ANERcorp mostly tags O: a name made of it alone needs context. */
export function isCommonWord(words: Map<string, WordStat>, key: string): boolean {
  const stat = words.get(key);
  if (!stat) return false;
  const named = stat.person + stat.location + stat.organization + stat.misc;
  return stat.other >= 3 && stat.other > named * 2;
}

function loadWords(): Map<string, WordStat> {
  const words = new Map<string, WordStat>();
  for (const [key, o, per, bper, loc, org, misc] of readRows("anercorp-words.tsv")) {
    words.set(key!, {
      other: Number(o),
      person: Number(per),
      personBegin: Number(bper),
      location: Number(loc),
      organization: Number(org),
      misc: Number(misc),
    });
  }
  return words;
}

// Given names and function words that happen to be place names somewhere (عمان is both; أمل is a town).
const NOT_A_PLACE_ALONE = new Set(
  ["امل", "نور", "محمد", "علي", "حسن", "العرب", "البلاد", "خبر", "ريف", "المدينه", "العاصمه", "المنطقه", "الولايات", "الدوله", "مدينه", "الاقليم", "الامل", "السلام", "النور", "الحريه", "الوحده", "النصر", "الشعب", "الدوله", "الاتحاد", "الثوره", "الحكومه", "العدل", "المستقبل", "الحرس", "الجيش", "الشرطه", "البلد", "المدينه", "الوطن", "الشيخ", "السيد", "الرئيس", "الملك", "الامير", "قال", "كان", "كانت", "يوم", "عام", "بين", "بعد", "قبل", "الي", "على", "علي", "عن", "من", "في", "مع", "ان", "او", "اي"].map(normalizeKey),
);

// Public figures without dated offices: contemporary, more contemporary, historical.
const FIGURE_FILES = ["figures.tsv", "figures-more.tsv", "figures-history.tsv"];

/** Second halves of compound given names (صلاح الدين، عبد الله، نور الدين). */
export const NAME_SECOND_HALVES: ReadonlySet<string> = new Set(["الدين", "الله", "الرحمن", "الرحيم", "الاسلام", "الحق", "العابدين", "الزمان"]);

/** Head words of settlements and districts (مدينة، محافظة، مخيم …): a place's name is the words after them. */
export const SETTLEMENT_HEADS = new Set(
  ["مدينه", "بلده", "قريه", "محافظه", "ولايه", "مخيم", "حي", "ضاحيه", "ناحيه", "قضاء", "مديريه", "بلدات", "قري", "مدن", "مركز", "بلدتي", "قريتي"],
);

// Head words under which places-more.tsv lists places whose bare names are everyday words.
const PLACE_HEADS = new Set([...SETTLEMENT_HEADS, "منطقه", "جبل", "وادي", "جزيره", "جزر", "صحراء", "سهل", "هضبه", "بحر", "بحيره", "نهر", "واحه", "مشعر", "اقليم", "اماره", "سلطنه", "مملكه", "دوله", "سد", "بلاد", "ارض"]);

const DIRECTIONS = new Set(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "ريف"]);

/** شمال العراق، جنوب لبنان، ريف إدلب: a part of a place described, not a name (the place is the name). */
function descriptiveRegion(keys: string[], countryNames: Set<string>): boolean {
  if (keys.length < 2 || !DIRECTIONS.has(keys[0]!)) return false;
  return keys[0] === "ريف" || countryNames.has(keys.slice(1).join(" "));
}

// Titles that some figure aliases start with (الملك سعود، الإمام الشافعي).
const TITLE_KEYS = new Set(
  ["الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "السلطانة", "الإمام", "الرئيس", "السيد", "السيدة", "الخليفة", "الشاه", "المشير", "الجنرال", "الخديوي", "الوالي", "البابا", "القائد", "الزعيم"].map(normalizeKey),
);

// The CAMEO sector of a public figure's field (figures.tsv); sport, art and literature give none.
const FIELD_SECTOR: Record<string, string | undefined> = {
  politics: "ELI",
  royal: "ELI",
  military: "MIL",
  religion: "REL",
  business: "BUS",
  media: "MED",
  science: "EDU",
};

const ARAB_COUNTRIES = new Set("SAU ARE EGY IRQ SYR LBN JOR PSE YEM OMN QAT KWT BHR LBY TUN DZA MAR MRT SDN SOM DJI COM ESH".split(" "));

let cached: KnowledgeBase | undefined;

/** The knowledge base, read from data/kb on first call and kept for the life of the process. */
export function knowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const started = performance.now();
  const names: TrieNode = {};
  const aliases: KnowledgeBase["aliases"] = [];
  const words = loadWords();
  const keysOf = (...files: string[]): Set<string> =>
    new Set(files.flatMap((file) => readRows(file).map((row) => normalizeKey(row[0]!.trim()))).filter(Boolean));
  const givenNames = keysOf("given-names.txt", "given-names-more.txt");
  const everydayGivenNames = keysOf("given-names-ambiguous.txt");
  const familyNames = keysOf("family-names.txt");
  const stopwords = new Set<string>();
  const vagueAdjectives = new Set<string>();
  for (const [word, kind] of readRows("stopwords.tsv")) {
    (kind === "vague" ? vagueAdjectives : stopwords).add(normalizeKey(word!));
  }

  // An entry listed in two files (a figure in two lists) is one entry: the first one read.
  const entries = new Map<string, KbEntry>();
  const add = (name: string, listed: KbEntry): void => {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    const entry = entries.get(listed.key) ?? listed;
    entries.set(listed.key, entry);
    aliases.push({ name, keys, entry });
    insert(names, keys, entry);
    // عبد الله / عبدالله, أبو ظبي / أبوظبي: both spellings occur.
    const joined: string[] = [];
    let changed = false;
    for (let i = 0; i < keys.length; i++) {
      if ((keys[i] === "عبد" || keys[i] === "ابو") && i + 1 < keys.length) {
        joined.push(keys[i]! + keys[i + 1]!);
        i++;
        changed = true;
      } else joined.push(keys[i]!);
    }
    if (changed) {
      aliases.push({ name: joined.join(" "), keys: joined, entry });
      insert(names, joined, entry);
    }
  };

  const countries = new Map<string, KbEntry>();
  const countryNames = new Set<string>();
  for (const [iso3, , english, arabic] of readRows("countries.tsv")) {
    const entry: KbEntry = {
      key: `country:${iso3}`,
      kind: "country",
      type: "LOC",
      canonical: english ?? iso3!,
      country: iso3!,
      code: iso3!,
      offices: [],
      file: "countries.tsv",
    };
    countries.set(iso3!, entry);
    for (const name of (arabic ?? "").split("|")) {
      if (!name) continue;
      add(name, entry);
      countryNames.add(nameKeys(name).join(" "));
    }
  }
  for (const file of ["places.tsv", "places-more.tsv"]) for (const [canonical, iso3, code, lat, lon, arabic] of readRows(file)) {
    const entry: KbEntry = {
      key: `place:${canonical}`,
      kind: "place",
      type: "LOC",
      canonical: canonical!,
      country: iso3 === "-" ? null : iso3!,
      code: code === "-" ? (iso3 === "-" ? null : iso3!) : code!,
      offices: [],
      ...(lat !== "-" && lon !== "-" ? { lat: Number(lat), lon: Number(lon) } : {}),
      file,
    };
    for (const name of arabic!.split("|")) if (!descriptiveRegion(nameKeys(name), countryNames)) add(name, entry);
  }
  for (const [id, english, iso3, lat, lon, population, , arabic] of readRows("cities.tsv")) {
    const entry: KbEntry = {
      key: `city:${id}`,
      kind: "city",
      type: "LOC",
      canonical: english!,
      country: iso3!,
      code: iso3!,
      offices: [],
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population),
      file: "cities.tsv",
    };
    for (const name of arabic!.split("|")) {
      const key = normalizeKey(name);
      if (NOT_A_PLACE_ALONE.has(key) || key.length < 3) continue;
      add(name, entry);
    }
  }
  for (const [canonical, iso3, code, arabic] of readRows("orgs.tsv")) {
    const entry: KbEntry = {
      key: `org:${canonical}`,
      kind: "org",
      type: "ORG",
      canonical: canonical!,
      country: iso3 === "-" ? null : iso3!,
      code: code === "-" ? null : code!,
      offices: [],
      file: "orgs.tsv",
    };
    for (const name of arabic!.split("|")) add(name, entry);
  }
  const people: KbEntry[] = [];
  for (const [canonical, iso3, arabic, offices] of readRows("people.tsv")) {
    const entry: KbEntry = {
      key: `person:${canonical}`,
      kind: "person",
      type: "PER",
      canonical: canonical!,
      country: iso3!,
      code: null,
      offices: parseOffices(offices),
      file: "people.tsv",
    };
    people.push(entry);
    for (const name of arabic!.split("|")) add(name, entry);
  }
  for (const [arabic, iso3, offices] of readRows("cameo-people.tsv")) {
    const entry: KbEntry = {
      key: `person:${arabic}`,
      kind: "person",
      type: "PER",
      canonical: null,
      country: iso3!,
      code: null,
      offices: parseOffices(offices),
      file: "cameo-people.tsv",
    };
    people.push(entry);
    // The CAMEO dictionary lists some rulers by a given name alone (عبد العزيز): that names no one.
    const keys = nameKeys(arabic!);
    if (givenNames.has(keys.join("")) || givenNames.has(keys.join(" "))) continue;
    add(arabic!, entry);
  }
  // Public figures (figures.tsv) without dated offices; an office holder of people.tsv with the same name comes first.
  for (const [canonical, iso3, arabic, field] of FIGURE_FILES.flatMap(readRows)) {
    const country = iso3 === "-" ? null : iso3!;
    const sector = FIELD_SECTOR[field ?? ""];
    const entry: KbEntry = {
      key: `person:${canonical}`,
      kind: "person",
      type: "PER",
      canonical: canonical!,
      country,
      code: country && sector ? country + sector : null,
      offices: [],
      file: "figures",
    };
    if (!entries.has(entry.key)) people.push(entry);
    // A lone family name with the article (الجابري) or a lone given name is shared by many people; a
    // lone foreign surname (ميسي) is not. Short forms after a full name are coreference's job.
    for (const alias of arabic!.split("|")) {
      // Spans are names without titles: الملك سعود is matched as سعود (and جامعة الملك سعود stays a university).
      const titled = TITLE_KEYS.has(nameKeys(alias)[0] ?? "");
      const name = titled ? alias.trim().replace(/^\S+\s+/u, "") : alias;
      const keys = nameKeys(name);
      // A lone word left after a title (الشيخ إمام → إمام) or everyday-looking (أي، آي) names no one by itself.
      if (keys.length === 1 && (titled || keys[0]!.length <= 2 || keys[0]!.startsWith("ال") || stopwords.has(keys[0]!) || isCommonWord(words, keys[0]!))) continue;
      // A given name alone, also a compound one (عبد القادر after الأمير), is shared by many people.
      if (givenNames.has(keys.join("")) || givenNames.has(keys.join(" "))) continue;
      add(name, entry);
    }
  }
  // Clubs, companies, media and venues. A one-word alias that is also an everyday word or another
  // name (الأهلي، نيسان) is left out: the tagger, which sees the context, handles those.
  const lexicon = arabicLexicon();
  const everyday = (key: string): boolean => lexicon.has(key) || stopwords.has(key) || isCommonWord(words, key);
  // Unvetted lists (not yet checked against annotated text) also leave out aliases made only of everyday words (الحرس الوطني، البيت الأبيض، حزب العدالة والتنمية):
  // several countries have a body of that name, and the KB entry names only one of them.
  const domainNames: KnowledgeBase["domainNames"] = { sports: new Map(), market: new Map() };
  const quotedMedia = new Map<string, KbEntry | null>();
  const named = (file: string, kind: "org" | "place", type: EntityType, vetted = true): void => {
    for (const [canonical, iso3, code, arabic, ambiguous] of readRows(file)) {
      const entry: KbEntry = {
        key: `${kind}:${canonical}`,
        kind,
        type,
        canonical: canonical!,
        country: iso3 === "-" ? null : iso3!,
        code: code === "-" ? null : code!,
        offices: [],
        file,
      };
      for (const name of arabic!.split("|")) {
        // One-word aliases flagged ambiguous (or, in unvetted lists, known to the spelling lexicon: أفاد، كأس)
        // need the tagger's context.
        const keys = nameKeys(name);
        if (keys.length === 1 && (ambiguous === "1" || (!vetted && everyday(keys[0]!)))) {
          if (entry.code?.endsWith("MED") && !quotedMedia.has(keys[0]!)) quotedMedia.set(keys[0]!, entry);
          const domain = FILE_DOMAINS[file];
          if (domain && !domainNames[domain].has(keys[0]!)) domainNames[domain].set(keys[0]!, entry);
          continue;
        }
        if (!vetted && keys.every((key) => everyday(key.replace(/^و/u, "")))) continue;
        add(name, entry);
      }
    }
  };
  named("clubs.tsv", "org", "ORG");
  named("companies.tsv", "org", "ORG");
  named("listed-companies.tsv", "org", "ORG");
  named("media-more.tsv", "org", "ORG");
  named("orgs-more.tsv", "org", "ORG", false);
  named("venues.tsv", "place", "LOC");

  // Single-word names that are also everyday words need context (a locative head, a title…).
  const bareForms = new Set(readRows("places-ambiguous.txt").map((row) => normalizeKey(row[0]!.trim())));
  const ambiguousPlaces = new Set([...readRows("ambiguous-places.tsv").map((row) => row[0]!), ...bareForms]);
  // The bare form of a place listed under its head word (عسير of منطقة عسير, منى of مشعر منى) names it
  // too, when the context supports it.
  for (const { keys, entry } of [...aliases]) {
    const bare = keys[keys.length - 1]!;
    if (keys.length === 2 && entry.type === "LOC" && PLACE_HEADS.has(keys[0]!) && bareForms.has(bare) && !stopwords.has(bare) && !givenNames.has(bare) && !everydayGivenNames.has(bare) && !familyNames.has(bare) && !isCommonWord(words, bare) && !names.next?.get(bare)?.entries) {
      insert(names, [bare], entry);
      nodeFor(names, [bare]).ambiguous = true;
    }
  }
  for (const [key, node] of names.next ?? []) {
    if (!node.entries) continue;
    const top = node.entries[0]!;
    if (top.kind === "country" && ambiguousPlaces.has(key)) node.ambiguous = true;
    if (top.kind !== "city") continue;
    const population = top.population ?? 0;
    const arab = ARAB_COUNTRIES.has(top.country ?? "");
    if (ambiguousPlaces.has(key) || isCommonWord(words, key) || givenNames.has(key)) node.ambiguous = true;
    else if (!arab && population < 100000) node.ambiguous = true;
    else if (arab && population < 20000 && !key.startsWith("ال") && key.length <= 4) node.ambiguous = true;
    // Villages named like adjectives (الحدية، الجديدة): the adjective is far more frequent.
    else if (arab && population < 20000 && key.startsWith("ال") && /(?:يه|ي)$/u.test(key)) node.ambiguous = true;
    // Small places named like everyday words (الموقر "the honoured", a Jordanian village).
    else if (arab && population < 20000 && arabicLexicon().has(key, true)) node.ambiguous = true;
  }

  const { nisba, nisbaByKey, nisbaForms } = loadNisba();
  const personTitles: RoleTrie = {};
  const orgHeads: RoleTrie = {};
  const roles: Role[] = [];
  for (const [title, sector, english, kind] of readRows("roles.tsv")) {
    const role: Role = { title: title!, sector: sector!, english: english!, kind: kind === "org" ? "org" : "person" };
    const node = nodeFor(role.kind === "org" ? orgHeads : personTitles, nameKeys(title!));
    if (node.role) continue; // a duplicate line
    node.role = role;
    roles.push(role);
  }
  cached = {
    names,
    nisba,
    nisbaByKey,
    personTitles,
    orgHeads,
    roles,
    stopwords,
    vagueAdjectives,
    givenNames,
    everydayGivenNames,
    familyNames,
    words,
    countries,
    people,
    aliases,
    nisbaForms,
    domainNames,
    quotedMedia: withMediaTitles(quotedMedia, aliases),
    loadMs: 0,
  };
  cached.loadMs = performance.now() - started;
  return cached;
}

function loadNisba(): { nisba: TrieNode & { nisba?: Nisba }; nisbaByKey: Map<string, Nisba>; nisbaForms: { name: string; keys: string[] }[] } {
  type NisbaNode = { next?: Map<string, NisbaNode>; nisba?: Nisba };
  const root: NisbaNode = {};
  const byKey = new Map<string, Nisba>();
  const forms: { name: string; keys: string[] }[] = [];
  const addForm = (form: string, value: Nisba): void => {
    const keys = nameKeys(form);
    if (keys.length === 0) return;
    const node = nodeFor(root, keys);
    if (node.nisba) return;
    node.nisba = value;
    forms.push({ name: form, keys });
    if (keys.length === 1) byKey.set(keys[0]!, value);
  };
  const definite = (phrase: string): string =>
    phrase
      .split(" ")
      .map((w) => "ال" + w)
      .join(" ");
  for (const [iso3, singulars, plurals] of readRows("nisba.tsv")) {
    for (const masculine of singulars!.split(",").map((s) => s.trim()).filter(Boolean)) {
      const words = masculine.split(" ");
      const inflect = (suffix: string): string => words.map((w) => w + suffix).join(" ");
      const singularForms = [masculine, inflect("ة")];
      const pluralForms = [inflect("ون"), inflect("ين"), inflect("ات")];
      for (const form of singularForms) {
        addForm(form, { country: iso3!, plural: false });
        addForm(definite(form), { country: iso3!, plural: false });
      }
      for (const form of pluralForms) {
        addForm(form, { country: iso3!, plural: true });
        addForm(definite(form), { country: iso3!, plural: true });
      }
    }
    for (const plural of (plurals ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
      addForm(plural, { country: iso3!, plural: true });
      addForm(definite(plural), { country: iso3!, plural: true });
    }
  }
  return { nisba: root as TrieNode & { nisba?: Nisba }, nisbaByKey: byKey, nisbaForms: forms };
}

/** The office an actor held on `date` (YYYY-MM-DD); without a date, the latest one. */
const latestOffice = new WeakMap<KbEntry, Office | null>();

export function officeAt(entry: KbEntry, date: string | null): Office | null {
  if (entry.offices.length === 0) return null;
  if (!date) {
    // Without a date the answer depends on the entry alone: sorted once per entry, not per mention.
    let latest = latestOffice.get(entry);
    if (latest === undefined) {
      latest = [...entry.offices].sort((a, b) => (b.from || "0000").localeCompare(a.from || "0000"))[0] ?? null;
      latestOffice.set(entry, latest);
    }
    return latest;
  }
  // Several offices at once (crown prince and prime minister): the one taken most recently.
  let best: Office | null = null;
  for (const office of entry.offices) {
    if (office.from && office.from > date) continue;
    if (office.to && office.to <= date) continue;
    if (!best || (office.from || "0000") > (best.from || "0000")) best = office;
  }
  return best;
}

/** CAMEO-style code at a date: the office's code, ELI (former elite) after office, else the country. */
export function codeAt(entry: KbEntry, date: string | null): { code: string | null; role?: string } {
  if (entry.kind !== "person") return { code: entry.code };
  const office = officeAt(entry, date);
  if (office) return { code: office.code, ...(office.role ? { role: office.role } : {}) };
  const past = entry.offices.filter((o) => date && o.to && o.to <= date);
  if (past.length > 0 && entry.country) return { code: `${entry.country}ELI` };
  return { code: entry.country };
}
