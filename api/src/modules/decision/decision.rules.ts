import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { OverlegKind, OverlegStatus } from '../overleg/overleg.entity';

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

/** The overleg a proposal's decision names, as the rule reads it. */
export interface DecidingOverleg {
  kind: OverlegKind;
  heldOn: string;
  status: OverlegStatus;
}

/**
 * Where a proposal's decision is taken (the seed: the beleidsoverleg of week 5; "voor spoedzaken ... een ad hoc
 * overleg"): it names a beleidsoverleg, or an ad hoc meeting for an urgent proposal, held (not called off) on or before
 * the decision's date. A selection of opgaven is decided by its own round and does not come here.
 */
export function decidingOverlegProblem(overleg: DecidingOverleg | null, urgent: boolean, decidedOn: string): Problem | null {
  const field = 'input.overlegId';
  if (overleg === null) return problem(ErrorCode.INVALID_INPUT, 'Name the overleg where the decision was taken.', field);
  const kinds = urgent ? [OverlegKind.BELEIDSOVERLEG, OverlegKind.AD_HOC] : [OverlegKind.BELEIDSOVERLEG];
  if (!kinds.includes(overleg.kind)) {
    return problem(
      ErrorCode.INVALID_INPUT,
      urgent ? 'An urgent proposal is decided in a beleidsoverleg or an ad hoc meeting.' : 'A proposal is decided in a beleidsoverleg.',
      field,
    );
  }
  if (overleg.status === OverlegStatus.CANCELLED) return problem(ErrorCode.INVALID_STATE, 'This overleg was called off.', field);
  if (overleg.heldOn > decidedOn) return problem(ErrorCode.INVALID_INPUT, 'The overleg is held after the date of the decision.', field);
  return null;
}
