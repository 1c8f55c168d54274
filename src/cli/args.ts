import { EXPORT_FORMATS, type ExportFormat } from './export';
import { terminalWidth } from './render';

/** The command line's options, as `policy-lens --help` prints them. */
export const USAGE = `usage: policy-lens <file> [--json] [--why] [--format markdown|plain] [--annotations F] [--no-color]
                   [--max-size BYTES] [--heap-limit MB] [--export html|md|json [-o PATH]]

Prints the annotated reading of a policy document (markdown or plain text):
the outline with each claim's category and role, then entities and figures.

  --json              print the model as JSON (schema policy-lens/analysis@1)
  --why               under each claim, entity and figure, the rules that decided it
  --format F          read the file as markdown or plain text (default: decide from the file)
  --annotations F     your notes and corrections (a W3C annotation page); by default
                      .policy-lens/<path>.annotations.json above the file, if there
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
  --full              print each claim whole (by default it is cut to the terminal's width)
  --max-size BYTES    largest file read (default 2000000, the editor's policyLens.maxDocumentSize; 0: no limit)
  --heap-limit MB     heap the reading may use (default for files of 8 MB or more: 48 + 11 per MB of text;
                      0: no limit); a reading that needs more is read again without one
  --export F          write the annotated brief as html (one self-contained page), md or json
  -o, --output PATH   where --export writes (default: standard output)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 read, 1 internal error, 2 bad input or arguments.`;

export interface Args {
  file?: string;
  json: boolean;
  why: boolean;
  color: boolean;
  format?: 'markdown' | 'plain';
  maxSize: number;
  /** Megabytes of heap the reading may use (0: no limit); unset, a default for long files. */
  heapLimit?: number;
  annotations?: string;
  export?: ExportFormat;
  output?: string;
  /** Columns claim lines are cut to: the terminal's, none with --full, 100 into a pipe. */
  width: number;
}

/** The editor's default `policyLens.maxDocumentSize`, in bytes. */
export const DEFAULT_MAX_SIZE = 2_000_000;

/** The value of `--name value` or `--name=value` at `argv[i]`, and the index it ends at. */
function valueOf(argv: readonly string[], i: number): [string | undefined, number] {
  const arg = argv[i];
  return arg.includes('=') ? [arg.slice(arg.indexOf('=') + 1), i] : [argv[i + 1], i + 1];
}

/** Reads the arguments, or says in one line what is wrong with them. */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, why: false, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, maxSize: DEFAULT_MAX_SIZE, width: terminalWidth() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (arg === '--json') args.json = true;
    else if (arg === '--why') args.why = true;
    else if (arg === '--no-color') args.color = false;
    else if (arg === '--full') args.width = Infinity;
    else if (name === '--format') {
      const [value, end] = valueOf(argv, i);
      if (value !== 'markdown' && value !== 'plain') return `--format takes markdown or plain, not ${value ?? 'nothing'}`;
      args.format = value;
      i = end;
    } else if (name === '--max-size') {
      const [value, end] = valueOf(argv, i);
      if (!/^\d{1,15}$/.test(value ?? '')) return `--max-size takes a number of bytes (0 for no limit), not ${value ?? 'nothing'}`;
      args.maxSize = Number(value);
      i = end;
    } else if (name === '--heap-limit') {
      const [value, end] = valueOf(argv, i);
      if (!/^\d{1,6}$/.test(value ?? '')) return `--heap-limit takes a number of megabytes (0 for no limit), not ${value ?? 'nothing'}`;
      args.heapLimit = Number(value);
      i = end;
    } else if (name === '--annotations') {
      const [value, end] = valueOf(argv, i);
      if (!value) return '--annotations takes a file';
      args.annotations = value;
      i = end;
    } else if (name === '--export') {
      const [value, end] = valueOf(argv, i);
      if (!(EXPORT_FORMATS as readonly string[]).includes(value ?? '')) return `--export takes ${EXPORT_FORMATS.join(', ')}, not ${value ?? 'nothing'}`;
      args.export = value as ExportFormat;
      i = end;
    } else if (arg === '-o' || name === '--output') {
      const [value, end] = arg === '-o' ? [argv[i + 1], i + 1] : valueOf(argv, i);
      if (!value) return `${arg} takes a path`;
      args.output = value;
      i = end;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (args.file) return `one file at a time (got ${args.file} and ${arg})`;
    else args.file = arg;
  }
  if (args.output && !args.export) return '-o is for --export';
  return args.file ? args : 'no file given';
}
