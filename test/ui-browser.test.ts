// The web UI in headless Chromium (Debian package `chromium`) driven by playwright-core, against a server
// over a temp store seeded with hand-annotated articles. Screenshots go to test-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ARTIFACTS, ARTICLES, CHROMIUM, HAVE_CHROMIUM, annotate, startUiServer, tempDir, type RunningServer } from "./ui-helpers.ts";

const skip = HAVE_CHROMIUM ? false : `browser tests need ${CHROMIUM} (apt-get install chromium)`;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

let browser: Browser;
let context: BrowserContext;
let server: RunningServer;
let dir: ReturnType<typeof tempDir>;
const artifacts = fileURLToPath(ARTIFACTS);

before(async () => {
  if (skip) return;
  mkdirSync(artifacts, { recursive: true });
  dir = tempDir();
  server = await startUiServer(`${dir.path}/ui.db`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "ar-EG" });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await server?.close();
  dir?.remove();
});

interface Opened {
  page: Page;
  errors: string[];
}

/** Opens a path and waits until the page has rendered; collects console errors, page errors and failed requests. */
async function open(path: string, prepare?: (page: Page) => Promise<void>): Promise<Opened> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  if (prepare) await prepare(page);
  await page.goto(server.url + path);
  await waitReady(page, new URL(server.url + path).pathname);
  return { page, errors };
}

async function waitReady(page: Page, pathname: string): Promise<void> {
  await page.waitForFunction((expected) => document.body.dataset.ready === expected, pathname);
  // Web fonts must be in before screenshots and layout checks.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${artifacts}/ui-${name}.png`, fullPage: true });
}

async function articleId(title: string): Promise<number> {
  const response = await fetch(`${server.url}/api/articles?limit=50`);
  const page = (await response.json()) as { items: { id: number; title: string }[] };
  const found = page.items.find((item) => item.title === title);
  assert.ok(found, `article "${title}" is in the store`);
  return found.id;
}

test("every page loads without console errors, with the Arabic font and RTL layout", { skip }, async () => {
  const id = await articleId(ARTICLES[1]!.title);
  for (const path of ["/", "/analyze", "/archive", "/events", `/articles/${id}`]) {
    const { page, errors } = await open(path);
    assert.deepEqual(errors, [], path);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.ok((await page.locator("main h1").count()) >= 1, `${path} has a heading`);
    const fontLoaded = await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', "رصد"));
    assert.ok(fontLoaded, `${path}: Noto Sans Arabic is loaded`);
    // The navigation starts at the right edge in RTL.
    const brand = await page.locator(".brand").boundingBox();
    assert.ok(brand && brand.x > 1000, `${path}: brand sits on the right`);
    if (path === "/") await shot(page, "home");
    if (path.startsWith("/articles/")) await shot(page, "article");
    await page.close();
  }
});

