import type { RequestDb } from '../../db/request-db';
import { batchLoaders } from '../../shared/loader-utils';

export interface OptionView {
  roundId: number;
  opgaveId: number;
  title: string;
  description: string | null;
  paperVotes: number | null;
  votes: number | null;
  rank: number | null;
  selected: boolean | null;
}

export function createSelectionLoaders(db: RequestDb, municipalityId: number) {
  const { list, one } = batchLoaders(db, municipalityId);
  return {
    optionsByRoundId: list<OptionView>(
      `SELECT x.round_id AS "roundId", x.opgave_id AS "opgaveId", o.title, o.description, x.paper_votes AS "paperVotes", x.votes, x.rank, x.selected
         FROM opgave_selection_option x JOIN opgave o ON o.id = x.opgave_id
        WHERE x.round_id = ANY($1) AND x.municipality_id = $2 ORDER BY x.round_id, x.rank NULLS LAST, o.title`,
      (r) => r.roundId,
    ),
    ballotsCastByRoundId: one<{ roundId: number; count: number }>(
      `SELECT round_id AS "roundId", count(*)::int AS count FROM ballot_receipt WHERE round_id = ANY($1) AND municipality_id = $2 GROUP BY round_id`,
      (r) => r.roundId,
    ),
    wisdomsByRoundId: list<{ roundId: number; text: string }>(
      `SELECT round_id AS "roundId", text FROM opgave_selection_wisdom WHERE round_id = ANY($1) AND municipality_id = $2 ORDER BY round_id, text`,
      (r) => r.roundId,
    ),
  };
}
export type SelectionLoaders = ReturnType<typeof createSelectionLoaders>;
