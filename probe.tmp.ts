import './src/history.ts';
import { validate } from './src/index.ts';
const [,, name, json] = process.argv;
const o = JSON.parse(json ?? '{}');
const r = validate(name!, { lang: 'en', ...o });
console.log(r.hostname, r.verdict, JSON.stringify(r.entity), JSON.stringify(r.suggestions));
for (const i of r.issues) console.log('   ', i.severity, `${i.ruleId}/${i.messageId}`, '|', i.message, i.citation ? `(${i.citation.instrument} ${i.citation.article})` : '');
