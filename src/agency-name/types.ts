import type { EntityKind } from '../result.js';

export type UnitType =
  | 'tinh'
  | 'thanh-pho'
  | 'huyen'
  | 'quan'
  | 'thi-xa'
  | 'xa'
  | 'phuong'
  | 'thi-tran'
  | 'dac-khu';

export interface Locality {
  unitType?: UnitType;
  name: string;
}

export interface AgencyName {
  /** The input exactly as given. */
  input: string;
  /** NFC, spaces collapsed, trimmed, parenthesised parts removed. */
  text: string;
  /**
   * Guessed from the name's head; `null` when the head says nothing (central
   * agencies such as 'Thanh tra Chính phủ' are recognised later from a table) or
   * when it depends on facts the caller holds (a `thanh-pho` unit is a province
   * or a district-level city).
   */
  kind: EntityKind | null;
  /** For a People's Committee or a bare unit name ('Tỉnh Lai Châu'): the unit. */
  unit?: Locality;
  /** The agency's own name without the trailing locality ('Sở Thông tin và Truyền thông'). */
  body?: string;
  /**
   * The locality after the body or after a committee's unit ('tỉnh Lai Châu',
   * 'TP.HCM', or a bare place the `isPlace` callback knows); failing that, the
   * first locality found in parentheses.
   */
  locality?: Locality;
  /**
   * Further localities: those chained after `locality` in the text ('xã X huyện Y
   * tỉnh Z'), then every locality found in parentheses, in order (so the first
   * parenthesised one is repeated here when it also became `locality`).
   */
  hints: Locality[];
  /** The name ends in a type word with nothing after it: 'Bảo hiểm Xã hội tỉnh'. */
  localityImplicit: boolean;
}
