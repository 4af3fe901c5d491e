import { REPORT_DATE_HEADERS } from './lexicon';

const REPORT_DATE_HEADER = new Set(REPORT_DATE_HEADERS);

/**
 * Whether a table's column header says its dates are when the row's report appeared („Erschienen“, "Published",
 * "As of"), not when the row's event happened: a publication date does not date the move the headline tells.
 */
export function isReportDateHeader(header: string): boolean {
  return REPORT_DATE_HEADER.has(header.replace(/[*_`:]/g, '').replace(/\s+/g, ' ').trim().toLowerCase());
}
