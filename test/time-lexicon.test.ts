import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { findTimexes } from "../src/time/index.ts";
import { readTable, timeLexicon } from "../src/time/lexicon.ts";
import { normalizeKey } from "../src/text/normalize.ts";

const DCT = "2024-03-14";

test("every data file states its source on the first line", () => {
  for (const dir of ["time", "numbers"]) {
    for (const file of readdirSync(new URL(`../data/${dir}/`, import.meta.url))) {
      if (!file.endsWith(".tsv")) continue;
      const first = readFileSync(new URL(`../data/${dir}/${file}`, import.meta.url), "utf8").split("\n")[0]!;
      assert.match(first, /^# source: /, `${dir}/${file}`);
    }
  }
});

test("lexicon keys are normalized with the text's function", () => {
  const lex = timeLexicon();
  for (const map of [lex.months, lex.hijriMonths, lex.weekdays, lex.units, lex.holidays]) {
    for (const key of map.keys()) assert.equal(normalizeKey(key), key);
  }
});

test("no weekday is dead", () => {
  for (const [name, number] of readTable("time/weekdays.tsv")) {
    const found = findTimexes(`وقال الوزير ${name} إن المفاوضات مستمرة.`, DCT);
    assert.equal(found.length, 1, `dead weekday: ${name}`);
    const day = Number(found[0]!.value.slice(8));
    // 2024-03-11 is Monday: ISO weekday n falls on 10 + n, or the week before for days after Thursday.
    assert.equal(day, Number(number) <= 4 ? 10 + Number(number) : 3 + Number(number), name);
  }
});

test("no Hijri month is dead", () => {
  for (const [name, month] of readTable("time/hijri-months.tsv")) {
    const found = findTimexes(`صدر القرار في 5 ${name} 1445هـ بحسب البيان.`, DCT);
    assert.equal(found.length, 1, `dead Hijri month: ${name}`);
    assert.ok(found[0]!.from, name);
    void month;
  }
});

test("no unit form is dead", () => {
  for (const [form, unit, count] of readTable("time/units.tsv")) {
    const text = count === "2" ? `استمر ذلك ${form} كاملين.` : count === "1" ? `استمر ذلك أكثر من ${form} بقليل.` : `استمر ذلك منذ ${form} طويلة.`;
    const found = findTimexes(text, DCT);
    assert.equal(found.length, 1, `dead unit form: ${form} in «${text}»`);
    assert.equal(found[0]!.type, "DURATION");
    const letter = unit === "TM" ? "M" : unit;
    assert.ok(found[0]!.value.endsWith(letter!), `${form}: ${found[0]!.value}`);
  }
});

test("no holiday is dead", () => {
  for (const [name] of readTable("time/holidays.tsv")) {
    const found = findTimexes(`تعطل الدوائر الرسمية في ${name} 2024 بحسب القرار.`, null);
    assert.equal(found.length, 1, `dead holiday: ${name}`);
    assert.match(found[0]!.value, /^2024-/u, name);
  }
});

test("no future cue is dead", () => {
  for (const [cue] of readTable("time/future-cues.tsv")) {
    const found = findTimexes(`و${cue} الوزير الأحد بحث الملف.`, DCT);
    assert.equal(found[0]?.value, "2024-03-17", `dead future cue: ${cue}`);
  }
});

test("the tables know every month and weekday name the runtime's Arabic locales use", () => {
  const lex = timeLexicon();
  for (const locale of ["ar-EG", "ar-SA", "ar-DZ", "ar-TN", "ar-MA", "ar-IQ", "ar-SY", "ar-LB", "ar-JO", "ar-LY", "ar-MR"]) {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-latn`, { month: "long", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const name = format.format(new Date(Date.UTC(2020, month - 1, 15)));
      if (!/\p{Script=Arabic}/u.test(name)) continue; // a runtime without Arabic locale data
      assert.equal(lex.months.get(normalizeKey(name))?.month, month, `${locale} ${name}`);
    }
  }
  const hijri = new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-latn", { month: "long", timeZone: "UTC" });
  const hijriNumber = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { month: "numeric", timeZone: "UTC" });
  for (let day = 0; day < 360; day += 10) {
    const date = new Date(Date.UTC(2024, 0, 1) + day * 86400000);
    const name = hijri.format(date);
    if (!/\p{Script=Arabic}/u.test(name)) continue;
    assert.equal(lex.hijriMonths.get(normalizeKey(name))?.month, Number(hijriNumber.format(date)), name);
  }
  const weekday = new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" });
  for (let day = 1; day <= 7; day++) {
    const name = weekday.format(new Date(Date.UTC(2024, 0, day))); // 2024-01-01 was a Monday
    if (!/\p{Script=Arabic}/u.test(name)) continue;
    assert.equal(lex.weekdays.get(normalizeKey(name)), day, name);
  }
});

test("every given name in the table blocks the weekday after it", () => {
  for (const [name] of readTable("time/given-names.tsv")) {
    assert.deepEqual(findTimexes(`وقال ${name} الخميس إن الأمر انتهى.`, DCT), [], `dead given name: ${name}`);
  }
});
