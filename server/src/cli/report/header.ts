import type { Element } from 'hast';
import { h } from 'hastscript';
import { RULES, sourceFileLabel, type ReportMessages, type RuleSettings, type Severity, type SourceIndex } from '../../core';
import type { CheckedFile } from '../check';
import { sourceMeta } from './sourceMeta';

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

export interface ReportContext {
  files: CheckedFile[];
  index: SourceIndex;
  rules: RuleSettings;
  t: ReportMessages;
  generatedAt: Date;
  /** Section id of each file, in order. */
  sectionIds: string[];
}

/** The page's header: what was checked, when, against which sources, with which rules; totals per severity and code. */
export function pageHeader({ files, index, rules, t, generatedAt, sectionIds }: ReportContext): Element {
  const findings = files.flatMap((f) => f.findings);
  const when = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(generatedAt);
  return h('header.np-header', [
    h('h1', t.title),
    h('p.np-when', [h('time', { dateTime: generatedAt.toISOString() }, t.generated(when))]),
    h('div.np-overview', [
      h('section', { ariaLabelledby: 'np-totals' }, [h('h2#np-totals', t.totals), findings.length ? totals(findings, t) : h('p', t.noFindings)]),
      h('section', { ariaLabelledby: 'np-drafts' }, [
        h('h2#np-drafts', t.drafts),
        h('ul', files.map((f, i) => h('li', [h('a', { href: `#${sectionIds[i]}` }, f.file), ` — ${t.findingCount(f.findings.length)}`]))),
      ]),
      h('section', { ariaLabelledby: 'np-sources' }, [
        h('h2#np-sources', t.sources),
        index.sources.length
          ? h('ul', index.sources.map((s) => {
              const meta = sourceMeta(s);
              const parts = [meta.outlet, meta.date].filter((x): x is string => Boolean(x));
              const title = meta.href ? h('a', { href: meta.href, rel: ['noopener', 'noreferrer'] }, meta.title) : meta.title;
              return h('li', [...parts.flatMap((p) => [p, ' · ']), title, ' ', h('code.np-source-file', sourceFileLabel(s.input.id))]);
            }))
          : h('p', t.noSources),
      ]),
      h('section', { ariaLabelledby: 'np-rules' }, [
        h('h2#np-rules', t.rules),
        h('ul.np-rules', RULES.map((r) => {
          const level = rules[r.code] ?? r.defaultSeverity;
          return h('li', [h('code', r.code), ` ${level === 'off' ? t.ruleOff : t.severity[level as Severity]}`]);
        })),
      ]),
    ]),
  ]);
}

function totals(findings: Array<{ code: string; severity: Severity }>, t: ReportMessages): Element {
  const bySeverity = SEVERITIES.map((s) => ({ s, n: findings.filter((f) => f.severity === s).length })).filter(({ n }) => n > 0);
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  return h('div.np-totals', [
    h('p.np-total-line', [t.findingCount(findings.length), ': ', ...bySeverity.flatMap(({ s, n }, i) => [...(i ? [' · '] : []), h('span.np-badge', { dataSeverity: s }, `${t.severity[s]} ${n}`)])]),
    h('table.np-by-code', [
      h('thead', h('tr', [h('th', { scope: 'col' }, t.code), h('th', { scope: 'col' }, t.count)])),
      h('tbody', codes.map((code) => h('tr', [h('th', { scope: 'row' }, h('code', code)), h('td', String(findings.filter((f) => f.code === code).length))]))),
    ]),
  ]);
}

/** Filters by severity and rule, and previous/next buttons; the script makes them work. */
export function toolbar(files: CheckedFile[], t: ReportMessages): Element {
  const findings = files.flatMap((f) => f.findings);
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const box = (attr: 'dataFilterSeverity' | 'dataFilterCode', value: string, label: string) =>
    h('label.np-filter', [h('input', { type: 'checkbox', checked: true, [attr]: value }), ` ${label}`]);
  return h('nav.np-toolbar', { ariaLabel: t.filters }, [
    h('button.np-prev', { type: 'button', dataStep: '-1', ariaKeyshortcuts: 'k' }, [`↑ ${t.previous} `, h('kbd', 'k')]),
    h('button.np-next', { type: 'button', dataStep: '1', ariaKeyshortcuts: 'j' }, [`↓ ${t.next} `, h('kbd', 'j')]),
    h('fieldset', [h('legend', t.filterSeverity), ...severities.map((s) => box('dataFilterSeverity', s, t.severity[s]))]),
    h('fieldset', [h('legend', t.filterCode), ...codes.map((c) => box('dataFilterCode', c, c))]),
  ]);
}
