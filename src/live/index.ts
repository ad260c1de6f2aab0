/**
 * `govvn/live` (Node only): what a name really serves. The core stays pure and
 * never imports this entry; nothing here runs unless called.
 */
export { checkLive } from './check.js';
export { validateLive, validateWithFacts } from './validate-live.js';
export { mapBounded, OrderedPool } from './pool.js';
export { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, type LiveOptions } from './options.js';
export type { LiveDns, LiveFacts, LiveFailure, LiveHop, LiveHttp, LiveReach, LiveTls } from '../law/live-facts.js';
