#!/usr/bin/env node
// Prints the parsed model of one ADR: a debugging aid for parser work.
import { readFileSync } from 'node:fs';
import { parseAdr } from '../packages/core/dist/index.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/dump-model.mjs <file.md>');
  process.exit(2);
}
const doc = parseAdr({ path, text: readFileSync(path, 'utf8') });
const at = (span) => `L${span.line}`;
console.log(
  'title:',
  doc.title?.text,
  '| number:',
  doc.number?.value,
  '| status:',
  doc.status?.raw,
  '->',
  doc.status?.normalized,
);
console.log(
  'metadata:',
  Object.fromEntries(
    Object.entries(doc.metadata).map(([k, v]) => [k, `${v.text} (${v.source} ${at(v.span)})`]),
  ),
);
console.log('sections:');
for (const s of doc.sections)
  console.log(
    `  ${'  '.repeat(Math.max(0, s.level - 2))}${at(s.span)} ${s.title} [${s.kind ?? '-'}/${s.effectiveKind ?? '-'}] blocks=${s.blocks.length}`,
  );
console.log('options:');
for (const o of doc.options)
  console.log(
    `  ${at(o.span)} ${o.source} "${o.name}" key=${o.key} args=${o.arguments.map((a) => a.polarity[0]).join('')}${o.markedChosen ? ' (marked)' : ''}`,
  );
console.log(
  'chosen:',
  doc.chosen
    ? `${doc.chosen.name} [${doc.chosen.source}] option=${doc.chosen.option}${doc.chosen.also ? ` also=${doc.chosen.also.join(',')}` : ''} ${at(doc.chosen.span)}`
    : null,
);
console.log('consequences:');
for (const c of doc.consequences)
  console.log(`  ${at(c.span)} ${c.polarity}: ${c.text.slice(0, 80).replace(/\n/g, ' ')}`);
if (doc.problems.length) console.log('problems:', doc.problems);
