import type { Actor, Doc, EventRecord, Layers, Quote, Timex } from "../document.ts";
import { findActorMentions, toActor, type ActorMention } from "./actors.ts";
import { attributedMentions, documentCountry, withDomesticCounterpart, withPlaceTarget } from "./context.ts";
import { chooseDate, timexesBySentence } from "./dates.ts";
import { assignArguments } from "./arguments.ts";
import { sentenceAttribution } from "./attribution.ts";
import { bareName, eventLexicons } from "./lexicon.ts";
import { normalizeKey } from "../text/normalize.ts";
import { mergeMentions, type Draft } from "./merge.ts";
import { modalityOf } from "./modality.ts";
import { contextOf } from "./plover.ts";
import { findQuotes, type QuoteWithSpeaker } from "./quotes.ts";
import { buildView, cueAt, hasLamOnly, isClausePunct, isComma, type TokenView } from "./scan.ts";
import { findTriggers, type TriggerMatch } from "./triggers.ts";

/** A document with at least this many sports words is a sports report: no political events in it. */
const SPORTS_WORDS = 5;
/** How far before an announced nominal event its speech verb may be (أفادت وزارة الدفاع الوطني في الجزائر اليوم بـ). */
const ANNOUNCER_WINDOW = 10;
/** Words that may stand between a trigger and its count (نحو 20، أكثر من 30). */
const COUNT_HEDGES = new Set(["نحو", "قرابه", "حوالي", "اكثر", "من", "زهاء", "ما", "يقارب", "يزيد", "عن", "علي"]);
const ANOTHER = new Set(["اخر", "اخري", "اخرين", "جديد", "جديده"]);
// ما أدى لمقتل …: ل after "led to" is a result, not a purpose.
const PURPOSE_BLOCKERS = new Set(["أدى", "أدت", "يؤدي", "تؤدي", "أديا"].map(normalizeKey));

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

/** أعلنت الوزارة عن اعتقال …، أفاد الجيش بتحييد …: an institution announcing its own action (a nominal event
 *  after عن / بـ as the object of a speech verb) is its agent. */
function announcerOf(view: TokenView, trigger: TriggerMatch, mentions: ActorMention[]): ActorMention | null {
  const previous = view.tokens[trigger.start - 1];
  if (!/^[وف]?ب$/u.test(trigger.proclitic) && !(previous && previous.key === "عن")) return null;
  const sentence = view.tokens[trigger.start]!.sentence;
  const verbs = eventLexicons().cues.get("quote-verb");
  for (let j = trigger.start - 1; j >= 0 && trigger.start - j <= ANNOUNCER_WINDOW; j--) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence) return null;
    const verb = cueAt(view, j, verbs);
    if (!verb) continue;
    const subject = mentions.find((m) => m.first === verb.end && m.end <= trigger.start && !m.place && (m.kind === "ORG" || m.kind === "agent"));
    return subject ?? null;
  }
  return null;
}

/** The number right after a trigger, within its clause (اعتقال 8 آخرين، القضاء على نحو 21 إرهابيا). */
function countAfter(view: TokenView, end: number): string | null {
  const sentence = view.tokens[end - 1]!.sentence;
  for (let k = end; k < Math.min(end + 3, view.tokens.length); k++) {
    const token = view.tokens[k]!;
    if (token.sentence !== sentence || token.kind === "punct") return null;
    if (token.kind === "number") return token.key;
    if (!COUNT_HEDGES.has(token.key)) return null;
  }
  return null;
}

function isSportsReport(view: TokenView): boolean {
  const sports = eventLexicons().cues.get("sports");
  let count = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.tokens[i]!.kind === "word" && cueAt(view, i, sports) && ++count >= SPORTS_WORDS) return true;
  }
  return false;
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

