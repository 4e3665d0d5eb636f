import type { Actor, Doc, EventRecord, Layers, Quote, Timex } from "../document.ts";
import { findActorMentions, toActor, tokenAt, type ActorMention } from "./actors.ts";
import { assignArguments } from "./arguments.ts";
import { sentenceAttribution } from "./attribution.ts";
import { bareName, eventLexicons } from "./lexicon.ts";
import { normalizeKey } from "../text/normalize.ts";
import { mergeMentions, type Draft } from "./merge.ts";
import { modalityOf } from "./modality.ts";
import { contextOf } from "./plover.ts";
import { findQuotes, type QuoteWithSpeaker } from "./quotes.ts";
import { buildView, cueAt, hasLamOnly, isClausePunct, type TokenView } from "./scan.ts";
import { findTriggers, type TriggerMatch } from "./triggers.ts";

const DATE_VALUE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/u;
/** A document with at least this many sports words is a sports report: no political events in it. */
const SPORTS_WORDS = 5;
const ANOTHER = new Set(["اخر", "اخري", "اخرين", "جديد", "جديده"]);
const NO_IMPLICIT_SOURCE = new Set(["ASSAULT"]);
const IMPLICIT_TARGET = new Set(["ASSAULT", "COERCE", "PROTEST"]);
const PURPOSE_BLOCKERS = new Set(["ادي", "ادت", "يودي", "تودي", "ادى"]);

/** The country the article is mostly about: the most frequent country of its places and nationalities. */
function documentCountry(view: TokenView, mentions: ActorMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.country || m.kind === "agent") continue;
    // The headline and lede say what the article is about.
    const weight = view.tokens[m.first]!.sentence < 3 ? 2 : 1;
    counts.set(m.country, (counts.get(m.country) ?? 0) + weight);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, count] of counts) {
    if (count > bestCount) {
      best = country;
      bestCount = count;
    }
  }
  return best;
}

/** The mention of a country (its name, a place in it or its nationality) nearest to an offset. */
function countryMention(mentions: ActorMention[], country: string, at: number, exclude: Actor[]): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of mentions) {
    if (m.country !== country || (m.kind !== "LOC" && m.kind !== "demonym" && m.kind !== "ORG")) continue;
    if (exclude.some((a) => a.start === m.start && a.end === m.stop)) continue;
    if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  }
  return best;
}

/** Violence, coercion and protest with no named target hit the people of the place where they happen. */
function withPlaceTarget(event: EventRecord, text: string): EventRecord {
  const place = event.location;
  if (event.target.length || !IMPLICIT_TARGET.has(event.type) || !place?.country || place.start === undefined || place.end === undefined) return event;
  const name = text.slice(place.start, place.end);
  return { ...event, target: [{ name, canonical: place.name, country: place.country, code: place.country, start: place.start, end: place.end }] };
}

/** Mentions right after an attribution cue (حسب، وفق، نقلا عن، بحسب ما ذكرت): sources of the report. */
function attributedMentions(view: TokenView, mentions: ActorMention[]): Set<ActorMention> {
  const cue = eventLexicons().cues.get("attribution");
  const speech = eventLexicons().cues.get("quote-verb");
  const out = new Set<ActorMention>();
  for (const m of mentions) {
    // Up to three words back (حسب ما ذكرت صحيفة …): an attribution cue, possibly with a speech verb after it.
    let sawAttribution = false;
    for (let j = m.first - 1; j >= 0 && m.first - j <= 4; j--) {
      const token = view.tokens[j]!;
      if (token.sentence !== view.tokens[m.first]!.sentence || token.kind === "punct") break;
      if (cueAt(view, j, cue)) {
        sawAttribution = true;
        break;
      }
      if (!cueAt(view, j, speech) && j < m.first - 1 && token.key !== "ما") break;
    }
    if (sawAttribution) out.add(m);
  }
  return out;
}

/** A domestic event (its one known side all of the article's country) has a domestic counterpart:
 *  the nearest mention of that country stands for it. */
