import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventLexicons, PLOVER_TYPES, demonymCountry } from "../src/events/lexicon.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import { emptyDoc } from "../src/document.ts";
import { analyzeText } from "../src/text/index.ts";
import { buildView } from "../src/events/scan.ts";
import { findTriggers } from "../src/events/triggers.ts";
import type { TriggerEntry } from "../src/events/lexicon.ts";

const FILES = ["triggers.tsv", "cues.tsv", "agents.tsv", "demonyms.tsv"];

test("every data file states its source", () => {
  for (const file of FILES) {
    const head = readFileSync(new URL(`../data/events/${file}`, import.meta.url), "utf8").split("\n").slice(0, 6).join("\n");
    assert.match(head, /# Source:/u, file);
  }
});

test("the trigger lexicon covers all 16 PLOVER types with CAMEO codes", () => {
  const { triggerEntries } = eventLexicons();
  const types = new Set(triggerEntries.map((e) => e.type));
  for (const type of PLOVER_TYPES) assert.ok(types.has(type), `no trigger for ${type}`);
  for (const entry of triggerEntries) assert.match(entry.cameo, /^\d{3,4}$/u, `entry ${entry.id}`);
  assert.ok(triggerEntries.length > 150, `only ${triggerEntries.length} entries`);
});

test("lexicon keys are normalized the way the text is", () => {
  const { triggers, cues, agents, demonyms } = eventLexicons();
  const indexes = [triggers, agents, ...cues.values()];
  for (const index of indexes) {
    for (const [head, forms] of index) {
      assert.equal(normalizeKey(head), head);
      for (const form of forms) for (const word of form.tail) assert.equal(normalizeKey(word), word);
    }
  }
  for (const key of demonyms.keys()) assert.equal(normalizeKey(key), key);
});

function satisfying(set: TriggerEntry["after"]): string {
  // A word that satisfies a constraint set (a number stands for "#").
  if (!set) return "";
  const word = [...set.words].find((w) => w !== "#" && w.length > 1) ?? [...set.words][0]!;
  return word === "#" ? "12" : word;
}

test("no trigger entry is dead: each one is found in a sentence made of its own form", () => {
  const { triggerEntries, triggers } = eventLexicons();
  const dead: number[] = [];
  for (const entry of triggerEntries) {
    const forms = [...triggers.values()].flat().filter((f) => f.entry === entry);
    assert.ok(forms.length > 0, `entry ${entry.id} has no forms`);
    const found = forms.slice(0, 6).some((form) => {
      const words = ["وأعلن", satisfying(entry.before), formText(form), satisfying(entry.after), "الوضع", "."];
      const text = words.flat().filter(Boolean).join(" ");
      let doc = emptyDoc(text, null);
      doc = { ...doc, ...analyzeText(doc) };
      const view = buildView(doc);
      return findTriggers(view, new Uint8Array(view.tokens.length)).some((t) => t.entry === entry);
    });
    if (!found) dead.push(entry.id);
  }
  assert.deepEqual(dead, []);
});

function formText(form: { tail: string[] } & { entry: TriggerEntry }): string {
  const { triggers } = eventLexicons();
  for (const [head, list] of triggers) if (list.includes(form as never)) return [head, ...form.tail].join(" ");
  return "";
}

test("nationality adjectives in all their forms give the country", () => {
  const { demonyms } = eventLexicons();
  assert.equal(demonymCountry(normalizeKey("الإسرائيلية"), demonyms), "ISR");
  assert.equal(demonymCountry(normalizeKey("لبنانيين"), demonyms), "LBN");
  assert.equal(demonymCountry(normalizeKey("المصريون"), demonyms), "EGY");
  assert.equal(demonymCountry(normalizeKey("والأمريكي"), demonyms), "USA");
  assert.equal(demonymCountry(normalizeKey("مصر"), demonyms), null);
});
