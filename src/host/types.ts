/**
 * What the hostname layer gives back: the parsed host with its problems and
 * notes. Its own module so the checks (syntax.ts) and the entry (index.ts) both
 * name these types without importing each other.
 */

export type HostProblemCode =
  | 'empty'
  | 'no-host'
  | 'ip-address'
  | 'empty-label'
  | 'label-too-long'
  | 'name-too-long'
  | 'too-many-labels'
  | 'bad-character'
  | 'hyphen-edge'
  | 'hyphen-3-4'
  | 'bad-punycode'
  | 'uts46';

export interface HostProblem {
  code: HostProblemCode;
  data: Record<string, string | number>;
}

export type HostNoteCode = 'url' | 'userinfo' | 'not-canonical';

export interface HostNote {
  code: HostNoteCode;
  data: Record<string, string | number>;
}

export interface ParsedHost {
  input: string;
  /**
   * Lower-case ASCII host (IDN labels as xn--) as a browser would visit it; no
   * scheme, userinfo, port, path or trailing dot; a leading 'www.' kept. For an
   * invalid input: the host as far as it could be extracted (lower-cased).
   * null when there is no host at all (empty input, 'http://').
   */
  hostname: string | null;
  /** true when hostname !== null and problems is empty */
  valid: boolean;
  problems: HostProblem[];
  notes: HostNote[];
  /** a leading 'www' label was present (it stays in hostname; it is not counted in labels) */
  www: boolean;
  /** ASCII labels of hostname left to right WITHOUT the leading www; [] when invalid */
  labels: string[];
  /** same length as labels; xn-- labels decoded to Unicode, others identical */
  unicodeLabels: string[];
}
