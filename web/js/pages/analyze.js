// Analyze page: paste or upload an article, get it back highlighted with its events.
import { h, label, clear } from "../dom.js";
import { postJson } from "../api.js";
import { errorNotice, loading, notice } from "../components.js";
import { analysisView } from "../analysis-view.js";

const SAMPLE_DATE = "2024-03-14";
// Our own example, written for this interface (not taken from any outlet).
const SAMPLE = [
  "الرياض - أعلنت وزارة الخارجية السعودية يوم الأربعاء أن المملكة وقّعت اتفاقية تعاون اقتصادي مع مصر خلال زيارة وزير الخارجية المصري سامح شكري إلى الرياض.",
  "وقال الأمير فيصل بن فرحان إن \"البلدين يعملان على تعزيز التبادل التجاري في الأشهر المقبلة\".",
  "وفي سياق آخر، اتهمت الحكومة اليمنية جماعة الحوثي بقصف مواقع مدنية في مدينة تعز أمس، فيما نفت الجماعة ذلك.",
  "ودعت الأمم المتحدة الأطراف إلى ضبط النفس واستئناف المفاوضات في جنيف الأسبوع المقبل.",
].join("\n\n");

/**
 * Plain text of an uploaded file. HTML is parsed in an inert document (scripts never run); attributes are
 * dropped first because only the text is wanted, and so that the page's CSP has no inline handler to refuse.
 */
async function fileText(file) {
  const raw = await file.text();
  if (!/\.html?$/i.test(file.name) && !/^\s*<(?:!doctype|html)/i.test(raw)) return raw;
  const bare = raw.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>/g, "<$1>");
  const parsed = new DOMParser().parseFromString(bare, "text/html");
  for (const node of parsed.querySelectorAll("script, style, noscript, template, nav, header, footer, aside, form")) node.remove();
  for (const node of parsed.querySelectorAll("br")) node.replaceWith("\n");
  for (const node of parsed.querySelectorAll("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, article, section")) node.append("\n\n");
  return (parsed.body?.textContent ?? "")
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function analyzePage(root) {
  const textarea = h("textarea", {
    id: "article-input",
    name: "text",
    dir: "auto",
    lang: "ar",
    rows: "10",
    placeholder: "الصق نص الخبر هنا… · Paste an Arabic news article here…",
    required: true,
  });
  const date = h("input", { id: "dct-input", type: "date", name: "dct" });
  const file = h("input", { id: "file-input", type: "file", accept: ".txt,.text,.md,.html,.htm,text/plain,text/html" });
  const result = h("div", { id: "analysis-result", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "primary", id: "analyze-button", title: "Ctrl+Enter" }, ...label("حلِّل", "Analyze"));
  let download = null;
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit.click();
    }
  });

  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      textarea.value = await fileText(chosen);
    } catch (error) {
      clear(result).append(errorNotice(error));
    }
  });

  const form = h(
    "form",
    {
      class: "card analyze-form",
      onsubmit: async (event) => {
        event.preventDefault();
        const text = textarea.value;
        if (!text.trim()) {
          clear(result).append(notice("warn", ...label("أدخل نصًا أولًا", "Enter some text first")));
          return;
        }
        submit.disabled = true;
        clear(result).append(loading());
        try {
          const analysis = await postJson("/api/analyze", { text, dct: date.value || null });
          if (download) URL.revokeObjectURL(download);
          download = URL.createObjectURL(new Blob([JSON.stringify({ text, ...analysis }, null, 2)], { type: "application/json" }));
          clear(result).append(
            h("div", { class: "result-actions" }, h("a", { class: "button small", href: download, download: "rasd-analysis.json", id: "download-json" }, ...label("تنزيل JSON", "Download JSON"))),
            analysisView(text, analysis),
          );
        } catch (error) {
          clear(result).append(errorNotice(error));
        } finally {
          submit.disabled = false;
        }
      },
    },
    h("label", { for: "article-input", class: "field-label" }, ...label("نص الخبر", "Article text")),
    textarea,
    h(
      "div",
      { class: "form-row" },
      h("label", { class: "field" }, h("span", { class: "field-label" }, ...label("تاريخ النشر", "Publication date")), date),
      h("label", { class: "field" }, h("span", { class: "field-label" }, ...label("رفع ملف", "Upload a file")), file),
      h(
        "div",
        { class: "buttons" },
        submit,
        h(
          "button",
          {
            type: "button",
            id: "sample-button",
            onclick: () => {
              textarea.value = SAMPLE;
              date.value = SAMPLE_DATE;
            },
          },
          ...label("مثال", "Sample"),
        ),
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              textarea.value = "";
              date.value = "";
              clear(result);
            },
          },
          ...label("مسح", "Clear"),
        ),
      ),
    ),
  );
  root.append(h("h1", null, ...label("تحليل خبر", "Analyze an article")), form, result);
}
