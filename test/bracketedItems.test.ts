import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingsWithFixes as findings, germanDraft as german } from './support/findingsWithFixes';

describe('a value in brackets after its name takes nothing from another item\'s brackets', () => {
  test('German: „DeepSeek (gegründet im Juli 2023), das V3-Modell (Dezember 2024), R1 (20. Januar 2025)“: only DeepSeek\'s date is a founding', () => {
    assert.deepEqual(findings(german('Die Stationen: DeepSeek (gegründet im Juli 2023), das V3-Modell (Dezember 2024), R1 (20. Januar 2025).')), []);
    assert.deepEqual(findings(german('Die Stationen: DeepSeek (gegründet im Juli 2023), das V3-Modell (Dezember 2024), R1 (21. Januar 2025).')), [
      { code: 'date-mismatch', text: '21. Januar 2025', fix: '20. Januar 2025' },
    ]);
    assert.deepEqual(findings(german('Die Stationen: DeepSeek (gegründet im Juni 2023), das V3-Modell (Dezember 2024).')), [
      { code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' },
    ]);
  });
  test('English: "DeepSeek (founded July 2023), the V3 model (December 2024), R1 (January 20, 2025)" likewise', () => {
    assert.deepEqual(findings('Milestones: DeepSeek (founded July 2023), the V3 model (December 2024), R1 (January 20, 2025).\n'), []);
    assert.deepEqual(findings('Milestones: DeepSeek (founded July 2023), the V3 model (December 2024), R1 (January 21, 2025).\n'), [
      { code: 'date-mismatch', text: 'January 21, 2025', fix: 'January 20, 2025' },
    ]);
    assert.deepEqual(findings('Milestones: DeepSeek (founded June 2023), the V3 model (December 2024).\n'), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
  });
  test('unchanged: a verb outside the brackets is every item\'s', () => {
    assert.deepEqual(findings(german('DeepSeek (Juli 2023) und High-Flyer (2016) wurden gegründet.')), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
    assert.deepEqual(findings('DeepSeek (July 2023) and High-Flyer (2016) were founded by Liang.\n'), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
    assert.deepEqual(findings(german('DeepSeek (Juli 2023) und High-Flyer (2015) wurden gegründet.')), []);
    assert.deepEqual(findings('DeepSeek (July 2023) and High-Flyer (2015) were founded by Liang.\n'), []);
  });
});
