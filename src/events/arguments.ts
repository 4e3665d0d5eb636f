// Source and target of one trigger from word order: VSO (the first participant after a verb is its agent),
// SVO (the participant before it), the genitive of a nominal event (زيارة X، مقتل X), a nationality after
// it (قصف إسرائيلي), agent phrases (على يد X، من قبل X) and counterpart prepositions (مع X، على X، ضد X،
// بين X و Y). Coordinated participants (X و Y) share a role.

import type { ActorMention } from "./actors.ts";
import { eventLexicons } from "./lexicon.ts";
import { cueAt, isComma, isClausePunct, tokenIs, type TokenView } from "./scan.ts";
import type { TriggerMatch } from "./triggers.ts";

export interface Arguments {
  source: ActorMention[];
  target: ActorMention[];
  place: ActorMention | null;
  /** Token index of the light verb that carries the nominal trigger (شن هجوما), or null. */
  lightVerb: number | null;
}

const SUBJECT_WINDOW = 7;
const LIGHT_VERB_WINDOW = 7;
const OBJECT_WINDOW = 14;
const BEFORE_WINDOW = 8;
const RECIPROCAL_PREPOSITIONS = ["مع", "بين"];
const TARGET_PREPOSITIONS = ["علي", "ضد", "بحق", "تجاه", "مع", "الي", "لدي"];
const RELATIVE_PRONOUNS = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"]);

/** Token index of a light verb governing the nominal trigger (within 3 words before it), or null. */
export function findLightVerb(view: TokenView, trigger: TriggerMatch): number | null {
  const index = eventLexicons().cues.get("light-verb");
  const victims = eventLexicons().cues.get("victim-verb");
  const sentence = view.tokens[trigger.start]!.sentence;
  let words = 0;
  for (let j = trigger.start - 1; j >= 0 && words < LIGHT_VERB_WINDOW; j--) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence || isClausePunct(token)) break;
    if (token.kind !== "word" && token.kind !== "number") continue;
    words++;
    if (cueAt(view, j, index) || cueAt(view, j, victims)) return j;
  }
  return null;
}

function isVictimVerb(view: TokenView, j: number): boolean {
  return cueAt(view, j, eventLexicons().cues.get("victim-verb")) !== null;
}

/** Participants coordinated with the one at position k (X و Y، X وY): consecutive mentions joined by و. */
function coordinated(view: TokenView, mentions: ActorMention[], k: number): ActorMention[] {
  const out = [mentions[k]!];
  for (let n = k + 1; n < mentions.length; n++) {
    const previous = out[out.length - 1]!;
    const next = mentions[n]!;
    if (next.place) break;
    const gap = next.first - previous.end;
    const joiner = view.tokens[next.first]!;
    const joinedByWord = gap === 1 && view.tokens[previous.end]!.key === "و";
    const joinedByClitic = gap <= 1 && joiner.key.startsWith("و") && (gap === 0 || isComma(view.tokens[previous.end]!));
    // X والعاهل الأردني Y: و on the first title word, then up to two more title words, then the name.
    const between = view.tokens.slice(previous.end, next.first);
    const joinedByTitle =
      gap >= 1 &&
      gap <= 3 &&
      between[0]!.kind === "word" &&
      /^و(?!زير|زار|فد|كيل|لي|اشنطن)/u.test(between[0]!.key) &&
      between[0]!.key.length >= 4 &&
      between.every((t) => t.kind === "word");
    if (!(joinedByWord || joinedByTitle || (joinedByClitic && joiner.kind === "word"))) break;
    out.push(next);
  }
  return out;
}

/** Participants coordinated before position k (X و Y يبحثان): k and the ones joined to it by و. */
function coordinatedBefore(view: TokenView, mentions: ActorMention[], k: number): ActorMention[] {
  const out = [mentions[k]!];
  for (let n = k - 1; n >= 0; n--) {
    const next = out[0]!;
    const previous = mentions[n]!;
    const gap = next.first - previous.end;
    const joiner = view.tokens[next.first]!;
    const joined = (gap === 0 && joiner.key.startsWith("و")) || (gap === 1 && view.tokens[previous.end]!.key === "و");
    if (!joined || previous.place) break;
    out.unshift(previous);
  }
  return out;
}

