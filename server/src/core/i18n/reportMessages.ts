import type { ClaimStatus } from '../types';
import type { Severity } from '../rules/finding';
import type { Locale } from './messages';
import { countOf } from './plural';

/** The HTML report's own words (the findings' messages come from messages.ts). */
export interface ReportMessages {
  locale: Locale;
  title: string;
  generated(date: string): string;
  drafts: string;
  sources: string;
  rules: string;
  totals: string;
  noFindings: string;
  findingCount(n: number): string;
  severity: Record<Severity, string>;
  claimStatus: Record<ClaimStatus, string>;
  claimsOfDraft: string;
  noClaims: string;
  filters: string;
  filterSeverity: string;
  filterCode: string;
  previous: string;
  next: string;
  notes: string;
  line(line: number, column: number): string;
  suggested(text: string): string;
  toPassage: string;
  supportedFigure: string;
  ruleOff: string;
  image(alt: string): string;
  noSources: string;
  code: string;
  count: string;
}

const en: ReportMessages = {
  locale: 'en',
  title: 'Newsproof report',
  generated: (d) => `Checked ${d}`,
  drafts: 'Drafts',
  sources: 'Sources',
  rules: 'Rules',
  totals: 'Findings',
  noFindings: 'No findings.',
  findingCount: (n) => countOf(n, { one: 'finding', other: 'findings' }, 'en'),
  severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
  claimStatus: { contradicted: 'contradicted', unsourced: 'unsourced', supported: 'supported' },
  claimsOfDraft: 'Claims in this draft',
  noClaims: 'This draft states no checkable claim.',
  filters: 'Show findings',
  filterSeverity: 'Severity',
  filterCode: 'Rule',
  previous: 'Previous finding',
  next: 'Next finding',
  notes: 'Notes',
  line: (l, c) => `line ${l}, column ${c}`,
  suggested: (t) => `Suggested: ${t}`,
  toPassage: 'Go to the passage',
  supportedFigure: 'supported by the sources',
  ruleOff: 'off',
  image: (alt) => `[image${alt ? `: ${alt}` : ''}]`,
  noSources: 'No sources were indexed.',
  code: 'Rule',
  count: 'Count',
};

const de: ReportMessages = {
  locale: 'de',
  title: 'Newsproof-Bericht',
  generated: (d) => `Geprüft am ${d}`,
  drafts: 'Entwürfe',
  sources: 'Quellen',
  rules: 'Regeln',
  totals: 'Befunde',
  noFindings: 'Keine Befunde.',
  findingCount: (n) => countOf(n, { one: 'Befund', other: 'Befunde' }, 'de'),
  severity: { error: 'Fehler', warning: 'Warnung', information: 'Information', hint: 'Hinweis' },
  claimStatus: { contradicted: 'widerlegt', unsourced: 'ohne Quelle', supported: 'belegt' },
  claimsOfDraft: 'Aussagen in diesem Entwurf',
  noClaims: 'Dieser Entwurf enthält keine prüfbare Aussage.',
  filters: 'Befunde zeigen',
  filterSeverity: 'Schweregrad',
  filterCode: 'Regel',
  previous: 'Vorheriger Befund',
  next: 'Nächster Befund',
  notes: 'Anmerkungen',
  line: (l, c) => `Zeile ${l}, Spalte ${c}`,
  suggested: (t) => `Vorschlag: ${t}`,
  toPassage: 'Zur Textstelle',
  supportedFigure: 'durch die Quellen belegt',
  ruleOff: 'aus',
  image: (alt) => `[Bild${alt ? `: ${alt}` : ''}]`,
  noSources: 'Es wurden keine Quellen eingelesen.',
  code: 'Regel',
  count: 'Anzahl',
};

export function reportMessagesFor(locale: string | undefined): ReportMessages {
  return locale?.toLowerCase().startsWith('de') ? de : en;
}
