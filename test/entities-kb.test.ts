import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../src/document.ts";
import { analyzeText } from "../src/text/index.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import { SETTLEMENT_HEADS, knowledgeBase, lookup } from "../src/entities/kb.ts";
import { gazetteerCandidates } from "../src/entities/gazetteer.ts";
import { nisbaAt, roleAt } from "../src/entities/patterns.ts";
import { allReadings } from "../src/entities/readings.ts";
import type { Context } from "../src/entities/candidates.ts";

function context(text: string): Context {
  const base = emptyDoc(text, null);
  const doc = { ...base, ...analyzeText(base) };
  return { doc, tokens: doc.tokens, readings: allReadings(doc.tokens), inTimex: new Uint8Array(doc.tokens.length) };
}

test("no KB name is dead: each one, written in a sentence, is found by the gazetteer", () => {
  const kb = knowledgeBase();
  const dead: string[] = [];
  const checked = new Set<string>();
  for (const { name, keys, entry } of kb.aliases) {
    if (checked.has(name)) continue;
    checked.add(name);
    assert.ok(lookup(kb.names, keys)?.entries?.includes(entry), `${name} is not in the trie`);
    const ctx = context(name);
    // A place listed with its head word (محافظة X) is found as X.
    const from = ctx.tokens.length > 1 && SETTLEMENT_HEADS.has(ctx.tokens[0]!.key) && entry.type === "LOC" ? 1 : 0;
    const found = gazetteerCandidates(ctx).find((c) => c.first === from && c.last === ctx.tokens.length - 1);
    if (!found || !lookup(kb.names, ctx.tokens.map((t) => t.key))?.entries?.includes(entry)) dead.push(`${name} (${entry.file})`);
  }
  assert.deepEqual(dead.slice(0, 20), []);
  assert.ok(checked.size > 10000);
});

test("no nisba form is dead", () => {
  const kb = knowledgeBase();
  const dead: string[] = [];
  for (const { name } of kb.nisbaForms) {
    const ctx = context(name);
    const match = nisbaAt(ctx, kb, 0);
    if (!match || match.last !== ctx.tokens.length - 1) dead.push(name);
  }
  assert.deepEqual(dead, []);
  assert.ok(kb.nisbaForms.length > 1000);
});

test("no title or organization head is dead", () => {
  const kb = knowledgeBase();
  const dead: string[] = [];
  for (const role of kb.roles) {
    const ctx = context(role.title);
    const match = roleAt(ctx, role.kind === "org" ? kb.orgHeads : kb.personTitles, 0);
    if (!match || match.last !== ctx.tokens.length - 1 || match.value !== role) dead.push(role.title);
  }
  assert.deepEqual(dead, []);
});

test("given names and stopwords are stored as match keys", () => {
  const kb = knowledgeBase();
  for (const name of kb.givenNames) assert.equal(normalizeKey(name), name);
  for (const word of kb.stopwords) assert.equal(normalizeKey(word), word);
  assert.ok(kb.givenNames.has(normalizeKey("إبراهيم")));
});

test("every country has an Arabic name, and people's offices have valid dates and codes", () => {
  const kb = knowledgeBase();
  assert.ok(kb.countries.size >= 240);
  for (const [iso3, entry] of kb.countries) {
    assert.match(iso3, /^[A-Z]{3}$/u);
    assert.ok(kb.aliases.some((a) => a.entry === entry), `${iso3} has no Arabic name`);
  }
  for (const person of kb.people) {
    for (const office of person.offices) {
      assert.match(office.code, /^[A-Z]{3,}$/u, `${person.key}`);
      if (office.from) assert.match(office.from, /^\d{4}-\d{2}-\d{2}$/u, `${person.key}`);
      if (office.to) assert.match(office.to, /^\d{4}-\d{2}-\d{2}$/u, `${person.key}`);
      if (office.from && office.to) assert.ok(office.from <= office.to, `${person.key} ${office.from} > ${office.to}`);
    }
  }
});
