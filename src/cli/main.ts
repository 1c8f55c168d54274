import { basename } from 'node:path';
import type { Analysis } from '../core/model/model';
import { toJson } from '../core/model/contract';
import { defaultNotesFile, readerLayer, renderAnnotations, withAnnotations } from './annotations';
import { InputError, readDocument } from './read';
import { renderReading, terminalWidth } from './render';
import { EXPORT_FORMATS, exportReading, placedNotes, type ExportFormat } from './export';
import { writeFileSync } from 'node:fs';
import { analyseWithProgress } from './progress';
import { readPolicy } from '../core/model/policy';

const USAGE = `usage: policy-lens <file> [--json] [--why] [--format markdown|plain] [--annotations F] [--no-color]
                   [--export html|md|json [-o PATH]]

Prints the annotated reading of a policy document (markdown or plain text):
the outline with each claim's category and role, then entities and figures.

  --json              print the model as JSON (schema policy-lens/analysis@1)
  --why               under each claim, entity and figure, the rules that decided it
  --format F          read the file as markdown or plain text (default: decide from the file)
  --annotations F     your notes and corrections (a W3C annotation page); by default
                      .policy-lens/<path>.annotations.json above the file, if there
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
  --full              print each claim whole (by default it is cut to the terminal's width)
  --export F          write the annotated brief as html (one self-contained page), md or json
  -o, --output PATH   where --export writes (default: standard output)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 read, 1 internal error, 2 bad input or arguments.`;

interface Args {
  file?: string;
  json: boolean;
  why: boolean;
  color: boolean;
  format?: 'markdown' | 'plain';
  export?: ExportFormat;
  output?: string;
  annotations?: string;
  /** Columns claim lines are cut to: the terminal's, none with --full, 100 into a pipe. */
  width: number;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, why: false, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: terminalWidth() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--why') args.why = true;
    else if (arg === '--no-color') args.color = false;
    else if (arg === '--full') args.width = Infinity;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'markdown' && value !== 'plain') return `--format takes markdown or plain, not ${value ?? 'nothing'}`;
      args.format = value;
    } else if (arg === '--export' || arg.startsWith('--export=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!(EXPORT_FORMATS as readonly string[]).includes(value ?? '')) return `--export takes ${EXPORT_FORMATS.join(', ')}, not ${value ?? 'nothing'}`;
      args.export = value as ExportFormat;
    } else if (arg === '-o' || arg === '--output') {
      const value = argv[++i];
      if (!value) return `${arg} takes a path`;
      args.output = value;
    } else if (arg === '--annotations' || arg.startsWith('--annotations=')) {
      args.annotations = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!args.annotations) return '--annotations takes a file';
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (args.file) return `one file at a time (got ${args.file} and ${arg})`;
    else args.file = arg;
  }
  if (args.output && !args.export) return '-o is for --export';
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
  let analysis: Analysis;
  let layer: ReturnType<typeof readerLayer> | undefined;
  const warn = (line: string) => process.stderr.write(`policy-lens: warning: ${line}\n`);
  try {
    text = readDocument(args.file!);
    analysis = await analyseWithProgress(text, { format: args.format, hint: args.file }, basename(args.file!));
    const notes = args.annotations ?? defaultNotesFile(args.file!);
    if (notes) layer = readerLayer(analysis, notes, warn);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`policy-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const policy = readPolicy(analysis);
  const { policyDocument, policyScore } = policy;
  if (layer) analysis = layer.analysis;
  const jsonText = () => {
    const json = { ...toJson(analysis), policyDocument, policyScore };
    return `${JSON.stringify(layer ? withAnnotations(json, analysis, layer.placed) : json, null, 1)}\n`;
  };
  if (args.export) {
    const brief = args.export === 'json' ? jsonText() : exportReading(analysis, args.export, basename(args.file!), layer ? placedNotes(layer.placed) : []);
    if (!args.output) process.stdout.write(brief);
    else {
      try {
        writeFileSync(args.output, brief);
      } catch (error) {
        process.stderr.write(`policy-lens: cannot write ${args.output}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    }
  } else if (args.json) process.stdout.write(jsonText());
  else process.stdout.write(renderReading(analysis, { name: basename(args.file!), color: args.color, why: args.why, policy, width: args.width }) + (layer ? renderAnnotations(layer.placed, analysis.text) : ''));
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
