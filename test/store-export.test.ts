import { test } from "node:test";
import assert from "node:assert/strict";
import { openSqliteStore, formatEvents, type EventFormat, type Store, type StoredEvent } from "../src/store/index.ts";
import { CSV_COLUMNS, csvField, csvRow } from "../src/store/export.ts";
import { textTerms } from "../src/store/terms.ts";
import { parseQuery, matchSpans } from "../src/store/query.ts";
import { buildSnippets } from "../src/store/snippet.ts";
import { waterArticle, protestArticle } from "./store-fixtures.ts";

async function exported(store: Store, format: EventFormat, filter = {}): Promise<string> {
  let out = "";
  await formatEvents(format, store.streamEvents(filter), (chunk) => {
    out += chunk;
  });
  return out;
}

/** A minimal RFC 4180 reader, to check that what we write reads back to the same fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

async function fixtureStore(): Promise<Store> {
  const store = openSqliteStore(":memory:");
  await store.putArticles([waterArticle(), protestArticle()]);
  return store;
}

test("CSV: ACLED/GDELT-style header, one row per event, quoting that reads back exactly", async () => {
  const store = await fixtureStore();
  try {
    const csv = await exported(store, "csv");
    const rows = readCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    for (const name of ["date", "actor1", "actor1_country", "actor1_code", "type", "cameo", "actor2", "actor2_country", "actor2_code", "location", "lat", "lon", "negated", "modality", "attribution", "source_url", "sentence"]) {
      assert.ok(rows[0]!.includes(name as (typeof CSV_COLUMNS)[number]), name);
    }
    assert.equal(rows.length, 5);
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
    const col = (name: string): number => rows[0]!.indexOf(name);
    const agree = rows.find((r) => r[col("type")] === "AGREE")!;
    assert.deepEqual([agree[col("actor1")], agree[col("actor1_code")], agree[col("actor2_country")], agree[col("lat")], agree[col("lon")]], ["سامح شكري", "EGYGOV", "JOR", "31.95", "35.93"]);
    const protest = rows.find((r) => r[col("type")] === "PROTEST")!;
    // The sentence holds commas and double quotes: quoted and doubled in the file, intact when read.
    assert.equal(protest[col("sentence")], protestArticle().input.text);
    assert.ok(csv.includes('""الوكالة الوطنية""'));
    assert.equal(rows.find((r) => r[col("type")] === "ASSAULT")![col("negated")], "true");
  } finally {
    await store.close();
  }
});

test("CSV fields: quotes, commas, line breaks, formulas, numbers and nulls", () => {
  assert.equal(csvField('قال "نعم", ثم\nمضى'), '"قال ""نعم"", ثم\nمضى"');
  assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(csvField("-1+2"), "'-1+2");
  assert.equal(csvField(-33.5), "-33.5");
  assert.equal(csvField(null), "");
  assert.equal(csvField(Number.NaN), "");
  assert.equal(csvField(false), "false");
});

test("GeoJSON: a valid FeatureCollection of located events, coordinates as [lon, lat]", async () => {
  const store = await fixtureStore();
  try {
    const geo = JSON.parse(await exported(store, "geojson")) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
    assert.equal(geo.type, "FeatureCollection");
    assert.equal(geo.features.length, 2, "events without coordinates are left out");
    for (const f of geo.features) {
      assert.equal(f.type, "Feature");
      assert.equal(f.geometry.type, "Point");
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90);
      assert.equal(typeof f.properties, "object");
    }
    const beirut = geo.features.find((f) => f.properties.location === "بيروت")!;
    assert.deepEqual(beirut.geometry.coordinates, [35.5, 33.89]);
    const empty = JSON.parse(await exported(store, "geojson", { type: "AID" }));
    assert.deepEqual(empty, { type: "FeatureCollection", features: [] });
  } finally {
    await store.close();
  }
});

test("PLOVER: one JSON record a line with the manual's field names", async () => {
  const store = await fixtureStore();
  try {
    const records = (await exported(store, "plover")).trim().split("\n").map((l) => JSON.parse(l) as Record<string, any>);
    assert.equal(records.length, 4);
    for (const r of records) {
      assert.match(r.id, /^rasd-\d+-ev\d$/);
      assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(Array.isArray(r.actor) && Array.isArray(r.event));
      assert.ok([1, 2, 3, 4].includes(r.quad_code));
      assert.equal(r.text, undefined, "the article text is not copied into the record");
    }
    const agree = records.find((r) => r.event[0] === "AGREE")!;
    assert.deepEqual([agree.actor[0].code, agree.actor[0].sector, agree.recipient[0].code, agree.quad_code], ["EGY", "GOV", "JOR", 1]);
    assert.equal(agree.event_loc.extracted_place, "عمّان");
    const month = records.find((r) => r.event[0] === "REQUEST")!;
    assert.deepEqual([month.date, month.enddate], ["2024-05-01", "2024-05-31"]);
    assert.deepEqual(records.find((r) => r.event[0] === "ASSAULT")!.context, ["negation"]);
    const jsonl = (await exported(store, "jsonl")).trim().split("\n").map((l) => JSON.parse(l) as StoredEvent);
    assert.equal(jsonl.length, 4);
    assert.equal(csvRow(jsonl[0]!).endsWith("\r\n"), true);
  } finally {
    await store.close();
  }
});

test("exports stream every event exactly once across pages", async () => {
  const store = openSqliteStore(":memory:");
  try {
    const { input, analysis } = waterArticle();
    const many = Array.from({ length: 2345 }, (_, i) => ({ ...analysis.events[0]!, id: `ev${i}` }));
    await store.putArticles([{ input, analysis: { ...analysis, events: many } }]);
    const lines = (await exported(store, "jsonl")).trim().split("\n").map((l) => JSON.parse(l).id as string);
    assert.equal(lines.length, 2345);
    assert.equal(new Set(lines).size, 2345);
    const window = (await exported(store, "jsonl", { offset: 999, limit: 1002 })).trim().split("\n");
    assert.equal(window.length, 1002);
    assert.equal(JSON.parse(window[0]!).id, lines[999]);
  } finally {
    await store.close();
  }
});

test("search terms: one term per word, spans into the original, punctuation ignored", () => {
  const text = "وَقَّعَ الطرفانِ «اتفاقاً» في 2024، و U.S.";
  const terms = textTerms(text);
  for (const t of terms) assert.ok(t.end > t.start && t.end <= text.length);
  assert.deepEqual(terms.map((t) => t.term).slice(0, 4), ["وقع", "طرف", "اتفاق", "في"]);
  assert.ok(terms.some((t) => t.term === "2024"));
  assert.equal(textTerms("،؛!?«»").length, 0);
  assert.equal(textTerms("").length, 0);
});

test("query parsing and highlight spans: phrases, prefixes, exclusions", () => {
  const text = "قالت الحكومة إن الاتفاق النووي صامد، وإن اتفاقيات أخرى قادمة.";
  const terms = textTerms(text);
  const slices = (q: string): string[] => matchSpans(terms, parseQuery(q)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(slices("الاتفاق"), ["الاتفاق", "اتفاقيات"]);
  assert.deepEqual(slices('"الاتفاق النووي"'), ["الاتفاق النووي"]);
  assert.deepEqual(slices("الحكو*"), ["الحكومة"]);
  assert.deepEqual(slices("الاتفاق -الحكومة"), ["الاتفاق", "اتفاقيات"], "excluded words are not highlighted");
  // FTS5 operators typed by a user are just words; a word that splits into several terms is a phrase.
  assert.equal(parseQuery('NEAR(x) "a').match, '("near x" AND "a")');
});

test("snippets stay inside the text, never split a surrogate pair, and fall back to the opening", () => {
  const long = "كلمة ".repeat(200) + "الهدف" + " نص".repeat(200);
  const at = long.indexOf("الهدف");
  const [snippet] = buildSnippets(long, [], [{ start: at, end: at + 5 }]);
  assert.ok(snippet!.text.length <= 280);
  assert.equal(snippet!.text.slice(snippet!.marks[0]!.start, snippet!.marks[0]!.end), "الهدف");
  const emoji = "😀".repeat(300);
  const [cut] = buildSnippets(emoji, [], []);
  assert.ok(!/[\ud800-\udbff]$/.test(cut!.text), "no lone high surrogate at the end");
  assert.deepEqual(buildSnippets("", [], []), []);
});
