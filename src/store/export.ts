// Event exports: JSONL (rasd's own records), CSV (columns modelled on ACLED/GDELT), GeoJSON (located
// events) and PLOVER JSONL records (field names from the PLOVER manual's data-field chapter).
import type { Actor, PloverType } from "../document.ts";
import { dateRange } from "./dates.ts";
import type { StoredEvent } from "./types.ts";

export const EVENT_FORMATS = ["jsonl", "csv", "geojson", "plover", "text"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const CONTENT_TYPES: Record<EventFormat, string> = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
  plover: "application/x-ndjson; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

export const FILE_EXTENSIONS: Record<EventFormat, string> = { jsonl: "jsonl", csv: "csv", geojson: "geojson", plover: "plover.jsonl", text: "txt" };

// ---------- CSV ----------

export const CSV_COLUMNS = [
  "event_id", "date", "actor1", "actor1_country", "actor1_code", "assoc_actor1",
  "type", "mode", "context", "cameo",
  "actor2", "actor2_country", "actor2_code", "assoc_actor2",
  "location", "location_country", "lat", "lon",
  "negated", "modality", "attribution", "confidence",
  "source", "published", "source_url", "trigger", "sentence",
] as const;

type CsvValue = string | number | boolean | null | undefined;

/** One CSV field (RFC 4180). Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const others = (actors: readonly Actor[]): string => actors.slice(1).map((a) => a.canonical ?? a.name).join("; ");

export function csvRow(event: StoredEvent): string {
  const a1 = event.source[0];
  const a2 = event.target[0];
  const values: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
    event_id: event.uid,
    date: event.effective_date,
    actor1: a1 ? (a1.canonical ?? a1.name) : null,
    actor1_country: a1?.country,
    actor1_code: a1?.code,
    assoc_actor1: others(event.source),
    type: event.type,
    mode: event.mode,
    context: event.context,
    cameo: event.cameo,
    actor2: a2 ? (a2.canonical ?? a2.name) : null,
    actor2_country: a2?.country,
    actor2_code: a2?.code,
    assoc_actor2: others(event.target),
    location: event.location?.name,
    location_country: event.location?.country,
    lat: event.location?.lat,
    lon: event.location?.lon,
    negated: event.negated,
    modality: event.modality,
    attribution: event.attribution?.name,
    confidence: event.confidence,
    source: event.article_source,
    published: event.published,
    source_url: event.source_url,
    trigger: event.trigger?.text,
    sentence: event.sentence?.text,
  };
  return CSV_COLUMNS.map((column) => csvField(values[column])).join(",") + "\r\n";
}

export const csvHeader = (): string => CSV_COLUMNS.join(",") + "\r\n";

// ---------- GeoJSON ----------

function coordinates(event: StoredEvent): [number, number] | null {
  const lat = event.location?.lat;
  const lon = event.location?.lon;
  if (typeof lat !== "number" || typeof lon !== "number" || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return [lon, lat];
}

/** A GeoJSON Feature (RFC 7946: [lon, lat]) for an event with coordinates, or null. */
export function geoFeature(event: StoredEvent): Record<string, unknown> | null {
  const point = coordinates(event);
  if (!point) return null;
  const names = (actors: readonly Actor[]): string[] => actors.map((a) => a.canonical ?? a.name);
  return {
    type: "Feature",
    id: event.uid,
    geometry: { type: "Point", coordinates: point },
    properties: {
      event_id: event.uid,
      type: event.type,
      cameo: event.cameo,
      date: event.effective_date,
      source_actors: names(event.source),
      target_actors: names(event.target),
      location: event.location?.name ?? null,
      country: event.location?.country ?? null,
      negated: event.negated,
      modality: event.modality,
      source_url: event.source_url,
      trigger: event.trigger?.text ?? null,
      sentence: event.sentence?.text ?? null,
    },
  };
}

// ---------- PLOVER ----------

const QUAD: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

function ploverActor(actor: Actor): Record<string, unknown> {
  const code = actor.code ?? null;
  const country = actor.country ?? (code && code.length >= 3 ? code.slice(0, 3) : null);
  const sector = code && country && code.startsWith(country) && code.length >= country.length + 3 ? code.slice(country.length, country.length + 3) : null;
  const out: Record<string, unknown> = { code: country, sector, entity_text: actor.name };
  if (actor.canonical) out.identifier_text = actor.canonical;
  if (code) out.actor_code = code;
  out.offsets = { start: actor.start, end: actor.end };
  return out;
}

/** A PLOVER event record. The article text itself is left out (the manual asks for it only with rights). */
export function ploverRecord(event: StoredEvent): Record<string, unknown> {
  const range = dateRange(event.effective_date);
  const time = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(event.date ?? "")?.[1];
  const context = event.context ? [event.context] : [];
  // The manual's auxiliary modes (future, hypothetical, negation) go into the context.
  if (event.modality === "future" || event.modality === "hypothetical") context.push(event.modality);
  if (event.negated) context.push("negation");
  const record: Record<string, unknown> = {
    id: `rasd-${event.article_id}-${event.id}`,
    has_event: true,
    date: range?.from ?? null,
  };
  if (time) record.time = time;
  if (range && range.to !== range.from) record.enddate = range.to;
  Object.assign(record, {
    actor: event.source.map(ploverActor),
    recipient: event.target.map(ploverActor),
    event: [event.type],
    event_loc: event.location
      ? {
          extracted_place: event.location.name,
          lat: event.location.lat ?? null,
          lon: event.location.lon ?? null,
          country_code: event.location.country,
        }
      : null,
    event_text: event.trigger ? [event.trigger.text] : [],
    quad_code: QUAD[event.type] ?? null,
    mode: event.mode ? [event.mode] : [],
    context,
    text_info: event.sentence ? { start: event.sentence.start, end: event.sentence.end } : null,
    cite_info: {
      url: event.source_url,
      title: event.article_title,
      publication: event.article_source,
      language: "ar",
      coder: "rasd",
      codebook: "PLOVER 2.0 draft",
    },
    coder: "rasd",
    coded_date: event.ingested_at.slice(0, 10),
    cameo: event.cameo,
    modality: event.modality,
    negated: event.negated,
    attribution: event.attribution?.name ?? null,
    confidence: event.confidence,
  });
  return record;
}

// ---------- text ----------

const actorNames = (actors: readonly Actor[]): string =>
  actors.map((a) => `${a.canonical ?? a.name}${a.code ? ` [${a.code}]` : a.country ? ` [${a.country}]` : ""}`).join(" + ") || "?";

/** One readable line an event: when, what, who → whom, where, according to whom, evidence. */
export function textLine(event: StoredEvent): string {
  const parts = [
    (event.effective_date ?? "----------").padEnd(10),
    `${event.negated ? "NOT " : ""}${event.type}/${event.cameo}`.padEnd(16),
    `${actorNames(event.source)} → ${actorNames(event.target)}`,
  ];
  if (event.location) parts.push(`@ ${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`);
  if (event.attribution) parts.push(`according to ${event.attribution.name}`);
  if (event.modality !== "asserted") parts.push(`(${event.modality})`);
  parts.push(`«${event.trigger.text}»`);
  return parts.join("  ") + "\n";
}

// ---------- streaming ----------

/** Writes events in a format; returns how many were written (GeoJSON skips events without coordinates). */
export async function formatEvents(
  format: EventFormat,
  events: AsyncIterable<StoredEvent>,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  let written = 0;
  if (format === "csv") await write(csvHeader());
  if (format === "geojson") await write('{"type":"FeatureCollection","features":[\n');
  for await (const event of events) {
    if (format === "jsonl") await write(JSON.stringify(event) + "\n");
    else if (format === "plover") await write(JSON.stringify(ploverRecord(event)) + "\n");
    else if (format === "csv") await write(csvRow(event));
    else if (format === "text") await write(textLine(event));
    else {
      const feature = geoFeature(event);
      if (!feature) continue;
      await write((written ? ",\n" : "") + JSON.stringify(feature));
    }
    written++;
  }
  if (format === "geojson") await write("\n]}\n");
  return written;
}
