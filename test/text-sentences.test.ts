import { test } from "node:test";
import assert from "node:assert/strict";
import { scanTokens } from "../src/text/tokens.ts";
import { splitSentences } from "../src/text/sentences.ts";

function sentences(text: string): string[] {
  return splitSentences(text, scanTokens(text)).sentences.map((s) => s.text);
}

test("sentences end at . ! ? ؟ and …", () => {
  assert.deepEqual(sentences("وصل الوفد إلى جدة. هل ستنجح المفاوضات؟ لا أحد يعرف! الانتظار يطول… ثم انتهى"), [
    "وصل الوفد إلى جدة.",
    "هل ستنجح المفاوضات؟",
    "لا أحد يعرف!",
    "الانتظار يطول…",
    "ثم انتهى",
  ]);
});

test("abbreviations with a one-letter word do not end a sentence", () => {
  assert.deepEqual(sentences("استقبل د. خالد العتيبي و أ.د. سلمى الحربي الوفد. وكتبوا إلى ص.ب 2150 جدة."), [
    "استقبل د. خالد العتيبي و أ.د. سلمى الحربي الوفد.",
    "وكتبوا إلى ص.ب 2150 جدة.",
  ]);
  assert.deepEqual(sentences("بنيت المدينة في القرن الثالث ق.م وازدهرت في عام 1200 م. تقريبا"), [
    "بنيت المدينة في القرن الثالث ق.م وازدهرت في عام 1200 م. تقريبا",
  ]);
  assert.deepEqual(sentences("توفي عام 1440 هـ. ودفن في المدينة."), ["توفي عام 1440 هـ. ودفن في المدينة."]);
});

test("decimals and times are not sentence ends", () => {
  assert.deepEqual(sentences("نما الاقتصاد 3.5، وتبدأ الجلسة 21:00 أو 21,00 بتوقيت مكة. وانتهى"), [
    "نما الاقتصاد 3.5، وتبدأ الجلسة 21:00 أو 21,00 بتوقيت مكة.",
    "وانتهى",
  ]);
});

test("closing quotes and brackets stay with the sentence they end", () => {
  assert.deepEqual(sentences("وقال: «لن نقبل بذلك.» ثم غادر القاعة. (وقد رفض التعليق.) وأضاف “هذا يكفي!” وانصرف."), [
    "وقال: «لن نقبل بذلك.»",
    "ثم غادر القاعة.",
    "(وقد رفض التعليق.)",
    "وأضاف “هذا يكفي!”",
    "وانصرف.",
  ]);
});

test("no split inside brackets or quotes, but an unclosed one does not swallow the text", () => {
  assert.deepEqual(sentences("وقع الاتفاق (بحضور د. سعد. والوزراء) أمس. وعاد الوفد."), [
    "وقع الاتفاق (بحضور د. سعد. والوزراء) أمس.",
    "وعاد الوفد.",
  ]);
  const long = "قال «" + "كلام طويل ".repeat(40) + "انتهى. " + "ثم عاد. ".repeat(3);
  assert.ok(sentences(long).length >= 3);
});

test("a line break ends a headline without final punctuation", () => {
  assert.deepEqual(sentences("وزير الخارجية يصل إلى الرياض\r\nوصل وزير الخارجية مساء أمس\n\nوعقد لقاء"), [
    "وزير الخارجية يصل إلى الرياض",
    "وصل وزير الخارجية مساء أمس",
    "وعقد لقاء",
  ]);
});

test("glued marks ؟! end one sentence together", () => {
  assert.deepEqual(sentences("أهذا معقول؟! نعم."), ["أهذا معقول؟!", "نعم."]);
});

test("every token belongs to the sentence that covers it", () => {
  const text = "الجملة الأولى. والثانية؟\nوالثالثة";
  const raw = scanTokens(text);
  const { sentences: spans, tokenSentence } = splitSentences(text, raw);
  raw.forEach((token, i) => {
    const sentence = spans[tokenSentence[i]!]!;
    assert.ok(sentence.start <= token.start && token.end <= sentence.end);
  });
  assert.deepEqual(splitSentences("", []).sentences, []);
});
