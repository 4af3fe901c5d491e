import type { DraftBlock, DraftName } from '../analysis/draft';
import { lookupKey } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import { compatibleDates } from '../figures/calendarDays';
import type { FigureEvidence } from '../match/figureMatch';
import type { SourceSentence } from '../sources/sourceIndex';

/**
 * Whether a source fact states the draft's fact: about one it names, of what it measures, at its time, as far as the
 * draft says each. With many articles indexed, a sentence that only shares words with the draft's ("Shares of US power
 * producers suffered their worst day … on Monday, January 27, 2025" for a DeepSeek sell-off on 27 January) may score
 * above the one that states the very fact ("Am 27. Januar 2025 sorgte … DeepSeek für Schlagzeilen, als seine Aktie …").
 */
function statesTheFact(fact: Fact, other: Fact): boolean {
  const who = fact.entities.length === 0 || other.entities.some((e) => fact.entities.includes(e));
  const keys = new Set(fact.attributes.map(lookupKey));
  const what = keys.size === 0 || other.attributes.some((a) => keys.has(lookupKey(a)));
  const when = !fact.time || (other.time !== undefined && compatibleDates(fact.time, other.time));
  return who && what && when;
}

/**
 * A figure's evidence as its hover quotes it: the source facts of the same subject, attribute and time first, each
 * group in the matcher's order. A contradicted figure's first stays first: its hover names that source's value.
 */
export function sameFactFirst(fact: Fact, evidence: FigureEvidence[], keepFirst: boolean): FigureEvidence[] {
  const head = keepFirst ? evidence.slice(0, 1) : [];
  const rest = evidence.slice(head.length);
  const stating = rest.filter((e) => statesTheFact(fact, e.fact));
  if (stating.length === 0 || stating.length === rest.length) return evidence;
  return [...head, ...stating, ...rest.filter((e) => !stating.includes(e))];
}

/** Per list of blocks: each sentence's block (a hover slice of the server shares the draft's blocks). */
const sentenceBlocks = new WeakMap<DraftBlock[], Map<object, DraftBlock>>();

function blockOf(blocks: DraftBlock[] | undefined, name: DraftName): DraftBlock | undefined {
  if (!blocks) return undefined;
  let map = sentenceBlocks.get(blocks);
  if (!map) {
    map = new Map();
    for (const block of blocks) for (const s of block.sentences) map.set(s, block);
    sentenceBlocks.set(blocks, map);
  }
  return map.get(name.at);
}

/**
 * The source sentences of the quotations the draft gives the name, or sets in the name's sentence: "The government
 * \"was surprised\" by the company, said Matt Sheehan" is backed by the sentence that quotes him so, not by what he
 * says in another article on another day.
 */
function quotedSentences(block: DraftBlock | undefined, name: DraftName): SourceSentence[] {
  const { sentence } = name.at;
  const said = (q: DraftBlock['quotations'][number]) => q.speaker?.mention?.entry === name.mention.entry || (sentence.start <= q.start && q.end <= sentence.end);
  return (block?.quotations ?? []).filter((q) => q.match && said(q)).map((q) => q.match!.source.at);
}

/**
 * The source sentences that state what the draft says of a name, nearest first: the sentences of the quotations it
 * gives the name, the sources of its sentence's figures about it, then of its paragraph's ("Hinter DeepSeek steht
 * Liang Wenfeng. … Er ist 40 Jahre alt": the source's "der 40-jährige Informatikingenieur Liang Wenfeng"). A name's
 * hover shows these before sentences that only mention the name, on another day or about another matter.
 */
export function sentencesStating(blocks: DraftBlock[] | undefined, name: DraftName): SourceSentence[] {
  const block = blockOf(blocks, name);
  const about = (block?.figures ?? []).filter((f) => f.match.status !== 'unsourced' && f.fact.entities.includes(name.mention.entry.canonical));
  const nearFirst = [...about.filter((f) => f.at === name.at), ...about.filter((f) => f.at !== name.at)];
  const out: SourceSentence[] = [];
  for (const at of quotedSentences(block, name)) if (!out.includes(at)) out.push(at);
  for (const f of nearFirst) for (const e of f.match.evidence) if (!out.includes(e.at)) out.push(e.at);
  return out;
}
