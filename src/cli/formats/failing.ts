import type { Issue } from '../../result.js';
import { counted, type FailOn, type Row } from './format.js';

/**
 * Whether a row fails the run, as the exit code counts it: `non-compliant` or
 * `invalid`, or, with `--fail-on warning`, a warning that counts. The findings
 * to show for it: its errors, or its warnings when those are what fail it.
 */
export function failingFindings(row: Row, failOn: FailOn): Issue[] | null {
  if (row.verdict === 'non-compliant' || row.verdict === 'invalid') return counted(row, 'error');
  if (failOn === 'warning') {
    const warnings = counted(row, 'warning');
    if (warnings.length > 0) return warnings;
  }
  return null;
}