function draftEvent(
  view: TokenView,
  trigger: TriggerMatch,
  sentenceMentions: ActorMention[],
  sentenceAllMentions: ActorMention[],
  sentenceTimexes: Timex[],
  quotes: QuoteWithSpeaker[],
  docCountry: string | null,
  topic: ActorMention | null,
  listHead: ActorMention | null,
): Draft | null {
  const { entry } = trigger;
  const args = assignArguments(view, trigger, sentenceMentions);
  // A clause-initial verb with no subject (… وأشاد بـ …، ورفض …) continues the previous subject.
  if (args.source.length === 0 && topic && !entry.victim && isVerb(trigger) && clauseInitial(view, trigger.start)) {
    if (view.tokens[trigger.start]!.sentence - view.tokens[topic.first]!.sentence <= 2) args.source.push(topic);
  }
  // A list of actions (القضاء على 21 مسلحا، واعتقال 8 آخرين): each later item shares the agent of the first;
  // the noun before it is the object of the previous item, not its agent.
  const listItem = listHead && !entry.victim && !isVerb(trigger) && /^و/u.test(trigger.proclitic) && isComma(view.tokens[trigger.start - 1] ?? view.tokens[trigger.start]!);
  if (listItem && args.source.every((m) => m.end <= trigger.start)) args.source = [listHead];
  else if (args.source.length === 0 && !entry.victim && !isVerb(trigger)) {
    const announcer = announcerOf(view, trigger, sentenceMentions);
    if (announcer) args.source.push(announcer);
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
    count: countAfter(view, trigger.end),
    casualty: entry.victim || entry.patientGenitive,
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
  const docCountry = documentCountry(view, mentions);
  const quotesWithSpeakers = findQuotes(view, mentions, docCountry);
  const quotes: Quote[] = quotesWithSpeakers.map((q) => q.quote);
  if (isSportsReport(view)) return { events: [], quotes };
  const insideName = new Uint8Array(view.tokens.length);
  for (const m of mentions) if (m.kind === "PER" || m.kind === "ORG" || m.kind === "LOC") insideName.fill(1, m.first, m.end);
  const timexesOf = timexesBySentence(view);
  const drafts: Draft[] = [];
  let previous: { end: number; modality: EventRecord["modality"] } | null = null;
  // The discourse topic: the latest speaker or event source before the trigger.
  const speakers = quotesWithSpeakers
    .filter((q) => q.speaker && q.quote.cue)
    .map((q) => ({ at: q.quote.cue!.start, who: q.speaker! }))
    .sort((a, b) => a.at - b.at);
  let topic: { at: number; who: ActorMention } | null = null;
  // The agent of the latest event in the current sentence, for the items of a list of actions.
  let listHead: { sentence: number; who: ActorMention } | null = null;
  let nextSpeaker = 0;
  for (const trigger of findTriggers(view, insideName)) {
    const sentence = view.tokens[trigger.start]!.sentence;
    const at = view.tokens[trigger.start]!.start;
    for (; nextSpeaker < speakers.length && speakers[nextSpeaker]!.at < at; nextSpeaker++) {
      const s = speakers[nextSpeaker]!;
      if (!topic || s.at > topic.at) topic = s;
    }
    const draft = draftEvent(view, trigger, bySentence[sentence] ?? [], allBySentence[sentence] ?? [], timexesOf[sentence] ?? [], quotesWithSpeakers, docCountry, topic?.who ?? null, listHead && listHead.sentence === sentence ? listHead.who : null);
    if (draft?.subject && !draft.record.negated) listHead = { sentence, who: draft.subject };
    const subject = draft ? draft.subject : null;
    if (subject && subject.kind !== "demonym" && (!topic || at > topic.at)) topic = { at, who: subject };
    // The object of a planned or intended event shares its mode (لبحث وقف إطلاق النار).
    if (draft && previous && trigger.start - previous.end <= 1 && (previous.modality === "future" || previous.modality === "hypothetical")) {
      if (draft.record.modality === "asserted" || draft.record.modality === "reported") draft.record.modality = previous.modality;
    }
    if (draft) drafts.push(draft);
    previous = draft ? { end: trigger.end, modality: draft.record.modality } : previous;
  }
  const events = mergeMentions(drafts).map((e) => withPlaceTarget(e, doc.text, docCountry));
  return { events: docCountry ? events.map((e) => withDomesticCounterpart(e, docCountry, mentions)) : events, quotes };
}
