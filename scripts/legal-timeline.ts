/**
 * The timeline of docs/legal-basis.md as a Mermaid gantt chart, drawn from the
 * instruments' dates in src/law/instruments.ts. test/legal-timeline.test.ts
 * checks that the page carries exactly this block; `npx tsx scripts/legal-timeline.ts`
 * prints it.
 */
import { INSTRUMENTS, type Instrument } from '../src/law/instruments.js';

const START = '2011-01-01';
const END = '2027-12-31';

const SECTIONS: ReadonlyArray<{ title: string; ids: readonly Instrument['id'][] }> = [
  { title: 'Decrees on portals', ids: ['decree-43-2011', 'decree-42-2022', 'decree-224-2026'] },
  { title: 'The .vn duty and gov.vn', ids: ['circular-24-2015', 'decree-72-2013', 'decree-147-2024'] },
  { title: 'Education', ids: ['circular-53-2012', 'circular-37-2020'] },
  { title: 'Other', ids: ['circular-01-2018', 'circular-03-2009-bng', 'laichau-decision-20-2016'] },
];

function bar(name: string, from: string, to: string | null): string {
  const start = from < START ? START : from;
  return `    ${name} : ${start}, ${to ?? END}`;
}

/** The chart's lines, fenced as a Mermaid block. */
export function timelineBlock(): string {
  const lines = ['```mermaid', 'gantt', '    title Instruments in force (bars clipped to 2011-2027)', '    dateFormat YYYY-MM-DD', '    axisFormat %Y'];
  for (const section of SECTIONS) {
    lines.push(`    section ${section.title}`);
    for (const id of section.ids) {
      const i = INSTRUMENTS[id];
      if (i.from === null) continue;
      const name = i.title.en.replace(/[:;#]/g, ' ');
      for (const r of i.repealed ?? []) lines.push(bar(`${name} ${r.ref}`, i.from, dayBefore(r.from)));
      lines.push(bar(name, i.from, i.to));
    }
  }
  lines.push('```');
  return lines.join('\n');
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

if (process.argv[1]?.endsWith('legal-timeline.ts')) console.log(timelineBlock());
