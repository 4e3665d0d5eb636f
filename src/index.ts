export { analyze, parseDct, InputError, STAGES, type AnalyzeOptions, type Stage } from "./pipeline.ts";
export type * from "./document.ts";
export { normalizeKey, normalizeWithMap } from "./text/normalize.ts";
export { lightStem } from "./text/stem.ts";
