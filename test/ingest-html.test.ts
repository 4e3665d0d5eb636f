import { test } from "node:test";
import assert from "node:assert/strict";
import { extractPage, fragmentText } from "../src/ingest/html.ts";
import { decodeEntities, scanMarkup } from "../src/ingest/markup.ts";
import { parsePublished } from "../src/ingest/dates.ts";
import { decodeBytes } from "../src/ingest/fetch.ts";

const SOLAR_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>وزير الطاقة يفتتح محطة شمسية | صحيفة المثال</title>
<meta property="og:title" content="وزير الطاقة يفتتح محطة شمسية في تبوك">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2024-06-03T01:30:00+03:00">
<link rel="canonical" href="/news/solar-plant">
<script>var ads = "<p>نص داخل سكربت لا يظهر</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav></header>
<main><article>
<h1>وزير الطاقة يفتتح محطة شمسية في تبوك</h1>
<div class="share-buttons"><a href="#">شارك على تويتر</a> <a href="#">فيسبوك</a></div>
<p>افتتح وزير الطاقة صباح اليوم الأحد محطة للطاقة الشمسية في منطقة تبوك بقدرة ثلاثمئة ميغاواط، في إطار خطة المملكة لتنويع مصادر الطاقة.</p>
<p>وقال الوزير في كلمة خلال الحفل إن المحطة ستزود أكثر من خمسين ألف منزل بالكهرباء، مؤكداً أن مشروعات مماثلة ستنطلق خلال العام المقبل &amp; ما بعده.
<h2>تفاصيل المشروع</h2>
<p>وتمتد المحطة على مساحة ستة كيلومترات مربعة، وقد نفذتها شركة وطنية بالتعاون مع شركاء دوليين &lt;وفق العقد&gt;&#x202B;.</p>
<!-- <p>تعليق مخفي لا يظهر في النص الرئيسي للمقال مهما كان طوله وعدد كلماته الكثيرة</p> -->
<div class="related-news"><h3>أخبار ذات صلة</h3><ul><li><a href="/a">افتتاح مصنع جديد للألواح الشمسية في الرياض اليوم</a></li><li><a href="/b">ارتفاع أسعار النفط في الأسواق العالمية بشكل ملحوظ</a></li></ul></div>
</article></main>
<footer><p>جميع الحقوق محفوظة لصحيفة المثال 2024، ويمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق من إدارة التحرير.</p></footer>
</body></html>`;

test("HTML: main text by block, without navigation, sharing, related links, footer or scripts", () => {
  const page = extractPage(SOLAR_PAGE, "https://news.example/x?utm=1");
  assert.equal(page.title, "وزير الطاقة يفتتح محطة شمسية في تبوك");
  assert.equal(page.source, "صحيفة المثال");
  assert.equal(page.url, "https://news.example/news/solar-plant");
  assert.equal(page.language, "ar");
  // The publisher's own calendar day (01:30 at +03:00 is the 3rd), not the UTC day.
  assert.equal(page.published, "2024-06-03");
  const lines = page.text.split("\n");
  assert.equal(lines.length, 4);
  assert.match(lines[0]!, /^افتتح وزير الطاقة/);
  assert.match(lines[1]!, /العام المقبل & ما بعده\.$/);
  assert.equal(lines[2], "تفاصيل المشروع");
  assert.match(lines[3]!, /<وفق العقد>\u202B\.$/);
  for (const absent of ["الرئيسية", "تويتر", "ذات صلة", "مصنع جديد", "الحقوق", "سكربت", "تعليق مخفي", "color", "يفتتح محطة"]) {
    assert.ok(!page.text.includes(absent), absent);
  }
});

test("HTML: JSON-LD @graph and <time> give the date; the site name is cut from <title>", () => {
  const html = `<html><head><title>انطلاق معرض الكتاب في الدوحة - جريدة الخليج</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","datePublished":"2023-01-12T09:00:00Z","publisher":{"@type":"Organization","name":"جريدة الخليج"}}]}</script>
