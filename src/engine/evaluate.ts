import { findProvinces, historyLoaded } from '../data/lookup.js';
import { parseHost } from '../host/index.js';
import type { EntityFacts, Facts, HostFacts } from '../law/facts.js';
import { decreeOn, inForce } from '../law/instruments.js';
import { basisOn, ruleInForce } from '../law/rule.js';
import { RULES } from '../law/rules/index.js';
import { renderCitation, renderMessage } from '../messages/render.js';
import type { Entity, Issue, Lang, Result, RuleSetting, Verdict, Waiver } from '../result.js';
import { blankEntity, entityFromAgency, entityFromDomain, type EntityInput } from './entity.js';
import { hostFacts } from './host-facts.js';
import { candidateNames } from './suggest.js';
import { successorEntity } from './successor.js';

export interface Judgement {
  asOf: string;
  lang: Lang;
  entityInput: EntityInput;
  policy?: Policy;
}

/** A pipeline's tuning: severities by rule, and waivers judged against the day of the run. */
export interface Policy {
  rules: ReadonlyMap<string, RuleSetting>;
  waivers: readonly Waiver[];
  today: string;
}

/** `dichvucong.`/`e-services.` is the holder's own name only from Circular 01/2018 on. */
function portalInForce(host: HostFacts | null, asOf: string): HostFacts | null {
  return host && host.portal && !inForce('circular-01-2018', asOf) ? { ...host, portal: null } : host;
}

function publicEntity(e: EntityFacts | null): Entity | null {
  if (!e) return null;
  const p = e.province;
  return {
    kind: e.kind,
    name: e.name,
    province: p ? { code: p.code, name: p.fullName, label: p.labels[0] ?? '' } : null,
    source: e.source,
  };
}

/** A province option the tables do not know (a typo, a place that is no province). */
function unknownProvince(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  return findProvinces(text).length === 0 ? text : null;
}

const agencies = new Map<string, EntityFacts>();

/**
 * Who an agency is does not depend on the name judged: a form re-checks on every
 * keystroke, an audit file repeats its agencies. Recent answers are kept (never
 * changed afterwards: callers copy before altering).
 */
function agencyEntity(input: EntityInput, asOf: string): EntityFacts {
  const key = `${asOf}\u0000${historyLoaded() ? 1 : 0}\u0000${input.kind ?? ''}\u0000${input.province ?? ''}\u0000${input.agency}`;
  let e = agencies.get(key);
  if (!e) {
    if (agencies.size >= 1024) agencies.clear();
    e = entityFromAgency(input, asOf);
    agencies.set(key, e);
  }
  return e;
}

function resolveEntity(facts: Pick<Facts, 'host' | 'asOf'>, input: EntityInput): EntityFacts | null {
  const { host, asOf } = facts;
  if (input.agency !== undefined && input.agency.trim() !== '') {
    const e = agencyEntity(input, asOf);
    // A provincial body named without its province: the name's own province label fills in.
    if (!e.province && host && host.zone === 'gov.vn' && (e.kind === 'province-agency' || e.kind === 'public-service-unit')) {
      const inferred = entityFromDomain(host, asOf);
      if (inferred?.province) return { ...e, province: inferred.province };
    }
    return e;
  }
  const inferred = host ? entityFromDomain(host, asOf, input.province) : null;
  if (input.kind) {
    if (inferred) return { ...inferred, kind: input.kind, source: 'agency' };
    return { ...blankEntity(input.kind, '', 'agency'), found: false };
  }
  return inferred;
}

/** A configured severity replaces a warning or error; notes stay notes. */
function overridden(severity: Issue['severity'], setting: RuleSetting | undefined): Issue['severity'] {
  if (setting === undefined || setting === 'off' || severity === 'info') return severity;
  return setting;
}

/** Marks the findings a live waiver covers; an expired waiver covers nothing and is reported. */
function applyWaivers(issues: Issue[], hostname: string, policy: Policy, lang: Lang): void {
  const host = hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  for (const w of policy.waivers) {
    if (w.domain !== host) continue;
    // Notes need no waiver: only warnings and errors are covered.
    const hits = issues.filter((i) => i.ruleId === w.rule && !i.waived && i.severity !== 'info');
    if (hits.length === 0) continue;
    if (w.until < policy.today) {
      const data = { rule: w.rule, until: w.until, reason: w.reason };
      issues.push({ ruleId: 'waiver', messageId: 'expired', data, severity: 'warning', message: renderMessage(lang, 'waiver', 'expired', data) });
      continue;
    }
    for (const i of hits) i.waived = { reason: w.reason, until: w.until };
  }
}

