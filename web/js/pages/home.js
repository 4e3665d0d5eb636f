// Overview: what the store holds, the latest articles, and the way in to each page.
import { h, label, clear, formatNumber } from "../dom.js";
import { apiUrl, fetchJson, itemsOf } from "../api.js";
import { errorNotice, loading, section } from "../components.js";
import { EVENT_TYPES } from "../labels.js";

function statCard(value, ar, en, href) {
  return h("a", { class: "stat", href, "data-link": true }, h("strong", { class: "num", text: formatNumber(value ?? 0) }), h("span", null, ...label(ar, en)));
}

export async function homePage(root) {
  const holder = h("div", null, loading());
  root.append(
    h("h1", null, ...label("رصد: الأخبار العربية بيانات أحداث", "rasd: Arabic news as event data")),
    h(
      "p",
      { class: "lead" },
      ...label(
        "حلِّل خبرًا، أو ابحث في الأرشيف، أو استكشف الأحداث المستخرجة على الخط الزمني والخريطة.",
        "Analyze an article, search the archive, or explore extracted events on a timeline and a map.",
      ),
    ),
    holder,
  );
  try {
    const [stats, latest] = await Promise.all([fetchJson(apiUrl("stats")), fetchJson(apiUrl("articles", { limit: 8 }))]);
    const topTypes = (stats.event_types ?? []).slice(0, 6);
    clear(holder).append(
      h(
        "div",
        { class: "stats" },
        statCard(stats.articles, "مقالات", "articles", "/archive"),
        statCard(stats.events, "أحداث", "events", "/events"),
        statCard(stats.entities, "كيانات", "entities", "/archive"),
        statCard(stats.quotes, "اقتباسات", "quotes", "/archive"),
      ),
      h(
        "div",
        { class: "two-columns" },
        section(
          "أحدث المقالات",
          "Latest articles",
          h(
            "ul",
            { class: "latest" },
            itemsOf(latest).map((article) =>
              h(
                "li",
                null,
                h("a", { href: `/articles/${encodeURIComponent(article.id)}`, "data-link": true, dir: "auto", text: article.title || `#${article.id}` }),
                article.published ? h("bdi", { class: "date", text: article.published }) : null,
              ),
            ),
          ),
        ),
        section(
          "أكثر الأحداث",
          "Top event types",
          h(
            "ul",
            { class: "latest" },
            topTypes.map((item) =>
              h(
                "li",
                null,
                h("a", { href: `/events?type=${encodeURIComponent(item.type)}`, "data-link": true }, EVENT_TYPES[item.type]?.ar ?? item.type, h("span", { class: "en", text: ` ${item.type}` })),
                h("bdi", { class: "num", text: formatNumber(item.events) }),
              ),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    clear(holder).append(errorNotice(error));
  }
}
