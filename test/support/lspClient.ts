import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, PublishDiagnosticsNotification,
  type Diagnostic, type Hover, type ProtocolConnection,
} from 'vscode-languageserver/node';
import { after } from 'node:test';
import { ROOT } from './fixtures';

/** Servers still running when a test file's tests are done (a test failed before closing its session): stopped, so
 * that a failure is reported instead of the file waiting forever on a live child process. */
const running = new Set<ChildProcess>();
after(() => {
  for (const child of running) child.kill();
});

/** The real server, spawned as a user's editor would (`node server/out/server.js --stdio`), spoken to over LSP. */
export class LspSession {
  private readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();
  private version = 0;

  /** `editorSettings`: what the client answers to workspace/configuration; undefined: a client without that capability. */
  constructor(
    workspaceFolder = ROOT,
    private readonly editorSettings?: Record<string, unknown>,
    private readonly initialize_: { initializationOptions?: unknown; locale?: string; capabilities?: Record<string, unknown>; workspaceFolders?: Array<{ uri: string; name: string }> } = {},
    /** Added to the server's environment (the bench sets what the extension's client sets). */
    env: Record<string, string> = {},
  ) {
    this.process = spawn(process.execPath, [join(ROOT, 'server', 'out', 'server.js'), '--stdio'], { cwd: workspaceFolder, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    running.add(this.process);
    this.process.once('exit', () => running.delete(this.process));
    // Before the reader's listener: when a notification is handled, this is when its last bytes arrived.
    this.process.stdout!.on('data', () => (this.lastBytesAt = performance.now()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version, diagnostics }) => {
      this.diagnostics.set(uri, diagnostics);
      this.published.push({ uri, version, diagnostics, arrivedAt: this.lastBytesAt, parsedAt: performance.now() });
      for (const resolve of this.waiting.get(uri) ?? []) resolve(diagnostics);
      this.waiting.delete(uri);
    });
    this.connection.onNotification('window/showMessage', (message: { message: string }) => this.messages.push(message.message));
    this.connection.onRequest('window/showMessageRequest', (message: { message: string }) => {
      this.messages.push(message.message);
      return null;
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.editorSettings ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
    this.workspaceFolder = workspaceFolder;
  }

  private readonly workspaceFolder: string;
  private lastBytesAt = 0;
  /**
   * Every publishDiagnostics, in the order they came: when its last bytes arrived (the server had written it) and when
   * this client had parsed it (a large draft's list is megabytes of JSON).
   */
  readonly published: Array<{ uri: string; version?: number; diagnostics: Diagnostic[]; arrivedAt?: number; parsedAt?: number }> = [];
  /** The server's process id, to read its memory. */
  get pid(): number {
    return this.process.pid!;
  }
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }
  /** The version of the last document sent. */
  get lastVersion(): number {
    return this.version;
  }
  /** Messages the server showed the user (window/showMessageRequest and window/showMessage). */
  readonly messages: string[] = [];

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.workspaceFolder).href,
      workspaceFolders: [{ uri: pathToFileURL(this.workspaceFolder).href, name: 'workspace' }],
      ...this.initialize_,
      capabilities: { ...(this.editorSettings ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } : {}), ...this.initialize_.capabilities },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens a document and resolves with the first diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: ++this.version, text } });
    return published;
  }

  change(uri: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++this.version }, contentChanges: [{ text }] });
    return published;
  }

  /** An incremental change, as an editor sends it while the writer types: `text` replaces `range`. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++this.version }, contentChanges: [{ range, text }] });
    return published;
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  /** The diagnostics the server publishes next for `uri` (after a change on disk, say). */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    await new Promise((resolve) => (this.process.exitCode !== null ? resolve(null) : this.process.once('exit', resolve)));
  }
}
