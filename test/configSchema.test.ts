import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { LEVEL_WORDS, RULE_CODES } from '../server/src/node/config/vocabulary';
import { DEFAULT_SETTINGS, OPTION_NAMES } from '../server/src/node/settings';
import { ROOT } from './support/fixtures';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, any>;
const schema = json('schemas/newsproof.schema.json');
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('the JSON schema of .newsproof.json', () => {
  test('VS Code checks .newsproof.json with it, as JSON with comments', () => {
    const { contributes } = json('package.json');
    assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.newsproof.json', url: './schemas/newsproof.schema.json' }]);
    assert.deepEqual(contributes.languages, [{ id: 'jsonc', filenames: ['.newsproof.json'] }]);
    assert.ok(json('package.json').files.includes('schemas/newsproof.schema.json'), 'the schema ships in the .vsix and the npm package');
  });

  test('the sample config is valid; a broken one is not, with each mistake named', () => {
    const sample = parse(readFileSync(join(ROOT, 'samples', '.newsproof.json'), 'utf8'), [], { allowTrailingComma: true }) as unknown;
    assert.equal(validate(sample), true, JSON.stringify(validate.errors));
    assert.equal(validate({ sources: 'press', rules: { 'figure-mismatsh': 'warn', 'date-mismatch': 'loud' }, language: 'fr', sourcse: [] }), false);
    assert.deepEqual(validate.errors!.map((e) => `${e.instancePath} ${e.message}`).sort(), [
      ' must NOT have additional properties',
      '/language must be equal to one of the allowed values',
      '/rules must NOT have additional properties',
      '/rules/date-mismatch must be equal to one of the allowed values',
      '/sources must be array',
    ]);
  });

  test('one source of truth: the schema and the VS Code settings name the rules, levels and options the code knows', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULE_CODES);
    assert.deepEqual(schema.definitions.level.enum, Object.keys(LEVEL_WORDS));
    assert.deepEqual(Object.keys(schema.properties).sort(), [...OPTION_NAMES].sort());
    const settings = json('package.json').contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings['newsproof.rules'].properties), RULE_CODES);
    for (const rule of [...Object.values(settings['newsproof.rules'].properties), settings['newsproof.rules'].additionalProperties]) assert.deepEqual((rule as { enum: string[] }).enum, Object.keys(LEVEL_WORDS));
    // Every option of the file is a VS Code setting too (the file's $schema aside).
    assert.deepEqual(OPTION_NAMES.filter((o) => o !== '$schema').map((o) => `newsproof.${o}`).filter((o) => !(o in settings)), []);
    assert.deepEqual(Object.keys(DEFAULT_SETTINGS).map((o) => schema.properties[o].default), Object.values(DEFAULT_SETTINGS));
  });
});
