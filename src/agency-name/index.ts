/** Reads an agency's Vietnamese name: its kind of body, its own name, the places it names. */
export { parseAgencyName } from './read.js';
export type { AgencyName, Locality, UnitType } from './types.js';
