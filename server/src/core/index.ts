/** The analysis core: pure functions from texts to facts, matches, findings and hover text. No I/O, no LSP. */
export { analyzeDraft, type DraftAnalysis, type DraftFigure, type DraftName, type LanguageSetting } from './analysis/analyzeDraft';
export { buildSourceIndex, type SourceIndex, type SourceSentence } from './sources/sourceIndex';
export type { SourceInput } from './sources/ingest';
export type { GlossaryName } from './names/nameIndex';
export { runRules, RULES, type RuleSettings } from './rules';
export type { Finding, Fix, RelatedSource, Rule, Severity } from './rules/finding';
export { hoverAt, hoverLayers, type HoverResult } from './hover/hoverText';
export { extractFigures } from './figures/extractFigures';
export { splitSentences } from './text/sentences';
export { parseMarkdown } from './markdown/parseMarkdown';
export { detectLanguage } from './text/language';
export type { Figure, Language, NameEntry, Span } from './types';
export { claimsOf, claimOf, type Claim, type ClaimStatus } from './claims/claims';
export { messagesFor, type Locale, type Messages } from './i18n/messages';
export { clearParseCache } from './markdown/chunkedParse';
export { parseMarkdownChunked } from './markdown/chunkedParse';
export { deadlineBudget, type AnalysisBudget } from './analysis/budget';
