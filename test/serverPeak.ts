/**
 * `node test/out/serverPeak.js [--transport=ipc|stdio] [--size=1000000] [--lang=de]`: the language server's peak resident
 * memory over one open of a distinct draft, its check not stopped by the budget, started as the extension's client
 * starts it (`--transport=ipc`, the default: `fork` with `--node-ipc`, as vscode-languageclient's TransportKind.ipc does)
 * or as the bench and the tests start it (`stdio`), with the client's MALLOC_ARENA_MAX=2 in both.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { distinctDraft } from './benchDrafts';
import { ROOT } from './support/fixtures';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const transport = arg('transport', 'ipc');
const size = Number(arg('size', '1000000'));
const lang = arg('lang', 'en') as 'en' | 'de';
const statusOf = (child: ChildProcess, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** The child's CPU time so far (user and system, every thread), in seconds. */
const cpuOf = (child: ChildProcess) => {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

void (async () => {
  const env = { ...process.env, MALLOC_ARENA_MAX: '2', NEWSPROOF_CHECK_BUDGET_MS: '600000' };
  const server = join(ROOT, 'server', 'out', 'server.js');
  const child = transport === 'ipc' ? fork(server, ['--node-ipc', `--clientProcessId=${process.pid}`], { cwd: ROOT, env, silent: true }) : fork(server, ['--stdio'], { cwd: ROOT, env, silent: true });
  child.stderr?.pipe(process.stderr);
  const connection = transport === 'ipc' ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const { text } = distinctDraft(size, lang);
  const uri = 'untitled:draft.md';
  let resolveDiagnostics: (count: number) => void = () => {};
  const published = new Promise<number>((resolve) => (resolveDiagnostics = resolve));
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => p.uri === uri && p.diagnostics.length > 0 && resolveDiagnostics(p.diagnostics.length));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ checkDelay: 0 })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: 'workspace' }], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  const idle = statusOf(child, 'VmRSS');
  const cpuBefore = cpuOf(child);
  const start = Date.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const count = await published;
  const openedIn = Date.now() - start;
  const cpu = cpuOf(child) - cpuBefore;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  console.log(`${transport}: idle ${idle.toFixed(0)} MB; ${count} diagnostics in ${(openedIn / 1000).toFixed(1)} s, CPU ${cpu.toFixed(1)} s; peak ${statusOf(child, 'VmHWM').toFixed(0)} MB, rss 3 s after ${statusOf(child, 'VmRSS').toFixed(0)} MB`);
  child.kill();
  process.exit(0);
})();
