import { cliMessages } from '../core/i18n/cliMessages';

/**
 * A progress bar for indexing on a terminal's stderr: "Indexing sources 812/2,000 ━━━━━━━━──────". Nothing where
 * stderr is not a terminal or in CI, so logs stay clean; the line is erased when indexing ends.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) & { end(): void } {
  const enabled = Boolean(stream.isTTY) && !process.env.CI;
  let shown = false;
  const report = (done: number, total: number) => {
    if (!enabled || total < 20) return;
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    stream.write(`\r${cliMessages.indexing(done.toLocaleString('en-US'), total.toLocaleString('en-US'))} ${'━'.repeat(filled)}${'─'.repeat(width - filled)}`);
    shown = true;
  };
  return Object.assign(report, {
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  });
}
