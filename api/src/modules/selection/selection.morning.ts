import type { MorningSource } from '../notification/morning';
import { ownerTransaction } from '../../jobs/owner-db';
import { countRound, ROUND_COLUMNS, type RoundRow } from './selection.count';

/**
 * Each morning, the open rounds whose last day has passed are counted as the regisseur's close would (ballots can be
 * cast through the whole of `closesOn`). A round with a tie for the last seat stays open, for a meeting's paper tally
 * to break it; the regisseur sees the tie when closing by hand. Needs the server's keyed hash to find the losing side:
 * a worker started without it leaves the rounds to the regisseur.
 */
export const selectionRoundCloser: MorningSource = {
  name: 'selection rounds past their last day',
  async run(deps, on) {
    const hash = deps.ballotHash;
    if (!hash) return;
    const due = await ownerTransaction(deps.pool, (tx) =>
      tx.query<{ id: number; municipalityId: number }>(
        `SELECT id, municipality_id AS "municipalityId" FROM opgave_selection_round WHERE closed_at IS NULL AND closes_on < $1 ORDER BY id`,
        [on],
      ),
    );
    for (const { id, municipalityId } of due) {
      await ownerTransaction(deps.pool, async (tx) => {
        // As a request of the municipality would: the ballot functions and events read it from the settings.
        await tx.query(`SELECT set_config('app.municipality_id', $1, true)`, [String(municipalityId)]);
        const [round] = await tx.query<RoundRow>(
          `SELECT ${ROUND_COLUMNS} FROM opgave_selection_round r WHERE r.id = $1 AND r.closed_at IS NULL FOR UPDATE`,
          [id],
        );
        if (!round) return;
        const counted = await countRound(tx, { municipalityId, hash, today: on }, round);
        if (!counted.ok) deps.logger.warn('a selection round could not be counted', { round: id, problems: counted.problems.map((p) => p.code) });
      });
    }
  },
};
