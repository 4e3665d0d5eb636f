import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes, timexAt } from "./time-helpers.ts";

const DCT = "2015-08-09";

test("quarters and halves of a year", () => {
  assert.deepEqual(timexes("ارتفعت الأرباح في الربع الأول من العام الحالي.", DCT), [["الربع الأول من العام الحالي", "DATE", "2015-Q1"]]);
  assert.deepEqual(timexes("تراجع النمو في النصف الثاني من 2014.", DCT), [["النصف الثاني من 2014", "DATE", "2014-H2"]]);
  assert.deepEqual(timexes("سجلت الشركة خسائر في الربع الأخير من عام 2013.", DCT), [["الربع الأخير من عام 2013", "DATE", "2013-Q4"]]);
  const q = timexAt("نما الاقتصاد في الربع الثالث من العام الماضي.", "الربع الثالث من العام الماضي", DCT);
  assert.deepEqual([q.value, q.from, q.to], ["2014-Q3", "2014-07-01", "2014-09-30"]);
  assert.deepEqual(timexes("وصل الفريق إلى الربع النهائي.", DCT), []);
});

test("seasons with a year or a relation", () => {
  assert.deepEqual(timexes("زار الوزير المنتجع صيف 2015.", DCT), [["صيف 2015", "DATE", "2015-SU"]]);
  assert.deepEqual(timexes("تراجعت السياحة الصيف الماضي.", DCT), [["الصيف الماضي", "DATE", "2014-SU"]]);
  assert.deepEqual(timexes("تبدأ الحملة الخريف المقبل.", DCT), [["الخريف المقبل", "DATE", "2015-FA"]]);
  const winter = timexAt("يفتتح المعرض هذا الشتاء.", "هذا الشتاء", DCT);
  assert.deepEqual([winter.value, winter.from, winter.to], ["2015-WI", "2015-12-01", "2016-02-29"]);
  // The Arab Spring and the autumn of life are not seasons of a year.
  assert.deepEqual(timexes("اندلعت ثورات الربيع العربي في خريف العمر.", DCT), []);
});

test("a season of a year named by its relation (صيف العام الماضي) is that year's season", () => {
  assert.deepEqual(timexes("أقيمت البطولة صيف العام الماضي في دبي.", DCT), [["صيف العام الماضي", "DATE", "2014-SU"]]);
  assert.deepEqual(timexes("ستفتتح المحطة شتاء العام المقبل.", DCT), [["شتاء العام المقبل", "DATE", "2016-WI"]]);
  assert.deepEqual(timexes("تعود الفرق للتدريب ربيع هذا العام.", DCT), [["ربيع هذا العام", "DATE", "2015-SP"]]);
});

test("a month with a dual or plural relation word (أكتوبر المقبلين) and the reference adverbs سابقا، هذه الأيام، في القريب العاجل", () => {
  assert.deepEqual(timexes("سيزور الرياض في سبتمبر أو أكتوبر المقبلين.", DCT).at(-1), ["أكتوبر المقبلين", "DATE", "2015-10"]);
  assert.deepEqual(timexes("كما أعلنا سابقاً، ترتفع الأسعار هذه الأيام وستعلن النتائج في القريب العاجل.", DCT), [
    ["سابقاً", "DATE", "PAST_REF"],
    ["هذه الأيام", "DATE", "PRESENT_REF"],
    ["في القريب العاجل", "DATE", "FUTURE_REF"],
  ]);
});

test("the past and the coming period (الفترة الماضية، المرحلة المقبلة) are vague references", () => {
  assert.deepEqual(timexes("تحسنت الخدمات خلال الفترة الماضية، وننتظر المزيد في المرحلة المقبلة.", DCT), [
    ["الفترة الماضية", "DATE", "PAST_REF"],
    ["المرحلة المقبلة", "DATE", "FUTURE_REF"],
  ]);
});
