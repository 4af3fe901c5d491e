import { messagesFor, type Locale } from './messages';
import { countOf } from './plural';

/** The requests whose failure the server logs (and answers with an empty result). */
export type ServerRequest = 'hover' | 'outline' | 'semanticTokens' | 'codeActions' | 'claims' | 'sources' | 'reindex' | 'checkWorkspace' | 'exportReport';

/** What a worker read: sources (analysed now, digested before, unchanged since the last load) and what they hold. */
export interface IndexedCounts {
  sources: number;
  analysed: number;
  fromCache: number;
  fromMemory: number;
  sentences: number;
  figures: number;
  names: number;
}

/**
 * The language server's own words: the title of its indexing progress and its lines in the Output channel, in the
 * editor's display language (initialize's `locale`). Error details (stacks, error codes) stay as Node gives them.
 */
export interface ServerMessages {
  locale: Locale;
  /** The work-done progress while sources are read; the message under it is `done/total`. */
  indexingSources: string;
  indexingCount(done: number, total: number): string;
  indexedSources(counts: IndexedCounts): string;
  indexingCancelled: string;
  unhandledRejection(reason: string): string;
  configChanged(files: string[]): string;
  untrustedWorkspace: string;
  workspaceFolders(folders: string[]): string;
  cannotWatchConfig(folder: string, file: string, code: string): string;
  sourceFilesChanged(files: string[]): string;
  clientCannotWatchSources(error: string): string;
  cannotWatchSources(folder: string, code: string): string;
  exportFailed(error: string): string;
  checkWorkerFailed(error: string): string;
  checkWorkerGaveUp(code: number, times: number): string;
  checkWorkerRestarted(code: number): string;
  checkFailed(uri: string, error: string): string;
  /** A request failed; `draft`: the draft it was about. */
  requestFailed(request: ServerRequest, draft: string | undefined, error: string): string;
  /** The answer to "Export Review Report" when making it failed. */
  reportFailed: string;
  /** Parts of a draft too deeply nested or too large for the Markdown parser's linear time. */
  readAsPlainProse(uri: string, parts: number): string;
}

/** The first few of many changed files: the Output channel line stays one line. */
const SHOWN_FILES = 3;
const someOf = (files: string[]) => `${files.slice(0, SHOWN_FILES).join(', ')}${files.length > SHOWN_FILES ? ', …' : ''}`;
const count = (n: number, locale: string) => n.toLocaleString(locale);

const REQUESTS_EN: Record<ServerRequest, string> = {
  hover: 'the hover', outline: 'the outline', semanticTokens: 'the highlighting of figures', codeActions: 'the quick fixes', claims: 'the claims',
  sources: 'listing the sources', reindex: 're-indexing the sources', checkWorkspace: 'checking the workspace', exportReport: 'exporting the report',
};
const REQUESTS_DE: Record<ServerRequest, string> = {
  hover: 'der Hover', outline: 'die Gliederung', semanticTokens: 'das Hervorheben der Zahlen', codeActions: 'die Schnellkorrekturen', claims: 'die Aussagen',
  sources: 'das Auflisten der Quellen', reindex: 'das neue Einlesen der Quellen', checkWorkspace: 'die Prüfung des Arbeitsbereichs', exportReport: 'der Export des Berichts',
};

const en: ServerMessages = {
  locale: 'en',
  indexingSources: 'Indexing sources',
  indexingCount: (done, total) => `${count(done, 'en-US')}/${count(total, 'en-US')}`,
  indexedSources: (c) =>
    `indexed ${countOf(c.sources, { one: 'source', other: 'sources' })} (${c.analysed} analysed, ${c.fromCache} from the cache, ${c.fromMemory} unchanged): ${c.sentences} sentences, ${c.figures} figures, ${c.names} names`,
  indexingCancelled: 'indexing sources was cancelled; the sources read before stay in use until "Re-index Sources"',
  unhandledRejection: (reason) => `unhandled rejection: ${reason}`,
  configChanged: (files) => `config changed on disk: ${files.join(', ')}`,
  untrustedWorkspace: 'untrusted workspace: only the bundled sources are used',
  workspaceFolders: (folders) => `workspace folders: ${folders.join(', ') || 'none'}`,
  cannotWatchConfig: (folder, file, code) => `cannot watch ${folder} for ${file} (${code})`,
  sourceFilesChanged: (files) => `source file${files.length === 1 ? '' : 's'} changed on disk: ${someOf(files)}`,
  clientCannotWatchSources: (error) => `the client cannot watch the sources (${error})`,
  cannotWatchSources: (folder, code) => `cannot watch ${folder} (${code}); changes there need "Re-index Sources"`,
  exportFailed: (error) => `exporting the report failed: ${error}`,
  checkWorkerFailed: (error) => `check worker failed: ${error}`,
  checkWorkerGaveUp: (code, times) => `check worker exited (code ${code}) ${times} times in a row; checks stop until the server restarts`,
  checkWorkerRestarted: (code) => `check worker exited (code ${code}); starting a new one`,
  checkFailed: (uri, error) => `checking ${uri} failed: ${error}`,
  requestFailed: (request, draft, error) => `${REQUESTS_EN[request]}${draft ? ` (${draft})` : ''} failed: ${error}`,
  reportFailed: 'The report could not be made; the Output channel says why.',
  readAsPlainProse: (uri, parts) => `${uri}: ${parts} part(s) nested or sized beyond what the Markdown parser reads in linear time were read as plain prose`,
};

