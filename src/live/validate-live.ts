import { judge } from '../engine/evaluate.js';
import { resolveOptions } from '../engine/options.js';
import { parseHost } from '../host/index.js';
import type { LiveFacts } from '../law/live-facts.js';
import type { Result, ValidateOptions } from '../result.js';
import { checkHost } from './check.js';
import { resolveLiveOptions, type LiveOptions, type ResolvedLiveOptions } from './options.js';

/** The host a live check visits: a valid name's, else none (an invalid input is judged, not fetched). */
export function liveHostOf(input: string): string | null {
  const parsed = parseHost(input);
  return parsed.valid && parsed.hostname ? parsed.hostname : null;
}

/**
 * `validate` over facts already gathered: the naming rules and the live rules
 * together, the facts carried in the result. Pure; for stored facts and for examples.
 */
export function validateWithFacts(input: string, options: ValidateOptions | undefined, facts: LiveFacts | null): Result {
  return judge(input, resolveOptions(options), facts);
}

/** One name checked live with options already resolved (the command line resolves them once per run). */
export async function validateLiveResolved(input: string, options: ValidateOptions | undefined, live: ResolvedLiveOptions): Promise<Result> {
  // Options first: a wrong one is thrown before any packet is sent.
  const judgement = resolveOptions(options);
  const host = liveHostOf(input);
  const facts = host === null ? null : await checkHost(host, live);
  return judge(input, judgement, facts);
}

/**
 * `validate`, and what the name serves: its addresses, IPv6, HTTPS and redirects,
 * judged by the live rules too. Throws `GovvnOptionError` for a wrong naming
 * option and `RangeError` for a wrong live option, before touching the network.
 */
export async function validateLive(input: string, options?: ValidateOptions, live?: LiveOptions): Promise<Result> {
  const resolved = resolveLiveOptions(live);
  return validateLiveResolved(input, options, resolved);
}
