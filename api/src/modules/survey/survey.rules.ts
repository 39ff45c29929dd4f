import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { addDays } from '../../shared/local-date';

/** The rules of the Wmo client experience survey (cliëntervaringsonderzoek): pure, table-tested. */

/**
 * The questions, in the order the resident sees them: the access, quality and outcome questions of the VNG standard
 * set. Stored by position in `survey_answer.scores`, so the order is fixed: new questions go at the end.
 */
export const SURVEY_QUESTIONS = [
  'KNEW_WHERE_TO_GO',
  'HELPED_QUICKLY',
  'TAKEN_SERIOUSLY',
  'SOLUTIONS_TOGETHER',
  'QUALITY_GOOD',
  'DO_WHAT_I_WANT',
  'MANAGE_BETTER',
  'QUALITY_OF_LIFE',
] as const;
export type SurveyQuestionCode = (typeof SURVEY_QUESTIONS)[number];

/** The five-point scale plus "weet ik niet"; the score stored (0: no answer, which "weet ik niet" counts as). */
export const SURVEY_SCALE = {
  STRONGLY_AGREE: 5,
  AGREE: 4,
  NEUTRAL: 3,
  DISAGREE: 2,
  STRONGLY_DISAGREE: 1,
  DONT_KNOW: 0,
} as const;
export type SurveyScaleValue = keyof typeof SURVEY_SCALE;

/** Agreeing: "helemaal mee eens" or "mee eens". */
export const isAgreeing = (score: number): boolean => score >= SURVEY_SCALE.AGREE;

/** The open question's longest answer. */
export const OPEN_ANSWER_MAX = 2000;
/** A code works this many days after it was issued. */
export const CODE_LIFETIME_DAYS = 60;
/** A long-running arrangement gets a code at most once in this many months. */
export const CODE_INTERVAL_MONTHS = 12;
/** The smallest number of responses a survey figure is shown for (docs/disclosure-control.md). */
export const SURVEY_THRESHOLD = 10;
/** Wrong codes one network address may try in the window before it is refused for the rest of it. */
export const CODE_GUESSES_PER_ADDRESS = 20;
export const CODE_GUESS_WINDOW_MINUTES = 60;

// ---------------------------------------------------------------------------------------------------------------
// Codes

/** 32 characters without look-alikes (no 0 and O, no 1 and I): five bits a character, so drawing them has no bias. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Ten characters: 50 bits, far beyond what the guessing limit lets anyone try (docs/transformation.md). */
export const CODE_LENGTH = 10;

/** A new code, grouped for reading aloud and typing: `K7PM3-XW9QD`. */
export function newSurveyCode(bytes: Buffer = randomBytes(CODE_LENGTH)): string {
  const chars = [...bytes.subarray(0, CODE_LENGTH)].map((b) => CODE_ALPHABET[b & 31] ?? '');
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/**
 * The code as typed, in its one stored form (ten characters, no dash), or null when it cannot be a code: upper case,
 * spaces and dashes left out, so "k7pm3 xw9qd" works too.
 */
export function normaliseSurveyCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]+$/.test(code) ? code : null;
}

/** Only this hash is stored: the code itself is shown to the representative once. */
export const hashSurveyCode = (normalised: string): Buffer => createHash('sha256').update(`survey:${normalised}`, 'utf8').digest();

/** The web client's page a code opens. */
export const surveyPath = (code: string): string => `/ervaring/${code}`;

/** The last day a code issued on `issuedOn` works: it expires at the start of its expiry date. */
export const codeExpiresOn = (issuedOn: string): string => addDays(issuedOn, CODE_LIFETIME_DAYS);

export type SurveyCodeState = 'VALID' | 'USED' | 'EXPIRED' | 'UNKNOWN';

/** Used wins over expired (it happened first); a code is valid until the day before its expiry date. */
export function surveyCodeState(code: { used: boolean; expiresOn: string } | null, today: string): SurveyCodeState {
  if (code === null) return 'UNKNOWN';
  if (code.used) return 'USED';
  return today >= code.expiresOn ? 'EXPIRED' : 'VALID';
}

