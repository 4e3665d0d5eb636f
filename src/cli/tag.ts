import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createSentenceStream } from "../entities/tagger/index.ts";
import { parseArgs, UsageError } from "./args.ts";

export const TAG_USAGE = "rasd tag --conll [FILE|-]   (one token a line, blank line between sentences)";

// A sentence longer than this is tagged in pieces so memory stays bounded on input without blank lines.
const MAX_SENTENCE = 2000;

/**
 * Writes `token<TAB>tag` for every input token, in order; blank lines are copied as they come. Each
 * sentence is written once the next few sentences have been read (they inform its tags), or at the end.
 */
export async function runTag(argv: string[]): Promise<void> {
  const args = parseArgs(argv, [], ["conll"]);
  if (!args.flags.has("conll")) throw new UsageError(`--conll is required; usage: ${TAG_USAGE}`);
  if (args.positionals.length > 1) throw new UsageError(`one FILE at most; usage: ${TAG_USAGE}`);
  const path = args.positionals[0] ?? "-";
  const input = path === "-" ? process.stdin : createReadStream(path);
  if (path !== "-") {
    await new Promise<void>((resolve, reject) => {
      input.once("open", () => resolve());
      input.once("error", (error: Error) => reject(new UsageError(`cannot read ${path}: ${error.message}`)));
    });
  }

  // Blank lines are queued behind the sentence they follow, so the output keeps the input's order.
  const pending: (string[] | number)[] = [];
  let output: string[] = [];
  const stream = createSentenceStream((words, tags) => {
    for (let i = 0; i < words.length; i++) output.push(words[i] + "\t" + tags[i]);
    pending.shift();
    while (typeof pending[0] === "number") output.push(...new Array<string>(pending.shift() as number).fill(""));
  });
  const blank = (): void => {
    const last = pending[pending.length - 1];
    if (pending.length === 0) output.push("");
    else if (typeof last === "number") pending[pending.length - 1] = last + 1;
    else pending.push(1);
  };
  let tokens: string[] = [];
  const endSentence = (): void => {
    if (!tokens.length) return;
    pending.push(tokens);
    const words = tokens;
    tokens = [];
    stream.push(words);
  };
  const flushOutput = async (): Promise<void> => {
    if (!output.length) return;
    const text = output.join("\n") + "\n";
    output = [];
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  };

  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    // Only the first field is the token, so a gold file (token TAB tag) can be fed in as it is.
    const token = line.trim().split(/\s+/u)[0]!;
    if (!token) {
      endSentence();
      blank();
    } else {
      tokens.push(token);
      if (tokens.length >= MAX_SENTENCE) endSentence();
    }
    if (output.length >= 4096) await flushOutput();
  }
  endSentence();
  stream.end();
  await flushOutput();
}
