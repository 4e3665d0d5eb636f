// Pieces shared by several pages: tables, legends, notices, pagers.
import { h, label } from "./dom.js";
import { DATE_BASIS, ENTITY_TYPES, EVENT_TYPES, MODALITIES, TIMEX_TYPES, eventClass } from "./labels.js";

export function notice(kind, ...content) {
  return h("div", { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, ...content);
}

export function loading() {
  return notice("info", ...label("جارٍ التحميل…", "Loading…"));
}

export function errorNotice(error) {
  return notice("error", h("strong", null, ...label("خطأ", "Error")), " ", h("span", { dir: "auto", text: error.message ?? String(error) }));
}

export function section(arabic, english, ...children) {
  return h("section", { class: "card" }, h("h2", null, ...label(arabic, english)), ...children);
}

/** Hover text of an actor: the canonical name (often English), country and code. */
export function actorTip(actor) {
  const lines = [];
  if (actor.canonical && actor.canonical !== actor.name) lines.push(`الاسم المعياري · canonical: ${actor.canonical}`);
  if (actor.country) lines.push(`البلد · country: ${actor.country}`);
  if (actor.code) lines.push(`الرمز · code: ${actor.code}`);
  return lines.join("\n") || null;
}

/** The most frequent value of a Map of counts. */
export function mostFrequent(counts) {
  let best = null;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

export function actorCell(actors) {
  const list = (actors ?? []).filter(Boolean);
  if (!list.length) return h("span", { class: "muted", text: "—" });
  return h(
    "span",
    { class: "actors" },
    list.map((actor, index) => [
      index ? "، " : "",
      h(
        "span",
        { class: "actor", dir: "auto", "data-tip": actorTip(actor) },
        actor.name || actor.canonical,
        actor.code || actor.country ? h("bdi", { class: "code", text: actor.code || actor.country }) : null,
      ),
    ]),
  );
}

export function typeBadge(type) {
  const entry = EVENT_TYPES[type];
  return h(
    "span",
    { class: `badge ev-${eventClass(type)}`, title: type },
    entry ? entry.ar : type,
    entry ? h("span", { class: "en", lang: "en", text: ` ${type}` }) : null,
  );
}

/** The words as the article wrote them when the span is known (names may be canonical, often English). */
function surface(text, item) {
  if (text && Number.isInteger(item?.start) && Number.isInteger(item?.end) && item.start < item.end && item.end <= text.length) {
    return text.slice(item.start, item.end);
  }
  return null;
}

function namedCell(text, item, code) {
  if (!item?.name) return h("span", { class: "muted", text: "—" });
  const written = surface(text, item);
  const shown = written ?? item.name;
  return h(
    "span",
    { dir: "auto", "data-tip": written && written !== item.name ? `الاسم المعياري · canonical: ${item.name}` : null },
    shown,
    code ? h("bdi", { class: "code", text: code }) : null,
  );
}

function dateCell(event) {
  const date = event.date ?? event.effective_date ?? null;
  if (!date) return h("span", { class: "muted", text: "—" });
  const basis = DATE_BASIS[event.date_basis];
  return h("span", null, h("bdi", { class: "nowrap", text: date }), basis ? h("span", { class: "basis", text: basis.ar }) : null);
}

const EVENT_COLUMNS = [
  ["النوع", "Type"],
  ["مَن", "Who"],
  ["فعل ماذا", "Did what"],
  ["لِمَن", "To whom"],
  ["متى", "When"],
  ["أين", "Where"],
  ["وفق مَن", "According to"],
  ["منفي", "Negated"],
];

/**
 * The events table. `text` (the article) lets a row quote its trigger; `extra` adds columns:
 * [{ar, en, cell(event)}].
 */
export function eventsTable(events, { text = null, extra = [], onRowEnter, onRowLeave } = {}) {
  const head = h(
    "tr",
    null,
    EVENT_COLUMNS.map(([ar, en]) => h("th", { scope: "col" }, ...label(ar, en))),
    extra.map((column) => h("th", { scope: "col" }, ...label(column.ar, column.en))),
  );
  const rows = events.map((event) => {
    const modality = event.modality && event.modality !== "asserted" ? MODALITIES[event.modality] : null;
    return h(
      "tr",
      {
        class: event.negated ? "negated" : null,
        "data-event": event.id ?? null,
        onmouseenter: onRowEnter ? () => onRowEnter(event) : null,
        onmouseleave: onRowLeave ? () => onRowLeave(event) : null,
      },
      h("td", null, typeBadge(event.type), event.cameo ? h("bdi", { class: "code", text: event.cameo }) : null),
      h("td", null, actorCell(event.source)),
      h(
        "td",
        null,
        h("span", { class: "trigger", dir: "auto", text: event.trigger?.text ?? "" }),
        modality ? h("span", { class: "basis", text: modality.ar }) : null,
      ),
      h("td", null, actorCell(event.target)),
      h("td", null, dateCell(event)),
      h("td", null, namedCell(text, event.location, event.location?.country)),
      h("td", null, namedCell(text, event.attribution, null)),
      h("td", { class: event.negated ? "neg-yes" : "muted", text: event.negated ? "منفي · negated" : "لا" }),
      extra.map((column) => h("td", null, column.cell(event))),
    );
  });
  return h("div", { class: "table-wrap" }, h("table", { class: "events-table" }, h("thead", null, head), h("tbody", null, rows)));
}

export function quotesList(quotes, text) {
  if (!quotes?.length) return notice("info", ...label("لا اقتباسات", "No quotes"));
  return h(
    "ul",
    { class: "quotes" },
    quotes.map((quote) =>
      h(
        "li",
        null,
        h("blockquote", { dir: "auto", text: text ? text.slice(quote.start, quote.end) : quote.text }),
        h(
          "div",
          { class: "speaker" },
          "— ",
          quote.speaker
            ? h("span", { dir: "auto", "data-tip": quote.speaker.canonical ? `الاسم المعياري · canonical: ${quote.speaker.canonical}` : null, text: surface(text, quote.speaker) ?? quote.speaker.name ?? quote.speaker.canonical })
            : h("span", { class: "muted" }, ...label("متحدث غير معروف", "unknown speaker")),
        ),
      ),
    ),
  );
}

export function entitiesTable(entities) {
  const groups = new Map();
  for (const entity of entities ?? []) {
    const key = `${entity.type}|${entity.canonical || entity.text}`;
    const group = groups.get(key) ?? { entity, mentions: 0, forms: new Map() };
    group.mentions++;
    group.forms.set(entity.text, (group.forms.get(entity.text) ?? 0) + 1);
    groups.set(key, group);
  }
  const rows = [...groups.values()].sort((a, b) => b.mentions - a.mentions);
  if (!rows.length) return notice("info", ...label("لا كيانات", "No entities"));
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "entities-table" },
      h(
        "thead",
        null,
        h("tr", null, [["النوع", "Type"], ["الاسم", "Name"], ["البلد", "Country"], ["الرمز", "Code"], ["الذكر", "Mentions"]].map(([ar, en]) => h("th", { scope: "col" }, ...label(ar, en)))),
      ),
      h(
        "tbody",
        null,
        rows.map(({ entity, mentions, forms }) =>
          h(
            "tr",
            null,
            h("td", null, h("span", { class: `swatch ent-${entity.type}` }), ENTITY_TYPES[entity.type]?.ar ?? entity.type),
            h(
              "td",
              { "data-tip": forms.size > 1 ? [...forms.keys()].join("\n") : null },
              h("span", { dir: "auto", text: mostFrequent(forms) }),
              entity.canonical && !forms.has(entity.canonical) ? h("span", { class: "canonical", dir: "auto", text: entity.canonical }) : null,
            ),
            h("td", null, h("bdi", { text: entity.country ?? "—" })),
            h("td", null, entity.code ? h("bdi", { class: "code", text: entity.code }) : h("span", { class: "muted", text: "—" })),
            h("td", { class: "num", text: String(mentions) }),
          ),
        ),
      ),
    ),
  );
}

