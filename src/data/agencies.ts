/**
 * Central agencies and the level-3 names they hold. The entries live in the
 * registry of state bodies, data/registry/*.json, each with its source, and are
 * compiled into registry.generated.ts by `npm run generate`.
 *
 * A ministry holds `<label>.gov.vn`. A unit of a ministry that already holds a
 * level-3 name of its own is listed with its parent: the decrees ask for level 4
 * under the parent, and the library accepts its own name with a warning. A
 * central agency with provincial branches lists the words branches are named by
 * ("Bảo hiểm xã hội tỉnh …"); a branch's name is `<province>.<label>.gov.vn`.
 */

export interface ParentPeriod {
  id: string;
  /** First day this parent governs the unit; absent: always. */
  from?: string;
  to?: string;
}

export interface CentralAgency {
  id: string;
  /** Vietnamese names, the official one first; older names after. */
  names: readonly string[];
  /** Level-3 labels it holds, the one in use first. */
  labels: readonly string[];
  /** A public-service unit (hospital, centre) rather than a state management body. */
  serviceUnit?: boolean;
  /** An academy or university: a school (Circular 53/2012/TT-BGDĐT), whatever place its name carries. */
  school?: boolean;
  parents?: readonly ParentPeriod[];
  /** The words a provincial branch's name starts with. */
  branchNames?: readonly string[];
  from?: string;
  to?: string;
  /** The agency that took over its work on the day after `to`. */
  successor?: string;
  /** Where the entry comes from; kept in data/registry, not in the compiled table. */
  source?: string;
}

export { CENTRAL_AGENCIES } from './registry.generated.js';
