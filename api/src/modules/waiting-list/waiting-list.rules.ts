import { daysBetween } from '../../shared/local-date';
import { WaitingPriority } from './waiting-list.entity';

/**
 * The waiting list's rules (#21 "The waiting list"): days waited count from the request to today, a request past the
 * norm needs attention, and the list is ordered by priority, then by who waited longest. Pure; table-tested.
 */

/** Six weeks: the norm while the municipality has not set its own (waitingNormSet). */
export const DEFAULT_WAITING_NORM_DAYS = 42;
export const WAITING_NORM_BOUNDS = { min: 1, max: 365 } as const;
/** A note on a waiting request: a few sentences, never a file. */
export const WAITING_NOTE_MAX = 1000;

/** Days from the request to `today` (the day of the request itself is day 0). */
export function daysWaited(requestedOn: string, today: string): number {
  return Math.max(0, daysBetween(requestedOn, today));
}

/** Past the norm: waited more days than the norm allows (exactly the norm is still within it). */
export function pastNorm(days: number, normDays: number): boolean {
  return days > normDays;
}

const PRIORITY_RANK: Record<WaitingPriority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2 };

/** URGENT first, then HIGH, then NORMAL; within a priority the longest wait first, then the oldest request id. */
export function compareWaiting(
  a: { priority: WaitingPriority; daysWaited: number; id: number },
  b: { priority: WaitingPriority; daysWaited: number; id: number },
): number {
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.daysWaited - a.daysWaited || a.id - b.id;
}

/** A note as stored: trimmed, and null when nothing is left. */
export function normaliseNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
