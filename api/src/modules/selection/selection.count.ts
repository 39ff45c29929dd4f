import type { Queryable } from '../../db/database';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { first } from '../../shared/loader-utils';
import type { Pseudonymizer } from '../../shared/pseudonym';
import { DecisionKind, DecisionOutcome } from '../decision/decision.entity';
import { insertDecision } from '../decision/decision.service';
import { rankBallots, tiedForLastSeat } from '../participation/participation.rules';
import { ballotKey, combinedTally, losingKeys, paperLosingSide, publishedWisdom, roundDecisionText } from './selection.rules';

export const ROUND_COLUMNS = `r.id, r.seats, r.closes_on AS "closesOn", r.opened_at AS "openedAt", r.closed_at AS "closedAt",
  r.paper_note AS "paperNote", r.decision_id AS "decisionId", r.cancelled_at AS "cancelledAt", r.cancel_reason AS "cancelReason"`;

export interface RoundRow {
  id: number;
  seats: number;
  closesOn: string;
  openedAt: Date;
  closedAt: Date | null;
  paperNote: string | null;
  decisionId: number | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export interface OptionRow {
  opgaveId: number;
  title: string;
  paperVotes: number | null;
}

/** What counting a round needs besides its transaction: its municipality, the server's keyed hash and today. */
export interface CountContext {
  municipalityId: number;
  hash: Pseudonymizer;
  today: string;
}

/**
 * Counts an open round (locked by the caller) whose last day has come: ballots and paper, ranked (a tie for the last
 * seat is refused, as for opgavenSelect); marks the losing side's receipts, who are invited privately to write the
 * minority's wisdom. Without a losing side the decision is taken at once; otherwise when the regisseur takes it
 * (`opgaveSelectionDecide`), with at least one wisdom in. The regisseur's close and the morning's both count here.
 */
export async function countRound(tx: Queryable, c: CountContext, round: RoundRow): Promise<Outcome<RoundRow>> {
  const options = await roundOptions(tx, round.id);
  const online = await tx.query<{ opgaveId: number; votes: number }>(`SELECT opgave_id AS "opgaveId", votes FROM app_ballot_tally($1)`, [round.id]);
  const tally = combinedTally(options, new Map(online.map((t) => [t.opgaveId, t.votes])));
  const ranked = rankBallots(tally);
  const tied = tiedForLastSeat(ranked, round.seats);
  if (tied.length > 0) {
    const titles = tied.map((b) => `"${options.find((o) => o.opgaveId === b.id)?.title ?? ''}"`);
    return fail<RoundRow>(
      problem(
        ErrorCode.TIE,
        `A tie for the last seat: ${titles.join(', ')} each have ${first(tied, 'a tied opgave').votes} votes. A residents' meeting can break the tie: add its paper tally and close again.`,
        'input.roundId',
      ),
    );
  }
  const selected = new Set(ranked.slice(0, round.seats).map((b) => b.id));
  await tx.query(
    `UPDATE opgave_selection_option o SET votes = t.votes, rank = t.rank, selected = t.selected
       FROM unnest($2::bigint[], $3::int[], $4::int[], $5::boolean[]) AS t(opgave_id, votes, rank, selected)
      WHERE o.round_id = $1 AND o.opgave_id = t.opgave_id`,
    [round.id, ranked.map((b) => b.id), ranked.map((b) => b.votes), ranked.map((b) => b.rank), ranked.map((b) => selected.has(b.id))],
  );
  const losers = await losingVoters(tx, c.hash, round.id, selected);
  await tx.query(`UPDATE ballot_receipt SET minority = true WHERE round_id = $1 AND user_id = ANY($2)`, [round.id, losers]);
  await tx.query(`UPDATE opgave_selection_round SET closed_at = now() WHERE id = $1`, [round.id]);
  if (losers.length > 0) await tx.query(`SELECT app_raise_event('selection_wisdom_invited', $1)`, [round.id]);
  const [closedRound] = await tx.query<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM opgave_selection_round r WHERE r.id = $1`, [round.id]);
  if (closedRound === undefined) throw new Error(`round ${round.id} vanished while it was closed`);
  if (losers.length === 0 && !paperLosingSide(tally, selected)) return ok(await decideRound(tx, c, closedRound));
  return ok(closedRound);
}

/** The users every one of whose choices lost: found by reproducing each voter's key, never stored with their choices. */
async function losingVoters(tx: Queryable, hash: Pseudonymizer, roundId: number, selected: ReadonlySet<number>): Promise<number[]> {
  const voters = await tx.query<{ userId: number }>(`SELECT user_id AS "userId" FROM ballot_receipt WHERE round_id = $1`, [roundId]);
  const byKey = new Map(voters.map((v) => [ballotKey(hash, roundId, v.userId), v.userId]));
  const choices = await tx.query<{ ballotKey: string; opgaveId: number }>(
    `SELECT ballot_key AS "ballotKey", opgave_id AS "opgaveId" FROM app_ballot_of($1, $2)`,
    [roundId, [...byKey.keys()]],
  );
  const lost = losingKeys(
    choices.map((c) => ({ ballotKey: c.ballotKey, opgaveId: c.opgaveId })),
    selected,
  );
  return lost.flatMap((key) => {
    const user = byKey.get(key);
    return user === undefined ? [] : [user];
  });
}

/** The decision (kind OPGAVE_SELECTION with its opgave_selection rows, as opgavenSelect writes) and the chosen opgaven SELECTED. */
export async function decideRound(tx: Queryable, c: CountContext, round: RoundRow): Promise<RoundRow> {
  const options = await tx.query<{ opgaveId: number; title: string; votes: number; rank: number; selected: boolean; paperVotes: number | null }>(
    `SELECT x.opgave_id AS "opgaveId", o.title, x.votes, x.rank, x.selected, x.paper_votes AS "paperVotes"
       FROM opgave_selection_option x JOIN opgave o ON o.id = x.opgave_id WHERE x.round_id = $1 ORDER BY x.rank, x.opgave_id`,
    [round.id],
  );
  const wisdom = await tx.query<{ text: string }>(`SELECT text FROM opgave_selection_wisdom WHERE round_id = $1`, [round.id]);
  const paper = options.reduce((sum, o) => sum + (o.paperVotes ?? 0), 0);
  const total = options.reduce((sum, o) => sum + o.votes, 0);
  const chosen = options.filter((o) => o.selected);
  const decision = await insertDecision(tx, {
    municipalityId: c.municipalityId,
    kind: DecisionKind.OPGAVE_SELECTION,
    decidedOn: c.today,
    outcome: DecisionOutcome.ADOPTED,
    text: roundDecisionText(
      round.seats,
      options.length,
      chosen.map((o) => o.title),
      total - paper,
      paper,
    ),
    votesFor: null,
    votesAgainst: null,
    votesAbstain: null,
    minorityPosition: publishedWisdom(wisdom.map((w) => w.text)),
    responsible: null,
    overlegId: null,
  });
  await tx.query(
    `INSERT INTO opgave_selection (municipality_id, decision_id, opgave_id, votes, rank, selected)
     SELECT $1, $2, x.opgave_id, x.votes, x.rank, x.selected FROM opgave_selection_option x WHERE x.round_id = $3`,
    [c.municipalityId, decision.id, round.id],
  );
  await tx.query(
    `UPDATE opgave o SET status = 'SELECTED', version = version + 1, updated_at = now() WHERE o.id = ANY($1) AND o.status = 'COLLECTED'`,
    [chosen.map((o) => o.opgaveId)],
  );
  const decided = await tx.query<RoundRow>(`UPDATE opgave_selection_round r SET decision_id = $2 WHERE r.id = $1 RETURNING ${ROUND_COLUMNS}`, [
    round.id,
    decision.id,
  ]);
  return first(decided, 'the decided round');
}

export async function roundOptions(tx: Queryable, roundId: number): Promise<OptionRow[]> {
  const rows = await tx.query<OptionRow>(
    `SELECT x.opgave_id AS "opgaveId", o.title, x.paper_votes AS "paperVotes" FROM opgave_selection_option x JOIN opgave o ON o.id = x.opgave_id
      WHERE x.round_id = $1 ORDER BY x.opgave_id`,
    [roundId],
  );
  return rows.map((r) => ({ ...r, opgaveId: r.opgaveId }));
}
