import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, type Severity } from '../core';
import type { JsonFinding } from './format';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, the rules with their help, each result with its location and the source sentences. */
export function formatSarif(findings: JsonFinding[], cwd: string, version: string): Log {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.code,
    name: rule.code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\nExample: ${rule.example}\nRun \`newsproof explain ${rule.code}\` for more.` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const location = (file: string, range: JsonFinding['range']) => ({
    physicalLocation: {
      artifactLocation: isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    },
  });
  const results: Result[] = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: RULES.findIndex((r) => r.code === f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.file, f.range)],
    ...(f.related.length ? { relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, ...location(r.file, r.range) })) } : {}),
    ...(f.fix
      ? { fixes: [{ description: { text: f.fix.title }, artifactChanges: [{ artifactLocation: location(f.file, f.range).physicalLocation.artifactLocation, replacements: [{ deletedRegion: location(f.file, f.range).physicalLocation.region, insertedContent: { text: f.fix.newText } }] }] }] }
      : {}),
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'Newsproof', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
