import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

// The command line always loads govvn/history: a build that drops that import (a
// bundler trusting "sideEffects") would judge pre-2025 communes as unknown names.
describe('the built command knows the communes before 2025-07-01', () => {
  it('reads xatalenglaichau.gov.vn as Xã Tả Lèng in 2020 and suggests its name', () => {
    const r = spawnSync(process.execPath, [cli, 'check', '--as-of', '2020-06-25', '--format', 'json', 'xatalenglaichau.gov.vn'], { encoding: 'utf8' });
    const [res] = JSON.parse(r.stdout) as Array<{ verdict: string; entity: { kind: string; name: string } | null; suggestions: string[] }>;
    expect(res!.entity).toMatchObject({ kind: 'commune', name: 'Xã Tả Lèng' });
    expect(res!.verdict).toBe('non-compliant');
    expect(res!.suggestions).toEqual(['taleng.laichau.gov.vn']);
    expect(r.status).toBe(1);
  });

  it('names the commune a merged one became, as of 2026', () => {
    const r = spawnSync(process.execPath, [cli, 'check', '--as-of', '2026-11-28', '--format', 'json', 'giangma.laichau.gov.vn'], { encoding: 'utf8' });
    const [res] = JSON.parse(r.stdout) as Array<{ issues: Array<{ messageId: string }>; suggestions: string[] }>;
    expect(res!.issues.map((i) => i.messageId)).toContain('commune-merged');
    expect(res!.suggestions).toEqual(['taleng.laichau.gov.vn']);
  });
});
