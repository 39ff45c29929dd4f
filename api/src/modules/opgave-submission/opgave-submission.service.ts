import { OPGAVE_SUBMISSION_TEXTS } from '@regiekamer/texts';
import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { first } from '../../shared/loader-utils';
import { RequestService } from '../../shared/request-service';
import { Checks } from '../../shared/validation';
import { renderMail } from '../notification/notification.mail';
import { OPGAVE_COLUMNS } from '../opgave/opgave.loaders';
import type { Opgave } from '../opgave/opgave.entity';
import { Role } from '../user/user.entity';
import { OpgaveSubmissionStatus, type OpgaveSubmission } from './opgave-submission.entity';
import { SUBMISSION_COLUMNS } from './opgave-submission.loaders';
import { canDecide, outcomeMailText } from './opgave-submission.rules';

/** The queue shows at most this many of one status, oldest first. */
const QUEUE_MAX = 200;
/** A published submission starts on the ladder's first rung; the regisseur moves it with opgaveUpdate. */
const FIRST_RUNG = 1;
/** The public list of opgaven, linked from the mail. */
export const PUBLIC_OPGAVEN_PATH = '/opgaven';

type Decided = OpgaveSubmissionStatus.PUBLISHED | OpgaveSubmissionStatus.MERGED | OpgaveSubmissionStatus.DECLINED;

const notFound = (field: string) => problem(ErrorCode.NOT_FOUND, 'No submitted opgave with this id.', field);

/** The moderation queue of opgaven brought in on /meedoen: the regisseur publishes, merges or declines each one once. */
export class OpgaveSubmissionService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly publicUrl: string,
  ) {
    super(db, clock);
  }

  async list(viewerOrNull: Viewer | null, status: OpgaveSubmissionStatus): Promise<OpgaveSubmission[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.db.query<OpgaveSubmission>(
      `SELECT ${SUBMISSION_COLUMNS} FROM opgave_submission s WHERE s.municipality_id = $1 AND s.status = $2 ORDER BY s.id LIMIT ${QUEUE_MAX}`,
      [viewer.municipalityId, status],
    );
  }

  /** Becomes a collected opgave with the submission's title, description and area, shown on the public pages. */
  async publish(viewerOrNull: Viewer | null, id: string): Promise<Outcome<OpgaveSubmission>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    return this.decide(viewer, id, async (tx, s) => {
      const opgave = first(
        await tx.query<Opgave>(
          `INSERT INTO opgave AS o (municipality_id, title, description, area, ownership_rung) VALUES ($1, $2, $3, $4, $5) RETURNING ${OPGAVE_COLUMNS}`,
          [viewer.municipalityId, s.title, s.description, s.area, FIRST_RUNG],
        ),
        'one Opgave row',
      );
      return ok({ status: OpgaveSubmissionStatus.PUBLISHED, opgaveId: opgave.id, reason: null, target: undefined });
    });
  }

  /** Taken into an opgave that is there already: the submission points to it, and the sender is told which. */
  async merge(viewerOrNull: Viewer | null, id: string, opgaveGlobalId: string): Promise<Outcome<OpgaveSubmission>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const opgaveId = decodeIdOf('Opgave', opgaveGlobalId);
    if (opgaveId === null) return fail(problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'opgaveId'));
    return this.decide(viewer, id, async (tx) => {
      const [target] = await tx.query<{ title: string }>(`SELECT title FROM opgave WHERE id = $1 AND municipality_id = $2`, [
        opgaveId,
        viewer.municipalityId,
      ]);
      if (target === undefined) return fail(problem(ErrorCode.NOT_FOUND, 'No opgave with this id.', 'opgaveId'));
      return ok({ status: OpgaveSubmissionStatus.MERGED, opgaveId, reason: null, target: target.title });
    });
  }

  /** Not taken up; the reason is kept and mailed. */
  async decline(viewerOrNull: Viewer | null, id: string, reason: string): Promise<Outcome<OpgaveSubmission>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const checks = new Checks();
    checks.nonEmpty('reason', reason, 2000);
    if (!checks.ok) return fail(...checks.problems);
    return this.decide(viewer, id, () =>
      Promise.resolve(ok({ status: OpgaveSubmissionStatus.DECLINED, opgaveId: null, reason: reason.trim(), target: undefined })),
    );
  }

  /**
   * Locks a waiting submission, lets `outcome` do its part, records the decision and queues the mail to the contact
   * address (if one was given), all in one transaction: a refusal changes nothing.
   */
  private async decide(
    viewer: Viewer,
    globalId: string,
    outcome: (
      tx: Queryable,
      s: OpgaveSubmission,
    ) => Promise<Outcome<{ status: Decided; opgaveId: number | null; reason: string | null; target: string | undefined }>>,
  ): Promise<Outcome<OpgaveSubmission>> {
    const id = decodeIdOf('OpgaveSubmission', globalId);
    if (id === null) return fail(notFound('id'));
    return this.db.transaction(async (tx) => {
      const [s] = await tx.query<OpgaveSubmission>(
        `SELECT ${SUBMISSION_COLUMNS} FROM opgave_submission s WHERE s.id = $1 AND s.municipality_id = $2 FOR UPDATE`,
        [id, viewer.municipalityId],
      );
      if (s === undefined) return fail<OpgaveSubmission>(notFound('id'));
      if (!canDecide(s.status)) {
        return fail<OpgaveSubmission>(problem(ErrorCode.INVALID_STATE, `This submission was decided already (${s.status}).`, 'id'));
      }
      const decided = await outcome(tx, s);
      if (!decided.ok) return decided;
      const { status, opgaveId, reason, target } = decided.value;
      const row = first(
        await tx.query<OpgaveSubmission>(
          `UPDATE opgave_submission s SET status = $2, opgave_id = $3, decline_reason = $4, decided_by_user_id = $5, decided_at = now()
            WHERE s.id = $1 RETURNING ${SUBMISSION_COLUMNS}`,
          [id, status, opgaveId, reason, viewer.userId],
        ),
        'one OpgaveSubmission row',
      );
      if (row.contactEmail !== null) await this.mail(tx, row, status, { title: row.title, target, reason: reason ?? undefined });
      return ok(row);
    });
  }

  private async mail(tx: Queryable, s: OpgaveSubmission, status: Decided, facts: { title: string; target?: string; reason?: string }) {
    const { subject, body } = outcomeMailText(status, facts);
    const mail = renderMail({
      recipientName: OPGAVE_SUBMISSION_TEXTS.greetingName,
      subject,
      body,
      linkText: OPGAVE_SUBMISSION_TEXTS.link,
      link: this.publicUrl + PUBLIC_OPGAVEN_PATH,
    });
    await tx.query(`SELECT app_opgave_submission_mail($1, $2, $3, $4)`, [s.id, mail.subject, mail.text, mail.html]);
  }
}
