// Coreference within a document: mentions of one actor share an `id`. A KB actor is one cluster however
// it is written; a surname or a shorter form of a person named in full earlier joins that person
// (السيسي after عبد الفتاح السيسي), and a later bare surname the recognizers missed is added as a mention.
import type { Entity } from "../document.ts";
import type { Context } from "./candidates.ts";
import { adjacent } from "./candidates.ts";
import { NAME_SECOND_HALVES, isCommonWord, knowledgeBase } from "./kb.ts";
import { nameKeys } from "./kb.ts";

type Linked = Omit<Entity, "id"> & { kbKey?: string };

interface Cluster {
  id: string;
  type: Entity["type"];
  keys: string[];
  sample: Linked;
}

const NAME_PARTICLES = new Set(["بن", "ابن", "بنت", "ولد", "ابو", "ابي", "ام", "عبد", "ال"]);
const SON_OF = ["ابن", "بن"];

/** Token keys under an entity (the first one without the proclitic the span leaves out). */
function keysOf(ctx: Context, e: Linked): string[] {
  const { tokens } = ctx;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= e.start) low = middle + 1;
    else high = middle;
  }
  const keys: string[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.start < e.end; i++) {
    const token = tokens[i]!;
    if (i === low && e.start > token.start) {
      const reading = ctx.readings[i]!.find((r) => r.start === e.start);
      keys.push(reading ? reading.key : nameKeys(ctx.doc.text.slice(e.start, token.end))[0] ?? token.key);
    } else keys.push(token.key);
  }
  return keys;
}

/** The name parts a later short mention may use: the last word (surname) and trailing multiword parts. */
function shortForms(keys: string[]): string[][] {
  const forms: string[][] = [];
  if (keys.length < 2) return forms;
  for (let from = 1; from < keys.length; from++) {
    // الله of رسول الله, الدين of نور الدين زنكي: the second half of a compound is no name by itself.
    if (NAME_PARTICLES.has(keys[from]!) || NAME_SECOND_HALVES.has(keys[from]!)) continue;
    // جمعان رشيد بن رقوش is later ابن رقوش.
    if (from === keys.length - 1 && SON_OF.includes(keys[from - 1]!)) for (const son of SON_OF) forms.push([son, keys[from]!]);
    if (from > 0 && NAME_PARTICLES.has(keys[from - 1]!)) continue; // never start inside بن X / عبد X
    forms.push(keys.slice(from));
  }
  return forms;
}

/** A mention the recognizers missed, of a person already clustered. */
function mentionOf(ctx: Context, cluster: Cluster, start: number, end: number): Linked {
  return {
    start,
    end,
    text: ctx.doc.text.slice(start, end),
    type: "PER",
    canonical: cluster.sample.canonical,
    country: cluster.sample.country,
    code: cluster.sample.code,
    ...(cluster.sample.role ? { role: cluster.sample.role } : {}),
    source: "coreference",
  };
}

