import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';

/**
 * The minority rule of a decision (the seed: the minority's position is recorded with the decision): whenever anyone
 * voted against, the decision records the minority's position. The service refuses such a decision with this problem,
 * and the database's CHECK decision_minority_check answers the same (db/constraint-problems.ts) for a path that slips
 * past the service. The database trims spaces only; the rule trims all white space, so the rule is the stricter.
 */
export const MINORITY_POSITION_REQUIRED: Problem = problem(
  ErrorCode.MINORITY_POSITION_REQUIRED,
  "Someone voted against: record the minority's position with the decision.",
  'input.minorityPosition',
);

/** True when votes against were cast and no minority position is given. A selection vote has no votes against. */
export function minorityPositionMissing(votesAgainst: number | null, minorityPosition: string | null | undefined): boolean {
  return (votesAgainst ?? 0) > 0 && (minorityPosition ?? '').trim() === '';
}
