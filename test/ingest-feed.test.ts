import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseFeed, isFeed } from "../src/ingest/feed.ts";
import { ingest } from "../src/ingest/run.ts";
import { analyze } from "../src/pipeline.ts";
import { openSqliteStore } from "../src/store/index.ts";

const LONG_BODY =
  "<p>أعلنت هيئة الأرصاد الجوية أن موجة من الأمطار الغزيرة ستضرب المناطق الجنوبية ابتداء من مساء الغد، ودعت السكان إلى توخي الحذر.</p>" +
  "<p>وأوضحت الهيئة في بيانها أن كميات الأمطار المتوقعة قد تتسبب في جريان الأودية وارتفاع منسوب السيول في عدد من المحافظات الجبلية.</p>" +
  "<p>وطالبت فرق الدفاع المدني بالاستعداد ورفع الجاهزية، كما دعت المواطنين إلى الابتعاد عن مجاري الأودية وعدم المجازفة بعبورها بالمركبات.</p>";

const ITEM_PAGE = `<html><head><meta property="og:title" content="البنك المركزي يثبت أسعار الفائدة">
<meta name="pubdate" content="2024-07-02"></head><body><nav><a href="/">الرئيسية</a></nav>
<div class="article-body"><p>قرر البنك المركزي في اجتماعه الدوري اليوم الإبقاء على أسعار الفائدة دون تغيير للشهر الثالث على التوالي، في ظل تباطؤ معدلات التضخم.</p>
<p>وقال محافظ البنك في مؤتمر صحفي إن اللجنة ستواصل مراقبة المؤشرات الاقتصادية عن كثب قبل اتخاذ أي قرار جديد خلال الأشهر المقبلة.</p></div></body></html>`;

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>أخبار المثال</title><link>${base}/</link>
<item><title>أمطار غزيرة متوقعة في الجنوب</title><link>${base}/weather</link><pubDate>Mon, 01 Jul 2024 22:15:00 +0300</pubDate>
<description>موجز قصير</description><content:encoded><![CDATA[${LONG_BODY}]]></content:encoded></item>
<item><title>البنك المركزي يثبت الفائدة</title><link>${base}/bank</link><dc:date>2024-07-02T10:00:00+03:00</dc:date>
<description>&lt;p&gt;قرر البنك المركزي الإبقاء على أسعار الفائدة.&lt;/p&gt;</description></item>
<item><title>خبر صفحته مفقودة لكن موجزه موجود</title><link>${base}/missing</link><description>موجز خبر عن افتتاح جسر جديد فوق النهر.</description></item>
<item><title>خبر بلا نص</title><link>${base}/missing-too</link></item>
</channel></rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة الاقتصاد</title>
<entry><title type="html">ارتفاع صادرات &amp;amp; واردات</title><id>tag:example,2024:1</id>
<link rel="alternate" href="https://blog.example/exports"/><link rel="edit" href="https://blog.example/edit/1"/>
<published>2024-05-05T08:00:00Z</published><summary>ارتفعت الصادرات غير النفطية بنسبة عشرة في المئة خلال الربع الأول.</summary></entry>
</feed>`;

async function serve(handler: (url: string) => [number, string, string] | null): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? "");
    const answer = handler(req.url ?? "");
    res.writeHead(answer?.[0] ?? 404, { "content-type": answer?.[1] ?? "text/plain" });
    res.end(answer?.[2] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

test("RSS and Atom: items, links, dates, CDATA and escaped HTML", () => {
  const feed = parseFeed(rss("https://x.example"));
  assert.equal(feed.title, "أخبار المثال");
  assert.equal(feed.items.length, 4);
  const [weather, bank] = feed.items;
  assert.equal(weather!.published, "2024-07-01");
  assert.equal(weather!.content!.split("\n").length, 3);
  assert.equal(weather!.summary, "موجز قصير");
  assert.equal(bank!.published, "2024-07-02");
  assert.equal(bank!.summary, "قرر البنك المركزي الإبقاء على أسعار الفائدة.");
  assert.equal(bank!.link, "https://x.example/bank");
  const atom = parseFeed(ATOM);
  assert.ok(isFeed(ATOM) && isFeed(rss("")) && !isFeed("<html><body>x</body></html>"));
  assert.equal(atom.items[0]!.link, "https://blog.example/exports");
  assert.equal(atom.items[0]!.published, "2024-05-05");
  assert.equal(atom.items[0]!.title, "ارتفاع صادرات &amp; واردات");
  assert.deepEqual(parseFeed("<rss><channel><item><title>بلا إغلاق").items.length, 1);
  assert.deepEqual(parseFeed("").items, []);
});

test("a feed URL: full content is used as is, summaries lead to the item's page, failures are per item", async () => {
  let feedXml = "";
  const { server, base, hits } = await serve((url) =>
    url === "/feed.xml" ? [200, "application/rss+xml", feedXml] : url === "/bank" ? [200, "text/html; charset=utf-8", ITEM_PAGE] : null,
  );
  feedXml = rss(base);
  const store = openSqliteStore(":memory:");
  try {
    const options = { store, analyzeArticle: (input: { text: string }) => analyze(input.text, { until: "text" }) };
    const summary = await ingest([`${base}/feed.xml`], options);
    assert.equal(summary.items, 4);
    assert.equal(summary.inserted, 3);
    assert.equal(summary.failed, 1);
    assert.match(summary.failures[0]!.origin, /#4 .*\/missing-too$/);
    assert.match(summary.failures[0]!.message, /HTTP 404/);
    assert.equal(summary.warnings.length, 1);
    assert.match(summary.warnings[0]!.message, /stored the feed's summary/);
    assert.ok(!hits.includes("/weather"), "an item with full content is not fetched");
    const articles = (await store.listArticles({})).items;
    const bank = articles.find((a) => a.url === `${base}/bank`)!;
    const stored = (await store.getArticle(bank.id))!;
    assert.match(stored.text, /^قرر البنك المركزي في اجتماعه الدوري/);
    assert.ok(!stored.text.includes("الرئيسية"));
    assert.equal(stored.source, "أخبار المثال");
    assert.equal(stored.published, "2024-07-02");
    assert.equal(stored.title, "البنك المركزي يثبت الفائدة");
    // Again (polling the feed): nothing new, and pages of stored items are not fetched again.
    const pageFetches = hits.filter((h) => h === "/bank").length;
    const again = await ingest([`${base}/feed.xml`], options);
    assert.equal(again.inserted, 0);
    assert.equal(again.duplicates, 3);
    assert.equal(hits.filter((h) => h === "/bank").length, pageFetches);
    assert.equal((await store.stats()).articles, 3);
  } finally {
    await store.close();
    server.close();
  }
});

test("an unreachable URL is one failure, not a crash", async () => {
  const store = openSqliteStore(":memory:");
  try {
    const { server, base } = await serve(() => null);
    server.close();
    await new Promise((resolve) => server.once("close", resolve));
    const summary = await ingest([`${base}/gone.xml`, "ftp://example.org/x"], { store });
    assert.equal(summary.failed, 2);
    assert.equal(summary.inserted, 0);
  } finally {
    await store.close();
  }
});

test("a page URL and a plain-text URL are one article each; the page's metadata fills the record", async () => {
  const plain = "عنوان خبر نصي\nنص الخبر النصي عن افتتاح مكتبة عامة في الحي.";
  const { server, base } = await serve((url) =>
    url === "/bank" ? [200, "text/html", ITEM_PAGE] : url === "/note.txt" ? [200, "text/plain; charset=utf-8", plain] : null,
  );
  const store = openSqliteStore(":memory:");
  try {
    const summary = await ingest([`${base}/bank`, `${base}/note.txt`], { store, analyzeArticle: (input) => analyze(input.text, { until: "text" }) });
    assert.deepEqual([summary.inserted, summary.failed], [2, 0]);
    const items = (await store.listArticles({})).items;
    const page = items.find((a) => a.url === `${base}/bank`)!;
    assert.deepEqual([page.title, page.published, page.source], ["البنك المركزي يثبت أسعار الفائدة", "2024-07-02", "127.0.0.1"]);
    const note = (await store.getArticle(items.find((a) => a.url === `${base}/note.txt`)!.id))!;
    assert.deepEqual([note.title, note.text], ["عنوان خبر نصي", plain]);
  } finally {
    await store.close();
    server.close();
  }
});
