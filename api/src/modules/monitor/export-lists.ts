import type { RequestDb } from '../../db/request-db';
import type { Viewer } from '../../shared/auth/viewer';
import { InputError } from '../../shared/errors/input-error';
import { toGlobalId } from '../../shared/graphql/global-id';
import { Role } from '../user/user.entity';
import { DecisionKind, DecisionOutcome } from '../decision/decision.entity';
import { DECISION_FILTER_WHERE, decisionFilterParams, type DecisionListFilter } from '../decision/decision-list';
import { ClientCouncilVerdict } from '../proposal/proposal.entity';

/**
 * The lists of the regisseur's accountability as exports (served by http/export-route.ts like the others): the
 * besluitenlijst (decisions.csv, with the filters of `decisionList`), proposals (by submission date) and quarter
 * reports (by quarter), for a period.
 * Each is one statement as the user: row security and the same limits as GraphQL. They are small (tens to hundreds
 * of rows a year), so they are read at once.
 */

export const DECISION_COLUMNS = [
  'id',
  'decidedOn',
  'kind',
  'outcome',
  'proposal',
  'text',
  'votesFor',
  'votesAgainst',
  'votesAbstain',
  'minorityPosition',
  'minorityConfirmedAt',
  'councilCheckedOn',
  'councilVerdict',
  'councilRemarks',
  'overleg',
  'responsible',
] as const;

export const PROPOSAL_COLUMNS = [
  'id',
  'title',
  'submittedOn',
  'urgent',
  'status',
  'decidedOn',
  'outcome',
  'minorityPosition',
  'feedbackOn',
  'councilCheckedOn',
  'councilVerdict',
] as const;

export const QUARTER_REPORT_COLUMNS = [
  'id',
  'provider',
  'year',
  'quarter',
  'submittedOn',
  'spentCents',
  'reviewedOn',
  'verdict',
  'reviewRemarks',
  'reviewActions',
] as const;

/** One optional enum parameter of the query string: absent, or one of its values (else bad input naming it). */
function enumParam<T extends string>(query: Record<string, unknown>, name: string, values: Record<string, T>): T | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  const found = Object.values(values).find((v) => v === value);
  if (found === undefined) throw new InputError(`"${name}" must be one of ${Object.values(values).join(', ')}.`, name);
  return found;
}

/** The besluitenlijst's filters from the query string: outcome, kind, councilVerdict, councilChecked (true|false). */
export function decisionExportFilter(query: Record<string, unknown>, period: { from: string; to: string }): DecisionListFilter {
  const checked = query.councilChecked;
  if (checked !== undefined && checked !== '' && checked !== 'true' && checked !== 'false') {
    throw new InputError('"councilChecked" must be true or false.', 'councilChecked');
  }
  return {
    from: period.from,
    to: period.to,
    outcome: enumParam(query, 'outcome', DecisionOutcome),
    kind: enumParam(query, 'kind', DecisionKind),
    councilVerdict: enumParam(query, 'councilVerdict', ClientCouncilVerdict),
    councilChecked: checked === 'true' ? true : checked === 'false' ? false : null,
  };
}

export async function* decisionRecords(db: RequestDb, viewer: Viewer, filter: DecisionListFilter): AsyncGenerator<Record<string, unknown>> {
  const rows = await db.query<Record<string, unknown> & { id: number }>(
    `SELECT d.id, d.decided_on AS "decidedOn", d.kind, d.outcome, p.title AS proposal, d.text, d.votes_for AS "votesFor",
            d.votes_against AS "votesAgainst", d.votes_abstain AS "votesAbstain",
            COALESCE(c.text, d.minority_position) AS "minorityPosition", c.confirmed_at AS "minorityConfirmedAt",
            p.council_checked_on AS "councilCheckedOn", p.council_verdict AS "councilVerdict", p.council_remarks AS "councilRemarks",
            o.title AS overleg, d.responsible
       FROM decision d LEFT JOIN proposal p ON p.decision_id = d.id
       LEFT JOIN decision_minority_confirmation c ON c.decision_id = d.id LEFT JOIN overleg o ON o.id = d.overleg_id
      WHERE ${DECISION_FILTER_WHERE}
      ORDER BY d.decided_on, d.id`,
    [viewer.municipalityId, ...decisionFilterParams(filter)],
  );
  for (const r of rows) yield { ...r, id: toGlobalId('Decision', r.id), minorityConfirmedAt: iso(r.minorityConfirmedAt) };
}

export async function* proposalRecords(db: RequestDb, viewer: Viewer, from: string, to: string): AsyncGenerator<Record<string, unknown>> {
  const rows = await db.query<Record<string, unknown> & { id: number }>(
    `SELECT p.id, p.title, p.submitted_on AS "submittedOn", p.urgent, p.status, d.decided_on AS "decidedOn", d.outcome,
            COALESCE(c.text, d.minority_position) AS "minorityPosition", p.feedback_on AS "feedbackOn",
            p.council_checked_on AS "councilCheckedOn", p.council_verdict AS "councilVerdict"
       FROM proposal p LEFT JOIN decision d ON d.id = p.decision_id LEFT JOIN decision_minority_confirmation c ON c.decision_id = d.id
      WHERE p.municipality_id = $1 AND p.submitted_on BETWEEN $2 AND $3 ORDER BY p.submitted_on, p.id`,
    [viewer.municipalityId, from, to],
  );
  for (const r of rows) yield { ...r, id: toGlobalId('Proposal', r.id) };
}

/**
 * The quarter reports of the quarters that start in the period (a calendar year gives its four); a provider's
 * representative gets their own provider's and the municipality-wide ones, as in GraphQL.
 */
export async function* quarterReportRecords(db: RequestDb, viewer: Viewer, from: string, to: string): AsyncGenerator<Record<string, unknown>> {
  const rows = await db.query<Record<string, unknown> & { id: number; reviewActions: string[] }>(
    `SELECT q.id, pr.name AS provider, q.year, q.quarter, q.submitted_on AS "submittedOn", q.spent_cents_at_submission AS "spentCents",
            q.reviewed_on AS "reviewedOn", q.verdict, q.review_remarks AS "reviewRemarks", q.review_actions AS "reviewActions"
       FROM quarter_report q LEFT JOIN provider pr ON pr.id = q.provider_id
      WHERE q.municipality_id = $1 AND make_date(q.year, q.quarter * 3 - 2, 1) BETWEEN $2 AND $3 AND ($4::bigint IS NULL OR q.provider_id IS NULL OR q.provider_id = $4)
      ORDER BY q.year, q.quarter, q.id`,
    [viewer.municipalityId, from, to, viewer.role === Role.PROVIDER_REP ? viewer.providerId : null],
  );
  for (const r of rows) yield { ...r, id: toGlobalId('QuarterReport', r.id), reviewActions: r.reviewActions.join(' | ') };
}

function iso(value: unknown): string | null {
  return value instanceof Date ? value.toISOString() : null;
}
