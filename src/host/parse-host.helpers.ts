/**
 * What the parseHost examples (parse-host.*.test.ts) share: the parts of a
 * result they are about, and the notes they expect.
 */
import { parseHost, type HostNote, type HostProblem } from './index.js';

/** The parts of a result the examples below are about. */
export function summary(input: string): { hostname: string | null; valid: boolean; problems: HostProblem[]; notes: HostNote[] } {
  const r = parseHost(input);
  return { hostname: r.hostname, valid: r.valid, problems: r.problems, notes: r.notes };
}

export const url = (host: string): HostNote => ({ code: 'url', data: { host } });
export const userinfo = (text: string): HostNote => ({ code: 'userinfo', data: { userinfo: text } });
export const notCanonical = (written: string, hostname: string): HostNote => ({
  code: 'not-canonical',
  data: { written, hostname },
});