export function timexList(timexes) {
  if (!timexes?.length) return notice("info", ...label("لا تعابير زمنية", "No time expressions"));
  return h(
    "ul",
    { class: "chips" },
    timexes.map((timex) =>
      h("li", { class: "chip tx-chip", title: TIMEX_TYPES[timex.type]?.en ?? timex.type }, h("span", { dir: "auto", text: timex.text }), h("bdi", { class: "code", text: timex.value })),
    ),
  );
}

export function legend() {
  const item = (className, ar, en) => h("li", null, h("span", { class: `swatch ${className}` }), ...label(ar, en));
  return h(
    "ul",
    { class: "legend", "aria-label": "Legend" },
    item("ent-PER", "شخص", "Person"),
    item("ent-ORG", "منظمة", "Organization"),
    item("ent-LOC", "مكان", "Location"),
    item("tx", "زمن", "Time"),
    item("ev", "حدث", "Event trigger"),
    item("qt", "اقتباس", "Quote"),
  );
}

/** Previous / next buttons over an offset-paged list. */
export function pager({ total, limit, offset }, go) {
  const from = total ? offset + 1 : 0;
  const to = Math.min(offset + limit, total);
  return h(
    "div",
    { class: "pager" },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, ...label("السابق", "Previous")),
    h("span", { class: "range" }, h("bdi", { text: `${from}–${to}` }), " / ", h("bdi", { text: String(total) })),
    h("button", { type: "button", disabled: offset + limit >= total, onclick: () => go(offset + limit) }, ...label("التالي", "Next")),
  );
}
