import { MAX_BUDGET_CENTS } from '../../shared/bounds';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { ConvenantStatus } from './convenant.entity';

/** What the rules read of a convenant. */
export interface ConvenantTerms {
  status: ConvenantStatus;
  startsOn: string;
  endsOn: string;
  budgetCents: number;
}

/** What the rules read of a party: its provider (null: the municipality), signature and the days it joined or left. */
export interface PartyTerms {
  providerId: number | null;
  signedAt: Date | null;
  joinedOn: string | null;
  leftOn: string | null;
}

const REASON_MAX = 2000;

/**
 * In force on a day: signed by every party (IN_FORCE) and the day within its dates. A convenant for 2041 signed today
 * is IN_FORCE but not in force today.
 */
export function inForceOn(c: Pick<ConvenantTerms, 'status' | 'startsOn' | 'endsOn'>, day: string): boolean {
  return c.status === ConvenantStatus.IN_FORCE && c.startsOn <= day && day <= c.endsOn;
}

/** Whether two periods (both ends included) share a day. */
export function periodsOverlap(a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** A party on a day: signed, joined on or before it (the original parties from the start), and not yet left. */
export function partyOn(p: PartyTerms, day: string): boolean {
  return p.signedAt !== null && (p.joinedOn === null || p.joinedOn <= day) && (p.leftOn === null || day < p.leftOn);
}

/** The provider parties of a convenant today and from now on: those that have not left (joining ones have signed). */
export function currentProviderIds(parties: readonly PartyTerms[]): number[] {
  return parties.filter((p) => p.providerId !== null && p.leftOn === null).map((p) => p.providerId as number);
}

export const OVERLAP_MESSAGE = 'Another convenant of the municipality is in force on a day of this period.';

function reasonProblems(reason: string): Problem[] {
  const trimmed = reason.trim();
  if (trimmed === '') return [problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'input.reason')];
  if (trimmed.length > REASON_MAX) return [problem(ErrorCode.INVALID_INPUT, `Must be at most ${REASON_MAX} characters.`, 'input.reason')];
  return [];
}

/** The state a convenant must be in to be amended or ended early: signed by all and not yet past its end. */
function changeableProblems(c: ConvenantTerms, today: string): Problem[] {
  if (c.status !== ConvenantStatus.IN_FORCE) {
    return [problem(ErrorCode.INVALID_STATE, `Only a convenant in force can be changed; this one is ${c.status}.`, 'input.convenantId')];
  }
  if (c.endsOn < today) return [problem(ErrorCode.INVALID_STATE, 'This convenant has ended.', 'input.convenantId')];
  return [];
}

/** The new budget, when given: whole cents, zero or more, within the bound of a convenant's budget. */
function budgetProblems(cents: number | null | undefined): Problem[] {
  if (cents === undefined || cents === null) return [];
  if (!Number.isSafeInteger(cents) || cents < 0)
    return [problem(ErrorCode.INVALID_INPUT, 'Must be a whole number of zero or more.', 'input.budgetCents')];
  const max = MAX_BUDGET_CENTS;
  const shown = (max / 100).toLocaleString('en-US');
  if (cents > max) return [problem(ErrorCode.AMOUNT_OUT_OF_RANGE, `Must be at most ${max} cents (EUR ${shown}).`, 'input.budgetCents')];
  return [];
}

export interface AmendmentInput {
  budgetCents?: number | null;
  endsOn?: string | null;
  joining: readonly number[];
  leaving: readonly number[];
  reason: string;
}

/** The problems of a proposed amendment of a convenant with these parties; `activeProviderIds` may join. */
export function amendmentProblems(
  c: ConvenantTerms,
  parties: readonly PartyTerms[],
  input: AmendmentInput,
  activeProviderIds: readonly number[],
  today: string,
): Problem[] {
  const state = changeableProblems(c, today);
  if (state.length > 0) return state;
  const problems = reasonProblems(input.reason);
  const current = currentProviderIds(parties);
  const budgetChanges = input.budgetCents !== undefined && input.budgetCents !== null && input.budgetCents !== c.budgetCents;
  const endChanges = input.endsOn !== undefined && input.endsOn !== null && input.endsOn !== c.endsOn;
  if (!budgetChanges && !endChanges && input.joining.length === 0 && input.leaving.length === 0) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'An amendment changes the budget, the end date or the parties.', 'input'));
  }
  problems.push(...budgetProblems(input.budgetCents));
  if (endChanges && input.endsOn) {
    if (input.endsOn < today) problems.push(problem(ErrorCode.INVALID_INPUT, 'The new end date must not be in the past.', 'input.endsOn'));
    else if (input.endsOn < c.startsOn)
      problems.push(problem(ErrorCode.INVALID_INPUT, 'The end date must not be before the start date.', 'input.endsOn'));
  }
  if (new Set([...input.joining, ...input.leaving]).size !== input.joining.length + input.leaving.length) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A provider can join or leave, not both, and only once.', 'input.partiesJoining'));
  }
  if (input.joining.some((id) => current.includes(id))) {
    problems.push(problem(ErrorCode.DUPLICATE, 'This provider is a party already.', 'input.partiesJoining'));
  } else if (input.joining.some((id) => !activeProviderIds.includes(id))) {
    problems.push(
      problem(ErrorCode.NOT_FOUND, 'One or more providers cannot join: they are not active providers of this municipality.', 'input.partiesJoining'),
    );
  }
  if (input.leaving.some((id) => !current.includes(id))) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Only a party can leave.', 'input.partiesLeaving'));
  } else if (current.length + input.joining.length - input.leaving.length < 1) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A convenant keeps at least one provider as party.', 'input.partiesLeaving'));
  }
  return problems;
}

