/** The shape of a central body in the compiled registry (src/data/registry.generated.ts). */
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
  /** Labels a branch uses in the agency's practice instead of its province's, by province code. */
  branchLabels?: Readonly<Record<string, readonly string[]>>;
  /** Units inside every branch, with the label each goes by before the branch's. */
  subUnits?: readonly { names: readonly string[]; label: string }[];
  from?: string;
  to?: string;
  /** The agency that took over its work on the day after `to`. */
  successor?: string;
  /** Where the entry comes from; kept in data/registry, not in the compiled table. */
  source?: string;
}
