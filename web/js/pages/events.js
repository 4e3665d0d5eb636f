// Events: filters, timeline, world map, actor network, a type breakdown, the table and exports.
import { h, label, clear, formatNumber } from "../dom.js";
import { apiUrl, fetchJson, itemsOf, totalOf } from "../api.js";
import { errorNotice, eventsTable, loading, notice, pager, section } from "../components.js";
import { actorSuggestions, field, formValues, readParams, typeSelect, writeParams } from "../filters.js";
import { EVENT_CLASSES, EVENT_TYPES, eventClass } from "../labels.js";
import { timelineChart } from "../charts/timeline.js";
import { mapChart } from "../charts/map.js";
import { networkChart } from "../charts/network.js";

const FIELDS = ["type", "actor", "country", "from", "to", "source", "article"];
// Charts are drawn from one page of events; the API caps a page, and the notice says when there are more.
const CHART_LIMIT = 1000;
const TABLE_PAGE = 50;

const EXPORTS = [
  ["csv", "CSV"],
  ["geojson", "GeoJSON"],
  ["jsonl", "JSONL"],
  ["plover", "PLOVER"],
];

function typeBreakdown(events) {
  const counts = new Map();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...counts.values());
  return h(
    "ul",
    { class: "type-bars" },
    rows.map(([type, count]) => {
      const bar = h("span", { class: `fill ev-${eventClass(type)}` });
      bar.style.width = `${(100 * count) / max}%`;
      return h(
        "li",
        null,
        h("span", { class: "name" }, EVENT_TYPES[type]?.ar ?? type, h("span", { class: "en", lang: "en", text: ` ${type}` })),
        h("span", { class: "bar" }, bar),
        h("bdi", { class: "num", text: String(count) }),
      );
    }),
  );
}

function timelineNote(chart) {
  const outside = Number(chart.dataset.outside);
  if (!outside) return null;
  return h("p", { class: "hint" }, ...label(`${outside} حدثًا بتواريخ بعيدة خارج الرسم`, `${outside} events with outlying dates are not drawn; filter by date to see them`));
}

/** Newest first; partial dates ("2015", "2015-08") sort before the full dates they contain. */
function byDateDescending(events) {
  const dateOf = (event) => event.date ?? event.effective_date ?? event.published ?? "";
  return [...events].sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0));
}

function classLegend() {
  return h(
    "ul",
    { class: "legend" },
    EVENT_CLASSES.map((c) => h("li", null, h("span", { class: `swatch ev-${c.id}` }), ...label(c.ar, c.en))),
  );
}

function articleCell(event) {
  if (event.article_id === undefined || event.article_id === null) return h("span", { class: "muted", text: "—" });
  return h("a", {
    href: `/articles/${encodeURIComponent(event.article_id)}`,
    "data-link": true,
    dir: "auto",
    class: "article-link",
    title: event.sentence?.text ?? "",
    text: event.article_title || `#${event.article_id}`,
  });
}

function paginatedTable(events) {
  const holder = h("div", { class: "events-table-holder" });
  const show = (offset) => {
    clear(holder);
    const page = events.slice(offset, offset + TABLE_PAGE);
    holder.append(eventsTable(page, { extra: [{ ar: "المقال", en: "Article", cell: articleCell }] }));
    if (events.length > TABLE_PAGE) holder.append(pager({ total: events.length, limit: TABLE_PAGE, offset }, show));
  };
  show(0);
  return holder;
}

