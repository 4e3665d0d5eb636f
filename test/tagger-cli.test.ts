import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/rasd.js", import.meta.url));
const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });

test("rasd tag --conll keeps every token, its order and the blank lines", () => {
  const lines = ["", "قال", "الرئيس", "جورج", "بوش", "", "", "في", "واشنطن", ".", "", "عاد", "الوفد", "إلى", "مدينة", "حلب"];
  const result = run(["tag", "--conll"], lines.join("\n") + "\n");
  assert.equal(result.status, 0, result.stderr);
  const out = result.stdout.split("\n");
  assert.equal(out.pop(), "");
  assert.equal(out.length, lines.length);
  out.forEach((line, i) => {
    if (lines[i] === "") assert.equal(line, "", `line ${i + 1} stays blank`);
    else {
      const [token, tag] = line.split("\t");
      assert.equal(token, lines[i]);
      assert.match(tag!, /^(?:O|[BI]-(?:PERS|LOC|ORG|MISC))$/);
    }
  });
  assert.equal(out[3], "جورج\tB-PERS");
  assert.equal(out[4], "بوش\tI-PERS");
  assert.equal(out[15], "حلب\tB-LOC");
});

test("rasd tag --conll reads the token column of a gold file and handles CRLF and no final newline", () => {
  const result = run(["tag", "--conll"], "واشنطن\tB-LOC\r\nأمس\tO\r\n\r\nغدا");
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(result.stdout.split("\n").map((line) => line.split("\t")[0]), ["واشنطن", "أمس", "", "غدا", ""]);
});

test("rasd tag exits 2 on bad usage", () => {
  assert.equal(run(["tag"], "").status, 2);
  assert.equal(run(["tag", "--conll", "--bogus"], "").status, 2);
  assert.equal(run(["tag", "--conll", "a", "b"], "").status, 2);
  const missing = run(["tag", "--conll", "/nonexistent/file.conll"], "");
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
});
