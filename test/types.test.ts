/**
 * Types that catch mistakes: a misspelt rule id, message id or data key is a
 * type error. `npx tsc --noEmit` checks the `@ts-expect-error` lines (an
 * expected error that does not occur fails it); vitest runs the rest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isRuleId, RULE_IDS, validate, type Issue, type RuleId, type ValidateOptions } from '../src/index.js';
import { defineRule, finding, type FindingOf } from '../src/law/rule.js';

describe('rule ids', () => {
  it('are a union, listed at run time', () => {
    expectTypeOf<'vn-domain'>().toExtend<RuleId>();
    expectTypeOf<'vn-domian'>().not.toExtend<RuleId>();
    expect(RULE_IDS).toContain('vn-domain');
    expect(isRuleId('vn-domain')).toBe(true);
    expect(isRuleId('vn-domian')).toBe(false);
  });

  it('key the configured severities and the waivers', () => {
    const ok: ValidateOptions = {
      rules: { 'district-domain': 'off' },
      waivers: [{ domain: 'x.gov.vn', rule: 'district-domain', reason: 'moving', until: '2030-12-31' }],
    };
    // @ts-expect-error a misspelt rule id in `rules`
    const badRules: ValidateOptions = { rules: { 'district-domian': 'off' } };
    // @ts-expect-error a misspelt rule id in a waiver
    const badWaiver: ValidateOptions = { waivers: [{ domain: 'x.gov.vn', rule: 'district-domian', reason: 'moving', until: '2030-12-31' }] };
    expect([ok, badRules, badWaiver]).toHaveLength(3);
  });
});

describe('issues', () => {
  it('narrow on ruleId and messageId to their data', () => {
    const r = validate('mof-vietnam.com', { agency: 'Bộ Tài chính', asOf: '2023-06-01' });
    const i = r.issues.find((x) => x.ruleId === 'vn-domain');
    expect(i).toBeDefined();
    if (i?.ruleId === 'vn-domain') {
      expectTypeOf(i.messageId).toEqualTypeOf<'outside-vn'>();
      expectTypeOf(i.data).toEqualTypeOf<{ hostname: string | number }>();
      expect(i.data.hostname).toBe('mof-vietnam.com');
    }
    for (const x of r.issues) {
      if (x.ruleId === 'waiver') expectTypeOf(x.data.rule).toEqualTypeOf<RuleId>();
      if (x.ruleId === 'ministry-domain' && x.messageId === 'wrong-level') expectTypeOf(x.data).toEqualTypeOf<{ got: string | number; want: string | number; expected: string | number }>();
      // @ts-expect-error vn-domain has no message outside-gov-vn
      if (x.ruleId === 'vn-domain' && x.messageId === 'outside-gov-vn') expect.unreachable();
    }
  });

  it('refuse a data key the message does not have', () => {
    const good: Issue = { ruleId: 'vn-domain', messageId: 'outside-vn', data: { hostname: 'a.com' }, severity: 'error', message: '' };
    // @ts-expect-error `hostnam` is not a key of vn-domain/outside-vn
    const bad: Issue = { ruleId: 'vn-domain', messageId: 'outside-vn', data: { hostnam: 'a.com' }, severity: 'error', message: '' };
    expect([good, bad]).toHaveLength(2);
  });
});

describe('defineRule', () => {
  const meta = {
    id: 'example-rule',
    title: { vi: 'Ví dụ', en: 'Example' },
    appliesTo: 'any',
    needsHost: true,
    basis: null,
    docs: 'docs/rules/example-rule.md',
    messages: { 'too-long': { severity: 'error', vi: 'Nhãn {label} quá dài.', en: 'The label {label} is too long.' } },
  } as const;

  it('keeps the rule id literal', () => {
    const rule = defineRule({ meta, check: () => [finding('too-long', { label: 'x' })] });
    expectTypeOf(rule.meta.id).toEqualTypeOf<'example-rule'>();
    expect(rule.meta.messages['too-long'].severity).toBe('error');
  });

  it('ties a check to its own message ids and their data', () => {
    type Found = FindingOf<typeof meta.messages>;
    const ok: Found = finding('too-long', { label: 'x' });
    // @ts-expect-error a misspelt message id
    const badId: Found = finding('too-lng', { label: 'x' });
    // @ts-expect-error a misspelt data key
    const badKey: Found = finding('too-long', { lable: 'x' });
    expect([ok, badId, badKey]).toHaveLength(3);
    const rule = defineRule({
      meta,
      // @ts-expect-error a check that returns a message its rule does not have
      check: () => [finding('too-lng', { label: 'x' })],
    });
    expect(rule.check).toBeTypeOf('function');
  });
});
