import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { claimsOf, type ClaimStatus, type Finding, type ReportMessages, type SourceIndex } from '../../core';
import type { CheckedFile } from '../check';
import { markRanges, overlapIndex, type MarkRange } from './markRanges';
import { findingNote, relatedPlaceId } from './notes';
import { renderMarkdown } from './renderMarkdown';

export interface NumberedFinding {
  finding: Finding;
  /** Unique on the page: the first mark's id; every piece of the mark carries it as data-finding. */
  id: string;
}

const CLAIM_ORDER: ClaimStatus[] = ['contradicted', 'unsourced', 'supported'];

/** One draft: its claims bar, then its blocks as rendered, each with the notes on the findings that start in it. */
export function draftSection(f: CheckedFile, numbered: NumberedFinding[], runIndex: SourceIndex, t: ReportMessages, sectionId: string): Element {
  // Each draft was checked against its own config's sources.
  const index = f.index ?? runIndex;
  const tree = renderMarkdown(f.analysis.text, t.image);
  markRanges(tree, f.analysis.text, [...numbered.map(findingRange), ...numbered.flatMap(relatedPlaces), ...supportedFigures(f, numbered, t)]);
  const notes = new Map(numbered.map((n) => [n.id, findingNote(f, n.finding, n.id, index, t)]));
  const rows: Element[] = [];
  for (const block of tree.children) {
    if (block.type !== 'element') continue;
    const here = markIds(block).filter((id) => notes.has(id));
    rows.push(row([block], here.map((id) => notes.get(id)!), t));
    for (const id of here) notes.delete(id);
  }
  // A finding whose words are not shown (none should be) still gets its note, at the end.
  if (notes.size) rows.push(row([], [...notes.values()], t));
  return h('section.np-draft', { id: sectionId, ariaLabelledby: `${sectionId}-title` }, [
    h('h2.np-draft-title', { id: `${sectionId}-title` }, [h('span', f.file), ' ', h('small', t.findingCount(numbered.length))]),
    claimsBar(f, index, t),
    h('div.np-doc', { lang: f.analysis.language }, rows),
  ]);
}

function row(text: ElementContent[], notes: Element[], t: ReportMessages): Element {
  return h('div.np-row', [h('div.np-text', text), h('div.np-notes', notes.length ? { role: 'group', ariaLabel: t.notes } : {}, notes)]);
}

function findingRange({ finding, id }: NumberedFinding): MarkRange {
  return {
    start: finding.start,
    end: finding.end,
    wrap: (children, first) =>
      first
        ? h('mark', { id, dataCode: finding.code, dataSeverity: finding.severity, dataFinding: id, tabIndex: 0, ariaDescribedby: `note-${id}` }, children)
        : h('mark.np-cont', { dataSeverity: finding.severity, dataFinding: id }, children),
  };
}

/** Places in the draft a finding refers to (the earlier mention of a figure): anchors for the note's link. */
function relatedPlaces({ finding, id }: NumberedFinding): MarkRange[] {
  return finding.related.flatMap((r, k) =>
    r.sourceId === undefined ? [{ start: r.start, end: r.end, wrap: (children, first) => h('span.np-related-place', first ? { id: relatedPlaceId(id, k) } : {}, children) }] : [],
  );
}

/** Figures the sources back, marked subtly; those under a finding are left to the finding's mark. */
function supportedFigures(f: CheckedFile, numbered: NumberedFinding[], t: ReportMessages): MarkRange[] {
  const findingsOver = overlapIndex(numbered.map((n) => n.finding));
  return f.analysis.figures
    .filter((x) => x.match.status === 'supported' && findingsOver(x.span.start, x.span.end).length === 0)
    .map((x) => ({ ...x.span, wrap: (children) => h('span.np-ok', { title: t.supportedFigure }, children) }));
}

function markIds(node: Element): string[] {
  const own = node.tagName === 'mark' && node.properties.dataCode !== undefined ? [String(node.properties.id)] : [];
  return [...own, ...node.children.flatMap((c) => (c.type === 'element' ? markIds(c) : []))];
}

function claimsBar(f: CheckedFile, index: SourceIndex, t: ReportMessages): Element {
  const claims = claimsOf(f.analysis, index);
  if (claims.length === 0) return h('p.np-claims', t.noClaims);
  const counts = CLAIM_ORDER.map((status) => ({ status, n: claims.filter((c) => c.status === status).length }));
  let x = 0;
  const rects = counts.map(({ status, n }) => {
    const width = (100 * n) / claims.length;
    const rect = s('rect', { class: `np-bar-${status}`, x: x.toFixed(2), y: 0, width: width.toFixed(2), height: 4 });
    x += width;
    return rect;
  });
  return h('div.np-claims', [
    h('h3', t.claimsOfDraft),
    // SVG attributes, not inline styles: the Content-Security-Policy allows no style attribute.
    s('svg.np-bar', { viewBox: '0 0 100 4', preserveAspectRatio: 'none', ariaHidden: 'true' }, rects),
    h(
      'p.np-claim-counts',
      counts.flatMap(({ status, n }, i) => [...(i ? [' · '] : []), h(`span.np-count-${status}`, `${t.claimStatus[status]} ${n}`)]),
    ),
  ]);
}
