// World map drawn offline: d3-geo projection of the world-atlas 110m countries, shaded by event count,
// with a dot per event location (sized by the number of events there).
import { s, loadScript } from "../dom.js";
import { fetchJson } from "../api.js";

let geography = null;

/** Loads the vendor scripts and data once: d3-geo (UMD, needs d3-array), topojson-client, the atlas, ISO codes. */
function loadGeography() {
  geography ??= (async () => {
    await loadScript("/vendor/d3-array.min.js");
    await loadScript("/vendor/d3-geo.min.js");
    await loadScript("/vendor/topojson-client.min.js");
    const [world, codes, names] = await Promise.all([
      fetchJson("/vendor/countries-110m.json"),
      fetchJson("/vendor/iso-country-codes.json").catch(() => []),
      fetchJson("/vendor/country-names-ar.json").catch(() => null),
    ]);
    const byNumeric = new Map();
    const byAlpha3 = new Map();
    for (const [alpha2, alpha3, numeric] of codes ?? []) {
      const arabic = names?.countries?.[alpha2];
      const entry = { alpha2, alpha3, numeric, arabic: Array.isArray(arabic) ? arabic[0] : arabic ?? null };
      byNumeric.set(numeric, entry);
      byAlpha3.set(alpha3, entry);
    }
    const features = globalThis.topojson.feature(world, world.objects.countries).features;
    return { features, byNumeric, byAlpha3 };
  })();
  return geography;
}

/** Events per country: the location's country, else each distinct actor country. */
export function countryCounts(events) {
  const counts = new Map();
  for (const event of events) {
    const countries = new Set();
    if (event.location?.country) countries.add(event.location.country);
    else for (const actor of [...(event.source ?? []), ...(event.target ?? [])]) if (actor?.country) countries.add(actor.country);
    for (const country of countries) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** Events grouped by rounded coordinates. */
export function placeCounts(events) {
  const places = new Map();
  for (const event of events) {
    const { lat, lon, name, country } = event.location ?? {};
    if (typeof lat !== "number" || typeof lon !== "number" || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${lat.toFixed(2)},${lon.toFixed(2)}`;
    const place = places.get(key) ?? { lat, lon, country: country ?? null, names: new Set(), count: 0 };
    place.count++;
    if (name) place.names.add(name);
    places.set(key, place);
  }
  return [...places.values()].sort((a, b) => b.count - a.count);
}

const SHADES = 5;

function shadeOf(count, max) {
  if (!count) return 0;
  if (max <= 1) return SHADES;
  return Math.max(1, Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * SHADES));
}

/** What the "events" view frames: event locations and the countries they happened in. */
function dataExtent(events, features, byNumeric) {
  const located = new Set(events.map((e) => e.location?.country).filter(Boolean));
  const shapes = features.filter((f) => located.has(byNumeric.get(String(f.id))?.alpha3));
  const points = placeCounts(events).map((p) => [p.lon, p.lat]);
  if (!shapes.length && !points.length) return null;
  return { type: "FeatureCollection", features: [...shapes, ...(points.length ? [{ type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: points } }] : [])] };
}

/** view "events" frames the events (never closer than MAX_ZOOM × the world view); "world" shows the globe. */
const MAX_ZOOM = 5;

export async function mapChart(events, { width = 960, height = 480, view = "events" } = {}) {
  const { features, byNumeric, byAlpha3 } = await loadGeography();
  const d3 = globalThis.d3;
  const extent = [[8, 8], [width - 8, height - 8]];
  const projection = d3.geoEqualEarth().fitExtent(extent, { type: "Sphere" });
  const worldScale = projection.scale();
  let framed = view === "events" ? dataExtent(events, features, byNumeric) : null;
  if (framed) {
    projection.fitExtent([[width * 0.12, height * 0.12], [width * 0.88, height * 0.88]], framed);
    // Events all over the globe: the world view frames them better than a slightly enlarged one.
    if (projection.scale() < worldScale * 1.6) {
      projection.fitExtent(extent, { type: "Sphere" });
      framed = null;
    } else if (projection.scale() > worldScale * MAX_ZOOM) {
      const [x, y] = projection.invert([width / 2, height / 2]);
      projection.scale(worldScale * MAX_ZOOM).translate([width / 2, height / 2]);
      const [cx, cy] = projection([x, y]);
      const [tx, ty] = projection.translate();
      projection.translate([tx + width / 2 - cx, ty + height / 2 - cy]);
    }
  }
  const path = d3.geoPath(projection);
  const counts = countryCounts(events);
  const max = Math.max(0, ...counts.values());

  const svg = s("svg", { class: "chart map", "data-view": framed ? "events" : "world", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "World map of events" });
  svg.append(s("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  svg.append(s("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
  const countries = s("g", { class: "countries" });
  for (const feature of features) {
    const info = byNumeric.get(String(feature.id));
    const count = info ? counts.get(info.alpha3) ?? 0 : 0;
    const name = info?.arabic ?? feature.properties?.name ?? "";
    const d = path(feature);
    if (!d) continue;
    countries.append(
      s("path", {
        class: `country shade-${shadeOf(count, max)}`,
        d,
        "data-country": info?.alpha3 ?? null,
        "data-tip": `${name}${feature.properties?.name && name !== feature.properties.name ? ` · ${feature.properties.name}` : ""}\n${count} حدث · events`,
      }),
    );
  }
  svg.append(countries);

  const dots = s("g", { class: "dots" });
  const places = placeCounts(events);
  const biggest = Math.max(1, ...places.map((p) => p.count));
  for (const place of [...places].reverse()) {
    const point = projection([place.lon, place.lat]);
    if (!point || !Number.isFinite(point[0])) continue;
    dots.append(
      s("circle", {
        class: "dot",
        "data-country": place.country,
        cx: point[0].toFixed(1),
        cy: point[1].toFixed(1),
        r: (3 + 9 * Math.sqrt(place.count / biggest)).toFixed(1),
        "data-tip": `${[...place.names].slice(0, 3).join("، ") || `${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}`}\n${place.count} حدث · events`,
      }),
    );
  }
  svg.append(dots);

  const legend = s("g", { class: "map-legend", transform: `translate(16 ${height - 28})` });
  for (let shade = 1; shade <= SHADES; shade++) legend.append(s("rect", { class: `country shade-${shade}`, x: (shade - 1) * 22, y: 0, width: 22, height: 10 }));
  legend.append(s("text", { x: 0, y: 24, "text-anchor": "start", text: "1" }), s("text", { x: SHADES * 22, y: 24, "text-anchor": "end", text: String(Math.max(1, max)) }));
  svg.append(legend);
  svg.dataset.countries = String([...counts.keys()].filter((c) => byAlpha3.has(c)).length);
  return svg;
}
