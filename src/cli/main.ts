import { basename } from 'node:path';
import { writeSync } from 'node:fs';
import { analyse } from '../core/analyse';
import { toJson } from '../core/model/contract';
import { InputError, readDocument } from './read';
import { renderReading } from './render';
import { writeJson } from './json';

const USAGE = `usage: policy-lens <file> [--json] [--format markdown|plain] [--no-color]

Prints the annotated reading of a policy document (markdown or plain text):
the outline with each claim's category and role, then entities and figures.

  --json              print the model as JSON (schema policy-lens/analysis@1)
  --format F          read the file as markdown or plain text (default: decide from the file)
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
  --max-size BYTES    largest file read (default 2000000, the editor's policyLens.maxDocumentSize; 0: no limit)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 read, 1 internal error, 2 bad input or arguments.`;

interface Args {
  file?: string;
  json: boolean;
  color: boolean;
  format?: 'markdown' | 'plain';
  maxSize: number;
}

/** The editor's default `policyLens.maxDocumentSize`, in bytes. */
const DEFAULT_MAX_SIZE = 2_000_000;

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, maxSize: DEFAULT_MAX_SIZE };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--no-color') args.color = false;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'markdown' && value !== 'plain') return `--format takes markdown or plain, not ${value ?? 'nothing'}`;
      args.format = value;
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!/^\d{1,15}$/.test(value ?? '')) return `--max-size takes a number of bytes (0 for no limit), not ${value ?? 'nothing'}`;
      args.maxSize = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (args.file) return `one file at a time (got ${args.file} and ${arg})`;
    else args.file = arg;
  }
  return args.file ? args : 'no file given';
}

function main(argv: readonly string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes('-v') || argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`policy-lens: ${args} (see policy-lens --help)\n`);
    return 2;
  }
  let text: string;
  try {
    text = readDocument(args.file!, args.maxSize);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`policy-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const analysis = analyse(text, { format: args.format, hint: args.file });
  if (args.json) {
    writeJson(toJson(analysis) as unknown as Record<string, unknown>, writeOut);
    writeOut('\n');
  }
  else process.stdout.write(renderReading(analysis, { name: basename(args.file!), color: args.color }));
  for (const warning of analysis.warnings) process.stderr.write(`policy-lens: warning: ${warning}\n`);
  return 0;
}

/** Writes to standard output at once, so no queue of pieces builds up behind a slow reader. */
function writeOut(chunk: string): void {
  const bytes = Buffer.from(chunk);
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

declare const VERSION: string;

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
