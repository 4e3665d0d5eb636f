import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./events-helpers.ts";

const speakers = (quotes: Array<{ speaker: { canonical: string | null } | null }>) => quotes.map((q) => q.speaker?.canonical ?? null);

test("a title phrase before the name: the person far after the verb is the speaker", () => {
  const text = "أعلن رئيس هيئة الطيران المدني في الكويت، المهندس يوسف الفوزان، أن المطار سيستأنف الرحلات الدولية الأسبوع المقبل.";
  const { quotes } = eventsOf(text, [{ text: "يوسف الفوزان", type: "PER", canonical: "Yousef al-Fouzan", country: "KWT" }, { text: "الكويت", type: "LOC", country: "KWT" }]);
  assert.deepEqual(speakers(quotes), ["Yousef al-Fouzan"]);
});

test("a person named after مع is not the speaker", () => {
  const text = "وقال وزير الخارجية في مؤتمر صحفي مشترك عقده في عمان مع نظيره الفرنسي جان نويل بارو إن المحادثات كانت بناءة.";
  const { quotes } = eventsOf(text, [{ text: "جان نويل بارو", type: "PER", canonical: "Jean-Noel Barrot", country: "FRA" }]);
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0]!.speaker?.canonical, "Jean-Noel Barrot");
});

test("على لسان X: the spokesperson is the speaker, not the ministry", () => {
  const text = "أعلنت وزارة الصحة، مساء الأحد، على لسان ناطقها الرسمي خالد عبد الغفار، أن حملة التطعيم ستشمل المدارس كافة.";
  const { quotes } = eventsOf(text, [
    { text: "وزارة الصحة", type: "ORG", canonical: "Ministry of Health (Egypt)", country: "EGY" },
    { text: "خالد عبد الغفار", type: "PER", canonical: "Khaled Abdel Ghaffar", country: "EGY" },
  ]);
  assert.deepEqual(speakers(quotes), ["Khaled Abdel Ghaffar"]);
});

test("a pronoun subject (لكنه قال) is the subject of the sentence before, not its object", () => {
  const text = "واستقبل الرئيس الجزائري عبد المجيد تبون السفير الإيطالي في قصر المرادية. لكنه قال في اليوم التالي إن العلاقات مع روما تمر بمرحلة دقيقة.";
  const { quotes } = eventsOf(text, [{ text: "عبد المجيد تبون", type: "PER", canonical: "Abdelmadjid Tebboune", country: "DZA" }]);
  assert.deepEqual(speakers(quotes), ["Abdelmadjid Tebboune"]);
});

test("وأضاف أن continues the speaker already quoted, even when another person was named in between", () => {
  const text =
    "وقال وزير الداخلية اللبناني أحمد الحجار إن الانتخابات البلدية ستجري في موعدها. وأشار إلى زيارة قام بها رئيس الحكومة نواف سلام إلى الجنوب. وأضاف أن الأجهزة الأمنية جاهزة لحماية مراكز الاقتراع.";
  const { quotes } = eventsOf(text, [
    { text: "أحمد الحجار", type: "PER", canonical: "Ahmad al-Hajjar", country: "LBN" },
    { text: "نواف سلام", type: "PER", canonical: "Nawaf Salam", country: "LBN" },
  ]);
  assert.deepEqual(speakers(quotes), ["Ahmad al-Hajjar", "Ahmad al-Hajjar"]);
});

