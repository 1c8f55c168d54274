import { keyAt, type Tokens } from '../parse/tokens';

/** The form key of tokens `first..last`: a possessive inside a name is kept ("people's republic of china"). */
export function spanKey(tokens: Tokens, first: number, last: number): string {
  let key = keyAt(tokens, first);
  for (let i = first + 1; i <= last; i++) key += `${tokens.possessive[i - 1] ? "'s" : ''} ${keyAt(tokens, i)}`;
  return key;
}
