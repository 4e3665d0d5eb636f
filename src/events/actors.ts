// Who can take part in an event: the entity stage's named entities, role nouns (قوات الأمن، المحتجون)
// with their sector, and nationality adjectives (قصف إسرائيلي). Each becomes an ActorMention over tokens.

import type { Actor, Entity, Token } from "../document.ts";
import { demonymCountry, eventLexicons } from "./lexicon.ts";
import { matchesAt, type TokenView } from "./scan.ts";
import { normalizeKey } from "../text/normalize.ts";

export type ActorKind = "PER" | "ORG" | "LOC" | "agent" | "demonym";

export interface ActorMention {
  kind: ActorKind;
  /** Token range [first, end). */
  first: number;
  end: number;
  start: number;
  stop: number;
  name: string;
  canonical: string | null;
  country: string | null;
  code: string | null;
  sector: string | null;
  /** Entity id (coreference), when from the entity stage. */
  entityId: string | null;
  /** A place phrase (في X، بـX، قرب X): a location, not a participant. */
  place: boolean;
  lat?: number;
  lon?: number;
}

const PLACE_PREPOSITIONS = new Set(["في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بمدينه", "بمنطقه", "منطقه", "مدينه", "بلده", "محافظه", "ولايه", "قضاء", "اطراف", "ضواحي", "مخيم", "حي", "قريه", "بلدتي", "بلدات", "بمحافظه", "بولايه", "عاصمه", "العاصمه", "الي", "نحو", "من"]);

/** A clause boundary word between a role noun and a name (بيان للحكومة العراقية فإن السوداني …): the name
 *  is not the role noun's holder. */