test("an analysis shows highlights with details on hover and one table row per event", { skip }, async () => {
  // The pipeline's recognizers are still growing; the browser gets a hand-annotated analysis of the sample.
  const seen: { posted?: { text: string; dct: string | null } } = {};
  const { page, errors } = await open("/analyze", async (p) => {
    await p.route("**/api/analyze", async (route) => {
      const posted = route.request().postDataJSON() as { text: string; dct: string | null };
      seen.posted = posted;
      const doc = annotate({
        text: posted.text,
        published: posted.dct ?? "2024-03-14",
        entities: [
          ["الرياض", "LOC", "الرياض", "SAU", null],
          ["وزارة الخارجية السعودية", "ORG", "وزارة الخارجية السعودية", "SAU", "SAUGOV"],
          ["مصر", "LOC", "مصر", "EGY", "EGY"],
          ["سامح شكري", "PER", "سامح شكري", "EGY", "EGYGOV"],
          ["الأمير فيصل بن فرحان", "PER", "فيصل بن فرحان", "SAU", "SAUGOV"],
          ["جماعة الحوثي", "ORG", "جماعة الحوثي", "YEM", "YEMREB"],
          ["تعز#1", "LOC", "تعز", "YEM", null],
        ],
        timexes: [
          ["يوم الأربعاء", "DATE", "2024-03-13"],
          ["أمس", "DATE", "2024-03-13"],
        ],
        events: [
          { type: "AGREE", cameo: "057", trigger: "وقّعت", source: [["المملكة", "السعودية", "SAU", "SAU"]], target: [["مصر", "مصر", "EGY", "EGY"]], date: "2024-03-13", place: "riyadh" },
          { type: "ACCUSE", cameo: "112", trigger: "اتهمت", source: [["الحكومة اليمنية", "الحكومة اليمنية", "YEM", "YEMGOV"]], target: [["جماعة الحوثي", "جماعة الحوثي", "YEM", "YEMREB"]], date: "2024-03-14" },
          { type: "ASSAULT", cameo: "195", trigger: "بقصف", source: [["جماعة الحوثي", "جماعة الحوثي", "YEM", "YEMREB"]], target: [], date: "2024-03-13", place: "taiz", attribution: "الحكومة اليمنية" },
          { type: "ASSAULT", cameo: "190", trigger: "نفت", source: [["الجماعة", "جماعة الحوثي", "YEM", "YEMREB"]], target: [], date: "2024-03-13", negated: true },
        ],
        quotes: [["\"البلدين يعملان على تعزيز التبادل التجاري في الأشهر المقبلة\"", "الأمير فيصل بن فرحان"]],
      });
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(doc) });
    });
  });
  await page.click("#sample-button");
  const text = await page.inputValue("#article-input");
  await page.click("#analyze-button");
  await page.waitForSelector("[data-testid=highlighted] mark");
  assert.equal(seen.posted?.text, text, "the page posted the text to /api/analyze");
  assert.equal(seen.posted?.dct, "2024-03-14");

  const article = page.locator("[data-testid=highlighted]");
  // The text survives highlighting unchanged.
  assert.equal(await article.evaluate((node) => node.textContent), text);
  assert.equal(await page.locator("mark.ent-PER").count(), 2);
  assert.equal(await page.locator("mark.ent-ORG").count(), 2);
  assert.equal(await page.locator("mark.ent-LOC").count(), 3);
  assert.equal(await page.locator("mark.tx").count(), 2);
  assert.equal(await page.locator("mark.ev").count(), 4);
  assert.equal(await page.locator("mark.qt").count(), 1);
  assert.equal(await page.locator("mark.ent-PER").first().textContent(), "سامح شكري");
  assert.equal(await page.locator("mark.ev.neg").textContent(), "نفت");

  // Hover shows the canonical name, the country and the code.
  await page.locator("mark.ent-PER", { hasText: "فيصل" }).hover();
  const tip = page.locator(".tooltip");
  await tip.waitFor({ state: "visible" });
  const tipText = await tip.textContent();
  assert.match(tipText ?? "", /فيصل بن فرحان/);
  assert.match(tipText ?? "", /SAUGOV/);
  assert.match(tipText ?? "", /SAU/);
  await page.locator("mark.tx", { hasText: "أمس" }).hover();
  assert.match((await tip.textContent()) ?? "", /2024-03-13/);

  const rows = page.locator(".events-table tbody tr");
  assert.equal(await rows.count(), 4);
  const first = await rows.nth(0).locator("td").allTextContents();
  assert.match(first[0]!, /اتفاق/);
  assert.match(first[1]!, /المملكة/);
  assert.match(first[1]!, /SAU/);
  assert.match(first[2]!, /وقّعت/);
  assert.match(first[3]!, /مصر/);
  assert.match(first[4]!, /2024-03-13/);
  assert.match(first[5]!, /الرياض/);
  const third = await rows.nth(2).locator("td").allTextContents();
  assert.match(third[6]!, /الحكومة اليمنية/, "according to whom");
  assert.match((await rows.nth(3).locator("td").allTextContents())[7]!, /منفي/);
  await rows.nth(1).hover();
  assert.equal(await page.locator("mark.ev.active").textContent(), "اتهمت");
  assert.equal(await page.locator(".quotes li").count(), 1);

  await shot(page, "analyze-fixture");
  // Switching a layer off removes its marks and leaves the text intact.
  await page.locator(".toggle", { hasText: "كيانات" }).locator("input").uncheck();
  assert.equal(await page.locator("mark.ent").count(), 0);
  assert.equal(await article.evaluate((node) => node.textContent), text);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the real /api/analyze result of the sample is drawn span for span", { skip }, async () => {
  const { page, errors } = await open("/analyze");
  await page.click("#sample-button");
  const text = await page.inputValue("#article-input");
  const dct = await page.inputValue("#dct-input");
  await page.click("#analyze-button");
  await page.waitForSelector("[data-testid=highlighted]");
  const response = await fetch(`${server.url}/api/analyze`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, dct }) });
  const analysis = (await response.json()) as { entities: unknown[]; timexes: unknown[]; quotes: unknown[]; events: { trigger: { start: number; end: number } }[]; sentences: unknown[] };
  assert.ok(analysis.sentences.length >= 4);
  const article = page.locator("[data-testid=highlighted]");
  assert.equal(await article.evaluate((node) => node.textContent), text);
  assert.equal(await page.locator("mark.ent:not(.part)").count(), analysis.entities.length);
  assert.equal(await page.locator("mark.tx:not(.part)").count(), analysis.timexes.length);
  assert.equal(await page.locator("mark.qt:not(.part)").count(), analysis.quotes.length);
  const triggers = new Set(analysis.events.map((e) => `${e.trigger.start}:${e.trigger.end}`));
  assert.equal(await page.locator("mark.ev:not(.part)").count(), triggers.size);
  assert.equal(await page.locator(".events-table tbody tr").count(), analysis.events.length);
  await shot(page, "analyze");
  // The analysis can be taken away as JSON, with its text.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const saved = JSON.parse(readFileSync(await download.path(), "utf8")) as { text: string; entities: unknown[] };
  assert.equal(saved.text, text);
  assert.equal(saved.entities.length, analysis.entities.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test("search returns highlighted snippets, and filters narrow the results", { skip }, async () => {
  const { page, errors } = await open("/archive");
  await page.fill("#search-input", "الحوثيين");
  await page.click("#search-button");
  await waitReady(page, "/archive");
  assert.match(page.url(), /q=/);
  const hits = page.locator(".hit");
  assert.equal(await hits.count(), 1);
  assert.match((await hits.first().locator(".hit-title").textContent()) ?? "", /تتهم الحوثيين/);
  // Light stemming finds الحوثي for الحوثيين; the snippet marks what matched in the original text.
  const marked = await page.locator(".hit mark").allTextContents();
  assert.ok(marked.length >= 1, "snippet has highlights");
  assert.ok(marked.every((m) => m.includes("الحوثي")), `highlights: ${marked.join(", ")}`);
  await shot(page, "archive");

  await page.fill("#search-input", "السعودية");
  await page.click("#search-button");
  await waitReady(page, "/archive");
  assert.equal(await hits.count(), 2);
  await page.selectOption("select[name=type]", "AID");
  await page.click("#search-button");
  await waitReady(page, "/archive");
  assert.match(page.url(), /type=AID/);
  assert.equal(await hits.count(), 1);
  assert.match((await hits.first().textContent()) ?? "", /مساعدات/);

  // The archive without a query lists the articles, newest first; a link opens the article view.
  await page.goto(`${server.url}/archive?from=2024-03-10`);
  await waitReady(page, "/archive");
  assert.equal(await hits.count(), 3);
  await hits.first().locator(".hit-title a").click();
  await page.waitForFunction(() => document.body.dataset.ready?.startsWith("/articles/"));
  assert.match((await page.locator("h1").textContent()) ?? "", /إيران/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the events page draws the timeline, the map and the actor network, and filters", { skip }, async () => {
  const { page, errors } = await open("/events");
  await page.waitForSelector("#map svg .country");
  const total = ARTICLES.reduce((n, a) => n + a.events.length, 0);
  assert.equal(await page.locator(".events-table tbody tr").count(), total);
  // Timeline: one bar group per day from the first to the last event, bars only where there are events.
  const timeline = page.locator("#timeline svg");
  assert.equal(await timeline.getAttribute("data-unit"), "day");
  assert.ok((await timeline.locator("rect.bar").count()) >= 7);
  assert.equal(await timeline.locator("rect.bar-hit").count(), new Set(ARTICLES.flatMap((a) => a.events.map((e) => e.date))).size);
  // Map: every country of the atlas, shaded where events are, a dot per located place.
  const map = page.locator("#map svg");
  assert.ok((await map.locator("path.country").count()) > 150);
  const shaded = await map.locator("path.country:not(.shade-0)").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-country")));
  for (const country of ["SAU", "YEM", "EGY", "SDN", "LBN", "CHE"]) assert.ok(shaded.includes(country), `${country} is shaded`);
  assert.equal(await map.locator("circle.dot").count(), 6);
  const dot = await map.locator("circle.dot").first().boundingBox();
  const box = await map.boundingBox();
  assert.ok(dot && box && dot.x >= box.x && dot.x <= box.x + box.width && dot.y >= box.y && dot.y <= box.y + box.height, "dots lie on the map");
  // Network: actors and source → target links.
  const network = page.locator("#network svg");
  assert.ok((await network.locator("g.node").count()) >= 8);
  assert.ok((await network.locator("path.link").count()) >= 6);
  // Export buttons ask the API for each format with the current filters.
  const formats = await page.locator(".exports a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("format")));
  assert.deepEqual(formats, ["csv", "geojson", "jsonl", "plover"]);
  for (const href of await page.locator(".exports a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    const exported = await fetch(href);
    assert.equal(exported.status, 200, href);
    assert.ok((await exported.text()).length > 100, href);
  }
  await shot(page, "events");

  await page.locator(".map-views input[value=world]").check();
  await page.waitForSelector("#map svg[data-view=world]");

  // Clicking a country on the map, then a bar of the timeline, narrows the filters.
  await page.locator('#map path.country[data-country="YEM"]').dispatchEvent("click");
  await waitReady(page, "/events");
  assert.match(page.url(), /country=YEM/);
  assert.equal(await page.locator(".events-table tbody tr").count(), 3);
  await page.locator("#timeline rect.bar-hit").first().click();
  await waitReady(page, "/events");
  assert.match(page.url(), /from=2024-03-07&to=2024-03-07|to=2024-03-07.*from=2024-03-07/);
  assert.equal(await page.locator(".events-table tbody tr").count(), 1);
  await page.locator("a.button", { hasText: "إلغاء التصفية" }).click();
  await waitReady(page, "/events");
  assert.equal(await page.locator(".events-table tbody tr").count(), total);
  await page.locator('#network g.node[data-key="IRN"]').dispatchEvent("click");
  await waitReady(page, "/events");
  assert.match(page.url(), /actor=IRN/);
  assert.equal(await page.locator(".events-table tbody tr").count(), 2);
  await page.goto(`${server.url}/events`);
  await waitReady(page, "/events");

  await page.selectOption("select[name=type]", "ASSAULT");
  await page.locator("form.filters button[type=submit]").click();
  await waitReady(page, "/events");
  assert.match(page.url(), /type=ASSAULT/);
  assert.equal(await page.locator(".events-table tbody tr").count(), 2);
  const exportHref = await page.locator(".exports a[data-format=csv]").getAttribute("href");
  assert.match(exportHref ?? "", /type=ASSAULT/);

  // An article's own events, reached from the article view.
  const id = await articleId(ARTICLES[1]!.title);
  await page.goto(`${server.url}/articles/${id}`);
  await waitReady(page, `/articles/${id}`);
  await page.locator("a.button", { hasText: "أحداثه" }).click();
  await waitReady(page, "/events");
  assert.match(page.url(), new RegExp(`article=${id}`));
  assert.equal(await page.locator(".events-table tbody tr").count(), ARTICLES[1]!.events.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test("article text with <script> and bidi controls shows as text, in the article view and in search", { skip }, async () => {
  const hostile = ARTICLES.find((a) => a.title.includes("<script>"))!;
  const id = await articleId(hostile.title);
  const { page, errors } = await open(`/articles/${id}`);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator("main script, main b, main img").count(), 0);
  assert.equal(await page.locator("main h1").textContent(), hostile.title);
  const shown = await page.locator("[data-testid=highlighted]").evaluate((node) => node.textContent ?? "");
  assert.ok(shown.includes("<script>window.__pwned = 1</script>"));
  // Bidi overrides are shown as visible badges instead of reordering the line.
  assert.deepEqual(await page.locator("[data-testid=highlighted] .bidi-ctl").allTextContents(), ["RLO", "PDF"]);
  assert.equal(shown.replace("RLO", "\u202E").replace("PDF", "\u202C"), hostile.text);
  assert.equal(await page.locator("mark.ent").count(), 2);
  await shot(page, "article-escaping");

  await page.goto(`${server.url}/archive?q=${encodeURIComponent("لافتة")}`);
  await waitReady(page, "/archive");
  assert.equal(await page.locator(".hit").count(), 1);
  assert.equal(await page.locator("main script, main b").count(), 0);
  assert.match((await page.locator(".hit-title").textContent()) ?? "", /<b>احتجاجات<\/b>/);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

  // An uploaded HTML page gives its text; its scripts neither run nor end up in the text.
  await page.goto(`${server.url}/analyze`);
  await waitReady(page, "/analyze");
  const html = "<!doctype html><html><body><nav>القائمة</nav><p>أعلنت الوزارة &lt;اليوم&gt; عن خطة.</p><script>window.__pwned = 4</script><p onclick=\"window.__pwned = 5\">وقال المتحدث إنها تبدأ غدًا.</p></body></html>";
  await page.setInputFiles("#file-input", { name: "article.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForFunction(() => (document.querySelector("#article-input") as HTMLTextAreaElement).value.length > 0);
  const uploaded = await page.inputValue("#article-input");
  assert.equal(uploaded, "أعلنت الوزارة <اليوم> عن خطة.\n\nوقال المتحدث إنها تبدأ غدًا.");
  assert.doesNotMatch(uploaded, /__pwned|القائمة/);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

  // Pasted text is never parsed either.
  const pasted = 'خبر <img src=x onerror="window.__pwned=2"> عن \u2067الرياض\u2069 <script>window.__pwned=3</script>';
  await page.fill("#article-input", pasted);
  await page.click("#analyze-button");
  await page.waitForSelector("[data-testid=highlighted]");
  assert.equal(await page.locator("main img, main script").count(), 0);
  const rendered = await page.locator("[data-testid=highlighted]").evaluate((node) => node.textContent ?? "");
  assert.equal(rendered.replace("RLI", "\u2067").replace("PDI", "\u2069"), pasted);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});
