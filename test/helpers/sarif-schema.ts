/** The SARIF 2.1.0 schema vendored in test/fixtures (see its README), compiled by ajv. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function sarifValidator() {
  const path = new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url);
  // Draft-04's `id` is draft-07's `$id`; the schema uses no other keyword the drafts disagree on.
  const { $schema: _, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // One of its patterns is not valid as a Unicode regular expression: read them as draft-04 tools do.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id as string, ...schema });
}
