import type { UnitType } from '../agency-name/index.js';
import type { CommuneType, DistrictType } from '../data/lookup.js';

/** The district types of the tables a type word in a name stands for. */
export const DISTRICT_TYPES: Partial<Record<UnitType, DistrictType>> = {
  huyen: 'huyen',
  quan: 'quan',
  'thi-xa': 'thi-xa',
  'thanh-pho': 'thanh-pho',
};

/** The commune types of the tables a type word in a name stands for. */
export const COMMUNE_TYPES: Partial<Record<UnitType, CommuneType>> = {
  xa: 'xa',
  phuong: 'phuong',
  'thi-tran': 'thi-tran',
  'dac-khu': 'dac-khu',
};
