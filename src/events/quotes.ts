// Reported speech: a speech verb (قال، أكد، أضاف، أوضح …) with its speaker and the content after إن/أن,
// a colon or an opening quotation mark; participles that continue it (…، مضيفا أن …); "according to X,
// فإن …"; "نقلت وكالة عن X أن …" (the speaker is X). A speaker with no name of its own (وأضاف أن …) is
// the previous speaker, and a definite noun (وقالت الوزارة) the earlier entity it names; entity
// coreference gives every speaker the canonical name of its entity.

import type { Quote, Span } from "../document.ts";
import type { ActorMention } from "./actors.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, isComma, type TokenView } from "./scan.ts";
import { normalizeKey } from "../text/normalize.ts";

const SPEAKER_WINDOW = 22;
const MIN_QUOTED_WORDS = 4;
/** A person named this many words after the verb or fewer is its subject (after titles). */
const PERSON_WINDOW = 7;
/** إن/أن after these is a subordinator (بالرغم من أن، بعد أن), not the start of reported speech. */
const SUBORDINATORS = new Set(["من", "بعد", "قبل", "منذ", "رغم", "بالرغم", "دون", "حتي", "بدل", "لمجرد", "بمجرد"]);
const OPENERS = new Set(["\"", "«", "“", "„"]);
const CLOSER_OF: Record<string, string> = { "\"": "\"", "«": "»", "“": "”", "„": "“" };
const REPORTED_FROM = new Set(["عن", "عنه", "عنها"]);
const SO_THAT = new Set(["فان", "فانه", "فانها"]);

export interface QuoteWithSpeaker {
  quote: Quote;
  speaker: ActorMention | null;
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
  if (closer) {
    for (let j = from + 1; j < view.tokens.length && j < sentenceEnd + 200; j++) {
      if (view.tokens[j]!.text !== closer) continue;
      // A quoted term opening the content ("مجموعة إرهابية" هاجمت …) does not end it.
      const next = view.tokens[j + 1];
      if (next && next.kind === "word" && next.sentence === opener!.sentence) break;
      return j + 1;
    }
  }
  const participles = eventLexicons().cues.get("quote-participle");
  let open: string | null = null;
  for (let j = from; j < sentenceEnd; j++) {
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

/** Quotes of the document with their speakers, in text order. */
export function findQuotes(view: TokenView, mentions: ActorMention[]): QuoteWithSpeaker[] {
  const cues = eventLexicons().cues;
  const out: QuoteWithSpeaker[] = [];
  let lastSpeaker: ActorMention | null = null;
  const speakers = mentions.filter((m) => (m.kind === "PER" || m.kind === "ORG" || m.kind === "agent") && !m.place);
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

  for (const [first, sentenceEnd] of view.sentenceRange) {
    let j = first;
    while (j < sentenceEnd) {
      // A speech verb with an object pronoun (نقلتها قناة …) relays, it does not introduce speech.
      const verbMatch = cueAt(view, j, cues.get("quote-verb"));
      const verb = verbMatch && !verbMatch.reading.enclitic ? verbMatch : null;
      const participle = verb ? null : cueAt(view, j, cues.get("quote-participle"));
      const according = verb || participle ? null : cueAt(view, j, cues.get("attribution"));
      const cue = verb ?? participle ?? according;
      if (!cue) {
        j++;
        continue;
      }
      const complement = findComplement(view, cue.end, Math.min(sentenceEnd, cue.end + SPEAKER_WINDOW));
      // "According to X" reports speech only before فإن (وحسب بيان للحكومة فإن …).
      const usable = complement && (!according || complement.soThat);
      const limit = usable ? complement.at : Math.min(sentenceEnd, cue.end + 6);
      const local = bySentence[view.tokens[j]!.sentence] ?? [];
      const between = local.filter((m) => m.first >= cue.end && m.end <= limit);
      // نقلت وكالة X عن Y أن …: the speaker is Y.
      const fromIndex = between.findIndex((m, k) => k > 0 && REPORTED_FROM.has(view.tokens[m.first - 1]?.key ?? ""));
      const named = fromIndex > 0 ? between.slice(fromIndex) : between;
      let speaker: ActorMention | null = null;
      if (participle) speaker = lastSpeaker;
      else {
        // VSO: the participant right after the verb is its subject (ودعا المصدر …، وذكر أحد شهود عيان …).
        const adjacent = fromIndex > 0 ? undefined : named.find((m) => m.first === cue.end || (m.first === cue.end + 1 && view.tokens[cue.end]!.key === "احد"));
        // A definite noun right after the verb that names no one itself (وأوضحت المنظمة …) refers back.
        const referring = !adjacent && cue.end < limit ? definiteReference(view, cue.end, speakers) : null;
        speaker =
          named.find((m) => m.kind === "PER" && m.first - cue.end <= PERSON_WINDOW) ??
          adjacent ??
          referring ??
          named.find((m) => m.kind !== "agent") ??
          named[0] ??
          [...local].reverse().find((m) => m.end <= j && j - m.end <= 1) ??
          null;
        // A definite role noun (وأضاف الوزير، وقال المصدر) is the person already quoted.
        if (speaker && speaker.kind === "agent" && lastSpeaker && speaker !== lastSpeaker && /^[وف]?ال/u.test(normalizeKey(speaker.name))) {
          if (lastSpeaker.kind === "PER" || lastSpeaker.sector === speaker.sector) speaker = lastSpeaker;
        }
        if (!speaker && cue.end === limit) speaker = lastSpeaker;
        // A title with a nationality (قال العاهل الأردني) names the person of that country already named.
        if (speaker && speaker.kind === "agent" && speaker.country && PERSON_TITLES.has(speaker.sector === "GOV" ? titleOf(speaker) : "")) {
          const named = [...speakers].reverse().find((m) => m.kind === "PER" && m.first < speaker!.first && m.country === speaker!.country);
          if (named) speaker = named;
        }
      }
      if (speaker && !according) lastSpeaker = speaker;
      if (!usable) {
        j = cue.end;
        continue;
      }
      const from = complement.end;
      const to = contentEnd(view, from, sentenceEnd);
      const cueToken = view.tokens[j]!;
      const cueEnd = view.tokens[cue.end - 1]!.end;
      emit(from, to, speaker, { start: cueToken.start, end: cueEnd, text: text.slice(cueToken.start, cueEnd) });
      j = Math.max(to, j + 1);
    }
  }
  return out;
}
