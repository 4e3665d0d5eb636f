// Builds the highlighted article: the original text sliced by UTF-16 offsets into text nodes and <mark>s.
import { nestSpans, BIDI_CONTROLS, BIDI_NAMES } from "./spans.js";
import { h } from "./dom.js";
import { ENTITY_TYPES, EVENT_TYPES, MODALITIES, TIMEX_TYPES, eventClass, typeName } from "./labels.js";

function actorText(actor) {
  if (!actor) return "";
  const name = actor.canonical || actor.name || "";
  const extra = [actor.code, actor.country].filter(Boolean).join(" · ");
  return extra ? `${name} (${extra})` : name;
}

export function actorsText(actors) {
  return (actors ?? []).map(actorText).filter(Boolean).join("، ");
}

function entitySpan(entity) {
  const lines = [typeName(ENTITY_TYPES, entity.type)];
  if (entity.canonical) lines.push(`الاسم المعياري · canonical: ${entity.canonical}`);
  if (entity.country) lines.push(`البلد · country: ${entity.country}`);
  if (entity.code) lines.push(`الرمز · code: ${entity.code}`);
  if (entity.role) lines.push(`الصفة · role: ${entity.role}`);
  if (typeof entity.lat === "number" && typeof entity.lon === "number") lines.push(`${entity.lat.toFixed(3)}, ${entity.lon.toFixed(3)}`);
  return { start: entity.start, end: entity.end, rank: 1, kind: "entity", className: `hl ent ent-${entity.type}`, tip: lines, id: entity.id };
}

function timexSpan(timex) {
  const lines = [typeName(TIMEX_TYPES, timex.type), `القيمة · value: ${timex.value}`];
  if (timex.from && timex.to) lines.push(timex.from === timex.to ? timex.from : `${timex.from} → ${timex.to}`);
  if (timex.anchor) lines.push(`المرجع · anchor: ${timex.anchor}`);
  return { start: timex.start, end: timex.end, rank: 1, kind: "timex", className: "hl tx", tip: lines };
}

function eventLines(event) {
  const lines = [`${typeName(EVENT_TYPES, event.type)} · CAMEO ${event.cameo ?? "—"}`];
  const who = actorsText(event.source);
  const whom = actorsText(event.target);
  if (who) lines.push(`مَن · who: ${who}`);
  if (whom) lines.push(`لِمَن · whom: ${whom}`);
  if (event.date) lines.push(`التاريخ · date: ${event.date}`);
  if (event.location?.name) lines.push(`المكان · where: ${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`);
  if (event.negated) lines.push("منفي · negated");
  if (event.modality && event.modality !== "asserted") lines.push(typeName(MODALITIES, event.modality));
  return lines;
}

function triggerSpans(events) {
  const byOffsets = new Map();
  for (const event of events ?? []) {
    if (!event?.trigger) continue;
    const key = `${event.trigger.start}:${event.trigger.end}`;
    const entry = byOffsets.get(key);
    if (entry) {
      entry.tip.push("—", ...eventLines(event));
      entry.eventIds.push(event.id);
    } else {
      byOffsets.set(key, {
        start: event.trigger.start,
        end: event.trigger.end,
        rank: 2,
        kind: "event",
        className: `hl ev ev-${eventClass(event.type)}${event.negated ? " neg" : ""}`,
        tip: eventLines(event),
        eventIds: [event.id],
      });
    }
  }
  return [...byOffsets.values()];
}

function quoteSpan(quote) {
  const speaker = quote.speaker ? quote.speaker.canonical || quote.speaker.name : null;
  const lines = ["اقتباس · quote"];
  if (speaker) lines.push(`المتحدث · speaker: ${speaker}`);
  return { start: quote.start, end: quote.end, rank: 0, kind: "quote", className: "hl qt", tip: lines };
}

/** All highlightable spans of an analysis; `layers` picks which layers are shown. */
export function analysisSpans(analysis, layers = { entity: true, timex: true, event: true, quote: true }) {
  const spans = [];
  if (layers.quote) spans.push(...(analysis.quotes ?? []).map(quoteSpan));
  if (layers.entity) spans.push(...(analysis.entities ?? []).map(entitySpan));
  if (layers.timex) spans.push(...(analysis.timexes ?? []).map(timexSpan));
  if (layers.event) spans.push(...triggerSpans(analysis.events));
  return spans;
}

/** Appends text, showing bidi embedding/override/isolate controls as visible badges instead of obeying them. */
export function appendText(parent, text) {
  let cursor = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > cursor) parent.append(document.createTextNode(text.slice(cursor, match.index)));
    const code = match[0].codePointAt(0).toString(16).toUpperCase();
    parent.append(h("span", { class: "bidi-ctl", title: `U+${code}`, dir: "ltr", text: BIDI_NAMES[match[0]] ?? `U+${code}` }));
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parent.append(document.createTextNode(text.slice(cursor)));
}

function renderNode(parent, text, node) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) appendText(parent, text.slice(cursor, child.start));
    const span = child.span;
    const mark = h("mark", {
      class: [span.className, child.part && "part"],
      "data-kind": span.kind,
      "data-tip": span.tip.join("\n"),
      "data-start": String(span.start),
      "data-end": String(span.end),
      "data-events": span.eventIds ? span.eventIds.join(" ") : null,
    });
    renderNode(mark, text, child);
    parent.append(mark);
    cursor = child.end;
  }
  if (node.end > cursor) appendText(parent, text.slice(cursor, node.end));
}

/** A fragment with the whole text, spans as nested <mark> elements. */
export function renderHighlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  renderNode(fragment, text, nestSpans(text.length, spans));
  return fragment;
}

/** Renders plain text with marks around [start, end) ranges (search snippets). */
export function renderRanges(text, ranges, className = "match") {
  return renderHighlighted(
    text,
    ranges.map((r) => ({ start: r.start, end: r.end, rank: 0, kind: "match", className, tip: [] })),
  );
}