/** The problems of ending a convenant early on `endsOn`: on or after today, before its current end. */
export function endEarlyProblems(c: ConvenantTerms, endsOn: string, reason: string, today: string): Problem[] {
  const state = changeableProblems(c, today);
  if (state.length > 0) return state;
  const problems = reasonProblems(reason);
  if (endsOn < today) problems.push(problem(ErrorCode.INVALID_INPUT, 'The end date must not be in the past.', 'input.endsOn'));
  else if (endsOn >= c.endsOn)
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Ending early: the end date must be before the current end date.', 'input.endsOn'));
  else if (endsOn < c.startsOn) problems.push(problem(ErrorCode.INVALID_INPUT, 'The end date must not be before the start date.', 'input.endsOn'));
  return problems;
}

/** The problems of renewing a convenant for a next period, which starts after this one ends. */
export function renewProblems(c: ConvenantTerms, next: { startsOn: string; endsOn: string }): Problem[] {
  const problems: Problem[] = [];
  if (c.status === ConvenantStatus.DRAFT || c.status === ConvenantStatus.OPEN_FOR_SIGNING) {
    problems.push(problem(ErrorCode.INVALID_STATE, `Only a signed convenant can be renewed; this one is ${c.status}.`, 'input.convenantId'));
  }
  if (next.startsOn <= c.endsOn) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'The next period starts after this convenant ends.', 'input.startsOn'));
  }
  return problems;
}

/** One version of a convenant: its terms from `effectiveOn`, and what made it (null for the original). */
export interface VersionTerms<S> {
  number: number;
  kind: 'ORIGINAL' | 'AMENDMENT' | 'EARLY_END';
  effectiveOn: string;
  budgetCents: number;
  endsOn: string;
  providerIds: number[];
  reason: string | null;
  amendmentId: number | null;
  signatures: S[];
}

/** An amendment or early end: its new terms, the terms before it, and the day it took effect (once in effect). */
export interface AmendmentTerms {
  id: number;
  kind: 'AMENDMENT' | 'EARLY_END';
  status: string;
  reason: string;
  budgetCents: number | null;
  endsOn: string | null;
  previousBudgetCents: number;
  previousEndsOn: string;
  effectiveOn: string | null;
}

/**
 * The versions of a convenant, oldest first: the original (its first terms, the original parties and their
 * signatures), then one per amendment or early end in effect. Each amendment keeps the values before it, so the
 * original's budget and end date are those before the first change.
 */
export function versionsOf<S extends { providerId: number | null; change?: string }>(
  c: { startsOn: string; endsOn: string; budgetCents: number },
  parties: readonly (PartyTerms & S)[],
  amendments: readonly AmendmentTerms[],
  signaturesOf: (amendmentId: number) => readonly S[],
): VersionTerms<S>[] {
  const inEffect = amendments.filter((a) => a.status === 'IN_EFFECT');
  const original = inEffect[0];
  let budgetCents = original ? original.previousBudgetCents : c.budgetCents;
  let endsOn = original ? original.previousEndsOn : c.endsOn;
  const originals = parties.filter((p) => p.joinedOn === null);
  let providerIds = originals.flatMap((p) => (p.providerId === null ? [] : [p.providerId]));
  const versions: VersionTerms<S>[] = [
    {
      number: 1,
      kind: 'ORIGINAL',
      effectiveOn: c.startsOn,
      budgetCents,
      endsOn,
      providerIds,
      reason: null,
      amendmentId: null,
      signatures: [...originals],
    },
  ];
  for (const a of inEffect) {
    const signatures = signaturesOf(a.id);
    budgetCents = a.budgetCents ?? budgetCents;
    endsOn = a.endsOn ?? endsOn;
    const leaving = signatures.filter((s) => s.change === 'LEAVES').map((s) => s.providerId);
    const joining = signatures.flatMap((s) => (s.change === 'JOINS' && s.providerId !== null ? [s.providerId] : []));
    providerIds = [...providerIds.filter((id) => !leaving.includes(id)), ...joining];
    versions.push({
      number: versions.length + 1,
      kind: a.kind,
      effectiveOn: a.effectiveOn ?? c.startsOn,
      budgetCents,
      endsOn,
      providerIds,
      reason: a.reason,
      amendmentId: a.id,
      signatures: [...signatures],
    });
  }
  return versions;
}
