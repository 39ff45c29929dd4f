import type { DecidingOverleg } from './decision.rules';
import type { Queryable } from '../../db/database';
import type { Decision, DecisionKind, DecisionOutcome } from './decision.entity';
import { DECISION_COLUMNS } from './decision.loaders';
import { first } from '../../shared/loader-utils';

export interface DecisionWrite {
  municipalityId: number;
  kind: DecisionKind;
  decidedOn: string;
  outcome: DecisionOutcome;
  text: string;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  minorityPosition: string | null;
  responsible: string | null;
  overlegId: number | null;
  /** The part of the votes counted on paper (attendees without an account); absent: none. */
  paper?: { agree: number; disagree: number; abstain: number } | null;
  kerngroepAdviceWeighing?: string | null;
}

/** Writes a decision inside the caller's transaction; the services that decide (proposals, selections) check the rules first. */
export async function insertDecision(tx: Queryable, d: DecisionWrite): Promise<Decision> {
  const row = first(
    await tx.query<Decision>(
      `INSERT INTO decision AS d (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, votes_abstain, minority_position,
       responsible, overleg_id, paper_for, paper_against, paper_abstain, kerngroep_advice_weighing)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING ${DECISION_COLUMNS}`,
      [
        d.municipalityId,
        d.kind,
        d.decidedOn,
        d.outcome,
        d.text,
        d.votesFor,
        d.votesAgainst,
        d.votesAbstain,
        d.minorityPosition,
        d.responsible,
        d.overlegId,
        d.paper?.agree ?? null,
        d.paper?.disagree ?? null,
        d.paper?.abstain ?? null,
        d.kerngroepAdviceWeighing ?? null,
      ],
    ),
    'one Decision row',
  );
  return row;
}

/** The overleg a decision names, as its rule reads it; null when the municipality has none with this id. */
export async function decidingOverleg(tx: Queryable, municipalityId: number, overlegId: number): Promise<DecidingOverleg | null> {
  const [row] = await tx.query<DecidingOverleg>(`SELECT kind, held_on AS "heldOn", status FROM overleg WHERE id = $1 AND municipality_id = $2`, [
    overlegId,
    municipalityId,
  ]);
  return row ?? null;
}

/** Finds an overleg of the municipality inside a transaction: the decision may name where it was taken. */
export async function overlegExists(tx: Queryable, municipalityId: number, overlegId: number): Promise<boolean> {
  const rows = await tx.query<{ id: number }>(`SELECT id FROM overleg WHERE id = $1 AND municipality_id = $2`, [overlegId, municipalityId]);
  return rows.length > 0;
}
