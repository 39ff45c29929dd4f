import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { Checks } from '../../shared/validation';
import { DecisionKind, type DecisionOutcome } from '../decision/decision.entity';
import { insertDecision, overlegExists } from '../decision/decision.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { Role } from '../user/user.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus, type Proposal } from './proposal.entity';
import { PROPOSAL_COLUMNS } from './proposal.loaders';
import { ProposalStep } from './proposal.payloads';
import { NORMAL_CYCLE, proposalSchedule, URGENT_CYCLE } from './proposal.schedule';
import { TEXT_MAX } from '@regiekamer/texts';

export const PROPOSAL_CODES = {
  MISSING_PERSPECTIVE: 'MISSING_PERSPECTIVE',
  MINORITY_POSITION_REQUIRED: 'MINORITY_POSITION_REQUIRED',
} as const;

export interface ProposalSubmit {
  title: string;
  description?: string | null;
  submittedOn: string;
  urgent?: boolean | null;
}

export interface PerspectiveRecord {
  perspective: Perspective;
  position: string;
  advice?: string | null;
  consultedConstituency: boolean;
}

export interface ProposalDecide {
  decidedOn: string;
  outcome: DecisionOutcome;
  text: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  minorityPosition?: string | null;
  overlegId?: string | null;
  responsible?: string | null;
}

export interface FeedbackRecord {
  residentsMeetingOn: string;
  summary: string;
}

export interface CouncilCheck {
  checkedOn: string;
  verdict: ClientCouncilVerdict;
  remarks?: string | null;
}

export interface ProposalListFilter {
  status?: ProposalStatus | null;
  overdue?: boolean | null;
}

const SIDES = [Perspective.RESIDENTS, Perspective.STAFF, Perspective.ORGANISATION];
const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No proposal with this id.', field);

/**
 * Which steps of the cycle are late today. Perspectives are late when a side has not spoken by their due date; the
 * decision when the beleidsoverleg (or ad hoc meeting) window has passed undecided; the feedback when the residents
 * have not heard the decision by week 6. The client council has no deadline in the model, so it is never late.
 */
export function overdueSteps(p: Pick<Proposal, 'status' | 'submittedOn' | 'urgent'>, sidesSpoken: number, today: string): ProposalStep[] {
  const s = proposalSchedule(p.submittedOn, p.urgent);
  const steps: ProposalStep[] = [];
  if (p.status === ProposalStatus.SUBMITTED && sidesSpoken < SIDES.length && today > s.perspectivesDueOn) steps.push(ProposalStep.PERSPECTIVES);
  if (p.status === ProposalStatus.SUBMITTED && today > s.policyMeetingBy) steps.push(ProposalStep.POLICY_MEETING);
  if ((p.status === ProposalStatus.SUBMITTED || p.status === ProposalStatus.DECIDED) && today > s.decisionFeedbackBy) {
    steps.push(ProposalStep.FEEDBACK);
  }
  return steps;
}

/** The same rule as overdueSteps(...).length > 0, in SQL for the list filter; $today and the offsets are parameters. */
const OVERDUE_SQL = `(
  (p.status = 'SUBMITTED' AND (
     p.submitted_on + (CASE WHEN p.urgent THEN $U_MEET ELSE $N_MEET END) < $TODAY
     OR (p.submitted_on + (CASE WHEN p.urgent THEN $U_PERSP ELSE $N_PERSP END) < $TODAY
         AND (SELECT count(DISTINCT pp.perspective) FROM proposal_perspective pp WHERE pp.proposal_id = p.id) < 3)))
  OR (p.status IN ('SUBMITTED', 'DECIDED') AND p.submitted_on + (CASE WHEN p.urgent THEN $U_FB ELSE $N_FB END) < $TODAY))`;

/** OVERDUE_SQL with its named parameters numbered from `first`, in the order of overdueParams. */
function overdueSql(first: number): string {
  const names = ['TODAY', 'U_MEET', 'N_MEET', 'U_PERSP', 'N_PERSP', 'U_FB', 'N_FB'];
  return names.reduce((sql, name, i) => sql.split(`$${name}`).join(`$${first + i}::${name === 'TODAY' ? 'date' : 'int'}`), OVERDUE_SQL);
}

