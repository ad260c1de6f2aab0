import type { CentralAgency } from '../data/agencies.js';
import type { Commune, District, Province } from '../data/lookup.js';
import type { ParsedHost } from '../host/index.js';
import type { EntityKind } from './vocabulary.js';
import type { DecreeId } from './instruments.js';
import type { LiveView } from './live-facts.js';

/** Which shared second-level domain a name sits in. */
export type Zone = 'gov.vn' | 'edu.vn' | 'vn' | 'foreign';

export interface HostFacts {
  hostname: string;
  /** ASCII labels without a leading `www`, left to right. */
  labels: readonly string[];
  unicodeLabels: readonly string[];
  zone: Zone;
  /**
   * The labels left of `gov.vn`/`edu.vn` (of the public suffix elsewhere under `.vn`;
   * of the top-level label outside `.vn`, where no rule reads them), left to right.
   */
  rest: readonly string[];
  /** Levels counted from the right, `vn` being 1; `www` not counted. */
  level: number;
  /** A public-service portal prefix (`dichvucong.`, `e-services.`) before the holder's own name. */
  portal: 'dichvucong' | 'e-services' | null;
  /**
   * A service label (`qlvb.`, `motcua.` …) taken off before the holder's own name:
   * the other fields then describe that name (RULES.md, "Service hosts").
   */
  service?: string;
}

export interface EntityFacts {
  kind: EntityKind;
  name: string;
  source: 'agency' | 'domain';
  /** The province it belongs to, as named (it may be defunct on the date judged). */
  province: Province | null;
  district: District | null;
  commune: Commune | null;
  /**
   * The holder's own entry in the table of central agencies: a ministry's, or a
   * unit's that holds a level-3 name of its own (gdt, bachmai).
   */
  self: CentralAgency | null;
  /**
   * The central agency above the holder: the ministry governing a unit or service
   * unit, or the agency whose provincial network a branch belongs to (BHXH tỉnh).
   */
  parent: CentralAgency | null;
  /** A provincial branch of a central agency (BHXH tỉnh, Cục Thuế tỉnh). */
  branch: boolean;
  /** A unit inside such a branch (its immigration office): the label it goes by before the branch's. */
  subUnit: string | null;
  /** The agency's own name without its locality ("Sở Thông tin và Truyền thông"). */
  body: string | null;
  /** Labels the agency plausibly uses, most likely first (abbreviation kinds). */
  abbreviations: readonly string[];
  /** Its unaccented full name as a label; allowed from Decree 224/2026. */
  fullNames: readonly string[];
  /** The named unit was found in the tables for its period. */
  found: boolean;
  /**
   * The Fatherland Front, a socio-political organisation or an association: no
   * state agency, so not eligible for gov.vn (its kind stays `other`).
   */
  massOrganisation: boolean;
}

/** Everything a rule may look at; built once per name by the engine. */
export interface Facts {
  asOf: string;
  decree: DecreeId;
  /** On or after 2025-07-01: 34 provinces, no districts. */
  newMap: boolean;
  /** Communes before 2025-07-01 are known (govvn/history loaded). */
  history: boolean;
  parsed: ParsedHost;
  /** null when the name is not a valid hostname. */
  host: HostFacts | null;
  entity: EntityFacts | null;
  /** An agency or a kind was given: the name is judged as a state body's. */
  holderGiven: boolean;
  /** The province option as given, when the tables know no such province. */
  unknownProvince: string | null;
  /** What the name serves, when `govvn/live` checked it; absent otherwise (the live rules then say nothing). */
  live?: LiveView;
}
