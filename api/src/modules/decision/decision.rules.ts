import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';

/**
 * The minority rule of a decision (the seed: the minority's position is recorded with the decision): whenever the
 * losing side is not empty (those against when adopted, those for when rejected), the decision records its position. The service refuses such a decision with this problem,
 * and the database's CHECK decision_minority_check answers the same (db/constraint-problems.ts) for a path that slips
 * past the service. The database trims spaces only; the rule trims all white space, so the rule is the stricter.
 */
export const MINORITY_POSITION_REQUIRED: Problem = problem(
  ErrorCode.MINORITY_POSITION_REQUIRED,
  "The losing side is not empty: record the minority's position with the decision.",
  'input.minorityPosition',
);

/**
 * True when the losing side has members and no minority position is given. `minority` is how many lost: those who
 * voted against an adopted proposal, or for a rejected one (see minorityCount in proposal/voice.rules.ts).
 */
export function minorityPositionMissing(minority: number | null, minorityPosition: string | null | undefined): boolean {
  return (minority ?? 0) > 0 && (minorityPosition ?? '').trim() === '';
}
