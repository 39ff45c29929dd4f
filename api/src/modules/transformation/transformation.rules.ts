/**
 * The substitution figures as rules: provider cells rolled up into one cell per kind of provider, each published as the
 * overview publishes a cell (exact, or for analysts perturbed by the cell key of the arrangements it counts), shares from
 * the published values, and the money from care to lighter organisations against their hours. Pure; table-tested.
 */
import { KEY_SPACE, Measure, cellKey, derivedShown, perturbCount, perturbMagnitude } from '../monitor/disclosure.rules';
import type { FlowRow } from '../funding/funding.rules';
import { ProviderKind } from '../provider/provider.entity';

/** The kinds in the order they are shown: from the heaviest form of support to the lightest. */
export const KIND_ORDER: readonly ProviderKind[] = [ProviderKind.CARE, ProviderKind.WELFARE, ProviderKind.VOLUNTEER];
/** Kinds that count as the lighter forms care money should flow to. */
export const LIGHTER_KINDS: readonly ProviderKind[] = [ProviderKind.WELFARE, ProviderKind.VOLUNTEER];

type Numeric = number | string | null | undefined;
const num = (v: Numeric): number => (v === null || v === undefined ? 0 : Number(v));

/** One cell before publication: true counts and sums with the cell keys (sums of record keys modulo 2^32). */
export interface Cell {
  active: number;
  new: number;
  costCents: number;
  hoursDelivered: number;
  kActive: number;
  kNew: number;
}

/** A provider's counts with their keys, and its money, as the overview's SQL returns them. */
export interface ProviderCounts {
  providerId: number;
  active: Numeric;
  new: Numeric;
  kActive: Numeric;
  kNew: Numeric;
}
export interface ProviderMoney {
  providerId: number;
  costCents: Numeric;
  hoursDelivered: Numeric;
}

export const emptyCell = (): Cell => ({ active: 0, new: 0, costCents: 0, hoursDelivered: 0, kActive: 0, kNew: 0 });

/** Key sums add up modulo 2^32: the key of a union of disjoint cells is the sum of their keys. */
export const addKeys = (a: Numeric, b: Numeric): number => (num(a) + num(b)) % KEY_SPACE;

/** Adds a provider's counts and money into a cell (which it changes and returns). */
export function addInto(cell: Cell, counts: ProviderCounts | undefined, money: ProviderMoney | undefined): Cell {
  if (counts) {
    cell.active += num(counts.active);
    cell.new += num(counts.new);
    cell.kActive = addKeys(cell.kActive, counts.kActive);
    cell.kNew = addKeys(cell.kNew, counts.kNew);
  }
  if (money) {
    cell.costCents += num(money.costCents);
    // Hours are numeric(14,2): sum in hundredths so that 0.1 + 0.2 stays 0.3.
    cell.hoursDelivered = Math.round((cell.hoursDelivered + num(money.hoursDelivered)) * 100) / 100;
  }
  return cell;
}

/**
 * One cell per kind from the cells of its providers (a provider whose kind is unknown counts nowhere). Each arrangement
 * and report belongs to one provider, so counts, sums and keys of a kind are the sums of its providers'.
 */
export function rollUpByKind(
  counts: readonly ProviderCounts[],
  money: readonly ProviderMoney[],
  kindOf: (providerId: number) => ProviderKind | undefined,
): Map<ProviderKind, Cell> {
  const cells = new Map<ProviderKind, Cell>(KIND_ORDER.map((k) => [k, emptyCell()]));
  for (const c of counts) {
    const kind = kindOf(c.providerId);
    if (kind) addInto(cells.get(kind) ?? emptyCell(), c, undefined);
  }
  for (const m of money) {
    const kind = kindOf(m.providerId);
    if (kind) addInto(cells.get(kind) ?? emptyCell(), undefined, m);
  }
  return cells;
}

/** A cell as published. */
export interface Published {
  active: number;
  new: number;
  costCents: number;
  hoursDelivered: number;
}

/**
 * The published values of a cell: exact (threshold null), or for analysts exactly as `protect` (disclosure.rules.ts)
 * publishes the overview's active, new, costCents and hoursDelivered of the same set of arrangements.
 */