function sameClause(view: TokenView, from: number, to: number, commasAllowed: number): boolean {
  let commas = 0;
  const [a, b] = from < to ? [from, to] : [to, from];
  for (let j = a; j < b; j++) {
    const token = view.tokens[j]!;
    if (token.kind !== "punct") continue;
    if (isComma(token)) {
      commas++;
      if (commas > commasAllowed) return false;
    } else if (isClausePunct(token) && token.text !== "\"" && token.text !== "«" && token.text !== "»" && token.text !== "“" && token.text !== "”") {
      return false;
    }
  }
  return true;
}

/** Is the mention at `first` introduced by one of the words, directly or across up to 3 title words
 *  (مع وزير الخارجية الأمريكي أنتوني بلينكن)? */
function introducedBy(view: TokenView, first: number, words: string[]): boolean {
  const sentence = view.tokens[first]!.sentence;
  for (let j = first - 1; j >= 0 && first - j <= 4; j--) {
    const token = view.tokens[j]!;
    if (token.sentence !== sentence || token.kind !== "word") return false;
    if (words.some((w) => tokenIs(view, j, w))) return true;
  }
  return false;
}

function hasPrefix(view: TokenView, first: number, letters: RegExp): boolean {
  return letters.test(view.tokens[first]!.key);
}