const de: ServerMessages = {
  locale: 'de',
  indexingSources: 'Quellen werden eingelesen',
  indexingCount: (done, total) => `${count(done, 'de-DE')}/${count(total, 'de-DE')}`,
  indexedSources: (c) =>
    `${countOf(c.sources, { one: 'Quelle', other: 'Quellen' }, 'de')} eingelesen (${c.analysed} analysiert, ${c.fromCache} aus dem Cache, ${c.fromMemory} unverändert): ${c.sentences} Sätze, ${c.figures} Zahlen, ${c.names} Namen`,
  indexingCancelled: 'das Einlesen der Quellen wurde abgebrochen; die bis dahin gelesenen Quellen bleiben in Gebrauch bis „Quellen neu einlesen“',
  unhandledRejection: (reason) => `nicht behandelte Ablehnung (unhandled rejection): ${reason}`,
  configChanged: (files) => `Konfiguration auf der Festplatte geändert: ${files.join(', ')}`,
  untrustedWorkspace: 'nicht vertrauenswürdiger Arbeitsbereich: nur die mitgelieferten Quellen werden verwendet',
  workspaceFolders: (folders) => `Arbeitsbereichsordner: ${folders.join(', ') || 'keine'}`,
  cannotWatchConfig: (folder, file, code) => `${folder} kann nicht auf Änderungen an ${file} überwacht werden (${code})`,
  sourceFilesChanged: (files) => `${files.length === 1 ? 'Quelldatei' : 'Quelldateien'} auf der Festplatte geändert: ${someOf(files)}`,
  clientCannotWatchSources: (error) => `der Editor kann die Quellen nicht überwachen (${error})`,
  cannotWatchSources: (folder, code) => `${folder} kann nicht überwacht werden (${code}); Änderungen dort liest erst „Quellen neu einlesen“`,
  exportFailed: (error) => `der Bericht konnte nicht exportiert werden: ${error}`,
  checkWorkerFailed: (error) => `der Prüf-Worker ist fehlgeschlagen: ${error}`,
  checkWorkerGaveUp: (code, times) => `der Prüf-Worker wurde ${times}-mal in Folge beendet (Code ${code}); bis zum Neustart des Servers wird nicht mehr geprüft`,
  checkWorkerRestarted: (code) => `der Prüf-Worker wurde beendet (Code ${code}); ein neuer wird gestartet`,
  checkFailed: (uri, error) => `die Prüfung von ${uri} ist fehlgeschlagen: ${error}`,
  requestFailed: (request, draft, error) => `${REQUESTS_DE[request]}${draft ? ` (${draft})` : ''} ist fehlgeschlagen: ${error}`,
  reportFailed: 'Der Bericht konnte nicht erstellt werden; der Ausgabekanal nennt den Grund.',
  readAsPlainProse: (uri, parts) =>
    `${uri}: ${parts === 1 ? 'ein Teil war' : `${parts} Teile waren`} tiefer verschachtelt oder größer, als der Markdown-Parser in linearer Zeit liest, und ${parts === 1 ? 'wurde' : 'wurden'} als einfacher Text gelesen`,
};

/** The same choice of language as the findings' messages (messages.ts). */
export function serverMessagesFor(locale: string | undefined): ServerMessages {
  return messagesFor(locale).locale === 'de' ? de : en;
}

/** A line for the Output channel: verbatim (a problem or a worker's line), or in the client's language. */
export type LogLine = string | ((say: ServerMessages) => string);

/** The text of a log line, in the language of `messages`. */
export function logText(line: LogLine, messages: ServerMessages): string {
  return typeof line === 'string' ? line : line(messages);
}
