// Throughput benchmark on real news: `npm run bench [-- --limit N] [-- --stage NAME]`.
// Times are CPU time of this process. Reads ../shared/data/saudinewsnet/*.jsonl.gz (never copied into the repository), times each text
// sub-stage, each pipeline stage and the whole pipeline, and a bare regex word split as the ceiling.
// Prints a table and writes bench/out/latest.json. A benchmark, not a test: numbers vary by machine.

import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { emptyDoc, type Doc } from "../src/document.ts";
import { STAGES } from "../src/pipeline.ts";
import { normalizeKey } from "../src/text/normalize.ts";
import { scanTokens, type RawToken } from "../src/text/tokens.ts";
import { splitSentences } from "../src/text/sentences.ts";
import { segmentWordWithKey, clearWordCache } from "../src/text/clitics.ts";
import { arabicLexicon } from "../src/text/lexicon.ts";

interface Article {
  id: string;
  text: string;
  bytes: number;
}

interface Options {
  limit: number;
  stage: string | null;
}

const MICRO = ["split", "normalize", "tokens", "sentences", "clitics"] as const;
const TEXT_ROWS = ["text, cold cache", "text, warm cache"];
const KNOWN_STAGES = [...MICRO, ...STAGES.map((s) => s.name), "pipeline"];
// The text layer caches the analysis of every distinct word: its first pass over a corpus segments each
// distinct form once (cold), later passes only look words up (warm, as in a long-running ingest).

function parseOptions(argv: string[]): Options {
  const options: Options = { limit: Infinity, stage: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
    if (arg.startsWith("--limit")) {
      options.limit = Number(value);
      if (!arg.includes("=")) i++;
      if (!Number.isInteger(options.limit) || options.limit <= 0) throw new Error(`--limit needs a positive integer, got ${value}`);
    } else if (arg.startsWith("--stage")) {
      options.stage = value ?? null;
      if (!arg.includes("=")) i++;
      if (!options.stage || !KNOWN_STAGES.includes(options.stage)) throw new Error(`--stage is one of ${KNOWN_STAGES.join(", ")}`);
    } else throw new Error(`unknown argument ${arg}; usage: npm run bench -- [--limit N] [--stage NAME]`);
  }
  return options;
}

function loadArticles(limit: number): Article[] {
  const folder = fileURLToPath(new URL("../../shared/data/saudinewsnet/", import.meta.url));
  const articles: Article[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".jsonl.gz")).sort()) {
    for (const line of gunzipSync(readFileSync(folder + file)).toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id?: string; title?: string; text?: string };
      const text = [record.title, record.text].filter(Boolean).join("\n");
      articles.push({ id: String(record.id), text, bytes: Buffer.byteLength(text, "utf8") });
      if (articles.length >= limit) return articles;
    }
  }
  return articles;
}

interface Row {
  stage: string;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
}

const WORD_SPLIT = /[^\p{L}\p{M}\p{N}]+/u;

