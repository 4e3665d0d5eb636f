// Timeline: events per day (per week or month over long ranges), stacked by quad class. Plain SVG.
import { s } from "../dom.js";
import { EVENT_CLASSES, eventClass } from "../labels.js";
import { dayString, eventDay, monthStart, nextMonth, weekStart } from "./dates.js";

function niceStep(max, ticks) {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((value) => value >= raw) ?? 10 * power;
  return Math.max(1, Math.ceil(step));
}

// News mentions old and future dates ("the 1967 war", "talks in 2030"); with enough events the chart shows
// the central 96% of them and says how many fall outside, instead of squeezing everything into one bar.
const TRIM_FROM = 20;
const TRIM = 0.02;

/** Buckets: [{start (day), label, counts: {classId: n}, total}] covering the shown range, empty ones too. */
export function timelineBuckets(events) {
  const all = events.map((event) => ({ day: eventDay(event), cls: eventClass(event.type) })).filter((d) => d.day !== null);
  if (!all.length) return { unit: "day", buckets: [], outside: 0 };
  const sorted = all.map((d) => d.day).sort((a, b) => a - b);
  const trim = sorted.length >= TRIM_FROM ? Math.floor(sorted.length * TRIM) : 0;
  const first = sorted[trim];
  const last = sorted[sorted.length - 1 - trim];
  const days = all.filter((d) => d.day >= first && d.day <= last);
  const range = last - first + 1;
  const unit = range <= 92 ? "day" : range <= 900 ? "week" : "month";
  const startOf = unit === "day" ? (d) => d : unit === "week" ? weekStart : monthStart;
  const next = unit === "day" ? (d) => d + 1 : unit === "week" ? (d) => d + 7 : nextMonth;
  const buckets = [];
  const index = new Map();
  for (let day = startOf(first); day <= last; day = next(day)) {
    index.set(day, buckets.length);
    buckets.push({ start: day, end: next(day) - 1, label: unit === "month" ? dayString(day).slice(0, 7) : dayString(day), counts: {}, total: 0 });
  }
  for (const { day, cls } of days) {
    const bucket = buckets[index.get(startOf(day))];
    bucket.counts[cls] = (bucket.counts[cls] ?? 0) + 1;
    bucket.total++;
  }
  return { unit, buckets, outside: all.length - days.length };
}

const UNIT_NAMES = { day: "يوم · day", week: "أسبوع · week", month: "شهر · month" };

export function timelineChart(events, { width = 960, height = 240 } = {}) {
  const { unit, buckets, outside } = timelineBuckets(events);
  const margin = { top: 12, right: 16, bottom: 34, left: 40 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const step = niceStep(max, 4);
  const top = Math.ceil(max / step) * step;
  const y = (value) => margin.top + plotHeight - (value / top) * plotHeight;
  const band = buckets.length ? plotWidth / buckets.length : plotWidth;
  const gap = band > 6 ? Math.min(4, band * 0.2) : 0;

  const svg = s("svg", { class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `Events per ${unit}`, "data-unit": unit, "data-outside": String(outside) });
  const grid = s("g", { class: "grid" });
  for (let value = 0; value <= top; value += step) {
    grid.append(
      s("line", { x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value) }),
      s("text", { x: margin.left - 6, y: y(value) + 4, "text-anchor": "end", text: String(value) }),
    );
  }
  svg.append(grid);

  const bars = s("g", { class: "bars" });
  buckets.forEach((bucket, i) => {
    const x = margin.left + i * band + gap / 2;
    let base = 0;
    const tip = [`${bucket.label} (${UNIT_NAMES[unit]})`, `${bucket.total} حدث · events`];
    for (const cls of EVENT_CLASSES) {
      const count = bucket.counts[cls.id] ?? 0;
      if (!count) continue;
      tip.push(`${cls.ar} · ${cls.en}: ${count}`);
      bars.append(s("rect", { class: `bar ev-${cls.id}`, x, width: Math.max(1, band - gap), y: y(base + count), height: y(base) - y(base + count) }));
      base += count;
    }
    if (bucket.total) {
      bars.append(
        s("rect", {
          class: "bar-hit",
          x: margin.left + i * band,
          width: band,
          y: margin.top,
          height: plotHeight,
          "data-tip": tip.join("\n"),
          "data-from": dayString(bucket.start),
          "data-to": dayString(bucket.end),
        }),
      );
    }
  });
  svg.append(bars);

  const axis = s("g", { class: "axis" });
  axis.append(s("line", { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0) }));
  const labels = Math.min(buckets.length, Math.max(2, Math.floor(plotWidth / 110)));
  const every = Math.max(1, Math.ceil(buckets.length / labels));
  buckets.forEach((bucket, i) => {
    if (i % every) return;
    const x = margin.left + i * band + band / 2;
    axis.append(s("line", { x1: x, x2: x, y1: y(0), y2: y(0) + 4 }), s("text", { x, y: height - 12, "text-anchor": "middle", text: bucket.label }));
  });
  svg.append(axis);
  return svg;
}
