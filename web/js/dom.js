// Tiny DOM helpers. Every string goes in as a text node or an attribute value: never as markup.

const SVG_NS = "http://www.w3.org/2000/svg";

function applyAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (name === "text") element.textContent = String(value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "value" && "value" in element) element.value = String(value);
    else if (name === "checked" || name === "selected" || name === "disabled") element[name] = Boolean(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

function appendChildren(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** h("a", {href, class, text}, ...children) → HTMLElement; strings become text nodes. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/** The same for SVG elements. */
export function s(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

/** A bilingual label: Arabic first, English after it in a smaller, LTR-isolated span. */
export function label(arabic, english) {
  return [h("span", { class: "ar", text: arabic }), " ", h("span", { class: "en", lang: "en", dir: "ltr", text: english })];
}

const scripts = new Map();

/** Loads a classic script once (the vendor UMD builds of d3-geo and topojson-client). */
export function loadScript(src) {
  if (!scripts.has(src)) {
    scripts.set(
      src,
      new Promise((resolve, reject) => {
        const script = h("script", { src, onload: () => resolve(), onerror: () => reject(new Error(`cannot load ${src}`)) });
        document.head.append(script);
      }),
    );
  }
  return scripts.get(src);
}

export function formatNumber(value) {
  return new Intl.NumberFormat("ar-EG-u-nu-latn").format(value);
}
