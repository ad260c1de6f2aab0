/**
 * What a `govvn.config.json` holds once checked, and the error a config with a
 * mistake raises: shared by the loader (config.ts) and the checker
 * (config-check.ts).
 */
import type { Lang, RuleSetting, Waiver } from '../result.js';
import { UsageError } from './args.js';
import type { FailOn } from './formats/format.js';

export interface Config {
  rules?: Record<string, RuleSetting>;
  asOf?: string;
  province?: string;
  lang?: Lang;
  failOn?: FailOn;
  waivers?: Waiver[];
}

/** A config that cannot be used: one line per mistake, exit 2. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
}
