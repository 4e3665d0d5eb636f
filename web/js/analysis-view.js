// One analysed text: highlighted article, layer switches, events table, quotes, entities and time expressions.
import { h, label, clear } from "./dom.js";
import { analysisSpans, renderHighlighted } from "./highlight.js";
import { entitiesTable, eventsTable, legend, notice, quotesList, section, timexList } from "./components.js";

function counts(analysis) {
  const item = (value, ar, en) => h("li", null, h("strong", { class: "num", text: String(value) }), " ", ...label(ar, en));
  return h(
    "ul",
    { class: "counts" },
    item(analysis.sentences?.length ?? 0, "جمل", "sentences"),
    item(analysis.entities?.length ?? 0, "كيانات", "entities"),
    item(analysis.timexes?.length ?? 0, "تعابير زمنية", "timexes"),
    item(analysis.events?.length ?? 0, "أحداث", "events"),
    item(analysis.quotes?.length ?? 0, "اقتباسات", "quotes"),
  );
}

export function analysisView(text, analysis) {
  const layers = { entity: true, timex: true, event: true, quote: true };
  const article = h("div", { class: "article-text", dir: "rtl", lang: "ar", "data-testid": "highlighted" });
  const draw = () => {
    clear(article);
    article.append(renderHighlighted(text, analysisSpans(analysis, layers)));
  };
  draw();

  const toggle = (key, ar, en) =>
    h(
      "label",
      { class: "toggle" },
      h("input", {
        type: "checkbox",
        checked: true,
        onchange: (event) => {
          layers[key] = event.target.checked;
          draw();
        },
      }),
      ...label(ar, en),
    );

  const markEvent = (event, on) => {
    for (const mark of article.querySelectorAll("mark[data-events]")) {
      if (mark.dataset.events.split(" ").includes(String(event.id))) mark.classList.toggle("active", on);
    }
  };

  const events = analysis.events ?? [];
  const messages = analysis.messages ?? [];
  return h(
    "div",
    { class: "analysis" },
    counts(analysis),
    messages.length
      ? notice("warn", h("ul", null, messages.map((m) => h("li", { dir: "auto", text: `${m.stage}: ${m.message}` }))))
      : null,
    section(
      "النص",
      "Text",
      h("div", { class: "layer-bar" }, legend(), h("div", { class: "toggles" }, toggle("entity", "كيانات", "entities"), toggle("timex", "زمن", "time"), toggle("event", "أحداث", "events"), toggle("quote", "اقتباسات", "quotes"))),
      article,
    ),
    section(
      "الأحداث",
      "Events",
      events.length
        ? eventsTable(events, { text, onRowEnter: (e) => markEvent(e, true), onRowLeave: (e) => markEvent(e, false) })
        : notice("info", ...label("لم يُستخرج أي حدث", "No events extracted")),
    ),
    h("div", { class: "two-columns" }, section("الاقتباسات", "Quotes", quotesList(analysis.quotes, text)), section("التعابير الزمنية", "Time expressions", timexList(analysis.timexes))),
    section("الكيانات", "Entities", entitiesTable(analysis.entities)),
  );
}
