/**
 * The SARIF 2.1.0 schema (OASIS, release candidate rtm.5 that became 2.1.0), as the
 * devDependency @microsoft/jest-sarif ships it, compiled by ajv: read from
 * node_modules, not copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function sarifValidator() {
  const path = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // Draft-04's `id` is draft-07's `$id`; the schema uses no other keyword the drafts disagree on.
  const { $schema: _, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // One of its patterns is not valid as a Unicode regular expression: read them as draft-04 tools do.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id as string, ...schema });
}