function verdictOf(facts: Facts, issues: readonly Issue[]): Verdict {
  if (!facts.parsed.valid) return 'invalid';
  if (issues.some((i) => i.severity === 'error' && !i.waived)) return 'non-compliant';
  const zone = facts.host?.zone;
  const e = facts.entity;
  // The rules bind state bodies: a Party body, or a name outside gov.vn not known to be a state body's, is not theirs.
  if (e?.kind === 'party-body') return 'not-applicable';
  if (zone !== 'gov.vn' && (!e || e.kind === 'other')) return 'not-applicable';
  // A school outside gov.vn and edu.vn with no finding: no rule bound it yet (Circular 53/2012 is from 2013).
  if (e?.kind === 'school' && zone !== 'gov.vn' && zone !== 'edu.vn') return 'not-applicable';
  return 'compliant';
}

/** Compliant names for a holder on a date, best first; a defunct unit's are its successor's. */
export function compliantNames(entity: EntityFacts, j: Judgement, host: Facts['host'], exclude: string | null): string[] {
  const out: string[] = [];
  const target = successorEntity(entity, j.asOf) ?? entity;
  for (const name of candidateNames(target, j.asOf, host)) {
    if (target === entity && exclude !== null && (name === exclude || exclude === `www.${name}`)) continue;
    if (judge(name, j, { entity: target, context: true }).verdict === 'compliant') out.push(name);
  }
  return out;
}

/** The names an agency may use on a date, best first (what a form offers as the user types). */
export function suggestFor(j: Judgement): string[] {
  const agency = j.entityInput.agency?.trim();
  if (!agency && !j.entityInput.kind) return [];
  const entity = resolveEntity({ host: null, asOf: j.asOf }, j.entityInput);
  return entity ? compliantNames(entity, j, null, null) : [];
}

/** Runs the rules in force on the date over one name; `entity` fixed when re-checking a suggestion. */
export function judge(input: string, j: Judgement, fixed?: { entity: EntityFacts | null; context: boolean }): Result {
  const parsed = parseHost(input);
  const host = portalInForce(hostFacts(parsed), j.asOf);
  const context = fixed ? fixed.context : Boolean(j.entityInput.agency?.trim() || j.entityInput.kind);
  const partial = { host, asOf: j.asOf };
  const entity = fixed ? fixed.entity : host || context ? resolveEntity(partial, j.entityInput) : null;
  const facts: Facts = {
    asOf: j.asOf,
    decree: decreeOn(j.asOf),
    newMap: j.asOf >= '2025-07-01',
    history: historyLoaded(),
    parsed,
    host,
    entity,
    context,
    unknownProvince: unknownProvince(j.entityInput.province),
  };
  const issues: Issue[] = [];
  const policy = j.policy;
  for (const rule of RULES) {
    if (!ruleInForce(rule, j.asOf)) continue;
    const setting = policy?.rules.get(rule.id);
    if (setting === 'off') continue;
    if (!host && rule.id !== 'hostname-syntax' && rule.id !== 'input-form') continue;
    for (const f of rule.check(facts)) {
      const data = f.data ?? {};
      const basis = f.basis === undefined ? basisOn(rule, facts.decree) : f.basis;
      const issue: Issue = {
        ruleId: rule.id,
        messageId: f.messageId,
        data,
        severity: overridden(f.severity ?? rule.messages[f.messageId] ?? 'error', setting),
        message: renderMessage(j.lang, rule.id, f.messageId, data),
      };
      if (basis) issue.citation = renderCitation(j.lang, basis);
      issues.push(issue);
    }
  }
  if (policy && policy.waivers.length > 0 && parsed.hostname) applyWaivers(issues, parsed.hostname, policy, j.lang);
  const verdict = verdictOf(facts, issues);
  let suggestions: string[] = [];
  // A waived error still wants its fix shown: the waiver only puts it off.
  const wantsBetter = verdict === 'non-compliant' || (verdict === 'compliant' && issues.some((i) => i.severity !== 'info'));
  if (!fixed && entity && (wantsBetter || (verdict === 'invalid' && context))) {
    suggestions = compliantNames(entity, j, host, parsed.hostname);
  }
  return { input, hostname: parsed.hostname, verdict, asOf: j.asOf, entity: publicEntity(entity), issues, suggestions };
}

