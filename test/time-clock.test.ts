import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes } from "./time-helpers.ts";

const DCT = "2024-03-14";

test("clock times with digits, الساعة and seconds", () => {
  assert.deepEqual(timexes("انطلقت الطائرة عند الساعة 21:00 من المطار.", DCT), [["الساعة 21:00", "TIME", "2024-03-14T21:00"]]);
  assert.deepEqual(timexes("آخر تحديث 18:12:32", DCT), [["18:12:32", "TIME", "2024-03-14T18:12:32"]]);
  assert.deepEqual(timexes("أقلعت الطائرة في الساعة 07,20 صباحا.", DCT), [["الساعة 07,20 صباحا", "TIME", "2024-03-14T07:20"]]);
});

test("GMT and local time zones", () => {
  assert.deepEqual(timexes("انطلقت الرحلة (04:20 ت غ) من عمان.", DCT), [["04:20 ت غ", "TIME", "2024-03-14T04:20Z"]]);
  assert.deepEqual(timexes("تبدأ القمة الساعة 21,00 ت غ في الدوحة.", DCT), [["الساعة 21,00 ت غ", "TIME", "2024-03-14T21:00Z"]]);
  assert.deepEqual(timexes("تبدأ المباراة الساعة 19:00 بتوقيت موسكو.", DCT), [["الساعة 19:00 بتوقيت موسكو", "TIME", "2024-03-14T19:00"]]);
  assert.deepEqual(timexes("ينطلق الحفل الساعة 8 بتوقيت غرينتش.", DCT), [["الساعة 8 بتوقيت غرينتش", "TIME", "2024-03-14T08:00Z"]]);
  assert.deepEqual(timexes("يبدأ الحفل الساعة 8 مساء.", DCT), [["الساعة 8 مساء", "TIME", "2024-03-14T20:00"]]);
  assert.deepEqual(timexes("تهب الرياح بسرعة 100 كيلومتر في الساعة.", DCT), []);
});

test("hour words with fractions and day parts", () => {
  assert.deepEqual(timexes("استقبل المستشفى الحالة عند الساعة السادسة صباحاً.", DCT), [["الساعة السادسة صباحاً", "TIME", "2024-03-14T06:00"]]);
  assert.deepEqual(timexes("وفي تمام الساعة الرابعة عصرا وصلت الحالة الثالثة.", DCT), [["تمام الساعة الرابعة عصرا", "TIME", "2024-03-14T16:00"]]);
  assert.deepEqual(timexes("يفتح المعرض حتى الساعة العاشرة مساء يوميا.", DCT), [
    ["الساعة العاشرة مساء", "TIME", "2024-03-14T22:00"],
    ["يوميا", "SET", "P1D"],
  ]);
  assert.deepEqual(timexes("تلقوا مكالمة عند الساعة السادسة والنصف من صباح يوم السبت.", DCT), [
    ["الساعة السادسة والنصف من صباح يوم السبت", "TIME", "2024-03-09T06:30"],
  ]);
  assert.deepEqual(timexes("وصلت الحصيلة إلى حدود الساعة الواحدة من زوال اليوم.", DCT), [["الساعة الواحدة من زوال اليوم", "TIME", "2024-03-14T13:00"]]);
  assert.deepEqual(timexes("يبدأ البث الساعة الثامنة إلا ربعا.", DCT), [["الساعة الثامنة إلا ربعا", "TIME", "2024-03-14T07:45"]]);
});

test("an hour word alone is an ordinal, not a time", () => {
  assert.deepEqual(timexes("افتتحت الدورة السادسة للمعرض.", DCT), []);
});

test("an evening sentence makes a 12-hour clock time PM", () => {
  assert.deepEqual(timexes("قتل ثمانية جنود مساء اليوم الخميس، وفي حدود السادسة ونصف وقع الهجوم.", DCT), [
    ["مساء اليوم الخميس", "TIME", "2024-03-14TEV"],
    ["السادسة ونصف", "TIME", "2024-03-14T18:30"],
  ]);
});

