import { NUMBER_BOUNDS } from '@regiekamer/texts';

/**
 * The rules of opgave selection (a majority picks a manageable number; the minority's wisdom is kept with the
 * decision) and of the ladder of ownership. Pure; table-tested in __tests__/participation.rules.test.ts.
 */

/** The ladder of ownership (trap van eigenaarschap): rung 1 is talking about residents, 5 deciding and doing together. */
export const LOWEST_RUNG = NUMBER_BOUNDS.ownershipRung.min;
export const HIGHEST_RUNG = NUMBER_BOUNDS.ownershipRung.max;

/** Ranks the ballot count by votes, most first; equal votes share a rank (1, 2, 2, 4). */
export function rankBallots<T extends { votes: number }>(ballots: readonly T[]): (T & { rank: number })[] {
  const sorted = [...ballots].sort((a, b) => b.votes - a.votes);
  return sorted.map((b) => ({ ...b, rank: sorted.findIndex((x) => x.votes === b.votes) + 1 }));
}

/**
 * The ballots tied for the last of `seats` seats (the last one in has as many votes as the first one out), or an
 * empty list: a tie is reported for a new vote, never broken by chance or by order.
 */
export function tiedForLastSeat<T extends { votes: number }>(ranked: readonly T[], seats: number): T[] {
  const lastIn = ranked[seats - 1];
  const firstOut = ranked[seats];
  if (lastIn === undefined || firstOut?.votes !== lastIn.votes) return [];
  return ranked.filter((b) => b.votes === lastIn.votes);
}

/**
 * The opgaven of the losing side: not chosen, yet voted for. Whenever there are any, the decision carries the minority's
 * wisdom (Deep Democracy): a 10–9 vote is not taken without what the 9 know.
 */
export function losingOpgaven<T extends { id: number; votes: number }>(ranked: readonly T[], seats: number): T[] {
  return ranked.slice(seats).filter((b) => b.votes > 0);
}

/** Whether the minority's wisdom is missing: there is a losing side and no text at all (about whichever opgave). */
export function minorityWisdomMissing(losing: readonly { id: number }[], wisdom: ReadonlyMap<number, string>): boolean {
  return losing.length > 0 && wisdom.size === 0;
}

/** The minority's wisdom as the decision records it: one line per opgave that has some, in the order of the count. */
export function minorityWisdomText(ranked: readonly { title: string; wisdom: string | undefined }[]): string | null {
  const lines = ranked.flatMap((b) => (b.wisdom === undefined ? [] : [`${b.title}: ${b.wisdom}`]));
  return lines.length === 0 ? null : lines.join('\n');
}

/**
 * The stored text of a selection decision, in Dutch: people read it as it is, beside the minutes of the meeting.
 * `Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, Eenzaamheid; Vervoer.`
 */
export function selectionDecisionText(seats: number, onBallot: number, chosenTitles: string[]): string {
  const what = onBallot === 1 ? 'opgave' : 'opgaven';
  return `Gekozen bij meerderheid van stemmen: ${seats} van de ${onBallot} ${what}, ${chosenTitles.join('; ')}.`;
}
