import type { Queryable } from '../../db/database';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { atVersion, ErrorCode, fail, ok, problem, staleVersion, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import type { PageWindow } from '../../shared/pagination';
import { addDays } from '../../shared/local-date';
import { Checks } from '../../shared/validation';
import { DecisionKind, type DecisionOutcome } from '../decision/decision.entity';
import { decidingOverlegProblem, MINORITY_POSITION_REQUIRED, minorityPositionMissing } from '../decision/decision.rules';
import { decidingOverleg, insertDecision } from '../decision/decision.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { Role } from '../user/user.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus, type Proposal } from './proposal.entity';
import { StancePosition } from './proposal-stance.entity';
import {
  councilCheckStatus,
  currentStances,
  disagreeingCounts,
  draftMinorityPosition,
  minorityCount,
  minoritySide,
  mayRecordPerspective,
  maySubmitProposal,
  submissionProblem,
  tallyOf,
  type Tally,
} from './voice.rules';
import { PROPOSAL_COLUMNS, PROPOSALS } from './proposal.loaders';
import { EARLIEST_DEADLINE_DAYS, OPEN_STATUSES, overdueSteps, SIDES, type ProposalDeadlineFacts } from './proposal.rules';
import { TEXT_MAX } from '@regiekamer/texts';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { participantScope } from '../participant/participant.scope';
import { seesProposals } from '../participant/participant.rules';

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
  /** Deprecated: the tally comes from the stances and the paper tally; given, they must agree with it. */
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  /** Attendees without an account, counted on paper by the regisseur. */
  paperTally?: Tally | null;
  minorityPosition?: string | null;
  kerngroepAdviceWeighing?: string | null;
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

const notFound = (field = 'id') => problem(ErrorCode.NOT_FOUND, 'No proposal with this id.', field);

/** Whether the viewer is a resident of the kerngroep: they speak for the residents and attend the beleidsoverleg. */
export async function inKerngroep(db: Queryable, viewer: Viewer): Promise<boolean> {
  if (viewer.role !== Role.RESIDENT) return false;
  const rows = await db.query<{ one: number }>(
    `SELECT 1 AS one FROM participant_membership WHERE user_id = $1 AND municipality_id = $2 AND group_kind = 'KERNGROEP'`,
    [viewer.userId, viewer.municipalityId],
  );
  return rows.length > 0;
}

/**
 * The deadline facts of a municipality's proposals, by id. The rule itself (overdueSteps in proposal.rules.ts) decides
 * which are late: every reader of the overdue figure (the field, the list filter, attention) asks that one rule.
 * `submittedBefore` leaves out proposals too young to be late.
 */
export async function proposalDeadlineFacts(
  db: Queryable,
  municipalityId: number,
  where: { statuses?: readonly ProposalStatus[] | null; afterId?: number | null; submittedBefore?: string | null },
): Promise<ProposalDeadlineFacts[]> {
  return db.query<ProposalDeadlineFacts>(
    `SELECT p.id, p.title, p.status, p.submitted_on AS "submittedOn", p.urgent,
            (SELECT count(DISTINCT pp.perspective) FROM proposal_perspective pp WHERE pp.proposal_id = p.id)::int AS "sidesSpoken",
            EXISTS (SELECT 1 FROM proposal_perspective pp WHERE pp.proposal_id = p.id AND pp.perspective = 'STAFF') AS "staffSpoken"
       FROM proposal p
      WHERE p.municipality_id = $1 AND ($2::proposal_status[] IS NULL OR p.status = ANY($2)) AND ($3::bigint IS NULL OR p.id > $3)
        AND ($4::date IS NULL OR p.submitted_on < $4::date)
      ORDER BY p.id`,
    [municipalityId, where.statuses ?? null, where.afterId ?? null, where.submittedBefore ?? null],
  );
}

/**
 * The six-week cycle. REGISSEUR runs it: submits, decides from the attendees' stances (the manager stays finally
 * responsible) and records the feedback. Each side records its own perspective (voice.rules.ts sideOf): the regisseur
 * the organisation's, a PROVIDER_REP the professionals', the client council and the kerngroep's residents the
 * residents'. A member of the client council records its check. Analysts and admins read.
 */
export class ProposalService extends RequestService {
  private readonly idempotency = new IdempotencyService(this.db);

  today(): string {
    return this.clock.today();
  }

