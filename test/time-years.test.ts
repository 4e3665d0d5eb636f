import { test } from "node:test";
import assert from "node:assert/strict";
import { timexes, timexAt } from "./time-helpers.ts";

const DCT = "2024-03-14";

test("years with عام، العام، سنة، عامي and the م suffix", () => {
  assert.deepEqual(timexes("تعرضت البلاد لثلاث هجمات في عام 2015.", DCT), [["عام 2015", "DATE", "2015"]]);
  assert.deepEqual(timexes("سجل العام 2020 تراجعا.", DCT), [["العام 2020", "DATE", "2020"]]);
  assert.deepEqual(timexes("ولد الشاعر سنة 1906م في القاهرة.", DCT), [["سنة 1906م", "DATE", "1906"]]);
  assert.deepEqual(timexes("ينخفض الدين بين عامي 2026 و2027 تدريجيا.", DCT), [
    ["عامي 2026", "DATE", "2026"],
    ["2027", "DATE", "2027"],
  ]);
  const year = timexAt("أطلقت المبادرة لعام 2016.", "عام 2016", DCT);
  assert.deepEqual([year.from, year.to], ["2016-01-01", "2016-12-31"]);
});

test("a bare year needs a preposition or a list", () => {
  assert.deepEqual(timexes("توفي 879 شخصا في 2024 بين المصابين.", DCT), [["2024", "DATE", "2024"]]);
  assert.deepEqual(timexes("لم تعرف الجامعة حادثا مماثلا منذ 1993.", DCT), [["1993", "DATE", "1993"]]);
  assert.deepEqual(timexes("وصل عدد المشاركين إلى 2000 مشارك.", DCT), []);
  assert.deepEqual(timexes("دمر القصف في 2000 منزل.", DCT), []);
});

test("a bare year after a noun naming an event by its year, but not a competition's name", () => {
  assert.deepEqual(timexes("يحلم الفريق بتكرار إنجاز 2009 الذي حققه مع مدربه.", DCT), [["2009", "DATE", "2009"]]);
  assert.deepEqual(timexes("وأجريت انتخابات 2020 الرئاسية وسط جائحة.", DCT), [["2020", "DATE", "2020"]]);
  assert.deepEqual(timexes("تأهل المنتخب لكأس العالم 2026 بعد فوزه.", DCT), []);
  assert.deepEqual(timexes("ارتفع عدد المنازل إلى 2009 منازل.", DCT), []);
});

test("a Hijri year", () => {
  const found = timexAt("صدر القرار عام 1445هـ.", "عام 1445هـ", DCT);
  assert.deepEqual([found.from, found.to], ["2023-07-19", "2024-07-06"]);
});

test("decades and centuries", () => {
  assert.deepEqual(timexes("انتشرت الأغنية في الثمانينيات.", DCT), [["الثمانينيات", "DATE", "198X"]]);
  assert.deepEqual(timexes("بني السد في ستينيات القرن الماضي.", DCT), [["ستينيات القرن الماضي", "DATE", "196X"]]);
  assert.deepEqual(timexes("شهد القرن العشرين حربين عالميتين.", DCT), [["القرن العشرين", "DATE", "19XX"]]);
  assert.deepEqual(timexes("بني القصر في القرن التاسع عشر.", DCT), [["القرن التاسع عشر", "DATE", "18XX"]]);
  assert.deepEqual(timexes("تطورت المدن خلال القرن الحادي والعشرين.", DCT), [["القرن الحادي والعشرين", "DATE", "20XX"]]);
  const decade = timexAt("انتشرت الأغنية في التسعينات.", "التسعينات", DCT);
  assert.deepEqual([decade.from, decade.to], ["1990-01-01", "1999-12-31"]);
  assert.deepEqual(timexes("زار الوفد منطقة القرن الأفريقي.", DCT), []);
});

test("years before the common era", () => {
  assert.deepEqual(timexes("بني المعبد عام 300 ق.م على ضفاف النيل.", DCT), [["300 ق.م", "DATE", "BC0300"]]);
  assert.deepEqual(timexes("يعود الأثر إلى 1200 قبل الميلاد.", DCT), [["1200 قبل الميلاد", "DATE", "BC1200"]]);
});

test("numeric dates: day-month-year, ISO, slashes and dots", () => {
  assert.deepEqual(timexes("date 2025-10-11 تتواصل المواجهات", DCT), [["2025-10-11", "DATE", "2025-10-11"]]);
  assert.deepEqual(timexes("[نشر في 2017/12/07]", DCT), [["2017/12/07", "DATE", "2017-12-07"]]);
  assert.deepEqual(timexes("وقع البيان في 15 - 3 - 2003 م بالرياض.", DCT), [["15 - 3 - 2003 م", "DATE", "2003-03-15"]]);
  assert.deepEqual(timexes("الموافق 17/ 2/ 2026م.", DCT), [["17/ 2/ 2026م", "DATE", "2026-02-17"]]);
  assert.deepEqual(timexes("الهاتف 05-55-1234", DCT), []);
  assert.deepEqual(timexes("النتيجة 31/13/2020 خاطئة", DCT), []);
});

test("both ends of a span of years are years (من 1989 إلى 1997، بين 1970 و2000), not amounts with a unit", () => {
  assert.deepEqual(timexes("تولى الرئاسة من 1989 إلى 1997 وبات من المعتدلين.", "2015-08-10").map((t) => t[2]), ["1989", "1997"]);
  assert.deepEqual(timexes("حكم البلاد بين 1970 و2000.", "2015-08-10").map((t) => t[2]), ["1970", "2000"]);
  assert.deepEqual(timexes("ارتفع السعر من 1900 إلى 2000 ريال.", "2015-08-10"), []);
});
