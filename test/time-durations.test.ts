import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes } from "./time-helpers.ts";
import { durationValue } from "../src/time/patterns/durations.ts";

const DCT = "2024-03-14";

test("counted durations in digits and words, with tanween and case endings", () => {
  assert.deepEqual(timexes("استمر الحصار ثلاثة أسابيع كاملة.", DCT), [["ثلاثة أسابيع", "DURATION", "P3W"]]);
  assert.deepEqual(timexes("أضرب الأسرى 45 يوماً عن الطعام.", DCT), [["45 يوماً", "DURATION", "P45D"]]);
  assert.deepEqual(timexes("يصرف القرض على مدار 46 شهرا.", DCT), [["46 شهرا", "DURATION", "P46M"]]);
  assert.deepEqual(timexes("قضت المحكمة بسجنه 15عاما.", DCT), [["15عاما", "DURATION", "P15Y"]]);
  assert.deepEqual(timexes("أعلن الحداد ثلاثة ايام في البلاد.", DCT), [["ثلاثة ايام", "DURATION", "P3D"]]);
  assert.deepEqual(timexes("بقي في الأسر خمسة عشر يوما.", DCT), [["خمسة عشر يوما", "DURATION", "P15D"]]);
  assert.deepEqual(timexes("نزح الآلاف في يوم واحد.", DCT), [["يوم واحد", "DURATION", "P1D"]]);
  assert.deepEqual(timexes("قتل 30 شخصا خلال 24 ساعة.", DCT), [["24 ساعة", "DURATION", "PT24H"]]);
});

test("feminine duals with a tail word, and bare plurals in the adverbial accusative", () => {
  assert.deepEqual(timexes("تطور المشروع كثيرا خلال السنتين الماضيتين.", DCT), [["السنتين الماضيتين", "DURATION", "P2Y"]]);
  assert.deepEqual(timexes("ظلت المريضة في المستشفى شهورا طويلة.", DCT), [["شهورا", "DURATION", "PXM"]]);
  assert.deepEqual(timexes("بقي أياما في العناية المركزة.", DCT), [["أياما", "DURATION", "PXD"]]);
  // Without the accusative ending the plural is a noun.
  assert.deepEqual(timexes("تمر أيام صعبة على السكان.", DCT), []);
});

test("duals are durations of two", () => {
  assert.deepEqual(timexes("تستمر الزيارة يومين.", DCT), [["يومين", "DURATION", "P2D"]]);
  assert.deepEqual(timexes("يقرر الاتحاد موقفه في ظرف أسبوعين.", DCT), [["أسبوعين", "DURATION", "P2W"]]);
  assert.deepEqual(timexes("علقت الصحيفة لعامين.", DCT), [["عامين", "DURATION", "P2Y"]]);
  assert.deepEqual(timexes("تفاوض الطرفان ثلاثة أشهر.", DCT), [["ثلاثة أشهر", "DURATION", "P3M"]]);
});

test("joined durations add up", () => {
  assert.deepEqual(timexes("استمر اللقاء ساعتين وعشر دقائق.", DCT), [["ساعتين وعشر دقائق", "DURATION", "PT2H10M"]]);
  assert.equal(durationValue([{ amount: 1, unit: "Y" }, { amount: 2, unit: "M" }, { amount: 30, unit: "TM" }]), "P1Y2MT30M");
});

test("منذ and خلال stay outside the span; أكثر من is kept", () => {
  assert.deepEqual(timexes("تحاصر القوات المدينة منذ أكثر من عام.", DCT), [["أكثر من عام", "DURATION", "P1Y"]]);
  assert.deepEqual(timexes("يشهد البلد صراعا منذ أكثر من عقد.", DCT), [["أكثر من عقد", "DURATION", "P1DE"]]);
  assert.deepEqual(timexes("تصاعدت الهجمات منذ أسابيع.", DCT), [["أسابيع", "DURATION", "PXW"]]);
  assert.deepEqual(timexes("تعمل قوات الأمن في البلاد منذ عقود.", DCT), [["عقود", "DURATION", "PXDE"]]);
  assert.deepEqual(timexes("توقفت الرحلات لسنوات طويلة.", DCT), [["سنوات", "DURATION", "PXY"]]);
  assert.deepEqual(timexes("بعد أيام فقط من أداء الحكومة اليمين وقع الهجوم.", DCT), [["أيام", "DURATION", "PXD"]]);
  assert.deepEqual(timexes("هبطت الطائرة بعد يومين من القرار.", DCT), [["يومين", "DURATION", "P2D"]]);
});