const NOT_TITLE_GAP = new Set(["فان", "فانه", "فانها", "ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "حيث", "بينما", "فيما"]);

/** Index of the token that contains offset, by binary search over token starts. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const PLACE_NOUNS = new Set(["منطقه", "مدينه", "بلده", "قريه", "مثلث", "حي", "مخيم", "محافظه", "ولايه", "قضاء", "ريف", "مديريه", "معبر", "مطار", "ميناء", "سوق", "شارع", "مقر", "عاصمه", "جزيره", "اقليم", "مركز", "بلدات", "مناطق", "مدن", "قري", "احياء"]);

/** A LOC named after في / بـ / قرب …, possibly across place nouns (بمنطقة مثلث طيرحرفا): a place. */
function isPlacePhrase(view: TokenView, first: number): boolean {
  const token = view.tokens[first]!;
  // بالقاهرة، ببغداد mark a place; ل is often part of the name (لبنان).
  if (/^[وف]?ب/u.test(token.key) && token.key.length > 3) return true;
  for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
    const previous = view.tokens[j]!;
    if (previous.sentence !== token.sentence || previous.kind !== "word") return false;
    const stems = view.stems[j]!;
    for (const stem of stems) if (PLACE_PREPOSITIONS.has(stem)) return true;
    const isPlaceNoun = [...stems].some((stem) => PLACE_NOUNS.has(stem));
    if (!isPlaceNoun) return false;
    if (/^[وف]?ب/u.test(previous.key)) return true;
  }
  return false;
}

function entityMentions(view: TokenView, entities: Entity[]): ActorMention[] {
  const canonicalOfId = new Map<string, string>();
  for (const e of entities) if (e.canonical && !canonicalOfId.has(e.id)) canonicalOfId.set(e.id, e.canonical);
  const out: ActorMention[] = [];
  for (const e of entities) {
    const first = tokenAt(view.tokens, e.start);
    const last = tokenAt(view.tokens, Math.max(e.start, e.end - 1));
    if (first < 0 || last < first) continue;
    const mention: ActorMention = {
      kind: e.type,
      first,
      end: last + 1,
      start: e.start,
      stop: e.end,
      name: e.text,
      canonical: e.canonical ?? canonicalOfId.get(e.id) ?? null,
      country: e.country,
      code: e.code,
      sector: null,
      entityId: e.id,
      place: e.type === "LOC" && isPlacePhrase(view, first),
    };
    if (e.lat !== undefined) mention.lat = e.lat;
    if (e.lon !== undefined) mention.lon = e.lon;
    out.push(mention);
  }
  return out;
}

/** Entity, role-noun and nisba mentions of the document, sorted by position, never overlapping. */
export function findActorMentions(view: TokenView): ActorMention[] {
  const { agents, demonyms, adjectives, qualifiers } = eventLexicons();
  const fromEntities = entityMentions(view, view.doc.entities);
  const covered = new Uint8Array(view.tokens.length);
  // 2 marks a person or organization name: a role noun right before one is its title.
  for (const m of fromEntities) for (let k = m.first; k < m.end; k++) covered[k] = m.kind === "LOC" ? 1 : 2;
  const out: ActorMention[] = [...fromEntities];
  for (let i = 0; i < view.tokens.length; i++) {
    const token = view.tokens[i]!;
    if (token.kind !== "word" || covered[i]) continue;
    const matches = matchesAt(view, i, agents).filter((m) => {
      for (let k = i; k < m.end; k++) if (covered[k]) return false;
      return !m.reading.proclitic.endsWith("س");
    });
    if (matches.length) {
      const best = matches.reduce((a, b) => (b.end > a.end ? b : a));
      let end = best.end;
      let country = best.form.entry.country;
      let canonical = best.form.entry.english;
      // Qualifying adjectives (مصدر دبلوماسي، مسؤول أمني رفيع) go into the name; a nationality right after
      // the role noun or its qualifiers (or after one more word) gives its country.
      const qualifierWords: string[] = [];
      let nationality: string | undefined;
      for (let k = end, reach = end + 2; k < Math.min(reach, view.tokens.length); k++) {
        const next = view.tokens[k]!;
        if (next.sentence !== token.sentence || next.kind !== "word" || covered[k]) break;
        const qualifier = qualifiers.get(next.key);
        if (qualifier) {
          if (!qualifierWords.includes(qualifier)) qualifierWords.push(qualifier);
          end = k + 1;
          reach = Math.min(k + 3, end + 2);
          continue;
        }
        const c = demonymCountry(next.key, demonyms);
        if (c) {
          country = c;
          nationality = adjectives.get(c);
          end = k + 1;
          break;
        }
      }
      if (qualifierWords.length) canonical = `${qualifierWords.join(" ")} ${canonical}`;
      if (nationality) canonical = `${nationality} ${canonical}`;
      // A role noun right before a named entity is its title (قوات الدعم السريع، الرئيس X، وزير الخارجية
      // سامح شكري): the entity acts.
      let titled = false;
      for (let k = end; k < Math.min(end + 3, view.tokens.length); k++) {
        const next = view.tokens[k]!;
        if (next.sentence !== token.sentence || next.kind === "punct" || NOT_TITLE_GAP.has(next.key)) break;
        if (covered[k]) {
          // A name after a preposition (شهود عيان لراديو …) is not the one the role noun titles.
          const name = fromEntities.find((m) => m.first === k);
          const clitic = name ? view.doc.text.slice(next.start, Math.max(next.start, name.start)) : "";
          titled = covered[k] === 2 && !/[لب]$/u.test(normalizeKey(clitic));
          break;
        }
      }
      if (titled) {
        i = end - 1;
        continue;
      }
      const last = view.tokens[end - 1]!;
      out.push({
        kind: "agent",
        first: i,
        end,
        start: token.start,
        stop: last.end,
        name: view.doc.text.slice(token.start, last.end),
        canonical,
        country,
        code: country ? country + best.form.entry.sector : best.form.entry.sector,
        sector: best.form.entry.sector,
        entityId: null,
        place: false,
      });
      for (let k = i; k < end; k++) covered[k] = 1;
      i = end - 1;
      continue;
    }
    const country = demonymCountry(token.key, demonyms);
    if (country) {
      out.push({
        kind: "demonym",
        first: i,
        end: i + 1,
        start: token.start,
        stop: token.end,
        name: token.text,
        canonical: null,
        country,
        code: country,
        sector: null,
        entityId: null,
        place: false,
      });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

export function toActor(m: ActorMention): Actor {
  return { name: m.name, canonical: m.canonical, country: m.country, code: m.code, start: m.start, end: m.stop };
}
