// Article view: a stored article with its analysis.
import { h, label, clear } from "../dom.js";
import { apiUrl, fetchJson } from "../api.js";
import { errorNotice, loading } from "../components.js";
import { analysisView } from "../analysis-view.js";

export async function articlePage(root, { params }) {
  const holder = h("div", null, loading());
  root.append(holder);
  let article;
  try {
    article = await fetchJson(apiUrl(`articles/${encodeURIComponent(params.id)}`));
  } catch (error) {
    clear(holder).append(h("h1", null, ...label("مقال", "Article")), errorNotice(error));
    return;
  }
  // Either the article itself carries the layers, or they sit under `analysis`.
  const analysis = article.analysis ?? article;
  const text = typeof article.text === "string" ? article.text : "";
  document.title = `${article.title || `#${article.id}`} · رصد`;
  clear(holder).append(
    h("h1", { dir: "auto", class: "article-title", text: article.title || `#${article.id}` }),
    h(
      "div",
      { class: "meta" },
      article.source ? h("span", { class: "source", dir: "auto", text: article.source }) : null,
      article.published ? h("span", null, ...label("نُشر", "published"), " ", h("bdi", { class: "date", text: article.published })) : null,
      article.url ? h("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr", class: "external", text: article.url }) : null,
      (analysis.events?.length ?? 0) > 0
        ? h("a", { href: `/events?article=${encodeURIComponent(params.id)}`, class: "button small", "data-link": true }, ...label("أحداثه على الخريطة", "its events"))
        : null,
      h("a", { href: apiUrl(`articles/${encodeURIComponent(params.id)}`), class: "button small", dir: "ltr", download: `rasd-article-${params.id}.json`, text: "JSON" }),
    ),
    analysisView(text, analysis),
  );
}
