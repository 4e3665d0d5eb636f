// Nominal mentions: "the Egyptian president" (الرئيس المصري), "the Russian foreign minister" (وزير الخارجية
// الروسي) with no name after them. They are not entities (the annotation marks names only), but they refer
// to one: the person of that role and country named in the document, else the holder of that office at
// the dct from the KB. The events stage uses them to resolve actors; `id` is the named entity's id.
import type { Doc, Entity, Span } from "../document.ts";
import type { Context } from "./candidates.ts";
import { adjacent } from "./candidates.ts";
import { knowledgeBase, officeAt, type KbEntry } from "./kb.ts";
import { nisbaAt, roleAt } from "./patterns.ts";
import { allReadings } from "./readings.ts";

export interface NominalMention extends Span {
  /** The role as written in English (President, Foreign Minister …). */
  role: string;
  country: string;
  canonical: string | null;
  code: string | null;
  /** Id of the coreferent entity in doc.entities, or null when the actor is not named in the document. */
  id: string | null;
}

// Different countries' names for the same office.
const SAME_OFFICE: Record<string, string> = {
  "Secretary of State": "Foreign Minister",
  "Foreign Secretary": "Foreign Minister",
  "Secretary of Defense": "Defence Minister",
  "Home Secretary": "Interior Minister",
  "Premier": "Prime Minister",
  "Chancellor": "Prime Minister",
  "Emir": "King",
  "Sultan": "King",
};

function office(role: string | undefined): string {
  return role ? SAME_OFFICE[role] ?? role : "";
}

function holder(people: KbEntry[], role: string, country: string, dct: string | null): KbEntry | null {
  for (const person of people) {
    const held = officeAt(person, dct);
    if (held && held.code.startsWith(country) && office(held.role) === role) return person;
  }
  return null;
}

export function resolveNominals(doc: Doc): NominalMention[] {
  const kb = knowledgeBase();
  const ctx: Context = { doc, tokens: doc.tokens, readings: allReadings(doc.tokens), inTimex: new Uint8Array(doc.tokens.length) };
  const entityAt = new Map<number, Entity>();
  for (const e of doc.entities) entityAt.set(e.start, e);
  const out: NominalMention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const title = roleAt(ctx, kb.personTitles, i);
    if (!title || title.value.kind !== "person") continue;
    const next = title.last + 1;
    if (!adjacent(ctx, title.last)) continue;
    const nisba = nisbaAt(ctx, kb, next);
    if (!nisba || nisba.value.plural) continue;
    const after = doc.tokens[nisba.last + 1];
    // A name right after it makes it a title, already carried by the entity (الرئيس المصري عبد الفتاح السيسي).
    if (after && adjacent(ctx, nisba.last) && [...entityAt.values()].some((e) => e.type === "PER" && e.start >= after.start && e.start <= after.end)) continue;
    const role = office(title.value.english);
    const country = nisba.value.country;
    const named = doc.entities.find((e) => e.type === "PER" && e.country === country && office(e.role) === role);
    const person = named ? null : holder(kb.people, role, country, doc.dct);
    const start = doc.tokens[i]!.start;
    const end = doc.tokens[nisba.last]!.end;
    const sameActor = person ? doc.entities.find((e) => e.canonical !== null && e.canonical === person.canonical) : undefined;
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      role,
      country,
      canonical: named?.canonical ?? person?.canonical ?? null,
      code: named?.code ?? (person ? officeAt(person, doc.dct)?.code ?? null : null),
      id: named?.id ?? sameActor?.id ?? null,
    });
    i = nisba.last;
  }
  return out;
}
