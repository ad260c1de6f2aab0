import { findProvinces, historyLoaded } from '../data/lookup.js';
import { parseHost } from '../host/index.js';
import { candidateNames, holderOf, servedHost, successorEntity, type EntityInput } from '../holder/index.js';
import type { EntityFacts, Facts, HostFacts } from '../law/facts.js';
import type { LiveFacts, LiveView } from '../law/live-facts.js';
import { decreeOn, inForce } from '../law/instruments.js';
import { appliesToHolder } from '../law/applies.js';
import { basisOn, ruleInForce, type AnyRule, type Basis, type MessageSpec } from '../law/rule.js';
import type { EntityKind } from '../law/vocabulary.js';
import { RULES } from '../law/rules/index.js';
import { renderCitation } from '../present/citation.js';
import { renderMessage } from '../present/render.js';
import { WAIVER_EXPIRED } from '../present/waiver.js';
import type { Entity, Issue, Lang, Result, RuleSetting, Verdict, Waiver } from '../result.js';
import { hostFacts } from './host-facts.js';
import { keepNames, keptNames, type NamesContext } from './names-memo.js';

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
function portalInForce(host: HostFacts | null, portals: boolean): HostFacts | null {
  return host && host.portal && !portals ? { ...host, portal: null } : host;
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
let lastProvinceText = '';
let lastProvinceUnknown = false;

function unknownProvince(text: string | undefined): string | null {
  if (text === undefined) return null;
  // A file gives the same province row after row: looked up once.
  if (text !== lastProvinceText) {
    lastProvinceUnknown = text.trim() !== '' && findProvinces(text).length === 0;
    lastProvinceText = text;
  }
  return lastProvinceUnknown ? text : null;
}

/**
 * The rules that may speak on a date about a holder of one kind, in catalogue
 * order, compiled once per date and kind: a run judges many names on one date.
 * `scoped` marks a rule whose scope for that kind still depends on the holder or
 * the zone (a central unit, a district's, a name under gov.vn): asked per name.
 */
interface PlannedRule {
  // The rule's parts the loop reads, copied into one shape: rules' metas differ in shape, and reading them in the loop would be slow.
  id: string;
  check: AnyRule['check'];
  meta: AnyRule['meta'];
  messages: AnyRule['meta']['messages'];
  needsHost: boolean;
  live: boolean;
  scoped: boolean;
}

function planned(rule: AnyRule, scoped: boolean): PlannedRule {
  const meta = rule.meta;
  return { id: meta.id, check: rule.check, meta, messages: meta.messages, needsHost: meta.needsHost, live: meta.live === true, scoped };
}

interface DatePlan {
  decree: ReturnType<typeof decreeOn>;
  /** `dichvucong.`/`e-services.` is the holder's own name (Circular 01/2018 in force). */
  portals: boolean;
  /** By holder kind; `null` for a name whose holder is not known. */
  byKind: Map<EntityKind | null, readonly PlannedRule[]>;
  asOf: string;
}

const plans = new Map<string, DatePlan>();

function planOn(asOf: string): DatePlan {
  let plan = plans.get(asOf);
  if (!plan) {
    if (plans.size >= 64) plans.clear();
    plan = { asOf, decree: decreeOn(asOf), portals: inForce('circular-01-2018', asOf), byKind: new Map() };
    plans.set(asOf, plan);
  }
  return plan;
}

function rulesFor(plan: DatePlan, kind: EntityKind | null): readonly PlannedRule[] {
  let list = plan.byKind.get(kind);
  if (!list) {
    list = compileRules(plan.asOf, kind);
    plan.byKind.set(kind, list);
  }
  return list;
}

/** Whether a rule may speak about a holder of this kind on this date, and whether the answer still waits on the holder. */
function compileRules(asOf: string, kind: EntityKind | null): PlannedRule[] {
  const out: PlannedRule[] = [];
  for (const rule of RULES as readonly AnyRule[]) {
    if (!ruleInForce(rule.meta, asOf)) continue;
    const appliesTo = rule.meta.appliesTo;
    if (appliesTo === 'any') {
      out.push(planned(rule, false));
      continue;
    }
    if (kind === null) continue;
    let always = false;
    let sometimes = false;
    for (const entry of appliesTo) {
      if (typeof entry === 'string') {
        if (entry === kind) always = true;
        continue;
      }
      if (entry.kind !== kind || (entry.from !== undefined && asOf < entry.from) || (entry.to !== undefined && asOf > entry.to)) continue;
      if (entry.central === undefined && entry.district === undefined && entry.zone === undefined) always = true;
      else sometimes = true;
    }
    if (always) out.push(planned(rule, false));
    else if (sometimes) out.push(planned(rule, true));
  }
  return out;
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
function compliantCandidates(entity: EntityFacts, judgement: Judgement, host: Facts['host']): string[] {
  const out: string[] = [];
  const target = successorEntity(entity, judgement.asOf) ?? entity;
  for (const name of candidateNames(target, judgement.asOf, host)) {
    if (isCompliant(name, judgement, target)) out.push(name);
  }
  return out;
}

/**
 * Compliant names for a holder on a date, best first, never the name judged (for a
 * defunct unit that name may be its successor's, and still not its own). Kept with
 * the holder (engine/names-memo.ts), unless a policy retunes the rules.
 */
export function compliantNames(entity: EntityFacts, judgement: Judgement, host: Facts['host'], exclude: string | null): string[] {
  let all: readonly string[];
  if (judgement.policy) all = compliantCandidates(entity, judgement, host);
  else {
    const context: NamesContext = {
      asOf: judgement.asOf,
      agency: judgement.entityInput.agency,
      kind: judgement.entityInput.kind,
      province: judgement.entityInput.province,
      history: historyLoaded(),
      service: host?.service,
      own: host?.zone === 'gov.vn' ? host.rest[0] : undefined,
    };
    const hit = keptNames(entity, context);
    if (hit) all = hit;
    else {
      all = compliantCandidates(entity, judgement, host);
      keepNames(entity, context, all);
    }
  }
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const name = all[i]!;
    if (exclude === null || !(name === exclude || (exclude.length === name.length + 4 && exclude.startsWith('www.') && exclude.endsWith(name)))) out.push(name);
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
  const plan = planOn(judgement.asOf);
  const parsed = parseHost(input);
  const named = portalInForce(hostFacts(parsed), plan.portals);
  const served = servedHost(named, judgement.entityInput, judgement.asOf);
  const host = served ? served.host : named;
  const entityInput = served ? served.input : judgement.entityInput;
  const holderGiven = fixed ? fixed.holderGiven : Boolean(entityInput.agency?.trim() || entityInput.kind);
  const entity = fixed ? fixed.entity : host || holderGiven ? holderOf(entityInput, host, judgement.asOf) : null;
  const facts: Facts = {
    asOf: judgement.asOf,
    decree: plan.decree,
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
  const rules = rulesFor(plan, entity ? entity.kind : null);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (!host && rule.needsHost) continue;
    if (rule.live) {
      // The live rules come last: the naming findings before them tell whether the name complies.
      if (!live) continue;
      facts.live ??= liveView(live, facts, issues, judgement);
    }
    if (rule.scoped && !appliesToHolder(rule.meta.appliesTo, entity, host, judgement.asOf)) continue;
    const setting = policy?.rules.get(rule.id);
    if (setting === 'off') continue;
    const found = rule.check(facts);
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const spec = rule.messages[f.messageId];
      // The checks' types tie each message id to its data; here every rule is run alike.
      issues.push({
        ruleId: rule.id,
        messageId: f.messageId,
        data: f.data,
        severity: overridden(f.severity ?? spec?.severity ?? 'error', setting),
        message: '',
      } as Issue);
      bases.push(f.basis === undefined ? basisOn(rule.meta, facts.asOf) : f.basis);
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

