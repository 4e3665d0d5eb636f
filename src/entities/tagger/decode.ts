import { LABEL_COUNT, allowedTransition } from "./labels.ts";

const L = LABEL_COUNT;

// PREVIOUS[y]: the labels that may precede y (I-X only after B-X/I-X), so decoding can never produce an
// ill-formed chunk whatever the weights say; START_ALLOWED[y]: whether y may open a sentence.
const PREVIOUS: Int32Array[] = Array.from({ length: L }, (_, y) =>
  Int32Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => allowedTransition(p, y))),
);
const START_ALLOWED: boolean[] = Array.from({ length: L }, (_, y) => allowedTransition(-1, y));

/**
 * Best label sequence under first-order scores. emissions[i * L + y] scores label y at token i;
 * transitions[(previous + 1) * L + y] scores the step previous → y (row 0: sentence start).
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): Int32Array {
  const path = new Int32Array(length);
  if (length === 0) return path;
  const back = new Uint8Array(length * L);
  const score = new Float64Array(2 * L); // two rows: the previous token's and the current one's
  for (let y = 0; y < L; y++) score[y] = START_ALLOWED[y] ? transitions[y]! + emissions[y]! : -Infinity;
  for (let i = 1; i < length; i++) {
    const from = ((i - 1) & 1) * L;
    const to = (i & 1) * L;
    for (let y = 0; y < L; y++) {
      const previous = PREVIOUS[y]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < previous.length; k++) {
        const p = previous[k]!;
        const candidate = score[from + p]! + transitions[(p + 1) * L + y]!;
        if (candidate > best) {
          best = candidate;
          arg = p;
        }
      }
      score[to + y] = best + emissions[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  const last = ((length - 1) & 1) * L;
  let bestLabel = 0;
  for (let y = 1; y < L; y++) if (score[last + y]! > score[last + bestLabel]!) bestLabel = y;
  path[length - 1] = bestLabel;
  for (let i = length - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}
