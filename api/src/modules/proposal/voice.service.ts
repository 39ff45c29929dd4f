import type { Queryable } from '../../db/database';
import { requireRole, requireViewer, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { TEXT_MAX } from '@regiekamer/texts';
import type { Decision } from '../decision/decision.entity';
import { DECISION_COLUMNS } from '../decision/decision.loaders';
import { Role } from '../user/user.entity';
import { ProposalStatus, type Proposal } from './proposal.entity';
import { StancePosition } from './proposal-stance.entity';
import { PROPOSALS } from './proposal.loaders';
import { inKerngroep } from './proposal.service';
import { currentStances, isAttendee, minoritySide } from './voice.rules';
import { TASK_SOURCES, type MyTaskRow } from './tasks';

export interface StanceRecord {
  proposalId: string;
  position: StancePosition;
  reason: string;
}

/** Who can be asked something: the attendees of the beleidsoverleg. Analysts and administrators are never asked. */
const ASKED = [Role.REGISSEUR, Role.PROVIDER_REP, Role.CLIENT_COUNCIL, Role.RESIDENT];

/** A text given in one's own words, or null when left out or blank. */
const ownWords = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);

const noProposal = (field: string) => problem(ErrorCode.NOT_FOUND, 'No proposal with this id.', field);

/**
 * The participants' own voice in the cycle: each attendee's stance, the minority confirming its position, and what
 * is asked of the signed-in person. Who may speak is decided by voice.rules.ts; this reads and writes.
 */
export class VoiceService extends RequestService {
  /** Records the viewer's own stance; again: the newer counts and the older stays in the history. Until the decision. */
  async recordStance(viewerOrNull: Viewer | null, input: StanceRecord): Promise<Outcome<Proposal>> {
    const viewer = requireViewer(viewerOrNull);
    if (!isAttendee({ role: viewer.role, inKerngroep: await inKerngroep(this.db, viewer) })) {
      throw new ForbiddenError('Only the attendees of the deciding overleg record a stance.');
    }
    const id = decodeIdOf('Proposal', input.proposalId);
    if (id === null) return fail(noProposal('input.proposalId'));
    const checks = new Checks();
    checks.nonEmpty('input.reason', input.reason, TEXT_MAX.perspectiveAdvice);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      // Locked: a stance and the decision do not cross; a stance after the decision is refused.
      const p = await PROPOSALS.lock(tx, viewer.municipalityId, id);
      if (!p) return fail<Proposal>(noProposal('input.proposalId'));
      if (p.status !== ProposalStatus.SUBMITTED) {
        return fail<Proposal>(problem(ErrorCode.INVALID_STATE, 'The decision has been taken: stances can no longer change.', 'input.proposalId'));
      }
      await tx.query(`INSERT INTO proposal_stance (municipality_id, proposal_id, user_id, position, reason) VALUES ($1, $2, $3, $4, $5)`, [
        viewer.municipalityId,
        p.id,
        viewer.userId,
        input.position,
        input.reason.trim(),
      ]);
      return ok(p);
    });
  }

  /**
   * One of the minority confirms the drafted minority position, in their own words if they like: a member of the
   * losing side, or the regisseur when part of it voted on paper. Once per decision.
   */
  async confirmMinority(viewerOrNull: Viewer | null, globalId: string, text: string | null | undefined): Promise<Outcome<Decision>> {
    const viewer = requireRole(viewerOrNull, ...ASKED);
    const id = decodeIdOf('Decision', globalId);
    const notFound = problem(ErrorCode.NOT_FOUND, 'No decision with this id.', 'id');
    if (id === null) return fail(notFound);
    const checks = new Checks();
    checks.maxLength('input.text', text, TEXT_MAX.minorityPosition);
    if (!checks.ok) return fail(...checks.problems);
    return this.db.transaction(async (tx) => {
      const [decision] = await tx.query<Decision>(`SELECT ${DECISION_COLUMNS} FROM decision d WHERE d.id = $1 AND d.municipality_id = $2`, [
        id,
        viewer.municipalityId,
      ]);
      if (!decision) return fail<Decision>(notFound);
      if (decision.minorityConfirmedAt) return fail<Decision>(problem(ErrorCode.INVALID_STATE, 'The minority position has been confirmed.', 'id'));
      if (!decision.minorityDraft) return fail<Decision>(problem(ErrorCode.INVALID_STATE, 'This decision has no minority position to confirm.', 'id'));
      if (!(await this.inMinority(tx, viewer, decision))) throw new ForbiddenError('Only a member of the minority confirms its position.');
      await tx.query(
        `INSERT INTO decision_minority_confirmation (municipality_id, decision_id, text, confirmed_by_user_id) VALUES ($1, $2, $3, $4)`,
        [viewer.municipalityId, decision.id, ownWords(text) ?? decision.minorityDraft, viewer.userId],
      );
      const [row] = await tx.query<Decision>(`SELECT ${DECISION_COLUMNS} FROM decision d WHERE d.id = $1`, [decision.id]);
      return row ? ok(row) : fail<Decision>(notFound);
    });
  }

  /** Whether the viewer is on the losing side of the proposal decided: by their stance, or for the paper minority the regisseur. */
  private async inMinority(tx: Queryable, viewer: Viewer, d: Decision): Promise<boolean> {
    const losing = minoritySide(d.outcome);
    const paperMinority = losing === StancePosition.AGREE ? (d.paperFor ?? 0) : (d.paperAgainst ?? 0);
    if (viewer.role === Role.REGISSEUR && paperMinority > 0) return true;
    const stances = currentStances(
      await tx.query<{ userId: number; position: StancePosition }>(
        `SELECT s.user_id AS "userId", s.position FROM proposal_stance s JOIN proposal p ON p.id = s.proposal_id
          WHERE p.decision_id = $1 ORDER BY s.id`,
        [d.id],
      ),
    );
    return stances.some((s) => s.userId === viewer.userId && s.position === losing);
  }

  /** What is asked of the viewer now, soonest due first: every source in TASK_SOURCES answers for itself. */
  async myTasks(viewerOrNull: Viewer | null): Promise<MyTaskRow[]> {
    const viewer = requireRole(viewerOrNull, ...ASKED);
    const who = { viewer, inKerngroep: await inKerngroep(this.db, viewer), today: this.clock.today() };
    const lists = await Promise.all(TASK_SOURCES.map((source) => source(this.db, who)));
    return lists.flat().sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
  }
}