function withDomesticCounterpart(event: EventRecord, country: string, mentions: ActorMention[]): EventRecord {
  if ((event.source.length === 0) === (event.target.length === 0)) return event;
  const known = event.source.length ? event.source : event.target;
  if (!known.every((a) => a.country === country)) return event;
  // An unnamed perpetrator of violence is unknown, not the victims' country.
  if (event.source.length === 0 && NO_IMPLICIT_SOURCE.has(event.type)) return event;
  const stand = countryMention(mentions, country, event.trigger.start, known);
  if (!stand) return event;
  return event.source.length ? { ...event, target: [toActor(stand)] } : { ...event, source: [toActor(stand)] };
}

function isVerb(trigger: TriggerMatch): boolean {
  return trigger.entry.verbal || trigger.present || (trigger.entry.kind === "f" && !/^(?:ال|لل)/u.test(trigger.proclitic));
}

/** Is the token the first word of its clause (after و/ف, a comma or the sentence start)? */
function clauseInitial(view: TokenView, at: number): boolean {
  const previous = view.tokens[at - 1];
  return !previous || previous.sentence !== view.tokens[at]!.sentence || isClausePunct(previous);
}

/** A nominal trigger with the preposition ل states a purpose (لبحث، لوقف إطلاق النار), not an event. */
function isPurpose(view: TokenView, trigger: TriggerMatch, lightVerb: number | null): boolean {
  // A light verb with ل states the purpose for the noun it carries (لعقد جلسة مباحثات).
  if (lightVerb !== null) return hasLamOnly(view.tokens[lightVerb]!);
  // ل never attaches to a past verb: لبحث is the masdar "to discuss", ليبحث the subjunctive.
  if (!/^[وف]?ل/u.test(trigger.proclitic)) return false;
  const previous = view.tokens[trigger.start - 1];
  return !(previous && PURPOSE_BLOCKERS.has(previous.key));
}

function dateValue(timex: Timex): string | null {
  if (timex.type !== "DATE" && timex.type !== "TIME") return null;
  const m = DATE_VALUE.exec(timex.value);
  return m ? m[1]! : null;
}

function isSportsReport(view: TokenView): boolean {
  const sports = eventLexicons().cues.get("sports");
  let count = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.tokens[i]!.kind === "word" && cueAt(view, i, sports) && ++count >= SPORTS_WORDS) return true;
  }
  return false;
}

/** Char range of the clause around a token: between the nearest clause punctuation marks. */
function clauseRange(view: TokenView, at: number): [number, number] {
  const sentence = view.tokens[at]!.sentence;
  let first = at;
  while (first > 0 && view.tokens[first - 1]!.sentence === sentence && !isClausePunct(view.tokens[first - 1]!)) first--;
  let last = at;
  while (last + 1 < view.tokens.length && view.tokens[last + 1]!.sentence === sentence && !isClausePunct(view.tokens[last + 1]!)) last++;
  return [view.tokens[first]!.start, view.tokens[last]!.end];
}

interface DateChoice {
  date: string | null;
  basis: EventRecord["date_basis"];
}

function chooseDate(view: TokenView, trigger: TriggerMatch, timexes: Timex[]): DateChoice {
  const triggerStart = view.tokens[trigger.start]!.start;
  const [clauseStart, clauseEnd] = clauseRange(view, trigger.start);
  const sentence = view.doc.sentences[view.tokens[trigger.start]!.sentence]!;
  let best: { value: string; distance: number; inClause: boolean } | null = null;
  for (const timex of timexes) {
    if (timex.start < sentence.start || timex.end > sentence.end) continue;
    const value = dateValue(timex);
    if (!value) continue;
    const inClause = timex.start >= clauseStart && timex.end <= clauseEnd;
    const distance = Math.abs(timex.start - triggerStart);
    if (!best || (inClause && !best.inClause) || (inClause === best.inClause && distance < best.distance)) {
      best = { value, distance, inClause };
    }
  }
  if (best) return { date: best.value, basis: best.inClause ? "explicit" : "sentence" };
  return { date: view.doc.dct, basis: view.doc.dct ? "publication" : null };
}

