import { findProvinces, historyLoaded } from '../data/lookup.js';
import { parseHost } from '../host/index.js';
import { candidateNames, holderOf, servedHost, successorEntity, type EntityInput } from '../holder/index.js';
import type { EntityFacts, Facts, HostFacts } from '../law/facts.js';
import type { LiveFacts, LiveView } from '../law/live-facts.js';
import { decreeOn, inForce } from '../law/instruments.js';
import { appliesToHolder } from '../law/applies.js';
import { basisOn, ruleInForce, type AnyRule, type Basis, type MessageSpec } from '../law/rule.js';
import { RULES } from '../law/rules/index.js';
import { renderCitation } from '../present/citation.js';
import { renderMessage } from '../present/render.js';
import { WAIVER_EXPIRED } from '../present/waiver.js';
import type { Entity, Issue, Lang, Result, RuleSetting, Verdict, Waiver } from '../result.js';
import { hostFacts } from './host-facts.js';

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

/** The rules in force on a date, in catalogue order; a run judges many names on one date. */
const inForceOn = new Map<string, readonly AnyRule[]>();

function rulesOn(asOf: string): readonly AnyRule[] {
  let list = inForceOn.get(asOf);
  if (!list) {
    if (inForceOn.size >= 64) inForceOn.clear();
    list = (RULES as readonly AnyRule[]).filter((r) => ruleInForce(r.meta, asOf));
    inForceOn.set(asOf, list);
  }
  return list;
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
      issues.push({ ruleId: 'waiver', messageId: 'expired', data, severity: WAIVER_EXPIRED.severity, message: renderMessage(lang, WAIVER_EXPIRED, data) });
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
  // A Party body is bound by the .vn duty and barred from gov.vn: on another .vn name it is compliant;
  // before those rules (2015-10-10) nothing bound its name.
  if (e?.kind === 'party-body') return zone === 'vn' || zone === 'edu.vn' ? 'compliant' : 'not-applicable';
  // The decrees bind state bodies: a name outside gov.vn not known to be a state body's is not theirs.
  if (zone !== 'gov.vn' && (!e || e.kind === 'other')) return 'not-applicable';
  // A service unit outside .vn with no error: the .vn duty (from 2015-10-10) did not bind it yet.
  if (e?.kind === 'public-service-unit' && zone === 'foreign') return 'not-applicable';
  // A school outside gov.vn and edu.vn that the education rule did not speak of: no rule bound it yet (Circular 53/2012 is from 2013).
  if (e?.kind === 'school' && zone !== 'gov.vn' && zone !== 'edu.vn' && !issues.some((i) => i.ruleId === 'education-domain')) return 'not-applicable';
  return 'compliant';
}

/** Compliant names for a holder on a date, best first; a defunct unit's are its successor's. */
export function compliantNames(entity: EntityFacts, judgement: Judgement, host: Facts['host'], exclude: string | null): string[] {
  const out: string[] = [];
  const target = successorEntity(entity, judgement.asOf) ?? entity;
  for (const name of candidateNames(target, judgement.asOf, host)) {
    // Never the name judged: for a defunct unit that name may be its successor's, and still not its own.
    if (exclude !== null && (name === exclude || exclude === `www.${name}`)) continue;
    if (isCompliant(name, judgement, target)) out.push(name);
  }
  return out;
}

/** The names an agency may use on a date, best first (what a form offers as the user types). */
export function suggestFor(judgement: Judgement): string[] {
  const agency = judgement.entityInput.agency?.trim();
  if (!agency && !judgement.entityInput.kind) return [];
  const entity = holderOf(judgement.entityInput, null, judgement.asOf);
  return entity ? compliantNames(entity, judgement, null, null) : [];
}

/** One name's facts and findings, before any message is rendered. */
interface Findings {
  facts: Facts;
  /** `message` and `citation` are filled in by `render`, and only when a result is returned. */
  issues: Issue[];
  /** The basis each issue cites, by position in `issues`. */
  bases: Array<Basis | null>;
  /** The message each issue renders, by position in `issues` (undefined: an id its rule does not declare). */
  specs: Array<MessageSpec | undefined>;
}

/** A host without its leading `www.`: the same name for a visitor. */
const bare = (h: string) => (h.startsWith('www.') ? h.slice(4) : h);

/**
 * What the live rules may see besides the facts: whether the name complies by
 * its naming rules (the findings so far), where its redirects end and whether
 * that name is compliant for the same holder, and the name govvn suggests.
 */
function liveView(live: LiveFacts, facts: Facts, issues: readonly Issue[], judgement: Judgement): LiveView {
  const nameCompliant = facts.parsed.valid && !issues.some((i) => i.severity === 'error');
  const entity = facts.entity;
  const final = live.http?.finalHost ?? null;
  const target = final !== null && bare(final) !== bare(live.host) ? { host: final, compliant: entity !== null && isCompliant(final, judgement, entity) } : null;
  const suggestion = !nameCompliant && entity ? (compliantNames(entity, judgement, facts.host, facts.parsed.hostname)[0] ?? null) : null;
  return { facts: live, nameCompliant, target, suggestion };
}

