// Interface vocabulary in Arabic and English.

export const ENTITY_TYPES = {
  PER: { ar: "شخص", en: "Person" },
  ORG: { ar: "منظمة", en: "Organization" },
  LOC: { ar: "مكان", en: "Location" },
};

export const TIMEX_TYPES = {
  DATE: { ar: "تاريخ", en: "Date" },
  TIME: { ar: "وقت", en: "Time" },
  DURATION: { ar: "مدة", en: "Duration" },
  SET: { ar: "تكرار", en: "Set" },
};

export const EVENT_TYPES = {
  AGREE: { ar: "اتفاق", en: "Agree" },
  CONSULT: { ar: "تشاور", en: "Consult" },
  SUPPORT: { ar: "دعم", en: "Support" },
  CONCEDE: { ar: "تنازل", en: "Concede" },
  COOPERATE: { ar: "تعاون", en: "Cooperate" },
  AID: { ar: "مساعدة", en: "Aid" },
  RETREAT: { ar: "انسحاب", en: "Retreat" },
  REQUEST: { ar: "طلب", en: "Request" },
  ACCUSE: { ar: "اتهام", en: "Accuse" },
  REJECT: { ar: "رفض", en: "Reject" },
  THREATEN: { ar: "تهديد", en: "Threaten" },
  PROTEST: { ar: "احتجاج", en: "Protest" },
  SANCTION: { ar: "عقوبات", en: "Sanction" },
  MOBILIZE: { ar: "تعبئة", en: "Mobilize" },
  COERCE: { ar: "إكراه", en: "Coerce" },
  ASSAULT: { ar: "اعتداء", en: "Assault" },
};

/** The four classic quad classes, used to colour charts. */
export const EVENT_CLASSES = [
  { id: "vcoop", ar: "تعاون لفظي", en: "Verbal cooperation", types: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST"] },
  { id: "mcoop", ar: "تعاون مادي", en: "Material cooperation", types: ["COOPERATE", "AID", "RETREAT"] },
  { id: "vconf", ar: "صراع لفظي", en: "Verbal conflict", types: ["ACCUSE", "REJECT", "THREATEN"] },
  { id: "mconf", ar: "صراع مادي", en: "Material conflict", types: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] },
];

export function eventClass(type) {
  return EVENT_CLASSES.find((c) => c.types.includes(type))?.id ?? "vcoop";
}

export const MODALITIES = {
  asserted: { ar: "مؤكَّد", en: "asserted" },
  future: { ar: "مستقبلي", en: "future" },
  hypothetical: { ar: "افتراضي", en: "hypothetical" },
  reported: { ar: "منقول", en: "reported" },
};

export const DATE_BASIS = {
  explicit: { ar: "صريح", en: "explicit" },
  sentence: { ar: "من الجملة", en: "sentence" },
  publication: { ar: "تاريخ النشر", en: "publication" },
};

export function typeName(table, key) {
  const entry = table[key];
  return entry ? `${entry.ar} · ${entry.en}` : String(key ?? "");
}
