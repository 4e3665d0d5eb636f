import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes, timexAt } from "./time-helpers.ts";

// 2024-03-14 is a Thursday.
const DCT = "2024-03-14";

test("اليوم، أمس، أول أمس، البارحة، غدا، بعد غد", () => {
  assert.deepEqual(timexes("أعلنت الوزارة اليوم حصيلة جديدة.", DCT), [["اليوم", "DATE", "2024-03-14"]]);
  assert.deepEqual(timexes("وصل الوفد أمس إلى الرياض.", DCT), [["أمس", "DATE", "2024-03-13"]]);
  assert.deepEqual(timexes("وقع الهجوم أول أمس في المدينة.", DCT), [["أول أمس", "DATE", "2024-03-12"]]);
  assert.deepEqual(timexes("وعاد الفريق البارحة من معسكره.", DCT), [["البارحة", "DATE", "2024-03-13"]]);
  assert.deepEqual(timexes("تنطلق المحادثات غداً في جنيف.", DCT), [["غداً", "DATE", "2024-03-15"]]);
  assert.deepEqual(timexes("يضرب العمال بعد غد في القطاع العام.", DCT), [["بعد غد", "DATE", "2024-03-16"]]);
  assert.deepEqual(timexes("منح المدرب اللاعبين راحة يوم أمس.", DCT), [["يوم أمس", "DATE", "2024-03-13"]]);
  assert.deepEqual(timexes("وكانت الشرطة قد أعلنت بالأمس توقيف المشتبه به.", DCT), [["الأمس", "DATE", "2024-03-13"]]);
});

test("a relative day joined with its weekday and date is one timex", () => {
  assert.deepEqual(timexes("قال المتحدث اليوم الخميس إن المفاوضات مستمرة.", DCT), [["اليوم الخميس", "DATE", "2024-03-14"]]);
  assert.deepEqual(timexes("سيلتقي الوزير غدا الجمعة نظيره.", DCT), [["غدا الجمعة", "DATE", "2024-03-15"]]);
  assert.deepEqual(timexes("أعلن أمس (الأربعاء) أن التشكيلة جاهزة.", DCT), [["أمس (الأربعاء)", "DATE", "2024-03-13"]]);
  assert.deepEqual(timexes("أجرى الرئيس اتصالا هاتفيا، اليوم /الخميس/، بنظيره.", DCT), [["اليوم /الخميس/", "DATE", "2024-03-14"]]);
  assert.deepEqual(timexes("أعلنت المفوضية، اليوم الخميس (14 آذار 2024)، النتائج.", DCT), [["اليوم الخميس (14 آذار 2024)", "DATE", "2024-03-14"]]);
});

test("اليوم that is not today", () => {
  assert.deepEqual(timexes("قالت صحيفة المصري اليوم إن الوزير استقال.", DCT), []);
  assert.deepEqual(timexes("يحتفل العالم باليوم العالمي للمرأة.", DCT), []);
  assert.deepEqual(timexes("في اليوم الأول من المؤتمر تحدث الوزير.", DCT), []);
  assert.deepEqual(timexes("قتل 51 شخصا الجمعة في ما يعتبر اليوم الأكثر دموية.", DCT).map((t) => t[0]), ["الجمعة"]);
  assert.deepEqual(timexes("يضيف الحقل 0.7 مليون برميل في اليوم إلى الإنتاج.", DCT), []);
  assert.deepEqual(timexes("ويعد هجوم اليوم الأكبر في البلاد منذ سنوات.", DCT).map((t) => t[0]), ["اليوم", "سنوات"]);
  assert.deepEqual(timexes("انتهت مأموريتنا في ذلك اليوم وعدنا.", DCT), []);
  assert.deepEqual(timexes("قال مدير عام دار اليوم للإعلام إن الصحيفة مستمرة.", DCT), []);
});

