/** Sources: reading articles of every format into prose, per-source digests, and the merged SourceIndex. */
export { formatOf, ingestSource, type IngestedSource, type SourceFormat, type SourceInput } from './ingest';
export { DIGEST_VERSION, digestSource, type SourceDigest } from './digest';
export { buildSourceIndex, indexSources, type SourceIndex, type SourceSentence } from './sourceIndex';
export { joinPages, type PdfText } from './readers/pdfText';
export type { SourceMetadata } from './readers/metadata';
export { sourceCitation, sourceLabel } from './provenance';
