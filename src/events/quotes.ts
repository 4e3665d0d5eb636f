// Reported speech: a speech verb (قال، أكد، أضاف، أوضح …) with its speaker and the content after إن/أن,
// a colon or an opening quotation mark; participles that continue it (…، مضيفا أن …); "according to X,
// فإن …"; "نقلت وكالة عن X أن …" (the speaker is X). A speaker with no name of its own (وأضاف أن …) is
// the previous speaker, and a definite noun (وقالت الوزارة) the earlier entity it names; entity
// coreference gives every speaker the canonical name of its entity.

import type { Quote, Span } from "../document.ts";
import type { ActorMention } from "./actors.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, hasLamOnly, isComma, type TokenView } from "./scan.ts";
import { normalizeKey } from "../text/normalize.ts";

const SPEAKER_WINDOW = 28;
const MIN_QUOTED_WORDS = 4;
/** A quoted term inside content is at most this many tokens long. */
const QUOTED_TERM_TOKENS = 8;
/** A person named this many words after the verb or fewer is its subject (after titles). */
const PERSON_WINDOW = 7;
/** إن/أن after these is a subordinator (بالرغم من أن، بعد أن), not the start of reported speech. */
const SUBORDINATORS = new Set(["من", "بعد", "قبل", "منذ", "رغم", "بالرغم", "دون", "حتي", "بدل", "لمجرد", "بمجرد"]);
const OPENERS = new Set(["\"", "«", "“", "„"]);
const CLOSER_OF: Record<string, string> = { "\"": "\"", "«": "»", "“": "”", "„": "“" };
const REPORTED_FROM = new Set(["عن", "عنه", "عنها"]);
const SO_THAT = new Set(["فان", "فانه", "فانها"]);
/** A participle introduces speech only when its complement follows closely (مشيرا إلى أن، داعيا X إلى "…"). */
const PARTICIPLE_WINDOW = 5;
/** A person named after one of these words is not the speaker (قال خلال لقائه مع X، نقل عن X). */
const NOT_SUBJECT_AFTER = new Set(["مع", "عن", "عنه", "عنها", "الي", "بين", "لقاء", "لدي", "ضد", "حول", "بشان"]);
/** A name after these owns the speaker (قناة "المسيرة" التابعة للحوثيين): it is not the speaker. */
const AFFILIATION = new Set(["التابع", "التابعه", "التابعين", "المملوك", "المملوكه", "المقرب", "المقربه", "الموالي", "المواليه", "مقرب", "مقربه", "مقربين", "مقربون", "قريبه", "قريب", "مواليه", "موالي"]);
/** A name after these is the medium the words went out on (في تدوينة على موقع «فيس بوك»), not the speaker. */
const MEDIUM = new Set(["عبر", "موقع", "موقعي", "مواقع", "صفحه", "صفحته", "صفحتها", "حساب", "حسابه", "حسابها", "تدوينه", "تغريده", "منصه"]);
/** Present passive forms read the same as active ones: يذكر أن / يشار إلى أن with nothing between is an aside. */
const IMPERSONAL = new Set(["يذكر", "ويذكر", "يشار", "ويشار", "يقال", "ويقال"]);
/** Words that can follow a speech verb with no subject of its own (لكنه قال في اليوم التالي إن …). */
const SUBJECTLESS_NEXT = new Set(["في", "خلال", "امام", "عبر", "امس", "اليوم", "يوم", "مساء", "صباح", "ليل", "الليله", "لاحقا", "ايضا", "كذلك", "بدوره", "بدورها", "من", "علي", "الي"]);
/** The speaker is named after these (أعلنت الوزارة على لسان ناطقها X أن …). */
const SPOKEN_THROUGH = new Set(["لسان"]);
/** Speech by a correspondent of a named outlet (أفاد مراسل قناة X) is the correspondent's. */
const CORRESPONDENTS = new Set(["مراسل", "مراسله", "مراسلو", "مراسلي"]);
/** Sectors of institutions that speak as their country's (تقول الشرطة → Egyptian police). */
const INSTITUTIONAL = new Set(["COP", "MIL", "JUD", "LEG"]);
/** A relative clause (التقرير الذي اطلعت عليه رويترز) names someone other than the speaker. */
const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"]);
/** Verbs that continue the speech of the speaker already quoted (وأضاف، وتابع). */
const CONTINUATIONS = new Set(["اضاف", "اضافت", "تابع", "تابعت", "اردف", "اردفت", "استطرد", "استطردت", "يضيف", "تضيف"]);
/** ما after these makes the speech verb an attribution (حسبما قالت الوكالة، كما ذكرت الصحيفة). */
const ATTRIBUTIVE_MA = new Set(["حسبما", "بحسبما", "وفقما", "كما", "مثلما", "حسب", "بحسب", "وفق", "وفقا"]);

