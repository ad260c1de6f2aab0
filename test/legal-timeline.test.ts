import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineBlock } from '../scripts/legal-timeline.js';
import { INSTRUMENTS } from '../src/index.js';

const page = readFileSync(new URL('../docs/legal-basis.md', import.meta.url), 'utf8');

describe('docs/legal-basis.md: the timeline', () => {
  it('carries the chart drawn from src/law/instruments.ts (regenerate with npx tsx scripts/legal-timeline.ts)', () => {
    const from = page.indexOf('<!-- timeline:start -->\n');
    const to = page.indexOf('\n<!-- timeline:end -->');
    expect(from).toBeGreaterThan(0);
    expect(page.slice(from + '<!-- timeline:start -->\n'.length, to)).toBe(timelineBlock());
  });

  it('draws a bar for every dated instrument, with its first and last day', () => {
    const chart = timelineBlock();
    for (const i of Object.values(INSTRUMENTS)) {
      if (i.from === null) continue;
      const start = i.from < '2011-01-01' ? '2011-01-01' : i.from;
      expect(chart, i.id).toContain(`: ${start}, ${i.to ?? '2027-12-31'}`);
    }
  });

  it('names every instrument with its provenance in the table', () => {
    for (const i of Object.values(INSTRUMENTS)) {
      if (i.from === null) continue;
      const number = i.title.en.split(' ')[1]!.split('/').slice(0, 2).join('/');
      expect(page, i.id).toContain(number);
    }
    expect(page).toContain('## What could not be verified');
  });
});
