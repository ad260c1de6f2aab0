import type { AnyRule, DataOf, Messages } from '../rule.js';
import { centralBranchDomain } from './central-branch-domain.js';
import { communeDomain } from './commune-domain.js';
import { districtDomain } from './district-domain.js';
import { educationDomain } from './education-domain.js';
import { govVnEligibility } from './gov-vn-eligibility.js';
import { govVnZone } from './gov-vn-zone.js';
import { hostnameSyntax } from './hostname-syntax.js';
import { inputForm } from './input-form.js';
import { laichauDecision } from './laichau-decision-20-2016.js';
import { liveHttps } from './live-https.js';
import { liveIpv6 } from './live-ipv6.js';
import { liveRedirect } from './live-redirect.js';
import { liveResolves } from './live-resolves.js';
import { lookalikeScript } from './lookalike-script.js';
import { ministryDomain } from './ministry-domain.js';
import { ministryUnitDomain } from './ministry-unit-domain.js';
import { provinceAgencyDomain } from './province-agency-domain.js';
import { provinceDomain } from './province-domain.js';
import { publicServicePortal } from './public-service-portal.js';
import { serviceHost } from './service-host.js';
import { unaccentedLabels } from './unaccented-labels.js';
import { unitValidity } from './unit-validity.js';
import { unknownHolder } from './unknown-holder.js';
import { vnDomain } from './vn-domain.js';
import { vnLabelHyphens } from './vn-label-hyphens.js';

/** Every rule, in the order their findings are listed. */
export const RULES = [
  inputForm,
  hostnameSyntax,
  lookalikeScript,
  unaccentedLabels,
  vnLabelHyphens,
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
  serviceHost,
  laichauDecision,
  unknownHolder,
  // What the name serves (govvn/live): last, and only when live facts are given.
  liveResolves,
  liveIpv6,
  liveHttps,
  liveRedirect,
] as const satisfies readonly AnyRule[];

type AllRules = (typeof RULES)[number];

/** Each message of a rule, as the engine reports it: its ids and its data. */
type FindingsOf<R> = R extends { meta: { id: infer Id; messages: infer M extends Messages } }
  ? { [K in keyof M & string]: { ruleId: Id; messageId: K; data: DataOf<M[K]> } }[keyof M & string]
  : never;

/** What any rule can find, discriminated on `ruleId` and `messageId`. */
export type RuleFinding = FindingsOf<AllRules>;

/** The id of a rule. */
export type RuleId = AllRules['meta']['id'];

/** Every rule id, in catalogue order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.meta.id);

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

