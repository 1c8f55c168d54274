/**
 * Whitespace as the analysers read it, by UTF-16 code unit: space, tab, line
 * breaks (LF, CR, U+2028), and the no-break, thin and narrow no-break spaces
 * that PDF dumps and typeset numbers ("12 000") carry.
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 13 || code === 9 ||
    code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x2028
  );
}
