import type { Rule } from '../rule.js';
import { centralBranchDomain } from './central-branch-domain.js';
import { communeDomain } from './commune-domain.js';
import { districtDomain } from './district-domain.js';
import { educationDomain } from './education-domain.js';
import { govVnEligibility } from './gov-vn-eligibility.js';
import { govVnZone } from './gov-vn-zone.js';
import { hostnameSyntax } from './hostname-syntax.js';
import { inputForm } from './input-form.js';
import { laichauDecision } from './laichau-decision-20-2016.js';
import { lookalikeScript } from './lookalike-script.js';
import { ministryDomain } from './ministry-domain.js';
import { ministryUnitDomain } from './ministry-unit-domain.js';
import { provinceAgencyDomain } from './province-agency-domain.js';
import { provinceDomain } from './province-domain.js';
import { publicServicePortal } from './public-service-portal.js';
import { unaccentedLabels } from './unaccented-labels.js';
import { unitValidity } from './unit-validity.js';
import { unknownHolder } from './unknown-holder.js';
import { vnDomain } from './vn-domain.js';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  inputForm,
  hostnameSyntax,
  lookalikeScript,
  unaccentedLabels,
  vnDomain,
  govVnZone,
  govVnEligibility,
  unitValidity,
  ministryDomain,
  ministryUnitDomain,
  centralBranchDomain,
  provinceDomain,
  provinceAgencyDomain,
  districtDomain,
  communeDomain,
  educationDomain,
  publicServicePortal,
  laichauDecision,
  unknownHolder,
];
