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

/** Writes LSP messages to a stream, inserting encoded diagnostics as they are; one write per message keeps them whole and in order. */
export class EncodedDiagnosticsWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const body = encode(message);
    const length = body.reduce((sum, part) => sum + part.byteLength, 0);
    const header = Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii');
    const framed = Buffer.concat([header, ...body], header.length + length);
    return new Promise((resolve, reject) => {
      this.output.write(framed, (error) => {
        if (!error) return resolve();
        this.fireError(error, message);
        reject(error);
      });
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
