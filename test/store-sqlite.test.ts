import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { analyze } from "../src/pipeline.ts";
import { openSqliteStore, QueryError, type ArticleInput, type Store } from "../src/store/index.ts";
import { MIGRATIONS } from "../src/store/schema.ts";
import { waterArticle, protestArticle, WATER_TEXT } from "./store-fixtures.ts";

function plain(text: string, extra: Partial<ArticleInput> = {}): { input: ArticleInput; analysis: ReturnType<typeof analyze> } {
  const input: ArticleInput = { url: null, externalId: null, title: null, text, published: "2024-01-01", source: "test", ...extra };
  return { input, analysis: analyze(text, { dct: input.published, until: "text" }) };
}

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const store = openSqliteStore(":memory:");
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

test("the same article twice is one record; same URL with new text updates it; same text elsewhere is a duplicate", () =>
  withStore(async (store) => {
    const [first] = await store.putArticles([waterArticle()]);
    assert.deepEqual(first, { id: 1, status: "inserted" });
    assert.deepEqual(await store.putArticles([waterArticle()]), [{ id: 1, status: "duplicate" }]);
    // Same text under another URL (syndication), with different whitespace and harakat: still one record.
    const copy = waterArticle();
    const respaced = copy.input.text.replace(/ /g, "  ").replace("وقّع", "وقع");
    const twin = plain(respaced, { url: "https://mirror.example/1" });
    assert.deepEqual(await store.putArticles([twin]), [{ id: 1, status: "duplicate" }]);
    // The page at the same URL was edited: the record is updated in place and re-indexed.
    const edited = plain("أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة.", { url: copy.input.url, title: "مستشفى جديد" });
    assert.deepEqual(await store.putArticles([edited]), [{ id: 1, status: "updated" }]);
    const stored = await store.getArticle(1);
    assert.equal(stored?.text, edited.input.text);
    assert.equal(stored?.counts.events, 0);
    assert.equal((await store.search({ q: "الاتفاق" })).total, 0);
    assert.equal((await store.search({ q: "مستشفى" })).total, 1);
    assert.equal((await store.stats()).articles, 1);
  }));

test("JSONL-style ids without URLs identify an article within its source", () =>
  withStore(async (store) => {
    const a = plain("خبر أول عن الطقس في الرياض.", { externalId: "n-1", source: "wire" });
    const b = plain("خبر أول عن الطقس في الرياض، بعد التصحيح.", { externalId: "n-1", source: "wire" });
    const c = plain("خبر ثان عن المرور.", { externalId: "n-1", source: "other-wire" });
    assert.deepEqual((await store.putArticles([a, b, c])).map((r) => r.status), ["inserted", "updated", "inserted"]);
  }));

test("an article is read back with exactly the layers that were stored", () =>
  withStore(async (store) => {
    const { input, analysis } = waterArticle();
    const [{ id }] = await store.putArticles([{ input, analysis }]);
    const stored = (await store.getArticle(id))!;
    assert.equal(stored.text, input.text);
    assert.equal(stored.title, input.title);
    assert.equal(stored.dct, "2024-03-10");
    assert.deepEqual(stored.entities, analysis.entities);
    assert.deepEqual(stored.timexes, analysis.timexes);
    assert.deepEqual(stored.events, analysis.events);
    assert.deepEqual(stored.quotes, analysis.quotes);
    assert.deepEqual(stored.sentences, analysis.sentences);
    assert.deepEqual(stored.counts, { entities: 3, timexes: 1, events: 2, quotes: 1 });
    for (const s of stored.sentences) assert.equal(s.text, stored.text.slice(s.start, s.end));
    assert.equal(await store.getArticle(999), null);
  }));

