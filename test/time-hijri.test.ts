import { test } from "node:test";
import assert from "node:assert/strict";
import { gregorianToHijri, hijriMonthLength, hijriToGregorian } from "../src/time/hijri.ts";
import { formatYmd, addDays } from "../src/time/calendar.ts";
import { readTable } from "../src/time/lexicon.ts";
import { timexes, timexAt } from "./time-helpers.ts";

const g = (y: number, m: number, d: number) => {
  const date = hijriToGregorian(y, m, d);
  return date ? formatYmd(date) : null;
};

test("Umm al-Qura month starts at known boundaries", () => {
  assert.equal(g(1445, 9, 1), "2024-03-11"); // 1 Ramadan 1445
  assert.equal(g(1445, 10, 1), "2024-04-10"); // 1 Shawwal 1445 (Eid al-Fitr)
  assert.equal(g(1446, 1, 1), "2024-07-07"); // 1 Muharram 1446
  assert.equal(g(1446, 9, 1), "2025-03-01"); // 1 Ramadan 1446
  assert.equal(g(1444, 12, 10), "2023-06-28"); // Eid al-Adha 1444
  assert.equal(g(1445, 12, 10), "2024-06-16"); // Eid al-Adha 1445
});

test("the day before a month start is the last day of the previous month", () => {
  assert.equal(g(1445, 8, 29), "2024-03-10");
  assert.equal(hijriMonthLength(1445, 8), 29);
  assert.equal(g(1445, 8, 30), null);
  assert.equal(g(1447, 8, 29), "2026-02-17");
});

test("Gregorian → Hijri is the inverse across the table", () => {
  for (let y = 1421; y <= 1460; y += 3) {
    for (let m = 1; m <= 12; m++) {
      const start = hijriToGregorian(y, m, 1)!;
      assert.deepEqual(gregorianToHijri(start), { year: y, month: m, day: 1 });
      assert.deepEqual(gregorianToHijri(addDays(start, -1)).day >= 29, true);
    }
  }
});

test("the table agrees with the islamic-umalqura calendar of the runtime, where it has one", () => {
  const format = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  if (format.resolvedOptions().calendar !== "islamic-umalqura") return;
  for (const [year, ...starts] of readTable("time/umm-al-qura.tsv")) {
    starts.forEach((iso, i) => {
      const parts = Object.fromEntries(format.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]));
      assert.equal(`${parts.year}-${parts.month}-${parts.day}`, `${year}-${i + 1}-1`, iso);
    });
  }
});

test("outside the table the arithmetic calendar is close", () => {
  const date = hijriToGregorian(1400, 9, 1)!;
  const diff = Math.abs(Date.UTC(date.y, date.m - 1, date.d) - Date.UTC(1980, 6, 13)) / 86400000;
  assert.ok(diff <= 2, formatYmd(date));
});

test("Hijri dates in text: month names, هـ, غرة and the numeric form", () => {
  const dct = "2023-06-18";
  assert.deepEqual(timexes("أعلنت الوزارة أن عيد الأضحى سيكون يوم الأربعاء 10 ذي الحجة 1444هـ.", dct), [
    ["عيد الأضحى", "DATE", "2023-06-28"],
    ["يوم الأربعاء 10 ذي الحجة 1444هـ", "DATE", "2023-06-28"],
  ]);
  assert.deepEqual(timexes("الإثنين هو غرة ذي الحجة 1444 هـ.", dct), [
    ["الإثنين", "DATE", "2023-06-19"],
    ["غرة ذي الحجة 1444 هـ", "DATE", "2023-06-19"],
  ]);
  assert.equal(timexAt("تحري رؤية الهلال مساء يوم الثلاثاء 29/ 8/ 1447هـ حسب التقويم.", "مساء يوم الثلاثاء 29/ 8/ 1447هـ", "2026-02-15").value, "2026-02-17TEV");
  assert.equal(timexAt("صدر القرار بتاريخ 4-10-1435هـ والعمل به فوري.", "4-10-1435هـ", "2015-08-09").value, "2014-07-31");
});

test("الموافق pairs give two timexes with the same value", () => {
  const found = timexes("يوم الأربعاء 10 ذي الحجة 1444هـ الموافق ل 28 جوان 2023م.", "2023-06-18");
  assert.deepEqual(found, [
    ["يوم الأربعاء 10 ذي الحجة 1444هـ", "DATE", "2023-06-28"],
    ["28 جوان 2023م", "DATE", "2023-06-28"],
  ]);
});

