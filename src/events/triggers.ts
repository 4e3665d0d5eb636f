// Trigger matching: every word (with its clitics) against the trigger lexicon, longest phrase first,
// then the entry's context constraints (a required object, a blocking neighbour).

import type { TriggerEntry } from "./lexicon.ts";
import { eventLexicons } from "./lexicon.ts";
import { matchesAt, wordAfter, wordBefore, type FormMatch, type TokenView } from "./scan.ts";

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Token range [start, end) of the trigger words. */
  start: number;
  end: number;
  /** A present-tense verb form (قد + present = possibility). */
  present: boolean;
  /** The verb carries the future prefix سـ. */
  futurePrefix: boolean;
  /** Proclitics on the first trigger word (و، ب، لل …). */
  proclitic: string;
  /** Pronoun suffix on the first trigger word (ه، ها، هم …). */
  enclitic: string;
}

function acceptable(view: TokenView, i: number, m: FormMatch<TriggerEntry>): boolean {
  const { entry } = m.form;
  const proclitic = m.reading.proclitic;
  const hasArticle = proclitic.endsWith("ال") || proclitic.endsWith("لل");
  const verbal = entry.verbal || m.form.present;
  if (hasArticle && verbal) return false;
  // و + short stem + pronoun is more often another word (وزارة is not و + زار + ه).
  if (proclitic && m.reading.enclitic && m.reading.stem.length <= 3) return false;
  if (proclitic.includes("س") && !m.form.present) return false;
  // Prepositions do not attach to finite verbs (بـ يستهدف is not a word).
  if (verbal && /[بك]/u.test(proclitic)) return false;
  if (entry.after && !wordAfter(view, m.end, entry.after)) return false;
  if (entry.before && !wordBefore(view, i, entry.before)) return false;
  if (entry.notAfter && wordAfter(view, m.end, entry.notAfter)) return false;
  if (entry.notBefore && wordBefore(view, i, entry.notBefore)) return false;
  return true;
}

/** All trigger matches of the document in text order; a phrase hides the single words inside it.
 *  `insideName[i]` is 1 when token i belongs to a named entity. */
export function findTriggers(view: TokenView, insideName: Uint8Array): TriggerMatch[] {
  const { triggers } = eventLexicons();
  const out: TriggerMatch[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    // Words of a name are not triggers (قوات الدعم السريع، وزارة الدفاع، صحيفة الشروق).
    if (view.tokens[i]!.kind !== "word" || insideName[i]) continue;
    const matches = matchesAt(view, i, triggers);
    if (matches.length === 0) continue;
    // Longest first; among equals, the least stripped reading (matchesAt yields readings in that order).
    const ordered = matches.map((m, k) => ({ m, k })).sort((a, b) => b.m.end - a.m.end || a.k - b.k);
    const chosen = ordered.find(({ m }) => acceptable(view, i, m));
    if (!chosen) continue;
    const m = chosen.m;
    out.push({
      entry: m.form.entry,
      start: i,
      end: m.end,
      present: m.form.present,
      futurePrefix: m.reading.proclitic.includes("س"),
      proclitic: m.reading.proclitic,
      enclitic: m.form.tail.length ? "" : m.reading.enclitic,
    });
    i = m.end - 1;
  }
  return out;
}
