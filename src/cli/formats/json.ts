import type { Result } from '../../result.js';

/** One JSON array, one result per input, in input order. */
export function formatJson(results: readonly Result[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