test("an unrecognized subject right after the verb is not replaced by a guess", () => {
  const text = "وشن الجيش غارات على المدينة. وأعلنت لجنة أهالي الحي في بيان أن المياه مقطوعة منذ ثلاثة أيام.";
  const { quotes } = eventsOf(text, [{ text: "الجيش", type: "ORG", canonical: "Sudanese Armed Forces", country: "SDN" }]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
});

test("an organization the entity stage could not name resolves to the earlier entity with its words", () => {
  const text = "حذرت المنظمة الدولية للهجرة من موجة نزوح جديدة في اليمن. وأفادت المنظمة الدولية، في بيان، بأن عدد النازحين تضاعف خلال شهر.";
  const { quotes } = eventsOf(text, [
    { text: "المنظمة الدولية للهجرة", type: "ORG", canonical: "International Organization for Migration" },
    { text: "المنظمة الدولية", type: "ORG", occurrence: 1 },
  ]);
  assert.deepEqual(speakers(quotes), ["International Organization for Migration"]);
});

test("وذكر التقرير الذي نشرته وكالة …: the report is the organization's, not the agency's", () => {
  const text =
    "قالت منظمة العفو الدولية إن آلاف المعتقلين محرومون من المحاكمة. وذكر التقرير الذي اطلعت عليه وكالة فرانس برس أن السجون تجاوزت طاقتها الاستيعابية.";
  const { quotes } = eventsOf(text, [
    { text: "منظمة العفو الدولية", type: "ORG", canonical: "Amnesty International" },
    { text: "وكالة فرانس برس", type: "ORG", canonical: "Agence France-Presse" },
  ]);
  assert.deepEqual(speakers(quotes), ["Amnesty International", "Amnesty International"]);
});

test("حسبما قالت X does not change who the later وأضاف continues", () => {
  const text = "وأعلنت حركة الشباب مسؤوليتها عن التفجير حسبما قالت إذاعة الأندلس الموالية لها. وأضافت أن مقاتليها استهدفوا قاعدة عسكرية.";
  const { quotes } = eventsOf(text, [
    { text: "حركة الشباب", type: "ORG", canonical: "Al-Shabaab" },
    { text: "إذاعة الأندلس", type: "ORG", canonical: "Radio Andalus" },
  ]);
  assert.deepEqual(speakers(quotes), ["Al-Shabaab"]);
});

test("a capital as the subject of a speech verb stands for its government", () => {
  const text = "وتقول أنقرة إنها لن تسمح بقيام كيان مسلح على حدودها الجنوبية.";
  const { quotes } = eventsOf(text, [{ text: "أنقرة", type: "LOC", canonical: "Ankara", country: "TUR" }]);
  assert.deepEqual(speakers(quotes), ["Turkish government"]);
});

test("a correspondent of a named outlet, and a police force named without its country", () => {
  const text = "وأفاد مراسل قناة الجزيرة أن المحتجين أغلقوا الطريق الدولي. وتقول الشرطة إن الموقوفين اعترفوا بالتخطيط للهجوم على مقر البلدية في القاهرة.";
  const { quotes } = eventsOf(text, [
    { text: "قناة الجزيرة", type: "ORG", canonical: "Al Jazeera", country: "QAT" },
    { text: "القاهرة", type: "LOC", canonical: "Cairo", country: "EGY" },
  ]);
  assert.equal(quotes[0]!.speaker?.canonical, "Al Jazeera correspondent");
  assert.ok(quotes[1]!.speaker?.canonical?.endsWith("police"));
});

test("an affiliated outlet: the owner named after التابعة is not the speaker", () => {
  const text = "وقالت قناة العالم، التابعة لـ\"الحرس الثوري\"، إن الدفاعات الجوية أسقطت طائرة مسيرة فوق أصفهان.";
  const { quotes } = eventsOf(text, [{ text: "الحرس الثوري", type: "ORG", canonical: "Islamic Revolutionary Guard Corps", country: "IRN" }]);
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0]!.speaker?.canonical, "Islamic Revolutionary Guard Corps");
});

test("a participle introduces speech only with a close complement; an adjective مؤكدة does not", () => {
  const text =
    "وسجلت الوزارة عشر حالات مؤكدة في العاصمة، ومن المقرر أن تعلن حصيلة جديدة غدا. وقال وزير الصحة فراس الأبيض إن الوضع تحت السيطرة، داعيا المواطنين إلى \"الالتزام بإجراءات الوقاية في الأماكن المغلقة\".";
  const { quotes } = eventsOf(text, [{ text: "فراس الأبيض", type: "PER", canonical: "Firass Abiad", country: "LBN" }]);
  assert.deepEqual(speakers(quotes), ["Firass Abiad", "Firass Abiad"]);
  assert.equal(quotes[1]!.text, "الالتزام بإجراءات الوقاية في الأماكن المغلقة");
});

