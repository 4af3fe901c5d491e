import type { Finding, Rule } from './finding';
import { inRetraction } from '../analysis/draft';
import { documentSpan } from '../text/prose';
import { none } from '../text/fitted';

export const nameSpelling: Rule = {
  code: 'name-spelling',
  defaultSeverity: 'warning',
  scope: 'block',
  description: 'A near miss of a name the sources or the glossary know ("Liang Wenfang", "Deepseek", "Nvida").',
  example: 'Liang Wenfang founded Deepseek.',
  check(draft, _index, t) {
    const findings: Finding[] = [];
    for (const at of draft.sentences) {
      for (const miss of at.facts.nearMisses) {
        // "misspelled his name as 'Stacey Rasgon'": the draft reports the misspelling.
        if (inRetraction(at, miss.start, miss.end)) continue;
        // "LIANG:", "SHEEHAN:" in a transcript, "NVIDIA" in a headline: capitals are the type, not the spelling. The
        // name is still read as the known one (a label still speaks).
        if (miss.inCapitals) continue;
        findings.push({
          code: this.code,
          severity: this.defaultSeverity,
          ...documentSpan(at.sentence, miss.start, miss.end),
          message: t.nameSpelling(miss.text, miss.suggestion),
          related: none(),
          fix: { title: t.fixSpelling(miss.suggestion), newText: miss.suggestion },
        });
      }
    }
    return findings;
  },
};