test("bare weekdays are the most recent such day; الماضي before, المقبل/القادم after", () => {
  assert.deepEqual(timexes("قال الوزير الثلاثاء إن الحكومة مستمرة.", DCT), [["الثلاثاء", "DATE", "2024-03-12"]]);
  assert.deepEqual(timexes("أعلن الجيش الخميس سيطرته على البلدة.", DCT), [["الخميس", "DATE", "2024-03-14"]]);
  assert.deepEqual(timexes("وكان الاجتماع عقد الخميس الماضي.", DCT), [["الخميس الماضي", "DATE", "2024-03-07"]]);
  assert.deepEqual(timexes("تواصلت الجلسات على مدار يومي الثلاثاء والأربعاء.", DCT), [
    ["يومي الثلاثاء", "DATE", "2024-03-12"],
    ["الأربعاء", "DATE", "2024-03-13"],
  ]);
  assert.deepEqual(timexes("يزور الوفد القاهرة يوم الأحد المقبل.", DCT), [["يوم الأحد المقبل", "DATE", "2024-03-17"]]);
  assert.deepEqual(timexes("تعود الفرق الجمعة القادمة إلى التدريب.", DCT), [["الجمعة القادمة", "DATE", "2024-03-15"]]);
  assert.deepEqual(timexes("يستمر الإغلاق حتى مساء السبت بعد القادم.", DCT), [["مساء السبت بعد القادم", "TIME", "2024-03-23TEV"]]);
  assert.deepEqual(timexes("هاجم المستوطنون المنزل الجمعة قبل الماضية.", DCT), [["الجمعة قبل الماضية", "DATE", "2024-03-01"]]);
  assert.deepEqual(timexes("أعلن مسؤول تركي الإثنين أن أنقرة تتهم الحزب.", DCT), [["الإثنين", "DATE", "2024-03-11"]]);
});

test("a future clause moves a bare weekday after the dct", () => {
  assert.deepEqual(timexes("ومن المقرر أن يصل الوفد الأحد إلى الرياض.", DCT), [["الأحد", "DATE", "2024-03-17"]]);
  assert.deepEqual(timexes("سيزور الرئيس الأردن السبت في أول جولة له.", DCT), [["السبت", "DATE", "2024-03-16"]]);
});

test("weekday guards: الأحد عشر, بين الاثنين, names without the article", () => {
  assert.deepEqual(timexes("فاز اللاعبون الأحد عشر بالكأس.", DCT), []);
  assert.deepEqual(timexes("لا فرق بين الاثنين في الموقف.", DCT), []);
  assert.deepEqual(timexes("كتب: جمعة حمد الله.", DCT), []);
});

test("weeks, months and years relative to the dct", () => {
  assert.deepEqual(timexes("تراجعت الأسهم الأسبوع الماضي.", DCT), [["الأسبوع الماضي", "DATE", "2024-W10"]]);
  assert.deepEqual(timexes("تحادث الرئيسان الشهر الماضي.", DCT), [["الشهر الماضي", "DATE", "2024-02"]]);
  assert.deepEqual(timexes("يعقد المؤتمر الشهر المقبل.", DCT), [["الشهر المقبل", "DATE", "2024-04"]]);
  assert.deepEqual(timexes("ارتفعت الصادرات خلال العام الماضي.", DCT), [["العام الماضي", "DATE", "2023"]]);
  assert.deepEqual(timexes("تتوقع الحكومة نموا هذا العام.", DCT), [["هذا العام", "DATE", "2024"]]);
  assert.deepEqual(timexes("سجل المرض انتشارا خلال العام الحالي.", DCT), [["العام الحالي", "DATE", "2024"]]);
  assert.deepEqual(timexes("تجري الانتخابات السنة المقبلة.", DCT), [["السنة المقبلة", "DATE", "2025"]]);
});

test("مطلع، منتصف، أواخر، نهاية، بداية keep the value of what they modify", () => {
  assert.deepEqual(timexes("تمكن الجيش أواخر الشهر الماضي من كسر الحصار.", DCT), [["أواخر الشهر الماضي", "DATE", "2024-02"]]);
  assert.deepEqual(timexes("تنتهي الأعمال قبل نهاية العام الجاري.", DCT), [["نهاية العام الجاري", "DATE", "2024"]]);
  assert.deepEqual(timexes("تراجع الاحتياطي منذ بداية العام الماضي.", DCT), [["بداية العام الماضي", "DATE", "2023"]]);
  assert.deepEqual(timexes("أصيب 72 ألفا منذ بداية السنة.", DCT), [["بداية السنة", "DATE", "2024"]]);
  assert.deepEqual(timexes("وقتل 14 جنديا في هجوم نهاية 2015.", DCT), [["نهاية 2015", "DATE", "2015"]]);
  assert.deepEqual(timexes("يعود الطلاب مطلع الأسبوع المقبل.", DCT), [["مطلع الأسبوع المقبل", "DATE", "2024-W12"]]);
});

