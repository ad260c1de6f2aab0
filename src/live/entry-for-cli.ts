/** What the command line loads of govvn/live, on --live only (a dynamic import). */
export { OrderedPool } from './pool.js';
export { validateLiveResolved } from './validate-live.js';
