/**
 * The throughput chart of docs/performance.md, drawn as a plain SVG from one
 * run's figures: one horizontal bar per measurement, its names a second written
 * beside it, the floor's bars in grey, govvn's in blue, the parsers' in green.
 */

export interface Bar {
  label: string;
  rate: number;
  group: 'govvn' | 'floor' | 'parser';
}

const COLOURS: Record<Bar['group'], string> = { govvn: '#2563eb', floor: '#9ca3af', parser: '#16a34a' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function throughputSvg(bars: readonly Bar[], caption: string): string {
  const labelWidth = 330;
  const barWidth = 420;
  const row = 26;
  const top = 40;
  const height = top + bars.length * row + 40;
  const width = labelWidth + barWidth + 130;
  const max = Math.max(...bars.map((b) => b.rate));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="10" y="22" font-size="15" font-weight="bold">Names judged or parsed a second (more is faster)</text>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    const w = Math.max(1, Math.round((b.rate / max) * barWidth));
    out.push(`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escape(b.label)}</text>`);
    out.push(`<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="${COLOURS[b.group]}"/>`);
    out.push(`<text x="${labelWidth + w + 6}" y="${y + 16}">${Math.round(b.rate).toLocaleString('en-US')}</text>`);
  });
  out.push(`<text x="10" y="${height - 14}" font-size="11" fill="#4b5563">${escape(caption)}</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