export interface QuoteWithSpeaker {
  quote: Quote;
  speaker: ActorMention | null;
}

/** An institution named without its country speaks for the country the article is about. */
function withCountry(m: ActorMention, country: string | null): ActorMention {
  if (m.kind !== "agent" || m.country || !country || !m.sector || !INSTITUTIONAL.has(m.sector)) return m;
  const adjective = eventLexicons().adjectives.get(country);
  if (!adjective) return m;
  return { ...m, country, code: country + m.sector, canonical: `${adjective} ${m.canonical ?? ""}`.trim() };
}

/** The correspondent of a named outlet (مراسل سكاي نيوز عربية): the outlet's correspondent. */
function correspondentOf(view: TokenView, m: ActorMention): ActorMention {
  const previous = view.tokens[m.first - 1];
  if (!previous || previous.kind !== "word" || m.kind !== "ORG" || !m.canonical) return m;
  if (!CORRESPONDENTS.has(previous.key.replace(/^[وف]/u, "").replace(/^ال/u, ""))) return m;
  return { ...m, kind: "agent", canonical: `${m.canonical} correspondent`, sector: "MED", entityId: null };
}

function speakerOf(m: ActorMention): Quote["speaker"] {
  return { canonical: m.canonical, name: m.name, country: m.country, start: m.start, end: m.stop };
}

