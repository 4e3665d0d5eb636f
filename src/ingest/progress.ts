// A one-line progress bar for terminals; silent when the output is not a TTY.

export interface ProgressState {
  done: number;
  expected: number;
  inserted: number;
  updated: number;
  duplicates: number;
  failed: number;
  elapsedMs: number;
}

export interface ProgressBar {
  update(state: ProgressState): void;
  finish(): void;
}

const WIDTH = 24;

export function progressLine(state: ProgressState): string {
  const rate = state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
  const total = Math.max(state.expected, state.done);
  const fraction = total > 0 ? state.done / total : 0;
  const filled = Math.round(fraction * WIDTH);
  const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
  return (
    `${bar} ${state.done}/${total} ${rate.toFixed(1)}/s  ` +
    `new ${state.inserted} · updated ${state.updated} · duplicate ${state.duplicates} · failed ${state.failed}`
  );
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let last = 0;
  let shown = false;
  return {
    update(state) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2K${progressLine(state)}`);
    },
    finish() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
