import { TEXT_MAX } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import type { Clock } from '../../clock';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { Pseudonymizer } from '../../shared/pseudonym';
import { RequestService } from '../../shared/request-service';
import { first } from '../../shared/loader-utils';
import { countRound, decideRound, ROUND_COLUMNS, roundOptions, type RoundRow } from './selection.count';

export { ROUND_COLUMNS, type RoundRow } from './selection.count';
import { PARTICIPANT_ROLES } from '../../shared/module';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';
import { ballotKey, ballotProblem, cancelProblem, PAPER_WISDOM_KEY, roundStatus, RoundStatus, wisdomKey } from './selection.rules';

/** Round ids are opaque like the Node ids, but a round is no Node (its trail is its own, in the audit log). */
export const roundGlobalId = (id: number): string => Buffer.from(`OpgaveSelectionRound:${id}`, 'utf8').toString('base64url');
export function decodeRoundId(globalId: string): number | null {
  if (typeof globalId !== 'string' || globalId.length > 64) return null;
  const match = /^OpgaveSelectionRound:([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Who votes: every resident and client council member of the municipality (the seed: residents choose). */
export const VOTERS: readonly Role[] = PARTICIPANT_ROLES;

const NO_ROUND = problem(ErrorCode.NOT_FOUND, 'No selection round with this id.', 'input.roundId');

function decodeOpgaveIds(checks: Checks, field: string, ids: readonly string[]): number[] {
  return ids.flatMap((raw, i) => {
    const id = decodeIdOf('Opgave', raw);
    if (id === null) checks.add(`${field}.${i}`, 'No opgave with this id.', ErrorCode.NOT_FOUND);
    return id === null ? [] : [id];
  });
}

async function lockRound(tx: Queryable, id: number | null, municipalityId: number): Promise<RoundRow | null> {
  if (id === null) return null;
  const [row] = await tx.query<RoundRow>(
    `SELECT ${ROUND_COLUMNS} FROM opgave_selection_round r WHERE r.id = $1 AND r.municipality_id = $2 FOR UPDATE`,
    [id, municipalityId],
  );
  return row ?? null;
}

/** The refusal of the first of `ids` that is not on the round's ballot, at the field `fieldOf` its index; null when all are. */
async function offBallotProblem(
  tx: Queryable,
  roundId: number,
  ids: readonly number[],
  fieldOf: (index: number) => string,
): Promise<Outcome<never> | null> {
  const options = await roundOptions(tx, roundId);
  const outside = ids.findIndex((id) => !options.some((o) => o.opgaveId === id));
  return outside < 0 ? null : fail(problem(ErrorCode.NOT_FOUND, 'This opgave is not on the ballot of the round.', fieldOf(outside)));
}

/**
 * The round of `input` locked for a change that needs it in status `wanted`; refused when there is no such round, or
 * with `why` (words, or words made from the round) when it is in another status.
 */
async function lockRoundIn(
  tx: Queryable,
  viewer: Viewer,
  input: { roundId: string },
  wanted: RoundStatus,
  why: string | ((round: RoundRow) => string),
): Promise<Outcome<RoundRow>> {
  const round = await lockRound(tx, decodeRoundId(input.roundId), viewer.municipalityId);
  if (!round) return fail(NO_ROUND);
  return stateProblem(round, wanted, typeof why === 'string' ? why : why(round)) ?? ok(round);
}

function stateProblem(round: RoundRow, wanted: RoundStatus, message: string): Outcome<never> | null {
  return roundStatus(round) === wanted ? null : fail(problem(ErrorCode.INVALID_STATE, message, 'input.roundId'));
}

/**
 * Opgave selection rounds: the regisseur opens one over collected opgaven, residents and council members each cast a
 * secret ballot, a residents' meeting's paper tally can be added, the regisseur closes and counts (ties refused), the
 * losing side is invited to write the minority's wisdom, and the decision goes on the podium with the chosen opgaven
 * SELECTED once that wisdom is in (or at once, when nobody lost).
 */
export class SelectionService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly hash: Pseudonymizer,
  ) {
    super(db, clock);
  }

  async open(viewerOrNull: Viewer | null, input: { opgaveIds: string[]; seats: number; closesOn: string }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    const ids = decodeOpgaveIds(checks, 'input.opgaveIds', input.opgaveIds);
    if (input.opgaveIds.length < 2) checks.add('input.opgaveIds', 'A round needs at least two opgaven to choose from.');
    if (new Set(ids).size !== ids.length) checks.add('input.opgaveIds', 'An opgave is on the ballot twice.');
    checks.intRange('input.seats', input.seats, 1, Math.max(1, input.opgaveIds.length - 1));
    checks.notBefore('input.closesOn', input.closesOn, this.clock.today(), 'The round must close today or later.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const found = await tx.query<{ id: number; title: string; status: string }>(
        `SELECT o.id, o.title, o.status FROM opgave o WHERE o.id = ANY($1) AND o.municipality_id = $2 FOR UPDATE`,
        [ids, viewer.municipalityId],
      );
      const byId = new Map(found.map((o) => [o.id, o]));
      const late = new Checks();
      ids.forEach((id, i) => {
        const o = byId.get(id);
        if (!o) late.add(`input.opgaveIds.${i}`, 'No opgave with this id.', ErrorCode.NOT_FOUND);
        else if (o.status !== 'COLLECTED') {
          late.add(`input.opgaveIds.${i}`, `Only collected opgaven are voted on; "${o.title}" is ${o.status}.`, ErrorCode.INVALID_STATE);
        }
      });
      const [open] = await tx.query(`SELECT 1 FROM opgave_selection_round WHERE municipality_id = $1 AND closed_at IS NULL`, [viewer.municipalityId]);
      if (open) late.add('input', 'A selection round is open already: close it first.', ErrorCode.DUPLICATE);
      if (!late.ok) return fail<RoundRow>(...late.problems);
      const round = first(
        await tx.query<RoundRow>(
          `INSERT INTO opgave_selection_round AS r (municipality_id, seats, closes_on, opened_by_user_id) VALUES ($1, $2, $3, $4) RETURNING ${ROUND_COLUMNS}`,
          [viewer.municipalityId, input.seats, input.closesOn, viewer.userId],
        ),
        'the new round',
      );
      await tx.query(`INSERT INTO opgave_selection_option (municipality_id, round_id, opgave_id) SELECT $1, $2, unnest($3::bigint[])`, [
        viewer.municipalityId,
        round.id,
        ids,
      ]);
      return ok(round);
    });
  }

  /** The viewer's own ballot: replaces any earlier one of theirs while the round is open. The receipt says only that they voted. */
  async cast(viewerOrNull: Viewer | null, input: { roundId: string; opgaveIds: string[] }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, ...VOTERS);
    const checks = new Checks();
    const ids = decodeOpgaveIds(checks, 'input.opgaveIds', input.opgaveIds);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const locked = await lockRoundIn(tx, viewer, input, RoundStatus.OPEN, 'This round is closed: ballots can no longer be cast or changed.');
      if (!locked.ok) return locked;
      const round = locked.value;
      const ballot = new Checks();
      const wrong = ballotProblem(ids, round.seats);
      if (wrong !== null) ballot.add('input.opgaveIds', wrong);
      if (!ballot.ok) return fail<RoundRow>(...ballot.problems);
      const outside = await offBallotProblem(tx, round.id, ids, (i) => `input.opgaveIds.${i}`);
      if (outside) return outside;
      await tx.query(`SELECT app_ballot_replace($1, $2, $3)`, [round.id, ballotKey(this.hash, round.id, viewer.userId), ids]);
      await tx.query(
        `INSERT INTO ballot_receipt (municipality_id, round_id, user_id) VALUES ($1, $2, $3) ON CONFLICT (round_id, user_id) DO NOTHING`,
        [viewer.municipalityId, round.id, viewer.userId],
      );
      return ok(round);
    });
  }

  /** A residents' meeting's count on paper, per opgave, replacing an earlier one; marked as paper in the result. */
  async paperTally(
    viewerOrNull: Viewer | null,
    input: { roundId: string; note: string; tallies: { opgaveId: string; votes: number }[] },
  ): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.note', input.note, TEXT_MAX.default);
    const ids = decodeOpgaveIds(
      checks,
      'input.tallies',
      input.tallies.map((t) => t.opgaveId),
    );
    input.tallies.forEach((t, i) => {
      checks.nonNegativeInt(`input.tallies.${i}.votes`, t.votes);
    });
    if (input.tallies.length === 0) checks.add('input.tallies', 'Give the count of at least one opgave.');
    if (new Set(ids).size !== ids.length) checks.add('input.tallies', 'An opgave is counted twice.');
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const locked = await lockRoundIn(tx, viewer, input, RoundStatus.OPEN, 'This round is closed: its count is final.');
      if (!locked.ok) return locked;
      const round = locked.value;
      const outside = await offBallotProblem(tx, round.id, ids, (i) => `input.tallies.${i}.opgaveId`);
      if (outside) return outside;
      await tx.query(
        `UPDATE opgave_selection_option o SET paper_votes = coalesce(t.votes, 0)
           FROM opgave_selection_option x LEFT JOIN unnest($2::bigint[], $3::int[]) AS t(opgave_id, votes) ON t.opgave_id = x.opgave_id
          WHERE o.id = x.id AND x.round_id = $1`,
        [round.id, ids, input.tallies.map((t) => t.votes)],
      );
      const updated = await tx.query<RoundRow>(`UPDATE opgave_selection_round r SET paper_note = $2 WHERE r.id = $1 RETURNING ${ROUND_COLUMNS}`, [
        round.id,
        input.note.trim(),
      ]);
      return ok(first(updated, 'the round'));
    });
  }

  /**
   * Counts ballots and paper, ranks them (a tie for the last seat is refused, as for opgavenSelect) and marks the losing
   * side's receipts, who are invited privately to write the minority's wisdom. Without a losing side the decision is
   * taken at once; otherwise when the regisseur takes it (`opgaveSelectionDecide`), with at least one wisdom in.
   */
  async close(viewerOrNull: Viewer | null, input: { roundId: string }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.db.transaction(async (tx) => {
      const locked = await lockRoundIn(tx, viewer, input, RoundStatus.OPEN, 'This round is closed already.');
      if (!locked.ok) return locked;
      const round = locked.value;
      if (round.closesOn > this.clock.today()) {
        return fail<RoundRow>(
          problem(ErrorCode.INVALID_STATE, `This round closes on ${round.closesOn}: ballots can be cast until then.`, 'input.roundId'),
        );
      }
      return countRound(tx, { municipalityId: viewer.municipalityId, hash: this.hash, today: this.clock.today() }, round);
    });
  }

  /**
   * The minority's wisdom: a voter on the losing side writes (and may rewrite) theirs until the decision; the regisseur
   * writes the paper meeting's when its tally had a losing side. Stored without author or time.
   */
  async wisdomWrite(viewerOrNull: Viewer | null, input: { roundId: string; text: string }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, ...VOTERS);
    const checks = new Checks();
    checks.nonEmpty('input.text', input.text, TEXT_MAX.minorityWisdom);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const locked = await lockRoundIn(
        tx,
        viewer,
        input,
        RoundStatus.COUNTED,
        'The minority wisdom is written after the count and before the decision.',
      );
      if (!locked.ok) return locked;
      const round = locked.value;
      let key: string;
      if (viewer.role === Role.REGISSEUR) {
        const options = await tx.query<{ paper: boolean }>(
          `SELECT bool_or(coalesce(paper_votes, 0) > 0 AND NOT selected) AS paper FROM opgave_selection_option WHERE round_id = $1`,
          [round.id],
        );
        if (options[0]?.paper !== true) {
          return fail<RoundRow>(
            problem(ErrorCode.INVALID_STATE, 'The paper count has no losing side: the minority writes its own wisdom.', 'input.roundId'),
          );
        }
        key = PAPER_WISDOM_KEY;
      } else {
        const [receipt] = await tx.query(`SELECT 1 FROM ballot_receipt WHERE round_id = $1 AND user_id = $2 AND minority`, [round.id, viewer.userId]);
        if (!receipt)
          return fail<RoundRow>(problem(ErrorCode.INVALID_STATE, 'Only voters whose choice lost write the minority wisdom.', 'input.roundId'));
        key = wisdomKey(this.hash, round.id, viewer.userId);
      }
      await tx.query(
        `INSERT INTO opgave_selection_wisdom (municipality_id, round_id, writer_key, text) VALUES ($1, $2, $3, $4)
           ON CONFLICT (round_id, writer_key) DO UPDATE SET text = EXCLUDED.text`,
        [viewer.municipalityId, round.id, key, input.text.trim()],
      );
      return ok(round);
    });
  }

  /** Takes the decision of a counted round: required, at least one wisdom of the losing side. */
  async decide(viewerOrNull: Viewer | null, input: { roundId: string }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.db.transaction(async (tx) => {
      const locked = await lockRoundIn(tx, viewer, input, RoundStatus.COUNTED, (r) =>
        r.closedAt === null ? 'Close the round first.' : 'This round is decided already.',
      );
      if (!locked.ok) return locked;
      const round = locked.value;
      const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM opgave_selection_wisdom WHERE round_id = $1`,
        [round.id],
      );
      if (count === 0) {
        return fail<RoundRow>(
          problem(
            ErrorCode.MINORITY_POSITION_REQUIRED,
            "Some choices lost: the decision waits for the minority's wisdom (from a voter who lost, or the paper meeting's).",
            'input.roundId',
          ),
        );
      }
      return ok(await decideRound(tx, { municipalityId: viewer.municipalityId, hash: this.hash, today: this.clock.today() }, round));
    });
  }

  /**
   * Cancels an open round (one stuck on a tie, typically) without a decision: it is closed, so the next round can open,
   * and never counted; its ballots stay as secret as they were. Those who voted are told, with the reason.
   */
  async cancel(viewerOrNull: Viewer | null, input: { roundId: string; reason: string }): Promise<Outcome<RoundRow>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.reason', input.reason, TEXT_MAX.default);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const round = await lockRound(tx, decodeRoundId(input.roundId), viewer.municipalityId);
      if (!round) return fail<RoundRow>(NO_ROUND);
      const refused = cancelProblem(roundStatus(round));
      if (refused !== null) return fail<RoundRow>(refused);
      const cancelled = await tx.query<RoundRow>(
        `UPDATE opgave_selection_round r SET closed_at = now(), cancelled_at = now(), cancel_reason = $2 WHERE r.id = $1 RETURNING ${ROUND_COLUMNS}`,
        [round.id, input.reason.trim()],
      );
      await tx.query(`SELECT app_raise_event('selection_round_cancelled', $1)`, [round.id]);
      return ok(first(cancelled, 'the cancelled round'));
    });
  }

  /** The rounds, newest first: every role sees the ballot and the count; who chose what nobody sees. */
  async rounds(viewerOrNull: Viewer | null, limit: number): Promise<RoundRow[]> {
    const viewer = requireViewer(viewerOrNull);
    return this.db.query<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM opgave_selection_round r WHERE r.municipality_id = $1 ORDER BY r.id DESC LIMIT $2`, [
      viewer.municipalityId,
      Math.min(Math.max(1, limit), 50),
    ]);
  }

  /** The viewer's own ballot in a round (their choices' opgave ids), or null when they have none. */
  async myBallot(viewer: Viewer, roundId: number): Promise<number[] | null> {
    if (!VOTERS.includes(viewer.role)) return null;
    const rows = await this.db.query<{ opgaveId: number }>(`SELECT opgave_id AS "opgaveId" FROM app_ballot_of($1, $2)`, [
      roundId,
      [ballotKey(this.hash, roundId, viewer.userId)],
    ]);
    return rows.length === 0 ? null : rows.map((r) => r.opgaveId);
  }

  /** Whether the viewer is on the losing side of a counted round, and the wisdom they wrote (or null). */
  async myWisdom(viewer: Viewer, roundId: number): Promise<{ invited: boolean; text: string | null }> {
    if (!VOTERS.includes(viewer.role)) return { invited: false, text: null };
    const [receipt] = await this.db.query(`SELECT 1 FROM ballot_receipt WHERE round_id = $1 AND user_id = $2 AND minority`, [roundId, viewer.userId]);
    if (!receipt) return { invited: false, text: null };
    const [w] = await this.db.query<{ text: string }>(`SELECT text FROM opgave_selection_wisdom WHERE round_id = $1 AND writer_key = $2`, [
      roundId,
      wisdomKey(this.hash, roundId, viewer.userId),
    ]);
    return { invited: true, text: w?.text ?? null };
  }
}
