import { test } from "node:test";
import assert from "node:assert/strict";
import { scanTokens } from "../src/text/tokens.ts";

function tokens(text: string): string[] {
  return scanTokens(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

test("Arabic words, Arabic punctuation and quotes", () => {
  assert.deepEqual(tokens("قال الوزير: «لن نتراجع»، ثم غادر؛ لماذا؟"), [
    "قال/word", "الوزير/word", ":/punct", "«/punct", "لن/word", "نتراجع/word", "»/punct", "،/punct",
    "ثم/word", "غادر/word", "؛/punct", "لماذا/word", "؟/punct",
  ]);
});

test("numbers keep their decimal, thousands and time separators", () => {
  assert.deepEqual(tokens("ارتفع بنسبة 3.5، وبلغ 1,000 دولار عند 21:00 أو 21,00 في ٢٠٢١ و٣٫٥"), [
    "ارتفع/word", "بنسبة/word", "3.5/number", "،/punct", "وبلغ/word", "1,000/number", "دولار/word", "عند/word",
    "21:00/number", "أو/word", "21,00/number", "في/word", "٢٠٢١/number", "و/word", "٣٫٥/number",
  ]);
});

test("a number at the end of a sentence leaves the period alone", () => {
  assert.deepEqual(tokens("في عام 2020."), ["في/word", "عام/word", "2020/number", "./punct"]);
});

test("URLs, e-mails, hashtags and mentions are single tokens", () => {
  const text = "للمزيد: https://www.spa.gov.sa/news?id=12، أو راسلوا media@moh.gov.sa وتابعوا #كورونا_السعودية و@SaudiMOH.";
  assert.deepEqual(tokens(text), [
    "للمزيد/word", ":/punct", "https://www.spa.gov.sa/news?id=12/url", "،/punct", "أو/word", "راسلوا/word",
    "media@moh.gov.sa/email", "وتابعوا/word", "#كورونا_السعودية/hashtag", "و/word", "@SaudiMOH/mention", "./punct",
  ]);
});

test("a URL does not swallow the closing bracket or final punctuation", () => {
  assert.deepEqual(tokens("(www.un.org)."), ["(/punct", "www.un.org/url", ")/punct", "./punct"]);
});

test("repeated marks stay one token; mixed ones split", () => {
  assert.deepEqual(tokens("ماذا؟؟ حقا!!! انتظر... ؟!"), [
    "ماذا/word", "؟؟/punct", "حقا/word", "!!!/punct", "انتظر/word", ".../punct", "؟/punct", "!/punct",
  ]);
});

test("harakat, tatweel and zero-width joiners stay inside the word", () => {
  assert.deepEqual(tokens("الـرَّئِيسُ مو\u200Cسكو"), ["الـرَّئِيسُ/word", "مو\u200Cسكو/word"]);
});

test("bidi controls between words are skipped, not tokens", () => {
  assert.deepEqual(tokens("\u202Bقال\u202C \u2067CNN\u2069"), ["قال/word", "CNN/word"]);
});

test("Latin and Arabic mixed, symbols and emoji", () => {
  assert.deepEqual(tokens("شركة Apple ربحت 5% 👍"), ["شركة/word", "Apple/word", "ربحت/word", "5/number", "%/punct", "👍/symbol"]);
});

test("tokens are in order, never overlap and never contain whitespace", () => {
  const text = "و قال\tالمتحدث\nباسم   الحكومة ، إن ٣ جنود قتلوا.";
  let previous = 0;
  for (const token of scanTokens(text)) {
    assert.ok(token.start >= previous);
    assert.ok(!/\s/u.test(text.slice(token.start, token.end)));
    previous = token.end;
  }
});
