import { daysBetween } from '../../shared/local-date';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';

/**
 * The money rules of the algemene voorziening: an amount for a span of days counts pro rata by calendar days over the
 * part of a period it overlaps (a convenant's budget in the overview, a funding agreement in the flows, a year's plan in
 * a quarter's variance), and net positions follow from the flows between pairs. Pure; table-tested.
 */

export interface Span {
  startsOn: string;
  endsOn: string;
}

/** Days of `span` that fall in [from, to], both included; 0 when they do not overlap. */
export function overlapDays(span: Span, from: string, to: string): number {
  const start = span.startsOn > from ? span.startsOn : from;
  const end = span.endsOn < to ? span.endsOn : to;
  return Math.max(0, daysBetween(start, end) + 1);
}

/** The exact share of `amountCents` for [from, to]: amount × overlapping days ÷ days of the span. Not rounded. */
export function proRataShare(amountCents: number, span: Span, from: string, to: string): number {
  const length = daysBetween(span.startsOn, span.endsOn) + 1;
  return length > 0 ? (amountCents * overlapDays(span, from, to)) / length : 0;
}

/**
 * The share rounded to whole cents, half up, in exact integer arithmetic (amounts up to EUR 10 billion times ten years of
 * days do not fit a double exactly). A funding agreement counts up to `countsUntil` (the day it ended), never beyond its
 * own end.
 */
export function proRataCents(amountCents: number, span: Span, from: string, to: string, countsUntil: string | null = null): number {
  const length = BigInt(daysBetween(span.startsOn, span.endsOn) + 1);
  const until = countsUntil !== null && countsUntil < to ? countsUntil : to;
  const days = BigInt(overlapDays(span, from, until));
  if (length <= 0n || days === 0n) return 0;
  return Number((2n * BigInt(amountCents) * days + length) / (2n * length));
}

/** The budget of the convenants that fall in [from, to], pro rata by calendar days, rounded once; null without any. */
export function proRataBudget(budgets: readonly (Span & { budgetCents: number })[], from: string, to: string): number | null {
  if (budgets.length === 0) return null;
  return Math.round(budgets.reduce((total, b) => total + proRataShare(b.budgetCents, b, from, to), 0));
}

export interface FlowRow {
  fromProviderId: number;
  toProviderId: number;
  agreedCents: number;
  paidCents: number;
}

export interface PositionRow {
  providerId: number;
  receivedCents: number;
  paidCents: number;
  netCents: number;
  agreedReceivedCents: number;
  agreedPaidCents: number;
  agreedNetCents: number;
}

/** Net positions from the pairs: what each provider received and paid, agreed and actually. */
export function positionsOf(flows: readonly FlowRow[]): PositionRow[] {
  const byProvider = new Map<number, PositionRow>();
  const of = (providerId: number): PositionRow => {
    let row = byProvider.get(providerId);
    if (!row) {
      row = { providerId, receivedCents: 0, paidCents: 0, netCents: 0, agreedReceivedCents: 0, agreedPaidCents: 0, agreedNetCents: 0 };
      byProvider.set(providerId, row);
    }
    return row;
  };
  for (const f of flows) {
    const payer = of(f.fromProviderId);
    payer.paidCents += f.paidCents;
    payer.agreedPaidCents += f.agreedCents;
    const receiver = of(f.toProviderId);
    receiver.receivedCents += f.paidCents;
    receiver.agreedReceivedCents += f.agreedCents;
  }
  return [...byProvider.values()]
    .map((r) => ({ ...r, netCents: r.receivedCents - r.paidCents, agreedNetCents: r.agreedReceivedCents - r.agreedPaidCents }))
    .sort((a, b) => a.providerId - b.providerId);
}

/** Sums agreed and paid amounts per pair (from → to), ordered by payer and then receiver. */
export function flowsOf(entries: readonly { fromProviderId: number; toProviderId: number; agreedCents: number; paidCents: number }[]): FlowRow[] {
  const byPair = new Map<string, FlowRow>();
  for (const e of entries) {
    const key = `${e.fromProviderId}:${e.toProviderId}`;
    const row = byPair.get(key) ?? { fromProviderId: e.fromProviderId, toProviderId: e.toProviderId, agreedCents: 0, paidCents: 0 };
    row.agreedCents += e.agreedCents;
    row.paidCents += e.paidCents;
    byPair.set(key, row);
  }
  return [...byPair.values()].sort((a, b) => a.fromProviderId - b.fromProviderId || a.toProviderId - b.toProviderId);
}

/** An agreement's period and status, as the rules of its dates read them. */
export interface AgreementDates {
  periodStart: string;
  periodEnd: string;
}

/** Why a payment on this date is refused, or null: it lies within the agreement's period and is not in the future. */
export function paymentDateProblem(agreement: AgreementDates, paidOn: string, today: string): Problem | null {
  const field = 'input.paidOn';
  if (paidOn > today) return problem(ErrorCode.INVALID_INPUT, 'A payment cannot be recorded before it is made.', field);
  if (paidOn < agreement.periodStart || paidOn > agreement.periodEnd) {
    return problem(
      ErrorCode.INVALID_INPUT,
      `A payment lies within the agreement's period, ${agreement.periodStart} to ${agreement.periodEnd}.`,
      field,
    );
  }
  return null;
}

/**
 * Why ending on this date is refused, or null: not in the future and not after the period. An agreement whose period
 * has started ends within it; one for a future period ends today, before it ever counted.
 */
export function endDateProblem(agreement: AgreementDates, endedOn: string, today: string): Problem | null {
  const field = 'input.endedOn';
  if (endedOn > today) return problem(ErrorCode.INVALID_INPUT, 'The end date must not be in the future.', field);
  if (endedOn > agreement.periodEnd) return problem(ErrorCode.INVALID_INPUT, 'The end date must not be after the period ends.', field);
  if (agreement.periodStart > today) {
    return endedOn === today ? null : problem(ErrorCode.INVALID_INPUT, 'An agreement for a future period ends today.', field);
  }
  return endedOn < agreement.periodStart ? problem(ErrorCode.INVALID_INPUT, 'The end date must not be before the period starts.', field) : null;
}