test("a speech verb does not take the complement of a later speech verb", () => {
  const text = "وكان التنظيم أعلن عن تأسيسه في مارس الماضي وقال إنه يسعى إلى السيطرة على المنطقة الحدودية.";
  const { quotes } = eventsOf(text, []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue?.text, "وقال");
});

test("وجاء في البيان and a stray quotation mark that never closes", () => {
  const text =
    "أصدرت وزارة الخارجية المغربية بيانا حول الأزمة. وجاء في البيان أن المملكة ترفض أي مساس بوحدتها الترابية. وعزا الوزير التصعيد إلى \"غياب الإرادة السياسية لدى الطرف الآخر، مضيفا أن\" الحوار يبقى الخيار الوحيد\".";
  const { quotes } = eventsOf(text, [{ text: "وزارة الخارجية المغربية", type: "ORG", canonical: "Ministry of Foreign Affairs (Morocco)", country: "MAR" }]);
  assert.equal(quotes[0]!.speaker?.canonical, "Ministry of Foreign Affairs (Morocco)");
  assert.equal(quotes[0]!.text, "المملكة ترفض أي مساس بوحدتها الترابية");
  assert.ok(quotes.some((q) => q.text === "غياب الإرادة السياسية لدى الطرف الآخر"), JSON.stringify(quotes.map((q) => q.text)));
});

test("نقلت وكالة X عن المتحدث باسم Y فلان أن: the spokesperson, not the agency or the ministry", () => {
  const text = "ونقلت وكالة الأنباء القطرية عن المتحدث باسم الخارجية القطرية ماجد الأنصاري أن الوساطة مستمرة رغم التعقيدات.";
  const { quotes } = eventsOf(text, [
    { text: "وكالة الأنباء القطرية", type: "ORG", canonical: "Qatar News Agency", country: "QAT" },
    { text: "الخارجية القطرية", type: "ORG", canonical: "Ministry of Foreign Affairs (Qatar)", country: "QAT" },
    { text: "ماجد الأنصاري", type: "PER", canonical: "Majed al-Ansari", country: "QAT" },
  ]);
  assert.deepEqual(speakers(quotes), ["Majed al-Ansari"]);
});

test("والجدير بالذكر أن and يذكر أن are the writer's asides, not quotes", () => {
  const text = "والجدير بالذكر أن الهيئة كانت قد نشرت تقريرا مماثلا العام الماضي. يذكر أن الطريق مغلق منذ ثلاثة أيام بسبب الثلوج.";
  const { quotes } = eventsOf(text, []);
  assert.deepEqual(quotes, []);
});

test("تخبر الوزارة أن introduces speech", () => {
  const text = "وتخبر وزارة الصحة المواطنين أن مراكز التلقيح ستفتح أبوابها يوم السبت.";
  const { quotes } = eventsOf(text, [{ text: "وزارة الصحة", type: "ORG", canonical: "Ministry of Health (Morocco)", country: "MAR" }]);
  assert.deepEqual(speakers(quotes), ["Ministry of Health (Morocco)"]);
});

test("a statement of the government before فإن: the government speaks, not the person named after فإن", () => {
  const text = "وحسب بيان مقتضب للحكومة العراقية فإن السوداني سيزور عمّان الأسبوع المقبل.";
  const { quotes } = eventsOf(text, [{ text: "السوداني", type: "PER", canonical: "Mohammed Shia al-Sudani", country: "IRQ" }]);
  assert.deepEqual(speakers(quotes), ["Iraqi government"]);
});

test("an anonymous source keeps its qualifiers and nationality in its name", () => {
  const text = "وقال مصدر دبلوماسي سعودي إن الزيارة ستتم قريبا. وأكد مسؤول أمني عراقي أن القوات اعتقلت خمسة مسلحين. وذكرت مصادر مطلعة أن الاجتماع تأجل.";
  const { quotes } = eventsOf(text, []);
  assert.deepEqual(speakers(quotes), ["Saudi diplomatic source", "Iraqi security official", "informed sources"]);
});

