import type { DraftAnalysis, DraftBlock } from '../analysis/draft';
import type { Messages } from '../i18n/messages';
import type { FigureMatch } from '../match/figureMatch';
import type { SourceIndex } from '../sources/sourceIndex';
import { ownString } from '../text/ownString';
import { movedFinding, type Finding, type Rule, type RuleTrace } from './finding';

/** What the per-block rules found in one block, with the inputs they found it from. */
interface Kept {
  language: string;
  locale: string | undefined;
  index: SourceIndex;
  /** Its figures' matches: a date judged by events elsewhere in the draft may get another one. */
  matches: FigureMatch[];
  /** Where the block started when its findings were made. */
  start: number;
  /**
   * By rule (its slot): what it found here. As a Map of an array per rule, a 1 MB draft's 14,000 blocks held 9 MB,
   * most of it empty arrays; most rules find nothing in most blocks, and share NOTHING.
   */
  byRule: Array<Finding[] | undefined>;
}

const NOTHING: Finding[] = Object.freeze([]) as unknown as Finding[];
const NO_MATCHES: FigureMatch[] = Object.freeze([]) as unknown as FigureMatch[];

/** A small number per rule code, where its findings are kept in a block's entry. */
const slots = new Map<string, number>();
function slotOf(rule: Rule): number {
  let slot = slots.get(rule.code);
  if (slot === undefined) slots.set(rule.code, (slot = slots.size));
  return slot;
}

/** Per block reading (analysis/draft.ts): what the per-block rules found in it. Goes when the reading goes. */
const kept = new WeakMap<object, Kept>();

/**
 * The findings of the per-block rules, rule by rule in document order: a block whose reading and matches are as they
 * were keeps its findings (moved with the block), so an edit runs these rules only on the blocks it changed.
 */
export function perBlockFindings(rules: readonly Rule[], draft: DraftAnalysis, blocks: DraftBlock[], index: SourceIndex, messages: Messages, locale: string | undefined, trace?: RuleTrace, meanwhile?: () => void): Map<Rule, Finding[]> {
  const found = new Map<Rule, Finding[]>(rules.map((r) => [r, []]));
  // Looked up once, not per block and rule (14,000 blocks, eight rules).
  const ruleSlots = rules.map(slotOf);
  const lists = rules.map((r) => found.get(r)!);
  for (const block of blocks) {
    meanwhile?.();
    let entry = block.reading && kept.get(block.reading);
    if (!entry || entry.language !== draft.language || entry.locale !== locale || entry.index !== index || !sameMatches(entry.matches, block)) {
      const matches = block.figures.length ? block.figures.map((f) => f.match) : NO_MATCHES;
      entry = { language: draft.language, locale, index, matches, start: block.start, byRule: new Array<Finding[] | undefined>(Math.max(slots.size, rules.length)) };
      if (block.reading) kept.set(block.reading, entry);
    }
    // A block moved by an edit before it: its kept findings move with it once, and are the same objects from then on
    // (moved afresh at every check, a block after the first character typed made all its findings anew at each edit).
    if (block.start !== entry.start) rebase(entry, block.start);
    // Only this block's part of the draft: a figure inside a quotation of the sources is inside one of its own.
    let slice: DraftAnalysis | undefined;
    for (let r = 0; r < rules.length; r++) {
      const slot = ruleSlots[r];
      let findings = entry.byRule[slot];
      if (!findings) {
        slice ??= { ...draft, sentences: block.sentences, figures: block.figures, names: block.names, quotations: block.quotations };
        findings = rules[r].check(slice, index, messages);
        if (findings.length === 0) findings = NOTHING;
        // Kept until the block changes: a message joined from a template is a node per piece (a 1 MB draft's 18,500
        // findings held 1.9 MB of messages), one string of its own about half of that.
        else for (const finding of findings) finding.message = ownString(finding.message);
        entry.byRule[slot] = findings;
      }
      // Most rules find nothing in most blocks: nothing to add then.
      for (let k = 0; k < findings.length; k++) lists[r].push(findings[k]);
    }
    if (slice && trace) trace.blocksChecked.push(block.sentences[0]?.sentence.text ?? '');
  }
  return found;
}

/** The block's figures have the matches its findings were made with (asked of every block at every check: no array made). */
function sameMatches(matches: FigureMatch[], block: DraftBlock): boolean {
  if (matches.length !== block.figures.length) return false;
  for (let i = 0; i < matches.length; i++) if (matches[i] !== block.figures[i].match) return false;
  return true;
}

/** The entry's findings where its block starts now. */
function rebase(entry: Kept, start: number): void {
  const delta = start - entry.start;
  entry.byRule = entry.byRule.map((findings) => (findings && findings !== NOTHING ? findings.map((f) => movedFinding(f, delta)) : findings));
  entry.start = start;
}
