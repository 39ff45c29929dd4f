/**
 * A one-line progress bar on stderr, redrawn in place, for long CLI runs such as the national seed. Only on a
 * terminal: redirected to a file or a CI log it would be hundreds of carriage-return fragments, so it draws nothing.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the line (if one was drawn). */
  done(): void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let drawn = false;
  return {
    update(done, total) {
      stream.write(`\r${progressLine(label, done, total, Date.now() - started)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}

/** The bar's text: `label [#####-----] 50% 171/342 12 s`, 30 cells wide. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const cells = Math.round(share * 30);
  return `${label} [${'#'.repeat(cells)}${'-'.repeat(30 - cells)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total} ${Math.round(elapsedMs / 1000)} s`;
}
