import { createScanner, ParseErrorCode, printParseErrorCode, ScanError, SyntaxKind, type JSONScanner } from 'jsonc-parser';
import { categoryProblem, NOT_AN_OBJECT, termProblem, termsProblem, weightProblem } from '../core/lexicon/check';
import type { LexiconData } from '../core/lexicon';
import type { Category } from '../core/model/model';

/** A problem in a lexicon file, at character offsets for the Problems panel. */
export interface PlacedProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What a lexicon file's text holds: its valid terms and its problems (lexiconText.ts). */
export interface LexiconReading {
  /** The valid terms; null when the JSON itself is broken. */
  readonly data: LexiconData | null;
  /** Every problem, in the order of the file (a broken file: where it first breaks). */
  readonly problems: PlacedProblem[];
  /** Steps taken: properties read and term characters checked (linear in the file, for the tests). */
  readonly work: number;
}

/** A value read whole: its kind, where it stands, and a number's value. */
interface Value {
  readonly kind: 'object' | 'array' | 'string' | 'number' | 'literal';
  readonly start: number;
  readonly end: number;
  readonly number?: number;
}

/** An object or array being read, and what it expects next. */
interface Open {
  readonly array: boolean;
  readonly start: number;
  expect: 'first' | 'colon' | 'value' | 'after';
  key?: { readonly text: string; readonly start: number; readonly end: number };
  /** A category's valid terms, for an object that is one (depth 2). */
  readonly kept?: Record<string, number>;
}

/** The parse errors of a scanner's token errors (as jsonc-parser's `visit` names them). */
const SCAN_ERRORS: Partial<Record<ScanError, ParseErrorCode>> = {
  [ScanError.InvalidUnicode]: ParseErrorCode.InvalidUnicode,
  [ScanError.InvalidEscapeCharacter]: ParseErrorCode.InvalidEscapeCharacter,
  [ScanError.UnexpectedEndOfNumber]: ParseErrorCode.UnexpectedEndOfNumber,
  [ScanError.UnexpectedEndOfComment]: ParseErrorCode.UnexpectedEndOfComment,
  [ScanError.UnexpectedEndOfString]: ParseErrorCode.UnexpectedEndOfString,
  [ScanError.InvalidCharacter]: ParseErrorCode.InvalidCharacter,
};

/**
 * Reads a lexicon file's text (JSON with comments and trailing commas) token by
 * token, in as many steps as its caller likes: {@link step} reads a number of
 * tokens and may be called again later, so the host can read a big file in
 * slices between its other work, and a worker in one go — the same code. Each
 * key and value is checked where it stands; nothing is kept of a value but what
 * the lexicon needs (a category's terms), and a key is never lost to an
 * object's prototype (`"__proto__": 7` is a problem like any other). The stack
 * of open objects and arrays is explicit: deep nesting costs no recursion. A
 * broken file is reported where it first breaks (its terms are then not used).
 * Data only: nothing in the file is ever run.
 */
export class LexiconSteps {
  readonly #scanner: JSONScanner;
  readonly #stack: Open[] = [];
  readonly #problems: PlacedProblem[] = [];
  readonly #data: Partial<Record<Category, Record<string, number>>> = {};
  #root: Value | undefined;
  #broken: PlacedProblem | undefined;
  #done = false;
  #work = 0;

  constructor(text: string) {
    this.#scanner = createScanner(text, true);
  }

  /** True once the whole text is read. */
  get done(): boolean {
    return this.#done;
  }

