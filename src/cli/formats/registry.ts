/**
 * Every format `govvn check --format` and `govvn/report` write, by name: one
 * implementation each, streamed by the command line and run over a list by
 * the report writers. A binary format (xlsx) joins here with its own writer.
 */
import { csvFormat } from './csv.js';
import type { Formatter, RunContext } from './format.js';
import { githubFormat } from './github.js';
import { gitlabFormat } from './gitlab.js';
import { jsonFormat, ndjsonFormat } from './json.js';
import { junitFormat } from './junit.js';
import { markdownFormat } from './markdown.js';
import { sarifFormat } from './sarif.js';
import { textFormat } from './text.js';

export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'markdown', 'sarif', 'junit', 'gitlab', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMATTERS: Record<Format, (ctx: RunContext) => Formatter> = {
  text: textFormat,
  json: jsonFormat,
  ndjson: ndjsonFormat,
  csv: csvFormat,
  markdown: markdownFormat,
  sarif: sarifFormat,
  junit: junitFormat,
  gitlab: gitlabFormat,
  github: githubFormat,
};
