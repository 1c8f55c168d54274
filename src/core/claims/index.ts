import { Shared } from '../model/shared';
import { ClaimColumns, ReadClaim } from '../model/claim-columns';
import type { Block, Claim, Cue, Entity, Figure, Reason, Role, Section, Span } from '../model/model';
import type { Sentences } from '../parse/units';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon';
import { DEFAULT_ROLES, DESCRIPTIVE_BIT, POSITION_BITS, headedPositions, type RoleLexicon } from '../lexicon/roles';
import { DEFAULT_CLAIM_RULES, type HeadingFrameRule } from '../lexicon/claim-rules';
import type { Memo } from '../parse/memo';
import { tokenise, type Tokens } from '../parse/tokens';
import { wordTable, type WordTable } from './words';
import { cuesOfWords } from './cues';
import { evidenceBySentence, evidenceCues, sortedBy, startOf } from './evidence';
import { contextReasons, decideCategory, Means, zero, type Context, type Mean, type Scores } from './category';
import { firstWord, frame, headingFrame, ownWeight, ownWordTerms, institutionNames, leadingClause, quoteAttribution, type Framed } from './frames';
import { actorsAlone, eventsAsTime, figurativeWords, shiftWords } from './shifts';
import { paragraphEchoes } from './echo';
import { outOfCompany, wordsOutOfCompany } from './company';
import { inCompany, wordsInCompany } from './kept';
import { describes, notices, records, roleWords, type RoleWords } from './roles';
import { roleOf } from './role-of';
import { recommendationsOf } from './recommendations';
import { reasonPoints } from './reasons-announced';
import { fitted, fittedWith, Numbered } from './order';
export { lexiconCues } from './cues';
export { roleWords, type RoleWords } from './roles';
export { roleOf } from './role-of';

/**
 * Claims: every body sentence read as the pipeline of a claim — its words
 * (lexicon cues from the shared token stream) and its role cues
 * (`words.ts`, `roles.ts`); the cues of its figures and places (`evidence.ts`);
 * its category from its own score and the context of its paragraph and
 * section (`category.ts`); its role from the role rules and its position
 * (`roles.ts`). Rules and weights are data (claims.json, roles.json,
 * categories.json); each claim's `why` names the rules that decided it.
 */

/** What a sentence's own words say: lexicon cues and role cues, with offsets from its start. */
export interface SentenceWords {
  readonly cues: readonly Cue[];
  /** The lexicon cues' weights by category. */
  readonly scores: Readonly<Scores>;
  readonly roles: RoleWords;
}

/** Everything {@link scoreClaims} reads. */
export interface ClaimInput {
  readonly text: string;
  /** Body sentences in document order, as columns (`sentenceColumns` makes them of a list). */
  readonly sentences: Sentences;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  /** Figures in document order, with the index of the sentence holding them (-1 for none). */
  readonly figures: readonly Figure[];
  readonly figureSentence: ArrayLike<number>;
  readonly entities: readonly Entity[];
  readonly lexicon?: Lexicon;
  /** The shared token stream of `text`, if read already: taken (set to null) and let go once the words are read. */
  tokens?: Tokens | null;
  /** Sentences read before, by their text (see `Reader`). */
  readonly memo?: Memo<SentenceWords>;
  /** Counts the steps taken over words and mentions (for tests of the work done). */
  readonly work?: { steps: number };
}

/**
 * Reads a sentence from its own text — its lexicon cues, their weights by
 * category and its role words — so that a sentence that did not change keeps
 * its reading (with a memo).
 */
function readSentence(table: WordTable, roles: RoleLexicon, span: Span, first: number, last: number, memo: Memo<SentenceWords> | undefined): SentenceWords {
  const sentence = table.text.slice(span.start, span.end);
  const read = (): SentenceWords => {
    const cues = cuesOfWords(table, first, last, span.end, span.start);
    const scores = zero();
    for (const cue of cues) if (cue.category) scores[cue.category] += cue.weight;
    return { cues, scores, roles: roleWords(sentence, roles) };
  };
  return memo ? memo.get(sentence, read) : read();
}

