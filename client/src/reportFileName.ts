/** A draft's or folder's name as part of a file name: letters, digits, dots, dashes and underscores only. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '') || 'draft';
}

/** `deepseek-en-newsproof-report-2026-11-30_14-05-09.html`: local time, sorts by date, valid on every system. */
export function reportFileName(stem: string, date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}_${two(date.getHours())}-${two(date.getMinutes())}-${two(date.getSeconds())}`;
  return `${stem}-newsproof-report-${stamp}.html`;
}
