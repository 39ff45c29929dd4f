import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import type { Pseudonymizer } from '../../shared/pseudonym';

/**
 * The rules of opgave selection rounds: secret ballots, the count of ballots and paper, the losing side and its
 * wisdom. Pure; table-tested in __tests__/selection.rules.test.ts.
 */

export enum RoundStatus {
  /** Ballots can be cast and changed, a paper tally added. */
  OPEN = 'OPEN',
  /** Counted; waiting for the minority's wisdom before the decision is taken. */
  COUNTED = 'COUNTED',
  /** The decision is taken and on the podium; the chosen opgaven are SELECTED. */
  DECIDED = 'DECIDED',
  /** Cancelled by the regisseur without a decision (a tie nobody could break); its ballots were never counted. */
  CANCELLED = 'CANCELLED',
}

export function roundStatus(r: { closedAt: Date | null; decisionId: number | null; cancelledAt?: Date | null }): RoundStatus {
  if (r.cancelledAt !== undefined && r.cancelledAt !== null) return RoundStatus.CANCELLED;
  if (r.closedAt === null) return RoundStatus.OPEN;
  return r.decisionId === null ? RoundStatus.COUNTED : RoundStatus.DECIDED;
}

/**
 * The key of one voter's ballot in one round: a keyed hash under the server's secret (the pseudonym key, with its
 * own domain), so the database holds choices that only this voter's own request can find again.
 */
export function ballotKey(hash: Pseudonymizer, roundId: number, userId: number): string {
  return hash(roundId, `ballot\u0000${userId}`);
}

/** The key of one writer's minority wisdom: another domain, so it cannot be matched with their ballot's key. */
export function wisdomKey(hash: Pseudonymizer, roundId: number, userId: number): string {
  return hash(roundId, `wisdom\u0000${userId}`);
}

/** The writer key of the wisdom a paper meeting's minority gave (recorded by the regisseur). */
export const PAPER_WISDOM_KEY = 'paper';

/** Why a ballot of these opgave ids is not valid in a round of `seats`, or null: at least one, at most `seats`, each once. */
export function ballotProblem(opgaveIds: readonly number[], seats: number): string | null {
  if (opgaveIds.length === 0) return 'Choose at least one opgave.';
  if (opgaveIds.length > seats) return `Choose at most ${seats}.`;
  if (new Set(opgaveIds).size !== opgaveIds.length) return 'An opgave is chosen twice.';
  return null;
}

/** Each option's votes: the ballots for it plus its paper tally. */
export function combinedTally(
  options: readonly { opgaveId: number; paperVotes: number | null }[],
  ballots: ReadonlyMap<number, number>,
): { id: number; votes: number; ballots: number; paper: number }[] {
  return options.map((o) => {
    const online = ballots.get(o.opgaveId) ?? 0;
    const paper = o.paperVotes ?? 0;
    return { id: o.opgaveId, votes: online + paper, ballots: online, paper };
  });
}

/** The ballot keys whose every choice lost: the voters on the losing side. */
export function losingKeys(choices: readonly { ballotKey: string; opgaveId: number }[], selected: ReadonlySet<number>): string[] {
  const won = new Map<string, boolean>();
  for (const c of choices) won.set(c.ballotKey, (won.get(c.ballotKey) ?? false) || selected.has(c.opgaveId));
  return [...won].filter(([, w]) => !w).map(([key]) => key);
}

/** Whether the paper tally has a losing side: votes for an opgave that was not chosen. */
export function paperLosingSide(tally: readonly { id: number; paper: number }[], selected: ReadonlySet<number>): boolean {
  return tally.some((t) => t.paper > 0 && !selected.has(t.id));
}

/**
 * The minority position the decision carries: the wisdoms as written, without names, in an order that says nothing
 * about who wrote first (sorted by text). Null when there is none.
 */
export function publishedWisdom(texts: readonly string[]): string | null {
  const lines = texts.map((t) => t.trim()).filter((t) => t !== '');
  return lines.length === 0 ? null : [...lines].sort((a, b) => a.localeCompare(b, 'nl')).join('\n\n');
}

/** The stored Dutch text of a round's decision, naming the paper tally when there was one. */
export function roundDecisionText(seats: number, onBallot: number, chosenTitles: readonly string[], ballots: number, paper: number): string {
  const what = onBallot === 1 ? 'opgave' : 'opgaven';
  const how = paper > 0 ? `${ballots} stemmen online en ${paper} op papier, geteld op een bewonersbijeenkomst` : `${ballots} stemmen online`;
  return `Gekozen door bewoners in een geheime stemronde (${how}): ${seats} van de ${onBallot} ${what}, ${chosenTitles.join('; ')}.`;
}

/**
 * Why a round cannot be cancelled, or null when it can: only an open round is (also one whose last day passed and
 * whose count was refused for a tie, which stays open). A counted round has its losing side invited already and
 * goes on to its decision; a decided one is on the podium.
 */
export function cancelProblem(status: RoundStatus): Problem | null {
  if (status === RoundStatus.CANCELLED) return problem(ErrorCode.INVALID_STATE, 'This round is cancelled already.', 'input.roundId');
  if (status !== RoundStatus.OPEN) {
    return problem(ErrorCode.INVALID_STATE, 'Only an open round is cancelled: this one is counted or decided already.', 'input.roundId');
  }
  return null;
}
