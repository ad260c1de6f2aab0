/**
 * Text made safe for XML 1.0, in content and in attribute values: the five
 * markup characters escaped, and the characters XML cannot carry at all
 * (control characters but tab and line breaks, lone surrogates, U+FFFE and
 * U+FFFF) written as visible `\uXXXX`, so a hostile input row cannot break
 * the report.
 */
export function xml(text: string, attribute = true): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | null = null;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x22) rep = '&quot;';
    else if (c === 0x27) rep = '&apos;';
    else if (c === 0x09 || c === 0x0a || c === 0x0d) {
      // An attribute's parser turns them into spaces unless written as references.
      if (!attribute) continue;
      rep = `&#${c};`;
    }
    else if (c < 0x20 || c === 0xfffe || c === 0xffff) rep = `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = `\\u${c.toString(16)}`;
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = `\\u${c.toString(16)}`;
    if (rep === null) continue;
    out += text.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
