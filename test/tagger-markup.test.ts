import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parseMarkup } from "../src/entities/tagger/markup.ts";

test("markup: entities become IOB2 tags over whole tokens, clitics included", () => {
  const { sentences, rejected } = parseMarkup(
    "# comment\nوقال [PERS أحمد أبو الغيط] في [LOC وبغداد] إن [ORG الجامعة العربية] خصصت مليون [MISC دولار] .\n",
  );
  assert.deepEqual(rejected, []);
  assert.equal(sentences.length, 1);
  const [s] = sentences;
  assert.deepEqual(s!.words, ["وقال", "أحمد", "أبو", "الغيط", "في", "وبغداد", "إن", "الجامعة", "العربية", "خصصت", "مليون", "دولار", "."]);
  assert.deepEqual(s!.tags, ["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "B-MISC", "O"]);
});

test("markup: two adjacent entities stay two entities", () => {
  const { sentences } = parseMarkup("التقى [PERS شافيز] [PERS ولوكاشنكو] .");
  assert.deepEqual(sentences[0]!.tags, ["O", "B-PERS", "B-PERS", "O"]);
});

test("markup: malformed lines are reported with their line number, not guessed", () => {
  const { sentences, rejected } = parseMarkup(
    "[PERS سعيد\nو[LOC بغداد] .\n[CITY عمان] .\nقال سعيد] .\n[LOC [PERS x]] .\nسطر سليم .",
  );
  assert.deepEqual(
    rejected.map((r) => [r.line, r.reason]),
    [
      [1, "unclosed bracket"],
      [2, "bracket inside a token"],
      [3, "unknown type CITY"],
      [4, "closing bracket outside an entity"],
      [5, "nested bracket"],
    ],
  );
  assert.equal(sentences.length, 1);
});

test("markup: every shipped training sentence file is well-formed", () => {
  const dir = new URL("../data/model/sentences/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  assert.ok(files.length >= 6);
  for (const file of files) {
    const { sentences, rejected } = parseMarkup(readFileSync(new URL(file, dir), "utf8"));
    assert.deepEqual(rejected, [], file);
    assert.ok(sentences.length >= 200, file);
  }
});
