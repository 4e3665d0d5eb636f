// Actor network: who acted on whom. Actors on a circle (the busiest ones), curved arrows source → target.
import { s } from "../dom.js";
import { mostFrequent } from "../components.js";

function actorKey(actor) {
  return actor.code || actor.canonical || actor.name || null;
}

/** Nodes (actors with event counts) and links (source → target with counts) from events. */
export function actorGraph(events) {
  const nodes = new Map();
  const links = new Map();
  const touch = (actor) => {
    const key = actorKey(actor);
    if (!key) return null;
    const node = nodes.get(key) ?? { key, names: new Map(), canonical: actor.canonical ?? null, code: actor.code ?? null, country: actor.country ?? null, weight: 0 };
    const name = actor.name || actor.canonical || key;
    node.names.set(name, (node.names.get(name) ?? 0) + 1);
    nodes.set(key, node);
    return node;
  };
  for (const event of events) {
    for (const sourceActor of event.source ?? []) {
      for (const targetActor of event.target ?? []) {
        const from = touch(sourceActor);
        const to = touch(targetActor);
        if (!from || !to || from === to) continue;
        const key = `${from.key}\u0000${to.key}`;
        const link = links.get(key) ?? { source: from.key, target: to.key, count: 0, types: new Map() };
        link.count++;
        link.types.set(event.type, (link.types.get(event.type) ?? 0) + 1);
        links.set(key, link);
        from.weight++;
        to.weight++;
      }
    }
  }
  // A node is labelled with the form the articles use most (Arabic), not the canonical key.
  const named = [...nodes.values()].filter((n) => n.weight > 0).map((n) => ({ ...n, name: mostFrequent(n.names) }));
  return { nodes: named, links: [...links.values()] };
}

export function networkChart(events, { size = 560, maxNodes = 24 } = {}) {
  const graph = actorGraph(events);
  const busiest = graph.nodes.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name)).slice(0, maxNodes);
  // Around the circle, actors of one country sit together (busiest country first) so links cross less.
  const countryWeight = new Map();
  for (const node of busiest) countryWeight.set(node.country ?? "", (countryWeight.get(node.country ?? "") ?? 0) + node.weight);
  const nodes = [...busiest].sort(
    (a, b) =>
      countryWeight.get(b.country ?? "") - countryWeight.get(a.country ?? "") ||
      (a.country ?? "").localeCompare(b.country ?? "") ||
      b.weight - a.weight,
  );
  const kept = new Set(nodes.map((n) => n.key));
  const links = graph.links.filter((l) => kept.has(l.source) && kept.has(l.target));
  const width = size + 300;
  const center = { x: width / 2, y: size / 2 };
  // An ellipse wider than tall leaves room for the labels of neighbours at the top and bottom.
  const radius = { x: width / 2 - 160, y: size / 2 - 44 };
  const position = new Map();
  nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, nodes.length);
    position.set(node.key, { x: center.x + radius.x * Math.cos(angle), y: center.y + radius.y * Math.sin(angle), angle });
  });
  const nameOf = (key) => nodes.find((n) => n.key === key)?.name ?? key;
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const maxCount = Math.max(1, ...links.map((l) => l.count));

  const svg = s("svg", { class: "chart network", viewBox: `0 0 ${width} ${size}`, role: "img", "aria-label": "Actor network" });
  svg.append(
    s("defs", null, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5", markerUnits: "userSpaceOnUse", markerWidth: "11", markerHeight: "11", orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", class: "arrow-head" }))),
  );
  const edgeLayer = s("g", { class: "links" });
  const nodeLayer = s("g", { class: "nodes" });
  const radiusOf = (node) => 5 + 11 * Math.sqrt(node.weight / maxWeight);
  for (const link of links) {
    const from = position.get(link.source);
    const to = position.get(link.target);
    const targetNode = nodes.find((n) => n.key === link.target);
    // Curve through a point pulled toward the centre; stop the arrow at the target circle's edge.
    const control = { x: (from.x + to.x) / 2 * 0.55 + center.x * 0.45, y: (from.y + to.y) / 2 * 0.55 + center.y * 0.45 };
    const dx = to.x - control.x;
    const dy = to.y - control.y;
    const length = Math.hypot(dx, dy) || 1;
    const stop = radiusOf(targetNode) + 2;
    const end = { x: to.x - (dx / length) * stop, y: to.y - (dy / length) * stop };
    const types = [...link.types.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ×${n}`).join("، ");
    edgeLayer.append(
      s("path", {
        class: "link",
        d: `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${control.x.toFixed(1)},${control.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`,
        "stroke-width": (1 + 3 * (link.count / maxCount)).toFixed(2),
        "marker-end": "url(#arrow)",
        "data-source": link.source,
        "data-target": link.target,
        "data-tip": `من · from: ${nameOf(link.source)}\nإلى · to: ${nameOf(link.target)}\n${link.count} حدث · events\n${types}`,
      }),
    );
  }
  for (const node of nodes) {
    const p = position.get(node.key);
    const cos = Math.cos(p.angle);
    const sin = Math.sin(p.angle);
    const offset = radiusOf(node) + 6;
    // Labels beside the node on the flanks, centred above or below it near the top and bottom.
    const side = Math.abs(cos) >= 0.3;
    const labelX = side ? p.x + Math.sign(cos) * offset : p.x;
    const labelY = side ? p.y + sin * offset * 0.5 + 4 : sin > 0 ? p.y + offset + 10 : p.y - offset;
    const group = s("g", { class: "node", "data-key": node.key, "data-tip": [node.name, node.canonical && node.canonical !== node.name ? node.canonical : null, [node.code, node.country].filter(Boolean).join(" · ") || null, `${node.weight} حدث · events`].filter(Boolean).join("\n") });
    group.append(
      s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: radiusOf(node).toFixed(1) }),
      s("text", {
        x: labelX.toFixed(1),
        y: labelY.toFixed(1),
        "text-anchor": side ? (cos > 0 ? "start" : "end") : "middle",
        text: node.name.length > 24 ? `${node.name.slice(0, 23)}…` : node.name,
      }),
    );
    group.addEventListener("mouseenter", () => {
      svg.classList.add("focused");
      for (const edge of edgeLayer.children) edge.classList.toggle("on", edge.dataset.source === node.key || edge.dataset.target === node.key);
    });
    group.addEventListener("mouseleave", () => svg.classList.remove("focused"));
    nodeLayer.append(group);
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}