test("a day of the current, previous or same month", () => {
  assert.deepEqual(timexes("عين وزيرا يوم 22 من الشهر الماضي.", DCT), [["يوم 22 من الشهر الماضي", "DATE", "2024-02-22"]]);
  assert.deepEqual(timexes("تبدأ الامتحانات في العاشر من الشهر الجاري.", DCT), [["العاشر من الشهر الجاري", "DATE", "2024-03-10"]]);
  assert.deepEqual(timexes("زار الأردن في 21 تشرين الثاني، والكويت في 23 من الشهر ذاته.", "2022-11-29"), [
    ["21 تشرين الثاني", "DATE", "2022-11-21"],
    ["23 من الشهر ذاته", "DATE", "2022-11-23"],
  ]);
});

test("قبل and بعد with a count make dates; with a vague plural they make references", () => {
  assert.deepEqual(timexes("نشر المرصد قبل 3 أيام حصيلة.", DCT), [["قبل 3 أيام", "DATE", "2024-03-11"]]);
  assert.deepEqual(timexes("غادر البلاد قبل يومين.", DCT), [["قبل يومين", "DATE", "2024-03-12"]]);
  assert.deepEqual(timexes("توافق الأعضاء قبل أكثر من ثلاثة أشهر على الخطة.", DCT), [["قبل أكثر من ثلاثة أشهر", "DATE", "2023-12"]]);
  assert.deepEqual(timexes("أسس المركز قبل عامين.", DCT), [["قبل عامين", "DATE", "2022"]]);
  assert.deepEqual(timexes("تعود الرحلات بعد أسبوعين.", DCT), [["بعد أسبوعين", "DATE", "2024-W13"]]);
  assert.deepEqual(timexes("حصلت مصر على الدفعة قبل أيام.", DCT), [["قبل أيام", "DATE", "PAST_REF"]]);
  assert.deepEqual(timexes("ظهرت المسيرات قبل أشهر عدة.", DCT), [["قبل أشهر عدة", "DATE", "PAST_REF"]]);
});

test("anaphors: اليوم التالي and the same month count from the previous timex", () => {
  assert.deepEqual(timexes("استقبل الرئيس الوفد الخميس الماضي، لكنه قال في اليوم التالي إن بلاده مستعدة.", DCT), [
    ["الخميس الماضي", "DATE", "2024-03-07"],
    ["اليوم التالي", "DATE", "2024-03-08"],
  ]);
  assert.deepEqual(timexes("يفتح باب الطعون ابتداء من اليوم التالي للنشر.", DCT), []);
});

test("PRESENT_REF, PAST_REF and FUTURE_REF adverbs", () => {
  assert.deepEqual(timexes("يزور القاهرة حاليا وفد رفيع.", DCT), [["حاليا", "DATE", "PRESENT_REF"]]);
  assert.deepEqual(timexes("توصل الطرفان مؤخراً إلى اتفاق.", DCT), [["مؤخراً", "DATE", "PAST_REF"]]);
  assert.deepEqual(timexes("على أن تزيدها قريبا إلى سبع رحلات.", DCT), [["قريبا", "DATE", "FUTURE_REF"]]);
  assert.deepEqual(timexes("لم يصدر أي تعليق حتى الآن.", DCT), [["الآن", "DATE", "PRESENT_REF"]]);
  assert.deepEqual(timexes("يقع المبنى قريبا من الساحة.", DCT), []);
  assert.deepEqual(timexes("التقى الوزير ألان جوبيه.", DCT), []);
});

test("without a dct, relative expressions stay unresolved", () => {
  assert.deepEqual(timexes("وصل الوفد أمس.", null), [["أمس", "DATE", "XXXX-XX-XX"]]);
  assert.deepEqual(timexes("قال الوزير الثلاثاء إن الحكومة مستمرة.", null), [["الثلاثاء", "DATE", "XXXX-WXX-2"]]);
  assert.deepEqual(timexes("تحادث الرئيسان الشهر الماضي.", null), [["الشهر الماضي", "DATE", "XXXX-XX"]]);
  assert.deepEqual(timexes("ارتفعت الصادرات العام الماضي.", null), [["العام الماضي", "DATE", "XXXX"]]);
  assert.deepEqual(timexes("وقع الانفجار في 27 أكتوبر الماضي.", null), [["27 أكتوبر الماضي", "DATE", "XXXX-10-27"]]);
  const found = timexAt("وصل الوفد أمس.", "أمس", null);
  assert.equal(found.from, undefined);
  assert.equal(found.anchor, undefined);
});

