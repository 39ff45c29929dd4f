import { OpgaveStatus } from './opgave.entity';

/**
 * Status changes an opgave may make through `opgaveUpdate`. Becoming SELECTED from COLLECTED is not among them: an
 * opgave is chosen by the selection vote (`opgavenSelect`), which keeps the tally and the minority's wisdom. Back from
 * SELECTED to COLLECTED stays possible (a choice that is undone goes back on the list for the next vote).
 */
const BY_HAND: Record<OpgaveStatus, OpgaveStatus[]> = {
  [OpgaveStatus.COLLECTED]: [OpgaveStatus.DROPPED],
  [OpgaveStatus.SELECTED]: [OpgaveStatus.IN_PROGRESS, OpgaveStatus.COLLECTED, OpgaveStatus.DROPPED],
  [OpgaveStatus.IN_PROGRESS]: [OpgaveStatus.COMPLETED, OpgaveStatus.DROPPED],
  [OpgaveStatus.COMPLETED]: [],
  [OpgaveStatus.DROPPED]: [],
};

/** The statuses an opgave in `current` may be given by a change (not counting staying where it is). */
export function nextStatuses(current: OpgaveStatus): OpgaveStatus[] {
  return [...BY_HAND[current]];
}

/** Why a change from `from` to `to` is not allowed, or null when it is (staying in the same status always is). */
export function statusChangeProblem(from: OpgaveStatus, to: OpgaveStatus): string | null {
  if (from === to || BY_HAND[from].includes(to)) return null;
  if (from === OpgaveStatus.COLLECTED && to === OpgaveStatus.SELECTED) {
    return 'A collected opgave is chosen by the selection vote (opgavenSelect), not by a change of its status.';
  }
  return `An opgave cannot go from ${from} to ${to}.`;
}
