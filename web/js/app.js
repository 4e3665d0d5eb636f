// The single-page app: a small router over the History API; each page renders into <main>.
import { clear, h, label } from "./dom.js";
import { installTooltips } from "./tooltip.js";
import { homePage } from "./pages/home.js";
import { analyzePage } from "./pages/analyze.js";
import { archivePage } from "./pages/archive.js";
import { eventsPage } from "./pages/events.js";
import { articlePage } from "./pages/article.js";

const ROUTES = [
  { pattern: /^\/$/, page: homePage, title: "رصد · rasd" },
  { pattern: /^\/analyze\/?$/, page: analyzePage, title: "تحليل · Analyze · رصد", nav: "analyze" },
  { pattern: /^\/archive\/?$/, page: archivePage, title: "الأرشيف · Archive · رصد", nav: "archive" },
  { pattern: /^\/events\/?$/, page: eventsPage, title: "الأحداث · Events · رصد", nav: "events" },
  { pattern: /^\/articles\/([^/]+)\/?$/, page: articlePage, title: "مقال · Article · رصد", nav: "archive", param: "id" },
];

const main = document.getElementById("main");
let rendering = 0;

async function render() {
  const current = ++rendering;
  delete document.body.dataset.ready;
  const path = location.pathname;
  const route = ROUTES.find((r) => r.pattern.test(path));
  clear(main);
  for (const link of document.querySelectorAll("nav a[data-nav]")) {
    link.toggleAttribute("aria-current", Boolean(route?.nav && link.dataset.nav === route.nav));
  }
  if (!route) {
    const page = h("div", { class: "page" }, h("h1", null, ...label("الصفحة غير موجودة", "Page not found")), h("p", null, h("a", { href: "/", "data-link": true }, ...label("الرئيسية", "Home"))));
    main.append(page);
    document.body.dataset.ready = path;
    return;
  }
  document.title = route.title;
  const params = {};
  if (route.param) params[route.param] = decodeURIComponent(route.pattern.exec(path)[1]);
  const root = document.createElement("div");
  root.className = "page";
  main.append(root);
  await route.page(root, { params, navigate });
  if (current === rendering) document.body.dataset.ready = path;
}

export function navigate(url) {
  history.pushState(null, "", url);
  window.scrollTo(0, 0);
  render();
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[data-link], nav a[data-nav], a.brand") : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener("popstate", render);
installTooltips();
render();