/** The quote holding [start, end): quotes are in text order and do not overlap, so a binary search. */
function insideQuote(quotes: QuoteWithSpeaker[], start: number, end: number): QuoteWithSpeaker | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!.quote;
    if (q.end <= start) lo = mid + 1;
    else if (q.start > start) hi = mid - 1;
    else return end <= q.end ? quotes[mid]! : null;
  }
  return null;
}

/** Timexes grouped by the sentence that holds their start. */
function timexesBySentence(view: TokenView): Timex[][] {
  const out: Timex[][] = view.doc.sentences.map(() => []);
  for (const timex of view.doc.timexes) {
    const at = tokenAt(view.tokens, timex.start);
    if (at >= 0) out[view.tokens[at]!.sentence]?.push(timex);
  }
  return out;
}

function draftEvent(
  view: TokenView,
  trigger: TriggerMatch,
  sentenceMentions: ActorMention[],
  sentenceAllMentions: ActorMention[],
  sentenceTimexes: Timex[],
  quotes: QuoteWithSpeaker[],
  docCountry: string | null,
  topic: ActorMention | null,
): Draft | null {
  const { entry } = trigger;
  const args = assignArguments(view, trigger, sentenceMentions);
  // A clause-initial verb with no subject (… وأشاد بـ …، ورفض …) continues the previous subject.
  if (args.source.length === 0 && topic && !entry.victim && isVerb(trigger) && clauseInitial(view, trigger.start)) {
    if (view.tokens[trigger.start]!.sentence - view.tokens[topic.first]!.sentence <= 2) args.source.push(topic);
  }
  // Precision: an event needs a participant or a place.
  if (args.source.length === 0 && args.target.length === 0 && !args.place) return null;
  const first = view.tokens[trigger.start]!;
  const last = view.tokens[trigger.end - 1]!;
  const text = view.doc.text;
  const date = chooseDate(view, trigger, sentenceTimexes);
  const dct = view.doc.dct;
  const dateAfterDct = date.basis === "explicit" && dct !== null && date.date !== null && date.date.length === 10 && date.date > dct;
  const { negated, modality: baseModality } = modalityOf(view, trigger, args.lightVerb ?? trigger.start, dateAfterDct);
  const quote = insideQuote(quotes, first.start, last.end);
  let attribution: EventRecord["attribution"] = null;
  if (quote?.speaker) attribution = { name: quote.speaker.canonical ?? quote.speaker.name, start: quote.speaker.start, end: quote.speaker.stop };
  else attribution = sentenceAttribution(view, first.sentence, sentenceAllMentions);
  const intended = baseModality === "asserted" && isPurpose(view, trigger, args.lightVerb) ? "future" : baseModality;
  const modality = intended === "asserted" && attribution ? "reported" : intended;
  const sentence = view.doc.sentences[first.sentence]!;
  const hasEntity = [...args.source, ...args.target].some((m) => m.kind !== "agent" && m.kind !== "demonym");
  let confidence = entry.confidence + (args.source.length ? 0.1 : 0) + (args.target.length ? 0.05 : 0) - (hasEntity ? 0 : 0.15);
  confidence = Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100;
  // Role nouns without a nationality (قوات الأمن، المحتجون، وزير الخارجية) belong to the place of the event,
  // else to the country the article is about.
  const fallbackCountry = args.place?.country ?? docCountry;
  const actorOf = (m: ActorMention): Actor => {
    const actor = toActor(m);
    if (m.kind === "agent" && !actor.country && fallbackCountry) {
      actor.country = fallbackCountry;
      actor.code = fallbackCountry + (m.sector ?? "");
    } else if (m.kind === "ORG" && !actor.country && fallbackCountry) {
      // An institution named without its country (المحكمة العليا، الحرس الرئاسي) is a domestic one.
      actor.country = fallbackCountry;
    }
    return actor;
  };
  const source = args.source.map(actorOf);
  const target = args.target.map(actorOf);
  const record: EventRecord = {
    id: "",
    type: entry.type,
    cameo: entry.cameo,
    trigger: { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    source,
    target,
    date: date.date,
    date_basis: date.basis,
    location: args.place
      ? {
          name: args.place.canonical ?? args.place.name,
          country: args.place.country,
          ...(args.place.lat !== undefined ? { lat: args.place.lat } : {}),
          ...(args.place.lon !== undefined ? { lon: args.place.lon } : {}),
          start: args.place.start,
          end: args.place.stop,
        }
      : null,
    negated,
    modality,
    attribution,
    mentions: [],
    confidence,
  };
  if (entry.mode) record.mode = entry.mode;
  const context = contextOf(entry.cameo);
  if (context) record.context = context;
  const another = view.tokens[trigger.end]?.sentence === first.sentence && ANOTHER.has(view.tokens[trigger.end]!.key);
  return {
    record,
    datedByText: date.basis === "explicit" || date.basis === "sentence",
    entry: entry.id,
    sentence: first.sentence,
    another,
    plural: entry.kind === "n" && /ات(?:ها|هم|ه)?$/u.test(first.key),
    countryPlace: args.place !== null && eventLexicons().countryNames.has(bareName(normalizeKey(args.place.name))),
    subject: args.source[0] ?? null,
  };
}

/** Extracts PLOVER-coded events and quotes from a document with entities and timexes. */
export function extractEvents(doc: Doc): Pick<Layers, "events" | "quotes"> {
  if (doc.tokens.length === 0) return { events: [], quotes: [] };
  const view = buildView(doc);
  const mentions = findActorMentions(view);
  // Who a sentence is attributed to (حسب ما ذكرت صحيفة X) reports its events and takes no part in them.
  const reporters = attributedMentions(view, mentions);
  const bySentence: ActorMention[][] = doc.sentences.map(() => []);
  const allBySentence: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of mentions) {
    allBySentence[view.tokens[m.first]!.sentence]?.push(m);
    if (!reporters.has(m)) bySentence[view.tokens[m.first]!.sentence]?.push(m);
  }
  const quotesWithSpeakers = findQuotes(view, mentions);
  const quotes: Quote[] = quotesWithSpeakers.map((q) => q.quote);
  if (isSportsReport(view)) return { events: [], quotes };
  const insideName = new Uint8Array(view.tokens.length);
  for (const m of mentions) if (m.kind === "PER" || m.kind === "ORG" || m.kind === "LOC") insideName.fill(1, m.first, m.end);
  const docCountry = documentCountry(view, mentions);
  const timexesOf = timexesBySentence(view);
  const drafts: Draft[] = [];
  let previous: { end: number; modality: EventRecord["modality"] } | null = null;
  // The discourse topic: the latest speaker or event source before the trigger.
  const speakers = quotesWithSpeakers
    .filter((q) => q.speaker && q.quote.cue)
    .map((q) => ({ at: q.quote.cue!.start, who: q.speaker! }))
    .sort((a, b) => a.at - b.at);
  let topic: { at: number; who: ActorMention } | null = null;
  let nextSpeaker = 0;
  for (const trigger of findTriggers(view, insideName)) {
    const sentence = view.tokens[trigger.start]!.sentence;
    const at = view.tokens[trigger.start]!.start;
    for (; nextSpeaker < speakers.length && speakers[nextSpeaker]!.at < at; nextSpeaker++) {
      const s = speakers[nextSpeaker]!;
      if (!topic || s.at > topic.at) topic = s;
    }
    const draft = draftEvent(view, trigger, bySentence[sentence] ?? [], allBySentence[sentence] ?? [], timexesOf[sentence] ?? [], quotesWithSpeakers, docCountry, topic?.who ?? null);
    const subject = draft ? draft.subject : null;
    if (subject && subject.kind !== "demonym" && (!topic || at > topic.at)) topic = { at, who: subject };
    // The object of a planned or intended event shares its mode (لبحث وقف إطلاق النار).
    if (draft && previous && trigger.start - previous.end <= 1 && (previous.modality === "future" || previous.modality === "hypothetical")) {
      if (draft.record.modality === "asserted" || draft.record.modality === "reported") draft.record.modality = previous.modality;
    }
    if (draft) drafts.push(draft);
    previous = draft ? { end: trigger.end, modality: draft.record.modality } : previous;
  }
  const events = mergeMentions(drafts).map((e) => withPlaceTarget(e, doc.text));
  return { events: docCountry ? events.map((e) => withDomesticCounterpart(e, docCountry, mentions)) : events, quotes };
}