  /** Reads up to `tokens` more tokens; true once the whole text is read. */
  step(tokens = Infinity): boolean {
    for (let n = 0; n < tokens && !this.#done; n++) this.#token();
    return this.#done;
  }

  /** What was read (call once {@link done}). */
  get reading(): LexiconReading {
    if (this.#broken) return { data: null, problems: [this.#broken], work: 0 };
    if (this.#root && this.#root.kind !== 'object') return { data: {}, problems: [{ start: this.#root.start, end: this.#root.end, message: NOT_AN_OBJECT }], work: 1 };
    return { data: this.#data, problems: this.#problems, work: this.#work };
  }

  #fail(code: ParseErrorCode, start: number, length: number): void {
    this.#broken = { start, end: start + Math.max(1, length), message: `Not valid JSON: ${printParseErrorCode(code)}.` };
    this.#done = true;
  }

  #token(): void {
    const s = this.#scanner;
    const kind = s.scan();
    const start = s.getTokenOffset();
    const length = s.getTokenLength();
    const scanError = SCAN_ERRORS[s.getTokenError()];
    if (scanError !== undefined) return this.#fail(scanError, start, length);
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) return;
    if (kind === SyntaxKind.Unknown) return this.#fail(ParseErrorCode.InvalidSymbol, start, length);
    const open = this.#stack[this.#stack.length - 1];
    if (!open) {
      if (this.#root) return kind === SyntaxKind.EOF ? void (this.#done = true) : this.#fail(ParseErrorCode.EndOfFileExpected, start, length);
      return this.#value(kind, start, length);
    }
    if (kind === SyntaxKind.EOF) return this.#fail(open.array ? ParseErrorCode.CloseBracketExpected : ParseErrorCode.CloseBraceExpected, start, length);
    const close = open.array ? SyntaxKind.CloseBracketToken : SyntaxKind.CloseBraceToken;
    if (open.expect === 'first' || open.expect === 'after') {
      // A trailing comma is allowed: after one, the object or array may close.
      if (kind === close) return this.#closed(open, start + length);
      if (open.expect === 'after') return kind === SyntaxKind.CommaToken ? void (open.expect = 'first') : this.#fail(ParseErrorCode.CommaExpected, start, length);
      if (open.array) return this.#value(kind, start, length);
      if (kind !== SyntaxKind.StringLiteral) return this.#fail(ParseErrorCode.PropertyNameExpected, start, length);
      open.key = { text: s.getTokenValue(), start, end: start + length };
      open.expect = 'colon';
      if (this.#stack.length === 1) this.#category(open.key);
      return;
    }
    if (open.expect === 'colon') return kind === SyntaxKind.ColonToken ? void (open.expect = 'value') : this.#fail(ParseErrorCode.ColonExpected, start, length);
    return this.#value(kind, start, length);
  }

  /** A value starts with this token: an object or array opens, anything else is read whole. */
  #value(kind: SyntaxKind, start: number, length: number): void {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      const parent = this.#stack[this.#stack.length - 1];
      // An object that is a category's value (a valid category's) keeps its terms.
      const kept = kind === SyntaxKind.OpenBraceToken && this.#stack.length === 1 && parent.key && this.#keeps(parent.key.text) ? {} : undefined;
      this.#stack.push({ array: kind === SyntaxKind.OpenBracketToken, start, expect: 'first', kept });
      return;
    }
    const end = start + length;
    if (kind === SyntaxKind.StringLiteral) return this.#read({ kind: 'string', start, end });
    if (kind === SyntaxKind.TrueKeyword || kind === SyntaxKind.FalseKeyword || kind === SyntaxKind.NullKeyword) return this.#read({ kind: 'literal', start, end });
    if (kind === SyntaxKind.NumericLiteral) {
      const number = Number(this.#scanner.getTokenValue());
      if (Number.isNaN(number)) return this.#fail(ParseErrorCode.InvalidNumberFormat, start, length);
      return this.#read({ kind: 'number', start, end, number });
    }
    this.#fail(ParseErrorCode.ValueExpected, start, length);
  }

  #closed(open: Open, end: number): void {
    this.#stack.pop();
    if (open.kept && this.#stack.length === 1) this.#data[this.#stack[0].key!.text as Category] = open.kept;
    this.#read({ kind: open.array ? 'array' : 'object', start: open.start, end });
  }

  /** A value read whole, placed in what holds it. */
  #read(value: Value): void {
    const parent = this.#stack[this.#stack.length - 1];
    if (!parent) {
      this.#root = value;
      return;
    }
    parent.expect = 'after';
    const key = parent.key;
    if (parent.array || !key) return;
    if (this.#stack.length === 1) {
      if (this.#keeps(key.text) && value.kind !== 'object') this.#at(value, termsProblem(key.text));
    } else if (parent.kept) this.#term(parent.kept, key, value);
  }

  /** A top-level key: a category, `$schema`/`$comment`, or a problem. */
  #category(key: { readonly text: string; readonly start: number; readonly end: number }): void {
    this.#work++;
    const bad = categoryProblem(key.text);
    if (bad) this.#at(key, bad);
  }

  /** Whether the value of top-level key `key` holds terms to check. */
  #keeps(key: string): boolean {
    return !categoryProblem(key) && key !== '$schema' && key !== '$comment';
  }

  #term(kept: Record<string, number>, key: { readonly text: string; readonly start: number; readonly end: number }, value: Value): void {
    const term = key.text;
    this.#work += 1 + Math.min(term.length, 81);
    const wrong = termProblem(term);
    const heavy = wrong ? null : weightProblem(term, value.kind === 'number' ? value.number : undefined);
    if (wrong) this.#at(key, wrong);
    else if (heavy) this.#at(value, heavy);
    else kept[term] = value.number!;
  }

  #at(where: { readonly start: number; readonly end: number }, message: string): void {
    this.#problems.push({ start: where.start, end: where.end, message });
  }
}
