import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes, timexAt } from "./time-helpers.ts";
import { findTimexes } from "../src/time/index.ts";
import { timeLexicon } from "../src/time/lexicon.ts";
import { readTable } from "../src/time/lexicon.ts";

test("Egyptian and Gulf month names with day and year", () => {
  assert.deepEqual(timexes("وقعت الاتفاقية في 11 يناير 2021 بالقاهرة."), [["11 يناير 2021", "DATE", "2021-01-11"]]);
  assert.deepEqual(timexes("صدر القرار في 3 يونيه 2019."), [["3 يونيه 2019", "DATE", "2019-06-03"]]);
  assert.deepEqual(timexes("بدأت الحرب في يوليه 1967."), [["يوليه 1967", "DATE", "1967-07"]]);
});

test("Levantine and Iraqi names, with or without the article and hamza", () => {
  assert.deepEqual(timexes("اجتمع المجلس في 5 كانون الثاني 2020."), [["5 كانون الثاني 2020", "DATE", "2020-01-05"]]);
  assert.deepEqual(timexes("انتهت المهلة في 30 تشرين أول 2018."), [["30 تشرين أول 2018", "DATE", "2018-10-30"]]);
  assert.deepEqual(timexes("تظاهر المحتجون في 1 ايلول 2019."), [["1 ايلول 2019", "DATE", "2019-09-01"]]);
  assert.deepEqual(timexes("عاد السفير في 7 آذار 2022."), [["7 آذار 2022", "DATE", "2022-03-07"]]);
});

test("Algerian, Tunisian and Moroccan names", () => {
  assert.deepEqual(timexes("أضرب العمال يوم 16 جوان 2022."), [["يوم 16 جوان 2022", "DATE", "2022-06-16"]]);
  assert.deepEqual(timexes("أعلنت الوزارة في 2 أوت 2023 الحصيلة."), [["2 أوت 2023", "DATE", "2023-08-02"]]);
  assert.deepEqual(timexes("جرت الانتخابات في 8 شتنبر 2021."), [["8 شتنبر 2021", "DATE", "2021-09-08"]]);
  assert.deepEqual(timexes("افتتح المعرض في 12 نونبر 2017."), [["12 نونبر 2017", "DATE", "2017-11-12"]]);
  assert.deepEqual(timexes("وقع الزلزال في 8 غشت 2016."), [["8 غشت 2016", "DATE", "2016-08-08"]]);
  assert.deepEqual(timexes("عاد الوفد في 20 جويلية 2020."), [["20 جويلية 2020", "DATE", "2020-07-20"]]);
});

test("a dual month name is one timex in every arrangement", () => {
  assert.deepEqual(timexes("قتل 4 أشخاص الإثنين 19 يوليو/تموز 2021 في بغداد.", "2021-07-19"), [
    ["الإثنين 19 يوليو/تموز 2021", "DATE", "2021-07-19"],
  ]);
  assert.deepEqual(timexes("وصل الوفد في 3 كانون الثاني (يناير) 2020."), [["3 كانون الثاني (يناير) 2020", "DATE", "2020-01-03"]]);
  assert.deepEqual(timexes("صدر التقرير في أيلول/سبتمبر 2019."), [["أيلول/سبتمبر 2019", "DATE", "2019-09"]]);
  assert.deepEqual(timexes("في 24 كانون الأول/ ديسمبر 2021 تجري الانتخابات."), [["24 كانون الأول/ ديسمبر 2021", "DATE", "2021-12-24"]]);
  assert.deepEqual(timexes("بين أول يناير كانون الثاني و31 أغسطس آب سجلت 100 حالة.", "2025-09-26"), [
    ["أول يناير كانون الثاني", "DATE", "2025-01-01"],
    ["31 أغسطس آب", "DATE", "2025-08-31"],
  ]);
});

test("two different months side by side are not one dual name", () => {
  const found = timexes("في الفترة من يونيو - يوليو 2015 ارتفعت الأسعار.", "2015-08-09");
  assert.deepEqual(found[0], ["يونيو", "DATE", "2015-06"]);
});

test("ordinal words and غرة as the day", () => {
  assert.deepEqual(timexes("عقد الملتقى في الخامس من فبراير 2021 بجنيف."), [["الخامس من فبراير 2021", "DATE", "2021-02-05"]]);
  assert.deepEqual(timexes("انطلقت الحملة في الحادي والثلاثين من ديسمبر 2023."), [["الحادي والثلاثين من ديسمبر 2023", "DATE", "2023-12-31"]]);
  assert.deepEqual(timexes("تبدأ الدراسة في الحادي عشر من سبتمبر 2024."), [["الحادي عشر من سبتمبر 2024", "DATE", "2024-09-11"]]);
  assert.deepEqual(timexes("وقع الحادث في العاشر (10) من مايو 2022."), [["العاشر (10) من مايو 2022", "DATE", "2022-05-10"]]);
});

test("الماضي، المقبل، الجاري and شهر … من العام الماضي resolve against the dct", () => {
  const dct = "2021-03-10";
  assert.deepEqual(timexes("زار الوزير دمشق نهاية فبراير الماضي.", dct), [["نهاية فبراير الماضي", "DATE", "2021-02"]]);
  assert.deepEqual(timexes("تجري الانتخابات في ديسمبر القادم.", dct), [["ديسمبر القادم", "DATE", "2021-12"]]);
  assert.deepEqual(timexes("سقط القتلى يوم 17 آذار الجاري.", dct), [["يوم 17 آذار الجاري", "DATE", "2021-03-17"]]);
  assert.deepEqual(timexes("وقع الانفجار في 27 أكتوبر الماضي.", dct), [["27 أكتوبر الماضي", "DATE", "2020-10-27"]]);
  assert.deepEqual(timexes("زار الرئيس بغداد في شهر أيلول من العام الماضي.", dct), [["شهر أيلول من العام الماضي", "DATE", "2020-09"]]);
  assert.deepEqual(timexes("تقرر إجراء الانتخابات في 24 كانون الأول/ ديسمبر المقبل.", dct), [["24 كانون الأول/ ديسمبر المقبل", "DATE", "2021-12-24"]]);
});