/** CPU milliseconds of this process (user + system): wall time would count other processes' load. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const articles = loadArticles(options.limit);
  const totalBytes = articles.reduce((sum, a) => sum + a.bytes, 0);
  const wanted = (name: string) => options.stage === null || options.stage === name;

  const lexiconStarted = cpuMs();
  const lexicon = arabicLexicon();
  const lexiconMs = cpuMs() - lexiconStarted;
  const rssAfterLexicon = process.memoryUsage().rss;

  // Warm the JIT on a slice of the articles (outside the timings), loading only what is measured: the
  // later stages' models and gazetteers would otherwise weigh on the text stages' garbage collection.
  const warmUp = (stages: typeof STAGES) => {
    for (const article of articles.slice(0, 50)) {
      let doc = emptyDoc(article.text, null);
      for (const stage of stages) doc = { ...doc, ...stage.run(doc) };
    }
  };
  warmUp(STAGES.slice(0, 1));

  const seconds = new Map<string, number>();
  const add = (name: string, ms: number) => seconds.set(name, (seconds.get(name) ?? 0) + ms / 1000);
  let sink = 0; // keeps results alive so nothing is optimised away

  // The whole text layer alone, first on an empty word cache, then again on the filled one; before the
  // later stages load their models, which would weigh on its garbage collection.
  if (wanted("text")) {
    clearWordCache();
    for (const row of TEXT_ROWS) {
      for (const article of articles) {
        const t = cpuMs();
        sink += STAGES[0]!.run(emptyDoc(article.text, null)).tokens!.length;
        add(row, cpuMs() - t);
      }
    }
  }

  if (MICRO.some(wanted)) {
    clearWordCache();
    for (const article of articles) {
      const text = article.text;
      let t = cpuMs();
      if (wanted("split")) {
        sink += text.split(WORD_SPLIT).length;
        add("split", cpuMs() - t);
      }
      if (wanted("normalize")) {
        t = cpuMs();
        sink += normalizeKey(text).length;
        add("normalize", cpuMs() - t);
      }
      let tokens: RawToken[] = [];
      if (wanted("tokens") || wanted("sentences") || wanted("clitics")) {
        t = cpuMs();
        tokens = scanTokens(text);
        add("tokens", cpuMs() - t);
      }
      if (wanted("sentences")) {
        t = cpuMs();
        sink += splitSentences(text, tokens).sentences.length;
        add("sentences", cpuMs() - t);
      }
      if (wanted("clitics")) {
        t = cpuMs();
        for (const token of tokens) if (token.kind === "word") sink += segmentWordWithKey(text, token.start, token.end).segments.length;
        add("clitics", cpuMs() - t);
      }
    }
  }

  const pipelineNames = STAGES.map((s) => s.name);
  if (pipelineNames.some(wanted) || wanted("pipeline")) {
    const last = options.stage && pipelineNames.includes(options.stage) ? pipelineNames.indexOf(options.stage) : STAGES.length - 1;
    warmUp(STAGES.slice(0, last + 1));
    for (const article of articles) {
      let doc: Doc = emptyDoc(article.text, null);
      const started = cpuMs();
      for (const stage of STAGES.slice(0, last + 1)) {
        const t = cpuMs();
        doc = { ...doc, ...stage.run(doc) };
        add(stage.name, cpuMs() - t);
      }
      add("pipeline", cpuMs() - started);
      sink += doc.tokens.length;
    }
  }


  const megabytes = totalBytes / 1e6;
  const rows: Row[] = [...seconds].map(([stage, s]) => ({
    stage: stage === "text" ? "text (in pipeline)" : stage === "split" ? "split (regex ceiling)" : stage === "clitics" ? "clitics, cold cache" : stage,
    seconds: s,
    mbPerSecond: megabytes / s,
    articlesPerSecond: articles.length / s,
  }));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  console.log(`rasd bench: ${articles.length} articles, ${megabytes.toFixed(2)} MB UTF-8 (saudinewsnet), one core`);
  console.log(`lexicon load ${lexiconMs.toFixed(0)} ms (${lexicon.nodes} nodes, ${lexicon.edges} edges, ${(lexicon.bytes / 1e6).toFixed(1)} MB arrays); RSS after load ${(rssAfterLexicon / 1e6).toFixed(0)} MB`);
  console.log("");
  console.log(`${"stage".padEnd(24)}${"seconds".padStart(10)}${"MB/s".padStart(10)}${"articles/s".padStart(12)}`);
  for (const row of rows) {
    console.log(
      `${row.stage.padEnd(24)}${row.seconds.toFixed(3).padStart(10)}${row.mbPerSecond.toFixed(1).padStart(10)}${row.articlesPerSecond.toFixed(0).padStart(12)}`,
    );
  }
  console.log(`\npeak RSS ${peakRssMb.toFixed(0)} MB${sink < 0 ? "" : ""}`);

  const out = {
    date: new Date().toISOString(),
    node: process.version,
    articles: articles.length,
    megabytes,
    lexicon: { loadMs: lexiconMs, nodes: lexicon.nodes, edges: lexicon.edges, arrayBytes: lexicon.bytes },
    stages: rows,
    peakRssMb,
  };
  const folder = fileURLToPath(new URL("./out/", import.meta.url));
  mkdirSync(folder, { recursive: true });
  writeFileSync(folder + "latest.json", JSON.stringify(out, null, 2) + "\n");
}

main();