test("day parts join their day into a TIME", () => {
  assert.deepEqual(timexes("استهدف القصف الحي صباح اليوم.", DCT), [["صباح اليوم", "TIME", "2024-03-14TMO"]]);
  assert.deepEqual(timexes("اعتقلت القوات فجر اليوم الخميس 23 شابا.", DCT), [["فجر اليوم الخميس", "TIME", "2024-03-14TMO"]]);
  assert.deepEqual(timexes("التقى الوزير نظيره عصر الثلاثاء.", DCT), [["عصر الثلاثاء", "TIME", "2024-03-12TAF"]]);
  assert.deepEqual(timexes("سقطت القذائف ليل أمس الأربعاء.", DCT), [["ليل أمس الأربعاء", "TIME", "2024-03-13TNI"]]);
  assert.deepEqual(timexes("أعلن ترامب ليل الاثنين - الثلاثاء قراره.", DCT), [["ليل الاثنين - الثلاثاء", "TIME", "2024-03-11TNI"]]);
  assert.deepEqual(timexes("انطلقت القمة ظهر اليوم في جدة.", DCT), [["ظهر اليوم", "TIME", "2024-03-14T12:00"]]);
  assert.deepEqual(timexes("جرت المباراة قبل ظهر اليوم.", DCT), [["قبل ظهر اليوم", "TIME", "2024-03-14TMO"]]);
  assert.deepEqual(timexes("يسري الطوق من منتصف ليلة الثلاثاء القادم.", DCT), [["منتصف ليلة الثلاثاء القادم", "TIME", "2024-03-19T24:00"]]);
  assert.deepEqual(timexes("وصلت القافلة أمس مساء إلى المعبر.", DCT), [["أمس مساء", "TIME", "2024-03-13TEV"]]);
  assert.deepEqual(timexes("ستشهد البلاد الليلة عاصفة.", DCT), [["الليلة", "TIME", "2024-03-14TNI"]]);
});

test("a day part then a full date: مساء يوم الأربعاء الموافق 14 أيار 2025", () => {
  assert.deepEqual(timexes("استقبل الوكيل، مساء يوم الأربعاء الموافق 14 أيار 2025، الوفد.", "2025-05-14"), [
    ["مساء يوم الأربعاء الموافق 14 أيار 2025", "TIME", "2025-05-14TEV"],
  ]);
  assert.deepEqual(timexes("رصدت الدفاعات مساء أمس “السبت” 11 أغسطس صاروخا.", "2018-08-12"), [
    ["مساء أمس “السبت” 11 أغسطس", "TIME", "2018-08-11TEV"],
  ]);
});

test("dates with their clock times in bylines", () => {
  assert.deepEqual(timexes("السبت 06-09-2014 17:41 | كتب محرر", "2014-09-06"), [["السبت 06-09-2014 17:41", "TIME", "2014-09-06T17:41"]]);
  assert.deepEqual(timexes("نشر في 21.11.2023 19:40", "2023-11-21"), [["21.11.2023 19:40", "TIME", "2023-11-21T19:40"]]);
  assert.deepEqual(timexes("رياضة 27-11-2025 | 20:15 البرتغال", "2025-11-27"), [["27-11-2025 | 20:15", "TIME", "2025-11-27T20:15"]]);
  assert.deepEqual(timexes("الأحد 12 نوفمبر 2017 على الساعة 19:18", "2017-11-12"), [["الأحد 12 نوفمبر 2017 على الساعة 19:18", "TIME", "2017-11-12T19:18"]]);
  assert.deepEqual(timexes("اليوم الجمعة 31 يناير 2025 01:46 مساءً أعلنت الخطوط", "2025-01-31"), [
    ["اليوم الجمعة 31 يناير 2025 01:46 مساءً", "TIME", "2025-01-31T13:46"],
  ]);
  assert.deepEqual(timexes("فوز مهم الساعة 12:07 م|02 مارس 2013", "2013-03-02"), [
    ["الساعة 12:07 م", "TIME", "2013-03-02T12:07"],
    ["02 مارس 2013", "DATE", "2013-03-02"],
  ]);
});

test("hours in digits with الـ or a day part, and masculine عشر", () => {
  assert.deepEqual(timexes("تفتح الأبواب من الساعة الـ 5 عصرا حتى 9 مساء.", DCT), [
    ["الساعة الـ 5 عصرا", "TIME", "2024-03-14T17:00"],
    ["9 مساء", "TIME", "2024-03-14T21:00"],
  ]);
  assert.deepEqual(timexes("يبدأ الكسوف عند الساعة الثانية عشر ظهراً بتوقيت لندن.", DCT), [
    ["الساعة الثانية عشر ظهراً بتوقيت لندن", "TIME", "2024-03-14T12:00"],
  ]);
});

test("day-part adverbs and midnight on the day of their sentence", () => {
  assert.deepEqual(timexes("غادر الوفد أمس، ووصل ليلا إلى الحدود.", DCT), [
    ["أمس", "DATE", "2024-03-13"],
    ["ليلا", "TIME", "2024-03-13TNI"],
  ]);
  assert.deepEqual(timexes("يبدأ حظر التجول عند منتصف الليل.", DCT), [["منتصف الليل", "TIME", "2024-03-14T24:00"]]);
  // Without a day in the sentence an adverb says too little; "ليلا ونهارا" is "all the time".
  assert.deepEqual(timexes("وصلت الطائرة ظهرا إلى المطار.", DCT), []);
  assert.deepEqual(timexes("اجتمع الطرفان الأحد وعملا ليلا ونهارا.", DCT).map((t) => t[0]), ["الأحد"]);
});
