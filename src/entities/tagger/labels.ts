// The tag set of ANERcorp (IOB2). Index 0 is O; the order is part of the model file format.

export const LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

const INDEX = new Map<string, number>(LABELS.map((label, i) => [label, i]));

export function labelIndex(tag: string): number | undefined {
  return INDEX.get(tag);
}

/** I-X may only follow B-X or I-X; everything else is free. `previous` = -1 means sentence start. */
export function allowedTransition(previous: number, next: number): boolean {
  const label = LABELS[next]!;
  if (!label.startsWith("I-")) return true;
  if (previous < 0) return false;
  return LABELS[previous]!.slice(2) === label.slice(2);
}
