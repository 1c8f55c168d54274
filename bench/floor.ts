/**
 * The floor for the whole-process comparison in `npm run bench`: a process that
 * reads a file and runs remark-parse alone on it, nothing else. Built to
 * dist/floor.js with the same bundler settings as the command line, so both pay
 * the same start-up.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const text = readFileSync(process.argv[2] ?? '', 'utf8');
const tree = unified().use(remarkParse).parse(text);
process.stdout.write(`${tree.children.length}\n`);
