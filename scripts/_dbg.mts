import { runPipeline, STAGES } from "../src/pipeline.ts";
import { entityCandidates } from "../src/entities/index.ts";
const doc = runPipeline(process.argv[2]!, null, STAGES, "time");
for (const c of entityCandidates(doc).candidates) console.log(doc.text.slice(c.start, c.end), c.type, c.source, c.score, c.ambiguous ?? "", c.entry?.key ?? "");
