import type { Doc, Entity } from "../document.ts";
import type { Candidate, Context } from "./candidates.ts";
import { corefer } from "./coref.ts";
import { gazetteerCandidates } from "./gazetteer.ts";
import { patternCandidates } from "./patterns.ts";
import { allReadings } from "./readings.ts";
import { articleCountry, withMinistryNames } from "./ministries.ts";
import { link, selectCandidates } from "./resolve.ts";
import { withRomanizedPersons } from "./romanize.ts";
import { taggerCandidates } from "./tagger-bridge.ts";
import { wordLabels } from "./hints.ts";

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

type Linked = ReturnType<typeof link> & { kbKey?: string };

/**
 * The resolver's choice among candidates, linked, with coreference; persons are not yet romanized.
 * `links` keeps each candidate's link, so a second resolution of mostly the same candidates is cheaper.
 */
function resolve(context: Context, candidates: Candidate[], links: Map<Candidate, Linked>): { linked: Linked[]; entities: Entity[] } {
  const linked = selectCandidates(context, candidates).map((c) => {
    let found = links.get(c);
    if (!found) links.set(c, (found = { ...link(context, c), ...(c.entry ? { kbKey: c.entry.key } : {}) }));
    return found;
  });
  return { linked, entities: corefer(context, withMinistryNames(context, linked)) };
}

function romanized(context: Context, { linked, entities }: { linked: Linked[]; entities: Entity[] }): Entity[] {
  return withRomanizedPersons(entities, articleCountry(context, linked));
}

export interface RecognizeOptions {
  /** Whether the statistical tagger adds names (default true); without it only the KB and patterns. */
  tagger?: boolean;
}

/**
 * Recognizes persons, organizations and locations and links them to canonical actors. The KB and the
 * patterns are resolved first; the tagger then reads their result as hints (see hints.ts), and when it
 * finds more, everything is resolved again.
 */
export function recognizeEntities(doc: Doc, options: RecognizeOptions = {}): Entity[] {
  if (doc.tokens.length === 0) return [];
  const context: Context = { doc, tokens: doc.tokens, readings: allReadings(doc.tokens), inTimex: timexMask(doc) };
  const known = [...gazetteerCandidates(context), ...patternCandidates(context)];
  const links = new Map<Candidate, Linked>();
  const rules = resolve(context, known, links);
  if (options.tagger === false) return romanized(context, rules);
  const tagged = taggerCandidates(context, known, () => wordLabels(rules.entities, doc.tokens.map((t) => [t.start, t.end] as const)));
  return romanized(context, tagged.length ? resolve(context, [...known, ...tagged], links) : rules);
}
export { resolveNominals, type NominalMention } from "./nominal.ts";
