/**
 * A stable identity for a finding, the same from run to run while the row and
 * the finding stay, so that code-quality tools track it rather than report it
 * anew: two FNV-1a hashes (different offsets) of the parts, as 16 hex digits.
 * Not for security: only to tell findings apart.
 */
export function fingerprint(parts: readonly (string | number)[]): string {
  const text = parts.join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
