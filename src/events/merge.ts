// Mentions of one real event within an article (headline, lede, a later recap) become one event with
// several `mentions`. Two mentions merge when they have the same type and nothing tells them apart:
// no conflicting explicit dates, places, source or target countries, negation or modality.

import type { EventRecord } from "../document.ts";
import type { ActorMention } from "./actors.ts";

export interface Draft {
  record: EventRecord;
  /** Date taken from the text (clause or sentence), not the publication date. */
  datedByText: boolean;
  /** Lexicon entry of the trigger (its lemma group). */
  entry: number;
  /** Sentence index of the trigger. */
  sentence: number;
  /** The text marks it as another event (هجوم آخر، غارة أخرى). */
  another: boolean;
  /** The place is a whole country (في تونس), which does not tell two events apart. */
  countryPlace: boolean;
  /** The trigger is a plural noun (هجمات، غارات). */
  plural: boolean;
  /** The participant that acts (first source), for the discourse topic of later clauses. */
  subject: ActorMention | null;
  /** The count right after the trigger (اعتقال 8 آخرين → "8"), or null. */
  count: string | null;
  /** The trigger counts casualties (مقتل، إصابة): killed and wounded of one attack are one event. */
  casualty: boolean;
}

const countryCache = new WeakMap<EventRecord["source"], Set<string>>();

function countries(list: EventRecord["source"]): Set<string> {
  let set = countryCache.get(list);
  if (!set) countryCache.set(list, (set = new Set(list.map((a) => a.country).filter((c): c is string => Boolean(c)))));
  return set;
}

/** How many earlier events of the same type a mention is compared with (bounds the work on long texts). */
const MERGE_LOOKBACK = 40;
const MEMBERS_CHECKED = 8;

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function placeKey(record: EventRecord): string | null {
  return record.location ? record.location.name.replace(/^(?:ال|[وفب]ال|[وفب])/u, "") : null;
}

/** The members a new mention is checked against: the first and the latest few (bounded work). */
function representatives(cluster: Draft[]): Draft[] {
  return cluster.length <= 2 * MEMBERS_CHECKED ? cluster : [...cluster.slice(0, MEMBERS_CHECKED), ...cluster.slice(-MEMBERS_CHECKED)];
}

function compatible(all: Draft[], draft: Draft): boolean {
  if (draft.another) return false;
  const cluster = representatives(all);
  // A plural (هجمات، غارات) sums up several events: it is not a retelling of one of them.
  if (cluster.some((other) => other.plural !== draft.plural && !(other.entry === draft.entry))) return false;
  const r = draft.record;
  for (const other of cluster) {
    const o = other.record;
    if (o.type !== r.type || o.negated !== r.negated) return false;
    // Different counts are different events (اعتقال 8 … وتوقيف 369 …), except the killed and the wounded
    // of one attack (مقتل 4 وإصابة 15).
    if (other.count && draft.count && other.count !== draft.count && (other.entry === draft.entry || !(other.casualty && draft.casualty))) return false;
    const oFuture = o.modality === "future" || o.modality === "hypothetical";
    const rFuture = r.modality === "future" || r.modality === "hypothetical";
    if (oFuture !== rFuture) return false;
    if (other.datedByText && draft.datedByText && o.date && r.date && !sameDay(o.date, r.date)) return false;
    const op = placeKey(o);
    const rp = placeKey(r);
    if (op && rp && op !== rp && o.location!.country === r.location!.country && r.type === "ASSAULT" && !other.countryPlace && !draft.countryPlace) return false;
    if (o.location && r.location && o.location.country && r.location.country && o.location.country !== r.location.country) return false;
    if (disjoint(countries(o.source), countries(r.source))) return false;
    if (disjoint(countries(o.target), countries(r.target))) return false;
  }
  return true;
}

/** Dates agree when one is a prefix of the other (2015 and 2015-03-07 do not conflict). */
function sameDay(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function unionActors(lists: EventRecord["source"][]): EventRecord["source"] {
  const out: EventRecord["source"] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const actor of list) {
      const key = `${actor.canonical ?? actor.name}|${actor.country ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(actor);
    }
  }
  return out;
}

function combine(cluster: Draft[]): EventRecord {
  const first = cluster[0]!.record;
  const dated = cluster.find((d) => d.record.date_basis === "explicit") ?? cluster.find((d) => d.datedByText) ?? cluster[0]!;
  const located = cluster.find((d) => d.record.location !== null);
  const attributed = cluster.find((d) => d.record.attribution !== null);
  const sources = unionActors(cluster.map((d) => d.record.source));
  const targets = unionActors(cluster.map((d) => d.record.target)).filter(
    (t) => !sources.some((s) => s.start === t.start && s.end === t.end) || first.type === "CONSULT",
  );
  return {
    ...first,
    source: sources,
    target: targets,
    date: dated.record.date,
    date_basis: dated.record.date_basis,
    location: located ? located.record.location : null,
    attribution: attributed ? attributed.record.attribution : null,
    modality: cluster.some((d) => d.record.modality === "asserted") ? "asserted" : first.modality,
    mentions: cluster.map((d) => d.record.trigger),
    confidence: Math.min(0.95, Math.max(...cluster.map((d) => d.record.confidence)) + 0.05 * (cluster.length - 1)),
  };
}

/** Groups drafts (in text order) into events; each event keeps all its trigger spans in `mentions`. */
export function mergeMentions(drafts: Draft[]): EventRecord[] {
  const clusters: Draft[][] = [];
  const byType = new Map<string, Draft[][]>();
  for (const draft of drafts) {
    let home: Draft[] | null = null;
    const sameType = byType.get(draft.record.type) ?? [];
    for (let k = sameType.length - 1; k >= 0 && sameType.length - k <= MERGE_LOOKBACK; k--) {
      if (compatible(sameType[k]!, draft)) {
        home = sameType[k]!;
        break;
      }
    }
    if (home) home.push(draft);
    else {
      const cluster = [draft];
      clusters.push(cluster);
      sameType.push(cluster);
      byType.set(draft.record.type, sameType);
    }
  }
  return clusters.map((cluster, k) => ({ ...combine(cluster), id: `ev${k + 1}` }));
}