test("the last N units: الأشهر التسعة الفائتة، الـ 24 ساعة الماضية، الأيام الأخيرة", () => {
  assert.deepEqual(timexes("شن الطيران 517 غارة خلال الأشهر التسعة الفائتة.", DCT), [["الأشهر التسعة الفائتة", "DURATION", "P9M"]]);
  assert.deepEqual(timexes("استشهد عشرة خلال الـ 24 ساعة الفائتة.", DCT), [["الـ 24 ساعة الفائتة", "DURATION", "PT24H"]]);
  assert.deepEqual(timexes("سجلت 10 حالات خلال 24 ساعة الماضية.", DCT), [["24 ساعة الماضية", "DURATION", "PT24H"]]);
  assert.deepEqual(timexes("تحولت الاحتجاجات خلال الأيام الأخيرة إلى أعمال عنف.", DCT), [["الأيام الأخيرة", "DURATION", "PXD"]]);
  assert.deepEqual(timexes("تقدمت القوات خلال الأسابيع الماضية.", DCT), [["الأسابيع الماضية", "DURATION", "PXW"]]);
  assert.deepEqual(timexes("انعقد البرلمان في اليومين الماضيين.", DCT), [["اليومين الماضيين", "DURATION", "P2D"]]);
  assert.deepEqual(timexes("خسر الجنيه نصف قيمته خلال الأشهر العشرة الماضية.", DCT), [["الأشهر العشرة الماضية", "DURATION", "P10M"]]);
});

test("nouns that look like durations are not", () => {
  // a bare singular unit, a definite dual adjective, ages, and عقد as "held" or "contract"
  assert.deepEqual(timexes("كان يوما حزينا على الجميع.", DCT), []);
  assert.deepEqual(timexes("تظل الوزارة ملتزمة بضمان الأمن والنظام العامين.", DCT), []);
  assert.deepEqual(timexes("توجت البرتغال بكأس العالم تحت 17 عاماً.", DCT), []);
  assert.deepEqual(timexes("وشارك منتخب الشباب دون 20 عاما في البطولة.", DCT), []);
  assert.deepEqual(timexes("عقد المجلس جلسة طارئة ووقع عقد الشراكة.", DCT), []);
  assert.deepEqual(timexes("انتهت أيام الدراسة.", DCT), []);
  assert.deepEqual(timexes("ارتفعت المبيعات طيلة أيام الشهر.", DCT), []);
  assert.deepEqual(timexes("عين وزراء ومدراء عامين جددا.", DCT), []);
  assert.deepEqual(timexes("هبط السهم 9 في المائة يوم الخميس.", DCT), [["يوم الخميس", "DATE", "2024-03-14"]]);
  assert.deepEqual(timexes("سجل العام 2020 نموا.", DCT), [["العام 2020", "DATE", "2020"]]);
});

test("sets: سنويا، يوميا، أسبوعيا، شهريا، كل أسبوع، بشكل يومي", () => {
  assert.deepEqual(timexes("يزور المتحف مليون شخص سنويا.", DCT), [["سنويا", "SET", "P1Y"]]);
  assert.deepEqual(timexes("تنتج الحقول 7 ملايين برميل يومياً.", DCT), [["يومياً", "SET", "P1D"]]);
  assert.deepEqual(timexes("تسير الشركة أربع رحلات أسبوعيا.", DCT), [["أسبوعيا", "SET", "P1W"]]);
  assert.deepEqual(timexes("يدفع المستأجر الضريبة شهريا.", DCT), [["شهريا", "SET", "P1M"]]);
  assert.deepEqual(timexes("يجتمع المجلس كل أسبوع.", DCT), [["كل أسبوع", "SET", "P1W"]]);
  assert.deepEqual(timexes("تجرى الفحوص كل ثلاثة أشهر.", DCT), [["كل ثلاثة أشهر", "SET", "P3M"]]);
  assert.deepEqual(timexes("تصبح الرحلات بشكل يومي في الصيف.", DCT), [["بشكل يومي", "SET", "P1D"]]);
});

