// Filter forms whose state lives in the page URL (shareable, back/forward work).
import { h, label } from "./dom.js";
import { apiUrl, fetchJson, itemsOf } from "./api.js";
import { EVENT_TYPES } from "./labels.js";

export function readParams(names) {
  const params = new URLSearchParams(location.search);
  const out = {};
  for (const name of names) out[name] = params.get(name) ?? "";
  return out;
}

export function writeParams(values, navigate) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const query = params.toString();
  navigate(`${location.pathname}${query ? `?${query}` : ""}`);
}

export function field(ar, en, control) {
  return h("label", { class: "field" }, h("span", { class: "field-label" }, ...label(ar, en)), control);
}

export function typeSelect(name, value) {
  return h(
    "select",
    { name },
    h("option", { value: "" }, "كل الأنواع · all types"),
    Object.entries(EVENT_TYPES).map(([code, entry]) => h("option", { value: code, selected: code === value }, `${entry.ar} · ${code}`)),
  );
}

export function formValues(form) {
  const out = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") out[name] = value.trim();
  return out;
}

/** A datalist of the busiest actors (by code, else canonical name) to suggest in actor/entity fields. */
export function actorSuggestions(id) {
  const list = h("datalist", { id });
  fetchJson(apiUrl("actors", { limit: 200 }))
    .then((page) => {
      for (const actor of itemsOf(page)) {
        const value = actor.code || actor.canonical || actor.name;
        if (!value) continue;
        list.append(h("option", { value, label: `${actor.name}${actor.country ? ` · ${actor.country}` : ""} · ${actor.events}` }));
      }
    })
    .catch(() => {});
  return list;
}
