import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { diagnosticsJson } from '../server/src/lsp/checkDocument';
import { utf8Chars } from '../server/src/core/text/utf8Chars';
import { EncodedDiagnostics, EncodedDiagnosticsWriter } from '../server/src/lsp/encodedDiagnostics';

/** A stream that keeps each chunk as it was handed over (a Uint8Array becomes a Buffer over the same memory). */
function recording(): { output: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { output, chunks };
}

/** The messages in LSP framing (Content-Length in bytes). */
function framedMessages(framed: Buffer): unknown[] {
  const messages: unknown[] = [];
  for (let at = 0; at < framed.length; ) {
    const headerEnd = framed.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/.exec(framed.subarray(at, headerEnd).toString('ascii'))![1]);
    messages.push(JSON.parse(framed.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
    at = headerEnd + 4 + length;
  }
  return messages;
}

test('publishDiagnostics over stdio: the worker\'s UTF-8 bytes go out as they are, framed by their length in bytes', async () => {
  const diagnostic = { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 14 } }, severity: 2, code: 'figure-mismatch', source: 'newsproof', message: '🚀 „6,5 Mio. €“ widerspricht der Quelle' };
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new EncodedDiagnosticsWriter(output);
  const encoded = new EncodedDiagnostics(diagnosticsJson([{ json: utf8Chars(JSON.stringify(diagnostic)) }]));
  await writer.write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:ä.md', version: 3, diagnostics: encoded } } as Message);
  await writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'geprüft' } } as Message);
  assert.deepEqual(framedMessages(Buffer.concat(chunks)), [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:ä.md', version: 3, diagnostics: [diagnostic] } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'geprüft' } },
  ]);
  assert.deepEqual(encoded.toJSON(), [diagnostic]);
  assert.deepEqual(new EncodedDiagnostics(diagnosticsJson([])).toJSON(), []);
});

const diagnostic = (k: number) => ({ range: { start: { line: k, character: 2 }, end: { line: k, character: 14 } }, severity: 2, code: 'draft-inconsistency', source: 'newsproof', message: `„${k} Mio. €“ and “${k + 1} million”` });

test('over stdio the worker\'s encoded diagnostics are written as the very bytes it sent, not copied into one buffer with their frame', async () => {
  const { output, chunks } = recording();
  const writer = new EncodedDiagnosticsWriter(output);
  const encoded = new EncodedDiagnostics(diagnosticsJson([0, 1, 2].map((k) => ({ json: utf8Chars(JSON.stringify(diagnostic(k))) }))));
  await writer.write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:größe.md', version: 7, diagnostics: encoded } } as Message);
  // The diagnostics' memory itself went to the stream (joined with the frame, a 1 MB draft's 6 MB were copied once more).
  assert.equal(chunks.filter((chunk) => chunk.buffer === encoded.json.buffer).length, 1);
  await writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'geprüft' } } as Message);
  await writer.write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:b.md', version: 1, diagnostics: new EncodedDiagnostics(diagnosticsJson([])) } } as Message);
  assert.deepEqual(framedMessages(Buffer.concat(chunks)), [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:größe.md', version: 7, diagnostics: [0, 1, 2].map(diagnostic) } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'geprüft' } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:b.md', version: 1, diagnostics: [] } },
  ]);
});

test('a write that fails rejects and is reported, whichever part of the message failed (no write waits for ever)', async () => {
  const output = new Writable({
    write(_chunk, _encoding, callback) {
      callback(new Error('pipe closed'));
    },
  });
  const writer = new EncodedDiagnosticsWriter(output);
  const errors: unknown[] = [];
  writer.onError((error) => errors.push(error));
  const encoded = new EncodedDiagnostics(diagnosticsJson([{ json: utf8Chars(JSON.stringify(diagnostic(0))) }]));
  await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'untitled:a.md', version: 1, diagnostics: encoded } } as Message));
  assert.ok(errors.length >= 1);
});