test("resolved dates carry from/to and their anchor", () => {
  const month = timexAt("تحادث الرئيسان الشهر الماضي.", "الشهر الماضي", DCT);
  assert.deepEqual([month.from, month.to, month.anchor], ["2024-02-01", "2024-02-29", DCT]);
  const week = timexAt("تراجعت الأسهم الأسبوع الماضي.", "الأسبوع الماضي", DCT);
  assert.deepEqual([week.from, week.to], ["2024-03-04", "2024-03-10"]);
  const year = timexAt("ارتفعت الصادرات العام الماضي.", "العام الماضي", DCT);
  assert.deepEqual([year.from, year.to], ["2023-01-01", "2023-12-31"]);
});

test("more guards: بأمس الحاجة, the ordinal الاثنين والثلاثين, «اليوم» the newspaper", () => {
  assert.deepEqual(timexes("نحن بأمس الحاجة إلى الوحدة.", DCT), []);
  assert.deepEqual(timexes("تقام مباريات الجولة الاثنين والثلاثين من الدوري.", DCT), []);
  assert.deepEqual(timexes("حصلت «اليوم» على نسخة من البيان.", DCT), []);
  assert.deepEqual(timexes("أعلنت الوزارة في بيان أمس الأول الحصيلة.", DCT), [["أمس الأول", "DATE", "2024-03-12"]]);
  assert.deepEqual(timexes("نمت المبيعات خلال شهر رمضان للعام الحالي.", "2015-08-09").map((t) => t[0]), ["شهر رمضان", "عام الحالي"]);
  assert.deepEqual(timexes("سيلتقي الوزير، يوم الأربعاء، نظيره.", DCT), [["يوم الأربعاء", "DATE", "2024-03-20"]]);
});

test("only values that depend on the dct carry it as their anchor", () => {
  assert.equal(timexAt("وقعت الاتفاقية في 11 يناير 2021.", "11 يناير 2021", DCT).anchor, undefined);
  assert.equal(timexAt("سجل العام 2020 تراجعا.", "العام 2020", DCT).anchor, undefined);
  assert.equal(timexAt("وصل الوفد أمس.", "أمس", DCT).anchor, DCT);
  assert.equal(timexAt("وقع الانفجار في 27 أكتوبر الماضي.", "27 أكتوبر الماضي", DCT).anchor, DCT);
  assert.equal(timexAt("قال الوزير الثلاثاء إن الحكومة مستمرة.", "الثلاثاء", DCT).anchor, DCT);
});

test("a weekday name after a given name or a personal title is a family name", () => {
  assert.deepEqual(timexes("قال محمد الخميس إن الفريق جاهز.", DCT), []);
  assert.deepEqual(timexes("وأوضح الدكتور الجمعة أن الزيارة مهمة.", DCT), []);
  assert.deepEqual(timexes("صرح عبدالله بن السبت للصحفيين.", DCT), []);
  assert.deepEqual(timexes("قال الوزير الخميس إن الفريق جاهز.", DCT), [["الخميس", "DATE", "2024-03-14"]]);
});

test("a weekday glued to its numeric date", () => {
  assert.deepEqual(timexes("تقام الفعاليات من الأربعاء27/10/1436هـ لمدة عشرة أيام.", "2015-08-10"), [
    ["الأربعاء27/10/1436هـ", "DATE", "2015-08-12"],
    ["عشرة أيام", "DURATION", "P10D"],
  ]);
});

test("أخيراً is PAST_REF (recently) unless it means finally", () => {
  assert.deepEqual(timexes("كشفت الشرطة أخيراً عن هوية المشتبه به.", DCT), [["أخيراً", "DATE", "PAST_REF"]]);
  assert.deepEqual(timexes("وأعلنت الهيئة أخيرا نتائج التحقيق.", DCT), [["أخيرا", "DATE", "PAST_REF"]]);
  assert.deepEqual(timexes("وأخيراً اكتفى الفريق بالتعادل.", DCT), []);
  assert.deepEqual(timexes("تعادل الفريقان. أخيرا، شكر المدرب الجمهور.", DCT), []);
  assert.deepEqual(timexes("تمكن المنقذون أخيرا من انتشال الضحايا.", DCT), []);
  assert.deepEqual(timexes("نشكر الجميع، وأخيرا وليس آخرا الجمهور.", DCT), []);
});