test("halves: عام ونصف، ساعتين ونصف", () => {
  assert.deepEqual(timexes("يقبع في السجن منذ عام ونصف.", DCT), [["عام ونصف", "DURATION", "P1.5Y"]]);
  assert.deepEqual(timexes("استمر الاجتماع ساعتين ونصف.", DCT), [["ساعتين ونصف", "DURATION", "PT2.5H"]]);
  assert.deepEqual(timexes("وستعقد اللجنة اجتماعها.", DCT), []);
});

test("ages are durations; sports age categories are not", () => {
  assert.deepEqual(timexes("قتل شاب يبلغ من العمر 19 عاما برصاص مجهولين.", DCT), [["19 عاما", "DURATION", "P19Y"]]);
  assert.deepEqual(timexes("رحل الممثل البالغ 72 عاماً بعد صراع مع المرض.", DCT), [["72 عاماً", "DURATION", "P72Y"]]);
  assert.deepEqual(timexes("وأصيب سائق الحافلة (43 عاما) بجروح طفيفة.", DCT), [["43 عاما", "DURATION", "P43Y"]]);
  assert.deepEqual(timexes("وحصد لاكازيت (24 عاما) جائزة الهداف.", DCT), [["24 عاما", "DURATION", "P24Y"]]);
  assert.deepEqual(timexes("تأهل منتخب الناشئين إلى نهائي كأس آسيا تحت 16 عاماً.", DCT), []);
});

test("a bare unit after قبل، بعد، خلال، مرور counts one", () => {
  assert.deepEqual(timexes("افتتح الجسر قبل عام من الآن.", DCT), [["قبل عام من الآن", "DATE", "2023"]]);
  assert.deepEqual(timexes("اندلعت المواجهات قبل شهر في ريف المدينة.", DCT), [["قبل شهر", "DATE", "2024-02"]]);
  assert.deepEqual(timexes("تعهدت الشركة بتسليم الشقق خلال شهر.", DCT), [["شهر", "DURATION", "P1M"]]);
  assert.deepEqual(timexes("عاد الهدوء بعد مرور عام على الزلزال.", DCT), [["عام", "DURATION", "P1Y"]]);
  assert.deepEqual(timexes("أغلق المصنع منذ سنة ولم يفتح.", DCT), [["سنة", "DURATION", "P1Y"]]);
  // counted back from an event, not from the dct
  assert.deepEqual(timexes("استقال الوزير قبل يوم من الانتخابات.", DCT), [["يوم", "DURATION", "P1D"]]);
  assert.deepEqual(timexes("غادر الوفد قبل يومين من القمة.", DCT), [["يومين", "DURATION", "P2D"]]);
});

test("a bare unit that is a noun, a name or the adjective عام is not counted", () => {
  assert.deepEqual(timexes("قال المدير العام إن الرأي العام يؤيد القرار بشكل عام.", DCT), []);
  assert.deepEqual(timexes("عينه النائب العام مدعيا عاما قبل العام الدراسي.", DCT), []);
  assert.deepEqual(timexes("تراجعت الأسعار خلال شهر رمضان.", DCT).map((t) => t[0]), ["شهر رمضان"]);
  assert.deepEqual(timexes("شارك الطلاب خلال يوم دراسي حول البيئة.", DCT), []);
  assert.deepEqual(timexes("اعتقل قبل عام 2020.", DCT), [["عام 2020", "DATE", "2020"]]);
  assert.deepEqual(timexes("وقع الهجوم قبل يوم الجمعة.", DCT).map((t) => t[0]), ["يوم الجمعة"]);
  assert.deepEqual(timexes("تتحسن حالته يوماً بعد يوم وعاما بعد عام.", DCT), []);
});

test("a definite count after a definite plural: الساعات الأربع والعشرين الأخيرة", () => {
  assert.deepEqual(timexes("سجلت الوزارة 40 إصابة خلال الساعات الأربع والعشرين الأخيرة.", DCT), [["الساعات الأربع والعشرين الأخيرة", "DURATION", "PT24H"]]);
  assert.deepEqual(timexes("تراجع المؤشر في الأيام الخمسة الماضية.", DCT), [["الأيام الخمسة الماضية", "DURATION", "P5D"]]);
  assert.deepEqual(timexes("يتوقع هطول أمطار خلال الـ72 ساعة المقبلة.", DCT), [["الـ72 ساعة المقبلة", "DURATION", "PT72H"]]);
});