/** Trims spaces, quotation marks and trailing punctuation from a content span. */
function trimContent(text: string, start: number, end: number): [number, number] {
  const skip = /[\s"«»“”„'.,،:؛;!?؟…\-–—]/u;
  while (start < end && skip.test(text[start]!)) start++;
  while (end > start && skip.test(text[end - 1]!)) end--;
  return [start, end];
}

/** End (exclusive token index) of content starting at `from`: the closing quotation mark when it opens
 *  with one, else the sentence end or a comma before a participle that starts the next report. */
function contentEnd(view: TokenView, from: number, sentenceEnd: number): number {
  const opener = view.tokens[from];
  const closer = opener && opener.kind === "punct" ? CLOSER_OF[opener.text] : undefined;
  let closed = false;
  if (closer) {
    for (let j = from + 1; j < view.tokens.length && j < sentenceEnd + 200; j++) {
      if (view.tokens[j]!.text !== closer) continue;
      // A quoted term opening the content ("مجموعة إرهابية" هاجمت …) does not end it; a long stretch
      // before a mark that opens the next quote (… مضيفا أن "…) means this opener was never closed.
      const next = view.tokens[j + 1];
      if (next && next.kind === "word" && next.sentence === opener!.sentence) {
        closed = j - from <= QUOTED_TERM_TOKENS;
        break;
      }
      return j + 1;
    }
  }
  const participles = eventLexicons().cues.get("quote-participle");
  let open: string | null = null;
  // An opening mark whose closer was not found (a stray or mistyped one) does not hide what follows.
  for (let j = closer && !closed ? from + 1 : from; j < sentenceEnd; j++) {
    const token = view.tokens[j]!;
    if (token.kind === "punct") {
      if (open && token.text === CLOSER_OF[open]) open = null;
      else if (!open && OPENERS.has(token.text)) open = token.text;
    }
    if (open) continue;
    if (isComma(token) && j + 1 < sentenceEnd && cueAt(view, j + 1, participles)) return j;
  }
  return sentenceEnd;
}

/** Words between an opening quotation mark at i and its closer (names in quotes are short). */
function quotedWords(view: TokenView, i: number): number {
  const closer = CLOSER_OF[view.tokens[i]!.text];
  let words = 0;
  for (let j = i + 1; j < view.tokens.length && words < 80; j++) {
    const token = view.tokens[j]!;
    if (token.text === closer) return words;
    if (token.kind === "word" || token.kind === "number") words++;
  }
  return 0;
}

interface Complement {
  /** Token index of the complementizer (or of the opening mark). */
  at: number;
  /** First token of the content. */
  end: number;
  soThat: boolean;
}

function findComplement(view: TokenView, from: number, limit: number): Complement | null {
  const complementizers = eventLexicons().cues.get("complementizer");
  for (let j = from; j < limit; j++) {
    const token = view.tokens[j]!;
    if (token.kind === "punct") {
      if (token.text === ":") return { at: j, end: j + 1, soThat: false };
      if (OPENERS.has(token.text)) {
        if (quotedWords(view, j) >= MIN_QUOTED_WORDS) return { at: j, end: j, soThat: false };
        // A short quoted name: skip to its closing mark.
        const closer = CLOSER_OF[token.text];
        let k = j + 1;
        while (k < limit && view.tokens[k]!.text !== closer) k++;
        j = k;
      }
      if (token.text === "." || token.text === "؟") return null;
      continue;
    }
    if (SO_THAT.has(token.key)) return { at: j, end: j + 1, soThat: true };
    // Another speech verb (وأعلن … وقال إنه …) starts its own report.
    if (j > from) {
      const verb = cueAt(view, j, eventLexicons().cues.get("quote-verb"));
      if (verb && !verb.reading.enclitic && !verb.reading.proclitic.endsWith("ال")) return null;
    }
    const c = cueAt(view, j, complementizers);
    if (c) {
      const previous = view.tokens[j - 1];
      if (previous && SUBORDINATORS.has(previous.key)) return null;
      return { at: j, end: c.end, soThat: false };
    }
  }
  return null;
}

/** The earlier entity a definite noun refers to (وقالت الوزارة → وزارة الداخلية …), or null. */
function definiteReference(view: TokenView, at: number, speakers: ActorMention[]): ActorMention | null {
  const token = view.tokens[at]!;
  if (token.kind !== "word") return null;
  const key = token.key.replace(/^[وف]/u, "");
  if (!key.startsWith("ال") || key.length < 5) return null;
  const noun = key.slice(2);
  for (let n = speakers.length - 1; n >= 0; n--) {
    const m = speakers[n]!;
    if (m.first >= at) continue;
    if (m.kind !== "agent" && normalizeKey(m.name).includes(noun)) return m;
  }
  return null;
}

const PERSON_TITLES = new Set(["president", "king", "emir", "minister", "counterpart", "spokesperson", "ambassador"]);

/** The English role of a role-noun mention (its canonical without the nationality). */
function titleOf(m: ActorMention): string {
  const words = (m.canonical ?? "").split(" ");
  return words[words.length - 1] ?? "";
}

/** Content words of a name without the article and clitics (المنظمة الدولية → منظمه، دوليه). */
function nameWords(name: string): string[] {
  return normalizeKey(name)
    .split(/\s+/u)
    .map((w) => w.replace(/^(?:[وفبل]?ال|لل)/u, ""))
    .filter((w) => w.length > 1);
}

/** A speaker the entity stage could not name (وأفادت المنظمة الدولية) is the earlier entity whose name
 *  holds all its words (منظمة الهجرة الدولية). */
function namedAntecedent(m: ActorMention, speakers: ActorMention[]): ActorMention | null {
  const words = nameWords(m.name);
  if (words.length === 0) return null;
  for (let n = speakers.length - 1; n >= 0; n--) {
    const other = speakers[n]!;
    if (other.first >= m.first || !other.canonical || other.kind === "agent") continue;
    const otherWords = new Set(nameWords(other.name));
    if (words.every((w) => otherWords.has(w))) return other;
  }
  return null;
}

/** A country or its capital as the subject of a speech verb (وتقول بغداد إن …) stands for its government. */
function governmentOf(m: ActorMention): ActorMention | null {
  const adjective = m.country ? eventLexicons().adjectives.get(m.country) : undefined;
  if (!adjective) return null;
  return { ...m, kind: "agent", canonical: `${adjective} government`, code: `${m.country}GOV`, sector: "GOV", entityId: null };
}

const HONORIFIC_PRONOUNS = new Set(["معاليه", "سموه", "فخامته", "سيادته", "سعادته", "سماحته", "دولته", "معاليها", "سموها"]);

/** Whether the office words of a role-noun mention (وزير الخارجية) stood right before a mention of the
 *  person (أكد وزير الخارجية الأستاذ عادل الجبير). */
function sameOffice(view: TokenView, agent: ActorMention, person: ActorMention, subjects: ActorMention[]): boolean {
  const office = view.tokens.slice(agent.first, Math.min(agent.first + 2, view.tokens.length)).filter((t) => t.kind === "word").map((t) => t.key.replace(/^[وف]/u, ""));
  if (office.length < 2) return false;
  const mentions = subjects.filter((m) => m === person || (m.kind === "PER" && m.entityId !== null && m.entityId === person.entityId));
  return mentions.some((m) => {
    if (m.first >= agent.first) return false;
    const before = new Set(view.tokens.slice(Math.max(0, m.first - 5), m.first).map((t) => t.key.replace(/^[وف]/u, "")));
    return office.every((key) => before.has(key));
  });
}

/** يُذكر أن …، يشار إلى أن …: the writer's own aside, not anyone's speech. */
function impersonal(view: TokenView, j: number, end: number): boolean {
  const token = view.tokens[j]!;
  if (!IMPERSONAL.has(token.key)) return false;
  const previous = view.tokens[j - 1];
  if (previous && previous.sentence === token.sentence && previous.kind === "word") return false;
  const next = view.tokens[end];
  return next !== undefined && (cueAt(view, end, eventLexicons().cues.get("complementizer")) !== null || next.key === "الي");
}

/** Is the speech verb at j part of an attribution (حسبما قالت الوكالة، كما ذكرت الصحيفة)? */
function attributive(view: TokenView, j: number): boolean {
  const previous = view.tokens[j - 1];
  if (!previous || previous.kind !== "word") return false;
  if (ATTRIBUTIVE_MA.has(previous.key.replace(/^و/u, ""))) return true;
  const before = view.tokens[j - 2];
  return previous.key === "ما" && before !== undefined && ATTRIBUTIVE_MA.has(before.key.replace(/^و/u, ""));
}

/** The subject of the latest sentence told since the last quote: its first named person or organization
 *  (وأمر الرئيس X الجيش بـ … لكنه قال إن …: the pronoun subject is X, not the object named after it). */
function recentSubject(view: TokenView, speakers: ActorMention[], after: number, j: number): ActorMention | null {
  const sentence = view.tokens[j]!.sentence;
  let found: ActorMention | null = null;
  for (let n = speakers.length - 1; n >= 0; n--) {
    const m = speakers[n]!;
    if (m.first >= j) continue;
    const at = view.tokens[m.first]!.sentence;
    if (m.first < after || sentence - at > 1 || (found && view.tokens[found.first]!.sentence !== at)) break;
    if (m.kind === "PER" || m.kind === "ORG") found = m;
  }
  return found;
}

/** Quotes of the document with their speakers, in text order. */
const OPENING_QUOTES = new Set(["«", "\"", "“", "”"]);

/** قال لـ«الشرق الأوسط»: the medium told, not the one speaking. */
function addressee(view: TokenView, m: ActorMention): boolean {
  let k = m.first - 1;
  if (k >= 0 && OPENING_QUOTES.has(view.tokens[k]!.text)) k--;
  return k >= 0 && k < m.first && view.tokens[k]!.key === "ل" && m.kind === "ORG";
}

export function findQuotes(view: TokenView, mentions: ActorMention[], docCountry: string | null = null): QuoteWithSpeaker[] {
  const cues = eventLexicons().cues;
  const out: QuoteWithSpeaker[] = [];
  let lastSpeaker: ActorMention | null = null;
  // Token index where the latest quoted content ended: names inside quotes are not the discourse topic.
  let quotedUntil = 0;
  const speakers = mentions.filter((m) => (m.kind === "PER" || m.kind === "ORG" || m.kind === "agent") && !m.place);
  const subjects = speakers.filter((m) => m.kind !== "agent");
  // بغداد looks like بـ + a name to the place test: any LOC right after the verb is its subject.
  const places = mentions.filter((m) => m.kind === "LOC");
  // Speakers of each sentence, so a cue only looks at its own sentence.
  const bySentence: ActorMention[][] = view.sentenceRange.map(() => []);
  for (const m of speakers) bySentence[view.tokens[m.first]!.sentence]?.push(m);
  const text = view.doc.text;
  const emit = (from: number, to: number, speaker: ActorMention | null, cue: Span | null) => {
    if (to <= from) return;
    const [start, end] = trimContent(text, view.tokens[from]!.start, view.tokens[to - 1]!.end);
    if (end - start < 8) return;
    out.push({
      quote: { start, end, text: text.slice(start, end), speaker: speaker ? speakerOf(speaker) : null, cue },
      speaker,
    });
  };
  const documents = cues.get("speech-document");

  for (const [first, sentenceEnd] of view.sentenceRange) {
    let j = first;
    while (j < sentenceEnd) {
      // A speech verb with an object pronoun (نقلتها قناة …) relays, it does not introduce speech.
      // A noun reading (والجدير بالذكر) is no verb; يذكر أن with no subject is the writer's aside.
      const verbMatch = cueAt(view, j, cues.get("quote-verb"));
      const verb = verbMatch && !verbMatch.reading.enclitic && !/(?:ال|[بكل])$/u.test(verbMatch.reading.proclitic) && !impersonal(view, j, verbMatch.end) ? verbMatch : null;
      const participle = verb ? null : cueAt(view, j, cues.get("quote-participle"));
      const according = verb || participle ? null : cueAt(view, j, cues.get("attribution"));
      const cue = verb ?? participle ?? according;
      if (!cue) {
        j++;
        continue;
      }
      const window = participle ? PARTICIPLE_WINDOW : SPEAKER_WINDOW;
      const complement = findComplement(view, cue.end, Math.min(sentenceEnd, cue.end + window));
      // "According to X" reports speech only before فإن (وحسب بيان للحكومة فإن …).
      const usable = complement && (!according || complement.soThat);
      const limit = usable ? complement.at : Math.min(sentenceEnd, cue.end + 6);
      const local = bySentence[view.tokens[j]!.sentence] ?? [];
      // Names inside a relative clause (التقرير الذي اطلعت عليه رويترز) are not the speaker.
      let relative = limit;
      for (let k = cue.end; k < limit; k++) if (RELATIVES.has(view.tokens[k]!.key)) relative = Math.min(relative, k);
      const between = local.filter((m) => {
        if (m.first < cue.end || m.end > relative) return false;
        for (let k = Math.max(cue.end, m.first - 3); k < m.first; k++) if (AFFILIATION.has(view.tokens[k]!.key)) return false;
        for (let k = Math.max(cue.end, m.first - 5); k < m.first; k++) if (MEDIUM.has(view.tokens[k]!.key)) return false;
        return !addressee(view, m);
      });
      // نقلت وكالة X عن Y أن …: the speaker is Y.
      // … عن المتحدث باسم X سعيد Y أن: عن may stand before the title of the one quoted.
      const fromIndex = between.findIndex((m, k) => {
        if (k === 0) return false;
        for (let t = Math.max(between[k - 1]!.end, m.first - 3); t < m.first; t++) if (REPORTED_FROM.has(view.tokens[t]!.key)) return true;
        return false;
      });
      // … على لسان ناطقها X: the speaker is X.
      const throughIndex = between.findIndex((m) => {
        for (let k = Math.max(cue.end, m.first - 3); k < m.first; k++) if (SPOKEN_THROUGH.has(view.tokens[k]!.key)) return true;
        return false;
      });
      const named = throughIndex >= 0 ? between.slice(throughIndex) : fromIndex > 0 ? between.slice(fromIndex) : between;
      const cueKey = view.tokens[cue.end - 1]!.key.replace(/^[وف]/u, "");
      let speaker: ActorMention | null = null;
      // A participle continues the subject of its own sentence (وعبر X عن فخره، مؤكدا أن …), else the last speaker.
      if (participle) speaker = recentSubject(view, subjects, Math.max(quotedUntil, first), j) ?? lastSpeaker;
      else {
        // VSO: the participant right after the verb is its subject (ودعا المصدر …، وذكر أحد شهود عيان …).
        let adjacent = fromIndex > 0 || throughIndex >= 0 ? undefined : named.find((m) => m.first === cue.end || (m.first === cue.end + 1 && view.tokens[cue.end]!.key === "احد"));
        // A definite noun right after the verb that names no one itself (وأوضحت المنظمة …) refers back.
        const referring = (!adjacent || adjacent.kind === "agent") && cue.end < limit ? definiteReference(view, cue.end, speakers) : null;
        // … unless it is a role noun that names an organization told of before (وأكدت المحكمة → المحكمة العليا).
        if (adjacent && adjacent.kind === "agent" && referring && referring.kind !== "agent" && adjacent.end - adjacent.first === 1) adjacent = undefined;
        // A person after a title phrase (أعلن رئيس اللجنة …، الفريق أول X أن) is the speaker unless a
        // preposition makes them someone else (قال خلال لقائه مع X).
        const titled = named.find((m) => {
          if (m.kind !== "PER") return false;
          const scanFrom = fromIndex > 0 || throughIndex >= 0 ? named[0]!.first : cue.end;
          for (let k = scanFrom; k < m.first; k++) if (NOT_SUBJECT_AFTER.has(view.tokens[k]!.key)) return false;
          return !/^[وف]?ل/u.test(view.tokens[m.first]!.key) || m.first - cue.end <= PERSON_WINDOW;
        });
        speaker =
          named.find((m) => m.kind === "PER" && m.first - cue.end <= PERSON_WINDOW) ??
          (adjacent?.kind === "agent" ? titled : undefined) ??
          adjacent ??
          referring ??
          titled ??
          named.find((m) => m.kind !== "agent") ??
          named[0] ??
          [...local].reverse().find((m) => m.end <= j && j - m.end <= 1) ??
          null;
        // A definite role noun (وأضاف الوزير، وقال المصدر) is the person already quoted.
        if (speaker && speaker.kind === "agent" && lastSpeaker && speaker !== lastSpeaker && /^[وف]?ال/u.test(normalizeKey(speaker.name))) {
          if (lastSpeaker.kind === "PER" || lastSpeaker.sector === speaker.sector) speaker = lastSpeaker;
        }
        // ورأى معالي وزير الخارجية أن …: an office with no name of its own is the person quoted before, when
        // that person was introduced with the same office words (وزير الخارجية عادل الجبير).
        if (speaker && speaker.kind === "agent" && lastSpeaker?.kind === "PER" && !speaker.country && sameOffice(view, speaker, lastSpeaker, subjects)) speaker = lastSpeaker;
        // وقال سموه خلال المجلس …، وشدد معاليه على …: an honorific pronoun is the subject of the sentence
        // before, or the one already speaking, whoever is named after it.
        if (HONORIFIC_PRONOUNS.has(view.tokens[cue.end]?.key.replace(/^[وف]/u, "") ?? "")) speaker = recentSubject(view, subjects, quotedUntil, j) ?? lastSpeaker ?? speaker;
        if (!speaker) {
          // بغداد itself, not ببغداد ("in Baghdad").
          const place = places.find((m) => m.first === cue.end && m.start === view.tokens[cue.end]!.start);
          if (place) speaker = governmentOf(place);
        }
        // وذكر التقرير / وقال البيان: the statement of the organization already quoted.
        if (!speaker && cue.end < limit && cueAt(view, cue.end, documents)) speaker = recentSubject(view, subjects, quotedUntil, j) ?? lastSpeaker;
        // No subject of its own (وأضاف أن …، لكنه قال إن …): a continuation verb keeps the speaker; any other
        // verb takes the person or organization told of since the last quote, else the speaker.
        const next = view.tokens[cue.end];
        const subjectless = cue.end === limit || (next !== undefined && (next.kind !== "word" || SUBJECTLESS_NEXT.has(next.key) || hasLamOnly(next)));
        if (!speaker && usable && subjectless && named.length === 0) {
          const continuing = CONTINUATIONS.has(cueKey);
          speaker = (continuing ? null : recentSubject(view, subjects, quotedUntil, j)) ?? (cue.end === limit || continuing ? lastSpeaker : null);
        }
        // A title with a nationality (قال العاهل الأردني) names the person of that country already named.
        if (speaker && speaker.kind === "agent" && speaker.country && PERSON_TITLES.has(speaker.sector === "GOV" ? titleOf(speaker) : "")) {
          const named = [...speakers].reverse().find((m) => m.kind === "PER" && m.first < speaker!.first && m.country === speaker!.country);
          if (named) speaker = named;
        }
        if (speaker && !speaker.canonical && speaker.kind === "ORG") speaker = namedAntecedent(speaker, speakers) ?? speaker;
        if (speaker) speaker = withCountry(correspondentOf(view, speaker), docCountry);
      }
      if (speaker && !according && !attributive(view, j)) lastSpeaker = speaker;
      if (!usable) {
        j = cue.end;
        continue;
      }
      const from = complement.end;
      const to = contentEnd(view, from, sentenceEnd);
      const cueToken = view.tokens[j]!;
      const cueEnd = view.tokens[cue.end - 1]!.end;
      emit(from, to, speaker, { start: cueToken.start, end: cueEnd, text: text.slice(cueToken.start, cueEnd) });
      quotedUntil = Math.max(quotedUntil, to);
      j = Math.max(to, j + 1);
    }
  }
  return out;
}
