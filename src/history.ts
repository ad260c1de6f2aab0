/**
 * `govvn/history`: importing it adds the communes of 2025-06-30 (before the
 * 2025-07-01 merger) to the lookups of `govvn`. Kept out of the core because the
 * table is larger than the rest of the library.
 */
import { HISTORY } from './data/history.generated.js';
import { registerHistory } from './data/lookup.js';

registerHistory(HISTORY);

export const HISTORY_LOADED = true;
