import type { Doc, Layers, Token } from "../document.ts";
import { normalizeKey } from "./normalize.ts";
import { scanTokens } from "./tokens.ts";
import { splitSentences } from "./sentences.ts";
import { wordInfoAt, segmentsAt } from "./clitics.ts";

/** The text layer: sentences, tokens, their keys, light stems and clitic segments. */
export function analyzeText(doc: Doc): Pick<Layers, "sentences" | "tokens"> {
  const text = doc.text;
  const raw = scanTokens(text);
  const { sentences, tokenSentence } = splitSentences(text, raw);
  const tokens: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const { start, end, kind } = raw[i]!;
    if (kind === "word") {
      const info = wordInfoAt(text, start, end);
      tokens[i] = {
        start,
        end,
        text: info.surface,
        kind,
        key: info.key,
        sentence: tokenSentence[i]!,
        segments: segmentsAt(start, info),
        stemKey: info.stemKey,
        light: info.light,
      };
    } else {
      const surface = text.slice(start, end);
      const key = normalizeKey(surface);
      tokens[i] = {
        start,
        end,
        text: surface,
        kind,
        key,
        sentence: tokenSentence[i]!,
        segments: [{ start, end, text: surface, role: "stem" }],
        stemKey: key,
        light: key,
      };
    }
  }
  return { sentences, tokens };
}
