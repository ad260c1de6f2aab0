/**
 * govvn/zod: zod 4 schemas for forms and the servers that receive them. Every
 * message comes from `validate`, so a form, the command line's JSON and these
 * issues say the same words. zod is a peer dependency of this entry only; the
 * core never imports it.
 */
// Through `zod/v4`: the same module as `zod` in zod 4, and zod 4's API inside zod 3.25.
import * as z from 'zod/v4';
import { checkOptions, validate } from './index.js';
import type { LiveFacts } from './law/live-facts.js';
import { renderMessage, type Wording } from './present/render.js';
import {
  ENTITY_KINDS,
  type Citation,
  type Issue,
  type IssueRecord,
  type Lang,
  type Result,
  type ValidateOptions,
  type Verdict,
} from './result.js';

export interface DomainSchemaOptions extends ValidateOptions {
  /**
   * Accept a valid name that is not a state body's (`not-applicable`, e.g.
   * `example.com`). Off by default: an agency's form wants agencies' names.
   */
  allowNotApplicable?: boolean;
}

/** The agency comes with the record; the other options apply to every record. */
export type RegistrationSchemaOptions = Omit<DomainSchemaOptions, 'agency' | 'kind'>;

/** What `params` holds on every issue these schemas raise about a name. */
export interface GovvnIssueParams {
  /** The finding's rule (see `docs/rules/`); `verdict` when the verdict alone fails the name. */
  ruleId: string;
  messageId: string;
  /** Where the rule comes from; null on a verdict. */
  citation: Citation | null;
  /** Compliant names for the same agency and date, best first (may be empty). */
  suggestions: string[];
  verdict: Verdict;
  hostname: string | null;
}

export interface Registration {
  agency: string;
  province?: string;
  /** The normalised hostname. */
  domain: string;
  /** The normalised hostname; absent when the field was missing or blank. */
  alternativeDomain?: string;
}

export interface RegistrationInput {
  agency: string;
  province?: string;
  domain: string;
  alternativeDomain?: string;
}

/**
 * Sentences that are not findings: `validate` reports nothing for a name outside
 * the law's reach, yet a registration form must say why it refuses it.
 */
const OWN_MESSAGES: Record<'not-applicable' | 'invalid' | 'agency-missing', Wording> = {
  'not-applicable': {
    vi: '{hostname} nằm ngoài .gov.vn và không có gì cho thấy đây là tên miền của cơ quan nhà nước: ô này chỉ nhận tên miền của cơ quan nhà nước.',
    en: '{hostname} is outside .gov.vn and nothing shows it is a state body\u2019s name: this field takes state agencies\u2019 names only.',
  },
  invalid: {
    vi: '"{input}" không phải tên miền hợp lệ.',
    en: '"{input}" is not a valid domain name.',
  },
  'agency-missing': {
    vi: 'Chưa nhập tên cơ quan.',
    en: 'The agency\u2019s name is missing.',
  },
};

function own(lang: Lang, id: keyof typeof OWN_MESSAGES, data: Record<string, string>): string {
  return renderMessage(lang, OWN_MESSAGES[id], data);
}

interface Finding {
  message: string;
  params: GovvnIssueParams;
}

/** Why the result fails the field: one entry per error-level finding; none when it passes. */
function failures(r: Result, lang: Lang, allowNotApplicable: boolean): Finding[] {
  const base = { suggestions: r.suggestions, verdict: r.verdict, hostname: r.hostname };
  if (r.verdict === 'compliant' || (r.verdict === 'not-applicable' && allowNotApplicable)) return [];
  const out: Finding[] = [];
  for (const i of r.issues) {
    if (i.severity !== 'error' || i.waived) continue;
    out.push({ message: i.message, params: { ruleId: i.ruleId, messageId: i.messageId, citation: i.citation ?? null, ...base } });
  }
  if (out.length > 0) return out;
  // Only reached when no error explains the verdict: not-applicable, or a syntax rule turned off.
  const id = r.verdict === 'not-applicable' ? 'not-applicable' : 'invalid';
  const message = own(lang, id, { hostname: r.hostname ?? r.input, input: r.input });
  return [{ message, params: { ruleId: 'verdict', messageId: id, citation: null, ...base } }];
}

function addFailures(ctx: z.core.$RefinementCtx, input: string, found: Finding[], path: PropertyKey[]): void {
  for (const f of found) ctx.addIssue({ code: 'custom', message: f.message, input, path, params: { ...f.params } });
}

function without<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...o };
  for (const k of keys) delete copy[k];
  return copy;
}

/** Options for `validate`, checked once now so that a wrong one throws where the schema is built. */
function validateOptions(options: DomainSchemaOptions | undefined): { v: ValidateOptions; lang: Lang; allow: boolean } {
  const o = options ?? {};
  const v = without(o, ['allowNotApplicable']);
  checkOptions(v);
  return { v, lang: o.lang ?? 'vi', allow: o.allowNotApplicable === true };
}

/**
 * A domain field: takes a name or URL, outputs the normalised hostname. A name
 * that is not compliant fails with one issue per error-level finding (its message
 * in `options.lang`, `params` as in `GovvnIssueParams`); a name outside the law's
 * reach fails unless `allowNotApplicable`. `asOf` defaults to the day of each
 * parse. Throws `GovvnOptionError` at once for a wrong option.
 */
