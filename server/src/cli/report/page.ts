import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { reportMessagesFor, type RuleSettings, type SourceIndex } from '../../core';
import type { CheckedFile } from '../check';
import { draftSection, type NumberedFinding } from './draftSection';
import { pageHeader, toolbar } from './header';
import { SCRIPT } from './script';
import { STYLES } from './styles';

export interface ReportInput {
  files: CheckedFile[];
  index: SourceIndex;
  rules: RuleSettings;
  locale?: string;
  generatedAt?: Date;
}

const serializer = unified().use(rehypeStringify);

/**
 * The reviewer's report: one self-contained HTML page. Everything from a draft or a source enters the tree as text
 * or as sanitized Markdown, never as HTML; the only script and style are ours, admitted by their hashes.
 */
export function renderReport({ files, index, rules, locale, generatedAt = new Date() }: ReportInput): string {
  const t = reportMessagesFor(locale);
  const sectionIds = files.map((_, i) => `draft-${i + 1}`);
  let counter = 0;
  const numbered: NumberedFinding[][] = files.map((f) => f.findings.map((finding) => ({ finding, id: `f${++counter}` })));
  const policy = [
    "default-src 'none'",
    `style-src '${sha256(STYLES)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: t.locale }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('title', `${t.title}: ${files.map((f) => f.file).join(', ')}`),
          h('style', STYLES),
        ]),
        h('body', [
          h('a.np-skip', { href: '#np-main' }, t.drafts),
          pageHeader({ files, index, rules, t, generatedAt, sectionIds }),
          toolbar(files, t),
          h('main#np-main', files.map((f, i) => draftSection(f, numbered[i], index, t, sectionIds[i]))),
          h('script', SCRIPT),
        ]),
      ]),
    ],
  };
  return serializer.stringify(tree);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