export async function eventsPage(root, { navigate }) {
  const values = readParams(FIELDS);
  const form = h(
    "form",
    {
      class: "card filters",
      onsubmit: (event) => {
        event.preventDefault();
        writeParams(formValues(form), navigate);
      },
    },
    h(
      "div",
      { class: "form-row" },
      field("نوع الحدث", "Event type", typeSelect("type", values.type)),
      field("الفاعل", "Actor", h("input", { name: "actor", value: values.actor, dir: "auto", placeholder: "SAU، الحوثي…", list: "actor-list" })),
      field("البلد", "Country (ISO3)", h("input", { name: "country", value: values.country, dir: "ltr", maxlength: "3", placeholder: "YEM", class: "short" })),
      field("من", "From", h("input", { type: "date", name: "from", value: values.from })),
      field("إلى", "To", h("input", { type: "date", name: "to", value: values.to })),
      h(
        "div",
        { class: "buttons" },
        h("button", { type: "submit", class: "primary" }, ...label("تصفية", "Filter")),
        h("a", { class: "button", href: "/events", "data-link": true }, ...label("إلغاء التصفية", "Reset")),
      ),
    ),
    actorSuggestions("actor-list"),
    // Filters set elsewhere (an article's events, a source) stay in the form so they survive a new filter.
    values.article ? h("input", { type: "hidden", name: "article", value: values.article }) : null,
    values.source ? h("input", { type: "hidden", name: "source", value: values.source }) : null,
    values.article || values.source
      ? h(
          "p",
          { class: "hint active-filters" },
          values.article ? h("span", null, ...label("أحداث المقال", "events of article"), " ", h("a", { href: `/articles/${encodeURIComponent(values.article)}`, "data-link": true, text: `#${values.article}` })) : null,
          values.source ? h("span", null, ...label("المصدر", "source"), " ", h("bdi", { text: values.source })) : null,
        )
      : null,
  );
  const refine = (change) => writeParams({ ...values, ...change }, navigate);
  const exportBar = h(
    "div",
    { class: "exports" },
    h("span", { class: "field-label" }, ...label("تصدير", "Export")),
    EXPORTS.map(([format, name]) =>
      h("a", { class: "button", href: apiUrl("events", { ...values, format }), download: `rasd-events.${format === "plover" ? "plover.jsonl" : format}`, "data-format": format, dir: "ltr", text: name }),
    ),
  );
  const body = h("div", { id: "events-body" }, loading());
  root.append(h("h1", null, ...label("الأحداث", "Events")), form, exportBar, body);

  let data;
  try {
    data = await fetchJson(apiUrl("events", { ...values, limit: CHART_LIMIT }));
    // The API lists events oldest first; when there are more than a page, the charts show the latest ones.
    if (totalOf(data) > CHART_LIMIT) {
      const latest = await fetchJson(apiUrl("events", { ...values, limit: CHART_LIMIT, offset: totalOf(data) - CHART_LIMIT }));
      data = { ...latest, total: totalOf(data) };
    }
  } catch (error) {
    clear(body).append(errorNotice(error));
    return;
  }
  const events = itemsOf(data);
  const total = totalOf(data);
  clear(body);
  body.append(
    h("p", { class: "summary" }, ...label("عدد الأحداث", "Events"), ": ", h("bdi", { class: "num", text: formatNumber(total) })),
  );
  if (total > events.length) {
    body.append(notice("info", ...label(`تعرض الرسوم والجدول أحدث ${events.length} حدث`, `charts and table show the latest ${events.length}; narrow the filters, or export them all`)));
  }
  if (!events.length) {
    body.append(notice("info", ...label("لا أحداث تطابق التصفية", "No events match the filters")));
    return;
  }
  // Clicking a bar, a country or an actor narrows the filters to it.
  const timeline = timelineChart(events);
  timeline.addEventListener("click", (event) => {
    const bar = event.target.closest?.(".bar-hit");
    if (bar) refine({ from: bar.dataset.from, to: bar.dataset.to });
  });
  const network = h("div", { class: "chart-holder", id: "network" }, networkChart(events));
  network.addEventListener("click", (event) => {
    const key = event.target.closest?.("g.node")?.dataset.key;
    if (key) refine({ actor: key });
  });
  const mapHolder = h("div", { class: "chart-holder", id: "map" }, loading());
  const viewOption = (value, ar, en, checked) =>
    h("label", { class: "toggle" }, h("input", { type: "radio", name: "map-view", value, checked }), ...label(ar, en));
  const mapViews = h("div", { class: "toggles map-views" }, viewOption("events", "الأحداث", "events", true), viewOption("world", "العالم", "world", false));
  body.append(
    section("الخط الزمني", "Timeline", classLegend(), h("div", { class: "chart-holder", id: "timeline" }, timeline), timelineNote(timeline)),
    section("الخريطة", "Map", mapViews, h("p", { class: "hint" }, ...label("الدول حسب مكان الحدث أو بلد أطرافه؛ النقاط مواقع الأحداث", "countries by event location or actor country; dots are event locations")), mapHolder),
    h(
      "div",
      { class: "two-columns wide-first" },
      section("شبكة الفاعلين", "Actor network", network),
      section("حسب النوع", "By type", typeBreakdown(events)),
    ),
    section("جدول الأحداث", "Event table", paginatedTable(byDateDescending(events))),
  );
  const drawMap = async (view) => {
    try {
      const chart = await mapChart(events, { view });
      clear(mapHolder).append(chart);
    } catch (error) {
      clear(mapHolder).append(errorNotice(error));
    }
  };
  mapViews.addEventListener("change", (event) => drawMap(event.target.value));
  mapHolder.addEventListener("click", (event) => {
    const country = event.target.closest?.("[data-country]")?.dataset.country;
    if (country) refine({ country });
  });
  await drawMap("events");
}