  /** The proposals whose overdue state is `overdue` today, by the one rule; only open ones old enough can be late. */
  private async idsByOverdue(viewer: Viewer, filter: ProposalListFilter & { overdue: boolean }, afterId: number | null): Promise<number[]> {
    const today = this.clock.today();
    const only = filter.status ?? null;
    const facts = await proposalDeadlineFacts(this.db, viewer.municipalityId, {
      statuses: only !== null ? [only] : filter.overdue ? OPEN_STATUSES : null,
      afterId,
      submittedBefore: filter.overdue ? addDays(today, -EARLIEST_DEADLINE_DAYS) : null,
    });
    return facts.filter((f) => overdueSteps(f, f.sidesSpoken, today).length > 0 === filter.overdue).map((f) => f.id);
  }

  async page(viewer: Viewer, filter: ProposalListFilter | null | undefined, window: PageWindow): Promise<Proposal[]> {
    if (!(await this.seesProposals(viewer))) return [];
    const overdue = filter?.overdue ?? null;
    const ids = overdue === null ? null : (await this.idsByOverdue(viewer, { ...filter, overdue }, window.afterId)).slice(0, window.limit + 1);
    return this.db.query<Proposal>(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.municipality_id = $1 AND ($2::proposal_status IS NULL OR p.status = $2)
         AND ($3::bigint IS NULL OR p.id > $3) AND ($5::bigint[] IS NULL OR p.id = ANY($5)) ORDER BY p.id LIMIT $4`,
      [viewer.municipalityId, filter?.status ?? null, window.afterId, window.limit + 1, ids],
    );
  }

  async count(viewer: Viewer, filter: ProposalListFilter | null | undefined): Promise<number> {
    if (!(await this.seesProposals(viewer))) return 0;
    const overdue = filter?.overdue ?? null;
    if (overdue !== null) return (await this.idsByOverdue(viewer, { ...filter, overdue }, null)).length;
    return this.db.count(`SELECT count(*) AS count FROM proposal p WHERE p.municipality_id = $1 AND ($2::proposal_status IS NULL OR p.status = $2)`, [
      viewer.municipalityId,
      filter?.status ?? null,
    ]);
  }

  /** Staff, the client council and the kerngroep: the six-week cycle is public to those heard in it. */
  async seesProposals(viewer: Viewer): Promise<boolean> {
    const scope = await participantScope(this.db, viewer);
    return scope === null || seesProposals(viewer.role, scope);
  }

  async submit(viewerOrNull: Viewer | null, input: ProposalSubmit, idempotencyKey?: string | null): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP, Role.CLIENT_COUNCIL, Role.RESIDENT);
    const party = { role: viewer.role, inKerngroep: await inKerngroep(this.db, viewer) };
    if (!maySubmitProposal(party)) throw new ForbiddenError('Only a resident of the kerngroep submits an urgent proposal.');
    const checks = new Checks();
    const refused = submissionProblem(party, input.urgent ?? false);
    if (refused !== null) checks.add('input.urgent', refused);
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
        const p = await PROPOSALS.find(this.db, viewer.municipalityId, r.proposalId);
        return p ? ok(p) : fail(notFound());
      },
      write: async (tx) => {
        const row = first(
          await tx.query<Proposal>(
            `INSERT INTO proposal AS p (municipality_id, title, description, submitted_on, urgent, submitted_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PROPOSAL_COLUMNS}`,
            [viewer.municipalityId, input.title.trim(), input.description ?? '', input.submittedOn, input.urgent ?? false, viewer.userId],
          ),
          'one Proposal row',
        );
        // In this transaction: the ones asked for a perspective are told exactly when the proposal exists.
        await tx.query(`SELECT app_raise_event('proposal_submitted', $1)`, [row.id]);
        return ok(row);
      },
    });
  }

  /** One position per side, by that side only; recording it again adds a newer row, so the earlier position stays in the history. */
  async recordPerspective(viewerOrNull: Viewer | null, globalId: string, input: PerspectiveRecord): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.PROVIDER_REP, Role.CLIENT_COUNCIL, Role.RESIDENT);
    const speaker = { role: viewer.role, inKerngroep: await inKerngroep(this.db, viewer) };
    return this.withLocked(viewer, globalId, async (tx, p) => {
      // After finding the proposal: an unknown id answers NOT_FOUND to everyone who may speak at all.
      if (!mayRecordPerspective(speaker, input.perspective)) throw new ForbiddenError('Each side records its own perspective only.');
      const checks = new Checks();
      checks.nonEmpty('input.position', input.position, TEXT_MAX.perspectivePosition);
      checks.nonEmpty('input.advice', input.advice, TEXT_MAX.perspectiveAdvice);
      if (!checks.ok) return fail<Proposal>(...checks.problems);
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
      const locked = atVersion(await PROPOSALS.lock(tx, viewer.municipalityId, id), version, notFound());
      if (!locked.ok) return locked;
      const p = locked.value;
      if (p.status !== ProposalStatus.SUBMITTED) return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'This proposal has been decided.', 'id'));
      const checks = new Checks();
      checks.nonEmpty('input.text', input.text, TEXT_MAX.decisionText);
      checks.notBefore('input.decidedOn', input.decidedOn, p.submittedOn, 'A decision cannot precede the proposal.');
      checks.notAfter('input.decidedOn', input.decidedOn, this.clock.today(), 'The decision date must not be in the future.');
      checks.maxLength('input.minorityPosition', input.minorityPosition, TEXT_MAX.minorityPosition);
      checks.nonEmpty('input.responsible', input.responsible, TEXT_MAX.decisionResponsible);
      const votes = await this.countVotes(tx, p.id, input, checks);
      await this.checkSidesSpoken(tx, p.id, input, checks);
      const overleg = overlegId === null ? null : await decidingOverleg(tx, viewer.municipalityId, overlegId);
      if (overlegId !== null && overleg === null) checks.add('input.overlegId', 'No overleg with this id.', ErrorCode.NOT_FOUND);
      else {
        const misplaced = decidingOverlegProblem(overleg, p.urgent, input.decidedOn);
        if (misplaced) checks.problems.push(misplaced);
      }
      if (!checks.ok) return fail<Proposal>(...checks.problems);
      const paper = input.paperTally ?? null;
      const decision = await insertDecision(tx, {
        municipalityId: viewer.municipalityId,
        kind: DecisionKind.PROPOSAL,
        decidedOn: input.decidedOn,
        outcome: input.outcome,
        text: input.text.trim(),
        votesFor: votes.tally.agree,
        votesAgainst: votes.tally.disagree,
        votesAbstain: votes.tally.abstain,
        paper,
        minorityPosition: votes.minorityPosition,
        kerngroepAdviceWeighing: input.kerngroepAdviceWeighing?.trim() ?? null,
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

  /**
   * The tally of a decision: the attendees' current stances plus the paper tally. Typed counts (deprecated) must agree
   * with it. Whenever the losing side is not empty, its position is the one given, or else drafted from its reasons.
   */
  private async countVotes(tx: Queryable, proposalId: number, input: ProposalDecide, checks: Checks): Promise<{ tally: Tally; minorityPosition: string | null }> {
    const paper = input.paperTally ?? null;
    if (paper) {
      checks.nonNegativeInt('input.paperTally.agree', paper.agree);
      checks.nonNegativeInt('input.paperTally.disagree', paper.disagree);
      checks.nonNegativeInt('input.paperTally.abstain', paper.abstain);
    }
    const stances = currentStances(
      await tx.query<{ userId: number; position: StancePosition; reason: string }>(
        `SELECT user_id AS "userId", position, reason FROM proposal_stance WHERE proposal_id = $1 ORDER BY id`,
        [proposalId],
      ),
    );
    const tally = tallyOf(stances, paper);
    for (const field of disagreeingCounts(input, tally)) checks.add(field, 'Does not match the tally of the stances and the paper tally.');
    if (tally.agree + tally.disagree + tally.abstain === 0) {
      checks.add('input.paperTally', 'Nobody has taken a stance: record the stances or a paper tally.', ErrorCode.INVALID_STATE);
    }
    const losing = minoritySide(input.outcome);
    const count = minorityCount(input.outcome, tally);
    const given = (input.minorityPosition ?? '').trim();
    const drafted = draftMinorityPosition(
      input.outcome,
      stances.filter((s) => s.position === losing).map((s) => s.reason),
      count,
    );
    const minorityPosition = count === 0 ? given || null : given || drafted;
    if (minorityPositionMissing(count, minorityPosition)) checks.problems.push(MINORITY_POSITION_REQUIRED);
    return { tally, minorityPosition };
  }

  /** Every side has spoken; when the kerngroep spoke for the residents, the decision says how its advice was weighed. */
  private async checkSidesSpoken(tx: Queryable, proposalId: number, input: ProposalDecide, checks: Checks): Promise<void> {
    const spoken = await tx.query<{ perspective: Perspective; byResident: boolean }>(
      `SELECT DISTINCT ON (pp.perspective) pp.perspective, u.role = 'RESIDENT' AS "byResident"
         FROM proposal_perspective pp JOIN app_user u ON u.id = pp.recorded_by_user_id
        WHERE pp.proposal_id = $1 ORDER BY pp.perspective, pp.id DESC`,
      [proposalId],
    );
    for (const side of SIDES) {
      if (!spoken.some((s) => s.perspective === side)) {
        checks.add('id', `The ${side} perspective has not been recorded yet.`, ErrorCode.MISSING_PERSPECTIVE);
      }
    }
    checks.maxLength('input.kerngroepAdviceWeighing', input.kerngroepAdviceWeighing, TEXT_MAX.minorityPosition);
    const byKerngroep = spoken.some((s) => s.perspective === Perspective.RESIDENTS && s.byResident);
    if (byKerngroep && !input.kerngroepAdviceWeighing?.trim()) {
      checks.add('input.kerngroepAdviceWeighing', "Say how the kerngroep's advice was weighed.");
    }
  }

  /** Week 6: the decision is fed back in a residents meeting; not before it is taken. Again after the council's concerns were followed up. */
  async recordFeedback(viewerOrNull: Viewer | null, globalId: string, input: FeedbackRecord): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.withLocked(viewer, globalId, async (tx, p) => {
      if (p.status === ProposalStatus.SUBMITTED) {
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'A decision cannot be fed back before it is taken.', 'id'));
      }
      if (p.status !== ProposalStatus.DECIDED && p.status !== ProposalStatus.FOLLOW_UP) {
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'The feedback has been recorded.', 'id'));
      }
      const [decision] = await tx.query<{ decidedOn: string }>(`SELECT decided_on AS "decidedOn" FROM decision WHERE id = $1`, [p.decisionId]);
      const checks = new Checks();
      checks.nonEmpty('input.summary', input.summary, TEXT_MAX.feedbackSummary);
      checks.notBefore('input.residentsMeetingOn', input.residentsMeetingOn, decision?.decidedOn, 'The feedback cannot precede the decision.');
      checks.notAfter('input.residentsMeetingOn', input.residentsMeetingOn, this.clock.today(), 'The meeting date must not be in the future.');
      if (!checks.ok) return fail<Proposal>(...checks.problems);
      const row = first(
        await tx.query<Proposal>(
          `UPDATE proposal p SET status = 'FED_BACK', feedback_on = $2, feedback_summary = $3, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${PROPOSAL_COLUMNS}`,
          [p.id, input.residentsMeetingOn, input.summary.trim()],
        ),
        'one Proposal row',
      );
      return ok(row);
    });
  }

  /**
   * A member of the client council checks that the clients' interests were served: INTERESTS_SERVED closes the cycle;
   * CONCERNS opens a follow-up (FOLLOW_UP) for the regisseur, who feeds back again, after which the council checks again.
   */
  async checkByClientCouncil(viewerOrNull: Viewer | null, globalId: string, input: CouncilCheck): Promise<Outcome<Proposal>> {
    const viewer = requireRole(viewerOrNull, Role.CLIENT_COUNCIL);
    return this.withLocked(viewer, globalId, async (tx, p) => {
      if (p.status !== ProposalStatus.FED_BACK) {
        const message =
          p.status === ProposalStatus.CLOSED || p.status === ProposalStatus.FOLLOW_UP
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
      const row = first(
        await tx.query<Proposal>(
          `UPDATE proposal p SET status = $5, council_checked_on = $2, council_verdict = $3, council_remarks = $4, version = version + 1,
           updated_at = now() WHERE id = $1 RETURNING ${PROPOSAL_COLUMNS}`,
          [p.id, input.checkedOn, input.verdict, (input.remarks ?? '').trim() || null, councilCheckStatus(input.verdict)],
        ),
        'one Proposal row',
      );
      return ok(row);
    });
  }

  /** Runs `work` in a transaction on the proposal, locked; an unknown id (or another municipality's) is NOT_FOUND. */
  private withLocked(viewer: Viewer, globalId: string, work: (tx: Queryable, p: Proposal) => Promise<Outcome<Proposal>>): Promise<Outcome<Proposal>> {
    const id = decodeIdOf('Proposal', globalId);
    if (id === null) return Promise.resolve(fail<Proposal>(notFound()));
    return this.db.transaction(async (tx) => {
      const p = await PROPOSALS.lock(tx, viewer.municipalityId, id);
      return p ? work(tx, p) : fail<Proposal>(notFound());
    });
  }
}
