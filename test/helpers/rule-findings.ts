/** What the rule property tests share: findings as `ruleId/messageId`, and one finding by id. */
import { validate, type IssueRecord, type ValidateOptions } from '../../src/index.js';

export function findings(r: { issues: readonly IssueRecord[] }): string[] {
  return r.issues.map((i) => `${i.ruleId}/${i.messageId}`);
}

/** Loosely typed, as a test looks a finding up by a string. */
export function issue(name: string, options: ValidateOptions, id: string): IssueRecord | undefined {
  return validate(name, { lang: 'en', ...options }).issues.find((i) => `${i.ruleId}/${i.messageId}` === id);
}