export function domainSchema(options?: DomainSchemaOptions): z.ZodType<string, string> {
  const { v, lang, allow } = validateOptions(options);
  return z.string().transform((input, ctx) => {
    const r = validate(input, v);
    const found = failures(r, lang, allow);
    if (found.length > 0 || r.hostname === null) {
      addFailures(ctx, input, found, []);
      return z.NEVER;
    }
    return r.hostname;
  });
}

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/**
 * A registration record `{ agency, province?, domain, alternativeDomain? }`: each
 * name is judged for that agency (in the record's province, else `options.province`),
 * issues on `['domain']` and `['alternativeDomain']`. A blank `alternativeDomain`
 * or `province` counts as absent, as an empty form field sends it.
 */
export function registrationSchema(options?: RegistrationSchemaOptions): z.ZodType<Registration, RegistrationInput> {
  const { v, lang, allow } = validateOptions(options ? without(options as DomainSchemaOptions, ['agency', 'kind']) : undefined);
  return z
    .object({
      agency: z.string(),
      province: z.string().optional(),
      domain: z.string(),
      alternativeDomain: z.string().optional(),
    })
    .transform((rec, ctx) => {
      const agency = rec.agency.trim();
      const province = blank(rec.province) ? v.province : rec.province!.trim();
      const judged: ValidateOptions = { ...v };
      if (agency === '') {
        ctx.addIssue({ code: 'custom', message: own(lang, 'agency-missing', {}), input: rec.agency, path: ['agency'], params: { messageId: 'agency-missing' } });
      } else {
        judged.agency = agency;
      }
      if (province !== undefined) judged.province = province;
      const out: Registration = { agency, domain: '' };
      if (province !== undefined) out.province = province;
      let failed = agency === '';
      const fields = blank(rec.alternativeDomain) ? (['domain'] as const) : (['domain', 'alternativeDomain'] as const);
      for (const key of fields) {
        const input = rec[key] ?? '';
        const r = validate(input, judged);
        const found = failures(r, lang, allow);
        if (found.length > 0 || r.hostname === null) {
          addFailures(ctx, input, found, [key]);
          failed = true;
        } else {
          out[key] = r.hostname;
        }
      }
      return failed ? z.NEVER : out;
    });
}

// ------------------------------------------------------------------ the Result contract

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

const citationSchema = z.object({
  instrument: z.string(),
  article: z.string(),
  url: z.string().optional(),
});

const issueRecordSchema = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  citation: citationSchema.optional(),
  waived: z.object({ reason: z.string(), until: day }).optional(),
});

/**
 * The ids and data are checked as strings and values: a result this version
 * stored carries only the ids and keys `Issue` names, so it reads back as one.
 */
const issueSchema = issueRecordSchema as unknown as z.ZodType<Issue, IssueRecord>;

const entitySchema = z.object({
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  province: z.object({ code: z.string(), name: z.string(), label: z.string() }).nullable(),
  source: z.enum(['agency', 'domain']),
});

const LIVE_FAILURES = [
  'no-such-name', 'server-failure', 'timeout', 'refused', 'unreachable', 'reset', 'tls-failure', 'wrong-name', 'expired',
  'not-yet-valid', 'untrusted', 'too-many-redirects', 'redirect-loop', 'bad-redirect', 'headers-too-large', 'bad-response', 'error',
] as const;
const liveFailure = z.enum(LIVE_FAILURES);
const reachSchema = z.object({ port: z.number(), address: z.string().nullable(), ok: z.boolean(), failure: liveFailure.nullable(), ms: z.number() });

/** What `--live` found a name to serve (`LiveFacts` in `src/law/live-facts.ts`). */
const liveSchema = z.object({
  host: z.string(),
  checkedAt: z.string(),
  dns: z.object({ a: z.array(z.string()), aaaa: z.array(z.string()), aFailure: liveFailure.nullable(), aaaaFailure: liveFailure.nullable(), ms: z.number() }),
  ipv6: z.object({ https: reachSchema, http: reachSchema }).nullable(),
  tls: z
    .object({
      address: z.string(),
      ok: z.boolean(),
      failure: liveFailure.nullable(),
      names: z.array(z.string()),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
      issuer: z.string().nullable(),
      ms: z.number(),
    })
    .nullable(),
  http: z
    .object({
      hops: z.array(z.object({ url: z.string(), status: z.number().nullable(), location: z.string().nullable() })),
      finalUrl: z.string().nullable(),
      finalHost: z.string().nullable(),
      failure: liveFailure.nullable(),
      ms: z.number(),
    })
    .nullable(),
  timedOut: z.boolean(),
  ms: z.number(),
});

/**
 * The whole `Result` contract (see `src/result.ts`), for programs that store
 * results and read them back. Enums are strict; fields the contract does not
 * name are dropped. `line` is set by the command line for names read from a file.
 */
export const resultSchema = z.object({
  input: z.string(),
  hostname: z.string().nullable(),
  verdict: z.enum(['compliant', 'non-compliant', 'not-applicable', 'invalid']),
  asOf: day,
  entity: entitySchema.nullable(),
  issues: z.array(issueSchema),
  suggestions: z.array(z.string()),
  live: liveSchema.nullable().optional(),
  line: z.number().int().positive().optional(),
});

// Checked when the types are built: the schema and the contract describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type ResultSchemaMatchesContract = Assert<Same<z.output<typeof resultSchema>, Result & { line?: number }>>;
// The live facts' schema is the type, field for field.
type LiveSchemaMatchesFacts = Assert<Same<z.output<typeof liveSchema>, LiveFacts>>;
// What the issue schema checks is the JSON shape of every issue.
type IssueSchemaMatchesRecord = Assert<Same<z.output<typeof issueRecordSchema>, IssueRecord>>;