/** The userError of a code that cannot be answered with; null for a valid one. */
export function surveyCodeProblem(state: SurveyCodeState | 'LIMITED', field = 'input.code'): Problem | null {
  switch (state) {
    case 'VALID':
      return null;
    case 'UNKNOWN':
      return problem(ErrorCode.NOT_FOUND, 'This survey code does not exist.', field);
    case 'USED':
      return problem(ErrorCode.LINK_USED, 'This survey code was used already.', field);
    case 'EXPIRED':
      return problem(ErrorCode.LINK_EXPIRED, 'This survey code has expired.', field);
    case 'LIMITED':
      return problem(ErrorCode.INVALID_STATE, 'Too many wrong survey codes were tried from here. Try again in an hour.', field);
  }
}

/** What decides whether a code may be issued for an arrangement. */
export interface IssueFacts {
  status: 'REQUESTED' | 'ACTIVE' | 'PAUSED' | 'ENDED';
  endedOn: string | null;
  /** The days the arrangement's earlier codes were issued. */
  issuedOn: readonly string[];
}

/** The date `months` calendar months before `date` (the 31st falls back to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * An ended arrangement gets one code after its end; a running one (active or paused) one per twelve months; a request
 * that has not started none (there is no support to ask about yet).
 */
export function issueProblem(facts: IssueFacts, today: string): Problem | null {
  const field = 'arrangementId';
  if (facts.status === 'REQUESTED') {
    return problem(ErrorCode.INVALID_STATE, 'The support has not started yet: a survey code is for support that was given.', field);
  }
  if (facts.status === 'ENDED') {
    const endedOn = facts.endedOn ?? today;
    return facts.issuedOn.some((d) => d >= endedOn)
      ? problem(ErrorCode.DUPLICATE, 'This arrangement got its survey code after its end already.', field)
      : null;
  }
  const since = monthsBefore(today, CODE_INTERVAL_MONTHS);
  return facts.issuedOn.some((d) => d > since)
    ? problem(ErrorCode.DUPLICATE, 'This arrangement got a survey code in the last 12 months already.', field)
    : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

export interface SubmittedAnswer {
  question: SurveyQuestionCode;
  answer: SurveyScaleValue;
}

/** The scores in question order (0 where not answered), or the problems of the answers given. */
export function scoresOf(answers: readonly SubmittedAnswer[], openAnswer: string | null): { scores: number[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const scores: number[] = SURVEY_QUESTIONS.map(() => 0);
  const seen = new Set<string>();
  for (const { question, answer } of answers) {
    if (seen.has(question)) problems.push(problem(ErrorCode.INVALID_INPUT, 'Each question is answered once.', 'input.answers'));
    seen.add(question);
    scores[SURVEY_QUESTIONS.indexOf(question)] = SURVEY_SCALE[answer];
  }
  const open = cleanOpenAnswer(openAnswer);
  if (open !== null && open.length > OPEN_ANSWER_MAX) {
    problems.push(problem(ErrorCode.INVALID_INPUT, `Must be at most ${OPEN_ANSWER_MAX} characters.`, 'input.openAnswer'));
  }
  if (scores.every((s) => s === 0) && open === null) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Answer at least one question.', 'input.answers'));
  }
  return problems.length > 0 ? { problems } : { scores };
}

// Control characters other than tab and line breaks: PostgreSQL cannot store NUL, and none of them belong in a text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The open answer as stored: trimmed, without control characters; null when nothing is left. */
export function cleanOpenAnswer(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(CONTROLS, '').trim();
  return text === '' ? null : text;
}

/** The share agreeing of those who answered the question; null when nobody did. */
export const shareAgreeing = (agreeing: number, answered: number): number | null => (answered === 0 ? null : agreeing / answered);

// ---------------------------------------------------------------------------------------------------------------
// Suppression

export type HiddenReason = 'BELOW_THRESHOLD' | 'MARGIN';

/** A cell of one dimension (a provider, a category) for one figure: `n` is the number of responses it is computed from. */
export interface SuppressionCell {
  key: string;
  n: number;
}

export interface SuppressionResult {
  hidden: Map<string, HiddenReason>;
  /** Whether the total of the dimension's cells must be left out too. */
  marginHidden: boolean;
}

/**
 * Which cells of one dimension are hidden when their total is shown. A cell with fewer responses than the threshold is
 * hidden (primary). Then, since the total minus the shown cells gives the hidden cells together, there must be two or
 * more hidden cells holding at least the threshold together: the next-smallest shown cell is hidden too until there
 * are (secondary). When
 * no cell is left to hide, or the total itself is below the threshold, the total is left out. Cells without responses
 * show nothing and hide nothing.
 */
export function suppressCells(cells: readonly SuppressionCell[], threshold: number, forced: ReadonlySet<string> = new Set()): SuppressionResult {
  const hidden = new Map<string, HiddenReason>();
  for (const c of cells) {
    if (c.n > 0 && (c.n < threshold || forced.has(c.key))) hidden.set(c.key, c.n < threshold ? 'BELOW_THRESHOLD' : 'MARGIN');
  }
  const total = cells.reduce((sum, c) => sum + c.n, 0);
  if (total > 0 && total < threshold) return { hidden, marginHidden: true };
  const hiddenSum = () => cells.reduce((sum, c) => sum + (hidden.has(c.key) ? c.n : 0), 0);
  // Smallest first; ties in key order, so the same data always hides the same cells.
  const candidates = cells.filter((c) => c.n > 0 && !hidden.has(c.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (hidden.size > 0 && (hidden.size < 2 || hiddenSum() < threshold)) {
    const next = candidates.shift();
    if (next === undefined) return { hidden, marginHidden: true };
    hidden.set(next.key, 'MARGIN');
  }
  return { hidden, marginHidden: false };
}

/**
 * Two dimensions over the same answers (providers and categories) can be subtracted from each other: when all of a
 * category's answers come from one provider, that provider minus the category is the provider's other answers, and
 * the other way round. Such a difference must hold none or at least the threshold; else the category cell is hidden.
 * `cross` holds n per provider and category.
 */
export function nestedDifferences(
  providers: readonly SuppressionCell[],
  categories: readonly SuppressionCell[],
  cross: readonly { provider: string; category: string; n: number }[],
  threshold: number,
): Set<string> {
  const hide = new Set<string>();
  for (const p of providers) {
    for (const c of categories) {
      const both = cross.find((x) => x.provider === p.key && x.category === c.key)?.n ?? 0;
      if (both === 0) continue;
      const nested = both === c.n || both === p.n;
      const difference = Math.abs(p.n - c.n);
      if (nested && difference > 0 && difference < threshold) hide.add(c.key);
    }
  }
  return hide;
}

// ---------------------------------------------------------------------------------------------------------------
// Masking open answers

/** What a masked phrase becomes in a quote. */
export const MASK = '[...]';

/**
 * The answer with every occurrence of each phrase (ignoring case) replaced by [...]. Phrases that do not occur are
 * problems, so a typo does not leave a name standing while the regisseur thinks it masked.
 */
export function maskText(text: string, phrases: readonly string[]): { masked: string } | { problems: Problem[] } {
  let masked = text;
  const problems: Problem[] = [];
  for (const raw of phrases) {
    const phrase = raw.trim();
    if (phrase === '') continue;
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    if (!pattern.test(masked)) {
      problems.push(problem(ErrorCode.INVALID_INPUT, 'This phrase does not occur in the answer.', 'input.phrases'));
      continue;
    }
    masked = masked.replace(pattern, MASK);
  }
  return problems.length > 0 ? { problems } : { masked };
}
