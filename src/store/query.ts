// A small query language over search terms: words (all must occur), "quoted phrases", -excluded words,
// trailing * for a prefix, and OR between groups. Compiled to an FTS5 MATCH expression whose strings are
// search terms only (letters and digits), so user input can never inject FTS5 syntax.
import { textTerms, type TermSpan } from "./terms.ts";

export class QueryError extends Error {}

export interface QueryClause {
  terms: string[];
  prefix: boolean;
  negated: boolean;
}

export interface ParsedQuery {
  /** OR of alternatives; each alternative is an AND of clauses. */
  alternatives: QueryClause[][];
  /** The FTS5 MATCH expression. */
  match: string;
}

const PART_RE = /(-?)"([^"]*)"?|(\S+)/gu;
const MAX_CLAUSES = 32;

function clauseExpression(clause: QueryClause): string {
  return `"${clause.terms.join(" ")}"${clause.prefix ? "*" : ""}`;
}

export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== "string") throw new QueryError("query must be a string");
  const alternatives: QueryClause[][] = [[]];
  let count = 0;
  PART_RE.lastIndex = 0;
  for (let m = PART_RE.exec(input); m !== null; m = PART_RE.exec(input)) {
    if (m[3] === "OR") {
      if (alternatives[alternatives.length - 1]!.length) alternatives.push([]);
      continue;
    }
    let negated = m[1] === "-";
    let body = m[2] ?? m[3]!;
    let prefix = false;
    if (m[3] !== undefined) {
      if (body.startsWith("-") && body.length > 1) {
        negated = true;
        body = body.slice(1);
      }
      if (body.endsWith("*")) {
        prefix = true;
        body = body.slice(0, -1);
      }
    }
    const terms = textTerms(body).map((t) => t.term);
    if (!terms.length) continue;
    if (++count > MAX_CLAUSES) throw new QueryError(`query has more than ${MAX_CLAUSES} words or phrases`);
    alternatives[alternatives.length - 1]!.push({ terms, prefix, negated });
  }
  const groups = alternatives.filter((a) => a.length);
  if (!groups.length) throw new QueryError("query has no searchable words");
  const parts = groups.map((clauses) => {
    const positive = clauses.filter((c) => !c.negated);
    const negative = clauses.filter((c) => c.negated);
    if (!positive.length) throw new QueryError("a query needs at least one word that is not excluded with -");
    let expression = positive.map(clauseExpression).join(" AND ");
    if (negative.length) expression = `(${expression})` + negative.map((c) => ` NOT ${clauseExpression(c)}`).join("");
    return `(${expression})`;
  });
  return { alternatives: groups, match: parts.join(" OR ") };
}

function termMatches(term: string, wanted: string, prefix: boolean): boolean {
  return prefix ? term.startsWith(wanted) : term === wanted;
}

/** Original spans [start, end) of every occurrence of a positive clause in a list of terms, sorted, merged. */
export function matchSpans(terms: readonly TermSpan[], query: ParsedQuery): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const clause of query.alternatives.flat()) {
    if (clause.negated) continue;
    const n = clause.terms.length;
    for (let i = 0; i + n <= terms.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        ok = termMatches(terms[i + k]!.term, clause.terms[k]!, clause.prefix && k === n - 1);
      }
      if (ok) spans.push({ start: terms[i]!.start, end: terms[i + n - 1]!.end });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Every term a highlight could start from: a text without any of them as a substring has no match. */
export function positiveTerms(query: ParsedQuery): string[] {
  return [...new Set(query.alternatives.flat().filter((c) => !c.negated).flatMap((c) => c.terms))];
}
