import type { Doc, Layers, Token } from "../document.ts";
import { normalizeKey } from "./normalize.ts";
import { scanTokens, makeToken } from "./tokens.ts";
import { splitSentences } from "./sentences.ts";
import { segmentWord } from "./clitics.ts";

/** The text layer: sentences, tokens and their clitic segments. */
export function analyzeText(doc: Doc): Pick<Layers, "sentences" | "tokens"> {
  const raw = scanTokens(doc.text);
  const { sentences, tokenSentence } = splitSentences(doc.text, raw);
  const tokens: Token[] = raw.map((r, i) => {
    const token = makeToken(doc.text, r, tokenSentence[i]!);
    if (r.kind !== "word") return token;
    const segments = segmentWord(doc.text, r.start, r.end);
    const stem = segments.find((s) => s.role === "stem");
    return { ...token, segments, stemKey: stem ? normalizeKey(stem.text) : token.key };
  });
  return { sentences, tokens };
}
