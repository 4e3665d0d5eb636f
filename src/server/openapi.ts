// The OpenAPI 3.1 description of the API, served at /api/openapi.json.
import { PLOVER_TYPES } from "../store/sqlite.ts";
import { CSV_COLUMNS } from "../store/export.ts";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, "null"] });

const span: Schema = {
  type: "object",
  required: ["start", "end", "text"],
  properties: { start: { type: "integer", description: "UTF-16 offset into the original text" }, end: { type: "integer" }, text: { type: "string" } },
};

const dateParam = (name: string, description: string): Schema => ({
  name,
  in: "query",
  description: `${description} (YYYY, YYYY-MM or YYYY-MM-DD; inclusive)`,
  schema: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
});

const PARAMETERS: Record<string, Schema> = {
  limit: { name: "limit", in: "query", description: "Page size", schema: { type: "integer", minimum: 1 } },
  offset: { name: "offset", in: "query", description: "Items to skip", schema: { type: "integer", minimum: 0, default: 0 } },
  source: { name: "source", in: "query", description: "Publisher / feed name, exactly as stored", schema: { type: "string" } },
  from: dateParam("from", "Earliest date"),
  to: dateParam("to", "Latest date"),
  entity: { name: "entity", in: "query", description: "An entity the article mentions: canonical name, surface form or actor code", schema: { type: "string" } },
  type: { name: "type", in: "query", description: "PLOVER event type", schema: { type: "string", enum: PLOVER_TYPES } },
};

const p = (name: string): Schema => ({ $ref: `#/components/parameters/${name}` });