<script type="application/ld+json">{ broken json </script></head>
<body><div id="content-body"><p>انطلقت اليوم فعاليات معرض الدوحة الدولي للكتاب بمشاركة أكثر من خمسمئة دار نشر من أربعين دولة عربية وأجنبية.</p>
<p>ويستمر المعرض عشرة أيام، ويتضمن برنامجه ندوات فكرية وأمسيات شعرية وورش عمل للأطفال والناشئة.</p></div>
<div class="sidebar"><p>الأكثر قراءة اليوم في جميع أقسام الموقع الإلكتروني للجريدة وملاحقها الأسبوعية المتنوعة.</p></div></body></html>`;
  const page = extractPage(html, "http://khaleej.example/culture/1");
  assert.equal(page.title, "انطلاق معرض الكتاب في الدوحة");
  assert.equal(page.published, "2023-01-12");
  assert.equal(page.source, "جريدة الخليج");
  assert.equal(page.text.split("\n").length, 2);
  assert.ok(!page.text.includes("الأكثر قراءة"));

  const timeOnly = `<body><article><time datetime="2022-11-30">٣٠ نوفمبر</time><p>${"نص المقال الطويل بما يكفي ليكون فقرة حقيقية من الخبر. ".repeat(3)}</p></article></body>`;
  assert.equal(extractPage(timeOnly).published, "2022-11-30");
  assert.equal(extractPage(timeOnly).source, null);
});

test("HTML: tag soup, unclosed tags, empty and binary-looking input never throw", () => {
  for (const input of ["", "<", "<<<>>>", "<p", "<div><p>نص<div>", "\u0000\u0001<b>", "<script>", "<!--", "<![CDATA[", "&#xD800; &#99999999;", "<a href='x>"]) {
    const page = extractPage(input);
    assert.equal(typeof page.text, "string");
  }
  const deep = "<div>".repeat(5000) + "<p>" + "كلمة ".repeat(30) + "</p>" + "</div>".repeat(5000);
  assert.match(extractPage(deep).text, /^كلمة/);
});

test("markup helpers: entities, CDATA and attributes", () => {
  assert.equal(decodeEntities("&laquo;سلام&raquo; &#1587;&#x0644; &amp;amp; &unknown; &#0;"), "«سلام» سل &amp; &unknown; \ufffd");
  const tokens = scanMarkup(`<a HREF="x&amp;y" data-x='1' hidden>t</a><![CDATA[<p>&]]>`);
  assert.deepEqual(tokens[0], { kind: "tag", name: "a", closing: false, selfClosing: false, attributes: { href: "x&y", "data-x": "1", hidden: "" } });
  assert.deepEqual(tokens[3], { kind: "text", text: "<p>&amp;" });
  assert.equal(fragmentText("<p>سطر أول</p><p>سطر <b>ثان</b></p>"), "سطر أول\nسطر ثان");
});

test("publication dates as the publisher wrote them", () => {
  assert.equal(parsePublished("2024-03-14T23:59:00-05:00"), "2024-03-14");
  assert.equal(parsePublished("Thu, 14 Mar 2024 08:00:00 +0300"), "2024-03-14");
  assert.equal(parsePublished("March 9, 2024"), "2024-03-09");
  assert.equal(parsePublished("2024/3/9"), "2024-03-09");
  assert.equal(parsePublished("20240309"), "2024-03-09");
  assert.equal(parsePublished("2024-02-30"), null);
  assert.equal(parsePublished("أمس"), null);
  assert.equal(parsePublished(undefined), null);
});

test("pages in windows-1256 are decoded by header or by <meta charset>", () => {
  const salam = [0xd3, 0xe1, 0xc7, 0xe3]; // سلام in windows-1256
  assert.equal(decodeBytes(Uint8Array.from(salam), "text/html; charset=windows-1256"), "سلام");
  const page = Buffer.concat([Buffer.from('<meta charset="windows-1256"><p>'), Buffer.from(salam), Buffer.from("</p>")]);
  assert.equal(extractPage(decodeBytes(page, "text/html")).text, "سلام");
  assert.equal(decodeBytes(Buffer.from("نص", "utf8"), "text/plain; charset=no-such-charset"), "نص");
});