export function corefer(ctx: Context, linked: Linked[]): Entity[] {
  const kb = knowledgeBase();
  const clusters: Cluster[] = [];
  const byKb = new Map<string, Cluster>();
  const byShort = new Map<string, Cluster>();
  // The first cluster of each type and written form, and of each type and canonical name (lookups that
  // would otherwise scan every cluster for every mention).
  const byWritten = new Map<string, Cluster>();
  const byCanonical = new Map<string, Cluster>();
  const addCluster = (cluster: Cluster): void => {
    clusters.push(cluster);
    const written = cluster.type + "\u0000" + cluster.keys.join(" ");
    if (!byWritten.has(written)) byWritten.set(written, cluster);
    const canonical = cluster.sample.canonical;
    if (typeof canonical === "string") {
      const named = cluster.type + "\u0000" + canonical;
      if (!byCanonical.has(named)) byCanonical.set(named, cluster);
    }
  };
  const out: Entity[] = [];
  let counter = 0;

  const register = (cluster: Cluster, keys: string[]): void => {
    if (cluster.type !== "PER") return;
    for (const form of shortForms(keys)) {
      const joined = form.join(" ");
      const word = form[0]!;
      if (form.length === 1 && ((isCommonWord(kb.words, word) && !kb.nisbaByKey.has(word)) || kb.stopwords.has(word) || word.length < 3)) continue;
      if (!byShort.has(joined)) byShort.set(joined, cluster);
    }
  };

  const taken = new Uint8Array(ctx.tokens.length);
  // Entities and tokens are both in text order: one sweep marks the tokens under an entity.
  let k = 0;
  for (const e of [...linked].sort((a, b) => a.start - b.start)) {
    while (k > 0 && ctx.tokens[k - 1]!.end > e.start) k--;
    while (k < ctx.tokens.length && ctx.tokens[k]!.end <= e.start) k++;
    for (let i = k; i < ctx.tokens.length && ctx.tokens[i]!.start < e.end; i++) taken[i] = 1;
  }

  // Mentions the recognizers missed: a known surname standing alone later in the text.
  const extra: { mention: Linked; cluster: Cluster }[] = [];

  // Full names first, so a surname in a headline can join the person named in the body.
  for (const e of linked) {
    if (e.type !== "PER") continue;
    const keys = keysOf(ctx, e);
    if (keys.length < 2) continue;
    let cluster = e.kbKey ? byKb.get(e.kbKey) : byShort.get(keys.join(" "));
    if (!cluster) {
      cluster = { id: `e${++counter}`, type: e.type, keys, sample: e };
      addCluster(cluster);
      if (e.kbKey) byKb.set(e.kbKey, cluster);
      byShort.set(keys.join(" "), cluster);
    }
    register(cluster, keys);
  }

  const assign = (e: Linked): Entity => {
    const keys = keysOf(ctx, e);
    // A one-word place or organization that is the surname of a person named here is that person (بودن).
    if (e.type !== "PER" && keys.length === 1 && !e.kbKey?.startsWith("country:") && !e.kbKey?.startsWith("org:")) {
      const person = byShort.get(keys[0]!);
      if (person) e = { ...e, type: "PER", canonical: person.sample.canonical, country: person.sample.country, code: person.sample.code, source: "coreference" };
    }
    let cluster: Cluster | undefined;
    if (e.kbKey) cluster = byKb.get(e.kbKey);
    if (!cluster && e.type === "PER") cluster = byShort.get(keys.join(" ")) ?? byShort.get(keys.slice(-1).join(" "));
    if (!cluster && e.canonical && e.type !== "PER") cluster = byCanonical.get(e.type + "\u0000" + e.canonical);
    // Unlinked names written the same way are one actor (الخارجية الإيرانية twice).
    if (!cluster && !e.canonical) cluster = byWritten.get(e.type + "\u0000" + keys.join(" "));
    if (!cluster) {
      cluster = { id: `e${++counter}`, type: e.type, keys, sample: e };
      addCluster(cluster);
      if (e.kbKey) byKb.set(e.kbKey, cluster);
    }
    register(cluster, keys);
    const sample = cluster.sample;
    const inherited = e.canonical === null && sample !== e && sample.type === e.type;
    const { kbKey: _unused, ...rest } = e;
    return {
      ...rest,
      ...(inherited
        ? {
            canonical: sample.canonical,
            country: e.country ?? sample.country,
            code: e.code ?? sample.code,
            ...(sample.role && !e.role ? { role: sample.role } : {}),
          }
        : {}),
      id: cluster.id,
    };
  };

  const first = linked.map(assign);
  // Bare surnames the recognizers missed, once the clusters exist: a pass over uncovered tokens.
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (taken[i] || ctx.tokens[i]!.kind !== "word") continue;
    // ابن رقوش: a genealogical short form of two words.
    const next = ctx.tokens[i + 1];
    const son = ctx.readings[i]!.find((r) => SON_OF.includes(r.key) && r.clitic.length <= 1);
    const pair = son && next && !taken[i + 1] && adjacent(ctx, i) ? byShort.get(son.key + " " + next.key) : undefined;
    if (son && pair) {
      extra.push({ cluster: pair, mention: mentionOf(ctx, pair, son.start, next!.end) });
      taken[i] = taken[i + 1] = 1;
      continue;
    }
    for (const reading of ctx.readings[i]!) {
      const cluster = byShort.get(reading.key);
      if (!cluster || reading.clitic.length > 2) continue;
      // A surname that is also a nisba (السوداني) is an adjective after a definite noun or a title.
      const previous = ctx.tokens[i - 1];
      if (kb.nisbaByKey.has(reading.key) && previous && (previous.key.startsWith("ال") || kb.personTitles.next?.has(previous.key))) continue;
      extra.push({ cluster, mention: mentionOf(ctx, cluster, reading.start, ctx.tokens[i]!.end) });
      taken[i] = 1;
      break;
    }
  }
  for (const { mention, cluster } of extra) out.push({ ...mention, id: cluster.id });
  out.push(...first);
  out.sort((a, b) => a.start - b.start);
  return out;
}