/**
 * The six-week cycle. REGISSEUR runs it: submits, decides (the manager stays finally responsible), records the
 * feedback and the client council's check, and records any side's perspective as brought in. A PROVIDER_REP speaks for
 * the professionals: they may record the STAFF perspective only. Analysts and admins read.
 */
export class ProposalService {
  private readonly idempotency: IdempotencyService;

  constructor(
    private readonly db: RequestDb,
    private readonly clock: Clock,
  ) {
    this.idempotency = new IdempotencyService(db);
  }

  today(): string {
    return this.clock.today();
  }

  private listWhere(filter: ProposalListFilter | null | undefined, first: number): { sql: string; params: unknown[] } {
    const params: unknown[] = [
      filter?.overdue ?? null,
      this.clock.today(),
      URGENT_CYCLE.policyMeetingBy,
      NORMAL_CYCLE.policyMeetingBy,
      URGENT_CYCLE.perspectivesDue,
      NORMAL_CYCLE.perspectivesDue,
      URGENT_CYCLE.decisionFeedbackBy,
      NORMAL_CYCLE.decisionFeedbackBy,
    ];
    return { sql: `($${first}::boolean IS NULL OR ${overdueSql(first + 1)} = $${first}::boolean)`, params };
  }

  async page(viewer: Viewer, filter: ProposalListFilter | null | undefined, window: PageWindow): Promise<Proposal[]> {
    const where = this.listWhere(filter, 5);
    return this.db.query<Proposal>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.municipality_id = $1 AND ($2::proposal_status IS NULL OR p.status = $2)
         AND ($3::bigint IS NULL OR p.id > $3) AND ${where.sql} ORDER BY p.id LIMIT $4`,
      [viewer.municipalityId, filter?.status ?? null, window.afterId, window.limit + 1, ...where.params],
    );
  }

  async count(viewer: Viewer, filter: ProposalListFilter | null | undefined): Promise<number> {
    const where = this.listWhere(filter, 3);
    const rows = await this.db.query<{ count: number }>(
      `SELECT count(*) AS count FROM proposal p WHERE p.municipality_id = $1 AND ($2::proposal_status IS NULL OR p.status = $2) AND ${where.sql}`,
      [viewer.municipalityId, filter?.status ?? null, ...where.params],
    );
    return rows[0]?.count ?? 0;
  }

  async submit(viewerOrNull: Viewer | null, input: ProposalSubmit, idempotencyKey?: string | null): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('input.title', input.title, TEXT_MAX.proposalTitle);
    checks.maxLength('input.description', input.description, TEXT_MAX.proposalDescription);
    checks.notAfter('input.submittedOn', input.submittedOn, this.clock.today(), 'The submission date must not be in the future.');
    if (!checks.ok) return fail(...checks.problems);
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'proposalSubmit',
      input,
      remember: (p) => ({ proposalId: p.id }),
      replay: async (r: { proposalId: number }) => {
        const p = await this.reload(viewer, r.proposalId);
        return p ? ok(p) : fail(notFound());
      },
      write: async (tx) => {
        const [row] = await tx.query<Proposal>(
          `INSERT INTO proposal AS p (municipality_id, title, description, submitted_on, urgent, submitted_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PROPOSAL_COLUMNS}`,
          [viewer.municipalityId, input.title.trim(), input.description ?? '', input.submittedOn, input.urgent ?? false, viewer.userId],
        );
        return ok(row!);
      },
    });
  }

  /** One position per side; recording a side again adds a newer row, so the earlier position stays in the history. */
  async recordPerspective(viewerOrNull: Viewer | null, globalId: string, input: PerspectiveRecord): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP);
    if (viewer.role === Role.PROVIDER_REP && input.perspective !== Perspective.STAFF) {
      throw new ForbiddenError('A provider representative records the staff perspective only.');
    }
    const checks = new Checks();
    checks.nonEmpty('input.position', input.position, TEXT_MAX.perspectivePosition);
    checks.nonEmpty('input.advice', input.advice, TEXT_MAX.perspectiveAdvice);
    if (!checks.ok) return fail(...checks.problems);
    const id = decodeIdOf('Proposal', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, viewer, id);
      if (!p) return fail<Proposal>(notFound());
      if (p.status !== ProposalStatus.SUBMITTED) {
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'The decision has been taken: perspectives can no longer change.', 'id'));
      }
      await tx.query(
        `INSERT INTO proposal_perspective (municipality_id, proposal_id, perspective, position, advice, consulted_constituency, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          viewer.municipalityId,
          p.id,
          input.perspective,
          input.position.trim(),
          input.advice?.trim() ?? null,
          input.consultedConstituency,
          viewer.userId,
        ],
      );
      return ok(p);
    });
  }

  async decide(viewerOrNull: Viewer | null, globalId: string, version: number, input: ProposalDecide): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Proposal', globalId);
    if (id === null) return fail(notFound());
    let overlegId: number | null = null;
    if (input.overlegId !== undefined && input.overlegId !== null) {
      overlegId = decodeIdOf('Overleg', input.overlegId);
      if (overlegId === null) return fail(problem(ErrorCode.NOT_FOUND, 'No overleg with this id.', 'input.overlegId'));
    }
    return this.db.transaction(async (tx) => {
      // Locked, so a perspective recorded at the same moment is either seen here or refused after.
      const p = await this.lock(tx, viewer, id);
      if (!p) return fail<Proposal>(notFound());
      if (p.version !== version) return fail<Proposal>(staleVersion(p.version));
      if (p.status !== ProposalStatus.SUBMITTED) return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'This proposal has been decided.', 'id'));
      const checks = new Checks();
      checks.nonEmpty('input.text', input.text, TEXT_MAX.decisionText);
      checks.notBefore('input.decidedOn', input.decidedOn, p.submittedOn, 'A decision cannot precede the proposal.');
      checks.notAfter('input.decidedOn', input.decidedOn, this.clock.today(), 'The decision date must not be in the future.');
      checks.nonNegativeInt('input.votesFor', input.votesFor);
      checks.nonNegativeInt('input.votesAgainst', input.votesAgainst);
      checks.nonNegativeInt('input.votesAbstain', input.votesAbstain);
      checks.maxLength('input.minorityPosition', input.minorityPosition, TEXT_MAX.minorityPosition);
      checks.nonEmpty('input.responsible', input.responsible, TEXT_MAX.decisionResponsible);
      if (input.votesAgainst > 0 && !input.minorityPosition?.trim()) {
        checks.add(
          'input.minorityPosition',
          "Someone voted against: record the minority's position with the decision.",
          PROPOSAL_CODES.MINORITY_POSITION_REQUIRED,
        );
      }
      const spoken = await tx.query<{ perspective: Perspective }>(`SELECT DISTINCT perspective FROM proposal_perspective WHERE proposal_id = $1`, [
        p.id,
      ]);
      for (const side of SIDES) {
        if (!spoken.some((s) => s.perspective === side)) {
          checks.add('id', `The ${side} perspective has not been recorded yet.`, PROPOSAL_CODES.MISSING_PERSPECTIVE);
        }
      }
      if (overlegId !== null && !(await overlegExists(tx, viewer.municipalityId, overlegId))) {
        checks.add('input.overlegId', 'No overleg with this id.', ErrorCode.NOT_FOUND);
      }
      if (!checks.ok) return fail<Proposal>(...checks.problems);
      const decision = await insertDecision(tx, {
        municipalityId: viewer.municipalityId,
        kind: DecisionKind.PROPOSAL,
        decidedOn: input.decidedOn,
        outcome: input.outcome,
        text: input.text.trim(),
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        votesAbstain: input.votesAbstain,
        minorityPosition: input.minorityPosition?.trim() || null,
        responsible: input.responsible?.trim() ?? null,
        overlegId,
      });
      const [row] = await tx.query<Proposal>(
        `UPDATE proposal p SET status = 'DECIDED', decision_id = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING ${PROPOSAL_COLUMNS}`,
        [p.id, version, decision.id],
      );
      return row ? ok(row) : fail<Proposal>(staleVersion(version + 1));
    });
  }

  /** Week 6: the decision is fed back in a residents meeting; not before it is taken. */
  async recordFeedback(viewerOrNull: Viewer | null, globalId: string, input: FeedbackRecord): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Proposal', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, viewer, id);
      if (!p) return fail<Proposal>(notFound());
      if (p.status === ProposalStatus.SUBMITTED) {
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'A decision cannot be fed back before it is taken.', 'id'));
      }
      if (p.status !== ProposalStatus.DECIDED) return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'The feedback has been recorded.', 'id'));
      const [decision] = await tx.query<{ decidedOn: string }>(`SELECT decided_on AS "decidedOn" FROM decision WHERE id = $1`, [p.decisionId]);
      const checks = new Checks();
      checks.nonEmpty('input.summary', input.summary, TEXT_MAX.feedbackSummary);
      checks.notBefore('input.residentsMeetingOn', input.residentsMeetingOn, decision?.decidedOn, 'The feedback cannot precede the decision.');
      checks.notAfter('input.residentsMeetingOn', input.residentsMeetingOn, this.clock.today(), 'The meeting date must not be in the future.');
      if (!checks.ok) return fail<Proposal>(...checks.problems);
      const [row] = await tx.query<Proposal>(
        `UPDATE proposal p SET status = 'FED_BACK', feedback_on = $2, feedback_summary = $3, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${PROPOSAL_COLUMNS}`,
        [p.id, input.residentsMeetingOn, input.summary.trim()],
      );
      return ok(row!);
    });
  }

  /** The client council checks that the clients' interests were served; this closes the cycle. */
  async checkByClientCouncil(viewerOrNull: Viewer | null, globalId: string, input: CouncilCheck): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const id = decodeIdOf('Proposal', globalId);
    if (id === null) return fail(notFound());
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, viewer, id);
      if (!p) return fail<Proposal>(notFound());
      if (p.status !== ProposalStatus.FED_BACK) {
        const message =
          p.status === ProposalStatus.CLOSED
            ? 'The client council has checked this proposal.'
            : 'The decision is checked after it has been fed back.';
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, message, 'id'));
      }
      const checks = new Checks();
      checks.nonEmpty('input.remarks', input.remarks, TEXT_MAX.councilRemarks);
      if (input.verdict === ClientCouncilVerdict.CONCERNS && !input.remarks?.trim()) {
        checks.add('input.remarks', 'Say what the concerns are.');
      }
      checks.notBefore('input.checkedOn', input.checkedOn, p.feedbackOn, 'The check cannot precede the feedback.');
      checks.notAfter('input.checkedOn', input.checkedOn, this.clock.today(), 'The check date must not be in the future.');
      if (!checks.ok) return fail<Proposal>(...checks.problems);
      const [row] = await tx.query<Proposal>(
        `UPDATE proposal p SET status = 'CLOSED', council_checked_on = $2, council_verdict = $3, council_remarks = $4, version = version + 1,
           updated_at = now() WHERE id = $1 RETURNING ${PROPOSAL_COLUMNS}`,
        [p.id, input.checkedOn, input.verdict, input.remarks?.trim() || null],
      );
      return ok(row!);
    });
  }

  private async lock(tx: Queryable, viewer: Viewer, id: number): Promise<Proposal | null> {
    const rows = await tx.query<Proposal>(`SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.id = $1 AND p.municipality_id = $2 FOR UPDATE`, [
      id,
      viewer.municipalityId,
    ]);
    return rows[0] ?? null;
  }

  private async reload(viewer: Viewer, id: number): Promise<Proposal | null> {
    const rows = await this.db.query<Proposal>(`SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.id = $1 AND p.municipality_id = $2`, [
      id,
      viewer.municipalityId,
    ]);
    return rows[0] ?? null;
  }
}
