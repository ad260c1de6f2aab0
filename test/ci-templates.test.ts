/**
 * The GitHub Action (action.yml) and the GitLab CI template
 * (docs/ci/gitlab-ci.yml): what can be asserted without a YAML parser (none is
 * a dependency), and the action's check step run for real, with `npx` standing
 * for the built program.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixtures, root } from './cli-helpers.js';
import { sarifValidator } from './helpers/sarif-schema.js';

const action = readFileSync(`${root}action.yml`, 'utf8');
const gitlab = readFileSync(`${root}docs/ci/gitlab-ci.yml`, 'utf8');
const ciDoc = readFileSync(`${root}docs/ci.md`, 'utf8');

/** The block of a literal scalar (`run: |`) that follows `marker`'s line, dedented. */
function literalAfter(text: string, marker: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  const start = lines.findIndex((l, i) => i > at && l.trimEnd().endsWith('run: |'));
  const indent = lines[start + 1]!.length - lines[start + 1]!.trimStart().length;
  const block: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l.trim() !== '' && l.length - l.trimStart().length < indent) break;
    block.push(l.slice(indent));
  }
  return block.join('\n');
}

describe('action.yml', () => {
  it('is YAML of two-space indents, without tabs', () => {
    expect(action).not.toContain('\t');
    for (const l of action.split('\n')) expect((l.length - l.trimStart().length) % 2, l).toBe(0);
  });

  it('is a composite action on a supported Node LTS that checks, uploads SARIF, then fails as govvn says', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite$/m);
    expect(action).toMatch(/^ {4}default: '(22|24)'$/m);
    expect(action).toContain('uses: actions/setup-node@');
    expect(action).toContain('--format sarif > "$GOVVN_SARIF"');
    expect(action).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+\n {6}with:\n {8}sarif_file: \$\{\{ inputs\.sarif-file \}\}/);
    const steps = action.slice(action.indexOf('  steps:'));
    expect(steps.indexOf('upload-sarif')).toBeLessThan(steps.indexOf('Fail when a name fails'));
    for (const name of ['file', 'args', 'package', 'node-version', 'sarif-file', 'category', 'upload']) expect(action).toMatch(new RegExp(`^ {2}${name}:\\n {4}description: `, 'm'));
  });

  it('passes inputs to its scripts as environment variables, never pasted into a script', () => {
    for (const marker of ['id: check', 'name: Fail when a name fails']) expect(literalAfter(action, marker)).not.toContain('${{');
    // Each shell step names its shell, as composite actions require.
    expect(action.match(/^ {6}run: \|$/gm)).toHaveLength(action.match(/^ {6}shell: bash$/gm)!.length);
  });

  it('its check step writes a valid SARIF log and the exit code, and does not fail the step for a failing name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govvn-action-'));
    const bin = join(dir, 'bin');
    spawnSync('mkdir', [bin]);
    // npx --yes PACKAGE check … runs the built program.
    writeFileSync(join(bin, 'npx'), `#!/usr/bin/env bash\nshift 2\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(bin, 'npx'), 0o755);
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    const r = spawnSync('bash', ['-c', literalAfter(action, 'id: check')], {
      cwd: fixtures,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        GITHUB_OUTPUT: output,
        GOVVN_FILE: 'lai-chau-inspection-2020.csv',
        GOVVN_ARGS: '--as-of 2020-06-25 --province "Lai Châu"',
        GOVVN_PACKAGE: 'govvn',
        GOVVN_SARIF: join(dir, 'govvn.sarif'),
      },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    const log = JSON.parse(readFileSync(join(dir, 'govvn.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.region.startLine)).toEqual([8]);
  });
});

describe('docs/ci/gitlab-ci.yml', () => {
  it('is YAML of two-space indents, without tabs', () => {
    expect(gitlab).not.toContain('\t');
    for (const l of gitlab.split('\n')) if (!l.startsWith('#')) expect((l.length - l.trimStart().length) % 2, l).toBe(0);
  });

  it('runs on a supported Node LTS, and gives GitLab a JUnit and a Code Quality report', () => {
    expect(gitlab).toMatch(/^ {2}image: node:(22|24)$/m);
    expect(gitlab).toContain('--format junit > govvn-junit.xml');
    expect(gitlab).toContain('--format gitlab > govvn-code-quality.json');
    expect(gitlab).toMatch(/ {4}reports:\n {6}junit: govvn-junit\.xml\n {6}codequality: govvn-code-quality\.json/);
    expect(gitlab).toMatch(/^govvn:\n {2}extends: \.govvn$/m);
  });
});

describe('docs/ci.md', () => {
  it('pins no Node out of support (20 ended in April 2026)', () => {
    expect(ciDoc).not.toMatch(/node-version: '?20|node:20|node-version: '?18|node:18/);
    expect(ciDoc).toMatch(/node:24|node-version: '?24/);
  });

  it('describes the action and the template', () => {
    expect(ciDoc).toContain('uses: govvn/govvn@');
    expect(ciDoc).toContain('docs/ci/gitlab-ci.yml');
  });
});