test("a day and month without a year take the dct's year unless that is far ahead", () => {
  assert.equal(timexAt("اندلعت المواجهات منذ 13 يوليو وما زالت.", "13 يوليو", "2025-07-18").value, "2025-07-13");
  assert.equal(timexAt("أغلق المعبر منذ 28 ديسمبر الفائت.", "28 ديسمبر الفائت", "2025-01-05").value, "2024-12-28");
  assert.equal(timexAt("بدأ الإضراب في 28 ديسمبر وانتهى أمس.", "28 ديسمبر", "2025-01-05").value, "2024-12-28");
});

test("English byline dates", () => {
  assert.deepEqual(timexes("Beirut November 5, 2025 تصعيد"), [["November 5, 2025", "DATE", "2025-11-05"]]);
  assert.deepEqual(timexes("نشر في 08 Jun 2017 18:37 PM"), [["08 Jun 2017 18:37 PM", "TIME", "2017-06-08T18:37"]]);
});

test("ambiguity guards: مارس the verb, آب the father, نيسان the car, أيار alone", () => {
  assert.deepEqual(timexes("مارس الاحتلال ضغوطا كبيرة على السكان."), []);
  assert.deepEqual(timexes("قال الأب إن ابنه مارس الرياضة منذ صغره."), []);
  assert.deepEqual(timexes("اشترى سيارة نيسان جديدة."), []);
  assert.deepEqual(timexes("وقال آب الطفل إنه لم يره منذ الصباح."), []);
  // With a day, a year or a relation word they are months again.
  assert.deepEqual(timexes("ومنذ مارس 2015 تقود السعودية التحالف."), [["مارس 2015", "DATE", "2015-03"]]);
  assert.deepEqual(timexes("وقعت الحادثة في 15 آب 2020."), [["15 آب 2020", "DATE", "2020-08-15"]]);
  assert.deepEqual(timexes("تفشى المرض منذ نهاية نيسان.", "2017-06-08"), [["نهاية نيسان", "DATE", "2017-04"]]);
});

test("dates that name places and past events are left alone without a year", () => {
  assert.deepEqual(timexes("تقع الشركة في مدينة 6 أكتوبر غرب القاهرة."), []);
  assert.deepEqual(timexes("شارك في ثورة 25 يناير شباب كثيرون."), []);
  assert.deepEqual(timexes("غيرت هجمات 11 سبتمبر العالم."), []);
  assert.deepEqual(timexes("اندلعت الاحتجاجات في 25 يناير 2011."), [["25 يناير 2011", "DATE", "2011-01-25"]]);
});

test("a month named alone after a preposition", () => {
  assert.deepEqual(timexes("تراجع التضخم في أكتوبر بنسبة طفيفة.", "2023-11-20"), [["أكتوبر", "DATE", "2023-10"]]);
  assert.deepEqual(timexes("أكتوبر شهر التوعية."), []);
});

test("every month name in the table is recognized", () => {
  for (const [name, month] of readTable("time/gregorian-months.tsv")) {
    const text = `جرى ذلك في 5 ${name} 2020 بحسب البيان.`;
    const found = findTimexes(text, "2024-03-14");
    assert.equal(found.length, 1, `dead month name: ${name}`);
    assert.equal(found[0]!.value, `2020-${month!.padStart(2, "0")}-05`, name);
  }
  assert.ok(timeLexicon().months.size > 40);
});

test("a range of two months shares the year written after the second", () => {
  assert.deepEqual(timexes("ارتفعت الأسعار خلال الفترة «يناير - فبراير 2015» بنسبة طفيفة.", "2015-08-09"), [
    ["يناير", "DATE", "2015-01"],
    ["فبراير 2015", "DATE", "2015-02"],
  ]);
  assert.deepEqual(timexes("انخفضت الصادرات من كانون ثان/يناير إلى حزيران/يونيو 2015.", "2015-08-09"), [
    ["كانون ثان/يناير", "DATE", "2015-01"],
    ["حزيران/يونيو 2015", "DATE", "2015-06"],
  ]);
});

test("آخر, أواخر, نهاية + a month without a year told in the past: the latest such month gone by", () => {
  const dct = "2015-08-10";
  assert.deepEqual(timexes("اعتقلت السلطات الناشط في آخر سبتمبر.", dct), [["آخر سبتمبر", "DATE", "2014-09"]]);
  assert.deepEqual(timexes("وصل الوفد في أواخر أغسطس.", dct), [["أواخر أغسطس", "DATE", "2014-08"]]);
  assert.deepEqual(timexes("صدر الحكم في نهاية مارس.", dct), [["نهاية مارس", "DATE", "2015-03"]]);
  // a future clause keeps the month ahead
  assert.deepEqual(timexes("من المقرر أن تنتهي الأعمال نهاية أكتوبر.", dct), [["نهاية أكتوبر", "DATE", "2015-10"]]);
  // آخر that is not a position
  assert.deepEqual(timexes("التقى الوزير مسؤولا آخر في آخر زيارة له.", dct), []);
});