test("an analysis of another text is refused, and the rest of a bad batch is not written", () =>
  withStore(async (store) => {
    const good = plain("نص سليم عن الاقتصاد.");
    const bad = { input: plain("نص أول.").input, analysis: analyze("نص آخر تماما.", { until: "text" }) };
    await assert.rejects(store.putArticles([good, bad]), /not of this article's text/);
    assert.equal((await store.stats()).articles, 0);
  }));

test("search: light stems, tanween, harakat and alef/yaa variants all meet", () =>
  withStore(async (store) => {
    await store.putArticles([
      plain("وقّع البلدان اتفاقاً تجارياً جديداً يشمل الحبوب."),
      plain("أقر البرلمان واتفاقية النقل البحري بعد نقاش طويل."),
      plain("افتتح الوزير مستشفى ميدانيا في إدلب."),
      plain("ناقش المجلس ميزانية العام المقبل."),
    ]);
    for (const q of ["الاتفاق", "الاتِّفاق", "إتفاق", "اتفاقيات"]) assert.equal((await store.search({ q })).total, 2, q);
    assert.equal((await store.search({ q: "مستشفي" })).total, 1);
    assert.equal((await store.search({ q: "ادلب" })).total, 1);
    assert.equal((await store.search({ q: "الميزانية" })).total, 1);
    assert.equal((await store.search({ q: "الحبوب البرلمان" })).total, 0, "all words must occur");
    assert.equal((await store.search({ q: "الحبوب OR البرلمان" })).total, 2);
    assert.equal((await store.search({ q: "الاتفاق -الحبوب" })).total, 1);
    assert.equal((await store.search({ q: '"النقل البحري"' })).total, 1);
    assert.equal((await store.search({ q: '"البحري النقل"' })).total, 0, "a phrase keeps its order");
    assert.equal((await store.search({ q: "ميزان*" })).total, 1);
  }));

test("search snippets and marks are cut from the original text; markup in it is escaped", () =>
  withStore(async (store) => {
    const text = "مقدمة عامة لا علاقة لها.\nقال المسؤول إن <script>alert(1)</script> واتفاقية السلام «صامدة».\nخاتمة.";
    await store.putArticles([plain(text, { title: "الاتفاقية & <b>السلام</b>" })]);
    const result = await store.search({ q: "الاتفاق" });
    const hit = result.items[0]!;
    assert.equal(hit.snippets.length, 1);
    const snippet = hit.snippets[0]!;
    assert.equal(snippet.text, text.slice(snippet.start, snippet.end));
    assert.match(snippet.text, /^قال المسؤول/);
    assert.deepEqual(snippet.marks.map((m) => snippet.text.slice(m.start, m.end)), ["واتفاقية"]);
    assert.ok(!snippet.html.includes("<script>"));
    assert.ok(snippet.html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(snippet.html.includes("<mark>واتفاقية</mark>"));
    assert.deepEqual(hit.title_marks.map((m) => "الاتفاقية & <b>السلام</b>".slice(m.start, m.end)), ["الاتفاقية"]);
    const stored = await store.getArticle(hit.article.id);
    assert.equal(stored?.text, text, "stored as text, unchanged");
  }));

test("search filters by source, dates, entity and event type, with totals and pages", () =>
  withStore(async (store) => {
    await store.putArticles([waterArticle(), protestArticle()]);
    // Both articles mention a government or agreement; "في" occurs in both.
    const all = await store.search({ q: "في" });
    assert.equal(all.total, 2);
    assert.equal((await store.search({ q: "في", source: "other-news" })).items[0]?.article.source, "other-news");
    assert.equal((await store.search({ q: "في", from: "2024-04" })).total, 1);
    assert.equal((await store.search({ q: "في", to: "2024-03-10" })).total, 1);
    assert.equal((await store.search({ q: "في", from: "2025" })).total, 0);
    assert.equal((await store.search({ q: "في", entity: "JORGOV" })).total, 1);
    assert.equal((await store.search({ q: "في", entity: "JOR" })).total, 1, "a country code matches its entities");
    assert.equal((await store.search({ q: "في", entity: "LBN" })).total, 1);
    assert.equal((await store.search({ q: "في", entity: "مجلس النواب اللبناني" })).total, 1, "by canonical name");
    assert.equal((await store.search({ q: "في", entity: "بيروت" })).total, 1);
    assert.equal((await store.search({ q: "في", eventType: "PROTEST" })).total, 1);
    const second = await store.search({ q: "في", limit: 1, offset: 1 });
    assert.equal(second.total, 2);
    assert.equal(second.items.length, 1);
    assert.notEqual(second.items[0]!.article.id, (await store.search({ q: "في", limit: 1 })).items[0]!.article.id);
    const list = await store.listArticles({ limit: 1 });
    assert.equal(list.total, 2);
    assert.equal(list.items[0]?.published, "2024-05-14", "newest first");
  }));

test("bad queries and filters are QueryErrors with a reason", () =>
  withStore(async (store) => {
    await assert.rejects(store.search({ q: "-الاتفاق" }), QueryError);
    await assert.rejects(store.search({ q: "!!! ؟؟" }), /no searchable words/);
    await assert.rejects(store.search({ q: "x", from: "2024-13" }), /from must be/);
    await assert.rejects(store.search({ q: "x", eventType: "PARTY" as never }), /type must be one of/);
    await assert.rejects(store.listEvents({ country: "EG" }), /ISO 3166/);
    await assert.rejects(store.listArticles({ limit: 0 }), /limit/);
    // FTS5 syntax typed by a user is only text.
    await store.putArticles([plain("نص عن NEAR و AND.")]);
    assert.equal((await store.search({ q: 'NEAR(a b) AND "' })).total, 0);
  }));

test("events: filters by type, actor code prefix or name, country, overlapping dates, negation", () =>
  withStore(async (store) => {
    await store.putArticles([waterArticle(), protestArticle()]);
    const all = await store.listEvents({});
    assert.equal(all.total, 4);
    assert.deepEqual(all.items.map((e) => e.uid), ["1:ev1", "1:ev2", "2:ev2", "2:ev1"], "in date order");
    assert.equal(all.items[1]!.effective_date, "2024-03-10", "an undated event takes the publication date");
    assert.deepEqual((await store.listEvents({ type: "AGREE" })).items.map((e) => e.uid), ["1:ev1"]);
    assert.deepEqual((await store.listEvents({ actor: "EGY" })).items.map((e) => e.uid), ["1:ev1"]);
    assert.deepEqual((await store.listEvents({ actor: "شكري" })).items.map((e) => e.uid), ["1:ev1"]);
    assert.equal((await store.listEvents({ actor: "LBNGOV" })).total, 2);
    assert.equal((await store.listEvents({ country: "jor" })).total, 1);
    assert.equal((await store.listEvents({ country: "LBN" })).total, 2);
    // The REQUEST event is dated 2024-05 (the whole month): it overlaps a filter on the 20th.
    assert.deepEqual((await store.listEvents({ from: "2024-05-20", to: "2024-05-31" })).items.map((e) => e.uid), ["2:ev2"]);
    assert.deepEqual((await store.listEvents({ negated: true })).items.map((e) => e.uid), ["1:ev2"]);
    assert.equal((await store.listEvents({ source: "example-news" })).total, 2);
    assert.equal((await store.listEvents({ articleId: 2, limit: 1 })).items.length, 1);
    const streamed = [];
    for await (const e of store.streamEvents({ type: "PROTEST" })) streamed.push(e.uid);
    assert.deepEqual(streamed, ["2:ev1"]);
  }));

test("actors are counted by role and linked source → target", () =>
  withStore(async (store) => {
    await store.putArticles([waterArticle(), protestArticle()]);
    const actors = await store.listActors({});
    assert.equal(actors.total, 4);
    const students = actors.items.find((a) => a.key === "طلاب")!;
    assert.deepEqual([students.events, students.as_source, students.as_target, students.code], [2, 2, 0, "LBNEDU"]);
    assert.deepEqual(actors.links.find((l) => l.source === "سامح شكري"), { source: "سامح شكري", target: "أيمن الصفدي", events: 1 });
    assert.equal((await store.listActors({ country: "JOR" })).total, 1);
    assert.equal((await store.listActors({ q: "الحكومة" })).items[0]?.code, "LBNGOV");
  }));

test("the schema is versioned; a stale search index is rebuilt on open; a newer schema is refused", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-store-"));
  const path = join(dir, "test.db");
  try {
    let store = openSqliteStore(path);
    await store.putArticles([waterArticle()]);
    await store.close();
    const db = new Database(path);
    assert.equal(db.pragma("user_version", { simple: true }), MIGRATIONS.length);
    // Simulate a database indexed by an older term function: wrong terms, old version mark.
    db.prepare("INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
    db.prepare("UPDATE meta SET value = 'old' WHERE key = 'search_terms'").run();
    db.close();
    store = openSqliteStore(path);
    assert.equal((await store.search({ q: "الاتفاق" })).total, 1);
    assert.equal((await store.stats()).schema_version, MIGRATIONS.length);
    await store.close();
    const newer = new Database(path);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    assert.throws(() => openSqliteStore(path), /newer than this rasd/);
    assert.throws(() => openSqliteStore(join(dir, "missing.db"), { mustExist: true }), /no database/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the fixture text is what the events point into", () => {
  const { analysis } = waterArticle();
  for (const e of analysis.events) assert.equal(WATER_TEXT.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});
