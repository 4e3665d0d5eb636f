import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/rasd.js", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rasd(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const folder = mkdtempSync(join(tmpdir(), "rasd-cli-"));
const article = join(folder, "article.txt");
writeFileSync(article, "وصل وزير الخارجية إلى بغداد أمس.\n");
process.on("exit", () => rmSync(folder, { recursive: true, force: true }));

test("an impossible --dct exits 2 with one line on stderr and nothing on stdout", async () => {
  for (const dct of ["2021-02-30", "yesterday"]) {
    const run = await rasd(["analyze", "--dct", dct, article]);
    assert.equal(run.code, 2, `--dct ${dct}`);
    assert.equal(run.stdout, "");
    assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    assert.match(run.stderr, /dct/);
  }
});

test("an unreadable file exits 2 with one line on stderr", async () => {
  const run = await rasd(["analyze", join(folder, "missing.txt")]);
  assert.equal(run.code, 2);
  assert.equal(run.stderr.trim().split("\n").length, 1);
});

test("--jsonl: a bad line gives {id, error} and the other lines go on", async () => {
  const lines = [
    JSON.stringify({ id: "a", text: "قال الرئيس إن الوضع مستقر.", dct: "2021-03-14" }),
    "{not json",
    JSON.stringify({ id: "b", text: 42, dct: null }),
    JSON.stringify({ id: "c", text: "وصل الوفد إلى القاهرة.", dct: "2021-02-30" }),
    JSON.stringify({ id: "d", text: "\u0000\uD800 وبموسكو\u202B", dct: null }),
    JSON.stringify({ id: "e", text: "", dct: null }),
  ];
  const run = await rasd(["analyze", "--jsonl"], lines.join("\n") + "\n");
  assert.equal(run.code, 0, run.stderr);
  const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(out.length, lines.length);
  assert.deepEqual(out.map((o) => o.id), ["a", null, "b", "c", "d", "e"]);
  for (const i of [1, 2, 3]) {
    assert.equal(typeof out[i]!.error, "string", `line ${i}`);
    assert.deepEqual(Object.keys(out[i]!).sort(), ["error", "id"]);
  }
  for (const i of [0, 4, 5]) {
    for (const layer of ["sentences", "tokens", "entities", "timexes", "events", "quotes"]) assert.ok(Array.isArray(out[i]![layer]), `${i} ${layer}`);
  }
  const tokens = out[4]!.tokens as { text: string; segments: { text: string; role: string }[] }[];
  const moscow = tokens.find((t) => t.text === "وبموسكو")!;
  assert.deepEqual(moscow.segments.map((s) => s.text), ["و", "ب", "موسكو"]);
});
