import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The benchmarks' 20 KB draft: the two sample drafts, repeated with numbered sentences (run from test/out). */
export function draft20k(): string {
  const root = join(__dirname, '..', '..');
  const sample = ['deepseek-en.md', 'deepseek-de.md'].map((f) => readFileSync(join(root, 'samples', 'drafts', f), 'utf8').replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 20_000; i++) {
    const part = `## Part ${i}\n\n${sample.replace(/([.!?])(\s)/g, `$1 (${i})$2`)}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n\n');
}