/**
 * Runs the rules in force on the date over one name; `fixed` holds the entity when
 * re-checking a suggestion; `live`, what the name serves, wakes the live rules.
 */
function findings(input: string, judgement: Judgement, fixed?: { entity: EntityFacts | null; holderGiven: boolean }, live?: LiveFacts): Findings {
  const parsed = parseHost(input);
  const named = portalInForce(hostFacts(parsed), judgement.asOf);
  const served = servedHost(named, judgement.entityInput, judgement.asOf);
  const host = served ? served.host : named;
  const entityInput = served ? served.input : judgement.entityInput;
  const holderGiven = fixed ? fixed.holderGiven : Boolean(entityInput.agency?.trim() || entityInput.kind);
  const entity = fixed ? fixed.entity : host || holderGiven ? holderOf(entityInput, host, judgement.asOf) : null;
  const facts: Facts = {
    asOf: judgement.asOf,
    decree: decreeOn(judgement.asOf),
    newMap: judgement.asOf >= '2025-07-01',
    history: historyLoaded(),
    parsed,
    host,
    entity,
    holderGiven,
    unknownProvince: unknownProvince(judgement.entityInput.province),
  };
  const issues: Issue[] = [];
  const bases: Array<Basis | null> = [];
  const specs: Array<MessageSpec | undefined> = [];
  const policy = judgement.policy;
  for (const rule of rulesOn(judgement.asOf)) {
    const meta = rule.meta;
    if (!host && meta.needsHost) continue;
    if (meta.live) {
      // The live rules come last: the naming findings before them tell whether the name complies.
      if (!live) continue;
      facts.live ??= liveView(live, facts, issues, judgement);
    }
    if (!appliesToHolder(meta.appliesTo, entity, host, judgement.asOf)) continue;
    const setting = policy?.rules.get(meta.id);
    if (setting === 'off') continue;
    const found = rule.check(facts);
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const spec = meta.messages[f.messageId];
      // The checks' types tie each message id to its data; here every rule is run alike.
      issues.push({
        ruleId: meta.id,
        messageId: f.messageId,
        data: f.data,
        severity: overridden(f.severity ?? spec?.severity ?? 'error', setting),
        message: '',
      } as Issue);
      bases.push(f.basis === undefined ? basisOn(meta, facts.asOf) : f.basis);
      specs.push(spec);
    }
  }
  if (policy && policy.waivers.length > 0 && parsed.hostname) applyWaivers(issues, parsed.hostname, policy, judgement.lang);
  return { facts, issues, bases, specs };
}

/** Messages and citations in the judgement's language (a waiver's own note is rendered already). */
function render(found: Findings, lang: Lang): void {
  const { issues, bases, specs } = found;
  for (let k = 0; k < bases.length; k++) {
    const issue = issues[k]!;
    const spec = specs[k];
    issue.message = spec ? renderMessage(lang, spec, issue.data) : `${issue.ruleId}/${issue.messageId}`;
    const basis = bases[k];
    if (basis) issue.citation = renderCitation(lang, basis);
  }
}

/** Whether a name is compliant for a fixed holder: a suggestion's check, with nothing rendered. */
function isCompliant(name: string, judgement: Judgement, entity: EntityFacts): boolean {
  const found = findings(name, judgement, { entity, holderGiven: true });
  return verdictOf(found.facts, found.issues) === 'compliant';
}

/**
 * Runs the rules in force on the date over one name, and says what a compliant
 * name would be. Given what the name serves (`live`), the live rules speak too and
 * the result carries the facts; `null`: a live run with no host to check.
 */
export function judge(input: string, judgement: Judgement, live?: LiveFacts | null): Result {
  const found = findings(input, judgement, undefined, live ?? undefined);
  const { facts, issues } = found;
  render(found, judgement.lang);
  const { parsed, host, entity, holderGiven } = facts;
  const verdict = verdictOf(facts, issues);
  let suggestions: string[] = [];
  // A waived error still wants its fix shown: the waiver only puts it off.
  const wantsBetter = verdict === 'non-compliant' || (verdict === 'compliant' && issues.some((i) => i.severity !== 'info'));
  if (entity && (wantsBetter || (verdict === 'invalid' && holderGiven))) {
    suggestions = compliantNames(entity, judgement, host, parsed.hostname);
  }
  const result: Result = { input, hostname: parsed.hostname, verdict, asOf: judgement.asOf, entity: publicEntity(entity), issues, suggestions };
  if (live !== undefined) result.live = live;
  return result;
}

