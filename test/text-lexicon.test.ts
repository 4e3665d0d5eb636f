import { test } from "node:test";
import assert from "node:assert/strict";
import { readTrieV3, arabicLexicon, lexiconPath } from "../src/text/lexicon.ts";

const header = "TrieXv3\nbase=10\n# a hand-written sample\n__DATA__\n";

test("the TrieXv3 reader: words, word ends on the way out, back steps", () => {
  // abc, ab (the second $ marks b on the way out), then b.
  const lexicon = readTrieV3(header + "abc$$<b$");
  assert.ok(lexicon.has("abc"));
  assert.ok(lexicon.has("ab"));
  assert.ok(lexicon.has("b"));
  assert.ok(!lexicon.has("a"));
  assert.ok(!lexicon.has("abcd"));
  assert.ok(!lexicon.has(""));
});

test("the TrieXv3 reader: references to earlier nodes, digit back steps and escapes", () => {
  // xa; y shares x's node (reference 1 = the first node after the root), so ya too.
  const lexicon = readTrieV3(header + "xa$<y#1;<\\$q$");
  assert.ok(lexicon.has("xa"));
  assert.ok(lexicon.has("ya"));
  assert.ok(lexicon.has("$q"));
  assert.ok(!lexicon.has("y"));
  const backSteps = readTrieV3(header + "pqrs$3t$");
  assert.ok(backSteps.has("pqrs"));
  assert.ok(backSteps.has("pt"));
});

test("lookups are lenient only where news spelling drops a distinction", () => {
  const lexicon = readTrieV3(header + "أكد$<<كتابة$<<<<علىً$");
  assert.ok(lexicon.has("اكد")); // hamza left out in the text
  assert.ok(!lexicon.has("اكد", true)); // but not when a plain alef is required
  assert.ok(lexicon.has("على")); // tanween in the lexicon is skipped
  assert.ok(lexicon.has("علي")); // ي written for ى
  assert.ok(lexicon.has("كتابة"));
  assert.ok(!lexicon.has("كتابه")); // a written ه is a pronoun, not ة
  assert.ok(!lexicon.has("إكد")); // a written hamza must match
});

test("a malformed file is refused", () => {
  assert.throws(() => readTrieV3("hello"), /TrieXv3/);
});

test("the installed Ayaspell lexicon loads once and knows news words", () => {
  assert.ok(lexiconPath(), "@cspell/dict-ar is installed");
  const lexicon = arabicLexicon();
  assert.equal(arabicLexicon(), lexicon);
  assert.ok(lexicon.nodes > 100_000 && lexicon.edges > 1_000_000);
  for (const word of ["وزير", "الحكومة", "والرئيس", "بغداد", "لبنان", "يتم", "حكومته", "أكد"]) assert.ok(lexicon.has(word), word);
  for (const word of ["ترامب", "حكومتهه", "فوالرئيس", "ووالرئيس"]) assert.ok(!lexicon.has(word), word);
});