test("a participle continues the subject of its own sentence when nobody was quoted before", () => {
  const text = "وعبر رجل الأعمال صالح الفهد رئيس الشركة عن فخره بالمشروع، مؤكدا أن المركز سيوفر عشرات الوظائف للسيدات.";
  const { quotes } = eventsOf(text, [{ text: "صالح الفهد", type: "PER", canonical: "Saleh al-Fahd", country: "SAU" }]);
  assert.deepEqual(speakers(quotes), ["Saleh al-Fahd"]);
});

test("the platform a statement went out on is not its speaker", () => {
  const text = "وتبنى تنظيم داعش مسؤولية الهجوم، وقال في تدوينة له على موقع التواصل الاجتماعي «فيس بوك»: إن أحد عناصره نفذ التفجير.";
  const { quotes } = eventsOf(text, [
    { text: "داعش", type: "ORG", canonical: "Islamic State", country: null },
    { text: "فيس بوك", type: "ORG", canonical: "Facebook", country: "USA" },
  ]);
  assert.deepEqual(speakers(quotes), ["Islamic State"]);
});

test("an office named without a name (معالي وزير الخارجية) and an honorific pronoun (معاليه) are the minister quoted before", () => {
  const text =
    "الصفدي: الأردن يدعم الحل السياسي\nأكد وزير الخارجية الأردني أيمن الصفدي أن الأردن يدعم كل جهد لوقف الحرب. ورأى معالي وزير الخارجية أن الحل السياسي هو السبيل الوحيد للخروج من الأزمة. وشدد معاليه على أهمية إيصال المساعدات، مشيراً إلى أن المعابر يجب أن تفتح فورا.";
  const { quotes } = eventsOf(text, [
    { text: "الصفدي", type: "PER", canonical: "Ayman Safadi", country: "JOR", id: "s" },
    { text: "الأردن", type: "LOC", country: "JOR" },
    { text: "أيمن الصفدي", type: "PER", canonical: "Ayman Safadi", country: "JOR", id: "s" },
    { text: "الأردن", type: "LOC", country: "JOR" },
  ]);
  assert.deepEqual(speakers(quotes).slice(-3), ["Ayman Safadi", "Ayman Safadi", "Ayman Safadi"]);
});

test("an office named without a name is not a person quoted before in another office", () => {
  const text = "قال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية في الإصلاحات. ورأى وزير الخارجية أن العلاقات مع الجوار تتحسن.";
  const { quotes } = eventsOf(text, [{ text: "محمد شياع السوداني", type: "PER", canonical: "Mohammed Shia al-Sudani", country: "IRQ" }]);
  assert.equal(quotes.length, 2);
  assert.notEqual(quotes[1]!.speaker?.canonical, "Mohammed Shia al-Sudani");
});

test("an honorific pronoun subject (وقال سموه خلال المجلس) is the prince of the sentence before, not the body named after it", () => {
  const text = "رفع الأمير فيصل بن خالد أمير المنطقة التعازي لأسر الضحايا. وقال سموه خلال المجلس الأسبوعي إن هذا العمل الإجرامي لن يثني أهل المنطقة عن صلاتهم.";
  const { quotes } = eventsOf(text, [
    { text: "فيصل بن خالد", type: "PER", canonical: "Faisal bin Khalid", country: "SAU" },
    { text: "المجلس الأسبوعي", type: "ORG" },
  ]);
  assert.deepEqual(speakers(quotes), ["Faisal bin Khalid"]);
});

test("the newspaper told (قالت لـ«الشرق الأوسط») is not the speaker", () => {
  const text = "وقالت النائبة سلمى الجبوري في حديثها لـ«الشرق الأوسط»: «إن رفع أسعار البطاقات سيزيد العبء على الأسر الفقيرة».";
  const { quotes } = eventsOf(text, [
    { text: "سلمى الجبوري", type: "PER", canonical: "Salma al-Jubouri", country: "IRQ" },
    { text: "الشرق الأوسط", type: "ORG", canonical: "Asharq Al-Awsat", country: "SAU" },
  ]);
  assert.deepEqual(speakers(quotes), ["Salma al-Jubouri"]);
});
