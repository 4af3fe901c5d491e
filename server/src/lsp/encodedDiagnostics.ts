import { inspect } from 'node:util';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * A draft's diagnostics as the JSON array the check worker encoded, in UTF-8. Over stdio they are written out as they
 * are: parsing 18,000 diagnostics on this thread only to encode them again cost a large draft's edit half a second, and
 * as one string they were still copied and encoded again per edit. Any other transport encodes messages itself and
 * gets them parsed (`toJSON`).
 */
export class EncodedDiagnostics {
  constructor(readonly json: Uint8Array) {}

  toJSON(): unknown {
    return JSON.parse(Buffer.from(this.json.buffer, this.json.byteOffset, this.json.byteLength).toString('utf8'));
  }
}

/**
 * Writes LSP messages to a stream, inserting encoded diagnostics as they are: the parts of a message are written one
 * after another in one go (corked), so that they stay whole and in order, and the diagnostics are not copied (joined
 * into one buffer with the frame, a 1 MB draft's 6 MB of diagnostics were copied once more at the end of each check).
 */
export class EncodedDiagnosticsWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const body = encode(message);
    const length = body.reduce((sum, part) => sum + part.byteLength, 0);
    const parts = [Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), ...body];
    return new Promise((resolve, reject) => {
      const output = this.output as NodeJS.WritableStream & { cork?(): void; uncork?(): void };
      output.cork?.();
      // Uncorked whatever a write throws: a stream left corked would hold back every later message.
      try {
        parts.forEach((part, k) => {
          // Written in order: the callback of the last part is called once all parts are written, or with the error.
          if (k < parts.length - 1) output.write(part);
          else output.write(part, (error) => {
            if (!error) return resolve();
            this.fireError(error, message);
            reject(error);
          });
        });
      } finally {
        output.uncork?.();
      }
    });
  }

  end(): void {}
}

/** The message's body in UTF-8, in parts: encoded diagnostics are one part, as they are. */
function encode(message: Message): Uint8Array[] {
  const params = (message as { params?: unknown }).params;
  if (!params || typeof params !== 'object' || !((params as { diagnostics?: unknown }).diagnostics instanceof EncodedDiagnostics)) return [Buffer.from(JSON.stringify(message), 'utf8')];
  const { diagnostics, ...rest } = params as { diagnostics: EncodedDiagnostics };
  const { params: _, ...envelope } = message as Message & { params: unknown };
  // `diagnostics` is written last, as null, and then replaced by the encoded array.
  const head = JSON.stringify({ ...envelope, params: { ...rest, diagnostics: null } });
  return [Buffer.from(head.slice(0, head.length - '}}'.length - 'null'.length), 'utf8'), diagnostics.json, Buffer.from('}}', 'ascii')];
}

/** Over stdio, console output would corrupt the protocol: it goes to the client's log instead. */
export function consoleTo(log: { log(message: string): void; error(message: string): void }): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => log.log(text(args));
  console.warn = console.error = (...args: unknown[]) => log.error(text(args));
  // console.dir writes to stdout by itself, not through console.log (yaml's composer dirs its tokens under LOG_STREAM).
  console.dir = (item: unknown) => log.log(inspect(item));
}
