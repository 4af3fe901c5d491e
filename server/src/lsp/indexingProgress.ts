import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { ServerMessages } from '../core/i18n/serverMessages';

/** Fewer sources than this are read too fast for a progress notification to be more than a flicker. */
const SHOW_FROM = 20;

/**
 * Work-done progress "Indexing sources 812/2,000" (cancellable) in the editor, from the progress a check worker
 * reports as it reads sources. One progress at a time: while one worker's load is shown, another's is not (it reads
 * the same files, mostly from the cache the first one wrote).
 */
export class IndexingProgress {
  private shown: { worker: object; reporter: Promise<WorkDoneProgressServerReporter | undefined>; begun: boolean } | undefined;

  constructor(private readonly connection: Connection, private readonly onCancel: () => void, private readonly messages: () => ServerMessages) {}

  /** `done` of `total` sources read by `worker`; `total` 0 when its load is over. */
  report(worker: object, done: number, total: number): void {
    if (this.shown && this.shown.worker !== worker) return;
    if (total === 0) {
      const ended = this.shown;
      this.shown = undefined;
      void ended?.reporter.then((reporter) => reporter?.done());
      return;
    }
    if (!this.shown) {
      if (total < SHOW_FROM) return;
      const reporter = this.connection.window.createWorkDoneProgress().then(
        (r) => {
          r.token.onCancellationRequested(() => this.onCancel());
          return r;
        },
        () => undefined,
      );
      this.shown = { worker, reporter, begun: false };
    }
    const shown = this.shown;
    const say = this.messages();
    const message = say.indexingCount(done, total);
    const begin = !shown.begun;
    shown.begun = true;
    // The reporter arrives asynchronously; its promise keeps begin, reports and done in order.
    shown.reporter = shown.reporter.then((reporter) => {
      if (begin) reporter?.begin(say.indexingSources, 0, message, true);
      else reporter?.report(Math.floor((done / total) * 100), message);
      return reporter;
    });
  }
}