const errors = (...statuses: number[]): Record<string, Schema> =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/Error${s}` }]));

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid parameter or body",
  404: "Not found",
  413: "Request body larger than the limit",
  415: "Unsupported content type",
};

const json = (schema: Schema): Schema => ({ content: { "application/json": { schema } } });

const page = (item: string): Schema => ({
  type: "object",
  required: ["total", "limit", "offset", "items"],
  properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref(item) } },
});

const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["status", "code", "message"],
        properties: { status: { type: "integer" }, code: { type: "string" }, message: { type: "string" } },
      },
    },
  },
  Span: span,
  Entity: {
    allOf: [ref("Span")],
    type: "object",
    properties: {
      type: { enum: ["PER", "ORG", "LOC"] },
      canonical: nullable("string"),
      country: { ...nullable("string"), description: "ISO 3166 alpha-3" },
      code: { ...nullable("string"), description: "CAMEO-style actor code" },
      id: { type: "string" },
      lat: { type: "number" },
      lon: { type: "number" },
    },
  },
  Timex: {
    allOf: [ref("Span")],
    type: "object",
    properties: { type: { enum: ["DATE", "TIME", "DURATION", "SET"] }, value: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
  },
  Actor: {
    type: "object",
    properties: { name: { type: "string" }, canonical: nullable("string"), country: nullable("string"), code: nullable("string"), start: { type: "integer" }, end: { type: "integer" } },
  },
  Event: {
    type: "object",
    description: "An event record of the pipeline (see src/document.ts EventRecord)",
    properties: {
      id: { type: "string" },
      type: { type: "string", enum: PLOVER_TYPES },
      mode: { type: "string" },
      context: { type: "string" },
      cameo: { type: "string" },
      trigger: ref("Span"),
      sentence: ref("Span"),
      source: { type: "array", items: ref("Actor") },
      target: { type: "array", items: ref("Actor") },
      date: nullable("string"),
      date_basis: { enum: ["explicit", "sentence", "publication", null] },
      location: { type: ["object", "null"] },
      negated: { type: "boolean" },
      modality: { enum: ["asserted", "future", "hypothetical", "reported"] },
      attribution: { type: ["object", "null"] },
      confidence: { type: "number" },
    },
  },
  StoredEvent: {
    allOf: [ref("Event")],
    type: "object",
    properties: {
      uid: { type: "string", description: "<article id>:<event id>" },
      article_id: { type: "integer" },
      source_url: nullable("string"),
      article_title: nullable("string"),
      article_source: nullable("string"),
      published: nullable("string"),
      effective_date: { ...nullable("string"), description: "The event date, else the publication date" },
    },
  },
  Quote: { allOf: [ref("Span")], type: "object", properties: { speaker: { type: ["object", "null"] }, cue: { type: ["object", "null"] } } },
  Analysis: {
    type: "object",
    description: "The same JSON as `rasd analyze`",
    properties: {
      dct: nullable("string"),
      sentences: { type: "array", items: ref("Span") },
      tokens: { type: "array", items: { type: "object" } },
      entities: { type: "array", items: ref("Entity") },
      timexes: { type: "array", items: ref("Timex") },
      events: { type: "array", items: ref("Event") },
      quotes: { type: "array", items: ref("Quote") },
      messages: { type: "array", items: { type: "object" } },
    },
  },
  ArticleSummary: {
    type: "object",
    properties: {
      id: { type: "integer" },
      url: nullable("string"),
      external_id: nullable("string"),
      title: nullable("string"),
      source: nullable("string"),
      published: nullable("string"),
      ingested_at: { type: "string", format: "date-time" },
      chars: { type: "integer" },
      counts: { type: "object", properties: { entities: { type: "integer" }, timexes: { type: "integer" }, events: { type: "integer" }, quotes: { type: "integer" } } },
    },
  },
  Article: {
    allOf: [ref("ArticleSummary")],
    type: "object",
    description: "A stored article: its original text (always plain text, never markup) and its analysis layers",
    properties: {
      text: { type: "string" },
      dct: nullable("string"),
      sentences: { type: "array", items: ref("Span") },
      entities: { type: "array", items: ref("Entity") },
      timexes: { type: "array", items: ref("Timex") },
      events: { type: "array", items: ref("Event") },
      quotes: { type: "array", items: ref("Quote") },
    },
  },
  Mark: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" } } },
  Snippet: {
    type: "object",
    properties: {
      start: { type: "integer", description: "Offset of the snippet in the article text" },
      end: { type: "integer" },
      text: { type: "string", description: "Exact slice of the original text" },
      marks: { type: "array", items: ref("Mark"), description: "Highlights, relative to text" },
      html: { type: "string", description: "text, HTML-escaped, with <mark> around each highlight" },
    },
  },
  SearchHit: {
    type: "object",
    properties: {
      article: ref("ArticleSummary"),
      score: { type: "number", description: "BM25 relevance, higher is better" },
      title_marks: { type: "array", items: ref("Mark") },
      snippets: { type: "array", items: ref("Snippet") },
    },
  },
  ActorSummary: {
    type: "object",
    properties: {
      key: { type: "string" },
      name: { type: "string" },
      canonical: nullable("string"),
      country: nullable("string"),
      code: nullable("string"),
      events: { type: "integer" },
      as_source: { type: "integer" },
      as_target: { type: "integer" },
    },
  },
  ArticlePage: page("ArticleSummary"),
  SearchPage: page("SearchHit"),
  EventPage: page("StoredEvent"),
  ActorPage: {
    allOf: [page("ActorSummary")],
    type: "object",
    properties: {
      links: {
        type: "array",
        description: "Source → target event counts among the listed actors",
        items: { type: "object", properties: { source: { type: "string" }, target: { type: "string" }, events: { type: "integer" } } },
      },
    },
  },
  Stats: { type: "object", description: "Counts of stored records, sources, event types, countries and the publication date range" },
};

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "rasd API",
      version: "0.1.0",
      description:
        "Arabic news to structured event data. Analyze a text, and query the stored archive: articles, full-text search " +
        "with Arabic normalization and light stemming, events (JSON or exported as JSONL, CSV, GeoJSON, PLOVER), actors and statistics. " +
        "Errors are JSON objects {error: {status, code, message}}. Lists are paged with limit/offset and carry the total.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/analyze": {
        post: {
          summary: "Analyze one text",
          description: "Returns the same JSON as `rasd analyze`. Body limit: see 413.",
          parameters: [{ name: "dct", in: "query", description: "Publication date for text/plain bodies", schema: { type: "string", format: "date" } }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["text"],
                  additionalProperties: false,
                  properties: { text: { type: "string" }, dct: { ...nullable("string"), format: "date", description: "Publication date YYYY-MM-DD" } },
                },
              },
              "text/plain": { schema: { type: "string" } },
            },
          },
          responses: { "200": { description: "The analysis", ...json(ref("Analysis")) }, ...errors(400, 413, 415) },
        },
      },
      "/api/articles": {
        get: {
          summary: "List stored articles, newest first",
          parameters: [p("source"), p("from"), p("to"), p("entity"), p("type"), p("limit"), p("offset")],
          responses: { "200": { description: "A page of articles", ...json(ref("ArticlePage")) }, ...errors(400) },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One article with its analysis",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: { "200": { description: "The article", ...json(ref("Article")) }, ...errors(400, 404) },
        },
      },
      "/api/search": {
        get: {
          summary: "Full-text search",
          description:
            "Words are matched by rasd's normalization and light10 stems (الاتفاق finds واتفاقية and اتفاقاً). All words must occur; " +
            '"quoted phrases", -excluded words, prefix* and OR are supported. Snippets are cut from the original text.',
          parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }, p("source"), p("from"), p("to"), p("entity"), p("type"), p("limit"), p("offset")],
          responses: { "200": { description: "A page of hits, best first", ...json(ref("SearchPage")) }, ...errors(400) },
        },
      },
      "/api/events": {
        get: {
          summary: "Events, filtered; JSON pages or a full export",
          parameters: [
            p("type"),
            { name: "actor", in: "query", description: "Actor code (prefix: EGY matches EGYGOV) or name", schema: { type: "string" } },
            { name: "country", in: "query", description: "ISO 3166 alpha-3 of the location or of an actor", schema: { type: "string", pattern: "^[A-Za-z]{3}$" } },
            dateParam("from", "Earliest event date"),
            dateParam("to", "Latest event date"),
            p("source"),
            { name: "article", in: "query", description: "Only events of this article id", schema: { type: "integer" } },
            { name: "negated", in: "query", schema: { type: "boolean" } },
            {
              name: "format",
              in: "query",
              description: `json (a page) or an export of all matching events: jsonl, csv (columns: ${CSV_COLUMNS.join(", ")}), geojson (located events), plover (PLOVER JSONL records)`,
              schema: { type: "string", enum: ["json", "jsonl", "csv", "geojson", "plover"], default: "json" },
            },
            p("limit"),
            p("offset"),
          ],
          responses: {
            "200": {
              description: "Events",
              content: {
                "application/json": { schema: ref("EventPage") },
                "application/x-ndjson": { schema: { type: "string" } },
                "text/csv": { schema: { type: "string" } },
                "application/geo+json": { schema: { type: "object" } },
              },
            },
            ...errors(400),
          },
        },
      },
      "/api/actors": {
        get: {
          summary: "Actors of stored events, most active first, with the links between them",
          parameters: [
            { name: "q", in: "query", description: "Part of a name, or a code", schema: { type: "string" } },
            { name: "country", in: "query", schema: { type: "string", pattern: "^[A-Za-z]{3}$" } },
            p("limit"),
            p("offset"),
          ],
          responses: { "200": { description: "A page of actors", ...json(ref("ActorPage")) }, ...errors(400) },
        },
      },
      "/api/stats": { get: { summary: "Counts and ranges of the store", responses: { "200": { description: "Statistics", ...json(ref("Stats")) } } } },
      "/api/health": { get: { summary: "Liveness", responses: { "200": { description: "OK", ...json({ type: "object" }) } } } },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", ...json({ type: "object" }) } } } },
    },
    components: {
      schemas: SCHEMAS,
      parameters: PARAMETERS,
      responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([status, description]) => [`Error${status}`, { description, ...json(ref("Error")) }])),
    },
  };
}