/** Scores every body sentence and reads its role. */
export function scoreClaims(input: ClaimInput): Claim[] {
  const { text, sentences, blocks } = input;
  const lexicon = input.lexicon ?? DEFAULT_LEXICON;
  // A lexicon built by hand may leave out the rules: the built-in ones then.
  const roles = lexicon.roles ?? DEFAULT_ROLES;
  const rules = lexicon.claims ?? DEFAULT_CLAIM_RULES;
  const work = input.work ?? { steps: 0 };
  const n = sentences.length;
  const evidence = evidenceBySentence(sentences, input.figures, input.figureSentence, input.entities, work);
  let tokens: Tokens | null = input.tokens ?? tokenise(text);
  input.tokens = null;
  let table: WordTable | null = wordTable(text, tokens, lexicon);
  // One table for the reading: each reason is made once, and equal reason lists and category scores are kept once
  // (on a claim-dense document most claims share them).
  const shared = new Shared();
  // Whether the text is in a union's own voice ("Member States"): only then are "the Union" and its like names of who acts (frames.ts).
  const voice = rules.ownVoicePattern;
  if (voice) voice.lastIndex = 0;
  const ownVoice = voice !== null && voice.test(text);
  // Each section's heading frame (methodology, about the authors …), read once per section.
  // Sentences come in order of their sections: the last section's frame is all that is kept.
  let heading: { section: number; hit: { row: HeadingFrameRule; title: string } | null } | null = null;
  const headingOf = (section: number | null) => {
    if (section === null || rules.compiledHeadings.length === 0) return null;
    if (heading?.section !== section) {
      const title = input.sections[section]?.title ?? '';
      const row = headingFrame(title, rules);
      heading = { section, hit: row ? { row, title } : null };
    }
    return heading.hit;
  };
  // Per sentence until its claim is made, then let go; raw scores as numbers of the distinct ones (4 bytes a sentence, not 8).
  const raw = new Int32Array(n);
  const rawNumbers = new Numbered<Readonly<Scores>>();
  const rawOf = (s: number) => rawNumbers.at(raw[s]);
  // Each sentence's first token and the one after its last, for how the document uses its words (kept.ts).
  const firstToken = new Int32Array(n);
  const endToken = new Int32Array(n);
  // Equal scores are kept once: most sentences of a claim-dense document have the same ones (all zero, or one figure's cue).
  const rawScores = new Shared();
  // Scores once each sentence's frames are read: what the context and the decision weigh (only sentences with a frame: most have none).
  const framed = new Map<number, Framed>();
  // Summed by paragraph and by section as they come: the context a careful reader brings to a sentence.
  const paragraphMeans = new Means(blocks.length);
  const sectionMeans = new Means(input.sections.length + 1);
  const cues: (Cue[] | undefined)[] = new Array(n);
  const settings = new Map<number, string>(); // Places a sentence names only as where something happens, as written (settings.ts).
  // Only the role cues are read again: a sentence's own cues and scores are let go once copied.
  const sentenceRoles: (RoleWords | undefined)[] = new Array(n);
  let t = 0;
  for (let s = 0; s < n; s++) {
    const span = { start: sentences.start[s], end: sentences.end[s] };
    // Sentences and words are both in order: one pass over the words for all sentences.
    while (t < tokens.count && tokens.start[t] < span.start) t++;
    let end = t;
    while (end < tokens.count && tokens.start[end] < span.end) end++;
    const words = readSentence(table, roles, span, t, end, input.memo);
    firstToken[s] = t;
    endToken[s] = end;
    t = end;
    const at = span.start;
    let found: Cue[] = words.cues.length ? words.cues.map((cue) => ({ ...cue, start: cue.start + at, end: cue.end + at })) : NO_CUES;
    // Every sentence's role words are held until its claim is made: whether the document argues at all (describes) needs them all.
    sentenceRoles[s] = words.roles;
    // The sentence's own scores, copied only when its figures and places add to them (never changed after).
    let scores: Readonly<Scores> = words.scores;
    if (evidence.figureCount(s) || evidence.placeCount(s)) {
      const added = { ...words.scores };
      const more = evidenceCues(evidence.figuresOf(s), evidence.placesOf(s), rules, text, (named) => settings.set(s, named.map((p) => text.slice(p.start, p.end)).join(', ')));
      for (const cue of more) if (cue.category) added[cue.category] += cue.weight;
      // Joined at their exact length: pushed one by one, the list would hold room for 16 more until its claim is made.
      if (more.length) found = found.concat(more);
      scores = added;
    }
    raw[s] = rawNumbers.number(rawScores.scores(scores));
    cues[s] = found;
  }
  work.steps += table.lookups;
  // How the document itself uses its words: one written all through it out of its category's company names its subject.
  const company = wordsOutOfCompany(cues as Cue[][], rules);
  const kept = wordsInCompany(tokens, firstToken, endToken, rawOf, cues as Cue[][], rules);
  const held = new Set<Cue>(); // The cues an opening clause, an attribution or a name has damped in the sentence being read: each once, by the first.
  for (let s = 0; s < n; s++) {
    const at = sentences.start[s];
    const found = cues[s]!;
    const scores = rawOf(s);
    const sentence = text.slice(at, sentences.end[s]);
    const inBlock = sentences.block[s];
    // Before the frames are read: an opening clause counts less than the main clause; names of institutions and laws, words of who acts
    // or where standing alone and events named to say when tell who or when, not what about (frames.ts); some words shift (shifts.ts).
    let current: Readonly<Scores> = scores;
    const before: Reason[] = [];
    const step = (done: { scores: Scores; reasons: readonly Reason[] } | null) => {
      if (!done) return;
      current = done.scores;
      before.push(...done.reasons);
    };
    held.clear();
    const setting = settings.get(s);
    if (setting !== undefined) before.push(shared.of(rules.placeSetting!.id, rules.placeSetting!.weight, 'category', setting));
    const lead = leadingClause(sentence, at, found, current, rules, shared, held);
    step(lead && { scores: lead.scores, reasons: [lead.reason] });
    const quoted = quoteAttribution(sentence, at, found, current, rules, shared, held);
    step(quoted && { scores: quoted.scores, reasons: [quoted.reason] });
    const names = institutionNames(sentence, at, found, current, rules, shared, ownVoice, held);
    step(names);
    step(eventsAsTime(sentence, at, found, current, rules, shared));
    step(actorsAlone(sentence, at, found, current, rules, shared));
    step(outOfCompany(sentence, at, found, current, company, rules, shared));
    step(inCompany(tokens, firstToken[s], endToken[s], current, kept, rules, shared));
    step(shiftWords(sentence, at, found, current, rules, shared));
    step(figurativeWords(sentence, at, found, current, rules, shared));
    // A background frame's words only in an opening clause ("According to its annual report, …") frame nothing (claim:frame-in-opening-clause).
    const comma = rules.openingFrame && rules.leadingOpener?.test(sentence) ? sentence.indexOf(',') : -1;
    const opening = comma > 0 ? { end: comma, rule: rules.openingFrame! } : null;
    // Clause-bound frame words after the sentence's first own category word and a clause break frame nothing (claim:frame-in-later-clause).
    const later = rules.laterClause ? { first: firstWord(found, text, at), rule: rules.laterClause, own: rules.ownWordsRule ? { rule: rules.ownWordsRule, weight: ownWeight(found, held, text, at) } : undefined } : null;
    const read = frame(sentence, current, rules.compiledFrames, shared, headingOf(blocks[inBlock].section), opening, later, ownWordTerms(found, held, text));
    const framing = before.length ? { ...read, reasons: [...before, ...read.reasons], named: names?.named } : read;
    // Kept only when a frame was read: most sentences have none, and their reading dies young.
    if (framing.reasons.length) framed.set(s, framing);
    paragraphMeans.add(inBlock, framing.scores);
    sectionMeans.add((blocks[inBlock].section ?? -1) + 1, framing.scores);
  }
  tokens = table = null; // The stream and its word table are read by the passes above alone: let go before the claims are made.
  // What each sentence's paragraph says with its own words: an agreement that is only the same words again.
  const echoes = paragraphEchoes(cues as Cue[][], (s) => sentences.block[s]);
  // Paragraph and section means with their reasons, made as each paragraph and section is reached (they come in order).
  let context: Context | null = null;
  let sectionKey: number | null = null;
  let section: { mean: Mean; reasons: readonly Reason[] } = { mean: { ...zero(), n: 0 }, reasons: [] };
  // The role of the opening sentence of the current paragraph: a paragraph opened by background stays background.
  let openingRole: Role | null = null;
  // The role of the last sentence before the current list: the lead-in its items continue.
  let leadInRole: Role | null = null;
  // Whether that lead-in tells of the past (its items record what was done), or says what the list covers or requires (a rule of `scopes`).
  let leadInNarrates = false, leadInScopes = false;
  // A document that describes rather than argues reads its unmarked sentences as description; one that records its proceedings, or calls for tenders, has its own positions.
  const register = (describes(sentenceRoles as RoleWords[], roles) ? DESCRIPTIVE_BIT : 0) | (records(sentenceRoles as RoleWords[], roles) ? POSITION_BITS.inRecord : 0) | (notices(text, sentences.start, sentences.end, roles) ? POSITION_BITS.inNotice : 0);
  // Whether the sentence before asked a question (its role words are let go once its claim is made).
  let previousAsks = false;
  // The role the sentence before was read with (a thesis is what the sentences after it in its paragraph argue for).
  let previousRole: Role | null = null;
  // What follows a recommendation says what is for it: within its paragraph, and in the paragraph after one of theses ending with it; the numbered points after an announcement of reasons give them.
  const follows = recommendationsOf(roles, blocks.length, sentences, sentenceRoles as RoleWords[]), reasonsAnnounced = reasonPoints(text, sentences.start, sentences.end, (s) => blocks[sentences.block[s]].section, sentenceRoles as RoleWords[], roles);
  const headed = (section: number | null) => (section === null ? 0 : headedPositions(roles, input.sections[section]?.title));
  const claims: Claim[] = new Array(n);
  // The claims' cues and figures are kept in columns, made into lists when asked for (model/claim-columns.ts).
  const columns = new ClaimColumns();
  for (let s = 0; s < n; s++) {
    const inBlock = sentences.block[s];
    const block = blocks[inBlock];
    if (!context || inBlock !== sentences.block[s - 1]) {
      const key = block.section ?? -1;
      if (sectionKey !== key) {
        const mean = sectionMeans.of(key + 1);
        section = { mean, reasons: contextReasons(mean, rules.sectionRule, shared) };
        sectionKey = key;
      }
      const paragraph = paragraphMeans.of(inBlock);
      context = { paragraph, section: section.mean, reasons: [...contextReasons(paragraph, rules.paragraphRule, shared), ...section.reasons] };
    }
    const names = evidence.figureCount(s) > 0 || evidence.entityCount(s) > 0;
    const category = decideCategory(rawOf(s), context, cues[s]!, text, rules, shared, framed.get(s), names, echoes.get(s) ?? null, evidence.placeCount(s));
    const previous = s > 0 ? sentences.block[s - 1] : -1; // The blocks of the sentences before and after (-1 for none).
    const next = s + 1 < n ? sentences.block[s + 1] : -1;
    let position = register;
    if (previous !== inBlock) position |= POSITION_BITS.firstInParagraph;
    if (previous < 0 || blocks[previous].section !== block.section) position |= POSITION_BITS.firstInSection;
    if (next < 0) position |= POSITION_BITS.lastInDocument;
    if (next !== inBlock) position |= POSITION_BITS.lastInParagraph;
    if (next < 0 || blocks[next].section !== block.section) position |= POSITION_BITS.lastInSection;
    if (block.kind === 'listItem') position |= POSITION_BITS.listItem;
    position |= headed(block.section);
    if (previous === inBlock && previousAsks) position |= POSITION_BITS.afterQuestion;
    if (previous === inBlock && previousRole === 'thesis') position |= POSITION_BITS.afterThesis;
    if (!(position & POSITION_BITS.firstInParagraph) && openingRole === 'statement') position |= POSITION_BITS.inBackground;
    if (block.kind === 'listItem' && (leadInRole === 'evidence' || leadInNarrates)) position |= POSITION_BITS.afterEvidence;
    if (block.kind === 'listItem' && leadInScopes) position |= POSITION_BITS.afterScope;
    if (next === inBlock && sentenceRoles[s + 1]!.turns) position |= POSITION_BITS.beforeTurn;
    position |= follows.before(inBlock, block.section, position) | (reasonsAnnounced[s] ? POSITION_BITS.afterReasons : 0);
    const ownRoles = sentenceRoles[s]!;
    const scene = { text, at: sentences.start[s], figures: evidence.figuresOf(s), position, entities: evidence.entityCount(s), previous: position & POSITION_BITS.firstInParagraph ? null : previousRole };
    const role = roleOf(ownRoles, scene, roles, shared);
    follows.after(role);
    if (position & POSITION_BITS.firstInParagraph) openingRole = role.role;
    if (block.kind !== 'listItem') { leadInRole = role.role; leadInNarrates = !ownRoles.presentGeneral; leadInScopes = role.reasons.some((r) => roles.scopes.has(r.rule)); }
    previousAsks = ownRoles.question;
    previousRole = role.role;
    // Lists kept with the claim are at their exact length (an array grown by push holds room for 16 more):
    // the sentence's cues and its evidence lists are made so and become the claim's own, with no copy.
    const claimCues = role.cue ? fittedWith(cues[s]!, role.cue) : cues[s]!;
    sortedBy(claimCues, startOf);
    const why = shared.list(role.reasons.length ? category.reasons.concat(role.reasons) : fitted(category.reasons));
    sentenceRoles[s] = cues[s] = undefined;
    framed.delete(s);
    echoes.delete(s);
    const fields = {
      start: sentences.start[s],
      end: sentences.end[s],
      section: block.section,
      block: inBlock,
      why,
      categories: shared.scores(category.categories),
      primary: category.primary,
      secondary: category.secondary,
      confidence: category.confidence,
      role: role.role,
      entities: evidence.entityIdsOf(s),
    };
    claims[s] = new ReadClaim(fields, columns, columns.add(claimCues, evidence.figureIndicesOf(s)));
  }
  columns.fit();
  return claims;
}

/** The cues of a sentence that has none, one frozen list for all (a claim's list is sorted in place, an empty one left as it is). */
const NO_CUES = Object.freeze([]) as unknown as Cue[];
