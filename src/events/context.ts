// What the whole article tells about its events: the country it is about, the implicit counterparts of
// domestic events and of violence at a place, and who reports (rather than takes part in) its sentences.

import type { Actor, EventRecord } from "../document.ts";
import { toActor, type ActorMention } from "./actors.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, type TokenView } from "./scan.ts";

const IMPLICIT_TARGET = new Set(["ASSAULT", "COERCE", "PROTEST"]);

/** The country the article is mostly about: the most frequent country of its places and nationalities. */
export function documentCountry(view: TokenView, mentions: ActorMention[]): string | null {
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
export function withPlaceTarget(event: EventRecord, text: string, docCountry: string | null): EventRecord {
  const place = event.location;
  // A village the gazetteer does not know lies, most likely, in the country the article is about.
  const country = place?.country ?? docCountry;
  if (event.target.length || !IMPLICIT_TARGET.has(event.type) || !place || !country || place.start === undefined || place.end === undefined) return event;
  const name = text.slice(place.start, place.end);
  return { ...event, target: [{ name, canonical: place.name, country, code: country, start: place.start, end: place.end }] };
}

/** A domestic event (its one known side all of the article's country) has a domestic counterpart:
 *  the nearest mention of that country stands for it. That holds for violence too: an attack on the
 *  country's people or forces with no foreign side named is coded as a domestic conflict (PLOVER's
 *  country-level actor), as the event's unknown perpetrator is most often from inside the country. */
export function withDomesticCounterpart(event: EventRecord, country: string, mentions: ActorMention[]): EventRecord {
  if ((event.source.length === 0) === (event.target.length === 0)) return event;
  const known = event.source.length ? event.source : event.target;
  if (!known.every((a) => a.country === country)) return event;
  const stand = countryMention(mentions, country, event.trigger.start, known);
  if (!stand) return event;
  return event.source.length ? { ...event, target: [toActor(stand)] } : { ...event, source: [toActor(stand)] };
}

/** Mentions right after an attribution cue (حسب، وفق، نقلا عن، بحسب ما ذكرت): sources of the report. */
export function attributedMentions(view: TokenView, mentions: ActorMention[]): Set<ActorMention> {
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
