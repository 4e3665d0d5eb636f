// One floating tooltip for every element with a data-tip attribute (lines separated by newlines).
import { h, clear } from "./dom.js";

let tip = null;

/** The line box of a wrapped inline element nearest the pointer (or its first one). */
function anchorBox(target, pointer) {
  const boxes = [...target.getClientRects()];
  if (!boxes.length) return target.getBoundingClientRect();
  if (!pointer) return boxes[0];
  return boxes.find((b) => pointer.y >= b.top && pointer.y <= b.bottom) ?? boxes[0];
}

function show(target, pointer) {
  const text = target.getAttribute("data-tip");
  if (!text) return;
  if (!tip) {
    tip = h("div", { class: "tooltip", role: "tooltip" });
    document.body.append(tip);
  }
  clear(tip);
  for (const line of text.split("\n")) tip.append(h("div", { dir: "auto", text: line }));
  tip.hidden = false;
  const box = anchorBox(target, pointer);
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
  const below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(below ? box.bottom + 6 : box.top - tip.offsetHeight - 6) + window.scrollY}px`;
}

function hide() {
  if (tip) tip.hidden = true;
}

function tipTarget(event) {
  return event.target instanceof Element ? event.target.closest("[data-tip]") : null;
}

export function installTooltips() {
  document.addEventListener("mouseover", (event) => {
    const target = tipTarget(event);
    if (target) show(target, { x: event.clientX, y: event.clientY });
    else hide();
  });
  document.addEventListener("focusin", (event) => {
    const target = tipTarget(event);
    if (target) show(target);
  });
  document.addEventListener("focusout", hide);
}
