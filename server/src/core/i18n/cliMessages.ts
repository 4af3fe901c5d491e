import type { Severity } from '../rules/finding';
import { countOf } from './plural';

/**
 * The CLI's own words: its summary, the sources listing, progress and the demo. English, as the CLI's output is
 * (`--locale` changes the findings' messages and the HTML report).
 */
export const cliMessages = {
  files: (n: number) => countOf(n, { one: 'file', other: 'files' }),
  findings: (n: number) => countOf(n, { one: 'finding', other: 'findings' }),
  // "information" has no plural; the other severities do.
  severity: (severity: Severity, n: number) => countOf(n, severity === 'information' ? { other: 'information' } : { one: severity, other: `${severity}s` }),
  noFindings: (files: number) => `No findings in ${cliMessages.files(files)}.`,
  summary: (findings: number, parts: string[], files: number) => `${cliMessages.findings(findings)} (${parts.join(', ')}) in ${cliMessages.files(files)}.`,
  sourceCounts: (c: { sentences: number; names: number; figures: number; quotations: number }) =>
    [
      countOf(c.sentences, { one: 'sentence', other: 'sentences' }),
      countOf(c.names, { one: 'name', other: 'names' }),
      countOf(c.figures, { one: 'figure', other: 'figures' }),
      countOf(c.quotations, { one: 'quotation', other: 'quotations' }),
    ].join(', '),
  sourcesTotal: (sources: number, names: number) => `${countOf(sources, { one: 'source', other: 'sources' })}, ${countOf(names, { one: 'distinct name', other: 'distinct names' })}.`,
  skipped: (path: string, reason: string) => `skipped: ${path} ${reason}`,
  indexing: (done: string, total: string) => `Indexing sources ${done}/${total}`,
  languageName: { de: 'German', en: 'English' } as Record<string, string>,
  demoDraft: (file: string, language: string, findings: number) => `━━ ${file} (${cliMessages.languageName[language] ?? language}): ${cliMessages.findings(findings)}`,
  demoHover: (place: string) => `hover at ${place}`,
};
