import { basename } from 'node:path';
import { analyseWithProgress } from './progress';
import { toJson } from '../core/model/contract';
import { readPolicy } from '../core/model/policy';
import { InputError, readDocument } from './read';
import { renderReading, terminalWidth } from './render';

const USAGE = `usage: policy-lens <file> [--json] [--format markdown|plain] [--no-color]

Prints the annotated reading of a policy document (markdown or plain text):
the outline with each claim's category and role, then entities and figures.

  --json              print the model as JSON (schema policy-lens/analysis@1)
  --format F          read the file as markdown or plain text (default: decide from the file)
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
  --full              print each claim whole (by default it is cut to the terminal's width)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 read, 1 internal error, 2 bad input or arguments.`;

interface Args {
  file?: string;
  json: boolean;
  color: boolean;
  format?: 'markdown' | 'plain';
  /** Columns claim lines are cut to: the terminal's, none with --full, 100 into a pipe. */
  width: number;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: terminalWidth() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--no-color') args.color = false;
    else if (arg === '--full') args.width = Infinity;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'markdown' && value !== 'plain') return `--format takes markdown or plain, not ${value ?? 'nothing'}`;
      args.format = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (args.file) return `one file at a time (got ${args.file} and ${arg})`;
    else args.file = arg;
  }
  return args.file ? args : 'no file given';
}

async function main(argv: readonly string[]): Promise<number> {
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
    text = readDocument(args.file!);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`policy-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const analysis = await analyseWithProgress(text, { format: args.format, hint: args.file }, basename(args.file!));
  const policy = readPolicy(analysis);
  const { policyDocument, policyScore } = policy;
  if (args.json) process.stdout.write(`${JSON.stringify({ ...toJson(analysis), policyDocument, policyScore }, null, 1)}\n`);
  else process.stdout.write(renderReading(analysis, { name: basename(args.file!), color: args.color, policy, width: args.width }));
  for (const warning of analysis.warnings) process.stderr.write(`policy-lens: warning: ${warning}\n`);
  return 0;
}

declare const VERSION: string;

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
