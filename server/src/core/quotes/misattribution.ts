import type { DraftQuotation } from '../analysis/analyzeDraft';
import type { Messages } from '../i18n/messages';
import type { NameEntry } from '../types';

/** Whether the draft names another speaker for a quotation than the source does, and who the source names. */
export function misattribution(q: DraftQuotation, t: Messages): { message: string; replacement?: string } | undefined {
  const drafted = q.speaker?.mention?.entry;
  const source = q.match?.source.speaker;
  if (!drafted || !source || !q.match) return undefined;
  const real = source.mention?.entry;
  if (real) {
    if (real === drafted) return undefined;
    const role = real.kind === 'person' && real.role ? ` (${real.role})` : '';
    return { message: t.misattributed(`${real.canonical}${role}`, q.speaker!.text), replacement: sameForm(q.speaker!.text, drafted, real) };
  }
  // The source names no one ("ein DeepSeek-Ingenieur", "das Unternehmen"): a named person is a claim it does not make.
  if (drafted.kind !== 'person') return undefined;
  return { message: t.notAttributed(q.speaker!.text, source.text) };
}

/** The real speaker written the way the draft wrote the wrong one: a surname for a surname, the full name otherwise. */
function sameForm(written: string, drafted: NameEntry, real: NameEntry): string {
  if (written === drafted.canonical || real.kind !== 'person') return real.canonical;
  const surname = real.aliases.find((a) => !a.includes(' ') && real.canonical.endsWith(a)) ?? real.aliases.find((a) => !a.includes(' '));
  return surname ?? real.canonical;
}