test("a Hijri month without a year takes the occurrence nearest the dct", () => {
  assert.equal(timexAt("يبدأ الصيام في الأول من رمضان بحسب التقويم.", "الأول من رمضان", "2024-02-20").value, "2024-03-11");
});

test("holidays resolve where a year is known", () => {
  assert.equal(timexAt("استهدف التفجير متبضعين لعيد الأضحى في بغداد.", "عيد الأضحى", "2021-07-19").value, "2021-07-20");
  assert.equal(timexAt("تعطل الدوائر في عيد الفطر 2024 أسبوعا.", "عيد الفطر 2024", null).value, "2024-04-10");
  const ramadan = timexAt("ترتفع الأسعار خلال شهر رمضان المبارك عادة.", "شهر رمضان المبارك", "2024-03-01");
  assert.equal(ramadan.from, "2024-03-11");
  assert.equal(ramadan.to, "2024-04-09");
  assert.equal(ramadan.value, "2024-03");
  assert.equal(timexAt("يصوم الحجاج يوم عرفة هذا العام.", "يوم عرفة", "2024-06-10").value, "2024-06-15");
  // Without a dct and without a year a holiday stays unresolved.
  assert.equal(timexAt("يحتفل المسلمون بعيد الفطر.", "عيد الفطر", null).value, "XXXX-XX-XX");
});

test("العيد refers back to the feast named before it, and alone is nothing", () => {
  const found = timexes("قتل 30 شخصا عشية عيد الأضحى في سوق مكتظ بالمتبضعين لشراء حاجيات العيد.", "2021-07-19");
  assert.deepEqual(found, [
    ["عيد الأضحى", "DATE", "2021-07-20"],
    ["العيد", "DATE", "2021-07-20"],
  ]);
  assert.deepEqual(timexes("احتفل الأطفال بالعيد في الحديقة."), []);
  assert.deepEqual(timexes("احتفلت البلاد بعيد الفطر، ثم احتفلت بالعيد الوطني.", "2024-04-12").map((t) => t[0]), ["عيد الفطر"]);
});

test("ambiguous Hijri month names need a day, a year or شهر", () => {
  assert.deepEqual(timexes("قال رمضان عبد الله إن الوضع مستقر."), []);
  assert.deepEqual(timexes("أكد رجب طيب أردوغان دعمه."), []);
  assert.deepEqual(timexes("تراجعت النسبة إلى صفر في المئة."), []);
  assert.deepEqual(timexes("حرم الشرع اللحوم المحرمة."), []);
  assert.deepEqual(timexes("استباحوا كل شيء حتى المحرم منه."), []);
  assert.deepEqual(timexes("يبدأ شهر شعبان غدا.", "2024-02-09").map((t) => t[0]), ["شهر شعبان", "غدا"]);
});

test("a Hijri year written with هـ alone, and Ramadan with a relation or a preposition", () => {
  const born = timexAt("المتهم سعودي الجنسية من مواليد 1415هـ.", "1415هـ", "2015-08-09");
  assert.deepEqual([born.value, born.from], ["1994", "1994-06-10"]);
  assert.equal(timexAt("عقد الاجتماع أواخر رمضان الماضي.", "أواخر رمضان الماضي", "2015-08-09").from, "2015-06-18");
  assert.equal(timexAt("نمت العمليات مقارنة بشهر رمضان من العام الماضي.", "شهر رمضان من العام الماضي", "2015-08-09").from, "2014-06-28");
  assert.equal(timexAt("وزعت السلال في رمضان على الأسر.", "رمضان", "2015-08-09").value, "2015-07");
});

test("a Hijri month's value is the Gregorian month it mostly covers, or the one its named edge falls in", () => {
  // Shawwal 1436 ran 2015-07-17 … 2015-08-15; Dhu al-Qadah 1436 ran 2015-08-16 … 2015-09-13.
  const dct = "2015-08-10";
  assert.equal(timexAt("وصلت الدفعة الأولى مطلع شهر شوال الجاري.", "مطلع شهر شوال الجاري", dct).value, "2015-07");
  assert.equal(timexAt("وتنتهي المهلة أواخر شهر ذي القعدة المقبل.", "أواخر شهر ذي القعدة المقبل", dct).value, "2015-09");
  const ramadan = timexAt("وتضاعفت التبرعات خلال شهر رمضان الماضي.", "شهر رمضان الماضي", dct);
  assert.equal(ramadan.value, "2015-07"); // 2015-06-18 … 2015-07-16: 16 days in July
  assert.deepEqual([ramadan.from, ramadan.to], ["2015-06-18", "2015-07-16"]);
});