export function publish(cell: Cell, threshold: number | null): Published {
  if (threshold === null) return { active: cell.active, new: cell.new, costCents: cell.costCents, hoursDelivered: cell.hoursDelivered };
  return {
    active: perturbCount(cell.active, cellKey(cell.kActive, Measure.ACTIVE)),
    new: perturbCount(cell.new, cellKey(cell.kNew, Measure.NEW)),
    costCents: perturbMagnitude(cell.costCents, cell.active, cellKey(cell.kActive, Measure.COST)),
    hoursDelivered: perturbMagnitude(cell.hoursDelivered, cell.active, cellKey(cell.kActive, Measure.HOURS), 2),
  };
}

/** part / total to 4 decimals; null when the total is 0. */
export function share(part: number, total: number): number | null {
  return total > 0 ? Math.round((part / total) * 10000) / 10000 : null;
}

export interface KindFigures {
  kind: ProviderKind;
  activeArrangements: number;
  newArrangements: number;
  hoursDelivered: number;
  costCents: number;
  arrangementsShare: number | null;
  hoursShare: number | null;
  costShare: number | null;
}

/** The three kinds, published, each with its shares of the published totals. */
export function kindFigures(cells: ReadonlyMap<ProviderKind, Cell>, threshold: number | null): KindFigures[] {
  const published = KIND_ORDER.map((kind) => ({ kind, p: publish(cells.get(kind) ?? emptyCell(), threshold) }));
  const total = (pick: (p: Published) => number) => published.reduce((s, { p }) => s + pick(p), 0);
  const active = total((p) => p.active);
  const hours = total((p) => p.hoursDelivered);
  const cost = total((p) => p.costCents);
  return published.map(({ kind, p }) => ({
    kind,
    activeArrangements: p.active,
    newArrangements: p.new,
    hoursDelivered: p.hoursDelivered,
    costCents: p.costCents,
    arrangementsShare: share(p.active, active),
    hoursShare: share(p.hoursDelivered, hours),
    costShare: share(p.costCents, cost),
  }));
}

/** Cents per hour, rounded to the cent; null without hours. */
export function centsPerHour(cents: number, hours: number): number | null {
  return hours > 0 ? Math.round(cents / hours) : null;
}

/** Money agreed and paid to one lighter organisation by care providers. */
export interface Received {
  providerId: number;
  agreedCents: number;
  paidCents: number;
}

/**
 * The flows from CARE providers to WELFARE and VOLUNTEER organisations, summed per receiver (ordered by id); only
 * receivers with money agreed or paid, and with `receiver` set only that one.
 */
export function receivedFromCare(
  flows: readonly FlowRow[],
  kindOf: (providerId: number) => ProviderKind | undefined,
  receiver: number | null,
): Received[] {
  const byReceiver = new Map<number, Received>();
  for (const f of flows) {
    const to = kindOf(f.toProviderId);
    if (kindOf(f.fromProviderId) !== ProviderKind.CARE || to === undefined || !LIGHTER_KINDS.includes(to)) continue;
    if (receiver !== null && f.toProviderId !== receiver) continue;
    const row = byReceiver.get(f.toProviderId) ?? { providerId: f.toProviderId, agreedCents: 0, paidCents: 0 };
    row.agreedCents += f.agreedCents;
    row.paidCents += f.paidCents;
    byReceiver.set(f.toProviderId, row);
  }
  return [...byReceiver.values()].filter((r) => r.agreedCents > 0 || r.paidCents > 0).sort((a, b) => a.providerId - b.providerId);
}

export interface FundedHours {
  agreedCents: number;
  paidCents: number;
  hoursDelivered: number;
  agreedCentsPerHour: number | null;
  suppressed: string[];
}

/**
 * Money against hours for one receiver (or all receivers as one cell): the money exact, the hours published like the
 * overview's; for analysts the amount per hour is left out when the group's published active count is below the
 * threshold, as the overview leaves out cost per arrangement.
 */
export function fundedHours(money: { agreedCents: number; paidCents: number }, cell: Cell, threshold: number | null): FundedHours {
  const p = publish(cell, threshold);
  const out: FundedHours = {
    agreedCents: money.agreedCents,
    paidCents: money.paidCents,
    hoursDelivered: p.hoursDelivered,
    agreedCentsPerHour: centsPerHour(money.agreedCents, p.hoursDelivered),
    suppressed: [],
  };
  if (threshold !== null && !derivedShown(p.active, threshold) && out.agreedCentsPerHour !== null) {
    out.agreedCentsPerHour = null;
    out.suppressed.push('agreedCentsPerHour');
  }
  return out;
}