/** Source, target and place of a trigger among the sentence's actor mentions. */
export function assignArguments(view: TokenView, trigger: TriggerMatch, sentenceMentions: ActorMention[]): Arguments {
  const { entry } = trigger;
  const verbal = entry.verbal || trigger.present || entry.kind === "f";
  const lightVerb = verbal ? null : findLightVerb(view, trigger);
  const anchor = lightVerb ?? trigger.start;
  const victimLight = lightVerb !== null && isVictimVerb(view, lightVerb);
  const source: ActorMention[] = [];
  const target: ActorMention[] = [];
  let place: ActorMention | null = null;
  const add = (list: ActorMention[], items: ActorMention[]) => {
    for (const m of items) if (!source.includes(m) && !target.includes(m)) list.push(m);
  };
  const participants = sentenceMentions.filter((m) => !m.place);
  const victimRole = entry.victim || entry.patientGenitive || victimLight;
  const agentPrepositions = eventLexicons().cues.get("agent-preposition");

  // Agent phrases after the trigger: على يد X، من قبل X، برصاص X.
  for (let j = trigger.end; j < Math.min(trigger.end + OBJECT_WINDOW, view.tokens.length); j++) {
    const cue = cueAt(view, j, agentPrepositions);
    if (!cue) continue;
    const k = participants.findIndex((m) => m.first >= cue.end - 1 && m.first <= cue.end + 2 && m.kind !== "demonym");
    if (k >= 0) add(source, coordinated(view, participants, k));
    break;
  }

  // A nationality right after a nominal trigger or its first complement: قصف إسرائيلي، غارة جوية إسرائيلية.
  // The one harmed: after a killing (مقتل 4 لبنانيين، قتل جندي إسرائيلي) or a plural after a targeting
  // (استهداف فلسطينيين); a singular nisba after a nominal event is an adjective naming its agent.
  for (const m of participants) {
    if (m.kind !== "demonym" || m.first < trigger.end || m.first > trigger.end + 1) continue;
    const plural = /(?:ين|ون)$/u.test(view.tokens[m.first]!.key);
    if (entry.victim || victimLight || (victimRole && plural)) add(target, [m]);
    else if (!verbal) add(source, [m]);
  }

  // The subject of a light verb stands between it and the event noun (فرضت الولايات المتحدة عقوبات).
  if (lightVerb !== null && !victimLight) {
    const k = participants.findIndex((m) => m.first > lightVerb && m.end <= trigger.start && m.kind !== "demonym");
    if (k >= 0) add(source, coordinated(view, participants, k));
  }

  // SVO: a participant right before a verb (إسرائيل تستهدف سيارة، الوزير يستقبل نظيره) is its subject.
  const victimSubject = (entry.victim || victimLight) && lightVerb === null;
  if (verbal && !victimSubject) {
    for (let n = participants.length - 1; n >= 0; n--) {
      const m = participants[n]!;
      if (m.end > anchor) continue;
      if (anchor - m.end <= 1 && m.kind !== "demonym" && sameClause(view, m.end, anchor, 0)) add(source, coordinatedBefore(view, participants, n));
      break;
    }
  }
  // A nominal event with a possessive pronoun (أعلنت الجماعة قصفها …) belongs to the sentence's subject.
  if (!verbal && source.length === 0 && /^(?:ه|ها|هم|هما)$/u.test(trigger.enclitic) && !victimRole) {
    for (let n = participants.length - 1; n >= 0; n--) {
      const m = participants[n]!;
      if (m.end > anchor || m.kind === "demonym" || m.kind === "LOC") continue;
      add(source, [m]);
      break;
    }
  }

  // After the anchor: the subject (verbs), the genitive (nouns), then the object or counterpart.
  const after = participants.filter((m) => m.first >= trigger.end && m.first - trigger.end < OBJECT_WINDOW && m.kind !== "demonym");
  let k = 0;
  while (k < after.length) {
    const m = after[k]!;
    const index = participants.indexOf(m);
    const group = coordinated(view, participants, index);
    k += group.length;
    if (!sameClause(view, trigger.end - 1, m.first, source.length || target.length ? 1 : 0)) break;
    const reciprocal = introducedBy(view, m.first, RECIPROCAL_PREPOSITIONS) || hasPrefix(view, m.first, /^[وف]?مع/u);
    const toward = introducedBy(view, m.first, TARGET_PREPOSITIONS) || hasPrefix(view, m.first, /^[وف]?ل(?!ل)/u);
    if (reciprocal && introducedBy(view, m.first, ["بين"])) {
      // Reciprocal: every party is both actor and counterpart.
      for (const party of group) {
        if (!source.includes(party)) source.push(party);
        if (!target.includes(party)) target.push(party);
      }
      continue;
    }
    if (toward || reciprocal) {
      add(target, group);
      continue;
    }
    // A country or city after a meeting verb is where one goes (يزور القاهرة), not who acts.
    if (m.kind === "LOC" && entry.type === "CONSULT") {
      add(target, group);
      continue;
    }
    const near = m.first - trigger.end < SUBJECT_WINDOW;
    if (source.length === 0 && target.length === 0 && near) {
      if (victimRole && !(lightVerb !== null && !victimLight)) add(target, group);
      else add(source, group);
      continue;
    }
    if (target.length === 0 && !victimRole) add(target, group);
    else if (source.length === 0 && victimRole) continue;
    if (source.length && target.length) break;
  }

  // A relative clause (… مزوار الذي يزور القاهرة): the subject is the antecedent.
  const relative = view.tokens[anchor - 1];
  if (source.length === 0 && relative && RELATIVE_PRONOUNS.has(relative.key)) {
    // … الأردن التي زارها: with an object pronoun on the verb the antecedent is its object.
    const objectPronoun = verbal && /^(?:ه|ها|هم|هما)$/u.test(trigger.enclitic);
    for (let n = participants.length - 1; n >= 0; n--) {
      const m = participants[n]!;
      if (m.end > anchor - 1 || m.kind === "demonym") continue;
      if (anchor - 1 - m.end <= 3) add(objectPronoun ? target : source, [m]);
      break;
    }
  }

  // Before the anchor (SVO, or the subject of the light verb): the nearest participant in the clause.
  if (source.length === 0) {
    for (let n = participants.length - 1; n >= 0; n--) {
      const m = participants[n]!;
      if (m.end > anchor) continue;
      if (anchor - m.end > BEFORE_WINDOW || !sameClause(view, m.end, anchor, 0)) break;
      if (m.kind === "demonym") continue;
      if (target.includes(m)) continue;
      if (victimRole && lightVerb === null) {
        if (target.length === 0) add(target, [m]);
      } else add(source, [m]);
      break;
    }
  }

  // Place: a LOC after في / بـ, nearest to the trigger in its clause, else in the sentence.
  let best = Infinity;
  for (const m of sentenceMentions) {
    if (!m.place) continue;
    const distance = m.first >= trigger.end ? m.first - trigger.end : (trigger.start - m.end) * 1.5 + 2;
    const clause = sameClause(view, Math.min(m.first, trigger.start), Math.max(m.first, trigger.start), 1);
    const score = distance + (clause ? 0 : 20);
    if (score < best) {
      best = score;
      place = m;
    }
  }
  return { source, target, place, lightVerb };
}
