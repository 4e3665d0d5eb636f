import type { Doc, Entity } from "../document.ts";
import type { Candidate, Context } from "./candidates.ts";
import { corefer } from "./coref.ts";
import { domainCandidates, gazetteerCandidates, quotedMediaCandidates } from "./gazetteer.ts";
import { patternCandidates } from "./patterns.ts";
import { allReadings } from "./readings.ts";
import { articleCountry, withMinistryNames } from "./ministries.ts";
import { link, selectCandidates } from "./resolve.ts";
import { withRomanizedPersons } from "./romanize.ts";
import { taggerCandidates } from "./tagger-bridge.ts";

export { knowledgeBase, officeAt, codeAt } from "./kb.ts";

function timexMask(doc: Doc): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  if (doc.timexes.length === 0) return mask;
  let k = 0;
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    while (k < timexes.length && timexes[k]!.end <= token.start) k++;
    const timex = timexes[k];
    if (timex && timex.start < token.end && token.start < timex.end) mask[i] = 1;
  }
  return mask;
}

/** All candidate spans of all recognizers (overlapping), for inspection and for the resolver. */
export function entityCandidates(doc: Doc): { context: Context; candidates: Candidate[] } {
  const context: Context = { doc, tokens: doc.tokens, readings: allReadings(doc.tokens), inTimex: timexMask(doc) };
  const known = [...gazetteerCandidates(context), ...domainCandidates(context), ...quotedMediaCandidates(context), ...patternCandidates(context)];
  const candidates = [...known, ...taggerCandidates(context, known)];
  return { context, candidates };
}

/** Recognizes persons, organizations and locations and links them to canonical actors. */
export function recognizeEntities(doc: Doc): Entity[] {
  if (doc.tokens.length === 0) return [];
  const { context, candidates } = entityCandidates(doc);
  const chosen = selectCandidates(context, candidates);
  const linked = chosen.map((c) => ({ ...link(context, c), ...(c.entry ? { kbKey: c.entry.key } : {}) }));
  return withRomanizedPersons(corefer(context, withMinistryNames(context, linked)), articleCountry(context, linked));
}
export { resolveNominals, type NominalMention } from "./nominal.ts";
