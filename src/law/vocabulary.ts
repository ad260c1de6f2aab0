/**
 * The words the law and the public contract share. They live here, below both,
 * so that the contract (src/result.ts) can name the rules' ids and messages
 * without the law importing the contract back.
 */

export type EntityKind =
  | 'ministry'
  | 'ministry-unit'
  | 'province'
  | 'province-agency'
  | 'district'
  | 'commune'
  | 'school'
  | 'education-authority'
  | 'public-service-unit'
  | 'party-body'
  | 'other';

export const ENTITY_KINDS: readonly EntityKind[] = [
  'ministry',
  'ministry-unit',
  'province',
  'province-agency',
  'district',
  'commune',
  'school',
  'education-authority',
  'public-service-unit',
  'party-body',
  'other',
];

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'vi' | 'en';

export type IssueData = Record<string, string | number>;
