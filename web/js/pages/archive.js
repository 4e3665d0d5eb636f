// Archive: full-text search over stored articles with highlighted snippets and filters.
import { h, label, clear, formatNumber } from "../dom.js";
import { apiUrl, fetchJson, itemsOf, totalOf } from "../api.js";
import { renderRanges } from "../highlight.js";
import { errorNotice, loading, notice, pager } from "../components.js";
import { actorSuggestions, field, formValues, readParams, typeSelect, writeParams } from "../filters.js";

const FIELDS = ["q", "source", "from", "to", "entity", "type", "offset"];
const LIMIT = 20;

function articleMeta(article) {
  const counts = article.counts ?? {};
  return h(
    "div",
    { class: "meta" },
    article.source ? h("span", { class: "source", dir: "auto", text: article.source }) : null,
    article.published ? h("bdi", { class: "date", text: article.published }) : null,
    typeof counts.events === "number" ? h("span", { class: "muted" }, h("bdi", { text: String(counts.events) }), " ", ...label("حدث", "events")) : null,
    article.url ? h("a", { href: article.url, class: "external", rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr", text: hostOf(article.url) }) : null,
  );
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function titleOf(article, marks) {
  const title = article.title || `#${article.id}`;
  const link = h("a", { href: `/articles/${encodeURIComponent(article.id)}`, "data-link": true, dir: "auto" });
  link.append(marks?.length && article.title ? renderRanges(title, marks) : document.createTextNode(title));
  return h("h3", { class: "hit-title" }, link);
}

function snippetNode(snippet, article) {
  const cutStart = typeof snippet?.start === "number" && snippet.start > 0;
  const cutEnd =
    typeof snippet?.end === "number" && typeof article.chars === "number" && snippet.end < article.chars && !/[.!?؟…»"']\s*$/u.test(snippet.text ?? "");
  const node = h("p", { class: ["snippet", cutStart && "cut-start", cutEnd && "cut-end"], dir: "auto", lang: "ar" });
  if (snippet && typeof snippet === "object" && typeof snippet.text === "string") {
    node.append(renderRanges(snippet.text, Array.isArray(snippet.marks) ? snippet.marks : []));
  } else node.textContent = String(snippet ?? "");
  return node;
}

function hitNode(hit) {
  const article = hit.article ?? hit;
  return h("li", { class: "hit" }, titleOf(article, hit.title_marks), articleMeta(article), (hit.snippets ?? []).map((snippet) => snippetNode(snippet, article)));
}

export async function archivePage(root, { navigate }) {
  const values = readParams(FIELDS);
  const sourceList = h("datalist", { id: "source-list" });
  const form = h(
    "form",
    {
      class: "card filters",
      role: "search",
      onsubmit: (event) => {
        event.preventDefault();
        writeParams({ ...formValues(form), offset: "" }, navigate);
      },
    },
    h(
      "div",
      { class: "search-row" },
      h("input", { type: "search", name: "q", value: values.q, dir: "auto", placeholder: "ابحث في الأرشيف… · Search the archive…", "aria-label": "بحث · Search", id: "search-input" }),
      h("button", { type: "submit", class: "primary", id: "search-button" }, ...label("بحث", "Search")),
    ),
    h(
      "div",
      { class: "form-row" },
      field("المصدر", "Source", h("input", { name: "source", value: values.source, list: "source-list", dir: "auto" })),
      field("من", "From", h("input", { type: "date", name: "from", value: values.from })),
      field("إلى", "To", h("input", { type: "date", name: "to", value: values.to })),
      field("كيان", "Entity", h("input", { name: "entity", value: values.entity, dir: "auto", placeholder: "السعودية، SAU…", list: "entity-list" })),
      field("نوع الحدث", "Event type", typeSelect("type", values.type)),
    ),
    sourceList,
    actorSuggestions("entity-list"),
  );
  const results = h("div", { id: "search-results", "aria-live": "polite" });
  root.append(h("h1", null, ...label("الأرشيف", "Archive")), form, results);

  fetchJson(apiUrl("stats"))
    .then((stats) => {
      for (const item of stats?.sources ?? []) if (item.source) sourceList.append(h("option", { value: item.source }));
    })
    .catch(() => {});

  results.append(loading());
  const offset = Number.parseInt(values.offset, 10) || 0;
  const params = { source: values.source, from: values.from, to: values.to, entity: values.entity, type: values.type, limit: LIMIT, offset };
  try {
    const data = values.q ? await fetchJson(apiUrl("search", { q: values.q, ...params })) : await fetchJson(apiUrl("articles", params));
    const items = itemsOf(data);
    const total = totalOf(data);
    clear(results);
    results.append(
      h(
        "p",
        { class: "summary" },
        values.q ? label("نتائج البحث", "Results") : label("أحدث المقالات", "Latest articles"),
        ": ",
        h("bdi", { class: "num", text: formatNumber(total) }),
      ),
    );
    if (!items.length) {
      results.append(notice("info", ...label("لا نتائج", "No results")));
      return;
    }
    results.append(h("ol", { class: "hits", start: String(offset + 1) }, items.map(hitNode)));
    results.append(pager({ total, limit: LIMIT, offset }, (next) => writeParams({ ...values, offset: next ? String(next) : "" }, navigate)));
  } catch (error) {
    clear(results).append(errorNotice(error));
  }
}
